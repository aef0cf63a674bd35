//! Texts of the importer: diagnostics, their locations and suggestions.
//!
//! Placeholders in `{braces}` are filled by [`crate::import::Diagnostic`]'s `Display`; every
//! message says what is wrong and, where it can, what to do about it.

use super::Text;
use crate::text;

// Locations.
pub const LOC_SHEET: Text = text!("blad {sheet}", "sheet {sheet}");
pub const LOC_LINE: Text = text!("regel {line}", "line {line}");
pub const LOC_COLUMN: Text = text!("kolom {col} ({header})", "column {col} ({header})");
pub const LOC_COLUMN_NO_HEADER: Text = text!("kolom {col}", "column {col}");
pub const DID_YOU_MEAN: Text = text!(" — bedoelde u '{s}'?", " — did you mean '{s}'?");
/// How a first occurrence in the same file is named.
pub const FIRST_AT_LINE: Text = text!("regel {line}", "line {line}");
/// How a first occurrence in another file is named.
pub const FIRST_AT_FILE_LINE: Text = text!("{file}, regel {line}", "{file}, line {line}");
/// How a first occurrence on another sheet of the same workbook is named.
pub const FIRST_AT_SHEET_LINE: Text =
    text!("blad {sheet}, regel {line}", "sheet {sheet}, line {line}");
/// How a first occurrence on a sheet of another workbook is named.
pub const FIRST_AT_FILE_SHEET_LINE: Text = text!(
    "{file}, blad {sheet}, regel {line}",
    "{file}, sheet {sheet}, line {line}"
);

// Severity words, for front ends that prefix them.
pub const ERROR: Text = text!("fout", "error");
pub const WARNING: Text = text!("waarschuwing", "warning");

// Summary of a failed import.
pub const SUMMARY: Text = text!(
    "De kaart is niet ingelezen: {errors} en {warnings}.",
    "The map was not imported: {errors} and {warnings}."
);
pub const ERRORS_ONE: Text = text!("1 fout", "1 error");
pub const ERRORS_MANY: Text = text!("{n} fouten", "{n} errors");
pub const WARNINGS_ONE: Text = text!("1 waarschuwing", "1 warning");
pub const WARNINGS_MANY: Text = text!("{n} waarschuwingen", "{n} warnings");

// What ids name.
pub const NODE_PARTY: Text = text!("partij", "party");
pub const NODE_PERSON: Text = text!("persoon", "person");
pub const NODE_TABLE: Text = text!("tafel", "table");
pub const NODE_PARTY_OR_PERSON: Text = text!("partij of persoon", "party or person");

// Paths and files.
pub const PATH_NOT_FOUND: Text = text!("bestand of map niet gevonden", "file or folder not found");
pub const PATH_UNSUPPORTED: Text = text!(
    "onbekend soort bestand; geef een map met CSV-bestanden, een .xlsx- of .ods-werkmap of een .netwerkkaart-bestand op",
    "unknown kind of file; give a folder of CSV files, an .xlsx or .ods workbook or a .netwerkkaart file"
);
pub const SINGLE_CSV: Text = text!(
    "dit is één CSV-bestand; geef de map op waarin de CSV-bestanden staan ({dir})",
    "this is a single CSV file; give the folder that holds the CSV files ({dir})"
);
pub const MISSING_FILE: Text = text!(
    "verplicht bestand {name} ontbreekt (ook goed: {aliases})",
    "required file {name} is missing (also accepted: {aliases})"
);
pub const MISSING_SHEET: Text = text!(
    "verplicht blad {name} ontbreekt (ook goed: {aliases})",
    "required sheet {name} is missing (also accepted: {aliases})"
);
pub const DUPLICATE_FILE: Text = text!(
    "{name} staat er twee keer in ({first} en {second}); houd er één",
    "{name} is given twice ({first} and {second}); keep one"
);
pub const UNKNOWN_FILE: Text = text!(
    "dit bestand hoort niet bij het formaat en is overgeslagen",
    "this file is not part of the format and was skipped"
);
pub const UNKNOWN_SHEET: Text = text!(
    "dit blad hoort niet bij het formaat en is overgeslagen",
    "this sheet is not part of the format and was skipped"
);
pub const UNREADABLE: Text = text!(
    "het bestand kan niet worden gelezen: {reason}",
    "the file cannot be read: {reason}"
);
pub const TOO_LARGE: Text = text!(
    "het bestand is te groot ({size} MB; maximaal {max} MB)",
    "the file is too large ({size} MB; at most {max} MB)"
);
pub const NOT_TEXT: Text = text!(
    "dit is geen CSV-bestand: het bevat binaire gegevens; sla de lijst in Excel op als 'CSV (gescheiden door lijstscheidingsteken)'",
    "this is not a CSV file: it holds binary data; save the list from Excel as 'CSV (comma delimited)'"
);
pub const NOT_TEXT_ZIP: Text = text!(
    "dit is geen CSV-bestand maar lijkt een Excel- of ODS-werkmap; open de werkmap zelf, of sla elk blad op als CSV",
    "this is not a CSV file but looks like an Excel or ODS workbook; open the workbook itself, or save each sheet as CSV"
);
pub const NOT_TEXT_IMAGE: Text = text!(
    "dit is geen CSV-bestand maar een afbeelding; vervang het door de lijst, opgeslagen als CSV",
    "this is not a CSV file but an image; replace it with the list, saved as CSV"
);
pub const NOT_TEXT_PDF: Text = text!(
    "dit is geen CSV-bestand maar een PDF-document; vervang het door de lijst, opgeslagen als CSV",
    "this is not a CSV file but a PDF document; replace it with the list, saved as CSV"
);
pub const NOT_WORKBOOK: Text = text!(
    "dit is geen leesbare Excel- of ODS-werkmap ({reason}); sla het bestand in Excel opnieuw op als .xlsx",
    "this is not a readable Excel or ODS workbook ({reason}); save it again from Excel as .xlsx"
);
/// The reason given when the workbook reader fails inside (a damaged file).
pub const DAMAGED_WORKBOOK: Text = text!("de werkmap is beschadigd", "the workbook is damaged");
pub const PROJECT: Text = text!(
    "het projectbestand kan niet worden gelezen: {reason}",
    "the project file cannot be read: {reason}"
);
pub const EMPTY_FILE: Text = text!(
    "bevat niets; de eerste regel moet de kolomnamen bevatten",
    "holds nothing; the first line must hold the column names"
);
pub const EMPTY_OPTIONAL_FILE: Text = text!(
    "bevat niets en is overgeslagen",
    "holds nothing and was skipped"
);
pub const NO_ROWS: Text = text!(
    "bevat geen rijen (alleen de kopregel)",
    "holds no rows (only the header line)"
);

// Columns.
pub const MISSING_COLUMN: Text = text!(
    "verplichte kolom '{column}' ontbreekt (ook goed: {aliases})",
    "required column '{column}' is missing (also accepted: {aliases})"
);
pub const MISSING_PARTY_COLUMN: Text = text!(
    "kolom 'partij' ontbreekt en er is ook geen kolom 'persoon'; geef bij elke deelname een partij of een persoon",
    "column 'partij' is missing and there is no column 'persoon' either; give a party or a person for each membership"
);
pub const DUPLICATE_COLUMN: Text = text!(
    "kolom '{column}' staat er twee keer in (ook in kolom {other}); houd er één",
    "column '{column}' is given twice (also in column {other}); keep one"
);
pub const UNKNOWN_COLUMN: Text = text!(
    "onbekende kolom '{header}', bewaard als vrije eigenschap",
    "unknown column '{header}', kept as a free attribute"
);
pub const EXTRA_CELL: Text = text!(
    "waarde zonder kolomkop, bewaard als vrije eigenschap '{key}'",
    "value without a column header, kept as free attribute '{key}'"
);
/// The key of a free attribute whose column has no header.
pub const NAMELESS_COLUMN: Text = text!("kolom {n}", "column {n}");

// Cells.
pub const EMPTY_REQUIRED: Text = text!("verplichte waarde ontbreekt", "required value is missing");
pub const EMPTY_PARTY_OR_PERSON: Text = text!(
    "vul een partij of een persoon in",
    "fill in a party or a person"
);
pub const FIELD_TOO_LONG: Text = text!(
    "veld te lang ({len} tekens; maximaal {max})",
    "field too long ({len} characters; at most {max})"
);
pub const BAD_NUMBER: Text = text!(
    "'{value}' is geen getal; schrijf bijvoorbeeld 12 of 1,5",
    "'{value}' is not a number; write for instance 12 or 1.5"
);
pub const NEGATIVE_NUMBER: Text = text!(
    "'{value}' is negatief; verwacht een getal van 0 of meer",
    "'{value}' is negative; expected a number of 0 or more"
);
pub const UNKNOWN_VALUE: Text = text!(
    "onbekende waarde '{value}'; kies uit: {allowed}",
    "unknown value '{value}'; choose from: {allowed}"
);
pub const UNKNOWN_PARTY_KIND: Text = text!(
    "onbekende soort '{value}'; de partij wordt 'overig' en de tekst blijft bewaard",
    "unknown kind '{value}'; the party becomes 'overig' and the text is kept"
);
pub const UNKNOWN_ROLE: Text = text!(
    "onbekende rol '{value}'; de rol wordt 'lid' en de tekst blijft bewaard",
    "unknown role '{value}'; the role becomes 'lid' and the text is kept"
);

// Rules of the map (from model::validate).
pub const DUPLICATE_ID: Text = text!(
    "id '{id}' komt al voor ({first}); elk id moet uniek zijn",
    "id '{id}' is already used ({first}); every id must be unique"
);
pub const UNKNOWN_ID: Text = text!(
    "{expected} '{id}' bestaat niet",
    "{expected} '{id}' does not exist"
);
pub const WRONG_KIND_ID: Text = text!(
    "'{id}' is een {actual}, geen {expected}",
    "'{id}' is a {actual}, not a {expected}"
);
pub const NOT_A_MUNICIPALITY: Text = text!(
    "'{id}' is geen gemeente maar '{kind}'; een werkgebied noemt alleen gemeenten",
    "'{id}' is not a municipality but '{kind}'; a service area names municipalities only"
);
pub const SELF_REFERENCE: Text = text!("'{id}' verwijst naar zichzelf", "'{id}' refers to itself");
pub const PERSON_FOR_OTHER_PARTY: Text = text!(
    "persoon '{person}' hoort bij '{own}' maar zit hier namens '{represented}'",
    "person '{person}' belongs to '{own}' but sits here for '{represented}'"
);
pub const TABLE_WITHOUT_MEMBERS: Text = text!(
    "tafel '{table}' heeft geen deelnemers",
    "table '{table}' has no members"
);
pub const PARTY_UNCONNECTED: Text = text!(
    "partij '{party}' zit aan geen enkele tafel en heeft geen relaties",
    "party '{party}' sits at no table and has no relationships"
);
pub const SELF_RELATION: Text = text!(
    "relatie van '{id}' naar zichzelf",
    "relationship from '{id}' to itself"
);
pub const NEAR_DUPLICATE: Text = text!(
    "deze partijen lijken dezelfde: {list}; voeg ze samen tot '{keep}'",
    "these parties look the same: {list}; merge them into '{keep}'"
);

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: &[Text] = &[
        LOC_SHEET,
        LOC_LINE,
        LOC_COLUMN,
        LOC_COLUMN_NO_HEADER,
        DID_YOU_MEAN,
        FIRST_AT_LINE,
        FIRST_AT_FILE_LINE,
        FIRST_AT_SHEET_LINE,
        FIRST_AT_FILE_SHEET_LINE,
        ERROR,
        WARNING,
        SUMMARY,
        ERRORS_ONE,
        ERRORS_MANY,
        WARNINGS_ONE,
        WARNINGS_MANY,
        NODE_PARTY,
        NODE_PERSON,
        NODE_TABLE,
        NODE_PARTY_OR_PERSON,
        PATH_NOT_FOUND,
        PATH_UNSUPPORTED,
        SINGLE_CSV,
        MISSING_FILE,
        MISSING_SHEET,
        DUPLICATE_FILE,
        UNKNOWN_FILE,
        UNKNOWN_SHEET,
        UNREADABLE,
        TOO_LARGE,
        NOT_TEXT,
        NOT_TEXT_ZIP,
        NOT_TEXT_IMAGE,
        NOT_TEXT_PDF,
        NOT_WORKBOOK,
        DAMAGED_WORKBOOK,
        PROJECT,
        EMPTY_FILE,
        EMPTY_OPTIONAL_FILE,
        NO_ROWS,
        MISSING_COLUMN,
        MISSING_PARTY_COLUMN,
        DUPLICATE_COLUMN,
        UNKNOWN_COLUMN,
        EXTRA_CELL,
        NAMELESS_COLUMN,
        EMPTY_REQUIRED,
        EMPTY_PARTY_OR_PERSON,
        FIELD_TOO_LONG,
        BAD_NUMBER,
        NEGATIVE_NUMBER,
        UNKNOWN_VALUE,
        UNKNOWN_PARTY_KIND,
        UNKNOWN_ROLE,
        DUPLICATE_ID,
        UNKNOWN_ID,
        WRONG_KIND_ID,
        NOT_A_MUNICIPALITY,
        SELF_REFERENCE,
        PERSON_FOR_OTHER_PARTY,
        TABLE_WITHOUT_MEMBERS,
        PARTY_UNCONNECTED,
        SELF_RELATION,
        NEAR_DUPLICATE,
    ];

    #[test]
    fn both_languages_are_filled_in_with_the_same_placeholders() {
        crate::i18n::assert_complete(ALL);
    }
}
