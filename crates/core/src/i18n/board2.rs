//! Texts of the compact board report (its appendix and its page 1) and of the presenter's
//! notes in the app's presentation (issue 15, points 5 and 6).

use super::Text;
use crate::text;

// ---- report: appendix ----
pub const APPENDIX_INTRO: Text = text!(
    "Alle {n} bevindingen, per onderwerp; het advies per onderwerp staat bij De bevindingen op een rij.",
    "All {n} findings, by topic; the advice per topic is under The findings at a glance."
);
pub const TH_WHERE: Text = text!("Waar", "Where");
pub const OTHER_FINDINGS: Text = text!("Overige bevindingen", "Other findings");
pub const CELL_NAME: Text = text!("{domain} × {layer}", "{domain} × {layer}");
