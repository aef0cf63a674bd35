//! Texts of the analyses: finding messages and the handreikingen's advice.
//!
//! The advice paraphrases the Platform31 handreikingen (`seeds/`): the Gouda practice lab
//! ("de driehoek sluiten"), the Doe-tafel of Dordrecht, verbindingsofficieren, the kerncoalitie,
//! the three layers and the four contributions of network leadership.

use super::Text;
use crate::text;

// ---- shared pieces ----
pub const NOBODY: Text = text!("niemand", "nobody");
pub const AND_OTHERS: Text = text!(" en {n} andere", " and {n} others");
pub const THE_REGION: Text = text!("de regio", "the region");
pub const IN_WERKGEBIED: Text = text!("werkgebied {name}", "the area of {name}");
pub const LIST_AND: Text = text!(" en ", " and ");
pub const LIST_OR: Text = text!(" of ", " or ");

// ---- counted nouns (one, many) ----
pub const N_TABLE: (Text, Text) = (
    text!("{n} tafel", "{n} table"),
    text!("{n} tafels", "{n} tables"),
);
pub const N_MEMBER: (Text, Text) = (
    text!("{n} deelnemer", "{n} member"),
    text!("{n} deelnemers", "{n} members"),
);
pub const N_PARTY: (Text, Text) = (
    text!("{n} partij", "{n} party"),
    text!("{n} partijen", "{n} parties"),
);
pub const N_PERSON: (Text, Text) = (
    text!("{n} persoon", "{n} person"),
    text!("{n} personen", "{n} persons"),
);
pub const N_NODE: (Text, Text) = (
    text!("{n} knooppunt", "{n} node"),
    text!("{n} knooppunten", "{n} nodes"),
);
pub const N_PART: (Text, Text) = (
    text!("{n} samenhangend deel", "{n} connected part"),
    text!("{n} samenhangende delen", "{n} connected parts"),
);

// ---- open_triangle ----
pub const OPEN_TRIANGLE: Text = text!(
    "In het domein {domain} ({scope}) is de driehoek gemeente–woningcorporatie–zorgaanbieder niet gesloten: {details}.",
    "In the {domain} domain ({scope}) the municipality–housing–care triangle is not closed: {details}."
);
pub const LEG_MISSING: Text = text!(
    "{kind_a} ({names_a}) en {kind_b} ({names_b}) ontmoeten elkaar niet",
    "{kind_a} ({names_a}) and {kind_b} ({names_b}) never meet"
);
pub const KIND_ABSENT: Text = text!("er doet geen {kind} mee", "no {kind} takes part");
pub const ADVICE_OPEN_TRIANGLE: Text = text!(
    "Breng gemeente, corporatie en zorgaanbieder samen aan één tafel en sluit de driehoek. In het praktijklab regio Gouda kenden corporaties en zorg elkaar te weinig en liep het contact via de gemeente; een gezamenlijke overlegplek maakte dat er mét elkaar werd gesproken in plaats van óver elkaar, en leverde heldere werkafspraken op.",
    "Bring municipality, housing corporation and care provider together at one table and close the triangle. In the Gouda practice lab corporations and care barely knew each other and contact ran through the municipality; a shared meeting place made them talk with each other instead of about each other, and produced clear working agreements."
);
pub const ADVICE_KIND_ABSENT: Text = text!(
    "Gemeente, corporatie en zorgaanbieder zijn de hoofdrolspelers; zonder één van hen komt de samenwerking in dit domein niet rond. Zoek de ontbrekende partij op en betrek haar, bijvoorbeeld via de kerncoalitie.",
    "Municipality, housing corporation and care provider are the main players; without one of them collaboration in this domain cannot be complete. Seek out the missing party and involve it, for instance through the core coalition."
);

// ---- missing_link ----
pub const MISSING_LINK: Text = text!(
    "De {kind_a} {a} en {kind_b} {b} zitten in {scope} nergens samen aan tafel en hebben geen directe relatie; {via}.",
    "The {kind_a} {a} and the {kind_b} {b} never sit at one table in {scope} and have no direct relationship; {via}."
);
pub const ONLY_VIA: Text = text!(
    "ze hebben alleen contact via {brokers}",
    "they are in touch only through {brokers}"
);
pub const NO_BROKER: Text = text!(
    "ze hebben ook geen gemeenschappelijke contactpartij",
    "they have no common contact either"
);
pub const ADVICE_MISSING_LINK: Text = text!(
    "Organiseer een rechtstreeks gesprek tussen deze twee partijen, aan een bestaande tafel of in een praktijklab zoals in Gouda. Zo lopen de contacten niet langer via een derde en leren ze elkaars visie, aanpak en belangen kennen.",
    "Organise a direct conversation between these two parties, at an existing table or in a practice lab as in Gouda. Contact then no longer runs through a third party and they learn each other's vision, approach and interests."
);

// ---- isolated_initiative ----
pub const ISOLATED_INITIATIVE: Text = text!(
    "{table} staat op zichzelf: geen van de {n} deelnemers zit aan een andere tafel en er is geen rapportagelijn.",
    "{table} is an island: none of its {n} members sits at another table and there is no reporting line."
);
pub const ISOLATED_INITIATIVE_ONE: Text = text!(
    "{table} staat op zichzelf: de enige deelnemer zit aan geen andere tafel en er is geen rapportagelijn.",
    "{table} is an island: its only member sits at no other table and there is no reporting line."
);
pub const ISOLATED_INITIATIVE_EMPTY: Text = text!(
    "{table} heeft geen deelnemers en geen rapportagelijn.",
    "{table} has no members and no reporting line."
);
pub const ADVICE_ISOLATED_INITIATIVE: Text = text!(
    "Breng in kaart wat dit initiatief doet en verbind het met de rest: laat een deelnemer ook elders aanschuiven of spreek een lijn af naar een tafel waar het kan agenderen. Zo voorkom je versnippering van goede initiatieven.",
    "Find out what this initiative does and connect it to the rest: have a member also sit elsewhere, or agree a line to a table where it can put items on the agenda. This prevents good initiatives from fragmenting."
);

// ---- isolated_party ----
pub const ISOLATED_PARTY: Text = text!(
    "{party} ({kind}) zit aan geen enkele tafel en heeft geen relaties.",
    "{party} ({kind}) sits at no table and has no relationships."
);
pub const ADVICE_ISOLATED_PARTY: Text = text!(
    "Ga met het werkblad halen en brengen na wat deze partij kan bijdragen en wat ze nodig heeft, en verbind haar met een passende tafel — of haal haar van de kaart als ze er niet bij hoort.",
    "Use the takes-and-gives worksheet to see what this party can contribute and needs, and connect it to a fitting table — or remove it from the map if it does not belong."
);

// ---- fragmented_network ----
pub const FRAGMENTED: Text = text!(
    "Een deel van het netwerk staat los van de rest: {n} ({parts}), waaronder {names}. Het grootste deel telt {largest}.",
    "Part of the network is cut off from the rest: {n} ({parts}), among them {names}. The largest part has {largest}."
);
pub const ADVICE_FRAGMENTED: Text = text!(
    "Borg de samenhang: breng de losse initiatieven met de rest in contact en verbind tafels via verbindingsofficieren, gedeelde informatie of een regietafel die het overzicht houdt.",
    "Secure coherence: bring the loose initiatives in touch with the rest and link tables through liaison officers, shared information or a steering table that keeps the overview."
);

// ---- unanchored_initiative ----
pub const UNANCHORED: Text = text!(
    "{table} ({domains}) heeft geen lijn naar een strategische of tactische tafel in het institutionele domein: geen rapportagelijn en geen deelnemer die daar ook zit.",
    "{table} ({domains}) has no line to a strategic or tactical table of the institutional domain: no reporting line and no member who also sits there."
);
pub const ADVICE_UNANCHORED: Text = text!(
    "Geef deze tafel een lijn naar een bestuurlijke tafel, zoals de Doe-tafel in de regio Dordrecht die beleidsvraagstukken agendeert op de bestuurlijke tafels en zo nodig escaleert. Zonder die lijn krijgt de tafel geen mandaat en blijven knelpunten liggen die elders moeten worden opgelost.",
    "Give this table a line to a board-level table, like the Doe-tafel in the Dordrecht region that puts policy questions on the board tables' agenda and escalates when needed. Without that line the table gets no mandate and bottlenecks that must be solved elsewhere stay unsolved."
);

// ---- mono_sector_table ----
pub const MONO_SECTOR: Text = text!(
    "Aan {table} zitten alleen partijen van de soort {kind} ({n}): de sector praat met zichzelf.",
    "{table} seats only parties of kind {kind} ({n}): the sector is talking to itself."
);
pub const ADVICE_MONO_SECTOR: Text = text!(
    "Nodig de andere partijen uit de driehoek uit, of verbind deze tafel met een tafel waar ze wel samenkomen, zodat afspraken niet alleen vanuit één sector worden gemaakt.",
    "Invite the other parties of the triangle, or link this table to one where they do meet, so that agreements are not made from one sector's view only."
);

// ---- overloaded_connector ----
pub const OVERLOADED: Text = text!(
    "{member} is een verbinder ({why}) en zit aan {tables} met {hours} vergaderuren per jaar{capacity}; de grens is {max_tables} of {max_hours} uur per jaar.",
    "{member} is a connector ({why}) and sits at {tables} with {hours} meeting hours a year{capacity}; the limit is {max_tables} or {max_hours} hours a year."
);
pub const CAPACITY: Text = text!(
    " (beschikbaar: {cap} uur per jaar)",
    " (available: {cap} hours a year)"
);
pub const WHY_ARTICULATION: Text = text!(
    "zonder deze schakel valt het netwerk uiteen",
    "without this link the network falls apart"
);
pub const WHY_SOLE_DOMAINS: Text = text!(
    "enige gedeelde deelnemer tussen de domeinen {pairs}",
    "the only shared member between the domains {pairs}"
);
pub const WHY_SOLE_LAYERS: Text = text!(
    "enige gedeelde deelnemer tussen de lagen {pairs}",
    "the only shared member between the layers {pairs}"
);
pub const PAIR: Text = text!("{a} en {b}", "{a} and {b}");
pub const WHY_BETWEENNESS: Text = text!(
    "hoort bij de {pct}% met de sterkste tussenpositie",
    "among the {pct}% with the highest betweenness"
);
pub const ADVICE_OVERLOADED: Text = text!(
    "Een spin in het web is waardevol, maar een risico als die overbelast raakt of wegvalt. Spreid de verbindende rol over meer mensen (verbindingsofficieren per tafel), regel een vaste vervanger of back-up, en geef verbinders de tijd en het mandaat die de rol vraagt.",
    "A spider in the web is valuable, but a risk when overloaded or gone. Spread the linking role over more people (liaison officers per table), arrange a fixed deputy or back-up, and give connectors the time and mandate the role requires."
);

// ---- single_point_of_failure ----
pub const SPOF: Text = text!(
    "Als {member} wegvalt, raken {what} los van de rest van het netwerk: {names}.",
    "If {member} leaves, {what} lose their connection to the rest of the network: {names}."
);
pub const ADVICE_SPOF: Text = text!(
    "Laat de verbinding niet van één persoon of partij afhangen: laat een tweede deelnemer aanschuiven aan de tafels die nu alleen via deze schakel verbonden zijn, en maak afspraken over vervanging.",
    "Do not let the link depend on one person or party: have a second member join the tables that are now connected only through this link, and agree on deputies."
);

// ---- layer_gap ----
pub const NO_STRATEGIC: Text = text!(
    "Er is geen strategische (bestuurlijke) tafel op de kaart: bestuurlijk commitment ontbreekt.",
    "There is no strategic (board-level) table on the map: board commitment is missing."
);
pub const NO_OPERATIONAL: Text = text!(
    "Er is geen operationele tafel op de kaart: de professionals doen niet mee.",
    "There is no operational table on the map: the professionals do not take part."
);
pub const OPERATIONAL_UNLINKED: Text = text!(
    "Geen van de {n} operationele tafels heeft een lijn (gedeelde deelnemer of rapportage) naar een strategische of tactische tafel.",
    "None of the {n} operational tables has a line (shared member or reporting) to a strategic or tactical table."
);
pub const OPERATIONAL_UNLINKED_ONE: Text = text!(
    "De enige operationele tafel heeft geen lijn (gedeelde deelnemer of rapportage) naar een strategische of tactische tafel.",
    "The only operational table has no line (shared member or reporting) to a strategic or tactical table."
);
pub const PARTY_ONE_LAYER: Text = text!(
    "{party} ({kind}) neemt alleen op {layer} niveau deel.",
    "{party} ({kind}) takes part at the {layer} layer only."
);
pub const ADVICE_LAYER_GAP: Text = text!(
    "Verbind het operationele met het strategisch-tactische niveau. Zonder bestuurders dreigt de samenwerking in de marge te komen; zonder professionals wordt het schijnsamenwerking. Het gaat om bestuurlijk draagvlak dat verbonden is met professioneel enthousiasme.",
    "Link the operational with the strategic and tactical layers. Without board members collaboration risks ending up in the margin; without professionals it becomes sham collaboration. What counts is board support connected to professional enthusiasm."
);
pub const ADVICE_PARTY_ONE_LAYER: Text = text!(
    "Laat deze partij ook op de andere niveaus meedoen: bestuurders voor commitment en mandaat, managers voor de vertaling naar afspraken, professionals voor de uitvoering. Zonder bestuurders dreigt de samenwerking in de marge te komen; zonder professionals wordt het schijnsamenwerking.",
    "Have this party take part at the other layers too: board members for commitment and mandate, managers to turn it into agreements, professionals for the work itself. Without board members collaboration risks ending up in the margin; without professionals it becomes sham collaboration."
);

// ---- domain_gap ----
pub const DOMAIN_GAP: Text = text!(
    "De domeinen {a} en {b} delen geen deelnemer en hebben geen rapportagelijn ({ta} in {a}, {tb} in {b}).",
    "The domains {a} and {b} share no member and have no reporting line ({ta} in {a}, {tb} in {b})."
);
pub const DOMAIN_GAP_SHARED_PARTIES: Text = text!(
    " Wel zitten dezelfde organisaties in beide, via verschillende personen: {names}.",
    " The same organisations do sit in both, through different persons: {names}."
);
pub const ADVICE_DOMAIN_GAP: Text = text!(
    "De drie domeinen hangen samen: wat aan de casustafel vastloopt, moet institutioneel worden opgelost, en een zachte landing vraagt de leefomgeving. Verbind de domeinen met een gedeelde deelnemer of een tafel die ze samenbrengt, zoals de Doe-tafel.",
    "The three domains hang together: what gets stuck at the case table must be solved institutionally, and a soft landing needs the living environment. Link the domains with a shared member or a table that brings them together, like the Doe-tafel."
);

// ---- coalition_gap ----
pub const COALITION_GAP: Text = text!(
    "Geen enkele {kinds} is in alle drie de domeinen actief: de kerncoalitie die het geheel draagt is onvolledig.",
    "No {kinds} is active in all three domains: the core coalition that carries the whole is incomplete."
);
pub const ADVICE_COALITION: Text = text!(
    "Smeed een kerncoalitie: sleutelspelers van gemeente, corporatie en zorg die in alle drie de domeinen meedoen en samen de opgave en de samenwerking op de agenda houden.",
    "Forge a core coalition: key players of municipality, housing and care who take part in all three domains and together keep the task and the collaboration on the agenda."
);

// ---- leadership_gap ----
pub const LEADERSHIP_NOBODY: Text = text!(
    "Niemand op de kaart vervult de rol van {role} ({what}).",
    "Nobody on the map holds the role of {role} ({what})."
);
pub const LEADERSHIP_FEW: Text = text!(
    "Alleen {persons} vervult de rol van {role} ({what}).",
    "Only {persons} holds the role of {role} ({what})."
);
pub const WHAT_STRATEEG: Text = text!("de koers van het netwerk", "the course of the network");
pub const WHAT_VERKENNER: Text = text!(
    "nieuwe kansen en initiatieven",
    "new chances and initiatives"
);
pub const WHAT_ONTWIKKELAAR: Text = text!(
    "de kwaliteit van de samenwerking",
    "the quality of collaboration"
);
pub const WHAT_PROCESMANAGER: Text = text!("het procesverloop", "the course of the process");
pub const ADVICE_LEADERSHIP: Text = text!(
    "Netwerkleiderschap vraagt vier bijdragen: de strateeg (koers), de verkenner (nieuwe kansen), de ontwikkelaar (kwaliteit van de samenwerking) en de procesmanager (het proces). Beleg ze alle vier en verdeel ze over meer mensen, zodat het netwerk niet op één persoon leunt.",
    "Network leadership needs four contributions: the strategist (course), the explorer (new chances), the developer (quality of collaboration) and the process manager (the process). Make sure all four are held and spread them over several people, so the network does not lean on one person."
);

// ---- rendering ----
pub const TITLE: Text = text!("Netwerkkaart — analyse", "Netwerkkaart — analysis");
pub const SUMMARY: Text = text!(
    "{parties} partijen, {persons} personen, {tables} tafels, {memberships} deelnames, {relations} relaties",
    "{parties} parties, {persons} persons, {tables} tables, {memberships} memberships, {relations} relationships"
);
pub const NETWORK: Text = text!(
    "Netwerk: {components}, dichtheid {density}",
    "Network: {components}, density {density}"
);
pub const TRIANGLES: Text = text!("Driehoek per domein", "Triangle per domain");
pub const FINDINGS: Text = text!("Bevindingen", "Findings");
pub const NO_FINDINGS: Text = text!("Geen bevindingen.", "No findings.");
pub const ADVICE: Text = text!("Advies", "Advice");
pub const THRESHOLDS: Text = text!("Drempels", "Thresholds");
pub const T_MAX_TABLES: Text = text!(
    "meer tafels dan dit maakt een verbinder overbelast",
    "more tables than this overloads a connector"
);
pub const T_MAX_HOURS: Text = text!(
    "meer vergaderuren per jaar dan dit maakt een verbinder overbelast",
    "more meeting hours a year than this overloads a connector"
);
pub const T_TOP_FRACTION: Text = text!(
    "aandeel deelnemers met de sterkste tussenpositie dat als verbinder telt",
    "share of members with the highest betweenness that counts as bridging"
);
pub const T_MONO_MIN: Text = text!(
    "een tafel telt als één-sectortafel vanaf zoveel deelnemers",
    "a table counts as one-sector from this many members"
);
pub const T_LEADERSHIP_MIN: Text = text!(
    "een netwerkrol is onvoldoende belegd met minder personen dan dit",
    "a network role held by fewer persons than this is a gap"
);
pub const T_MAX_LISTED: Text = text!(
    "langste opsomming van namen in een bevinding",
    "longest list of names shown in a finding"
);
pub const WHOLE_REGION: Text = text!("hele regio", "whole region");
pub const MISSING_LEGS: Text = text!("ontbreekt: {legs}", "missing: {legs}");
pub const CLOSED_AT: Text = text!("gesloten aan: {tables}", "closed at: {tables}");
pub const SEV_HOOG: Text = text!("Hoog", "High");
pub const SEV_MIDDEL: Text = text!("Middel", "Medium");
pub const SEV_LAAG: Text = text!("Laag", "Low");
pub const STATE_GESLOTEN: Text = text!("gesloten", "closed");
pub const STATE_VERBONDEN: Text = text!("verbonden", "connected");
pub const STATE_OPEN: Text = text!("open", "open");
pub const STATE_AFWEZIG: Text = text!("afwezig", "absent");

// ---- labels of finding kinds, in the order of `FindingKind::ALL` ----
pub const KIND_LABELS: [Text; 16] = [
    text!("Open driehoek", "Open triangle"),
    text!("Ontbrekende verbinding", "Missing link"),
    text!("Geïsoleerd initiatief", "Isolated initiative"),
    text!("Niet verankerd initiatief", "Unanchored initiative"),
    text!("Eén-sectortafel", "Single-sector table"),
    text!("Losse partij", "Isolated party"),
    text!("Versnipperd netwerk", "Fragmented network"),
    text!("Overbelaste verbinder", "Overloaded connector"),
    text!("Kwetsbare schakel", "Single point of failure"),
    text!("Gat tussen de lagen", "Gap between layers"),
    text!("Gat tussen de domeinen", "Gap between domains"),
    text!("Onvolledige kerncoalitie", "Incomplete core coalition"),
    text!(
        "Netwerkleiderschap onvolledig",
        "Network leadership incomplete"
    ),
    text!("Driehoek zonder mandaat", "Triangle without mandate"),
    text!("Moeizame verbinding", "Strained leg"),
    text!("Scheve samenwerking", "Lopsided collaboration"),
];
