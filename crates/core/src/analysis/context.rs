//! What every analysis needs from a map, computed once per [`super::analyse`] run: position
//! look-ups, who sits where (as sorted index lists, so that set questions are merges rather than
//! scans of the membership list), reporting lines, werkgebieden as municipality positions, and
//! the member graph.
//!
//! References to unknown ids are skipped here, silently: reporting them is validation's job, and
//! the analysis must never panic on a map that has not been validated yet (the app analyses after
//! every edit, also half-finished ones).

use crate::graph::{self, Graph};
use crate::model::{Domain, Index, Layer, Map, NodeKind, PartyKind, Relation};

/// A seat: the party represented and, when named, the person in the seat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Seat {
    pub party: u32,
    pub person: Option<u32>,
}

/// A relationship lifted to party level (a person's relation counts for their party).
#[derive(Debug, Clone, Copy)]
pub(crate) struct PartyRel<'a> {
    pub a: u32,
    pub b: u32,
    pub rel: &'a Relation,
}

/// The municipalities a party or table covers, as positions in [`Ctx::municipalities`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Werkgebied {
    /// Empty werkgebied: the whole region, so it counts in every municipality.
    All,
    /// Sorted positions.
    Some(Vec<u32>),
}

impl Werkgebied {
    pub fn contains(&self, w: u32) -> bool {
        match self {
            Werkgebied::All => true,
            Werkgebied::Some(v) => v.binary_search(&w).is_ok(),
        }
    }
}

/// Bit of a core party kind in a kinds mask: gemeente 1, woningcorporatie 2, zorgaanbieder 4.
pub(crate) fn core_bit(k: PartyKind) -> u8 {
    match k {
        PartyKind::Gemeente => 1,
        PartyKind::Woningcorporatie => 2,
        PartyKind::Zorgaanbieder => 4,
        _ => 0,
    }
}

/// The shared, precomputed view of a map.
pub(crate) struct Ctx<'a> {
    pub map: &'a Map,
    pub index: Index,
    /// Seats per table (valid references only), in membership order.
    pub table_seats: Vec<Vec<Seat>>,
    /// Parties represented per table, sorted, distinct.
    pub table_parties: Vec<Vec<u32>>,
    /// Tables per party (where it is represented), sorted, distinct.
    pub party_tables: Vec<Vec<u32>>,
    /// Tables per person (memberships naming them), sorted, distinct.
    pub person_tables: Vec<Vec<u32>>,
    /// Persons per party (their own party), in map order.
    pub party_persons: Vec<Vec<u32>>,
    /// Relationships between two different known parties, after lifting persons to parties.
    pub party_rels: Vec<PartyRel<'a>>,
    /// Every party a party has at least one relationship with, sorted, distinct.
    pub party_rel_partners: Vec<Vec<u32>>,
    /// Reporting lines per table (valid, no self-loops), sorted, distinct.
    pub reports_to: Vec<Vec<u32>>,
    /// The reverse of `reports_to`.
    pub reported_by: Vec<Vec<u32>>,
    /// Party indices of the gemeente parties, in map order.
    pub municipalities: Vec<u32>,
    pub party_wg: Vec<Werkgebied>,
    pub table_wg: Vec<Werkgebied>,
    /// The member graph of `spec/analysis.md`.
    pub member: Graph,
}

impl<'a> Ctx<'a> {
    pub fn new(map: &'a Map) -> Self {
        let index = map.index();
        let np = map.parties.len();
        let nt = map.tables.len();
        let mut table_seats = vec![Vec::new(); nt];
        let mut table_parties: Vec<Vec<u32>> = vec![Vec::new(); nt];
        let mut party_tables: Vec<Vec<u32>> = vec![Vec::new(); np];
        let mut person_tables: Vec<Vec<u32>> = vec![Vec::new(); map.persons.len()];
        for m in &map.memberships {
            let (Some(t), Some(p)) = (index.table(&m.table), index.party(&m.party)) else {
                continue;
            };
            let person = m.person.as_deref().and_then(|id| index.person(id));
            table_seats[t].push(Seat {
                party: p as u32,
                person: person.map(|x| x as u32),
            });
            table_parties[t].push(p as u32);
            party_tables[p].push(t as u32);
            if let Some(x) = person {
                person_tables[x].push(t as u32);
            }
        }
        for v in table_parties
            .iter_mut()
            .chain(&mut party_tables)
            .chain(&mut person_tables)
        {
            v.sort_unstable();
            v.dedup();
        }

        let mut party_persons = vec![Vec::new(); np];
        for (i, p) in map.persons.iter().enumerate() {
            if let Some(q) = index.party(&p.party) {
                party_persons[q].push(i as u32);
            }
        }

        let to_party = |id: &str| -> Option<u32> {
            match index.get(id)? {
                (NodeKind::Party, i) => Some(i as u32),
                (NodeKind::Person, i) => index.party(&map.persons[i].party).map(|x| x as u32),
                (NodeKind::Table, _) => None,
            }
        };
        let mut party_rels = Vec::new();
        let mut party_rel_partners = vec![Vec::new(); np];
        for r in &map.relations {
            if let (Some(a), Some(b)) = (to_party(&r.from), to_party(&r.to))
                && a != b
            {
                party_rels.push(PartyRel { a, b, rel: r });
                party_rel_partners[a as usize].push(b);
                party_rel_partners[b as usize].push(a);
            }
        }
        for v in &mut party_rel_partners {
            v.sort_unstable();
            v.dedup();
        }

        let mut reports_to = vec![Vec::new(); nt];
        let mut reported_by = vec![Vec::new(); nt];
        for (i, t) in map.tables.iter().enumerate() {
            for u in &t.reports_to {
                if let Some(j) = index.table(u)
                    && j != i
                {
                    reports_to[i].push(j as u32);
                    reported_by[j].push(i as u32);
                }
            }
        }
        for v in reports_to.iter_mut().chain(&mut reported_by) {
            v.sort_unstable();
            v.dedup();
        }

        let municipalities: Vec<u32> = map
            .parties
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind == PartyKind::Gemeente)
            .map(|(i, _)| i as u32)
            .collect();
        let positions: std::collections::HashMap<u32, u32> = municipalities
            .iter()
            .enumerate()
            .map(|(w, p)| (*p, w as u32))
            .collect();
        let position = |id: &str| -> Option<u32> {
            let p = index.party(id)? as u32;
            positions.get(&p).copied()
        };
        let wg_of = |ids: &[String]| -> Werkgebied {
            let mut v: Vec<u32> = ids.iter().filter_map(|id| position(id)).collect();
            v.sort_unstable();
            v.dedup();
            Werkgebied::Some(v)
        };
        let party_wg = map
            .parties
            .iter()
            .enumerate()
            .map(|(i, p)| {
                if !p.werkgebied.is_empty() {
                    wg_of(&p.werkgebied)
                } else if p.kind == PartyKind::Gemeente {
                    // A municipality's own werkgebied is itself.
                    let own = positions.get(&(i as u32)).copied();
                    Werkgebied::Some(own.map(|x| vec![x]).unwrap_or_default())
                } else {
                    Werkgebied::All
                }
            })
            .collect();
        let table_wg = map
            .tables
            .iter()
            .map(|t| {
                if t.werkgebied.is_empty() {
                    Werkgebied::All
                } else {
                    wg_of(&t.werkgebied)
                }
            })
            .collect();

        Ctx {
            map,
            index,
            table_seats,
            table_parties,
            party_tables,
            person_tables,
            party_persons,
            party_rels,
            party_rel_partners,
            reports_to,
            reported_by,
            municipalities,
            party_wg,
            table_wg,
            member: graph::member_graph(map),
        }
    }

    /// The display name of an id (the id itself when unknown).
    pub fn name<'b>(&'b self, id: &'b str) -> &'b str {
        match self.index.get(id) {
            Some((NodeKind::Party, i)) => &self.map.parties[i].name,
            Some((NodeKind::Person, i)) => &self.map.persons[i].name,
            Some((NodeKind::Table, i)) => &self.map.tables[i].name,
            None => id,
        }
    }

    pub fn party_kind(&self, p: u32) -> PartyKind {
        self.map.parties[p as usize].kind
    }

    pub fn party_id(&self, p: u32) -> &'a str {
        &self.map.parties[p as usize].id
    }

    pub fn table_id(&self, t: u32) -> &'a str {
        &self.map.tables[t as usize].id
    }

    /// The id of a municipality position.
    pub fn municipality_id(&self, w: u32) -> &'a str {
        self.party_id(self.municipalities[w as usize])
    }

    pub fn table_in(&self, t: u32, d: Domain) -> bool {
        self.map.tables[t as usize].domains.contains(d)
    }

    pub fn table_at(&self, t: u32, l: Layer) -> bool {
        self.map.tables[t as usize].layers.contains(l)
    }

    /// Yearly meeting hours of a table; unknown or nonsensical figures count as zero.
    pub fn table_hours(&self, t: u32) -> f64 {
        match self.map.tables[t as usize].hours_per_year() {
            Some(h) if h.is_finite() && h > 0.0 => h,
            _ => 0.0,
        }
    }

    /// Tables that are neighbours of a member-graph node.
    pub fn member_tables(&self, n: u32) -> impl Iterator<Item = u32> + '_ {
        self.member
            .neighbors(n)
            .iter()
            .copied()
            .filter(|&x| self.member.kinds[x as usize] == NodeKind::Table)
    }

    /// The table index of a member-graph node that is a table.
    pub fn member_table_index(&self, n: u32) -> Option<u32> {
        self.index
            .table(&self.member.ids[n as usize])
            .map(|x| x as u32)
    }

    /// Whether two parties are the same or share a table or a relationship (scope "everything").
    pub fn meet(&self, a: u32, b: u32) -> bool {
        a == b
            || sorted_intersect(
                &self.party_tables[a as usize],
                &self.party_tables[b as usize],
            )
            || self.party_rel_partners[a as usize]
                .binary_search(&b)
                .is_ok()
    }
}

/// Whether two sorted lists share an element (a merge, no allocation).
pub(crate) fn sorted_intersect(a: &[u32], b: &[u32]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// Names for a message: at most `max`, then "en N andere" (rendered later).
pub(crate) fn name_list(names: &[&str], max: usize) -> crate::i18n::Arg {
    crate::i18n::Arg::Names(names.iter().map(|s| (*s).to_string()).collect(), max)
}

/// A vocabulary label in running text (lower case, rendered later).
pub(crate) fn lower(l: impl crate::i18n::vocab::Label) -> crate::i18n::Arg {
    crate::i18n::Arg::Lower(l.text())
}
