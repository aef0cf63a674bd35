//! Texts of the inventory in the app ("Inventarisatie samenvoegen…": choosing the partners'
//! lists and the review step), of who reported a row in the inspector, and of the dates of
//! the sources in the report and on the command line.

use super::Text;
use crate::text;

pub const MENU: Text = text!("Inventarisatie samenvoegen…", "Combine inventory…");
pub const TITLE: Text = text!("Inventarisatie samenvoegen", "Combine the inventory");
pub const INTRO: Text = text!(
    "Kies de lijsten die de partners terugstuurden: werkmappen (.xlsx/.ods) of mappen met CSV-bestanden, één per partner. U kunt ze ook op dit venster slepen.",
    "Choose the lists the partners sent back: workbooks (.xlsx/.ods) or folders of CSV files, one per partner. You can also drop them on this window."
);
pub const ADD_FILES: Text = text!("Werkmappen toevoegen…", "Add workbooks…");
pub const ADD_FOLDER: Text = text!(
    "Map met CSV-bestanden toevoegen…",
    "Add a folder of CSV files…"
);
pub const PATH_HINT: Text = text!(
    "of typ een pad en druk op Enter",
    "or type a path and press Enter"
);
pub const REMOVE: Text = text!("Weghalen", "Remove");
pub const NO_SOURCES: Text = text!("Nog geen lijsten gekozen.", "No lists chosen yet.");
pub const N_CHOSEN: Text = text!("{n} lijsten gekozen", "{n} lists chosen");
pub const COMBINE: Text = text!("Samenvoegen en beoordelen", "Combine and review");
pub const WORKING: Text = text!("Bezig met samenvoegen…", "Combining…");
pub const BACK: Text = text!("Terug naar de lijsten", "Back to the lists");
pub const CANCEL: Text = text!("Annuleren", "Cancel");
pub const OPEN_NEW: Text = text!("Openen als nieuwe kaart", "Open as a new map");
pub const MERGE_OPEN: Text = text!("Samenvoegen met de open kaart", "Merge into the open map");
pub const OPEN_NEW_TIP: Text = text!(
    "De samengevoegde kaart opent als nieuwe, nog niet opgeslagen kaart; u kiest zelf waar u haar bewaart.",
    "The combined map opens as a new, unsaved map; you choose where to save it."
);
pub const MERGE_OPEN_TIP: Text = text!(
    "Voegt de lijsten toe aan de open kaart, in één stap die u ongedaan kunt maken. Partijen en tafels van de kaart houden hun id.",
    "Adds the lists to the open map, in one step you can undo. The map's parties and tables keep their ids."
);
pub const SEARCH: Text = text!("Zoek een naam…", "Search a name…");
pub const SECTION_MATCHES: Text = text!("Samengevoegde rijen ({n})", "Rows combined ({n})");
pub const MATCHES_TIP: Text = text!(
    "Namen uit verschillende lijsten die als één rij zijn samengenomen. Klopt het niet, houd dan de rij van één bron apart.",
    "Names from several lists taken as one row. If that is wrong, keep one source's row apart."
);
pub const SECTION_CONFLICTS: Text =
    text!("Tegenstrijdige waarden ({n})", "Conflicting values ({n})");
pub const CONFLICTS_TIP: Text = text!(
    "Bronnen geven verschillende waarden; de meerderheid is gekozen. Kies een andere waarde als die beter klopt.",
    "Sources give different values; the majority is chosen. Pick another value if it is more accurate."
);
pub const SECTION_UNCONFIRMED: Text =
    text!("Onbevestigde deelnames ({n})", "Unconfirmed seats ({n})");
pub const UNCONFIRMED_TIP: Text = text!(
    "Een partner meldt dat een partij aan een tafel zit, maar de eigen lijst van die partij noemt de tafel niet. Vraag het na; de deelname blijft in de kaart.",
    "A partner reports a party at a table that the party's own list does not mention. Ask; the seat stays in the map."
);
pub const SECTION_REVIEW: Text = text!(
    "Namen die op elkaar lijken ({n})",
    "Names that look alike ({n})"
);
pub const REVIEW_TIP: Text = text!(
    "Deze namen lijken op elkaar maar zijn niet samengenomen. Zijn ze dezelfde, neem ze dan samen.",
    "These names look alike but were not taken as one. If they are the same, merge them."
);
pub const SECTION_DECIDED: Text = text!("Uw beslissingen ({n})", "Your decisions ({n})");
pub const NONE_HERE: Text = text!("Niets te beoordelen.", "Nothing to review.");
pub const MORE_HIDDEN: Text = text!(
    "… en nog {n}; zoek op naam om ze te vinden.",
    "… and {n} more; search a name to find them."
);
pub const MATCH_HEAD: Text = text!(
    "{kind} '{name}' — {n} bronnen",
    "{kind} '{name}' — {n} sources"
);
pub const SPELLED: Text = text!("'{name}' in {source}", "'{name}' in {source}");
pub const SPLIT: Text = text!("Apart houden", "Keep apart");
pub const MERGE: Text = text!("Samennemen", "Merge");
pub const UNDO_DECISION: Text = text!("Terugdraaien", "Revert");
pub const SPLIT_DONE: Text = text!(
    "Apart gehouden: '{name}' uit {source}",
    "Kept apart: '{name}' from {source}"
);
pub const MERGE_DONE: Text = text!("Samengenomen: '{a}' en '{b}'", "Merged: '{a}' and '{b}'");
pub const CHOICE_DONE: Text = text!(
    "{kind} '{name}', {field}: {value}",
    "{kind} '{name}', {field}: {value}"
);
pub const CONFLICT_HEAD: Text = text!("{kind} '{name}' — {field}", "{kind} '{name}' — {field}");
pub const VALUE_FROM: Text = text!("{value}  ({sources})", "{value}  ({sources})");
pub const UNCONFIRMED_ROW: Text = text!(
    "'{party}' aan '{table}' — alleen gemeld door {by}",
    "'{party}' at '{table}' — reported only by {by}"
);
pub const LOOK_ALIKE_ROW: Text = text!("{kind}: '{a}' en '{b}'", "{kind}: '{a}' and '{b}'");
pub const UPDATING: Text = text!(
    "De samenvoeging wordt bijgewerkt…",
    "Updating the combination…"
);
pub const FAILED: Text = text!(
    "{n} van de {total} lijsten kunnen niet worden ingelezen. Herstel ze (of haal ze weg) en probeer het opnieuw:",
    "{n} of the {total} lists cannot be read. Fix them (or remove them) and try again:"
);
pub const OPENED: Text = text!(
    "Inventarisatie samengevoegd uit {n} lijsten: nog niet opgeslagen.",
    "Inventory combined from {n} lists: not saved yet."
);
pub const MERGED: Text = text!(
    "Inventarisatie uit {n} lijsten samengevoegd met de kaart",
    "Inventory of {n} lists merged into the map"
);
pub const OPEN_MAP_SOURCE: Text = text!("open kaart", "open map");
pub const DEFAULT_TITLE: Text = text!("Inventarisatie", "Inventory");

pub const REPORTED_BY: Text = text!("Gemeld door", "Reported by");
pub const SEATS_REPORTED_BY: Text = text!("Deelnames gemeld door", "Seats reported by");
pub const RELATIONS_REPORTED_BY: Text = text!("Relaties gemeld door", "Relationships reported by");

pub const DATE_COLUMN: Text = text!("Datum bestand", "File date");
pub const SOURCES_DATED: Text = text!("Bronnen: {list}", "Sources: {list}");
pub const SOURCE_ON: Text = text!("{source} ({date})", "{source} ({date})");
pub const NEW_NEEDS_SAVE: Text = text!(
    "De open kaart heeft wijzigingen die niet zijn opgeslagen: sla haar eerst op, of voeg samen met de open kaart.",
    "The open map has unsaved changes: save it first, or merge into the open map."
);
pub const REVIEW_SUMMARY: Text = text!(
    "{sources} samengevoegd tot {parties}, {persons}, {tables}, {memberships} en {relations}.",
    "{sources} combined into {parties}, {persons}, {tables}, {memberships} and {relations}."
);
pub const SECTION_SOURCES: Text = text!("Lijsten ({n})", "Lists ({n})");
pub const SOURCE_ROW: Text = text!(
    "{source}: {parties}, {tables}, {memberships}",
    "{source}: {parties}, {tables}, {memberships}"
);
pub const SOURCE_ROW_DATED: Text = text!(
    "{source}: {parties}, {tables}, {memberships} — bestand van {date}",
    "{source}: {parties}, {tables}, {memberships} — file of {date}"
);
pub const TARGET_NEW: Text = text!("Als nieuwe kaart", "As a new map");
pub const TARGET_OPEN: Text = text!("In de open kaart", "Into the open map");
