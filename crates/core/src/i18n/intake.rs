//! Texts of the inventory: combining partners' lists (`netwerkkaart samenvoegen`) and the
//! personalised templates (`template --voor`).

use super::Text;
use crate::text;

pub const C_COMBINE: Text = text!(
    "Voeg de ingevulde sjablonen van de partners samen tot één kaart",
    "Combine the partners' filled-in templates into one map"
);
pub const A_SOURCES: Text = text!(
    "De ingevulde sjablonen: werkmappen (.xlsx/.ods) of mappen met CSV-bestanden, één per partner",
    "The filled-in templates: workbooks (.xlsx/.ods) or folders of CSV files, one per partner"
);
pub const A_COMBINED: Text = text!(
    "De samengevoegde kaart: .netwerkkaart, .xlsx of een map (CSV)",
    "The combined map: .netwerkkaart, .xlsx or a folder (CSV)"
);
pub const A_REPORT: Text = text!(
    "Schrijf het verslag van de samenvoeging als JSON naar dit bestand",
    "Write the report of the combination as JSON to this file"
);
pub const A_FOR: Text = text!(
    "Vul het sjabloon in met wat de kaart al over deze partij weet (id of naam); met --kaart",
    "Fill the template with what the map already says about this party (id or name); with --kaart"
);
pub const A_FROM_MAP: Text = text!(
    "De kaart waaruit --voor het sjabloon invult",
    "The map from which --voor fills the template"
);
pub const SOURCE_FAILED: Text = text!(
    "Bron '{source}' kan niet worden ingelezen:",
    "Source '{source}' cannot be read:"
);
pub const NOTHING_COMBINED: Text = text!(
    "Niets samengevoegd: {n} van de {total} bronnen hebben fouten. Herstel ze en probeer het opnieuw.",
    "Nothing combined: {n} of the {total} sources have errors. Fix them and try again."
);
pub const SUMMARY: Text = text!(
    "Samengevoegd: {sources} → {parties}, {persons}, {tables}, {memberships}, {relations}.",
    "Combined: {sources} → {parties}, {persons}, {tables}, {memberships}, {relations}."
);
pub const TO_DECIDE: Text = text!(
    "Te beslissen: {conflicts}, {unconfirmed}, {review}. Details hieronder{report}.",
    "To decide: {conflicts}, {unconfirmed}, {review}. Details below{report}."
);
pub const REPORT_IN: Text = text!(" en in {path}", " and in {path}");
pub const NOTHING_TO_DECIDE: Text = text!(
    "Alle bronnen zijn het eens: geen tegenstrijdige waarden, geen onbevestigde deelnames, geen namen om te beoordelen.",
    "All sources agree: no conflicting values, no unconfirmed seats, no names to review."
);
pub const CONFLICT_LINE: Text = text!(
    "Tegenstrijdig: {kind} '{name}', {field}: {values} — overgenomen: {winner}",
    "Conflict: {kind} '{name}', {field}: {values} — taken: {winner}"
);
pub const UNCONFIRMED_LINE: Text = text!(
    "Onbevestigd: '{party}' aan tafel '{table}', alleen gemeld door {by}; de eigen lijst van '{party}' noemt deze tafel niet",
    "Unconfirmed: '{party}' at table '{table}', reported only by {by}; the own list of '{party}' does not mention this table"
);
pub const REVIEW_LINE: Text = text!(
    "Beoordelen: {kind} '{a}' en '{b}' lijken op elkaar maar zijn niet samengevoegd — dezelfde? Geef ze dan dezelfde naam.",
    "Review: {kind} '{a}' and '{b}' look alike but were not combined — the same? Then give them the same name."
);
pub const N_SOURCES: (Text, Text) = (
    text!("1 bron", "1 source"),
    text!("{n} bronnen", "{n} sources"),
);
pub const N_CONFLICTS: (Text, Text) = (
    text!("1 tegenstrijdige waarde", "1 conflicting value"),
    text!("{n} tegenstrijdige waarden", "{n} conflicting values"),
);
pub const N_UNCONFIRMED: (Text, Text) = (
    text!("1 onbevestigde deelname", "1 unconfirmed seat"),
    text!("{n} onbevestigde deelnames", "{n} unconfirmed seats"),
);
pub const N_REVIEW: (Text, Text) = (
    text!("1 naampaar om te beoordelen", "1 pair of names to review"),
    text!(
        "{n} naamparen om te beoordelen",
        "{n} pairs of names to review"
    ),
);
pub const KIND_PARTY: Text = text!("partij", "party");
pub const KIND_TABLE: Text = text!("tafel", "table");
pub const KIND_PERSON: Text = text!("persoon", "person");
pub const KIND_MEMBERSHIP: Text = text!("deelname", "membership");
pub const KIND_RELATION: Text = text!("relatie", "relationship");
pub const PARTY_NOT_FOUND: Text = text!(
    "Partij '{party}' staat niet in {map}.{hint}",
    "Party '{party}' is not in {map}.{hint}"
);
pub const DID_YOU_MEAN: Text = text!(
    " Bedoelde u '{id}' ({name})?",
    " Did you mean '{id}' ({name})?"
);
pub const FOR_NEEDS_MAP: Text = text!(
    "--voor heeft --kaart nodig: de kaart waaruit het sjabloon wordt ingevuld.",
    "--voor needs --kaart: the map from which the template is filled in."
);
pub const PERSONAL_WRITTEN: Text = text!(
    "Sjabloon voor '{party}' geschreven in {path}: {tables} en {persons} om na te lopen en aan te vullen.",
    "Template for '{party}' written to {path}: {tables} and {persons} to check and complete."
);

pub const V_SOURCE: Text = text!("BRON", "SOURCE");
pub const V_PARTY: Text = text!("PARTIJ", "PARTY");
pub const ONE_SOURCE: Text = text!(
    "(Volgens 1 bron: {sources} — een deelname die geen tweede lijst noemt; vraag het na.)",
    "(According to 1 source: {sources} — a seat that no second list mentions; check it.)"
);
pub const SEC_SOURCES: Text = text!("Bronnen", "Sources");
pub const SOURCES_INTRO: Text = text!(
    "Deze kaart is samengevoegd uit de lijsten van {n} partners. Per bron: hoeveel partijen, tafels, deelnames en personen zij meldde. {single} van de {seats} deelnames staan op één lijst; die zijn bij de bevindingen gemarkeerd met \"volgens 1 bron\".",
    "This map was combined from the lists of {n} partners. Per source: how many parties, tables, seats and persons it reported. {single} of the {seats} seats are on one list only; findings that rest on them say \"according to 1 source\"."
);
pub const SOURCES_COLUMNS: [Text; 5] = [
    text!("Bron", "Source"),
    text!("Partijen", "Parties"),
    text!("Tafels", "Tables"),
    text!("Deelnames", "Seats"),
    text!("Personen", "Persons"),
];
