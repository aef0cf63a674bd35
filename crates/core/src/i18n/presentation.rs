//! Texts of the presentation mode (Presentatie) and its slide editor, and of the switch that
//! hides names.

use super::Text;
use crate::text;

// Top bar and controls.
pub const PRESENT: Text = text!("Presenteren (F5)", "Present (F5)");
pub const EDIT_SLIDES: Text = text!("Dia's bewerken", "Edit slides");
pub const HIDE_NAMES: Text = text!("Namen verbergen", "Hide names");
pub const HIDE_NAMES_HINT: Text = text!(
    "Toon personen als functie en partij in plaats van met hun naam (scherm en presentatie)",
    "Show persons by function and party instead of by name (screen and presentation)"
);
pub const NAMES_HIDDEN_STATUS: Text = text!("Namen verborgen", "Names hidden");
pub const PREVIOUS: Text = text!("Vorige", "Previous");
pub const NEXT: Text = text!("Volgende", "Next");
pub const LEAVE: Text = text!("Stoppen (Esc)", "Stop (Esc)");
pub const SLIDE_NUMBER: Text = text!("{n} / {total}", "{n} / {total}");
pub const NO_SLIDES: Text = text!(
    "Alle dia's zijn verborgen. Kies 'Dia's bewerken' om er weer te tonen.",
    "All slides are hidden. Choose 'Edit slides' to show some again."
);
pub const LAYOUT_WAIT: Text = text!("Indeling wordt berekend…", "Computing layout…");

// Slide titles.
pub const SLIDE_TITLE: Text = text!("Titel", "Title");
pub const SLIDE_NETWORK: Text = text!(
    "Het netwerk in domeinen en lagen",
    "The network in domains and layers"
);
pub const SLIDE_TRIANGLES: Text = text!(
    "De driehoek gemeente – corporatie – zorg per domein",
    "The municipality – housing – care triangle per domain"
);
pub const SLIDE_FINDINGS: Text = text!("Belangrijkste bevindingen", "Main findings");
pub const SLIDE_DOMAIN: Text = text!("Domein {domain}", "Domain {domain}");
pub const SLIDE_SAVED: Text = text!("Opgeslagen weergave", "Saved view");
pub const SLIDE_UNKNOWN_TITLE: Text = text!("Netwerkkaart", "Network map");

// Title slide.
pub const SUBTITLE: Text = text!(
    "Samenwerking tussen gemeente, woningcorporatie en zorg",
    "Collaboration between municipality, housing corporation and care"
);
pub const FIG_PARTIES: Text = text!("partijen", "parties");
pub const FIG_PERSONS: Text = text!("personen", "persons");
pub const FIG_TABLES: Text = text!("overlegtafels", "tables");
pub const FIG_TRIANGLES: Text = text!(
    "domeinen gesloten in elk werkgebied",
    "domains closed in every area"
);
pub const FIG_HIGH: Text = text!("bevindingen met hoge urgentie", "findings of high urgency");

// Other slides.
pub const DOMAIN_TRIANGLE: Text = text!(
    "Driehoek in dit domein — {state}",
    "Triangle in this domain — {state}"
);
pub const CLOSED_BY: Text = text!("Gesloten door: {list}", "Closed by: {list}");
pub const NOT_CLOSED: Text = text!(
    "Geen tafel waar alle drie aan zitten",
    "No table where all three sit"
);
pub const ADVICE: Text = text!("Advies: {advice}", "Advice: {advice}");
pub const NO_FINDINGS: Text = text!("Geen bevindingen.", "No findings.");
pub const MORE_FINDINGS: Text = text!(
    "en nog {n} bevinding(en) — zie het rapport",
    "and {n} more finding(s) — see the report"
);
pub const EMPTY_CELL: Text = text!("geen tafel", "no table");

// Editor.
pub const EDITOR_INTRO: Text = text!(
    "De volgorde wordt met het project opgeslagen. Verborgen dia's worden overgeslagen.",
    "The order is saved with the project. Hidden slides are skipped."
);
pub const SHOW: Text = text!("Tonen", "Show");
pub const UP: Text = text!("Omhoog", "Up");
pub const DOWN: Text = text!("Omlaag", "Down");
pub const REMOVE: Text = text!("Verwijderen", "Remove");
pub const ADD_VIEW: Text = text!("Huidige weergave toevoegen", "Add the current view");
pub const ADD_VIEW_HINT: Text = text!(
    "Voegt een dia toe met de weergave, indeling en filters van nu",
    "Adds a slide with the current view, layout and filters"
);
pub const NEW_TITLE: Text = text!("Titel van de dia", "Slide title");
pub const WITH_FINDING: Text = text!("met de gekozen bevinding", "with the selected finding");
pub const RESET: Text = text!("Standaardvolgorde herstellen", "Restore the default order");
pub const CLOSE: Text = text!("Sluiten", "Close");
pub const BAD_SAVED: Text = text!(
    "De opgeslagen volgorde kon niet worden gelezen; de standaardvolgorde wordt getoond.",
    "The saved order could not be read; the default order is shown."
);
pub const DROPPED: Text = text!(
    "{n} opgeslagen dia('s) konden niet worden gelezen en zijn weggelaten.",
    "{n} saved slide(s) could not be read and were left out."
);
pub const UNKNOWN_START_VIEW: Text = text!(
    "onbekende weergave '{view}': kies netwerk, driehoek, matrix, bevindingen of presentatie",
    "unknown view '{view}': choose netwerk, driehoek, matrix, bevindingen or presentatie"
);
