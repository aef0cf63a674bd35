//! Recovery files: the app writes the open map to a recovery folder every minute and when the
//! window loses focus, and removes the file when the map is saved or closed cleanly. A file
//! still there at the next start means a crash or a kill: the app offers to restore it.
//!
//! The folder is `$NETWERKKAART_HERSTEL`, else `$XDG_STATE_HOME/netwerkkaart/herstel`, else
//! `~/.local/state/netwerkkaart/herstel` (on Windows `%LOCALAPPDATA%\netwerkkaart\herstel`).
//! Everything stays on this machine.

use crate::model::Map;
use crate::project::{ProjectError, write_atomic};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

const FORMAT: &str = "netwerkkaart-herstel";
const EXTENSION: &str = "herstel";

/// The folder where recovery files live.
pub fn default_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("NETWERKKAART_HERSTEL") {
        return PathBuf::from(d);
    }
    let base = std::env::var_os("XDG_STATE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("LOCALAPPDATA").map(PathBuf::from))
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("netwerkkaart").join("herstel")
}

#[derive(Serialize, Deserialize)]
struct FileBody {
    format: String,
    version: u32,
    /// Where the map was opened from (to save back there after restoring).
    source: Option<PathBuf>,
    /// Seconds since the epoch.
    saved_at: u64,
    map: Map,
}

/// A recovery file found at start-up.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovered {
    /// The recovery file itself (to discard it).
    pub path: PathBuf,
    /// Where the map came from, if it had a file.
    pub source: Option<PathBuf>,
    /// When it was written, seconds since the epoch.
    pub saved_at: u64,
    pub map: Map,
}

/// One session's recovery file. Create one per open map; [`Autosave::write`] it as often as
/// wanted and [`Autosave::discard`] it after a save or a clean close.
#[derive(Debug, Clone)]
pub struct Autosave {
    path: PathBuf,
}

impl Autosave {
    /// A recovery file in `dir` unique to this process and moment.
    pub fn new(dir: &Path) -> Self {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        Autosave {
            path: dir.join(format!("kaart-{}-{nanos}.{EXTENSION}", std::process::id())),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes the map atomically (a crash during the write leaves the previous recovery file).
    pub fn write(&self, map: &Map, source: Option<&Path>) -> Result<(), ProjectError> {
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| ProjectError::Io {
                path: dir.to_path_buf(),
                source: e,
            })?;
        }
        let body = FileBody {
            format: FORMAT.into(),
            version: crate::project::VERSION,
            source: source.map(Path::to_path_buf),
            saved_at: crate::i18n::date::unix_now(),
            map: map.clone(),
        };
        let json = serde_json::to_vec(&body).unwrap_or_default();
        write_atomic(&self.path, &json)
    }

    /// Removes the recovery file (nothing to recover any more).
    pub fn discard(&self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Recovery files left in `dir` by earlier sessions, newest first. Unreadable files are
/// skipped (never deleted: the user may still want them).
pub fn pending(dir: &Path, except: Option<&Autosave>) -> Vec<Recovered> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<Recovered> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().and_then(|x| x.to_str()) == Some(EXTENSION))
        .filter(|p| except.is_none_or(|a| a.path != *p))
        .filter_map(|path| {
            // Capped and regular files only: a pipe in the folder must not hang the start.
            let bytes = crate::import::read_file(&path).ok()?;
            let body: FileBody = serde_json::from_slice(&bytes).ok()?;
            (body.format == FORMAT && body.version <= crate::project::VERSION).then_some(
                Recovered {
                    path,
                    source: body.source,
                    saved_at: body.saved_at,
                    map: body.map,
                },
            )
        })
        .collect();
    out.sort_by(|a, b| {
        b.saved_at
            .cmp(&a.saved_at)
            .then_with(|| a.path.cmp(&b.path))
    });
    out
}

/// Removes a recovery file the user chose not to restore (or has restored and saved).
pub fn discard(r: &Recovered) {
    let _ = std::fs::remove_file(&r.path);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_that_dies_leaves_a_file_the_next_session_finds() {
        let dir = tempfile::tempdir().unwrap();
        let map = Map {
            title: "werksessie".into(),
            ..Map::default()
        };
        // Session 1 autosaves twice, then "crashes" (never discards).
        let s1 = Autosave::new(dir.path());
        s1.write(&Map::default(), None).unwrap();
        s1.write(&map, Some(Path::new("/data/kaart.netwerkkaart")))
            .unwrap();
        // Session 2 starts: it sees session 1's file, not its own.
        let s2 = Autosave::new(dir.path());
        s2.write(&Map::default(), None).unwrap();
        let found = pending(dir.path(), Some(&s2));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].map, map, "the last autosave is what comes back");
        assert_eq!(
            found[0].source.as_deref(),
            Some(Path::new("/data/kaart.netwerkkaart"))
        );
        discard(&found[0]);
        assert!(pending(dir.path(), Some(&s2)).is_empty());
    }

    #[test]
    fn a_clean_close_leaves_nothing_and_garbage_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let s = Autosave::new(dir.path());
        s.write(&Map::default(), None).unwrap();
        s.discard();
        std::fs::write(dir.path().join("kapot.herstel"), b"{niet af").unwrap();
        assert!(pending(dir.path(), None).is_empty());
        assert!(
            dir.path().join("kapot.herstel").exists(),
            "unreadable files are not deleted"
        );
    }
}
