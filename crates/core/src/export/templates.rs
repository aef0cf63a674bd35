//! Empty templates for partners: the five CSV files and one `sjabloon.xlsx`, each with the
//! canonical headers and one realistic example row, and in the workbook an "Uitleg" sheet with
//! the meaning of the columns and the allowed values.

use super::ExportError;
use super::csv_folder::{CsvOptions, Encoding, encode_sheet};
use super::sheets::sheets_with;
use super::workbook::{add_sheet, excel_col, excel_row, save};
use crate::i18n::Lang;
use crate::i18n::export as t;
use crate::import::schema::FileKind;
use crate::model::{
    Decision, Domain, Layer, Map, Membership, NetworkRole, Party, PartyKind, Person, Quality,
    RELATION_KINDS, Relation, Role, Set, Table, TableKind, Vocab,
};
use rust_xlsxwriter::{Format, Workbook};
use std::path::Path;

/// The example rows of the templates, as a map. It is valid on its own (every reference
/// resolves), so a template re-imports cleanly before anyone touches it. Partijen has two rows
/// because the example relationship needs two ends; every other file has one.
pub fn template_map() -> Map {
    let arnhoven = "gem-arnhoven".to_string();
    Map {
        title: String::new(),
        parties: vec![
            Party {
                id: arnhoven.clone(),
                name: "Gemeente Arnhoven".into(),
                kind: PartyKind::Gemeente,
                werkgebied: vec![],
                parent: None,
                interests: "Inwoners wonen zelfstandig met passende ondersteuning".into(),
                takes: "Woningen en begeleiding voor uitstromers".into(),
                gives: "Regie, Wmo-financiering en prestatieafspraken".into(),
                attributes: vec![],
            },
            Party {
                id: "corp-woonvast".into(),
                name: "Woonstichting Woonvast".into(),
                kind: PartyKind::Woningcorporatie,
                werkgebied: vec![arnhoven.clone()],
                parent: None,
                interests: "Betaalbaar wonen en leefbare wijken".into(),
                takes: "Begeleiding van kwetsbare huurders".into(),
                gives: "Woningen voor uitstroom uit beschermd wonen".into(),
                attributes: vec![],
            },
        ],
        persons: vec![Person {
            id: "p-jdevries".into(),
            name: "Jolien de Vries".into(),
            party: arnhoven.clone(),
            function: "Beleidsadviseur wonen en zorg".into(),
            layer: Some(Layer::Tactisch),
            network_roles: [NetworkRole::Verkenner, NetworkRole::Procesmanager]
                .into_iter()
                .collect(),
            hours_per_month: Some(12.0),
            attributes: vec![],
        }],
        tables: vec![Table {
            id: "t-doetafel".into(),
            name: "Doe-tafel Arnhoven".into(),
            kind: TableKind::Tafel,
            domains: [Domain::Casus, Domain::Leefomgeving].into_iter().collect(),
            layers: [Layer::Tactisch, Layer::Operationeel].into_iter().collect(),
            frequency: Some(24.0),
            duration_hours: Some(2.5),
            decision: Some(Decision::Besluitvormend),
            werkgebied: vec![arnhoven.clone()],
            reports_to: vec![],
            attributes: vec![],
        }],
        memberships: vec![Membership {
            table: "t-doetafel".into(),
            party: arnhoven.clone(),
            person: Some("p-jdevries".into()),
            role: Role::Voorzitter,
            attributes: vec![],
        }],
        relations: vec![Relation {
            from: arnhoven,
            to: "corp-woonvast".into(),
            kind: "prestatieafspraken".into(),
            domains: Set::one(Domain::Institutioneel),
            layers: [Layer::Strategisch, Layer::Tactisch].into_iter().collect(),
            quality: Some(Quality::Goed),
            note:
                "Prestatieafspraken 2026: 40 woningen per jaar voor uitstroom uit beschermd wonen"
                    .into(),
            attributes: vec![],
        }],
        arrangement: Default::default(),
    }
}

/// The CSV dialect of the templates: what Dutch Excel opens with a double click (`;`, decimal
/// comma, `\r\n`), in UTF-8 with BOM so that whatever name a partner types survives.
fn template_csv_options() -> CsvOptions {
    CsvOptions {
        encoding: Encoding::Utf8Bom,
        ..CsvOptions::dutch_excel()
    }
}

/// Writes `partijen.csv`, `tafels.csv`, `deelnames.csv`, `personen.csv`, `relaties.csv` and
/// `sjabloon.xlsx` into `dir` (created when missing), the explanation sheet in `lang`.
pub fn write_templates(dir: &Path, lang: Lang) -> Result<(), ExportError> {
    write_templates_for(dir, &template_map(), lang)
}

/// The templates filled with the rows of `map` instead of the example rows (for one partner:
/// what the map already says about it, to correct and complete).
pub fn write_templates_for(dir: &Path, map: &Map, lang: Lang) -> Result<(), ExportError> {
    let sheets = sheets_with(map, true)?;
    std::fs::create_dir_all(dir).map_err(|e| ExportError::io(dir, e))?;
    let opts = template_csv_options();
    let files = sheets
        .iter()
        .map(|s| Ok((dir.join(format!("{}.csv", s.name)), encode_sheet(s, &opts)?)))
        .collect::<Result<Vec<_>, ExportError>>()?;
    crate::project::write_all_atomic(&files).map_err(|(path, e)| ExportError::io(path, e))?;
    let path = dir.join("sjabloon.xlsx");
    let mut wb = Workbook::new();
    add_explanation(&mut wb, &path, lang)?;
    for s in &sheets {
        add_sheet(&mut wb, s, &path)?;
        add_choices(&mut wb, s, &path)?;
    }
    save(&mut wb, &path)
}

/// Rows of a template sheet that get the drop-down lists: room for a partner's whole list.
const CHOICE_ROWS: u32 = 2000;

/// Drop-down lists of the allowed values on every column with a closed vocabulary, so Excel
/// offers them. Columns that take several values (`casus|leefomgeving`) only inform about
/// an unlisted value instead of refusing it.
fn add_choices(
    wb: &mut Workbook,
    sheet: &super::sheets::Sheet,
    path: &Path,
) -> Result<(), ExportError> {
    use rust_xlsxwriter::{DataValidation, DataValidationErrorStyle};
    let kind = sheet.kind;
    let xlsx = |source| ExportError::Xlsx {
        path: path.to_path_buf(),
        source,
    };
    let ws = wb.worksheet_from_name(sheet.name).map_err(xlsx)?;
    for (column, files, values) in allowed_values() {
        if !files.contains(&kind) {
            continue;
        }
        let Some(j) = sheet
            .headers
            .iter()
            .position(|h| kind.column(h).is_some_and(|c| c.key == column))
        else {
            continue;
        };
        let list: Vec<&str> = values.split(", ").collect();
        let multi = matches!(column, "domein" | "laag" | "netwerkrol") && kind != FileKind::Persons
            || column == "netwerkrol";
        let style = if multi {
            DataValidationErrorStyle::Information
        } else {
            DataValidationErrorStyle::Warning
        };
        let v = DataValidation::new()
            .allow_list_strings(&list)
            .map_err(xlsx)?
            .set_error_style(style);
        let c = excel_col(j);
        ws.add_data_validation(1, c, CHOICE_ROWS, c, &v)
            .map_err(xlsx)?;
    }
    Ok(())
}

/// Canonical names of a vocabulary, comma separated.
fn names<T: Vocab>() -> String {
    T::ALL
        .iter()
        .map(|v| v.name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The columns with a closed vocabulary, the files (of the schema) that have them, and the
/// allowed values.
fn allowed_values() -> [(&'static str, &'static [FileKind], String); 9] {
    use FileKind::{Memberships, Parties, Persons, Relations, Tables};
    [
        ("soort", &[Parties], names::<PartyKind>()),
        ("soort", &[Tables], names::<TableKind>()),
        ("domein", &[Tables, Relations], names::<Domain>()),
        ("laag", &[Tables, Persons, Relations], names::<Layer>()),
        ("besluitvorming", &[Tables], names::<Decision>()),
        ("rol", &[Memberships], names::<Role>()),
        ("netwerkrol", &[Persons], names::<NetworkRole>()),
        ("kwaliteit", &[Relations], names::<Quality>()),
        ("soort", &[Relations], RELATION_KINDS.join(", ")),
    ]
}

/// The "Uitleg" sheet: a few lines of instruction, the allowed values per column, and what
/// each column means.
fn add_explanation(wb: &mut Workbook, path: &Path, lang: Lang) -> Result<(), ExportError> {
    let xlsx = |source| ExportError::Xlsx {
        path: path.to_path_buf(),
        source,
    };
    let ws = wb.add_worksheet();
    ws.set_name(t::UITLEG_TITLE.get_in(lang)).map_err(xlsx)?;
    let bold = Format::new().set_bold();
    let mut row = 0usize;
    ws.write_string_with_format(0, 0, "Netwerkkaart", &bold)
        .map_err(xlsx)?;
    for line in t::UITLEG_INTRO {
        row += 1;
        ws.write_string(excel_row(row), 0, line.get_in(lang))
            .map_err(xlsx)?;
    }
    let allowed = allowed_values();
    row += 2;
    for (j, h) in t::UITLEG_COLUMNS.iter().enumerate() {
        ws.write_string_with_format(excel_row(row), excel_col(j), h.get_in(lang), &bold)
            .map_err(xlsx)?;
    }
    for (column, files, values) in &allowed {
        let sheets: Vec<&str> = files.iter().map(|f| f.name()).collect();
        row += 1;
        ws.write_string(excel_row(row), 0, *column).map_err(xlsx)?;
        ws.write_string(excel_row(row), 1, sheets.join(", "))
            .map_err(xlsx)?;
        ws.write_string(excel_row(row), 2, values).map_err(xlsx)?;
    }
    row += 2;
    for (j, h) in t::UITLEG_FIELDS.iter().enumerate() {
        ws.write_string_with_format(excel_row(row), excel_col(j), h.get_in(lang), &bold)
            .map_err(xlsx)?;
    }
    for (sheet, column, meaning) in t::FIELD_MEANINGS {
        row += 1;
        ws.write_string(excel_row(row), 0, *sheet).map_err(xlsx)?;
        ws.write_string(excel_row(row), 1, *column).map_err(xlsx)?;
        ws.write_string(excel_row(row), 2, meaning.get_in(lang))
            .map_err(xlsx)?;
    }
    for (j, w) in [(0u16, 26.0), (1, 26.0), (2, 100.0)] {
        ws.set_column_width(j, w).map_err(xlsx)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The explanation sheet names only files and columns the importer knows.
    #[test]
    fn explanation_names_only_columns_of_the_schema() {
        for (column, files, values) in allowed_values() {
            assert!(!values.is_empty(), "{column}");
            for f in files {
                assert_eq!(
                    f.column(column).map(|c| c.key),
                    Some(column),
                    "{f:?} {column}"
                );
            }
        }
        for (sheet, column, _) in t::FIELD_MEANINGS {
            let file = FileKind::from_name(sheet).unwrap_or_else(|| panic!("{sheet}"));
            assert_eq!(file.name(), *sheet);
            // A line may explain a group of columns: "belangen / halen / brengen", "id, naam".
            for column in column.split([',', '/']).map(str::trim) {
                assert_eq!(
                    file.column(column).map(|c| c.key),
                    Some(column),
                    "{sheet} {column}"
                );
            }
        }
    }

    /// Templates carry every column of the schema, in its order.
    #[test]
    fn template_headers_are_the_schema_columns() {
        let sheets = sheets_with(&template_map(), true).expect("sheets");
        let kinds: Vec<FileKind> = sheets.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, FileKind::ALL);
        for s in &sheets {
            let keys: Vec<&str> = s.kind.columns().iter().map(|c| c.key).collect();
            assert_eq!(s.headers, keys, "{}", s.name);
        }
    }

    #[test]
    fn template_map_is_valid() {
        let problems = crate::model::validate(&template_map());
        assert!(problems.is_empty(), "{problems:?}");
    }
}
