//! Texts of edits: history labels and the reasons an edit cannot be made.

use super::Text;
use crate::text;

pub const ADD_PARTY: Text = text!("partij toevoegen: {name}", "add party: {name}");
pub const CHANGE_PARTY: Text = text!("partij wijzigen: {name}", "change party: {name}");
pub const REMOVE_PARTY: Text = text!("partij verwijderen: {name}", "remove party: {name}");
pub const ADD_PERSON: Text = text!("persoon toevoegen: {name}", "add person: {name}");
pub const CHANGE_PERSON: Text = text!("persoon wijzigen: {name}", "change person: {name}");
pub const REMOVE_PERSON: Text = text!("persoon verwijderen: {name}", "remove person: {name}");
pub const ADD_TABLE: Text = text!("tafel toevoegen: {name}", "add table: {name}");
pub const CHANGE_TABLE: Text = text!("tafel wijzigen: {name}", "change table: {name}");
pub const REMOVE_TABLE: Text = text!("tafel verwijderen: {name}", "remove table: {name}");
pub const ADD_MEMBERSHIP: Text = text!("{who} aan tafel zetten: {table}", "seat {who} at {table}");
pub const CHANGE_MEMBERSHIP: Text = text!(
    "deelname wijzigen: {who} aan {table}",
    "change seat: {who} at {table}"
);
pub const REMOVE_MEMBERSHIP: Text = text!(
    "{who} van tafel halen: {table}",
    "remove {who} from {table}"
);
pub const ADD_RELATION: Text = text!(
    "relatie leggen: {from} – {to}",
    "add relationship: {from} – {to}"
);
pub const CHANGE_RELATION: Text = text!(
    "relatie wijzigen: {from} – {to}",
    "change relationship: {from} – {to}"
);
pub const REMOVE_RELATION: Text = text!(
    "relatie verwijderen: {from} – {to}",
    "remove relationship: {from} – {to}"
);
pub const MERGE_PARTIES: Text = text!(
    "{n} partij(en) samenvoegen met {name}",
    "merge {n} part(ies) into {name}"
);
pub const MOVE_NODES: Text = text!("{n} verplaatsen", "move {n}");
pub const SET_VIEW: Text = text!("weergave wijzigen: {key}", "change view: {key}");
pub const SET_TITLE: Text = text!("titel wijzigen: {title}", "change title: {title}");
pub const IMPORT: Text = text!("bijgewerkte bestanden inlezen", "re-import updated files");

pub const ERR_DUPLICATE_ID: Text = text!(
    "de id '{id}' is al in gebruik; kies een andere id",
    "the id '{id}' is already in use; choose another id"
);
pub const ERR_UNKNOWN_ID: Text = text!(
    "'{id}' staat niet (meer) op de kaart",
    "'{id}' is not (or no longer) on the map"
);
pub const ERR_EMPTY_ID: Text = text!("een id mag niet leeg zijn", "an id must not be empty");
pub const ERR_NO_ROW: Text = text!(
    "regel {index} bestaat niet (meer)",
    "row {index} does not exist (any more)"
);
pub const ERR_MERGE_SELF: Text = text!(
    "een partij kan niet met zichzelf worden samengevoegd",
    "a party cannot be merged with itself"
);
