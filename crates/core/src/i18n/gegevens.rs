//! Texts of the Gegevens view: the editable tables of parties, persons, tables, memberships
//! and relationships, their column headers, and the near-duplicate banner.

use super::Text;
use crate::text;

pub const VIEW: Text = text!("Gegevens", "Data");

// Sub-tabs.
pub const TAB_PARTIJEN: Text = text!("Partijen", "Parties");
pub const TAB_PERSONEN: Text = text!("Personen", "Persons");
pub const TAB_TAFELS: Text = text!("Tafels", "Tables");
pub const TAB_DEELNAMES: Text = text!("Deelnames", "Seats");
pub const TAB_RELATIES: Text = text!("Relaties", "Relationships");

// Toolbar.
pub const FILTER: Text = text!("Filter", "Filter");
pub const FILTER_HINT: Text = text!("Zoek in alle kolommen…", "Search all columns…");
pub const ROW_COUNT: Text = text!("{shown} van {total}", "{shown} of {total}");
pub const ADD_PARTY: Text = text!("+ Partij", "+ Party");
pub const ADD_PERSON: Text = text!("+ Persoon", "+ Person");
pub const ADD_TABLE: Text = text!("+ Tafel", "+ Table");
pub const ADD_MEMBERSHIP: Text = text!("+ Deelname", "+ Seat");
pub const ADD_RELATION: Text = text!("+ Relatie", "+ Relationship");
pub const ADD_HINT: Text = text!(
    "Voegt een rij toe met een nieuw id; vul daarna de cellen in",
    "Adds a row with a new id; fill in its cells next"
);
pub const ADD_NEEDS: Text = text!(
    "Voeg eerst een partij en een tafel toe",
    "Add a party and a table first"
);
pub const EDIT_HINT: Text = text!(
    "Klik op een cel om te wijzigen; Enter bevestigt, Escape annuleert.",
    "Click a cell to change it; Enter confirms, Escape cancels."
);

// Row actions.
pub const SHOW: Text = text!("toon", "show");
pub const SHOW_HINT: Text = text!("Toon op de netwerkkaart", "Show on the network map");
pub const REMOVE: Text = text!("×", "×");
pub const REMOVE_HINT: Text = text!(
    "Verwijder deze rij (met wat ervan afhangt; ongedaan te maken)",
    "Remove this row (with what depends on it; can be undone)"
);
pub const ROW_PROBLEMS: Text = text!(" ! ", " ! ");
pub const NOT_SAVED: Text = text!("Niet overgenomen: {reason}", "Not applied: {reason}");

// New rows.
pub const NEW_PARTY: Text = text!("Nieuwe partij", "New party");
pub const NEW_PERSON: Text = text!("Nieuwe persoon", "New person");
pub const NEW_TABLE: Text = text!("Nieuwe tafel", "New table");
/// Id prefixes of new rows (ids are the user's own; these are only a start).
pub const ID_PARTY: Text = text!("partij", "party");
pub const ID_PERSON: Text = text!("persoon", "person");
pub const ID_TABLE: Text = text!("tafel", "table");

// Column headers (the names of the data format's columns).
pub const COL_ID: Text = text!("id", "id");
pub const COL_NAME: Text = text!("naam", "name");
pub const COL_KIND: Text = text!("soort", "kind");
pub const COL_WERKGEBIED: Text = text!("werkgebied", "working area");
pub const COL_PARENT: Text = text!("onderdeel van", "part of");
pub const COL_INTERESTS: Text = text!("belangen", "interests");
pub const COL_TAKES: Text = text!("haalt", "takes");
pub const COL_GIVES: Text = text!("brengt", "gives");
pub const COL_PARTY: Text = text!("partij", "party");
pub const COL_FUNCTION: Text = text!("functie", "function");
pub const COL_LAYER: Text = text!("laag", "layer");
pub const COL_NETWORK_ROLES: Text = text!("netwerkrollen", "network roles");
pub const COL_HOURS: Text = text!("uren per maand", "hours a month");
pub const COL_DOMAINS: Text = text!("domeinen", "domains");
pub const COL_LAYERS: Text = text!("lagen", "layers");
pub const COL_FREQUENCY: Text = text!("keer per jaar", "times a year");
pub const COL_DURATION: Text = text!("duur (uur)", "duration (h)");
pub const COL_DECISION: Text = text!("besluitvorming", "decisions");
pub const COL_REPORTS_TO: Text = text!("rapporteert aan", "reports to");
pub const COL_TABLE: Text = text!("tafel", "table");
pub const COL_PERSON: Text = text!("persoon", "person");
pub const COL_ROLE: Text = text!("rol", "role");
pub const COL_FROM: Text = text!("van", "from");
pub const COL_TO: Text = text!("naar", "to");
pub const COL_QUALITY: Text = text!("kwaliteit", "quality");
pub const COL_NOTE: Text = text!("toelichting", "note");
pub const NONE: Text = text!("—", "—");
pub const SORT_HINT: Text = text!(
    "Klik om op deze kolom te sorteren",
    "Click to sort by this column"
);

// Editing.
pub const LIST_HINT: Text = text!("Meerdere ids scheiden met |", "Separate several ids with |");
pub const PICK_HINT: Text = text!("Kies:", "Pick:");

// Near-duplicate parties.
pub const DUPLICATES_ONE: Text = text!("1 mogelijke dubbele partij", "1 possible duplicate party");
pub const DUPLICATES_MANY: Text = text!(
    "{n} mogelijke dubbele partijen",
    "{n} possible duplicate parties"
);
pub const DUPLICATES_HINT: Text = text!(
    "Deze partijen lijken dezelfde organisatie. Samenvoegen verplaatst deelnames, personen en relaties naar de partij die blijft (ongedaan te maken).",
    "These parties look like one organisation. Merging moves seats, persons and relationships to the party that stays (can be undone)."
);
pub const KEEP: Text = text!("blijft:", "keep:");
pub const MERGE: Text = text!("Samenvoegen", "Merge");
pub const IGNORE: Text = text!("Negeren", "Ignore");
pub const IGNORED_KEY_LABEL: Text =
    text!("genegeerde dubbele partijen", "ignored duplicate parties");

// Import warnings.
pub const IMPORT_WARNINGS: Text = text!(
    "Meldingen bij het inlezen ({n})",
    "Warnings from the import ({n})"
);
pub const MAP_PROBLEMS: Text = text!(
    "{n} rijen met een melding (!)",
    "{n} rows with a warning (!)"
);

// While names are hidden (the presentation switch), the lists stay closed.
pub const NAMES_HIDDEN: Text = text!(
    "De namen zijn verborgen. De lijsten zijn te zien en te bewerken als de namen weer zichtbaar zijn.",
    "Names are hidden. The lists can be seen and edited once names are shown again."
);
pub const SHOW_NAMES: Text = text!("Namen weer tonen", "Show names again");

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: &[Text] = &[
        VIEW,
        TAB_PARTIJEN,
        TAB_PERSONEN,
        TAB_TAFELS,
        TAB_DEELNAMES,
        TAB_RELATIES,
        FILTER,
        FILTER_HINT,
        ROW_COUNT,
        ADD_PARTY,
        ADD_PERSON,
        ADD_TABLE,
        ADD_MEMBERSHIP,
        ADD_RELATION,
        ADD_HINT,
        ADD_NEEDS,
        EDIT_HINT,
        SHOW,
        SHOW_HINT,
        REMOVE,
        REMOVE_HINT,
        ROW_PROBLEMS,
        NOT_SAVED,
        NEW_PARTY,
        NEW_PERSON,
        NEW_TABLE,
        ID_PARTY,
        ID_PERSON,
        ID_TABLE,
        COL_ID,
        COL_NAME,
        COL_KIND,
        COL_WERKGEBIED,
        COL_PARENT,
        COL_INTERESTS,
        COL_TAKES,
        COL_GIVES,
        COL_PARTY,
        COL_FUNCTION,
        COL_LAYER,
        COL_NETWORK_ROLES,
        COL_HOURS,
        COL_DOMAINS,
        COL_LAYERS,
        COL_FREQUENCY,
        COL_DURATION,
        COL_DECISION,
        COL_REPORTS_TO,
        COL_TABLE,
        COL_PERSON,
        COL_ROLE,
        COL_FROM,
        COL_TO,
        COL_QUALITY,
        COL_NOTE,
        NONE,
        SORT_HINT,
        LIST_HINT,
        PICK_HINT,
        DUPLICATES_ONE,
        DUPLICATES_MANY,
        DUPLICATES_HINT,
        KEEP,
        MERGE,
        IGNORE,
        IGNORED_KEY_LABEL,
        IMPORT_WARNINGS,
        MAP_PROBLEMS,
    ];

    #[test]
    fn gegevens_texts_have_both_languages_and_the_same_placeholders() {
        crate::i18n::assert_complete(ALL);
    }
}
