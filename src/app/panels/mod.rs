//! The panels around the canvas and the other views, one struct per panel, each drawing itself
//! with a `ui` method and pushing [`Command`](super::Command)s.

mod bars;
mod bevindingen;
mod compare;
pub(crate) mod driehoek;
mod files;
mod filters;
mod findings;
mod gegevens;
mod inspector;
mod intake;
mod matrix;
mod overview;
mod reimport;
mod start;
mod thresholds;

pub use bars::{status_bar_ui, top_bar_ui};
pub use bevindingen::Bevindingen;
pub use compare::{Against, Vergelijken};
pub use driehoek::Driehoek;
pub use files::{DialogKind, ExportChoice, FileDialog};
pub use filters::{FilterPanel, filter_line_ui, finding_in_filter};
pub use findings::{FindingsPanel, finding_ui, severity_text};
pub use gegevens::{Col, Gegevens, Tab};
pub use inspector::Inspector;
pub use intake::IntakeDialog;
pub use matrix::Matrix;
pub use overview::{Overview, action_edit};
pub use reimport::PendingReimport;
pub use start::StartScreen;
pub use thresholds::{
    ThresholdsDialog, VIEW_KEY as THRESHOLDS_KEY, set_thresholds, stored_thresholds,
};
