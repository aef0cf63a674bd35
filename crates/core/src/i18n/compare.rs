//! Texts of the comparison of two versions of a map (`netwerkkaart vergelijk`).

use super::Text;
use crate::text;

pub const TITLE: Text = text!("Vergelijking: {old} → {new}", "Comparison: {old} → {new}");
pub const COUNTS: Text = text!(
    "partijen {p0} → {p1} · personen {n0} → {n1} · tafels {t0} → {t1} · deelnames {m0} → {m1} · relaties {r0} → {r1}",
    "parties {p0} → {p1} · persons {n0} → {n1} · tables {t0} → {t1} · memberships {m0} → {m1} · relationships {r0} → {r1}"
);
pub const UNRELATED: Text = text!(
    "Let op: deze twee kaarten hebben weinig gemeen — {pct}% van de partijen, personen en tafels komt in beide voor. Waarschijnlijk gaat het om verschillende regio's, of zijn de ids anders gekozen. De verschillen worden daarom niet regel voor regel opgesomd; vergelijk twee versies van dezelfde kaart.",
    "Note: these two maps have little in common — {pct}% of the parties, persons and tables appear in both. They probably describe different regions, or their ids were chosen differently, so the differences are not listed row by row; compare two versions of the same map."
);
pub const SAME: Text = text!(
    "Geen verschillen: beide kaarten bevatten dezelfde partijen, personen, tafels, deelnames en relaties, met dezelfde bevindingen.",
    "No differences: both maps hold the same parties, persons, tables, memberships and relationships, with the same findings."
);
pub const FINDINGS_LINE: Text = text!(
    "Bevindingen: {resolved} opgelost, {new} nieuw, {remaining} nog open.",
    "Findings: {resolved} resolved, {new} new, {remaining} still open."
);
pub const H_TRIANGLES: Text = text!("Driehoeken die veranderden", "Triangles that changed");
pub const H_GAINED: Text = text!(
    "Nieuwe ontmoetingen tussen gemeente, corporatie en zorg",
    "New meetings between municipality, housing and care"
);
pub const H_LOST: Text = text!("Verloren ontmoetingen", "Meetings lost");
pub const H_RESOLVED: Text = text!("Opgeloste bevindingen", "Findings resolved");
pub const H_NEW: Text = text!("Nieuwe bevindingen", "New findings");
pub const H_PARTIES: Text = text!("Partijen", "Parties");
pub const H_PERSONS: Text = text!("Personen", "Persons");
pub const H_TABLES: Text = text!("Tafels", "Tables");
pub const H_MEMBERSHIPS: Text = text!("Deelnames", "Memberships");
pub const H_RELATIONS: Text = text!("Relaties", "Relationships");
pub const SCOPE_REGION: Text = text!("hele regio", "whole region");
pub const TRIANGLE_LINE: Text = text!(
    "{domain}, {scope}: {old} → {new}",
    "{domain}, {scope}: {old} → {new}"
);
pub const NOT_THERE: Text = text!("(niet op de kaart)", "(not on the map)");
pub const PAIR: Text = text!("{a} en {b}", "{a} and {b}");
pub const ADDED: Text = text!("nieuw: {what}", "added: {what}");
pub const REMOVED: Text = text!("weg: {what}", "removed: {what}");
pub const CHANGED: Text = text!("gewijzigd: {what} ({fields})", "changed: {what} ({fields})");
pub const RENAMED: Text = text!("{old} heet nu {new}", "{old} is now {new}");
pub const SEAT: Text = text!("{party} aan {table}", "{party} at {table}");
pub const SEAT_PERSON: Text = text!(
    "{party} ({person}) aan {table}",
    "{party} ({person}) at {table}"
);
pub const LINK: Text = text!("{from} – {to}", "{from} – {to}");
pub const MORE: Text = text!("… en {n} meer", "… and {n} more");
pub const FINDING_GONE: Text = text!(
    "{key} (niet meer in de analyse)",
    "{key} (no longer analysed)"
);

// Snapshots ("metingen").
pub const RECORD_SNAPSHOT: Text = text!("meting vastleggen: {name}", "record snapshot: {name}");
pub const REMOVE_SNAPSHOT: Text = text!("meting verwijderen: {name}", "remove snapshot: {name}");
pub const ERR_SNAPSHOT_EXISTS: Text = text!(
    "Er is al een meting met de naam '{name}'. Kies een andere naam, bijvoorbeeld met de maand erbij.",
    "There is already a snapshot named '{name}'. Choose another name, for example with the month in it."
);
pub const ERR_SNAPSHOT_UNKNOWN: Text = text!(
    "Er is geen meting met de naam '{name}'.",
    "There is no snapshot named '{name}'."
);
pub const ERR_SNAPSHOT_NO_NAME: Text = text!(
    "Geef de meting een naam, bijvoorbeeld 'Nulmeting maart 2026'.",
    "Give the snapshot a name, for example 'Baseline March 2026'."
);
pub const ERR_SNAPSHOT_DATE: Text = text!(
    "'{date}' is geen datum in de vorm JJJJ-MM-DD, bijvoorbeeld 2026-03-12.",
    "'{date}' is not a date of the form YYYY-MM-DD, for example 2026-03-12."
);
pub const SNAPSHOT_NOT_FOUND: Text = text!(
    "{path} heeft geen meting '{name}'. Wel aanwezig: {names}.",
    "{path} has no snapshot '{name}'. Present: {names}."
);
pub const NO_SNAPSHOTS: Text = text!(
    "{path} heeft nog geen metingen. Leg er een vast met: netwerkkaart meting {path} --naam \"Nulmeting\".",
    "{path} has no snapshots yet. Record one with: netwerkkaart meting {path} --naam \"Baseline\"."
);
pub const SNAPSHOT_NEEDS_PROJECT: Text = text!(
    "{path} is geen projectbestand (.netwerkkaart). Metingen worden in een projectbestand bewaard: open de kaart in Netwerkkaart en sla hem op (Opslaan, Ctrl+S).",
    "{path} is not a project file (.netwerkkaart). Snapshots are kept in a project file: open the map in Netwerkkaart and save it (Save, Ctrl+S)."
);
pub const SNAPSHOT_RECORDED: Text = text!(
    "Meting '{name}' ({date}) vastgelegd in {path}.",
    "Snapshot '{name}' ({date}) recorded in {path}."
);
pub const SNAPSHOT_LINE: Text = text!(
    "{date}  {name}  ({parties} partijen, {tables} tafels, {memberships} deelnames)",
    "{date}  {name}  ({parties} parties, {tables} tables, {memberships} memberships)"
);
pub const NOW: Text = text!("nu", "now");
pub const A_SNAPSHOT_NAME: Text = text!(
    "Naam van de meting die wordt vastgelegd; zonder --naam worden de metingen opgesomd",
    "Name of the snapshot to record; without --naam the snapshots are listed"
);
pub const A_SNAPSHOT_DATE: Text = text!(
    "Datum van de meting (JJJJ-MM-DD; standaard vandaag)",
    "Date of the snapshot (YYYY-MM-DD; default today)"
);
pub const C_SNAPSHOT: Text = text!(
    "Leg een meting (kopie van de kaart met naam en datum) vast in het projectbestand, of som de metingen op",
    "Record a snapshot (a named, dated copy of the map) in the project file, or list the snapshots"
);
pub const PROGRESS_TITLE: Text = text!(
    "Voortgang sinds {name} ({date})",
    "Progress since {name} ({date})"
);
pub const PROGRESS_NONE: Text = text!(
    "Voortgang: nog geen meting vastgelegd",
    "Progress: no snapshot recorded yet"
);
pub const MEETINGS_LINE: Text = text!(
    "Ontmoetingen tussen gemeente, corporatie en zorg: {gained} nieuw, {lost} verloren.",
    "Meetings between municipality, housing and care: {gained} new, {lost} lost."
);
pub const PROGRESS_SAME: Text = text!(
    "Sinds deze meting is er niets veranderd aan de partijen, tafels, deelnames en relaties.",
    "Nothing has changed in the parties, tables, memberships and relationships since this snapshot."
);

// The re-import preview.
pub const RI_SUMMARY: Text = text!(
    "Wat het inlezen van {path} verandert: {added} nieuw, {changed} gewijzigd ({fields} velden), {kept} blijven staan die de bron niet heeft.",
    "What reading {path} changes: {added} added, {changed} changed ({fields} fields), {kept} kept that the source lacks."
);
pub const RI_NOTHING: Text = text!(
    "De bron bevat niets nieuws: de kaart blijft zoals hij is.",
    "The source holds nothing new: the map stays as it is."
);
pub const RI_RULE: Text = text!(
    "Netwerkkaart bewaart de vorige versie van de bron niet en kan dus niet zien of een verschil een eigen aanpassing van de werkgroep is of een wijziging in de bron. Daarom staat hieronder elk veld waar kaart en bron verschillen; standaard wordt de waarde uit de bron overgenomen. Vink 'houd eigen waarde' aan waar de kaart gelijk heeft.",
    "Netwerkkaart does not keep the previous version of the source, so it cannot tell a working group's own edit from a change in the source. Every field where map and source differ is listed below; by default the source's value is taken. Tick 'keep own value' where the map is right."
);
pub const RI_ADDED: Text = text!("Nieuw uit de bron", "Added from the source");
pub const RI_CHANGED: Text = text!(
    "Gewijzigd (eigen waarde » bron)",
    "Changed (own value » source)"
);
pub const RI_KEPT: Text = text!(
    "Blijven staan (niet in de bron)",
    "Kept (not in the source)"
);
pub const RI_KEEP_OWN: Text = text!("houd eigen waarde", "keep own value");
pub const RI_TAKE_ALL: Text = text!("Overal de bron nemen", "Take the source everywhere");
pub const RI_KEEP_ALL: Text = text!("Overal eigen waarde houden", "Keep own values everywhere");
pub const RI_APPLY: Text = text!("Wijzigingen toepassen", "Apply changes");
pub const RI_ROW: Text = text!("{kind} {name}", "{kind} {name}");
pub const RI_EMPTY_VALUE: Text = text!("(leeg)", "(empty)");
pub const KIND_MEMBERSHIP: Text = text!("deelname", "membership");
pub const KIND_RELATION: Text = text!("relatie", "relationship");

// The Vergelijken view.
pub const VIEW: Text = text!("Vergelijken", "Compare");
pub const V_INTRO: Text = text!(
    "Van tijd tot tijd de balans opmaken: leg een meting vast en vergelijk de kaart later met die meting of met een ander kaartbestand.",
    "Take stock from time to time: record a snapshot, and later compare the map with it or with another map file."
);
pub const V_RECORD: Text = text!("Meting vastleggen", "Record snapshot");
pub const V_NAME: Text = text!("Naam", "Name");
pub const V_DATE: Text = text!("Datum", "Date");
pub const V_RECORD_HINT: Text = text!(
    "Bewaart een kopie van de gegevens (zonder indeling) in het projectbestand; ongedaan te maken.",
    "Keeps a copy of the data (without layout) in the project file; can be undone."
);
pub const V_AGAINST: Text = text!("Vergelijk met", "Compare with");
pub const V_OTHER_FILE: Text = text!("een ander kaartbestand…", "another map file…");
pub const V_PATH: Text = text!(
    "Kaart (map, werkboek of project):",
    "Map (folder, workbook or project):"
);
pub const V_COMPARE: Text = text!("Vergelijken", "Compare");
pub const V_NO_SNAPSHOTS: Text = text!(
    "Nog geen metingen: leg hierboven de eerste vast, of vergelijk met een ander kaartbestand.",
    "No snapshots yet: record the first one above, or compare with another map file."
);
pub const V_LOAD_FAILED: Text = text!(
    "{path} kon niet worden ingelezen:",
    "{path} could not be read:"
);
pub const V_RESOLVED: Text = text!("Opgelost ({n})", "Resolved ({n})");
pub const V_NEW: Text = text!("Nieuw ({n})", "New ({n})");
pub const V_OPEN: Text = text!("Nog open ({n})", "Still open ({n})");
pub const V_ROWS: Text = text!("Rijen", "Rows");
pub const V_ROW_COUNTS: Text = text!(
    "+{added} nieuw · -{removed} weg · {changed} gewijzigd",
    "+{added} added · -{removed} removed · {changed} changed"
);
pub const V_LINK_COUNTS: Text = text!(
    "+{added} nieuw · -{removed} weg",
    "+{added} added · -{removed} removed"
);
pub const V_TRIANGLES: Text = text!("Driehoeken: toen » nu", "Triangles: then » now");
pub const V_NO_TRIANGLE_CHANGES: Text = text!(
    "Geen driehoek veranderde van toestand.",
    "No triangle changed its state."
);
pub const V_TIMELINE: Text = text!("Driehoeken door de tijd", "Triangles over time");
pub const V_TIMELINE_HINT: Text = text!(
    "Per werkgebied en domein de toestand bij elke meting en nu.",
    "Per area and domain the state at every snapshot and now."
);
pub const V_SCOPE: Text = text!("{scope} · {domain}", "{scope} · {domain}");
pub const V_NAMES_HIDDEN: Text = text!(
    "Namen zijn verborgen: de lijsten met bevindingen worden niet getoond.",
    "Names are hidden: the lists of findings are not shown."
);
pub const V_MEETINGS: Text = text!(
    "Ontmoetingen gemeente–corporatie–zorg: +{gained} nieuw, -{lost} verloren",
    "Meetings municipality–housing–care: +{gained} new, -{lost} lost"
);

// The Vergelijken view's picture.
pub const PICTURE_HEADING: Text = text!(
    "Het netwerk nu, met wat er veranderde",
    "The network now, with what changed"
);
pub const LEGEND_ADDED: Text = text!("nieuw", "new");
pub const LEGEND_REMOVED: Text = text!("verdwenen (gestippeld)", "gone (dashed)");
pub const LEGEND_CHANGED: Text = text!("gewijzigd", "changed");
pub const PICTURE_GONE: Text = text!(
    "{n} partijen, personen of tafels van toen staan niet meer op de kaart; hun verdwenen lijnen zijn niet te tekenen (zie de lijsten hierboven).",
    "{n} parties, persons or tables of then are no longer on the map; their lost lines cannot be drawn (see the lists above)."
);

#[cfg(test)]
mod tests {
    #[test]
    fn texts_are_complete() {
        use super::*;
        crate::i18n::assert_complete(&[
            TITLE,
            COUNTS,
            UNRELATED,
            SAME,
            FINDINGS_LINE,
            H_TRIANGLES,
            H_GAINED,
            H_LOST,
            H_RESOLVED,
            H_NEW,
            H_PARTIES,
            H_PERSONS,
            H_TABLES,
            H_MEMBERSHIPS,
            H_RELATIONS,
            SCOPE_REGION,
            TRIANGLE_LINE,
            NOT_THERE,
            PAIR,
            ADDED,
            REMOVED,
            CHANGED,
            RENAMED,
            SEAT,
            SEAT_PERSON,
            LINK,
            MORE,
            FINDING_GONE,
            RECORD_SNAPSHOT,
            REMOVE_SNAPSHOT,
            ERR_SNAPSHOT_EXISTS,
            ERR_SNAPSHOT_UNKNOWN,
            ERR_SNAPSHOT_NO_NAME,
            ERR_SNAPSHOT_DATE,
            SNAPSHOT_NOT_FOUND,
            NO_SNAPSHOTS,
            SNAPSHOT_NEEDS_PROJECT,
            SNAPSHOT_RECORDED,
            SNAPSHOT_LINE,
            NOW,
            A_SNAPSHOT_NAME,
            A_SNAPSHOT_DATE,
            C_SNAPSHOT,
            PROGRESS_TITLE,
            PROGRESS_SAME,
            RI_SUMMARY,
            RI_NOTHING,
            RI_RULE,
            RI_ADDED,
            RI_CHANGED,
            RI_KEPT,
            RI_KEEP_OWN,
            RI_TAKE_ALL,
            RI_KEEP_ALL,
            RI_APPLY,
            RI_ROW,
            RI_EMPTY_VALUE,
            KIND_MEMBERSHIP,
            KIND_RELATION,
            VIEW,
            V_INTRO,
            V_RECORD,
            V_NAME,
            V_DATE,
            V_RECORD_HINT,
            V_AGAINST,
            V_OTHER_FILE,
            V_PATH,
            V_COMPARE,
            V_NO_SNAPSHOTS,
            V_LOAD_FAILED,
            V_RESOLVED,
            V_NEW,
            V_OPEN,
            V_ROWS,
            V_ROW_COUNTS,
            V_LINK_COUNTS,
            V_TRIANGLES,
            V_NO_TRIANGLE_CHANGES,
            V_TIMELINE,
            V_TIMELINE_HINT,
            V_SCOPE,
            V_NAMES_HIDDEN,
            V_MEETINGS,
        ]);
    }
}
