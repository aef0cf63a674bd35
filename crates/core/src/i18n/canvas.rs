//! Texts of the Netwerk view's canvas: the summary control, aggregated nodes and the strip of
//! parties at no table.

use super::Text;
use crate::text;

pub const COLLAPSE: Text = text!("Samenvatten:", "Summarise:");
pub const COLLAPSE_OFF: Text = text!("uit", "off");
pub const COLLAPSE_WERKGEBIED: Text = text!("per werkgebied", "by area");
pub const COLLAPSE_KIND: Text = text!("per soort partij", "by kind of party");
pub const COLLAPSE_HINT: Text = text!(
    "Bij een grote kaart: de tafels per domein en laag als één blok, de partijen per groep. Klik op een blok of groep om het te openen.",
    "For a large map: the tables per domain and layer as one block, the parties per group. Click a block or group to open it."
);
pub const COLLAPSE_NEEDS_LANES: Text = text!(
    "Samenvatten kan in de weergave Domeinen en lagen.",
    "Summarising works in the Domains and layers layout."
);
pub const BACK_TO_OVERVIEW: Text = text!("Terug naar overzicht", "Back to overview");
pub const OPENED: Text = text!("Geopend: {what}", "Opened: {what}");
pub const CELL: Text = text!("{domain} × {layer}", "{domain} × {layer}");
pub const CELL_TIP: Text = text!("{count}, {domain} × {layer}", "{count}, {domain} × {layer}");
pub const GROUP_KIND_TIP: Text =
    text!("Partijen van de soort {name}", "Parties of the kind {name}");
pub const GROUP_AREA_TIP: Text = text!(
    "Partijen met {name} als (eerste) werkgebied",
    "Parties with {name} as their (first) area"
);
pub const GROUP_REGION_TIP: Text = text!(
    "Partijen zonder werkgebied (de hele regio)",
    "Parties without an area (the whole region)"
);
pub const EVERYTHING: Text = text!("het hele netwerk", "the whole network");
pub const CLICK_TO_OPEN: Text = text!("Klik om te openen.", "Click to open.");
/// The heading of the strip of parties at no table.
pub const STRIP_NO_TABLE: (Text, Text) = (
    text!("Aan geen tafel: 1 partij", "At no table: 1 party"),
    text!("Aan geen tafel: {n} partijen", "At no table: {n} parties"),
);
