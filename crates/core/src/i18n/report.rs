//! Texts of the board outputs: the HTML report, the triangle and matrix pictures, the findings
//! workbook, anonymisation labels and picture errors.

use super::Text;
use crate::text;

// ---- anonymisation ----
/// The function of a person who has none, in an anonymised label ("medewerker, Gemeente X").
pub const ANON_WORKER: Text = text!("medewerker", "staff member");
pub const ANON_UNKNOWN_PARTY: Text = text!("onbekende partij", "unknown party");
/// What a name part shared by several people becomes in free text.
pub const ANON_SOMEONE: Text = text!("[naam verwijderd]", "[name removed]");

// ---- errors ----
pub const PICTURE_FAILED: Text = text!(
    "Kan de afbeelding niet maken: {error}",
    "Cannot make the picture: {error}"
);

// ---- pictures ----
pub const TRIANGLE_TITLE: Text = text!(
    "Driehoek gemeente – corporatie – zorg per domein",
    "Municipality – housing – care triangle per domain"
);
pub const TRIANGLE_PER_WERKGEBIED: Text =
    text!("Driehoek per werkgebied", "Triangle per municipal area");
pub const LEG_SHORT: [Text; 3] = [
    text!("gemeente – corporatie", "municipality – housing"),
    text!("gemeente – zorg", "municipality – care"),
    text!("corporatie – zorg", "housing – care"),
];
pub const MATRIX_TITLE: Text = text!("Tafels per domein en laag", "Tables per domain and layer");
pub const WHOLE_REGION: Text = text!("Hele regio", "Whole region");
pub const NO_DATA: Text = text!("geen gegevens", "no data");
pub const KIND_ABSENT_SHORT: Text = text!("afwezig", "absent");
pub const CLOSED_BY: Text = text!("Gesloten aan ({n}):", "Closed at ({n}):");
pub const AND_MORE: Text = text!("en nog {n}", "and {n} more");
pub const CONNECTED_NOT_CLOSED: Text = text!(
    "De drie lijnen bestaan, maar geen tafel brengt alle drie samen.",
    "All three legs exist, but no table brings all three together."
);
pub const MISSING_LEGS: Text = text!("Ontbrekende lijnen:", "Missing legs:");
pub const LEGEND: Text = text!("Legenda", "Legend");
pub const NETWORK_TITLE: Text = text!(
    "Het netwerk in domeinen en lagen",
    "The network in domains and layers"
);
pub const LEG_PRESENT: Text = text!("ontmoeten elkaar", "meet");
pub const LEG_MISSING: Text = text!("ontmoeten elkaar niet", "do not meet");
pub const KIND_ABSENT_LEGEND: Text = text!("niet aanwezig", "not present");
pub const EMPTY_CELL: Text = text!("geen tafel", "no table");
pub const EMPTY_CELL_LEGEND: Text = text!(
    "geen tafel in dit domein en deze laag",
    "no table in this domain and layer"
);
pub const N_TABLES: Text = text!("aantal: {n}", "count: {n}");
pub const MIX_LEGEND: Text = text!(
    "Balk: partijen aan tafel naar soort —",
    "Bar: parties at the table by kind —"
);
pub const OTHER_KINDS: Text = text!("overige", "other");

// ---- findings workbook ----
pub const SHEET_FINDINGS: Text = text!("Bevindingen", "Findings");
pub const SHEET_PARTIES: Text = text!("Partijen", "Parties");
pub const SHEET_PERSONS: Text = text!("Personen", "Persons");
pub const SHEET_TABLES: Text = text!("Tafels", "Tables");
pub const SHEET_MEMBERSHIPS: Text = text!("Deelnames", "Memberships");
pub const COL_SEVERITY: Text = text!("Ernst", "Severity");
pub const COL_KIND: Text = text!("Soort bevinding", "Kind of finding");
pub const COL_SUBJECTS: Text = text!("Betreft", "Concerns");
pub const COL_SUBJECT_IDS: Text = text!("Id's", "Ids");
pub const COL_DOMAIN: Text = text!("Domein", "Domain");
pub const COL_LAYER: Text = text!("Laag", "Layer");
pub const COL_WERKGEBIED: Text = text!("Werkgebied", "Area");
pub const COL_MESSAGE: Text = text!("Bevinding", "Finding");
pub const COL_ADVICE: Text = text!("Advies", "Advice");
pub const COL_ID: Text = text!("Id", "Id");
pub const COL_NAME: Text = text!("Naam", "Name");
pub const COL_PARTY_KIND: Text = text!("Soort", "Kind");
pub const COL_TABLE_KIND: Text = text!("Soort", "Kind");
pub const COL_TABLES: Text = text!("Tafels", "Tables");
pub const COL_HOURS: Text = text!("Vergaderuren per jaar", "Meeting hours a year");
pub const COL_DEGREE: Text = text!("Verbindingen", "Degree");
pub const COL_BETWEENNESS: Text = text!("Tussenpositie (betweenness)", "Betweenness");
pub const COL_CLOSENESS: Text = text!("Nabijheid (closeness)", "Closeness");
pub const COL_ARTICULATION: Text = text!("Onmisbare schakel", "Articulation point");
pub const COL_PARTY: Text = text!("Partij", "Party");
pub const COL_PARTY_ID: Text = text!("Partij-id", "Party id");
pub const COL_PERSON: Text = text!("Persoon", "Person");
pub const COL_PERSON_ID: Text = text!("Persoon-id", "Person id");
pub const COL_TABLE: Text = text!("Tafel", "Table");
pub const COL_TABLE_ID: Text = text!("Tafel-id", "Table id");
pub const COL_FUNCTION: Text = text!("Functie", "Function");
pub const COL_NETWORK_ROLE: Text = text!("Netwerkrol", "Network role");
pub const COL_HOURS_MONTH: Text = text!("Uren per maand", "Hours a month");
pub const COL_FREQUENCY: Text = text!("Keer per jaar", "Times a year");
pub const COL_DURATION: Text = text!("Duur (uren)", "Duration (hours)");
pub const COL_DECISION: Text = text!("Besluitvorming", "Decision making");
pub const COL_REPORTS_TO: Text = text!("Rapporteert aan", "Reports to");
pub const COL_PARTIES_AT: Text = text!("Partijen aan tafel", "Parties at the table");
pub const COL_ROLE: Text = text!("Rol", "Role");
pub const YES: Text = text!("ja", "yes");
pub const NO: Text = text!("nee", "no");

// ---- report ----
pub const REPORT_KICKER: Text = text!("Netwerkkaart · rapportage", "Netwerkkaart · report");
pub const REPORT_DEFAULT_TITLE: Text = text!(
    "Samenwerking wonen, zorg en welzijn in beeld",
    "Collaboration on housing, care and welfare"
);
pub const ANON_NOTE: Text = text!(
    "Namen van personen zijn vervangen door hun functie en organisatie.",
    "Names of persons have been replaced by their function and organisation."
);
pub const CONTENTS: Text = text!("Inhoud", "Contents");
pub const SEC_SUMMARY: Text = text!("Samenvatting", "Summary");
pub const SEC_PICTURES: Text = text!("Het netwerk in beeld", "The network");
pub const SEC_TRIANGLE: Text = text!(
    "De driehoek gemeente – corporatie – zorg",
    "The municipality – housing – care triangle"
);
pub const SEC_FINDINGS: Text = text!("Bevindingen en advies", "Findings and advice");
pub const SEC_TABLES: Text = text!("Tafels per domein en laag", "Tables per domain and layer");
pub const SEC_THRESHOLDS: Text = text!("Gebruikte drempels", "Thresholds used");
pub const SEC_HOWTO: Text = text!("Hoe lees je dit rapport", "How to read this report");

pub const FIG_PARTIES: Text = text!("partijen", "parties");
pub const FIG_PERSONS: Text = text!("personen", "persons");
pub const FIG_TABLES: Text = text!("tafels en initiatieven", "tables and initiatives");
pub const FIG_MEMBERSHIPS: Text = text!("deelnames", "memberships");
pub const FIG_RELATIONS: Text = text!("relaties", "relationships");
pub const FIG_FINDINGS: Text = text!("bevindingen", "findings");

pub const SUMMARY_TRIANGLES: Text = text!(
    "In {closed} van de {total} domeinen zitten gemeente, corporatie en zorg samen aan één tafel (hele regio).",
    "In {closed} of the {total} domains municipality, housing and care sit together at one table (whole region)."
);
pub const SUMMARY_FINDINGS: Text = text!(
    "De analyse geeft {n} bevindingen: {hoog} met hoge, {middel} met middelhoge en {laag} met lage prioriteit.",
    "The analysis gives {n} findings: {hoog} of high, {middel} of medium and {laag} of low priority."
);
pub const SUMMARY_EMPTY_CELLS: Text = text!(
    "Lege cellen in het werkmodel (domein × laag): {cells}.",
    "Empty cells in the working model (domain × layer): {cells}."
);
pub const SUMMARY_NO_EMPTY_CELLS: Text = text!(
    "Elk domein heeft op elke laag minstens één tafel.",
    "Every domain has at least one table on every layer."
);
pub const SUMMARY_NETWORK: Text = text!(
    "Het netwerk vormt {components}; dichtheid {density}.",
    "The network forms {components}; density {density}."
);
pub const ONE_WHOLE: Text = text!("één samenhangend geheel", "one connected whole");
pub const N_PARTS: Text = text!("{n} losse delen", "{n} separate parts");
pub const TOP_FINDINGS: Text = text!("Belangrijkste bevindingen", "Main findings");

pub const TH_DOMAIN: Text = text!("Domein", "Domain");
pub const TH_SCOPE: Text = text!("Werkgebied", "Area");
pub const TH_STATE: Text = text!("Toestand", "State");
pub const TH_CLOSING: Text = text!("Sluitende tafels", "Closing tables");
pub const TH_THRESHOLD: Text = text!("Drempel", "Threshold");
pub const TH_VALUE: Text = text!("Waarde", "Value");
pub const TH_MEANING: Text = text!("Betekenis", "Meaning");
pub const LEG_YES: Text = text!("ja", "yes");
pub const LEG_NO: Text = text!("nee", "no");

pub const CONCERNS: Text = text!("Betreft", "Concerns");
pub const ADVICE: Text = text!("Advies", "Advice");
pub const NO_FINDINGS: Text = text!(
    "De analyse vond niets om op te letten.",
    "The analysis found nothing to look at."
);
pub const NO_TABLES: Text = text!("geen tafel", "no table");
pub const PER_YEAR: Text = text!("{n}× per jaar", "{n}× a year");
pub const FOOTER: Text = text!(
    "Gemaakt met Netwerkkaart op {date}. De analyse volgt de handreikingen over samenwerking tussen gemeenten, woningcorporaties en zorgaanbieders.",
    "Made with Netwerkkaart on {date}. The analysis follows the guides on collaboration between municipalities, housing corporations and care providers."
);

pub const THR_MAX_TABLES: Text = text!(
    "Een verbinder aan meer tafels dan dit is overbelast.",
    "A connector at more tables than this is overloaded."
);
pub const THR_MAX_HOURS: Text = text!(
    "Een verbinder met meer vergaderuren per jaar dan dit is overbelast.",
    "A connector with more meeting hours a year than this is overloaded."
);
pub const THR_TOP_FRACTION: Text = text!(
    "Het deel van de deelnemers met de hoogste tussenpositie dat als brug telt.",
    "The share of members with the highest in-between position that counts as a bridge."
);
pub const THR_MONO: Text = text!(
    "Vanaf zoveel deelnemers telt een tafel van één sector als één-sectortafel.",
    "From this many members a table of one sector counts as a single-sector table."
);
pub const THR_LEADERSHIP: Text = text!(
    "Een leiderschapsrol met minder dragers dan dit is een gat.",
    "A leadership contribution held by fewer people than this is a gap."
);
pub const THR_MAX_LISTED: Text = text!(
    "Het grootste aantal namen dat in een bevinding wordt opgesomd.",
    "The largest number of names listed in a finding."
);

// ---- the board report (issue 15) ----
pub const SOURCES: Text = text!("Bron: {files}", "Source: {files}");
pub const SOURCE_UNKNOWN: Text = text!("Bron: niet opgegeven", "Source: not given");
pub const TITLE_HINT: Text = text!(
    "Het rapport krijgt de standaardtitel; geef een eigen titel met --titel \"…\".",
    "The report gets the default title; give your own with --titel \"…\"."
);
pub const SEC_ACTIONS: Text = text!("Waar te beginnen", "Where to start");
pub const NO_ACTIONS: Text = text!(
    "De analyse vond geen voorstel dat een bevinding oplost.",
    "The analysis found no proposal that resolves a finding."
);
pub const SEC_SCORECARD: Text = text!(
    "De driehoek per werkgebied",
    "The triangle per municipal area"
);
pub const SCORE_CLOSED_EVERYWHERE: Text = text!(
    "{domain}: gesloten in alle {total} werkgebieden.",
    "{domain}: closed in all {total} areas."
);
pub const SCORE_NOT_EVERYWHERE: Text = text!(
    "{domain}: gesloten in {closed} van de {total} werkgebieden; niet in {list}.",
    "{domain}: closed in {closed} of the {total} areas; not in {list}."
);
pub const SCORE_WHOLE: Text = text!(
    "{domain}: {state} in de hele regio.",
    "{domain}: {state} in the whole region."
);
pub const SEC_GROUPS: Text = text!("De bevindingen op een rij", "The findings at a glance");
pub const GROUPS_INTRO: Text = text!(
    "De {n} bevindingen zijn gebundeld tot {groups} onderwerpen: bevindingen met hetzelfde advies over dezelfde partij, tafel of hetzelfde werkgebied staan bij elkaar.",
    "The {n} findings are bundled into {groups} topics: findings with the same advice about the same party, table or area stand together."
);
pub const N_FINDINGS: (Text, Text) = (
    text!("1 bevinding", "1 finding"),
    text!("{n} bevindingen", "{n} findings"),
);
pub const SEC_NETWORK: Text = text!("Het netwerk in beeld", "The network");
pub const AGG_CAPTION: Text = text!(
    "De regio samengevat. Per cel van het werkmodel één vierkant: hoe groter, hoe meer tafels. Per soort partij één cirkel: hoe groter, hoe meer partijen. Een lijn: partijen van die soort zitten aan tafels in die cel; hoe dikker, hoe meer deelnames.",
    "The region summarised. One square per cell of the working model: the larger, the more tables. One circle per kind of party: the larger, the more parties. A line: parties of that kind sit at tables in that cell; the thicker, the more memberships."
);
pub const AGG_ALT: Text = text!(
    "Samengevat netwerk: {tables} tafels in {cells} cellen van domein en laag, {parties} partijen in {groups} soorten.",
    "Summarised network: {tables} tables in {cells} cells of domain and layer, {parties} parties in {groups} kinds."
);
pub const NETWORK_CAPTION_ONE: Text = text!(
    "Tafels (vierkanten) en partijen (cirkels) in domeinen en lagen. Partijen die aan geen tafel zitten, staan in de strook rechts.",
    "Tables (squares) and parties (circles) in domains and layers. Parties at no table stand in the strip on the right."
);
pub const NETWORK_ALT: Text = text!(
    "Netwerk van {name}: {tables} tafels en {parties} partijen in domeinen en lagen.",
    "Network of {name}: {tables} tables and {parties} parties in domains and layers."
);
pub const NETWORK_PART: Text = text!("deel {i} van {n}", "part {i} of {n}");
pub const TRIANGLE_ALT: Text = text!(
    "Driehoek gemeente – corporatie – zorg per domein voor {name}: {states}.",
    "Municipality – housing – care triangle per domain for {name}: {states}."
);
pub const SEC_WERKGEBIEDEN: Text = text!("Per werkgebied", "Per area");
pub const WG_FIGURES: Text = text!(
    "{tables} tafels van dit werkgebied, {parties} partijen, {findings} over dit werkgebied.",
    "{tables} tables of this area, {parties} parties, {findings} about this area."
);
pub const WG_NETWORK_CAPTION: Text = text!(
    "Tafels van {name} (vierkanten) en de partijen daaraan (cirkels), in domeinen en lagen. Partijen van {name} die hier aan geen tafel zitten, staan in de strook rechts; tafels van de hele regio staan in het overzicht.",
    "Tables of {name} (squares) and the parties at them (circles), in domains and layers. Parties of {name} at none of these tables stand in the strip on the right; tables of the whole region are in the overview."
);
pub const WG_TRIANGLE_CAPTION: Text = text!(
    "De driehoek in {name} per domein.",
    "The triangle in {name} per domain."
);
pub const SEC_PROGRESS_ROOM: Text = text!("Voortgang", "Progress");
pub const SEC_APPENDIX: Text = text!("Bijlage: alle bevindingen", "Appendix: all findings");
pub const SEC_APPENDIX_TABLES: Text = text!(
    "Bijlage: tafels per domein en laag",
    "Appendix: tables per domain and layer"
);
pub const APPENDIX_LEFT_OUT: Text = text!(
    "De volledige lijst van bevindingen is in deze uitvoer weggelaten; maak het rapport zonder --zonder-bijlage om hem op te nemen.",
    "The full list of findings is left out of this output; make the report without --zonder-bijlage to include it."
);
pub const TH_SEVERITY: Text = text!("Ernst", "Severity");
pub const TH_FINDING: Text = text!("Bevinding", "Finding");
pub const TH_WHAT: Text = text!("Wat er is", "What is the case");

// ---- the pictures at regional size ----
pub const STRIP_NO_TABLE: Text = text!("Aan geen tafel", "At no table");
pub const STRIP_NOT_HERE: Text = text!("Niet aan deze tafels", "Not at these tables");
pub const STRIP_BY_KIND: Text = text!("Partijen per soort", "Parties by kind");
pub const STRIP_BY_WERKGEBIED: Text = text!("Partijen per werkgebied", "Parties by area");
pub const GROUP_REGION: Text = text!("Regio", "Region");
pub const GROUP_LABEL: Text = text!("{name} ({n})", "{name} ({n})");
pub const N_TABLES_CELL: (Text, Text) = (
    text!("1 tafel", "1 table"),
    text!("{n} tafels", "{n} tables"),
);
pub const LEGEND_CELL: Text = text!(
    "tafels in een cel (groter = meer)",
    "tables in a cell (larger = more)"
);
pub const LEGEND_GROUP: Text = text!(
    "partijen van een soort (groter = meer)",
    "parties of a kind (larger = more)"
);
pub const LEGEND_SEATS: Text = text!("deelnames (dikker = meer)", "memberships (thicker = more)");
pub const LEGEND_TABLE: Text = text!("tafel", "table");
pub const LEGEND_PARTY: Text = text!("partij (kleur naar soort)", "party (colour by kind)");

/// "Hoe lees je dit rapport": the methods in plain words (no names from the code).
pub const HOWTO: [Text; 5] = [
    text!(
        "**Domeinen en lagen.** Samenwerking rond wonen en zorg speelt in drie domeinen: het casusdomein (de hulp rond één bewoner), het institutionele domein (afspraken tussen organisaties: prestatieafspraken, contracten, convenanten) en de leefomgeving (de wijk waar iemand gaat wonen). In elk domein werken bestuurders (strategisch), managers (tactisch) en professionals (operationeel). Het werkmodel laat per domein en laag zien welke tafels er zijn; een lege cel is een plek waar niemand het gesprek voert.",
        "**Domains and layers.** Collaboration on housing and care happens in three domains: the case domain (help around one resident), the institutional domain (agreements between organisations: performance agreements, contracts, covenants) and the living environment (the neighbourhood where someone goes to live). In each domain board members (strategic), managers (tactical) and professionals (operational) work. The working model shows the tables per domain and layer; an empty cell is a place where nobody holds the conversation."
    ),
    text!(
        "**De driehoek.** Gemeente, woningcorporatie en zorgaanbieder zijn de hoofdrolspelers. Per domein is de driehoek *gesloten* als één tafel alle drie samenbrengt, *verbonden* als ze elkaar wel twee aan twee ontmoeten maar nergens met z'n drieën, *open* als twee van hen elkaar nergens treffen, en *afwezig* als een van de drie in het domein ontbreekt. Een domein telt pas als gesloten als het in elk werkgebied gesloten is; de tabel op de eerste pagina zegt waar dat niet zo is.",
        "**The triangle.** Municipality, housing corporation and care provider are the main players. Per domain the triangle is *closed* when one table brings all three together, *connected* when they meet two by two but never all three, *open* when two of them never meet, and *absent* when one of the three is missing from the domain. A domain only counts as closed when it is closed in every area; the table on the first page says where it is not."
    ),
    text!(
        "**Bevindingen en waar te beginnen.** Elke bevinding zegt wat er aan de hand is, met de cijfers, en wat de handreikingen aanraden. *Hoog* vraagt bestuurlijke aandacht (een open driehoek, een gat tussen de lagen), *middel* is een concreet knelpunt (een ontbrekende verbinding, een kwetsbare schakel), *laag* is een aandachtspunt. Bevindingen met hetzelfde advies zijn gebundeld. De voorstellen onder *Waar te beginnen* zijn kleine stappen (iemand aan een tafel, een lijn tussen twee tafels); bij elk is nagerekend welke bevindingen ermee verdwijnen.",
        "**Findings and where to start.** Each finding says what is the case, with the figures, and what the guides advise. *High* needs board attention (an open triangle, a gap between the layers), *medium* is a concrete bottleneck (a missing link, a single point of failure), *low* is a point of attention. Findings with the same advice are bundled. The proposals under *Where to start* are small steps (someone at a table, a line between two tables); for each it has been recomputed which findings it removes."
    ),
    text!(
        "**Kengetallen.** *Verbindingen* is het aantal directe lijnen van een partij, persoon of tafel. *Tussenpositie* zegt hoe vaak iemand op de kortste weg tussen anderen ligt: wie hoog scoort, verbindt — en is een risico als die wegvalt. Een *onmisbare schakel* is iemand zonder wie tafels of partijen van de rest worden afgesneden. Wie aan meer dan {max_tables} tafels zit of meer dan {max_hours} uur per jaar vergadert, telt als overbelast; de {top} met de hoogste tussenpositie tellen als brug.",
        "**Figures.** *Connections* is the number of direct lines of a party, person or table. *In-between position* says how often someone lies on the shortest path between others: a high score means a connector — and a risk when they drop out. An *indispensable link* is someone without whom tables or parties would be cut off from the rest. Whoever sits at more than {max_tables} tables or meets more than {max_hours} hours a year counts as overloaded; the {top} with the highest in-between position count as bridges."
    ),
    text!(
        "**Wat deze kaart niet zegt.** De kaart laat zien wie waar aan tafel zit, niet hoe goed het gesprek is. Gebruik de bevindingen als startpunt voor het gesprek met de partners, niet als oordeel.",
        "**What this map does not say.** The map shows who sits where, not how good the conversation is. Use the findings as a starting point for the conversation with the partners, not as a verdict."
    ),
];
pub const TOP_SHARE: Text = text!("{pct}% van de deelnemers", "{pct}% of the members");
