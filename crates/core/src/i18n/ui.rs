//! Texts of the app: menus, views, panels, legend, inspector, and the messages of the
//! stand-in analysis that the app carries until the real analysis is merged.

use super::Text;
use crate::text;

// Start screen and opening.
pub const APP_TITLE: Text = text!("Netwerkkaart", "Netwerkkaart");
pub const TAGLINE: Text = text!(
    "Samenwerking tussen gemeente, woningcorporatie en zorg in één kaart",
    "Collaboration between municipality, housing corporation and care on one map"
);
pub const OPEN_MAP: Text = text!("Kaart openen…", "Open map…");
pub const OPEN_EXAMPLE: Text = text!("Voorbeeld openen", "Open example");
pub const OPEN_PATH: Text = text!("Openen", "Open");
pub const PATH_HINT: Text = text!(
    "Pad naar een map met CSV-bestanden, een .xlsx-werkmap of een .netwerkkaart-bestand",
    "Path to a folder of CSV files, an .xlsx workbook or a .netwerkkaart file"
);
pub const DROP_HINT: Text = text!(
    "U kunt een map of bestand ook in dit venster slepen.",
    "You can also drag a folder or file into this window."
);
pub const RECENT: Text = text!("Recent geopend", "Recently opened");
pub const NO_RECENT: Text = text!("Nog niets geopend.", "Nothing opened yet.");
pub const OPEN_FAILED: Text = text!(
    "{path} kon niet worden geopend. Dit moet eerst worden hersteld:",
    "{path} could not be opened. This needs fixing first:"
);
pub const EXAMPLE_MISSING: Text = text!(
    "Het voorbeeld is niet gevonden (gezocht in {path}).",
    "The example was not found (looked in {path})."
);
pub const SAVE: Text = text!("Opslaan (Ctrl+S)", "Save (Ctrl+S)");
pub const SAVED: Text = text!("Opgeslagen in {path}", "Saved to {path}");
pub const CLOSE_MAP: Text = text!("Kaart sluiten", "Close map");
pub const FILE_MENU: Text = text!("Bestand", "File");
pub const LANGUAGE: Text = text!("Taal", "Language");

// Views.
pub const VIEW_NETWERK: Text = text!("Netwerk", "Network");
pub const VIEW_DRIEHOEK: Text = text!("Driehoek", "Triangle");
pub const VIEW_MATRIX: Text = text!("Matrix", "Matrix");
pub const VIEW_BEVINDINGEN: Text = text!("Bevindingen", "Findings");

pub const UNKNOWN_VIEW: Text = text!(
    "onbekende weergave '{view}': kies overzicht, netwerk, driehoek, matrix, bevindingen of gegevens",
    "unknown view '{view}': choose overzicht, netwerk, driehoek, matrix, bevindingen or gegevens"
);

// Canvas toolbar.
pub const LAYOUT_LAGEN: Text = text!("Domeinen en lagen", "Domains and layers");
pub const LAYOUT_VRIJ: Text = text!("Vrij", "Free");
pub const SHOW_PERSONS: Text = text!("Personen tonen", "Show persons");
pub const FIT: Text = text!("Passend maken", "Fit to view");
pub const SEARCH: Text = text!("Zoeken", "Search");
pub const SEARCH_HINT: Text = text!("Zoek op naam…", "Search by name…");
pub const LAYOUT_RUNNING: Text = text!(
    "Indeling wordt berekend… {pct}%",
    "Computing layout… {pct}%"
);
pub const LEGEND: Text = text!("Legenda", "Legend");

// Filters.
pub const FILTERS: Text = text!("Filters", "Filters");
pub const DOMAINS: Text = text!("Domeinen", "Domains");
pub const LAYERS: Text = text!("Lagen", "Layers");
pub const PARTY_KINDS: Text = text!("Soorten partijen", "Kinds of parties");
pub const WERKGEBIED: Text = text!("Werkgebied", "Area");
pub const WHOLE_REGION: Text = text!("Hele regio", "Whole region");
pub const RESET_FILTERS: Text = text!("Alles tonen", "Show everything");
pub const FOCUS: Text = text!("Focus op dit knooppunt", "Focus on this node");
pub const FOCUS_ON: Text = text!("Focus: {name}", "Focus: {name}");
pub const CLEAR_FOCUS: Text = text!("Focus opheffen", "Clear focus");

// Findings.
pub const FINDINGS: Text = text!("Bevindingen", "Findings");
pub const NO_FINDINGS: Text = text!("Geen bevindingen.", "No findings.");
pub const ADVICE: Text = text!("Advies", "Advice");
pub const SHOW_ON_MAP: Text = text!("Toon op de kaart", "Show on the map");
pub const CLEAR_SELECTION: Text = text!("Selectie opheffen", "Clear selection");
pub const SEVERITY_HOOG: Text = text!("Hoog", "High");
pub const SEVERITY_MIDDEL: Text = text!("Middel", "Medium");
pub const SEVERITY_LAAG: Text = text!("Laag", "Low");
pub const SUBJECTS: Text = text!("Betreft", "Concerns");

/// The label of a finding kind by its machine name; unknown kinds show the name itself.
pub fn finding_kind(key: &str) -> Text {
    match key {
        "open_triangle" => text!("Open driehoek", "Open triangle"),
        "missing_link" => text!("Ontbrekende verbinding", "Missing link"),
        "isolated_initiative" => text!("Geïsoleerd initiatief", "Isolated initiative"),
        "unanchored_initiative" => text!("Initiatief zonder verankering", "Unanchored initiative"),
        "mono_sector_table" => text!("Tafel van één sector", "Single-sector table"),
        "isolated_party" => text!("Partij zonder verbinding", "Unconnected party"),
        "fragmented_network" => text!("Losse delen in het netwerk", "Fragmented network"),
        "overloaded_connector" => text!("Overbelaste verbinder", "Overloaded connector"),
        "single_point_of_failure" => text!("Kwetsbare schakel", "Single point of failure"),
        "layer_gap" => text!("Lagen sluiten niet aan", "Layer gap"),
        "domain_gap" => text!("Domeinen sluiten niet aan", "Domain gap"),
        "coalition_gap" => text!("Kerncoalitie onvolledig", "Incomplete core coalition"),
        "leadership_gap" => text!("Netwerkleiderschap ontbreekt", "Leadership gap"),
        _ => text!("Overige bevinding", "Other finding"),
    }
}

// Inspector.
pub const KIND: Text = text!("Soort", "Kind");
pub const PARTY: Text = text!("Partij", "Party");
pub const FUNCTION: Text = text!("Functie", "Function");
pub const TABLES: Text = text!("Tafels", "Tables");
pub const MEMBERS: Text = text!("Leden", "Members");
pub const FIGURES: Text = text!("Kengetallen", "Figures");
pub const FIG_TABLES: Text = text!("Aantal tafels", "Number of tables");
pub const FIG_HOURS: Text = text!("Vergaderuren per jaar", "Meeting hours a year");
pub const FIG_DEGREE: Text = text!("Directe verbindingen", "Direct links");
pub const FIG_BETWEENNESS: Text = text!("Tussenpositie", "Betweenness");
pub const FIG_ARTICULATION: Text =
    text!("Verbindt delen die anders loskomen", "Holds parts together");
pub const YES: Text = text!("ja", "yes");
pub const NO: Text = text!("nee", "no");
pub const ITS_FINDINGS: Text = text!("Bevindingen over dit knooppunt", "Findings about this node");
pub const WHAT_IF_TRIANGLE: Text = text!(
    "De driehoek {domain} ({scope}) wordt dan: {state}.",
    "The {domain} triangle ({scope}) then becomes: {state}."
);
pub const WHAT_IF: Text = text!("Als dit wegvalt…", "If this drops out…");
pub const WHAT_IF_NOTHING: Text = text!(
    "Als {name} wegvalt, blijft de rest van het netwerk verbonden.",
    "If {name} drops out, the rest of the network stays connected."
);
pub const WHAT_IF_CUT: Text = text!(
    "Als {name} wegvalt, raken {count} onderdelen los van de rest: {list}.",
    "If {name} drops out, {count} parts lose their connection to the rest: {list}."
);
pub const DOMAINS_LAYERS: Text = text!("Domein en laag", "Domain and layer");
pub const FREQUENCY: Text = text!("Vergaderingen per jaar", "Meetings a year");
pub const AREA_ALL: Text = text!("hele regio", "whole region");
pub const NOTHING_SELECTED: Text = text!(
    "Klik op een partij, persoon of tafel voor details.",
    "Click a party, person or table for details."
);

// Driehoek view.
pub const TRIANGLE_STATE_GESLOTEN: Text = text!(
    "Gesloten: één tafel brengt alle drie samen",
    "Closed: one table brings all three together"
);
pub const TRIANGLE_STATE_VERBONDEN: Text = text!(
    "Verbonden: alle drie de lijnen bestaan, maar niet aan één tafel",
    "Connected: all three legs exist, but not at one table"
);
pub const TRIANGLE_STATE_OPEN: Text =
    text!("Open: er ontbreekt een lijn", "Open: a leg is missing");
pub const TRIANGLE_STATE_AFWEZIG: Text = text!(
    "Afwezig: een van de drie partijen ontbreekt in dit domein",
    "Absent: one of the three parties is missing from this domain"
);
pub const CLOSING_TABLES: Text = text!(
    "Tafels die de driehoek sluiten",
    "Tables that close the triangle"
);
pub const NONE: Text = text!("geen", "none");
pub const NEVER_MEET: Text = text!("Ontmoeten elkaar nergens", "Never meet");
pub const TRIANGLE_INTRO: Text = text!(
    "Per domein: ontmoeten gemeente, woningcorporatie en zorg elkaar aan tafel? Groen = ja, rood gestreept = nee.",
    "Per domain: do municipality, housing corporation and care meet at a table? Green = yes, red dashed = no."
);
pub const WHOLE_REGION_TITLE: Text = text!("Hele regio", "Whole region");
pub const AREA_TITLE: Text = text!("Werkgebied {name}", "Area {name}");

// Matrix view.
pub const MATRIX_INTRO: Text = text!(
    "Het werkmodel: welke tafels er zijn per domein en laag. Lege vakken vallen op.",
    "The working model: which tables exist per domain and layer. Empty cells stand out."
);
pub const EMPTY_CELL: Text = text!("Geen tafel", "No table");

// Status bar.
pub const STATUS_COUNTS: Text = text!(
    "{parties} partijen · {persons} personen · {tables} tafels · {findings} bevindingen",
    "{parties} parties · {persons} persons · {tables} tables · {findings} findings"
);
pub const STATUS_FRAME: Text = text!("{ms} ms per beeld", "{ms} ms per frame");

// Legend.
pub const LEGEND_PERSON: Text = text!("Persoon", "Person");
pub const LEGEND_RELATION: Text = text!("Directe relatie", "Direct relationship");
pub const LEGEND_REPORTING: Text = text!("Rapporteert aan", "Reports to");
pub const LEGEND_MISSING: Text = text!("Ontbrekende verbinding", "Missing link");
pub const LEGEND_OVERLOADED: Text = text!("Overbelaste verbinder", "Overloaded connector");
pub const LEGEND_SPOF: Text = text!("Kwetsbare schakel", "Single point of failure");
pub const LEGEND_ISOLATED: Text = text!("Geïsoleerd initiatief", "Isolated initiative");

// Screenshot mode.
pub const SCREENSHOT_FAILED: Text = text!(
    "Schermafdruk {path} kon niet worden opgeslagen: {reason}",
    "Screenshot {path} could not be saved: {reason}"
);

// Editing: undo, redo and what an edit changed.
pub const EDIT_MENU: Text = text!("Bewerken", "Edit");
pub const UNDO_LABEL: Text = text!("Ongedaan maken: {label}", "Undo: {label}");
pub const REDO_LABEL: Text = text!("Opnieuw: {label}", "Redo: {label}");
pub const UNDO: Text = text!("Ongedaan maken (Ctrl+Z)", "Undo (Ctrl+Z)");
pub const REDO: Text = text!("Opnieuw (Ctrl+Y)", "Redo (Ctrl+Y)");
pub const HISTORY: Text = text!("Geschiedenis", "History");
pub const NO_HISTORY: Text = text!("Nog geen wijzigingen.", "No changes yet.");
pub const UNDONE: Text = text!("ongedaan gemaakt: {label}", "undone: {label}");
pub const REDONE: Text = text!("opnieuw gedaan: {label}", "redone: {label}");
pub const EDIT_FAILED: Text = text!(
    "Wijziging niet gelukt: {reason}",
    "The change could not be made: {reason}"
);
pub const TRIANGLE_NOW: Text = text!(
    "driehoek {domain} ({scope}) {state}",
    "triangle {domain} ({scope}) {state}"
);
pub const FINDING_GONE: Text = text!("bevinding opgelost: {kind}", "finding resolved: {kind}");
pub const FINDINGS_GONE: Text = text!("{n} bevindingen opgelost", "{n} findings resolved");
pub const FINDING_NEW: Text = text!("nieuwe bevinding: {kind}", "new finding: {kind}");
pub const FINDINGS_NEW: Text = text!("{n} nieuwe bevindingen", "{n} new findings");

// Window title and the question before closing with unsaved changes.
pub const TITLE_CLEAN: Text = text!("{name} — Netwerkkaart", "{name} — Netwerkkaart");
pub const TITLE_DIRTY: Text = text!(
    "• {name} (niet opgeslagen) — Netwerkkaart",
    "• {name} (not saved) — Netwerkkaart"
);
pub const UNSAVED_TITLE: Text = text!("Niet opgeslagen wijzigingen", "Unsaved changes");
pub const UNSAVED_TEXT: Text = text!(
    "De kaart heeft wijzigingen die nog niet zijn opgeslagen.",
    "The map has changes that are not saved yet."
);
pub const UNSAVED_SAVE: Text = text!("Opslaan", "Save");
pub const UNSAVED_DISCARD: Text = text!("Niet opslaan", "Don't save");
pub const UNSAVED_CANCEL: Text = text!("Annuleren", "Cancel");

// Recovery after a crash.
pub const RECOVER_OFFER: Text = text!(
    "Er is werk om te herstellen van {tijd}: {titel}",
    "There is work to restore from {tijd}: {titel}"
);
pub const RECOVER: Text = text!("Herstellen", "Restore");
pub const RECOVER_DISCARD: Text = text!("Weggooien", "Discard");

// Context menu of a node on the canvas.
pub const SEAT_AT: Text = text!("Zet aan tafel…", "Seat at table…");
pub const REMOVE: Text = text!("Verwijder", "Remove");
