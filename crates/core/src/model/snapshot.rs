//! Snapshots ("metingen"): named, dated copies of a map's data kept inside its project file, so
//! that a working group can compare today's map with its nulmeting a year later.
//!
//! A snapshot holds the data only (title, parties, persons, tables, memberships, relations and
//! their attributes), never the layout, the view state or other snapshots: it is what the map
//! *was*, not how it was looked at. Snapshots live in [`super::Arrangement::snapshots`], beside
//! the other things the project keeps around the data, so the one `Map` the app edits carries
//! them, an edit records them and the re-import and the comparison leave them alone.

use super::{Arrangement, Map};
use serde::{Deserialize, Serialize};

/// One recorded version of a map.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Snapshot {
    /// The name the user gave it ("Nulmeting maart 2026"); unique within a project.
    pub name: String,
    /// The day it stands for, ISO (`2026-03-12`).
    pub date: String,
    /// The data as it was (its `arrangement` is always empty).
    pub map: Map,
}

impl Snapshot {
    /// A snapshot of `map`'s data now.
    pub fn of(map: &Map, name: &str, date: &str) -> Snapshot {
        Snapshot {
            name: name.to_string(),
            date: date.to_string(),
            map: data_of(map),
        }
    }
}

/// `map` without its arrangement (layout, view state, snapshots).
pub fn data_of(map: &Map) -> Map {
    Map {
        title: map.title.clone(),
        parties: map.parties.clone(),
        persons: map.persons.clone(),
        tables: map.tables.clone(),
        memberships: map.memberships.clone(),
        relations: map.relations.clone(),
        arrangement: Arrangement::default(),
    }
}

/// Whether `date` is an ISO day (`YYYY-MM-DD`, a month 1–12 and a day 1–31).
pub fn is_iso_date(date: &str) -> bool {
    let b = date.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) {
        return false;
    }
    if !digits(5..7) || !digits(8..10) {
        return false;
    }
    let month: u32 = date[5..7].parse().unwrap_or(0);
    let day: u32 = date[8..10].parse().unwrap_or(0);
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

impl Map {
    /// The snapshot named `name`, if the project keeps one.
    pub fn snapshot(&self, name: &str) -> Option<&Snapshot> {
        self.arrangement.snapshots.iter().find(|s| s.name == name)
    }

    /// The most recent snapshot (latest date; of equal dates the one recorded last).
    pub fn latest_snapshot(&self) -> Option<&Snapshot> {
        self.arrangement
            .snapshots
            .iter()
            .enumerate()
            .max_by(|(i, a), (j, b)| a.date.cmp(&b.date).then(i.cmp(j)))
            .map(|(_, s)| s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snapshot_keeps_the_data_and_drops_layout_views_and_other_snapshots() {
        let mut m = Map {
            title: "Regio".into(),
            ..Map::default()
        };
        m.arrangement
            .views
            .insert("filter".into(), serde_json::json!(1));
        m.arrangement
            .snapshots
            .push(Snapshot::of(&m, "eerste", "2025-01-01"));
        let s = Snapshot::of(&m, "tweede", "2026-01-01");
        assert_eq!(s.map.title, "Regio");
        assert_eq!(s.map.arrangement, Arrangement::default());
        m.arrangement.snapshots.push(s);
        assert_eq!(m.latest_snapshot().unwrap().name, "tweede");
        assert!(m.snapshot("eerste").is_some() && m.snapshot("derde").is_none());
    }

    #[test]
    fn iso_dates_are_checked() {
        assert!(is_iso_date("2026-03-12"));
        for bad in [
            "2026-3-12",
            "12-03-2026",
            "2026-13-01",
            "2026-00-10",
            "2026-01-32",
            "",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }
}
