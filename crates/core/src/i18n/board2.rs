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

// ---- command line ----
pub const A_WITHOUT_APPENDIX: Text = text!(
    "De bestuursversie: zonder de bijlage met alle bevindingen en de tafels per domein en laag",
    "The board version: without the appendix of every finding and the tables per domain and layer"
);

// ---- the presentation's speaker notes ----
pub const NOTES_BUTTON: Text = text!("Notities (N)", "Notes (N)");
pub const NOTES_HINT: Text = text!(
    "Toon onder de dia de volledige tekst voor de spreker (dezelfde als de notities in PowerPoint); zet uit als het publiek meekijkt",
    "Show the full text for the speaker under the slide (the same as the PowerPoint notes); switch off when the audience can see it"
);
pub const NOTES_HEADING: Text = text!("Notities voor de spreker", "Speaker notes");
pub const NO_NOTES: Text = text!("Geen notities bij deze dia.", "No notes for this slide.");
