//! The project file (`.netwerkkaart`): the whole map as versioned JSON, saved atomically.
//!
//! The file is `{"format": "netwerkkaart", "version": 2, "saved_by": "...", "map": {...}}`.
//! Version 2 added the snapshots (`map.arrangement.snapshots`, "metingen"); a project without
//! snapshots is still written as version 1, so an older Netwerkkaart keeps opening it, and one
//! with snapshots is refused by an older build with its "newer version" message instead of
//! being opened and saved without them.
//! Saving writes a temporary file beside the target, flushes it to disk and renames it over
//! the target, so a crash mid-save leaves either the old file or the new one, never half of
//! one. Loading refuses foreign, truncated and newer files with a message that says which.

use crate::i18n::Lang;
use crate::i18n::project as txt;
use crate::i18n::reliability as rtxt;
use crate::model::Map;
use serde::{Deserialize, Serialize};
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The value of the `format` field.
pub const FORMAT: &str = "netwerkkaart";
/// The newest version this build reads and writes.
pub const VERSION: u32 = 2;
/// The oldest version that holds everything but snapshots: written when a map has none.
pub const VERSION_WITHOUT_SNAPSHOTS: u32 = 1;

/// The version a file holding `map` needs: the lowest that can hold all of it.
pub fn version_for(map: &Map) -> u32 {
    if map.arrangement.snapshots.is_empty() {
        VERSION_WITHOUT_SNAPSHOTS
    } else {
        VERSION
    }
}
/// The file extension, without the dot.
pub const EXTENSION: &str = "netwerkkaart";

/// Why a project file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum ProjectError {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    NotJson {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    Truncated {
        path: PathBuf,
    },
    Foreign {
        path: PathBuf,
    },
    Newer {
        path: PathBuf,
        version: u64,
    },
    Invalid {
        path: PathBuf,
        line: usize,
        column: usize,
        reason: String,
    },
    /// Not UTF-8: `byte` is the first odd one, on `line`.
    NotUtf8 {
        path: PathBuf,
        byte: String,
        line: usize,
    },
    Utf16 {
        path: PathBuf,
    },
    /// A `version` that is not a whole number of 1 or more.
    BadVersion {
        path: PathBuf,
        version: String,
    },
    /// A number the data format does not allow (negative, not finite, absurdly large).
    BadNumber {
        path: PathBuf,
        what: String,
        id: String,
        field: &'static str,
        value: String,
    },
    /// A special file (pipe, device, folder) or one too large to be a map.
    NotAFile {
        path: PathBuf,
        reason: String,
    },
}

impl ProjectError {
    /// The message in `lang` (the `Display` is Dutch).
    pub fn render(&self, lang: Lang) -> String {
        match self {
            ProjectError::Io { path, source } => {
                txt::IO.fill_in(lang, &[("path", &path.display()), ("reason", source)])
            }
            ProjectError::NotJson { path, line, column } => txt::NOT_JSON.fill_in(
                lang,
                &[
                    ("path", &path.display()),
                    ("line", line),
                    ("column", column),
                ],
            ),
            ProjectError::Truncated { path } => {
                txt::TRUNCATED.fill_in(lang, &[("path", &path.display())])
            }
            ProjectError::Foreign { path } => {
                txt::FOREIGN.fill_in(lang, &[("path", &path.display())])
            }
            ProjectError::Newer { path, version } => txt::NEWER.fill_in(
                lang,
                &[
                    ("path", &path.display()),
                    ("version", version),
                    ("supported", &VERSION),
                ],
            ),
            ProjectError::Invalid {
                path,
                line,
                column,
                reason,
            } => txt::INVALID.fill_in(
                lang,
                &[
                    ("path", &path.display()),
                    ("line", line),
                    ("column", column),
                    ("reason", reason),
                ],
            ),
            ProjectError::NotUtf8 { path, byte, line } => rtxt::PROJECT_NOT_UTF8.fill_in(
                lang,
                &[("path", &path.display()), ("byte", byte), ("line", line)],
            ),
            ProjectError::Utf16 { path } => {
                rtxt::PROJECT_UTF16.fill_in(lang, &[("path", &path.display())])
            }
            ProjectError::BadVersion { path, version } => rtxt::PROJECT_BAD_VERSION
                .fill_in(lang, &[("path", &path.display()), ("version", version)]),
            ProjectError::BadNumber {
                path,
                what,
                id,
                field,
                value,
            } => rtxt::PROJECT_BAD_NUMBER.fill_in(
                lang,
                &[
                    ("path", &path.display()),
                    ("what", what),
                    ("id", id),
                    ("field", field),
                    ("value", value),
                ],
            ),
            ProjectError::NotAFile { path, reason } => format!("{}: {reason}", path.display()),
        }
    }
}

impl std::fmt::Display for ProjectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::Nl))
    }
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u32,
    saved_by: String,
    map: &'a Map,
}

#[derive(Deserialize)]
struct FileIn {
    map: Map,
}

/// The JSON text of a project file holding `map`, with the fields of the file it was read
/// from that this version does not know put back (see [`crate::model::kept`]).
pub fn to_json(map: &Map) -> String {
    let file = FileOut {
        format: FORMAT,
        version: version_for(map),
        saved_by: format!("netwerkkaart {}", env!("CARGO_PKG_VERSION")),
        map,
    };
    // Serialising plain data with string keys cannot fail.
    let mut s = if map.arrangement.kept.is_empty() {
        serde_json::to_string_pretty(&file).unwrap_or_default()
    } else {
        let mut value = serde_json::to_value(&file).unwrap_or_default();
        map.arrangement.kept.restore(&mut value);
        serde_json::to_string_pretty(&value).unwrap_or_default()
    };
    s.push('\n');
    s
}

/// Reads a project from its JSON text; `path` is only used in error messages.
pub fn from_json(text: &str, path: &Path) -> Result<Map, ProjectError> {
    from_json_checked(text, path).map(|(map, _)| map)
}

/// [`from_json`], also returning (at most 20 of) the fields this version does not know
/// (`map.parties[gem].kleur`); the map keeps them all and a save writes them back.
pub fn from_json_checked(text: &str, path: &Path) -> Result<(Map, Vec<String>), ProjectError> {
    let path = path.to_path_buf();
    // An editor may have added a byte order mark; it is not part of the JSON.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // Check the header on a generic value first, so that a newer version with a different map
    // shape is reported as "newer", not as a confusing field error.
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Eof => ProjectError::Truncated { path: path.clone() },
        _ => ProjectError::NotJson {
            path: path.clone(),
            line: e.line(),
            column: e.column(),
        },
    })?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(ProjectError::Foreign { path });
    }
    let version = match value.get("version") {
        Some(v) => match v.as_u64() {
            Some(n) if n >= 1 => n,
            _ => {
                return Err(ProjectError::BadVersion {
                    path,
                    version: v.to_string(),
                });
            }
        },
        None => {
            return Err(ProjectError::BadVersion {
                path,
                version: "null".to_string(),
            });
        }
    };
    if version > u64::from(VERSION) {
        return Err(ProjectError::Newer { path, version });
    }
    // Deserialise from the text (not the Value) so errors carry a line and column.
    let file: FileIn = serde_json::from_str(text).map_err(|e| ProjectError::Invalid {
        path: path.clone(),
        line: e.line(),
        column: e.column(),
        reason: e.to_string(),
    })?;
    check_numbers(&file.map, &path)?;
    let mut map = file.map;
    let known = FileOut {
        format: FORMAT,
        version: version_for(&map),
        saved_by: String::new(),
        map: &map,
    };
    let kept = match serde_json::to_value(&known) {
        Ok(known) => crate::model::kept::Kept::collect(&value, &known),
        Err(_) => crate::model::kept::Kept::default(),
    };
    let unknown = kept.paths().into_iter().take(20).collect();
    map.arrangement.kept = kept;
    Ok((map, unknown))
}

/// The largest frequency, duration or monthly hours a map may hold: far above any real
/// meeting, low enough that products of them stay finite.
pub const MAX_NUMBER: f64 = 1e6;

/// The rule the importer applies to CSV numbers, for a project file: finite, 0 or more, and
/// at most [`MAX_NUMBER`]. A negative frequency times a negative duration would otherwise
/// count as positive hours, and a product that overflows as none.
fn check_numbers(map: &Map, path: &Path) -> Result<(), ProjectError> {
    let bad =
        |v: Option<f64>| v.is_some_and(|v| !v.is_finite() || !(0.0..=MAX_NUMBER).contains(&v));
    let err = |what: &str, id: &str, field: &'static str, v: Option<f64>| ProjectError::BadNumber {
        path: path.to_path_buf(),
        what: what.to_string(),
        id: id.to_string(),
        field,
        value: v.map(|v| v.to_string()).unwrap_or_default(),
    };
    let table = crate::i18n::import::NODE_TABLE.get_in(crate::i18n::Lang::Nl);
    for t in &map.tables {
        if bad(t.frequency) {
            return Err(err(table, &t.id, "frequentie", t.frequency));
        }
        if bad(t.duration_hours) {
            return Err(err(table, &t.id, "duur_uren", t.duration_hours));
        }
    }
    let person = crate::i18n::import::NODE_PERSON.get_in(crate::i18n::Lang::Nl);
    for p in &map.persons {
        if bad(p.hours_per_month) {
            return Err(err(person, &p.id, "uren_per_maand", p.hours_per_month));
        }
    }
    // A snapshot is compared and analysed like a map, so it obeys the same rule.
    for s in &map.arrangement.snapshots {
        check_numbers(&s.map, path)?;
    }
    Ok(())
}

/// Loads a project file.
pub fn load(path: &Path) -> Result<Map, ProjectError> {
    load_checked(path).map(|(map, _)| map)
}

/// Loads a project file, also returning the fields this version does not know.
pub fn load_checked(path: &Path) -> Result<(Map, Vec<String>), ProjectError> {
    let bytes = crate::import::read_file(path).map_err(|kind| ProjectError::NotAFile {
        path: path.to_path_buf(),
        reason: kind.message("", None, Lang::Nl),
    })?;
    if bytes.is_empty() {
        return Err(ProjectError::Truncated {
            path: path.to_path_buf(),
        });
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(ProjectError::Utf16 {
            path: path.to_path_buf(),
        });
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        ProjectError::NotUtf8 {
            path: path.to_path_buf(),
            byte: format!("0x{:02X}", bytes[at]),
            line: bytes[..at].iter().filter(|b| **b == b'\n').count() + 1,
        }
    })?;
    from_json_checked(&text, path)
}

/// Saves `map` to `path` atomically.
pub fn save(map: &Map, path: &Path) -> Result<(), ProjectError> {
    write_atomic(path, to_json(map).as_bytes())
}

/// Writes `bytes` to `path` so that `path` always holds either its old or its new content:
/// write a temporary file in the same folder, flush it to disk, rename it over the target.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ProjectError> {
    write_atomic_io(path, bytes).map_err(|source| ProjectError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// [`write_atomic`] with the plain I/O error, for writers with their own error type.
pub fn write_atomic_io(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_all_atomic(&[(path.to_path_buf(), bytes)]).map_err(|(_, e)| e)
}

/// The folder a file is written in (`.` for a bare name).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The temporary file beside `path` that [`write_all_atomic`] writes first.
pub fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    folder_of(path).join(format!(".{name}.{}.tmp", std::process::id()))
}

/// Writes several files as one: every file is first written in full to a temporary file beside
/// its target and flushed to disk; only when all of them succeeded are they renamed over their
/// targets. A failure (a full disk, a folder that refuses) removes the temporary files and
/// leaves every old file as it was. A rename does not need space, so once the writing is done
/// nothing is left that a full disk can break. On failure, the path that failed and why.
pub fn write_all_atomic<B: AsRef<[u8]>>(
    files: &[(PathBuf, B)],
) -> Result<(), (PathBuf, std::io::Error)> {
    let mut staged: Vec<(PathBuf, &Path)> = Vec::new();
    let stage = |target: &Path, bytes: &[u8]| -> std::io::Result<PathBuf> {
        let tmp = temp_path(target);
        let result = (|| {
            let mut f = fs::File::create(&tmp)?;
            f.write_all(bytes)?;
            f.sync_all()
        })();
        match result {
            Ok(()) => Ok(tmp),
            Err(e) => {
                let _ = fs::remove_file(&tmp);
                Err(e)
            }
        }
    };
    let cleanup = |staged: &[(PathBuf, &Path)]| {
        for (tmp, _) in staged {
            let _ = fs::remove_file(tmp);
        }
    };
    for (target, bytes) in files {
        match stage(target, bytes.as_ref()) {
            Ok(tmp) => staged.push((tmp, target)),
            Err(e) => {
                cleanup(&staged);
                return Err((target.clone(), e));
            }
        }
    }
    for (i, (tmp, target)) in staged.iter().enumerate() {
        if let Err(e) = fs::rename(tmp, target) {
            cleanup(&staged[i..]);
            return Err((target.to_path_buf(), e));
        }
    }
    // Make the renames themselves durable; not every platform lets us open a folder.
    let mut synced: Vec<PathBuf> = Vec::new();
    for (target, _) in files {
        let dir = folder_of(target);
        if !synced.contains(&dir) {
            if let Ok(d) = fs::File::open(&dir) {
                let _ = d.sync_all();
            }
            synced.push(dir);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Domain, Layer, Party, PartyKind, Set, Table, TableKind};

    fn small_map() -> Map {
        Map {
            title: "Test".into(),
            parties: vec![Party {
                id: "gem-a".into(),
                name: "Gemeente A".into(),
                kind: PartyKind::Gemeente,
                werkgebied: vec![],
                parent: None,
                interests: String::new(),
                takes: String::new(),
                gives: String::new(),
                attributes: vec![("extra".into(), "waarde".into())],
            }],
            tables: vec![Table {
                id: "t-1".into(),
                name: "Tafel".into(),
                kind: TableKind::Platform,
                domains: Set::one(Domain::Casus),
                layers: Set::one(Layer::Tactisch),
                frequency: Some(10.0),
                duration_hours: Some(1.5),
                decision: None,
                werkgebied: vec![],
                reports_to: vec![],
                attributes: vec![],
            }],
            ..Map::default()
        }
    }

    #[test]
    fn save_then_load_gives_the_same_map_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("kaart.netwerkkaart");
        let m = small_map();
        save(&m, &p).unwrap();
        assert_eq!(load(&p).unwrap(), m);
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "only the project file remains: {names:?}");
    }

    #[test]
    fn snapshots_move_the_file_to_version_2_and_come_back_whole() {
        let p = Path::new("x.netwerkkaart");
        let mut m = small_map();
        let v1: serde_json::Value = serde_json::from_str(&to_json(&m)).unwrap();
        assert_eq!(v1["version"], 1, "no snapshots: older builds still open it");
        m.arrangement.snapshots.push(crate::model::Snapshot::of(
            &m,
            "Nulmeting maart 2026",
            "2026-03-01",
        ));
        m.parties[0].name = "Gemeente A-stad".into();
        let text = to_json(&m);
        let v2: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v2["version"], 2);
        let (back, unknown) = from_json_checked(&text, p).unwrap();
        assert!(unknown.is_empty(), "{unknown:?}");
        assert_eq!(back, m);
        assert_eq!(
            back.snapshot("Nulmeting maart 2026").unwrap().map.parties[0].name,
            "Gemeente A"
        );
    }

    #[test]
    fn a_version_1_file_written_by_hand_still_loads() {
        let text = r#"{"format":"netwerkkaart","version":1,"saved_by":"netwerkkaart 0.1.0",
            "map":{"title":"Oud","parties":[{"id":"gem-a","name":"Gemeente A","kind":"gemeente"}]}}"#;
        let m = from_json(text, Path::new("oud.netwerkkaart")).unwrap();
        assert_eq!(m.title, "Oud");
        assert!(m.arrangement.snapshots.is_empty());
    }

    #[test]
    fn a_file_newer_than_the_reader_is_refused_naming_both_versions() {
        // The check an older build runs is this one with its own VERSION: a file one version
        // ahead is refused by number before its map is read, whatever shape that map has.
        let ahead = VERSION + 1;
        let text = format!(
            r#"{{"format":"netwerkkaart","version":{ahead},"map":{{"snapshots":"anders"}}}}"#
        );
        let e = from_json(&text, Path::new("nieuw.netwerkkaart")).unwrap_err();
        assert!(matches!(e, ProjectError::Newer { version, .. } if version == u64::from(ahead)));
        let msg = e.render(Lang::Nl);
        assert!(msg.contains(&format!("versie {ahead}")), "{msg}");
        assert!(
            msg.contains(&format!("tot en met versie {VERSION}")),
            "{msg}"
        );
    }

    #[test]
    fn a_snapshot_with_a_negative_number_is_refused_like_the_map() {
        let mut m = small_map();
        let mut s = crate::model::Snapshot::of(&m, "oud", "2025-01-01");
        s.map.tables[0].frequency = Some(-3.0);
        m.arrangement.snapshots.push(s);
        let e = from_json(&to_json(&m), Path::new("x.netwerkkaart")).unwrap_err();
        assert!(
            matches!(
                e,
                ProjectError::BadNumber {
                    field: "frequentie",
                    ..
                }
            ),
            "{e}"
        );
    }

    #[test]
    fn newer_truncated_and_foreign_files_are_refused_with_the_reason() {
        let p = Path::new("x.netwerkkaart");
        let newer = r#"{"format":"netwerkkaart","version":7,"map":{"whatever":1}}"#;
        assert!(matches!(
            from_json(newer, p),
            Err(ProjectError::Newer { version: 7, .. })
        ));
        let full = to_json(&small_map());
        let cut = &full[..full.len() / 2];
        assert!(matches!(
            from_json(cut, p),
            Err(ProjectError::Truncated { .. })
        ));
        assert!(matches!(
            from_json(r#"{"a":1}"#, p),
            Err(ProjectError::Foreign { .. })
        ));
        assert!(matches!(
            from_json("hallo", p),
            Err(ProjectError::NotJson { .. })
        ));
    }
}
