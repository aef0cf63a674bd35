//! Texts of the command line: labels, summaries, usage errors.

use super::Text;
use crate::text;

pub const ERROR: Text = text!("fout", "error");
pub const WARNING: Text = text!("waarschuwing", "warning");
pub const BAD_LANG: Text = text!(
    "fout: onbekende taal '{value}'; kies nl of en",
    "error: unknown language '{value}'; choose nl or en"
);
pub const USAGE_UNKNOWN_COMMAND: Text = text!("onbekende opdracht", "unknown command");
pub const USAGE_UNKNOWN_ARGUMENT: Text =
    text!("onbekende optie of argument", "unknown option or argument");
pub const USAGE_MISSING_ARGUMENT: Text = text!(
    "er ontbreekt een verplicht argument",
    "a required argument is missing"
);
pub const USAGE_INVALID_VALUE: Text = text!("ongeldige waarde", "invalid value");
pub const USAGE_CONFLICT: Text = text!(
    "deze opties gaan niet samen",
    "these options cannot be combined"
);
pub const USAGE_OTHER: Text = text!("ongeldige aanroep", "invalid invocation");
pub const DID_YOU_MEAN: Text = text!("bedoelde u '{value}'?", "did you mean '{value}'?");
pub const VALID_VALUES: Text = text!("mogelijke waarden", "possible values");
pub const USAGE_HINT: Text = text!(
    "Zie 'netwerkkaart --help' voor de mogelijkheden.",
    "See 'netwerkkaart --help' for what is possible."
);
pub const CHECK_OK: Text = text!(
    "{path}: in orde — {parties} partijen, {persons} personen, {tables} tafels, {memberships} deelnames, {relations} relaties; {warnings} waarschuwingen.",
    "{path}: OK — {parties} parties, {persons} persons, {tables} tables, {memberships} memberships, {relations} relationships; {warnings} warnings."
);
pub const CHECK_FAILED: Text = text!(
    "{path}: niet ingelezen — {n} fouten. Herstel ze in de bronbestanden en probeer het opnieuw.",
    "{path}: not imported — {n} errors. Fix them in the source files and try again."
);
pub const WARNINGS_HIDDEN: Text = text!(
    "({n} waarschuwingen; zie 'netwerkkaart check {path}')",
    "({n} warnings; see 'netwerkkaart check {path}')"
);
pub const MAP_NOT_FOUND: Text = text!("kaart '{path}' bestaat niet", "map '{path}' does not exist");
pub const WRITTEN: Text = text!("Geschreven: {path}", "Written: {path}");
pub const TEMPLATES_WRITTEN: Text = text!(
    "Sjablonen geschreven in {path}. Stuur ze naar de partners om in te vullen; lees ze daarna in met 'netwerkkaart check'.",
    "Templates written to {path}. Send them to the partners to fill in; then read them with 'netwerkkaart check'."
);
pub const CANNOT_WRITE: Text = text!("kan {path} niet schrijven", "cannot write {path}");
pub const UNKNOWN_THRESHOLD: Text = text!(
    "onbekende drempel '{name}'; bekende drempels: {names}",
    "unknown threshold '{name}'; known thresholds: {names}"
);
pub const BAD_THRESHOLD: Text = text!(
    "drempel '{name}': '{value}' is geen getal (schrijf naam=waarde, bijvoorbeeld max_tables=6)",
    "threshold '{name}': '{value}' is not a number (write name=value, for example max_tables=6)"
);

// ---- the help of the command line (see `src/main.rs`) ----
pub const ABOUT: Text = text!(
    "netwerkanalyse van de samenwerking tussen gemeente, woningcorporatie en zorg",
    "network analysis of the collaboration between municipality, housing corporation and care"
);
pub const AFTER_HELP: Text = text!(
    "Een KAART is een map met CSV-bestanden (partijen.csv, tafels.csv, deelnames.csv, personen.csv, relaties.csv), een .xlsx/.ods-werkmap met bladen van die namen, of een .netwerkkaart-projectbestand.\n\nVoorbeeld: netwerkkaart check data/voorbeeld",
    "A MAP is a folder of CSV files (partijen.csv, tafels.csv, deelnames.csv, personen.csv, relaties.csv), an .xlsx/.ods workbook with sheets of those names, or a .netwerkkaart project file.\n\nExample: netwerkkaart check data/voorbeeld"
);
pub const USAGE: Text = text!("Gebruik", "Usage");
pub const OPTIONS_IN_USAGE: Text = text!("[OPTIES]", "[OPTIONS]");
pub const H_COMMANDS: Text = text!("Opdrachten", "Commands");
pub const H_ARGUMENTS: Text = text!("Argumenten", "Arguments");
pub const H_OPTIONS: Text = text!("Opties", "Options");
pub const H_APP: Text = text!("App", "App");
pub const H_GENERAL: Text = text!("Algemene opties", "General options");
pub const H_THRESHOLDS: Text = text!("Drempels", "Thresholds");
pub const POSSIBLE_VALUES: Text = text!("Mogelijke waarden", "Possible values");
pub const DEFAULT_VALUE: Text = text!("[standaard: {value}]", "[default: {value}]");

pub const V_COMMAND: Text = text!("OPDRACHT", "COMMAND");
pub const V_MAP: Text = text!("KAART", "MAP");
pub const V_FILE: Text = text!("BESTAND", "FILE");
pub const V_VIEW: Text = text!("WEERGAVE", "VIEW");
pub const V_LANG: Text = text!("TAAL", "LANGUAGE");
pub const V_FORM: Text = text!("VORM", "FORM");
pub const V_HOURS: Text = text!("UREN", "HOURS");
pub const V_NAME_VALUE: Text = text!("NAAM=WAARDE", "NAME=VALUE");
pub const V_TEXT: Text = text!("TEKST", "TEXT");
pub const V_FOLDER: Text = text!("MAP", "FOLDER");

pub const A_APP_MAP: Text = text!(
    "Open de app op deze kaart (zonder opdracht)",
    "Open the app on this map (without a command)"
);
pub const A_SCREENSHOT: Text = text!(
    "Maak een schermafdruk van het venster (PNG) en sluit af",
    "Take a screenshot of the window (PNG) and quit"
);
pub const A_START_VIEW: Text = text!(
    "Begin in deze weergave: overzicht, netwerk, driehoek, matrix, bevindingen, gegevens of presentatie",
    "Start in this view: overzicht, netwerk, driehoek, matrix, bevindingen, gegevens or presentatie"
);
pub const A_SLIDE: Text = text!(
    "Met --view presentatie: begin op deze dia (standaard 2, de eerste na de titel)",
    "With --view presentatie: start at this slide (default 2, the first after the title)"
);
pub const A_LANG: Text = text!(
    "Taal van de uitvoer: nl (standaard) of en",
    "Language of the output: nl (default) or en"
);
pub const A_HELP: Text = text!("Toon deze hulp", "Show this help");
pub const A_VERSION: Text = text!("Toon het versienummer", "Show the version number");
pub const A_MAX_TABLES: Text = text!(
    "Hoogstens zoveel tafels per persoon voordat die als overbelast geldt (standaard 6, of wat de kaart bewaart)",
    "At most this many tables per person before they count as overloaded (default 6, or what the map stores)"
);
pub const A_MAX_HOURS: Text = text!(
    "Hoogstens zoveel vergaderuren per jaar per persoon (standaard 150, of wat de kaart bewaart)",
    "At most this many meeting hours a year per person (default 150, or what the map stores)"
);
pub const A_THRESHOLD: Text = text!(
    "Overige drempel, als naam=waarde (zie de uitvoer voor de namen); herhaalbaar",
    "Any other threshold, as name=value (see the output for the names); repeatable"
);
pub const A_MAP: Text = text!(
    "De kaart: map met CSV-bestanden, .xlsx/.ods-werkmap of .netwerkkaart-bestand",
    "The map: a folder of CSV files, an .xlsx/.ods workbook or a .netwerkkaart file"
);
pub const C_CHECK: Text = text!(
    "Lees een kaart in en meld alle fouten en waarschuwingen (exit 0: in orde, 1: fouten)",
    "Read a map and report every error and warning (exit 0: fine, 1: errors)"
);
pub const C_ANALYSE: Text = text!(
    "Analyseer een kaart: driehoek, ontbrekende verbindingen, eilanden, overbelaste verbinders",
    "Analyse a map: triangle, missing links, islands, overloaded connectors"
);
pub const A_FORMAT: Text = text!("Uitvoervorm", "Output form");
pub const PV_TEXT: Text = text!("Leesbare samenvatting", "Readable summary");
pub const PV_JSON: Text = text!(
    "JSON volgens spec/analysis.md",
    "JSON as in spec/analysis.md"
);
pub const PV_MARKDOWN: Text = text!("Markdown", "Markdown");
pub const A_OUT_ANALYSE: Text = text!(
    "Schrijf naar dit bestand in plaats van naar het scherm",
    "Write to this file instead of the screen"
);
pub const C_EXPORT: Text = text!(
    "Zet een kaart om of maak er een plaatje of bestand van: .netwerkkaart, .xlsx (bevindingen en kengetallen), .svg/.png (plaatje), .graphml/.gexf (voor Gephi), of een map (CSV)",
    "Convert a map or make a picture or file of it: .netwerkkaart, .xlsx (findings and figures), .svg/.png (picture), .graphml/.gexf (for Gephi), or a folder (CSV)"
);
pub const A_OUT_EXPORT: Text = text!(
    "Doelbestand; de extensie bepaalt het formaat. Een map (zonder extensie) krijgt CSV-bestanden",
    "Target file; the extension decides the format. A folder (no extension) gets CSV files"
);
pub const A_PICTURE: Text = text!(
    "Welk plaatje (bij .svg en .png)",
    "Which picture (for .svg and .png)"
);
pub const PV_NETWERK: Text = text!(
    "Het netwerk in domeinen en lagen",
    "The network in domains and layers"
);
pub const PV_DRIEHOEK: Text = text!(
    "De driehoek gemeente–corporatie–zorg per domein",
    "The triangle municipality–corporation–care per domain"
);
pub const PV_MATRIX: Text = text!(
    "Het werkmodel: domeinen × lagen met de tafels",
    "The working model: domains × layers with the tables"
);
pub const A_WIDTH: Text = text!(
    "Breedte van een PNG in pixels (A0 bij 150 dpi: 4967)",
    "Width of a PNG in pixels (A0 at 150 dpi: 4967)"
);
pub const A_ANONYMOUS: Text = text!(
    "Vervang namen van personen door functie en organisatie",
    "Replace the names of persons by function and organisation"
);
pub const A_DATA: Text = text!(
    ".xlsx en CSV: de gegevens zelf, in het invoerformaat (opnieuw in te lezen), zonder bevindingen",
    ".xlsx and CSV: the data itself, in the input format (to read in again), without findings"
);
pub const A_EXCEL: Text = text!(
    "CSV zoals Nederlandse Excel het schrijft: puntkomma, Windows-1252, decimale komma",
    "CSV as Dutch Excel writes it: semicolon, Windows-1252, decimal comma"
);
pub const C_REPORT: Text = text!(
    "Schrijf een rapport (.html, zelfstandig en afdrukbaar) met plaatjes, bevindingen en advies",
    "Write a report (.html, self-contained and printable) with pictures, findings and advice"
);
pub const A_OUT_REPORT: Text = text!("Het rapportbestand (.html)", "The report file (.html)");
pub const A_TITLE: Text = text!(
    "Titel van het rapport (standaard de titel van de kaart)",
    "Title of the report (by default the map's title)"
);
pub const C_TEMPLATE: Text = text!(
    "Schrijf lege sjablonen (CSV en .xlsx) met kolomkoppen en een voorbeeldregel, voor partners",
    "Write empty templates (CSV and .xlsx) with column headers and an example row, for partners"
);
pub const C_COMPARE: Text = text!(
    "Vergelijk twee versies van een kaart: wat er bijkwam, wegviel en veranderde, welke driehoeken veranderden en welke bevindingen zijn opgelost",
    "Compare two versions of a map: what was added, removed and changed, which triangles changed and which findings were resolved"
);
pub const A_OLD: Text = text!(
    "De oude versie (nulmeting): een kaart in elke vorm",
    "The old version (baseline): a map in any form"
);
pub const A_NEW: Text = text!(
    "De nieuwe versie: een kaart in elke vorm",
    "The new version: a map in any form"
);
pub const A_OUT_COMPARE: Text = text!(
    "Schrijf de vergelijking naar dit bestand in plaats van naar het scherm",
    "Write the comparison to this file instead of the screen"
);
pub const A_TEMPLATE_DIR: Text = text!(
    "Map waarin de sjablonen komen (wordt aangemaakt)",
    "Folder the templates go into (created when missing)"
);

// ---- the layout of the graph files (`export --indeling`) ----
pub const V_LAYOUT: Text = text!("INDELING", "LAYOUT");
pub const A_LAYOUT: Text = text!(
    "Welke indeling de posities in .graphml en .gexf volgen (Gephi en yEd openen het netwerk zo)",
    "Which layout the positions in .graphml and .gexf follow (Gephi and yEd open the network so)"
);
pub const PV_LAGEN: Text = text!(
    "Domeinen en lagen, zoals het netwerkplaatje",
    "Domains and layers, as in the network picture"
);
pub const PV_VRIJ: Text = text!(
    "De vrije indeling (krachtenmodel), zoals de weergave 'vrij' in de app",
    "The free layout (force model), as the app's 'vrij' view"
);

// ---- usage errors about one value ----
pub const USAGE_VALUE_FOR: Text = text!("'{value}' bij {arg}", "'{value}' for {arg}");
pub const USAGE_VALUE_MISSING: Text = text!("{arg} verwacht een waarde", "{arg} needs a value");
