//! Regenerates the example map in its three forms from `data/voorbeeld/`:
//!
//! - `data/voorbeeld/` rewritten through [`write_csv_folder`] (UTF-8, `,`), so the canonical
//!   form is exactly what the writer makes;
//! - `data/voorbeeld-excel/` with [`CsvOptions::dutch_excel`] (`;`, Windows-1252, decimal
//!   comma, CRLF);
//! - `data/voorbeeld.xlsx` with [`write_workbook`].
//!
//! The source is written by `scripts/make_voorbeeld.py`. Reading it here uses a small reader of
//! canonical headers only (the real importer, with aliases and diagnostics, is `import`);
//! anything unexpected stops the run with the file, line and column.
//!
//! Run: `cargo run --example make_example_data [DATA_DIR]` (default `data`).

use anyhow::{Context, Result, anyhow, bail};
use netwerkkaart::export::{CsvOptions, write_csv_folder, write_workbook};
use netwerkkaart::model::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One CSV row by header name, plus the cells of columns this reader does not know.
struct Row {
    file: String,
    line: usize,
    cells: HashMap<String, String>,
    extra: Attributes,
}

impl Row {
    fn get(&self, col: &str) -> &str {
        self.cells.get(col).map_or("", |s| s.trim())
    }

    fn opt(&self, col: &str) -> Option<String> {
        Some(self.get(col))
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    }

    fn list(&self, col: &str) -> Vec<String> {
        self.get(col)
            .split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    }

    fn err(&self, col: &str, what: &str) -> anyhow::Error {
        anyhow!(
            "{}, regel {}, kolom {col}: {what} '{}'",
            self.file,
            self.line,
            self.get(col)
        )
    }

    fn vocab<T: Vocab>(&self, col: &str) -> Result<Option<T>> {
        match self.get(col) {
            "" => Ok(None),
            s => T::parse(s)
                .map(Some)
                .ok_or_else(|| self.err(col, "onbekende waarde")),
        }
    }

    fn set<T: Vocab>(&self, col: &str) -> Result<Set<T>> {
        self.list(col)
            .iter()
            .map(|s| T::parse(s).ok_or_else(|| self.err(col, "onbekende waarde")))
            .collect()
    }

    fn number(&self, col: &str) -> Result<Option<f64>> {
        match self.get(col) {
            "" => Ok(None),
            s => s
                .replace(',', ".")
                .parse()
                .map(Some)
                .map_err(|_| self.err(col, "geen getal")),
        }
    }
}

fn read(dir: &Path, name: &str, known: &[&str]) -> Result<Vec<Row>> {
    let path = dir.join(format!("{name}.csv"));
    if !path.exists() {
        return Ok(vec![]);
    }
    let mut rdr = csv::Reader::from_path(&path).with_context(|| path.display().to_string())?;
    let headers: Vec<String> = rdr.headers()?.iter().map(str::to_string).collect();
    let mut rows = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.with_context(|| format!("{}, regel {}", path.display(), i + 2))?;
        let mut row = Row {
            file: format!("{name}.csv"),
            line: i + 2,
            cells: HashMap::new(),
            extra: vec![],
        };
        for (h, v) in headers.iter().zip(rec.iter()) {
            if known.contains(&h.as_str()) {
                row.cells.insert(h.clone(), v.to_string());
            } else if !v.is_empty() {
                row.extra.push((h.clone(), v.to_string()));
            }
        }
        rows.push(row);
    }
    Ok(rows)
}

fn load(dir: &Path) -> Result<Map> {
    let mut map = Map {
        title: "Regio Lingemond (fictief voorbeeld)".into(),
        ..Map::default()
    };
    for r in read(
        dir,
        "partijen",
        &[
            "id",
            "naam",
            "soort",
            "werkgebied",
            "hoort_bij",
            "belangen",
            "halen",
            "brengen",
        ],
    )? {
        map.parties.push(Party {
            id: r.get("id").into(),
            name: r.get("naam").into(),
            kind: r.vocab("soort")?.ok_or_else(|| r.err("soort", "leeg"))?,
            werkgebied: r.list("werkgebied"),
            parent: r.opt("hoort_bij"),
            interests: r.get("belangen").into(),
            takes: r.get("halen").into(),
            gives: r.get("brengen").into(),
            attributes: r.extra,
        });
    }
    for r in read(
        dir,
        "personen",
        &[
            "id",
            "naam",
            "partij",
            "functie",
            "laag",
            "netwerkrol",
            "uren_per_maand",
        ],
    )? {
        map.persons.push(Person {
            id: r.get("id").into(),
            name: r.get("naam").into(),
            party: r.get("partij").into(),
            function: r.get("functie").into(),
            layer: r.vocab("laag")?,
            network_roles: r.set("netwerkrol")?,
            hours_per_month: r.number("uren_per_maand")?,
            attributes: r.extra,
        });
    }
    let table_cols = [
        "id",
        "naam",
        "soort",
        "domein",
        "laag",
        "frequentie",
        "duur_uren",
        "besluitvorming",
        "werkgebied",
        "rapporteert_aan",
    ];
    for r in read(dir, "tafels", &table_cols)? {
        map.tables.push(Table {
            id: r.get("id").into(),
            name: r.get("naam").into(),
            kind: r.vocab("soort")?.unwrap_or(TableKind::Tafel),
            domains: r.set("domein")?,
            layers: r.set("laag")?,
            frequency: r.number("frequentie")?,
            duration_hours: r.number("duur_uren")?,
            decision: r.vocab("besluitvorming")?,
            werkgebied: r.list("werkgebied"),
            reports_to: r.list("rapporteert_aan"),
            attributes: r.extra,
        });
    }
    for r in read(dir, "deelnames", &["tafel", "partij", "persoon", "rol"])? {
        let person = r.opt("persoon");
        let party = match (r.opt("partij"), &person) {
            (Some(p), _) => p,
            (None, Some(id)) => map
                .person(id)
                .map(|p| p.party.clone())
                .ok_or_else(|| r.err("persoon", "onbekend"))?,
            (None, None) => bail!("{}, regel {}: partij en persoon zijn leeg", r.file, r.line),
        };
        map.memberships.push(Membership {
            table: r.get("tafel").into(),
            party,
            person,
            role: r.vocab("rol")?.unwrap_or(Role::Lid),
            attributes: r.extra,
        });
    }
    for r in read(
        dir,
        "relaties",
        &[
            "van",
            "naar",
            "soort",
            "domein",
            "laag",
            "kwaliteit",
            "toelichting",
        ],
    )? {
        map.relations.push(Relation {
            from: r.get("van").into(),
            to: r.get("naar").into(),
            kind: r.get("soort").into(),
            domains: r.set("domein")?,
            layers: r.set("laag")?,
            quality: r.vocab("kwaliteit")?,
            note: r.get("toelichting").into(),
            attributes: r.extra,
        });
    }
    Ok(map)
}

fn main() -> Result<()> {
    let data = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "data".into()));
    let map = load(&data.join("voorbeeld"))?;
    let problems = validate(&map);
    for p in &problems {
        eprintln!(
            "{}: {p:?}",
            if p.is_error() { "fout" } else { "waarschuwing" }
        );
    }
    if problems.iter().any(|p| p.is_error()) {
        bail!("de voorbeeldkaart heeft fouten");
    }
    write_csv_folder(&map, &data.join("voorbeeld"), &CsvOptions::default())?;
    write_csv_folder(
        &map,
        &data.join("voorbeeld-excel"),
        &CsvOptions::dutch_excel(),
    )?;
    write_workbook(&map, &data.join("voorbeeld.xlsx"))?;
    println!(
        "{} partijen, {} personen, {} tafels, {} deelnames, {} relaties; {} waarschuwingen",
        map.parties.len(),
        map.persons.len(),
        map.tables.len(),
        map.memberships.len(),
        map.relations.len(),
        problems.len()
    );
    Ok(())
}
