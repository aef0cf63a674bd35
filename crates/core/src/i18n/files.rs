//! Texts of the app's file work: save as, export, re-import, the thresholds dialog, the
//! question before leaving unsaved work, and the "verbind met…" action.

use super::Text;
use crate::text;

// File menu.
pub const SAVE_AS: Text = text!("Opslaan als… (Ctrl+Shift+S)", "Save as… (Ctrl+Shift+S)");
pub const REIMPORT: Text = text!("Bijgewerkte gegevens inlezen…", "Re-import updated data…");
pub const EXPORT: Text = text!("Exporteren… (Ctrl+E)", "Export… (Ctrl+E)");
pub const THRESHOLDS: Text = text!("Drempels van de analyse…", "Analysis thresholds…");

// The file dialog (our own, with the system dialog behind "Bladeren…").
pub const OPEN_TITLE: Text = text!("Kaart openen", "Open map");
pub const OPEN_EXPLAIN: Text = text!(
    "Een map met CSV-bestanden, een Excel-werkmap (.xlsx, .ods) of een projectbestand (.netwerkkaart). Typ of plak het pad, of kies met de knoppen.",
    "A folder of CSV files, an Excel workbook (.xlsx, .ods) or a project file (.netwerkkaart). Type or paste the path, or pick it with the buttons."
);
pub const DO_OPEN: Text = text!("Openen", "Open");
pub const SAVE_AS_TITLE: Text = text!("Kaart opslaan als", "Save map as");
pub const SAVE_AS_EXPLAIN: Text = text!(
    "Een projectbestand (.netwerkkaart) bewaart de gegevens, de indeling van de kaart, de dia's en de drempels samen.",
    "A project file (.netwerkkaart) keeps the data, the arrangement of the map, the slides and the thresholds together."
);
pub const EXPORT_TITLE: Text = text!("Exporteren", "Export");
pub const REIMPORT_TITLE: Text = text!("Bijgewerkte gegevens inlezen", "Re-import updated data");
pub const REIMPORT_EXPLAIN: Text = text!(
    "Kies de bijgewerkte CSV-map of Excel-werkmap. Rijen met hetzelfde id worden bijgewerkt en nieuwe rijen toegevoegd; wat de bron niet heeft (rijen, kolommen, de indeling van de kaart) blijft staan. U kunt het daarna ongedaan maken (Ctrl+Z).",
    "Choose the updated CSV folder or Excel workbook. Rows with the same id are updated and new rows added; what the source does not have (rows, columns, the arrangement of the map) stays. You can undo it afterwards (Ctrl+Z)."
);
pub const PATH_FILE: Text = text!("Bestand:", "File:");
pub const PATH_FOLDER: Text = text!("Map:", "Folder:");
pub const BROWSE: Text = text!("Bladeren…", "Browse…");
pub const BROWSE_FILE: Text = text!("Bestand kiezen…", "Choose file…");
pub const BROWSE_FOLDER: Text = text!("Map kiezen…", "Choose folder…");
pub const CANCEL: Text = text!("Annuleren", "Cancel");
pub const DO_SAVE: Text = text!("Opslaan", "Save");
pub const DO_EXPORT: Text = text!("Exporteren", "Export");
pub const DO_REIMPORT: Text = text!("Inlezen", "Import");
pub const WHAT: Text = text!("Wat:", "What:");
pub const VIEW: Text = text!("Weergave:", "View:");
pub const WIDTH: Text = text!("Breedte:", "Width:");
pub const PIXELS: Text = text!("{n} px", "{n} px");
pub const ANONYMOUS: Text = text!(
    "Namen van personen verbergen (functie en partij in plaats van de naam)",
    "Hide people's names (function and party instead of the name)"
);
pub const EXCEL_CSV: Text = text!(
    "Voor Nederlandse Excel (puntkomma's, Windows-1252)",
    "For Dutch Excel (semicolons, Windows-1252)"
);
pub const NO_PATH: Text = text!(
    "Typ een pad of kies er een met Bladeren.",
    "Type a path or pick one with Browse."
);
pub const WILL_OVERWRITE: Text = text!(
    "{path} bestaat al en wordt vervangen.",
    "{path} exists and will be replaced."
);
pub const NO_PARENT: Text = text!(
    "De map {path} bestaat niet.",
    "The folder {path} does not exist."
);
pub const WORKING: Text = text!("Bezig met exporteren…", "Exporting…");
pub const EXPORTED: Text = text!("Geëxporteerd naar {path}", "Exported to {path}");
pub const EXPORT_FAILED: Text = text!("Exporteren is mislukt: {reason}", "Export failed: {reason}");
pub const REIMPORTED: Text = text!(
    "Ingelezen uit {path}: {added} toegevoegd, {updated} bijgewerkt, {kept} behouden",
    "Imported from {path}: {added} added, {updated} updated, {kept} kept"
);
pub const REIMPORT_FAILED: Text = text!(
    "{path} kon niet worden ingelezen. Dit moet eerst worden hersteld:",
    "{path} could not be imported. This needs fixing first:"
);
pub const PNG_HINT: Text = text!(
    "Voor een dia is 2000 px genoeg; voor een poster kies A0.",
    "2000 px is enough for a slide; choose A0 for a poster."
);
pub const REPORT_HINT: Text = text!(
    "Open het rapport in een browser en kies Afdrukken › Opslaan als PDF voor de vergaderstukken.",
    "Open the report in a browser and choose Print › Save as PDF for the meeting papers."
);

// What can be exported.
pub const EXP_PNG: Text = text!("Afbeelding (PNG)", "Picture (PNG)");
pub const EXP_SVG: Text = text!("Afbeelding (SVG, schaalbaar)", "Picture (SVG, scalable)");
pub const EXP_REPORT: Text = text!(
    "Rapport (HTML, af te drukken als PDF)",
    "Report (HTML, printable as PDF)"
);
pub const EXP_FINDINGS: Text = text!(
    "Bevindingen voor Excel (.xlsx)",
    "Findings for Excel (.xlsx)"
);
pub const EXP_DATA_XLSX: Text = text!(
    "Gegevens als Excel-werkmap (.xlsx, opnieuw in te lezen)",
    "Data as an Excel workbook (.xlsx, re-importable)"
);
pub const EXP_DATA_CSV: Text = text!(
    "Gegevens als map met CSV-bestanden",
    "Data as a folder of CSV files"
);
pub const EXP_GRAPHML: Text = text!(
    "GraphML (Gephi, yEd, Cytoscape)",
    "GraphML (Gephi, yEd, Cytoscape)"
);
pub const EXP_GEXF: Text = text!("GEXF (Gephi)", "GEXF (Gephi)");

// Picture sizes.
pub const SIZE_SCREEN: Text = text!("Scherm of dia", "Screen or slide");
pub const SIZE_A4: Text = text!("A4 liggend, 300 dpi", "A4 landscape, 300 dpi");
pub const SIZE_A3: Text = text!("A3 liggend, 300 dpi", "A3 landscape, 300 dpi");
pub const SIZE_A0: Text = text!("A0 poster, 150 dpi", "A0 poster, 150 dpi");

// Thresholds.
pub const THRESHOLDS_TITLE: Text = text!("Drempels van de analyse", "Analysis thresholds");
pub const THRESHOLDS_EXPLAIN: Text = text!(
    "De analyse toetst aan deze grenzen. Ze worden met het project opgeslagen en staan in het rapport.",
    "The analysis checks against these limits. They are saved with the project and listed in the report."
);
pub const DEFAULT_IS: Text = text!("standaard {value}", "default {value}");
pub const RESET_DEFAULTS: Text = text!("Standaardwaarden", "Defaults");
pub const APPLY: Text = text!("Toepassen", "Apply");
pub const CLOSE: Text = text!("Sluiten", "Close");
pub const THRESHOLDS_SET: Text = text!(
    "drempels van de analyse aangepast",
    "analysis thresholds changed"
);

// Leaving unsaved work.
pub const UNSAVED_OPEN: Text = text!(
    "De kaart heeft wijzigingen die nog niet zijn opgeslagen. Opslaan voordat u een andere kaart opent?",
    "The map has changes that are not saved yet. Save before opening another map?"
);
pub const UNSAVED_CLOSE_MAP: Text = text!(
    "De kaart heeft wijzigingen die nog niet zijn opgeslagen. Opslaan voordat u de kaart sluit?",
    "The map has changes that are not saved yet. Save before closing the map?"
);

// Connecting two nodes from the canvas.
pub const CONNECT_TO: Text = text!("Verbind met…", "Connect to…");
pub const SEAT_SEARCH: Text = text!("Zoek tafel…", "Find table…");
pub const CONNECT_SEARCH: Text = text!("Zoek partij of persoon…", "Find party or person…");
pub const CONNECT_KIND: Text = text!("Soort relatie:", "Kind of relationship:");
pub const NO_KIND: Text = text!("(niet opgegeven)", "(not given)");
pub const MORE_RESULTS: Text = text!("… en {n} meer: typ verder", "… and {n} more: keep typing");

// Re-analysis of a large map in the background.
pub const ANALYSING: Text = text!("analyse wordt bijgewerkt…", "updating the analysis…");
