//! Texts of the slide sequence's own slides and summaries (shared by the app's presentation and
//! the PowerPoint file), and of the PowerPoint writer.

use super::Text;
use crate::text;

// Slide titles.
pub const SLIDE_ACTIONS: Text = text!("Waar te beginnen", "Where to start");
pub const SLIDE_WERKGEBIEDEN: Text = text!("De driehoek per werkgebied", "The triangle per area");
pub const WERKGEBIED_TITLE: Text = text!("De driehoek in {name}", "The triangle in {name}");

// The triangle summary: a domain is closed only where it is closed in every werkgebied.
pub const SUM_CLOSED: Text = text!("{domain}: gesloten", "{domain}: closed");
pub const SUM_CLOSED_ALL: Text = text!(
    "{domain}: gesloten in alle werkgebieden",
    "{domain}: closed in every area"
);
pub const SUM_OPEN_REGION: Text = text!("{domain}: niet gesloten", "{domain}: not closed");
pub const SUM_OPEN_REGION_ONLY: Text = text!(
    "{domain}: niet gesloten in de regio als geheel",
    "{domain}: not closed in the region as a whole"
);
pub const SUM_OPEN_IN: Text = text!(
    "{domain}: niet gesloten in {names} ({n} van {all} werkgebieden)",
    "{domain}: not closed in {names} ({n} of {all} areas)"
);
pub const SUM_OPEN_EVERY: Text = text!(
    "{domain}: in geen van de {all} werkgebieden gesloten",
    "{domain}: closed in none of the {all} areas"
);
pub const AND: Text = text!("en", "and");
pub const NAMES_MORE: Text = text!("{names} en {n} andere", "{names} and {n} others");
pub const CLOSED_COUNT: Text = text!(
    "{n} van de {all} domeinen hebben een gesloten driehoek in elk werkgebied",
    "{n} of the {all} domains have a closed triangle in every area"
);
pub const FIGURES: Text = text!(
    "{parties} partijen · {persons} personen · {tables} overlegtafels · {findings} bevindingen, {high} met hoge urgentie",
    "{parties} parties · {persons} persons · {tables} tables · {findings} findings, {high} of high urgency"
);
pub const NOTES_TITLE: Text = text!(
    "Een domein telt pas als gesloten wanneer de driehoek gemeente – woningcorporatie – zorg in elk werkgebied gesloten is. De regels hierboven noemen waar dat nog niet zo is.",
    "A domain only counts as closed when the municipality – housing corporation – care triangle is closed in every area. The lines above name where it is not yet."
);

// Actions and findings.
pub const NO_ACTIONS: Text = text!(
    "Geen acties: de analyse vond niets dat met één wijziging beter wordt.",
    "No actions: the analysis found nothing that one change improves."
);
pub const ACTION_NOTE: Text = text!(
    "{rank}. {title} — {explanation}",
    "{rank}. {title} — {explanation}"
);
pub const MORE_GROUPS: (Text, Text) = (
    text!(
        "en nog 1 onderwerp — zie het rapport",
        "and 1 more topic — see the report"
    ),
    text!(
        "en nog {n} onderwerpen — zie het rapport",
        "and {n} more topics — see the report"
    ),
);

// The PowerPoint writer.
pub const PPTX_PICTURE_ALT: Text = text!("Afbeelding: {title}", "Picture: {title}");
pub const PPTX_FAILED: Text = text!(
    "De presentatie kon niet worden samengesteld: {error}",
    "The presentation could not be put together: {error}"
);
pub const PDF_VIA_BROWSER: Text = text!(
    "Een PDF maakt Netwerkkaart niet zelf. Maak het rapport als HTML (bijvoorbeeld 'netwerkkaart report KAART -o {html}'), open het in de browser en kies Afdrukken → Opslaan als PDF (A4). Zie de README, 'Rapport als PDF'.",
    "Netwerkkaart does not write a PDF itself. Write the report as HTML (for example 'netwerkkaart report MAP -o {html}'), open it in the browser and choose Print → Save as PDF (A4). See the README, 'Report as PDF'."
);
pub const EXP_PPTX: Text = text!(
    "Presentatie (PowerPoint, .pptx)",
    "Presentation (PowerPoint, .pptx)"
);
