//! Regenerates the example map in its three forms from `data/voorbeeld/`:
//!
//! - `data/voorbeeld/` rewritten through [`write_csv_folder`] (UTF-8, `,`), so the canonical
//!   form is exactly what the writer makes;
//! - `data/voorbeeld-excel/` with [`CsvOptions::dutch_excel`] (`;`, Windows-1252, decimal
//!   comma, CRLF);
//! - `data/voorbeeld.xlsx` with [`write_workbook`].
//!
//! The source is written by `scripts/make_voorbeeld.py` and read with the real importer, so an
//! error in it stops the run with the importer's file, line and column.
//!
//! Run: `cargo run --example make_example_data [DATA_DIR]` (default `data`).

use anyhow::{Result, bail};
use netwerkkaart::export::{CsvOptions, write_csv_folder, write_workbook};
use std::path::PathBuf;

fn main() -> Result<()> {
    let data = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "data".into()));
    let loaded = match netwerkkaart::import::load_map(&data.join("voorbeeld")) {
        Ok(l) => l,
        Err(failure) => {
            for e in &failure.errors {
                eprintln!("fout: {e}");
            }
            bail!("de voorbeeldkaart heeft fouten");
        }
    };
    for w in &loaded.warnings {
        eprintln!("waarschuwing: {w}");
    }
    let mut map = loaded.map;
    map.title = "Regio Lingemond (fictief voorbeeld)".into();
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
        loaded.warnings.len()
    );
    Ok(())
}
