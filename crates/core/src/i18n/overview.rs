//! Texts of the app's Overzicht view (actions, scorecard, key figures, groups), of the grouped
//! findings, of the filter line every view shows, and of the small fixes the walk-through asked
//! for (the unsaved marker, ranks instead of raw betweenness, counted nodes).

use super::Text;
use crate::text;

pub const VIEW: Text = text!("Overzicht", "Overview");
pub const INTRO: Text = text!(
    "Waar staat het netwerk, en waar te beginnen? Klik op een voorstel om het uit te voeren (ongedaan te maken met Ctrl+Z), of op een vak van de driehoekkaart om dat werkgebied te bekijken.",
    "Where does the network stand, and where to start? Click a proposal to carry it out (undo with Ctrl+Z), or a cell of the triangle card to look at that area."
);

// ---- actions ----
pub const START_HERE: Text = text!("Waar te beginnen", "Where to start");
pub const APPLY: Text = text!("Uitvoeren", "Carry out");
pub const APPLY_TIP: Text = text!(
    "Voert dit voorstel uit als één stap; Ctrl+Z maakt het ongedaan.",
    "Carries out this proposal as one step; Ctrl+Z undoes it."
);
pub const COMPUTING: Text = text!("Voorstellen worden berekend…", "Working out proposals…");
pub const NO_ACTIONS: Text = text!(
    "Geen voorstel dat met een kleine wijziging een bevinding oplost.",
    "No proposal that resolves a finding with a small change."
);
pub const ACTION_DONE: Text = text!(
    "Voorstel uitgevoerd: {title}",
    "Proposal carried out: {title}"
);
pub const BATCH: Text = text!("{first} (en {n} meer)", "{first} (and {n} more)");

// ---- scorecard ----
pub const SCORECARD: Text = text!("Driehoek per werkgebied", "Triangle per area");
pub const SCORE_HINT: Text = text!(
    "Groen: gesloten (één tafel met alle drie) · blauw: verbonden · oranje: open · rood: afwezig. Klik op een vak voor die driehoek.",
    "Green: closed (one table with all three) · blue: connected · amber: open · red: absent. Click a cell for that triangle."
);
pub const CELL_TIP: Text = text!(
    "{domain} in {scope}: {state}. Klik voor de driehoek.",
    "{domain} in {scope}: {state}. Click for the triangle."
);
pub const CLOSED_EVERYWHERE: Text = text!(
    "{domain}: gesloten in elk werkgebied",
    "{domain}: closed in every area"
);
pub const NOT_CLOSED_IN: Text = text!(
    "{domain}: niet gesloten in {n} van {total} — {places}",
    "{domain}: not closed in {n} of {total} — {places}"
);
pub const STATE_SHORT_GESLOTEN: Text = text!("gesloten", "closed");
pub const STATE_SHORT_VERBONDEN: Text = text!("verbonden", "connected");
pub const STATE_SHORT_OPEN: Text = text!("open", "open");
pub const STATE_SHORT_AFWEZIG: Text = text!("afwezig", "absent");

// ---- key figures ----
pub const KEY_FIGURES: Text = text!("Kerncijfers", "Key figures");
pub const FIG_PARTIES: Text = text!("partijen", "parties");
pub const FIG_PERSONS: Text = text!("personen", "persons");
pub const FIG_TABLES: Text = text!("tafels", "tables");
pub const FIG_AREAS: Text = text!("werkgebieden", "areas");
pub const FIG_CLOSED: Text = text!(
    "driehoeken gesloten ({closed} van {total})",
    "triangles closed ({closed} of {total})"
);
pub const FIG_FINDINGS: Text = text!(
    "bevindingen: {hoog} hoog, {middel} middel, {laag} laag",
    "findings: {hoog} high, {middel} medium, {laag} low"
);

// ---- groups ----
pub const GROUPS: Text = text!("Bevindingen in groepen", "Findings in groups");
pub const GROUP_HEAD: Text = text!("{title} ({n})", "{title} ({n})");
pub const SEVERITY: Text = text!("Ernst", "Severity");
pub const ALL_SEVERITIES: Text = text!("Alle", "All");
pub const NO_MATCH: Text = text!(
    "Geen bevindingen binnen dit filter.",
    "No findings within this filter."
);
pub const MORE_IN_GROUP: Text = text!("… en {n} meer", "… and {n} more");

// ---- the filter line ----
pub const FILTER_ACTIVE: Text = text!("Filter: {what}", "Filter: {what}");
pub const FILTER_CLEAR: Text = text!("Filter wissen", "Clear filter");
pub const FILTER_DOMAINS: Text = text!("domeinen {list}", "domains {list}");
pub const FILTER_LAYERS: Text = text!("lagen {list}", "layers {list}");
pub const FILTER_KINDS: Text = text!("{n} soorten partij", "{n} party kinds");
pub const FILTER_FOCUS: Text = text!("rond {name}", "around {name}");

// ---- small fixes ----
pub const UNSAVED: Text = text!("• niet opgeslagen", "• not saved");
pub const UNSAVED_TIP: Text = text!(
    "Er zijn wijzigingen die nog niet zijn opgeslagen (Ctrl+S).",
    "There are changes that are not saved yet (Ctrl+S)."
);
pub const N_NODE: (Text, Text) = (
    text!("{n} knooppunt", "{n} node"),
    text!("{n} knooppunten", "{n} nodes"),
);
pub const RANK: Text = text!("{rank}e van {n}", "no. {rank} of {n}");
pub const RANK_TIP: Text = text!(
    "Tussenpositie: hoe vaak dit knooppunt op de kortste weg tussen twee anderen ligt. De 1e is de grootste verbinder van de kaart (waarde {value}).",
    "Betweenness: how often this node lies on the shortest path between two others. No. 1 is the biggest connector of the map (value {value})."
);
pub const NO_DIALOG: Text = text!(
    "Er opende geen keuzevenster op dit systeem. Typ het pad van de map of sleep de map op dit venster.",
    "No file dialog opened on this system. Type the path of the folder or drop the folder on this window."
);
