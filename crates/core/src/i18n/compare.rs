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
        ]);
    }
}
