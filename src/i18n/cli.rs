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
