//! Texts for hostile and damaged input (issue 11): special files, guessed encodings, workbooks
//! the reader must refuse, formulas without a result, bounded lists of diagnostics, look-alike
//! ids, cycles, and the project file's own problems.

use super::Text;
use crate::text;

// What a path is when it is not a regular file.
pub const NATURE_FOLDER: Text = text!("een map", "a folder");
pub const NATURE_FIFO: Text = text!("een pijp (FIFO)", "a pipe (FIFO)");
pub const NATURE_DEVICE: Text = text!("een apparaatbestand", "a device file");
pub const NATURE_OTHER: Text = text!("een speciaal bestand", "a special file");
pub const NOT_REGULAR_FILE: Text = text!(
    "dit is geen gewoon bestand maar {nature}; geef een gewoon bestand op",
    "this is not a regular file but {nature}; give a regular file"
);

// Encodings.
pub const MIXED_ENCODING: Text = text!(
    "het bestand is UTF-8 maar bevat een byte die geen UTF-8 is ({byte}, eerste op deze regel); die is gelezen als Windows-1252 — controleer dat teken en sla het bestand op als UTF-8",
    "the file is UTF-8 but holds a byte that is not UTF-8 ({byte}, first on this line); it was read as Windows-1252 — check that character and save the file as UTF-8"
);
pub const WINDOWS_1252: Text = text!(
    "het bestand is geen UTF-8 en is gelezen als Windows-1252 (eerste teken buiten ASCII, {byte}, op deze regel); kloppen de letters met accenten niet, sla het bestand dan op als 'CSV UTF-8'",
    "the file is not UTF-8 and was read as Windows-1252 (first non-ASCII byte, {byte}, on this line); if accented letters look wrong, save the file as 'CSV UTF-8'"
);

// Workbooks.
pub const OLD_EXCEL: Text = text!(
    "dit is het oude Excel-formaat (.xls); open het in Excel en sla het op als Excel-werkmap (.xlsx)",
    "this is the old Excel format (.xls); open it in Excel and save it as an Excel workbook (.xlsx)"
);
pub const ENCRYPTED_WORKBOOK: Text = text!(
    "de werkmap is met een wachtwoord beveiligd en kan daarom niet worden gelezen; open hem in Excel, haal het wachtwoord weg (Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord, het veld leegmaken) en sla hem opnieuw op",
    "the workbook is protected with a password and therefore cannot be read; open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear the field) and save it again"
);
pub const UNPACKS_TOO_LARGE: Text = text!(
    "de werkmap pakt uit tot {size} MB, meer dan de {max} MB die wordt ingelezen; is dit wel een echte werkmap?",
    "the workbook unpacks to {size} MB, more than the {max} MB that is read; is this a real workbook?"
);
pub const UNPACKS_PAST_LIMIT: Text = text!(
    "de werkmap pakt uit tot meer dan de {max} MB die wordt ingelezen, hoewel de inhoudsopgave van het zip-bestand minder opgeeft; is dit wel een echte werkmap?",
    "the workbook unpacks to more than the {max} MB that is read, although its zip directory states less; is this a real workbook?"
);
pub const FORMULA_WITHOUT_VALUE: Text = text!(
    "formule zonder berekende waarde: de uitkomst is niet in het bestand bewaard; open de werkmap in Excel of LibreOffice en sla hem op, dan wordt de uitkomst bewaard",
    "formula without a computed value: its result is not saved in the file; open the workbook in Excel or LibreOffice and save it, then the result is stored"
);

// Bounded lists.
pub const MORE_OF_KIND: Text = text!(
    "en {n} meer van dit soort (niet afzonderlijk getoond)",
    "and {n} more of this kind (not shown one by one)"
);

// Hints.
pub const PERSONS_MISSING_HINT: Text = text!(
    "er is geen (leesbaar) bestand personen.csv, dus bestaan de {n} personen waarnaar verwezen wordt niet; voeg personen.csv toe of haal de kolom 'persoon' leeg",
    "there is no (readable) personen.csv, so the {n} persons referred to do not exist; add personen.csv or empty the column 'persoon'"
);
pub const PERSONS_MISSING_HINT_SHEET: Text = text!(
    "er is geen (leesbaar) blad personen, dus bestaan de {n} personen waarnaar verwezen wordt niet; voeg het blad personen toe of haal de kolom 'persoon' leeg",
    "there is no (readable) sheet personen, so the {n} persons referred to do not exist; add the sheet personen or empty the column 'persoon'"
);

// Look-alike ids.
pub const CASE_ONLY_ID: Text = text!(
    "id '{id}' verschilt alleen in hoofdletters van '{other}'; bedoelt u hetzelfde?",
    "id '{id}' differs only in case from '{other}'; do you mean the same?"
);
pub const CYCLE: Text = text!(
    "'{id}' hoort (via {path}) weer bij zichzelf; een kring van 'hoort_bij' kan niet",
    "'{id}' belongs (via {path}) to itself again; a ring of 'hoort_bij' is not possible"
);

// Project files.
pub const PROJECT_NOT_UTF8: Text = text!(
    "{path}: het bestand is geen UTF-8 (byte {byte} op regel {line}); een projectbestand dat Netwerkkaart schrijft is altijd UTF-8 — is het in een ander programma bewaard?",
    "{path}: the file is not UTF-8 (byte {byte} on line {line}); a project file written by Netwerkkaart is always UTF-8 — was it saved by another program?"
);
pub const PROJECT_UTF16: Text = text!(
    "{path}: het bestand is UTF-16; sla het op als UTF-8 (een projectbestand van Netwerkkaart is altijd UTF-8)",
    "{path}: the file is UTF-16; save it as UTF-8 (a Netwerkkaart project file is always UTF-8)"
);
pub const PROJECT_BAD_VERSION: Text = text!(
    "{path}: 'version' is '{version}', geen geheel getal van 1 of meer; dit bestand is beschadigd of niet door Netwerkkaart geschreven",
    "{path}: 'version' is '{version}', not a whole number of 1 or more; this file is damaged or not written by Netwerkkaart"
);
pub const PROJECT_BAD_NUMBER: Text = text!(
    "{path}: {what} '{id}' heeft {field} {value}; verwacht een eindig getal van 0 of meer",
    "{path}: {what} '{id}' has {field} {value}; expected a finite number of 0 or more"
);
pub const PROJECT_UNKNOWN_FIELDS: Text = text!(
    "velden in het projectbestand die deze versie niet kent ({fields}), misschien van een nieuwere Netwerkkaart; ze worden bij opslaan ongewijzigd teruggeschreven, maar deze versie toont of gebruikt ze niet",
    "fields in the project file this version does not know ({fields}), perhaps from a newer Netwerkkaart; saving writes them back unchanged, but this version does not show or use them"
);
pub const NUMBER_TOO_LARGE: Text = text!(
    "'{value}' is te groot; verwacht hoogstens 1000000",
    "'{value}' is too large; expected at most 1000000"
);

// Counted nouns for the command line's summaries: (one, many).
pub const N_PARTIES: (Text, Text) = (
    text!("1 partij", "1 party"),
    text!("{n} partijen", "{n} parties"),
);
pub const N_PERSONS: (Text, Text) = (
    text!("1 persoon", "1 person"),
    text!("{n} personen", "{n} persons"),
);
pub const N_TABLES: (Text, Text) = (
    text!("1 tafel", "1 table"),
    text!("{n} tafels", "{n} tables"),
);
pub const N_MEMBERSHIPS: (Text, Text) = (
    text!("1 deelname", "1 membership"),
    text!("{n} deelnames", "{n} memberships"),
);
pub const N_RELATIONS: (Text, Text) = (
    text!("1 relatie", "1 relationship"),
    text!("{n} relaties", "{n} relationships"),
);
pub const N_WARNINGS: (Text, Text) = (
    text!("1 waarschuwing", "1 warning"),
    text!("{n} waarschuwingen", "{n} warnings"),
);
pub const N_ERRORS: (Text, Text) = (
    text!("1 fout", "1 error"),
    text!("{n} fouten", "{n} errors"),
);

/// "1 partij", "3 partijen".
pub fn counted(n: usize, noun: (Text, Text), lang: super::Lang) -> String {
    if n == 1 {
        noun.0.get_in(lang).to_string()
    } else {
        noun.1.fill_in(lang, &[("n", &n)])
    }
}

pub const CHECK_OK: Text = text!(
    "{path}: in orde — {parties}, {persons}, {tables}, {memberships}, {relations}; {warnings}.",
    "{path}: OK — {parties}, {persons}, {tables}, {memberships}, {relations}; {warnings}."
);
pub const CHECK_FAILED: Text = text!(
    "{path}: niet ingelezen — {errors}. Herstel ze in de bronbestanden en probeer het opnieuw.",
    "{path}: not imported — {errors}. Fix them in the source files and try again."
);
pub const WARNINGS_HIDDEN: Text = text!(
    "({warnings}; zie 'netwerkkaart check {path}')",
    "({warnings}; see 'netwerkkaart check {path}')"
);
pub const BAD_THRESHOLD_VALUE: Text = text!(
    "drempel '{name}': '{value}' kan niet; geef een getal van 0 of meer",
    "threshold '{name}': '{value}' is not possible; give a number of 0 or more"
);
pub const NO_MAP_GIVEN: Text = text!(
    "geen kaart opgegeven: het pad is leeg",
    "no map given: the path is empty"
);
pub const REPEATED_CELLS: Text = text!(
    "het werkblad herhaalt gevulde cellen meer dan {max} keer (een beschadigd of gemaakt bestand); open het in LibreOffice, verwijder de lege rijen en kolommen onder en naast de gegevens en sla het opnieuw op",
    "the sheet repeats filled cells more than {max} times (a damaged or crafted file); open it in LibreOffice, delete the empty rows and columns below and beside the data and save it again"
);
pub const MAC_ROMAN: Text = text!(
    "het bestand is geen UTF-8 en is gelezen als Mac OS Roman (een oude Mac-codering; eerste teken buiten ASCII, {byte}, op deze regel); kloppen de letters met accenten niet, sla het bestand dan op als 'CSV UTF-8'",
    "the file is not UTF-8 and was read as Mac OS Roman (an old Mac encoding; first non-ASCII byte, {byte}, on this line); if accented letters look wrong, save the file as 'CSV UTF-8'"
);

// Bounded analysis output.
pub const MISSING_LINKS_MANY: Text = text!(
    "De {kind_a} {a} zit in {scope} met {n} kernpartijen nergens samen aan tafel en heeft met geen van hen een directe relatie: {names}.",
    "The {kind_a} {a} never sits at one table in {scope} with {n} core parties and has a direct relationship with none of them: {names}."
);
pub const ADVICE_MISSING_LINKS_MANY: Text = text!(
    "Dit zijn te veel ontbrekende verbindingen om één voor één te leggen: zoek een tafel waar deze partij de anderen kan ontmoeten, of begin met een praktijklab zoals in Gouda, zodat de contacten niet langer via een derde lopen.",
    "These are too many missing links to make one by one: find a table where this party can meet the others, or start with a practice lab as in Gouda, so that contact no longer runs through a third party."
);
pub const CENTRALITIES_ESTIMATED: Text = text!(
    "Tussenpositie (betweenness) en nabijheid (closeness) zijn geschat uit {n} steekproefbronnen: de kaart is te groot om ze exact te berekenen.",
    "Betweenness and closeness are estimated from {n} sampled sources: the map is too large to compute them exactly."
);
