//! The project file (`.netwerkkaart`): the whole map as versioned JSON, saved atomically.
//!
//! STAND-IN written on the `import` branch so the importer compiles; the lead's version
//! replaces this file at merge and keeps the signature of [`load`] and [`ProjectError`].

use crate::model::Map;
use std::path::Path;

/// The project format version this build reads.
pub const VERSION: u64 = 1;

/// Why a project file cannot be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ProjectError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("ongeldige JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("geen netwerkkaart-projectbestand")]
    NotAProject,
    #[error(
        "versie {found} is nieuwer dan deze versie van het programma ondersteunt ({supported})"
    )]
    NewerVersion { found: u64, supported: u64 },
}

/// Loads a project file.
pub fn load(path: &Path) -> Result<Map, ProjectError> {
    let text = std::fs::read_to_string(path)?;
    let value: serde_json::Value = serde_json::from_str(&text)?;
    if value.get("format").and_then(|f| f.as_str()) != Some("netwerkkaart") {
        return Err(ProjectError::NotAProject);
    }
    let version = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version > VERSION {
        return Err(ProjectError::NewerVersion {
            found: version,
            supported: VERSION,
        });
    }
    Ok(serde_json::from_value(value)?)
}
