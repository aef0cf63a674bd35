//! Texts of the findings workbook that the report does not share: the extra sheets, their
//! columns, the print header and footer and the document properties.

use super::Text;
use crate::text;

// ---- sheets ----
pub const SHEET_TRIANGLES: Text = text!("Driehoeken", "Triangles");
pub const SHEET_GROUPS: Text = text!("Groepen", "Groups");
pub const SHEET_ACTIONS: Text = text!("Acties", "Actions");
pub const SHEET_RELATIONS: Text = text!("Relaties", "Relationships");
pub const SHEET_THRESHOLDS: Text = text!("Drempels", "Thresholds");
pub const SHEET_SOURCES: Text = text!("Bronnen", "Sources");

// ---- columns ----
pub const COL_TITLE: Text = text!("Titel", "Title");
pub const COL_EXPLANATION: Text = text!("Toelichting", "Explanation");
pub const COL_FINDINGS: Text = text!("Bevindingen", "Findings");
pub const COL_RANK: Text = text!("Nr.", "No.");
pub const COL_ACTION: Text = text!("Actie", "Action");
pub const COL_EDITS: Text = text!("Wijzigingen in de kaart", "Changes to the map");
pub const COL_RESOLVES_N: Text = text!("Lost op (aantal)", "Resolves (count)");
pub const COL_RESOLVES: Text = text!("Lost op", "Resolves");
pub const COL_INTRODUCES_N: Text = text!("Nieuwe bevindingen", "New findings");
pub const COL_FROM_ID: Text = text!("Van-id", "From id");
pub const COL_FROM: Text = text!("Van", "From");
pub const COL_TO_ID: Text = text!("Naar-id", "To id");
pub const COL_TO: Text = text!("Naar", "To");
pub const COL_RELATION_KIND: Text = text!("Soort relatie", "Kind of relationship");
pub const COL_QUALITY: Text = text!("Kwaliteit", "Quality");
pub const COL_NOTE: Text = text!("Toelichting", "Note");
pub const COL_KEY: Text = text!("Sleutel (--drempel)", "Key (--drempel)");
pub const COL_THRESHOLD: Text = text!("Drempel", "Threshold");
pub const COL_VALUE: Text = text!("Waarde", "Value");
pub const COL_DATA: Text = text!("Gegevens", "Data");
pub const COL_FILE: Text = text!("Bestand of blad", "File or sheet");
pub const COL_ROWS: Text = text!("Rijen", "Rows");
pub const COL_FREE_COLUMNS: Text = text!("Extra kolommen", "Extra columns");
pub const COL_SOURCE: Text = text!("Ingelezen uit", "Read from");
pub const UNKNOWN_SOURCE: Text = text!("(niet bekend)", "(not known)");

/// The data kinds of the Bronnen sheet, in the order of the data format.
pub const DATA_PARTIES: Text = text!("Partijen", "Parties");
pub const DATA_TABLES: Text = text!("Tafels", "Tables");
pub const DATA_MEMBERSHIPS: Text = text!("Deelnames", "Memberships");
pub const DATA_PERSONS: Text = text!("Personen", "Persons");
pub const DATA_RELATIONS: Text = text!("Relaties", "Relationships");

// ---- what an action changes ----
pub const EDIT_MEMBERSHIP: Text = text!(
    "{party} neemt deel aan {table}",
    "{party} takes a seat at {table}"
);
pub const EDIT_MEMBERSHIP_BY: Text = text!(
    "{party} neemt deel aan {table} (door {person})",
    "{party} takes a seat at {table} (by {person})"
);
pub const EDIT_REPORTING: Text = text!("{table} rapporteert aan {to}", "{table} reports to {to}");
pub const EDIT_RELATION: Text = text!(
    "Relatie tussen {from} en {to}",
    "Relationship between {from} and {to}"
);
pub const EDIT_RELATION_IN: Text = text!(
    "Relatie tussen {from} en {to} (domein {domain})",
    "Relationship between {from} and {to} (domain {domain})"
);

// ---- print and properties ----
/// The severity as the Ernst column writes it: a rank first, so that sorting A→Z puts
/// Hoog before Middel before Laag.
pub const SEVERITY_RANKED: Text = text!("{rank} {label}", "{rank} {label}");
pub const DEFAULT_TITLE: Text = text!("Netwerkkaart", "Network map");
pub const SUBJECT: Text = text!(
    "Bevindingen en kengetallen van de netwerkkaart",
    "Findings and figures of the network map"
);
pub const KEYWORDS: Text = text!(
    "netwerkanalyse, driehoek, gemeente, woningcorporatie, zorg",
    "network analysis, triangle, municipality, housing corporation, care"
);
pub const COMMENT: Text = text!(
    "Gemaakt met Netwerkkaart. De kolom Ernst sorteert van hoog naar laag.",
    "Made with Netwerkkaart. The Severity column sorts from high to low."
);
/// The page footer; `&P` and `&N` are the page number and count in Excel's header codes.
pub const FOOTER_PAGES: Text = text!("Pagina &P van &N", "Page &P of &N");
