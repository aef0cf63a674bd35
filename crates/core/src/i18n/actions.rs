//! Texts of version 2 of the analysis: groups, actions, and the findings from what the format
//! already carries (besluitvorming, kwaliteit, rol) — the handreiking's *impasses voorkomen*.

use super::Text;
use crate::text;

pub const PLAIN: Text = text!("{s}", "{s}");

// ---- thresholds ----
pub const T_LOPSIDED_SHARE: Text = text!(
    "Scheve samenwerking: aandeel voorzitterschappen of vergaderuren boven",
    "Lopsided collaboration: share of chairs or meeting hours above"
);
pub const T_LOPSIDED_MIN: Text = text!(
    "Scheve samenwerking: pas vanaf zoveel deelnemende partijen",
    "Lopsided collaboration: only with at least this many parties taking part"
);
pub const T_MAX_ACTIONS: Text = text!("Ten hoogste zoveel acties", "At most this many actions");

// ---- triangle_without_mandate ----
pub const WITHOUT_MANDATE: Text = text!(
    "In het domein {domain} ({scope}) ontmoeten gemeente, corporatie en zorgaanbieder elkaar alleen aan tafels zonder besluitvorming ({tables}): ze treffen elkaar, maar niemand besluit samen.",
    "In the {domain} domain ({scope}) municipality, housing corporation and care provider meet only at tables that take no decisions ({tables}): they meet, nobody decides together."
);
pub const ADVICE_WITHOUT_MANDATE: Text = text!(
    "Geef de driehoek een plek waar besloten wordt: leg vast welke tafel mandaat heeft, of laat de ontmoetingstafel rapporteren aan een besluitvormende tafel. Zo voorkom je een impasse waarin iedereen elkaar kent maar niets verandert.",
    "Give the triangle a place where decisions are taken: agree which table has a mandate, or let the meeting table report to a deciding one. That prevents an impasse in which everybody knows each other but nothing changes."
);

// ---- strained_leg ----
pub const STRAINED_LEG: Text = text!(
    "In het domein {domain} ({scope}) bestaat de verbinding {kind_a}–{kind_b} alleen uit moeizame relaties ({names}), zonder gedeelde tafel.",
    "In the {domain} domain ({scope}) the {kind_a}–{kind_b} leg consists only of difficult relationships ({names}), with no shared table."
);
pub const ADVICE_STRAINED_LEG: Text = text!(
    "Een moeizame relatie draagt een samenwerking niet. Zoek het gesprek over elkaars belangen, bij voorkeur aan een gedeelde tafel met een onafhankelijke voorzitter, voordat het vastloopt.",
    "A difficult relationship cannot carry a collaboration. Talk about each other's interests, preferably at a shared table with an independent chair, before it gets stuck."
);

// ---- lopsided_collaboration ----
pub const LOPSIDED_CHAIRS: Text = text!(
    "De samenwerking loopt scheef: {party} zit {share}% van de {chaired} tafels met een voorzitter voor (de volgende partij {next}%).",
    "The collaboration is lopsided: {party} chairs {share}% of the {chaired} tables with a chair (the next party {next}%)."
);
pub const LOPSIDED_HOURS: Text = text!(
    "De samenwerking loopt scheef: {party} draagt {share}% van alle vergaderuren (de volgende partij {next}%).",
    "The collaboration is lopsided: {party} carries {share}% of all meeting hours (the next party {next}%)."
);
pub const ADVICE_LOPSIDED: Text = text!(
    "Als één partij de samenwerking trekt, hangt alles aan haar en voelen anderen zich geen eigenaar. Verdeel voorzitterschap en trekkersrol, en maak afspraken over ieders inzet.",
    "When one party pulls the whole collaboration, everything hangs on it and the others feel no ownership. Share the chair and the lead, and agree on everyone's contribution."
);

// ---- groups ----
pub const GROUP_TITLE_ONE: Text = text!("{kind}", "{kind}");
pub const GROUP_TITLE: Text = text!("{kind}: {pivot}", "{kind}: {pivot}");
pub const IN_DOMAIN: Text = text!("domein {domain}", "the {domain} domain");
pub const N_WERKGEBIED: (Text, Text) = (
    text!("{n} werkgebied", "{n} area"),
    text!("{n} werkgebieden", "{n} areas"),
);
pub const GROUP_LINE: Text = text!(
    "{n} keer {kind} rond {pivot} ({wg}): {names}.",
    "{n} times {kind} around {pivot} ({wg}): {names}."
);
pub const GROUP_LINE_ONE_SCOPE: Text = text!(
    "{n} keer {kind} rond {pivot}: {names}.",
    "{n} times {kind} around {pivot}: {names}."
);
pub const GROUP_MISSING_LINK: Text = text!(
    "{party} spreekt {n} van de {total} {kinds} in {scope} nergens rechtstreeks ({names}){via}.",
    "{party} never meets {n} of the {total} {kinds} in {scope} directly ({names}){via}."
);
pub const GROUP_ONLY_VIA: Text = text!("; alleen via {brokers}", "; only through {brokers}");
pub const PL_GEMEENTE: Text = text!("gemeenten", "municipalities");
pub const PL_CORPORATIE: Text = text!("woningcorporaties", "housing corporations");
pub const PL_ZORG: Text = text!("zorgaanbieders", "care providers");
pub const PL_OTHER: Text = text!("partijen", "parties");

// ---- actions ----
pub const SEAT_PARTY: Text = text!(
    "Zet {party} aan tafel bij {table}",
    "Seat {party} at {table}"
);
pub const SEAT_PERSON: Text = text!(
    "Zet {person} ({party}) aan tafel bij {table}",
    "Seat {person} ({party}) at {table}"
);
pub const REPORT_TO: Text = text!(
    "Laat {table} rapporteren aan {to}",
    "Let {table} report to {to}"
);
pub const RELATE: Text = text!(
    "Breng {a} en {b} rechtstreeks met elkaar in contact",
    "Put {a} and {b} in direct contact"
);
pub const N_OF_KIND: Text = text!("{n} × {kind}", "{n} × {kind}");
pub const RESOLVES: Text = text!("Lost {n} op: {what}.", "Resolves {n}: {what}.");
pub const N_FINDING: (Text, Text) = (
    text!("{n} bevinding", "{n} finding"),
    text!("{n} bevindingen", "{n} findings"),
);
pub const INTRODUCES: Text = text!(
    " Nieuw daarna: {n} ({kinds}).",
    " New afterwards: {n} ({kinds})."
);

// ---- renderings ----
pub const WHERE_TO_BEGIN: Text = text!("Waar te beginnen", "Where to begin");
pub const WHAT_IS_GOING_ON: Text = text!("Wat er speelt", "What is going on");
pub const NO_ACTIONS: Text = text!(
    "Geen voorstellen: er is niets dat met een kleine ingreep opgelost wordt.",
    "No proposals: nothing can be resolved by a small change."
);
pub const ACTIONS_SKIPPED: Text = text!(
    "Geen voorstellen berekend: de kaart is te groot ({n} knooppunten en verbindingen, grens {limit}) om elk voorstel door te rekenen. Filter op een werkgebied of sla een deel van de kaart apart op om voorstellen te krijgen.",
    "No proposals computed: the map is too large ({n} nodes and links, limit {limit}) to verify each proposal. Filter on one werkgebied or save part of the map separately to get proposals."
);
pub const ALL_FINDINGS: Text = text!("Alle bevindingen", "All findings");
pub const NEW_FINDINGS: Text = text!("nieuw", "new");

// ---- coalition_gap, naming the parties ----
pub const COALITION_WHERE: Text = text!(" {where}.", " {where}.");
pub const COALITION_NOWHERE: Text =
    text!("{party} zit nergens aan tafel", "{party} sits at no table");
pub const COALITION_ONLY: Text = text!(
    "{party} zit alleen aan tafels van het domein {domains}",
    "{party} sits only at tables of the {domains} domain"
);
pub const COALITION_MORE: Text = text!("en {n} andere", "and {n} others");
pub const COALITION_ASK: Text = text!(
    "Vraag {party} ook aan tafel in het domein {domains}.",
    "Ask {party} to the table in the {domains} domain as well."
);
pub const COALITION_FIND: Text = text!(
    "Zoek een {kind} die wil aanhaken; er staat er nu geen op de kaart.",
    "Find a {kind} willing to join; there is none on the map now."
);
pub const COALITION_ADVICE: Text = text!("{asks} {general}", "{asks} {general}");

// ---- layer_gap, per case ----
pub const UNLINKED_TABLES: Text = text!(" Het gaat om: {tables}.", " These are: {tables}.");
pub const ADVICE_NO_STRATEGIC: Text = text!(
    "Zonder bestuurders dreigt de samenwerking in de marge te komen: zorg voor bestuurlijk draagvlak, een bestuurlijk overleg waar gemeente, corporatie en zorg zich committeren aan de opgave en mandaat geven aan wat de tafels doen.",
    "Without board members the collaboration risks ending up in the margin: secure board support, a board-level meeting where municipality, housing and care commit to the task and give mandate to what the tables do."
);
pub const ADVICE_NO_OPERATIONAL: Text = text!(
    "Zonder professionals wordt het schijnsamenwerking: betrek de uitvoering, de consulenten, begeleiders en wijkteams, bij een operationele tafel waar de afspraken in de praktijk waargemaakt worden.",
    "Without professionals it becomes sham collaboration: involve the people doing the work — consultants, support workers, neighbourhood teams — at an operational table where the agreements are put into practice."
);

// ---- overloaded_connector: the limit exceeded first ----
pub const OVERLOADED_FIRST: Text = text!(
    "{member} is overbelast: {exceeded}. En juist deze verbinder is nodig: {why}.",
    "{member} is overloaded: {exceeded}. And this connector is needed: {why}."
);
pub const OVER_TABLES: Text = text!(
    "zit aan {tables}, meer dan de grens van {max}",
    "sits at {tables}, more than the limit of {max}"
);
pub const OVER_HOURS: Text = text!(
    "{hours} vergaderuren per jaar, meer dan de grens van {max}",
    "{hours} meeting hours a year, more than the limit of {max}"
);
pub const OVER_CAPACITY: Text = text!(
    "{hours} vergaderuren per jaar, meer dan de {cap} uur die deze persoon zelf beschikbaar heeft",
    "{hours} meeting hours a year, more than the {cap} hours this person has available"
);

// ---- open_triangle: an absent kind that is on the map elsewhere ----
pub const KIND_ELSEWHERE: Text = text!(
    "{party} doet wel mee in {domains}",
    "{party} does take part in {domains}"
);
pub const KIND_ELSEWHERE_NOWHERE: Text = text!(
    "{party} staat wel op de kaart maar zit nergens aan tafel",
    "{party} is on the map but sits at no table"
);
