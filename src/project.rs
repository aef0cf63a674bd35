//! The project file (`.netwerkkaart`): the whole map as versioned JSON, saved atomically.
//!
//! The file is `{"format": "netwerkkaart", "version": 1, "saved_by": "...", "map": {...}}`.
//! Saving writes a temporary file beside the target, flushes it to disk and renames it over
//! the target, so a crash mid-save leaves either the old file or the new one, never half of
//! one. Loading refuses foreign, truncated and newer files with a message that says which.

use crate::i18n::project as txt;
use crate::model::Map;
use serde::{Deserialize, Serialize};
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The value of the `format` field.
pub const FORMAT: &str = "netwerkkaart";
/// The newest version this build reads and the version it writes.
pub const VERSION: u32 = 1;
/// The file extension, without the dot.
pub const EXTENSION: &str = "netwerkkaart";

/// Why a project file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum ProjectError {
    #[error("{}", txt::IO.fill(&[("path", &path.display()), ("reason", source)]))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", txt::NOT_JSON.fill(&[("path", &path.display()), ("line", line), ("column", column)]))]
    NotJson {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    #[error("{}", txt::TRUNCATED.fill(&[("path", &path.display())]))]
    Truncated { path: PathBuf },
    #[error("{}", txt::FOREIGN.fill(&[("path", &path.display())]))]
    Foreign { path: PathBuf },
    #[error("{}", txt::NEWER.fill(&[("path", &path.display()), ("version", version), ("supported", &VERSION)]))]
    Newer { path: PathBuf, version: u64 },
    #[error("{}", txt::INVALID.fill(&[("path", &path.display()), ("line", line), ("column", column), ("reason", reason)]))]
    Invalid {
        path: PathBuf,
        line: usize,
        column: usize,
        reason: String,
    },
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

/// The JSON text of a project file holding `map`.
pub fn to_json(map: &Map) -> String {
    let file = FileOut {
        format: FORMAT,
        version: VERSION,
        saved_by: format!("netwerkkaart {}", env!("CARGO_PKG_VERSION")),
        map,
    };
    // Serialising plain data with string keys cannot fail.
    let mut s = serde_json::to_string_pretty(&file).unwrap_or_default();
    s.push('\n');
    s
}

/// Reads a project from its JSON text; `path` is only used in error messages.
pub fn from_json(text: &str, path: &Path) -> Result<Map, ProjectError> {
    let path = path.to_path_buf();
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
    let version = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version > u64::from(VERSION) {
        return Err(ProjectError::Newer { path, version });
    }
    if version == 0 {
        return Err(ProjectError::Foreign { path });
    }
    // Deserialise from the text (not the Value) so errors carry a line and column.
    let file: FileIn = serde_json::from_str(text).map_err(|e| ProjectError::Invalid {
        path: path.clone(),
        line: e.line(),
        column: e.column(),
        reason: e.to_string(),
    })?;
    Ok(file.map)
}

/// Loads a project file.
pub fn load(path: &Path) -> Result<Map, ProjectError> {
    let bytes = fs::read(path).map_err(|source| ProjectError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    if bytes.is_empty() {
        return Err(ProjectError::Truncated {
            path: path.to_path_buf(),
        });
    }
    let text = String::from_utf8(bytes).map_err(|_| ProjectError::Foreign {
        path: path.to_path_buf(),
    })?;
    from_json(&text, path)
}

/// Saves `map` to `path` atomically.
pub fn save(map: &Map, path: &Path) -> Result<(), ProjectError> {
    write_atomic(path, to_json(map).as_bytes())
}

/// Writes `bytes` to `path` so that `path` always holds either its old or its new content:
/// write a temporary file in the same folder, flush it to disk, rename it over the target.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ProjectError> {
    let io = |source| ProjectError::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        // Make the rename itself durable; not every platform lets us open a folder.
        if let Ok(d) = fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(io)
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
