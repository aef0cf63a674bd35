//! Texts of the data writers: error messages and the explanation sheet of the templates.

use super::Text;
use crate::text;

pub const IO: Text = text!(
    "Kan {path} niet schrijven: {error}",
    "Cannot write {path}: {error}"
);

pub const XLSX: Text = text!(
    "Kan de werkmap {path} niet maken: {error}",
    "Cannot create the workbook {path}: {error}"
);

pub const NOT_IN_WINDOWS_1252: Text = text!(
    "{file}, regel {line}, kolom {column}: het teken '{ch}' ({code}) bestaat niet in \
     Windows-1252. Kies als codering UTF-8 met BOM (Excel leest dat ook), of pas de tekst aan.",
    "{file}, line {line}, column {column}: the character '{ch}' ({code}) does not exist in \
     Windows-1252. Choose UTF-8 with BOM as the encoding (Excel reads that too), or change the text."
);

pub const RESERVED_ATTRIBUTE: Text = text!(
    "{file}: de vrije kolom '{column}' heeft de naam van een vaste kolom van het formaat; \
     bij opnieuw inlezen zou hij als die kolom gelezen worden. Geef hem een andere naam.",
    "{file}: the free column '{column}' has the name of a column of the format; a re-import \
     would read it as that column. Give it another name."
);

pub const CELL_TOO_LONG: Text = text!(
    "{file}, regel {line}, kolom {column}: de tekst is langer dan een Excel-cel kan bevatten \
     (32.767 tekens).",
    "{file}, line {line}, column {column}: the text is longer than an Excel cell can hold \
     (32,767 characters)."
);

/// Title of the explanation sheet in the template workbook.
pub const UITLEG_TITLE: Text = text!("Uitleg", "Explanation");

/// The opening lines of the explanation sheet.
pub const UITLEG_INTRO: &[Text] = &[
    text!(
        "Sjabloon voor Netwerkkaart: vul per tabblad één regel per partij, tafel, deelname, persoon of relatie in.",
        "Netwerkkaart template: fill in one row per party, table, membership, person or relationship on each sheet."
    ),
    text!(
        "De eerste regel van elk tabblad is een voorbeeld: overschrijf of verwijder die. Laat de kopregel staan.",
        "The first row of each sheet is an example: overwrite or delete it. Keep the header row."
    ),
    text!(
        "Meerdere waarden in één cel scheidt u met een verticale streep |, bijvoorbeeld casus|leefomgeving.",
        "Separate several values in one cell with a vertical bar |, for example casus|leefomgeving."
    ),
    text!(
        "Ids zijn korte vaste namen zonder spaties (gem-arnhoven, t-doetafel); andere tabbladen verwijzen ernaar.",
        "Ids are short fixed names without spaces (gem-arnhoven, t-doetafel); other sheets refer to them."
    ),
    text!(
        "Extra kolommen mogen: ze worden bewaard als vrije kenmerken. Namen van personen mogen ook een rol zijn (privacy).",
        "Extra columns are allowed: they are kept as free attributes. Person names may be a role instead (privacy)."
    ),
    text!(
        "personen en relaties zijn niet verplicht; partijen, tafels en deelnames wel.",
        "personen and relaties are optional; partijen, tafels and deelnames are required."
    ),
];

/// Header of the table of allowed values on the explanation sheet.
pub const UITLEG_COLUMNS: [Text; 3] = [
    text!("Kolom", "Column"),
    text!("Tabblad", "Sheet"),
    text!("Toegestane waarden", "Allowed values"),
];

/// Header of the table of columns on the explanation sheet.
pub const UITLEG_FIELDS: [Text; 3] = [
    text!("Tabblad", "Sheet"),
    text!("Kolom", "Column"),
    text!("Betekenis", "Meaning"),
];

/// What each column means, by sheet and column (canonical names stay Dutch).
pub const FIELD_MEANINGS: &[(&str, &str, Text)] = &[
    (
        "partijen",
        "id",
        text!(
            "unieke korte naam van de partij (verplicht)",
            "unique short name of the party (required)"
        ),
    ),
    (
        "partijen",
        "naam",
        text!(
            "naam zoals mensen hem kennen (verplicht)",
            "display name (required)"
        ),
    ),
    (
        "partijen",
        "soort",
        text!(
            "soort partij, zie hieronder (verplicht)",
            "party kind, see below (required)"
        ),
    ),
    (
        "partijen",
        "werkgebied",
        text!(
            "ids van de gemeenten waar de partij actief is; leeg = de hele regio",
            "ids of the municipalities where the party works; empty = the whole region"
        ),
    ),
    (
        "partijen",
        "hoort_bij",
        text!(
            "id van de moederorganisatie (afdeling, locatie)",
            "id of the parent organisation (department, location)"
        ),
    ),
    (
        "partijen",
        "belangen / halen / brengen",
        text!(
            "vrije tekst uit het werkblad halen en brengen",
            "free text from the 'take and give' worksheet"
        ),
    ),
    (
        "tafels",
        "id, naam",
        text!(
            "unieke korte naam en naam van de tafel (verplicht)",
            "unique short name and name of the table (required)"
        ),
    ),
    (
        "tafels",
        "soort",
        text!(
            "tafel (vast overleg), platform of initiatief",
            "tafel (standing meeting), platform or initiatief"
        ),
    ),
    (
        "tafels",
        "domein, laag",
        text!("zie hieronder (verplicht)", "see below (required)"),
    ),
    (
        "tafels",
        "frequentie",
        text!("aantal bijeenkomsten per jaar", "meetings per year"),
    ),
    (
        "tafels",
        "duur_uren",
        text!(
            "uren per bijeenkomst (1,5 of 1.5)",
            "hours per meeting (1,5 or 1.5)"
        ),
    ),
    (
        "tafels",
        "werkgebied",
        text!(
            "ids van de gemeenten die de tafel bestrijkt; leeg = de hele regio",
            "ids of the municipalities the table covers; empty = the whole region"
        ),
    ),
    (
        "tafels",
        "rapporteert_aan",
        text!(
            "ids van de tafels waaraan deze tafel rapporteert of escaleert",
            "ids of the tables this one reports or escalates to"
        ),
    ),
    (
        "deelnames",
        "tafel, partij, persoon",
        text!(
            "wie aan welke tafel zit; partij mag leeg als persoon is ingevuld",
            "who sits at which table; partij may be empty when persoon is given"
        ),
    ),
    (
        "deelnames",
        "rol",
        text!(
            "rol aan de tafel, zie hieronder (leeg = lid)",
            "role at the table, see below (empty = lid)"
        ),
    ),
    (
        "personen",
        "partij",
        text!(
            "id van de eigen organisatie (verplicht)",
            "id of the person's own organisation (required)"
        ),
    ),
    (
        "personen",
        "functie",
        text!("functie, vrije tekst", "job title, free text"),
    ),
    (
        "personen",
        "laag",
        text!(
            "eigen niveau: strategisch (bestuurder), tactisch (manager), operationeel (professional)",
            "own layer: strategisch (executive), tactisch (manager), operationeel (professional)"
        ),
    ),
    (
        "personen",
        "uren_per_maand",
        text!(
            "uren per maand beschikbaar voor samenwerking",
            "hours a month available for collaboration"
        ),
    ),
    (
        "relaties",
        "van, naar",
        text!(
            "ids van partijen of personen (verplicht)",
            "ids of parties or persons (required)"
        ),
    ),
    (
        "relaties",
        "soort",
        text!(
            "vrije tekst; bekend: prestatieafspraken, convenant, contract, subsidie, casuscontact, informeel, escalatie",
            "free text; known: prestatieafspraken, convenant, contract, subsidie, casuscontact, informeel, escalatie"
        ),
    ),
    ("relaties", "toelichting", text!("vrije tekst", "free text")),
];

// The shared export entry point (`export::write_output`).
pub const UNKNOWN_FORMAT: Text = text!(
    "onbekend uitvoerformaat '.{ext}'; kies .netwerkkaart, .xlsx, .svg, .png, .html, .graphml, .gexf of een map (voor CSV)",
    "unknown output format '.{ext}'; choose .netwerkkaart, .xlsx, .svg, .png, .html, .graphml, .gexf or a folder (for CSV)"
);
pub const PROJECT_WRITE: Text = text!(
    "kan {path} niet schrijven: {reason}",
    "cannot write {path}: {reason}"
);
pub const NETWORK_CAPTION: Text = text!(
    "Het netwerk in domeinen en lagen",
    "The network in domains and layers"
);
