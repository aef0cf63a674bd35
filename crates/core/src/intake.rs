//! The inventory: combining the lists that partners send back into one map
//! (`spec/intake.md`). Each partner describes the tables it sits at in its own words and
//! without shared ids; this module matches parties, tables and persons across the sources by
//! id and by name (the importer's near-duplicate rule; tables only within one werkgebied,
//! persons only within one party), derives stable ids, records on every row who reported it
//! (`gemeld_door`), and reports what it cannot decide: conflicting values (the majority
//! wins, a tie goes to the first source), seats that the seated party's own list does not
//! confirm, and look-alike names left for a person to judge.
//!
//! Matching is linear in the rows: exact names are grouped by their normalised words first,
//! and only one name per group goes through the near-duplicate rule, which itself compares
//! names of nearly equal length only.

use crate::import::{ImportFailure, PartnerLoad, load_partner, near_duplicates, normalise_name};
use crate::model::{
    Attributes, Map, Membership, Party, PartyKind, Person, Relation, Set, Table, Vocab,
    edit_distance,
};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// The attribute that names the sources of a row.
pub const REPORTED_BY: &str = "gemeld_door";

/// One partner's submission, read.
#[derive(Debug, Clone)]
pub struct Submission {
    /// The file name without extension.
    pub name: String,
    pub map: Map,
    /// Ids the partner left out (derived from names): they do not match across sources.
    pub derived: BTreeSet<String>,
    /// Parties the partner only named: their kind is not the partner's word.
    pub implicit: BTreeSet<String>,
    /// When the partner's file was last changed (ISO date, UTC), when known: "who sent what,
    /// when" in the report's Bronnen section.
    pub date: Option<String>,
}

impl Submission {
    /// A submission of a map whose ids are all the partner's own.
    pub fn of_map(name: impl Into<String>, map: Map) -> Self {
        Submission {
            name: name.into(),
            map,
            derived: BTreeSet::new(),
            implicit: BTreeSet::new(),
            date: None,
        }
    }

    fn of_load(name: String, load: PartnerLoad, date: Option<String>) -> Self {
        Submission {
            name,
            map: load.loaded.map,
            derived: load.derived,
            implicit: load.implicit,
            date,
        }
    }
}

/// The combination and what it could not decide.
#[derive(Debug, Clone)]
pub struct Combined {
    pub map: Map,
    pub report: Report,
}

/// The `netwerkkaart-samenvoeging` report of `spec/intake.md`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Report {
    pub format: &'static str,
    pub version: u32,
    pub sources: Vec<SourceSummary>,
    pub combined: Counts,
    pub matches: Vec<Match>,
    pub conflicts: Vec<Conflict>,
    pub unconfirmed: Vec<Unconfirmed>,
    pub review: Vec<Review>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SourceSummary {
    pub name: String,
    pub parties: usize,
    pub tables: usize,
    pub memberships: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, Default)]
pub struct Counts {
    pub parties: usize,
    pub persons: usize,
    pub tables: usize,
    pub memberships: usize,
    pub relations: usize,
}

/// A row of the combined map that several sources describe, with the names they used.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Match {
    pub kind: &'static str,
    pub id: String,
    pub names: Vec<NameFrom>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct NameFrom {
    pub source: String,
    pub name: String,
}

/// Different values for one field of one row; the first value is the one taken.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Conflict {
    pub kind: &'static str,
    pub id: String,
    pub field: &'static str,
    pub values: Vec<ValueFrom>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ValueFrom {
    pub value: String,
    pub sources: Vec<String>,
}

/// A seat reported by others for a party whose own list does not mention the table.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Unconfirmed {
    pub table: String,
    pub party: String,
    pub reported_by: Vec<String>,
}

/// Two names that look alike but were not merged.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Review {
    pub kind: &'static str,
    pub names: Vec<String>,
}

/// Why a set of sources could not be combined: every source's errors.
#[derive(Debug)]
pub struct IntakeFailure {
    pub failures: Vec<(String, ImportFailure)>,
}

/// The name of a source: its file name without extension.
pub fn source_name(path: &Path) -> String {
    let p = if path.as_os_str().is_empty() {
        Path::new(".")
    } else {
        path
    };
    p.file_stem()
        .or_else(|| p.file_name())
        .map_or_else(|| p.display().to_string(), |s| s.to_string_lossy().into())
}

/// Reads every source (reporting all sources' errors at once) and combines them.
pub fn combine_paths(paths: &[PathBuf], title: &str) -> Result<Combined, IntakeFailure> {
    Ok(combine(&load_sources(paths)?, title))
}

/// Reads every source, reporting all sources' errors at once. The app reads them once and
/// combines them again after each decision of the review.
pub fn load_sources(paths: &[PathBuf]) -> Result<Vec<Submission>, IntakeFailure> {
    let mut subs = Vec::new();
    let mut failures = Vec::new();
    for path in paths {
        let name = source_name(path);
        match load_partner(path) {
            Ok(load) => subs.push(Submission::of_load(name, load, file_date(path))),
            Err(f) => failures.push((name, f)),
        }
    }
    if failures.is_empty() {
        Ok(subs)
    } else {
        Err(IntakeFailure { failures })
    }
}

/// The date (UTC) a source was last changed: a workbook's own, a folder's newest file's.
/// Only the date, so that the same files give the same bytes through the day.
pub fn file_date(path: &Path) -> Option<String> {
    let secs = |m: std::fs::Metadata| {
        m.modified()
            .ok()?
            .duration_since(std::time::UNIX_EPOCH)
            .ok()
            .map(|d| d.as_secs())
    };
    let newest = if path.is_dir() {
        std::fs::read_dir(path)
            .ok()?
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| e.metadata().ok().and_then(secs))
            .max()?
    } else {
        secs(std::fs::metadata(path).ok()?)?
    };
    Some(crate::i18n::date::Date::from_unix_secs(newest).iso())
}

/// The view-state key under which a combined map keeps the date of each source.
pub const SOURCE_DATES: &str = "bronnen";

/// The date of each source a map was combined from, in source order: `(source, ISO date)`.
/// Empty for a map that keeps none (built in memory, or not combined at all).
pub fn source_dates(map: &Map) -> Vec<(String, String)> {
    let Some(list) = map
        .arrangement
        .views
        .get(SOURCE_DATES)
        .and_then(|v| v.as_array())
    else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|e| {
            let get = |k: &str| e.get(k).and_then(|v| v.as_str()).map(str::to_string);
            Some((get("bron")?, get("datum")?))
        })
        .collect()
}

/// The view-state value of source dates (`None` when there are none).
fn dates_value(dates: &[(String, String)]) -> Option<serde_json::Value> {
    (!dates.is_empty()).then(|| {
        serde_json::Value::Array(
            dates
                .iter()
                .map(|(s, d)| serde_json::json!({"bron": s, "datum": d}))
                .collect(),
        )
    })
}

/// The source dates of `old` with those of `new` added (a source sent again replaces its
/// date): what a map keeps after a combination is merged into it.
pub fn merged_source_dates(old: &Map, new: &Map) -> Option<serde_json::Value> {
    let mut dates = source_dates(old);
    for (s, d) in source_dates(new) {
        match dates.iter_mut().find(|(x, _)| *x == s) {
            Some(e) => e.1 = d,
            None => dates.push((s, d)),
        }
    }
    dates_value(&dates)
}

/// What a person decided in the review of a combination. Everything names rows as the
/// report of the combination without these decisions shows them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Decisions {
    /// Source rows kept apart from the match they were put in.
    pub split: Vec<Split>,
    /// Look-alike pairs (a `review` entry) to take as one row.
    pub merge: Vec<Review>,
    /// The value to take for a conflict instead of the majority's.
    pub choose: Vec<Choice>,
    /// The first source is the map the combination is merged into: its ids win, and it is
    /// nobody's report (its rows keep their own `gemeld_door`) and nobody's own list.
    pub base: bool,
}

/// One source's row of a match, to be kept apart: the match's kind and id, the source and
/// the name as that source spells it (a `Match` and one of its `names`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    pub kind: String,
    pub id: String,
    pub source: String,
    pub name: String,
}

/// The value to take for one field of one row (a `Conflict` and one of its `values`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub kind: String,
    pub id: String,
    pub field: String,
    pub value: String,
}

impl Decisions {
    /// Whether nothing was decided (the combination is that of `combine`).
    pub fn is_empty(&self) -> bool {
        self.split.is_empty() && self.merge.is_empty() && self.choose.is_empty() && !self.base
    }

    /// The chosen value of a conflict, if the person chose one.
    pub fn chosen(&self, kind: &str, id: &str, field: &str) -> Option<&str> {
        self.choose
            .iter()
            .rev()
            .find(|c| c.kind == kind && c.id == id && c.field == field)
            .map(|c| c.value.as_str())
    }

    /// Sets (or replaces) the choice of a conflict.
    pub fn choose(&mut self, kind: &str, id: &str, field: &str, value: &str) {
        self.choose
            .retain(|c| !(c.kind == kind && c.id == id && c.field == field));
        self.choose.push(Choice {
            kind: kind.to_string(),
            id: id.to_string(),
            field: field.to_string(),
            value: value.to_string(),
        });
    }
}

/// Which combined row each source row became.
#[derive(Default)]
struct Remap {
    /// (source, old id) → new id, for parties, persons and tables alike.
    ids: HashMap<(usize, String), String>,
}

impl Remap {
    fn get(&self, src: usize, id: &str) -> String {
        self.ids
            .get(&(src, id.to_string()))
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }
}

/// One row of one source, about to be matched.
struct Entry<'a, T> {
    src: usize,
    row: &'a T,
}

/// Groups entries: same explicit id within a block, or names that are near-duplicates
/// within a block. Returns the groups in order of their first entry.
fn cluster(names: &[&str], explicit: &[Option<&str>], blocks: &[String]) -> Vec<Vec<usize>> {
    let n = names.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    let union = |p: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(p, a), find(p, b));
        if ra != rb {
            p[ra.max(rb)] = ra.min(rb);
        }
    };
    let mut first_by_id: HashMap<(&str, &str), usize> = HashMap::new();
    let mut first_by_words: HashMap<(&str, String), usize> = HashMap::new();
    for i in 0..n {
        if let Some(id) = explicit[i] {
            match first_by_id.get(&(blocks[i].as_str(), id)) {
                Some(&j) => union(&mut parent, i, j),
                None => {
                    first_by_id.insert((blocks[i].as_str(), id), i);
                }
            }
        }
        let mut words = normalise_name(names[i]);
        words.sort();
        let key = words.join(" ");
        if key.is_empty() {
            continue;
        }
        match first_by_words.get(&(blocks[i].as_str(), key.clone())) {
            Some(&j) => union(&mut parent, i, j),
            None => {
                first_by_words.insert((blocks[i].as_str(), key), i);
            }
        }
    }
    // One name per word set and block through the near-duplicate rule.
    let mut per_block: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut reps: Vec<usize> = first_by_words.values().copied().collect();
    reps.sort_unstable();
    for i in reps {
        per_block.entry(blocks[i].as_str()).or_default().push(i);
    }
    for members in per_block.values() {
        if members.len() < 2 {
            continue;
        }
        let probe = Map {
            parties: members
                .iter()
                .map(|&i| Party::new(i.to_string(), names[i], PartyKind::Overig))
                .collect(),
            ..Map::default()
        };
        for group in near_duplicates(&probe) {
            let Ok(keep) = group.keep.parse::<usize>() else {
                continue;
            };
            for m in &group.merge {
                if let Ok(j) = m.parse::<usize>() {
                    union(&mut parent, keep, j);
                }
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut index: HashMap<usize, usize> = HashMap::new();
    for i in 0..n {
        let r = find(&mut parent, i);
        let g = *index.entry(r).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    groups
}

/// The value most entries give; on a tie the first one's. `None` when nobody gives one.
fn majority<'a>(values: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for v in values {
        match counts.iter_mut().find(|(x, _)| *x == v) {
            Some(c) => c.1 += 1,
            None => counts.push((v, 1)),
        }
    }
    let best = counts.iter().map(|c| c.1).max()?;
    counts.iter().find(|c| c.1 == best).map(|c| c.0)
}

/// Collects the values sources give a field, to pick the majority and report a conflict.
struct Votes<'s> {
    sources: &'s [Submission],
    decisions: &'s Decisions,
    values: Vec<(String, Vec<String>)>,
}

impl<'s> Votes<'s> {
    fn new(sources: &'s [Submission], decisions: &'s Decisions) -> Self {
        Votes {
            sources,
            decisions,
            values: Vec::new(),
        }
    }

    fn add(&mut self, src: usize, value: String) {
        if value.is_empty() {
            return;
        }
        let name = self.sources[src].name.clone();
        match self.values.iter_mut().find(|(v, _)| *v == value) {
            Some((_, s)) => {
                if !s.contains(&name) {
                    s.push(name);
                }
            }
            None => self.values.push((value, vec![name])),
        }
    }

    /// The winning value (most sources, then first given), and the conflict if any.
    fn decide(
        mut self,
        kind: &'static str,
        id: &str,
        field: &'static str,
    ) -> (Option<String>, Option<Conflict>) {
        let best = self.values.iter().map(|(_, s)| s.len()).max();
        let Some(best) = best else {
            return (None, None);
        };
        // Stable: the first value with the most sources moves to the front.
        let pos = self
            .values
            .iter()
            .position(|(_, s)| s.len() == best)
            .unwrap_or(0);
        let won = self.values.remove(pos);
        self.values.insert(0, won);
        // A value the person chose moves to the front in turn: it is the one taken.
        if let Some(chosen) = self.decisions.chosen(kind, id, field)
            && let Some(pos) = self.values.iter().position(|(v, _)| v == chosen)
        {
            let won = self.values.remove(pos);
            self.values.insert(0, won);
        }
        let winner = self.values[0].0.clone();
        let conflict = (self.values.len() > 1).then(|| Conflict {
            kind,
            id: id.to_string(),
            field,
            values: self
                .values
                .into_iter()
                .map(|(value, sources)| ValueFrom { value, sources })
                .collect(),
        });
        (Some(winner), conflict)
    }
}

/// Ids in use in the combined map; a taken id gets `-2`, `-3`, …
#[derive(Default)]
struct Ids(BTreeSet<String>);

impl Ids {
    /// The id [`claim`](Self::claim) would give, without taking it.
    fn peek(&self, wanted: &str, alt: Option<&str>) -> String {
        if !self.0.contains(wanted) {
            return wanted.to_string();
        }
        if let Some(a) = alt
            && !self.0.contains(a)
        {
            return a.to_string();
        }
        (2..)
            .map(|n| format!("{wanted}-{n}"))
            .find(|c| !self.0.contains(c))
            .unwrap_or_else(|| wanted.to_string())
    }
}

/// The names of the sources of some entries, in source order, once each.
/// With a base map (the open map merged into), the base is nobody's report.
fn reporters(
    sources: &[Submission],
    decisions: &Decisions,
    srcs: impl IntoIterator<Item = usize>,
) -> Vec<String> {
    let set: BTreeSet<usize> = srcs
        .into_iter()
        .filter(|&s| !(decisions.base && s == 0))
        .collect();
    set.into_iter().map(|s| sources[s].name.clone()).collect()
}

/// Attributes merged (first source wins per key), with `gemeld_door` set.
/// With `keep` (merging into a map), the sources a row already names come first; a row that
/// no source names then gets no `gemeld_door`.
fn merged_attributes<'a>(
    all: impl IntoIterator<Item = &'a Attributes>,
    by: &[String],
    keep: bool,
) -> Attributes {
    let mut out: Attributes = Vec::new();
    let mut names: Vec<String> = Vec::new();
    for attrs in all {
        for (k, v) in attrs {
            if k == REPORTED_BY {
                if keep {
                    names.extend(v.split('|').filter(|s| !s.is_empty()).map(str::to_string));
                }
            } else if !out.iter().any(|(x, _)| x == k) {
                out.push((k.clone(), v.clone()));
            }
        }
    }
    for b in by {
        if !names.contains(b) {
            names.push(b.clone());
        }
    }
    names.dedup();
    if !keep || !names.is_empty() {
        out.push((REPORTED_BY.to_string(), names.join("|")));
    }
    out
}

/// The most used name of a group, then the first.
fn chosen_name<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    majority(names).unwrap_or_default().to_string()
}

/// The explicit id most entries give, when any does.
fn chosen_id<'a>(ids: impl IntoIterator<Item = Option<&'a str>>) -> Option<String> {
    majority(ids.into_iter().flatten()).map(str::to_string)
}

/// Everything the combination builds up.
struct State<'s> {
    sources: &'s [Submission],
    decisions: &'s Decisions,
    ids: Ids,
    remap: Remap,
    map: Map,
    matches: Vec<Match>,
    conflicts: Vec<Conflict>,
    /// For each combined table, the sources that list it.
    table_sources: HashMap<String, BTreeSet<usize>>,
}

/// Combines the submissions in their order (the first source wins ties).
pub fn combine(sources: &[Submission], title: &str) -> Combined {
    combine_with(sources, title, &Decisions::default())
}

/// Combines the submissions as [`combine`] does, with what a person decided in the review:
/// rows kept apart, look-alikes merged, values chosen. The map keeps the date of each source
/// whose date is known (view state [`SOURCE_DATES`]).
pub fn combine_with(sources: &[Submission], title: &str, decisions: &Decisions) -> Combined {
    let mut st = State {
        sources,
        decisions,
        ids: Ids::default(),
        remap: Remap::default(),
        map: Map {
            title: title.to_string(),
            ..Map::default()
        },
        matches: Vec::new(),
        conflicts: Vec::new(),
        table_sources: HashMap::new(),
    };
    if decisions.base
        && let Some(b) = sources.first()
    {
        // The map merged into keeps its ids: partners' rows must not take them.
        let m = &b.map;
        let ids = m.parties.iter().map(|p| &p.id);
        let ids = ids.chain(m.tables.iter().map(|t| &t.id));
        st.ids
            .0
            .extend(ids.chain(m.persons.iter().map(|p| &p.id)).cloned());
    }
    let party_names = st.parties();
    let table_names = st.tables();
    st.persons();
    st.memberships();
    st.relations();
    let unconfirmed = st.unconfirmed();
    let mut review = look_alikes(&party_names, &table_names);
    review.sort_by(|a, b| (a.kind, &a.names).cmp(&(b.kind, &b.names)));
    st.matches
        .sort_by(|a, b| (a.kind, &a.id).cmp(&(b.kind, &b.id)));
    st.conflicts
        .sort_by(|a, b| (a.kind, &a.id, a.field).cmp(&(b.kind, &b.id, b.field)));
    let dates: Vec<(String, String)> = sources
        .iter()
        .enumerate()
        .filter(|(i, _)| !(decisions.base && *i == 0))
        .filter_map(|(_, s)| Some((s.name.clone(), s.date.clone()?)))
        .collect();
    if let Some(v) = dates_value(&dates) {
        st.map.arrangement.views.insert(SOURCE_DATES.to_string(), v);
    }
    let m = &st.map;
    let report = Report {
        format: "netwerkkaart-samenvoeging",
        version: 1,
        sources: sources
            .iter()
            .map(|s| SourceSummary {
                name: s.name.clone(),
                parties: s.map.parties.len() - s.implicit.len().min(s.map.parties.len()),
                tables: s.map.tables.len(),
                memberships: s.map.memberships.len(),
            })
            .collect(),
        combined: Counts {
            parties: m.parties.len(),
            persons: m.persons.len(),
            tables: m.tables.len(),
            memberships: m.memberships.len(),
            relations: m.relations.len(),
        },
        matches: st.matches,
        conflicts: st.conflicts,
        unconfirmed,
        review,
    };
    Combined {
        map: st.map,
        report,
    }
}

/// A row that is matched across sources by id and name: a party, table or person.
trait Named {
    fn id(&self) -> &str;
    fn name(&self) -> &str;
}

macro_rules! named {
    ($($t:ty),*) => {$(
        impl Named for $t {
            fn id(&self) -> &str {
                &self.id
            }
            fn name(&self) -> &str {
                &self.name
            }
        }
    )*};
}
named!(Party, Table, Person);

/// One list's rows of every source, their names, and the ids the partners gave themselves.
type Gathered<'s, T> = (Vec<Entry<'s, T>>, Vec<&'s str>, Vec<Option<&'s str>>);

impl<'s> State<'s> {
    fn gather<T: Named>(&self, list: fn(&'s Map) -> &'s [T]) -> Gathered<'s, T> {
        let entries: Vec<Entry<'s, T>> = self
            .sources
            .iter()
            .enumerate()
            .flat_map(|(src, s)| list(&s.map).iter().map(move |row| Entry { src, row }))
            .collect();
        let names = entries.iter().map(|e| e.row.name()).collect();
        let explicit = entries
            .iter()
            .map(|e| (!self.sources[e.src].derived.contains(e.row.id())).then_some(e.row.id()))
            .collect();
        (entries, names, explicit)
    }

    /// Settles a group: its name (the most used), its id (the base map's, else the partners'
    /// own when they gave one, else made of the name; `alt` of that when it is taken), which
    /// combined row every source row became, and the match entry. Rows the person kept apart
    /// leave the group for `later`, each a group of its own, settled after the others (so
    /// the group keeps the id the review showed). Returns the id and the name.
    fn settle<T: Named>(
        &mut self,
        kind: &'static str,
        (entries, names, explicit): &Gathered<'s, T>,
        group: &mut Vec<usize>,
        later: &mut Vec<Vec<usize>>,
        alt: impl FnOnce(&str, &Map) -> Option<String>,
    ) -> (String, String) {
        let base = self.decisions.base;
        let is_base = |i: &usize| base && entries[*i].src == 0;
        // Two rows of the map merged into are two rows still: only the first takes partners.
        let extra_base: Vec<usize> = group.iter().copied().filter(is_base).skip(1).collect();
        if !extra_base.is_empty() {
            group.retain(|i| !extra_base.contains(i));
            later.extend(extra_base.into_iter().map(|i| vec![i]));
        }
        let base_id = group
            .iter()
            .find(|i| is_base(i))
            .map(|&i| entries[i].row.id().to_string());
        let name = chosen_name(group.iter().map(|&i| names[i]));
        let id = match base_id {
            Some(id) => id,
            None => {
                let wanted = chosen_id(group.iter().map(|&i| explicit[i]))
                    .unwrap_or_else(|| crate::import::slug(&name));
                let alt = alt(&wanted, &self.map);
                self.ids.peek(&wanted, alt.as_deref())
            }
        };
        let split = &self.decisions.split;
        let apart: Vec<usize> = group
            .iter()
            .copied()
            .filter(|&i| {
                split.iter().any(|s| {
                    s.kind == kind
                        && s.id == id
                        && s.source == self.sources[entries[i].src].name
                        && s.name == entries[i].row.name()
                })
            })
            .collect();
        let name = if !apart.is_empty() && apart.len() < group.len() {
            group.retain(|i| !apart.contains(i));
            later.extend(apart.into_iter().map(|i| vec![i]));
            chosen_name(group.iter().map(|&i| names[i]))
        } else {
            name
        };
        self.ids.0.insert(id.clone());
        let mut spelled = Vec::new();
        for &i in group.iter() {
            let e = &entries[i];
            self.remap
                .ids
                .insert((e.src, e.row.id().to_string()), id.clone());
            spelled.push(NameFrom {
                source: self.sources[e.src].name.clone(),
                name: e.row.name().to_string(),
            });
        }
        self.note_match(kind, &id, spelled);
        (id, name)
    }
}

impl State<'_> {
    /// Joins the groups whose names the person decided are one (a look-alike pair), within
    /// one block, keeping the groups in order of their first entry.
    fn merge_look_alikes(
        &self,
        kind: &str,
        names: &[&str],
        blocks: &[String],
        groups: Vec<Vec<usize>>,
    ) -> Vec<Vec<usize>> {
        let pairs: Vec<&Review> = self
            .decisions
            .merge
            .iter()
            .filter(|r| r.kind == kind && r.names.len() == 2)
            .collect();
        if pairs.is_empty() {
            return groups;
        }
        let mut by_name: HashMap<(&str, String), usize> = HashMap::new();
        for (g, group) in groups.iter().enumerate() {
            let name = chosen_name(group.iter().map(|&i| names[i]));
            by_name
                .entry((blocks[group[0]].as_str(), name))
                .or_insert(g);
        }
        let mut into: Vec<usize> = (0..groups.len()).collect();
        fn root(into: &mut [usize], mut g: usize) -> usize {
            while into[g] != g {
                g = into[g];
            }
            g
        }
        for r in pairs {
            for (block, name) in by_name.keys() {
                if *name != r.names[0] {
                    continue;
                }
                let (Some(&a), Some(&b)) = (
                    by_name.get(&(*block, r.names[0].clone())),
                    by_name.get(&(*block, r.names[1].clone())),
                ) else {
                    continue;
                };
                let (ra, rb) = (root(&mut into, a), root(&mut into, b));
                into[ra.max(rb)] = ra.min(rb);
            }
        }
        let mut out: Vec<Vec<usize>> = vec![Vec::new(); groups.len()];
        for (g, group) in groups.into_iter().enumerate() {
            let r = root(&mut into, g);
            out[r].extend(group);
        }
        out.retain(|g| !g.is_empty());
        for g in &mut out {
            g.sort_unstable();
        }
        out.sort_by_key(|g| g[0]);
        out
    }
}

impl State<'_> {
    /// The match entry of a group when more than one source or name describes it.
    fn note_match(&mut self, kind: &'static str, id: &str, names: Vec<NameFrom>) {
        let mut names = names;
        names.dedup();
        let sources: BTreeSet<&str> = names.iter().map(|n| n.source.as_str()).collect();
        let spellings: BTreeSet<&str> = names.iter().map(|n| n.name.as_str()).collect();
        if sources.len() > 1 || spellings.len() > 1 {
            self.matches.push(Match {
                kind,
                id: id.to_string(),
                names,
            });
        }
    }

    /// Combines the parties; returns each combined party's words for the look-alikes.
    fn parties(&mut self) -> Vec<String> {
        let gathered = self.gather(|m| &m.parties);
        let (entries, names, explicit) = &gathered;
        let blocks = vec![String::new(); entries.len()];
        let mut out = Vec::new();
        let mut groups =
            self.merge_look_alikes("partij", names, &blocks, cluster(names, explicit, &blocks));
        let mut next = 0;
        while next < groups.len() {
            let mut group = std::mem::take(&mut groups[next]);
            next += 1;
            let mut later = Vec::new();
            let (id, name) = self.settle("partij", &gathered, &mut group, &mut later, |_, _| None);
            groups.extend(later);
            out.push(name.clone());
            let stated: Vec<usize> = group
                .iter()
                .copied()
                .filter(|&i| {
                    !self.sources[entries[i].src]
                        .implicit
                        .contains(&entries[i].row.id)
                })
                .collect();
            let mut votes = Votes::new(self.sources, self.decisions);
            let voters = if stated.is_empty() { &group } else { &stated };
            for &i in voters {
                votes.add(entries[i].src, entries[i].row.kind.name().to_string());
            }
            let (kind, conflict) = votes.decide("partij", &id, "soort");
            self.conflicts.extend(conflict);
            let first = entries[group[0]].row;
            let mut party = Party::new(
                id.clone(),
                name,
                kind.and_then(|k| PartyKind::parse(&k))
                    .unwrap_or(first.kind),
            );
            let text = |f: fn(&Party) -> &String| {
                group
                    .iter()
                    .map(|&i| f(entries[i].row))
                    .find(|s| !s.is_empty())
                    .cloned()
                    .unwrap_or_default()
            };
            party.interests = text(|p| &p.interests);
            party.takes = text(|p| &p.takes);
            party.gives = text(|p| &p.gives);
            let by = reporters(
                self.sources,
                self.decisions,
                stated.iter().map(|&i| entries[i].src),
            );
            let by = if by.is_empty() {
                reporters(
                    self.sources,
                    self.decisions,
                    group.iter().map(|&i| entries[i].src),
                )
            } else {
                by
            };
            party.attributes = merged_attributes(
                group.iter().map(|&i| &entries[i].row.attributes),
                &by,
                self.decisions.base,
            );
            self.map.parties.push(party);
        }
        // Werkgebied and parent refer to parties: remap once every party has its id.
        self.party_references(entries);
        out
    }

    /// Fills werkgebied (union) and parent (first given) of the combined parties.
    fn party_references(&mut self, entries: &[Entry<Party>]) {
        let mut areas: HashMap<String, Vec<String>> = HashMap::new();
        let mut parents: HashMap<String, String> = HashMap::new();
        for e in entries {
            let id = self.remap.get(e.src, &e.row.id);
            let list = areas.entry(id.clone()).or_default();
            for w in &e.row.werkgebied {
                let w = self.remap.get(e.src, w);
                if !list.contains(&w) {
                    list.push(w);
                }
            }
            if let Some(p) = &e.row.parent {
                let p = self.remap.get(e.src, p);
                if p != id {
                    parents.entry(id).or_insert(p);
                }
            }
        }
        for party in &mut self.map.parties {
            if let Some(mut list) = areas.remove(&party.id) {
                list.retain(|w| *w != party.id || party.kind != PartyKind::Gemeente);
                party.werkgebied = list;
            }
            party.parent = parents.remove(&party.id);
        }
    }
}

/// A seat: table, party and person.
type SeatKey = (String, String, Option<String>);
/// The first appearance of a seat, the sources that report it and their rows.
type SeatRows<'a> = (usize, Vec<usize>, Vec<(usize, &'a Membership)>);
/// A relation: from, to and kind.
type RelationKey = (String, String, String);

/// A number as the sources write it, for votes.
fn number_value(v: Option<f64>) -> String {
    v.map(crate::import::format_number).unwrap_or_default()
}

impl State<'_> {
    /// Combines the tables, matched by name within the same (combined) werkgebied.
    fn tables(&mut self) -> Vec<String> {
        let gathered = self.gather(|m| &m.tables);
        let (entries, names, explicit) = &gathered;
        let areas: Vec<Vec<String>> = entries
            .iter()
            .map(|e| {
                let mut a: Vec<String> = e
                    .row
                    .werkgebied
                    .iter()
                    .map(|w| self.remap.get(e.src, w))
                    .collect();
                a.sort();
                a.dedup();
                a
            })
            .collect();
        let blocks: Vec<String> = areas.iter().map(|a| a.join("|")).collect();
        let mut out = Vec::new();
        let mut groups =
            self.merge_look_alikes("tafel", names, &blocks, cluster(names, explicit, &blocks));
        let mut next = 0;
        while next < groups.len() {
            let mut group = std::mem::take(&mut groups[next]);
            next += 1;
            let mut later = Vec::new();
            let area = &areas[group[0]];
            // Two "Casusoverleg" of two municipalities: the second carries its place.
            let alt = |wanted: &str, map: &Map| {
                area.first().map(|w| {
                    let place = map.party(w).map_or(w.as_str(), |p| p.name.as_str());
                    format!("{wanted}-{}", crate::import::slug(place))
                })
            };
            let (id, name) = self.settle("tafel", &gathered, &mut group, &mut later, alt);
            groups.extend(later);
            let srcs: BTreeSet<usize> = group.iter().map(|&i| entries[i].src).collect();
            self.table_sources.insert(id.clone(), srcs.clone());
            let table = self.table_of(entries, &group, &id, name.clone(), area.clone());
            out.push(format!("{}\u{1}{name}", blocks[group[0]]));
            self.map.tables.push(table);
        }
        // Reports-to links refer to tables: remap once every table has its id.
        let mut reports: HashMap<String, Vec<String>> = HashMap::new();
        for e in entries {
            let id = self.remap.get(e.src, &e.row.id);
            let list = reports.entry(id.clone()).or_default();
            for r in &e.row.reports_to {
                let r = self.remap.get(e.src, r);
                if r != id && !list.contains(&r) {
                    list.push(r);
                }
            }
        }
        for t in &mut self.map.tables {
            t.reports_to = reports.remove(&t.id).unwrap_or_default();
        }
        out
    }

    /// One combined table of a group of entries, its fields decided by majority.
    fn table_of(
        &mut self,
        entries: &[Entry<Table>],
        group: &[usize],
        id: &str,
        name: String,
        area: Vec<String>,
    ) -> Table {
        let first = entries[group[0]].row;
        let mut decide = |field: &'static str, get: &dyn Fn(&Table) -> String| {
            let mut votes = Votes::new(self.sources, self.decisions);
            for &i in group {
                votes.add(entries[i].src, get(entries[i].row));
            }
            let (v, c) = votes.decide("tafel", id, field);
            self.conflicts.extend(c);
            v
        };
        let domains = decide("domein", &|t| t.domains.to_cell());
        let layers = decide("laag", &|t| t.layers.to_cell());
        let frequency = decide("frequentie", &|t| number_value(t.frequency));
        let duration = decide("duur_uren", &|t| number_value(t.duration_hours));
        let decision = decide("besluitvorming", &|t| {
            t.decision.map(|d| d.name().to_string()).unwrap_or_default()
        });
        let kind = decide("soort", &|t| t.kind.name().to_string());
        let by = reporters(
            self.sources,
            self.decisions,
            group.iter().map(|&i| entries[i].src),
        );
        Table {
            id: id.to_string(),
            name,
            kind: kind.and_then(|k| Vocab::parse(&k)).unwrap_or(first.kind),
            domains: domains.map_or(first.domains, |c| parse_cell(&c)),
            layers: layers.map_or(first.layers, |c| parse_cell(&c)),
            frequency: frequency.and_then(|f| crate::import::parse_number(&f)),
            duration_hours: duration.and_then(|f| crate::import::parse_number(&f)),
            decision: decision.and_then(|d| Vocab::parse(&d)),
            werkgebied: area,
            reports_to: Vec::new(),
            attributes: merged_attributes(
                group.iter().map(|&i| &entries[i].row.attributes),
                &by,
                self.decisions.base,
            ),
        }
    }

    /// Combines the persons, matched by name within the same combined party.
    fn persons(&mut self) {
        let gathered = self.gather(|m| &m.persons);
        let (entries, names, explicit) = &gathered;
        let blocks: Vec<String> = entries
            .iter()
            .map(|e| self.remap.get(e.src, &e.row.party))
            .collect();
        let mut groups =
            self.merge_look_alikes("persoon", names, &blocks, cluster(names, explicit, &blocks));
        let mut next = 0;
        while next < groups.len() {
            let mut group = std::mem::take(&mut groups[next]);
            next += 1;
            let mut later = Vec::new();
            let (id, name) = self.settle("persoon", &gathered, &mut group, &mut later, |_, _| None);
            groups.extend(later);
            let first = entries[group[0]].row;
            let mut decide = |field: &'static str, get: &dyn Fn(&Person) -> String| {
                let mut votes = Votes::new(self.sources, self.decisions);
                for &i in &group {
                    votes.add(entries[i].src, get(entries[i].row));
                }
                let (v, c) = votes.decide("persoon", &id, field);
                self.conflicts.extend(c);
                v
            };
            let layer = decide("laag", &|p| {
                p.layer.map(|l| l.name().to_string()).unwrap_or_default()
            });
            let hours = decide("uren_per_maand", &|p| number_value(p.hours_per_month));
            let by = reporters(
                self.sources,
                self.decisions,
                group.iter().map(|&i| entries[i].src),
            );
            let person = Person {
                id: id.clone(),
                name,
                party: blocks[group[0]].clone(),
                function: group
                    .iter()
                    .map(|&i| &entries[i].row.function)
                    .find(|f| !f.is_empty())
                    .cloned()
                    .unwrap_or_default(),
                layer: layer.and_then(|l| Vocab::parse(&l)),
                network_roles: group.iter().fold(first.network_roles, |acc, &i| {
                    acc.union(entries[i].row.network_roles)
                }),
                hours_per_month: hours.and_then(|h| crate::import::parse_number(&h)),
                attributes: merged_attributes(
                    group.iter().map(|&i| &entries[i].row.attributes),
                    &by,
                    self.decisions.base,
                ),
            };
            self.map.persons.push(person);
        }
    }

    /// Combines the seats: one per table, party and person; a seat without a person is
    /// dropped where a source names who sits there.
    fn memberships(&mut self) {
        let mut seats: BTreeMap<SeatKey, SeatRows> = BTreeMap::new();
        let mut order = 0usize;
        for (src, s) in self.sources.iter().enumerate() {
            for m in &s.map.memberships {
                let key = (
                    self.remap.get(src, &m.table),
                    self.remap.get(src, &m.party),
                    m.person.as_ref().map(|p| self.remap.get(src, p)),
                );
                let e = seats.entry(key).or_insert_with(|| {
                    order += 1;
                    (order, Vec::new(), Vec::new())
                });
                e.1.push(src);
                e.2.push((src, m));
            }
        }
        // Who reported an unnamed seat also confirms the named ones of that party.
        let named: BTreeSet<(String, String)> = seats
            .keys()
            .filter(|k| k.2.is_some())
            .map(|k| (k.0.clone(), k.1.clone()))
            .collect();
        let mut extra: HashMap<(String, String), Vec<usize>> = HashMap::new();
        seats.retain(|k, v| {
            if k.2.is_none() && named.contains(&(k.0.clone(), k.1.clone())) {
                extra
                    .entry((k.0.clone(), k.1.clone()))
                    .or_default()
                    .extend(&v.1);
                false
            } else {
                true
            }
        });
        let mut list: Vec<_> = seats.into_iter().collect();
        list.sort_by_key(|(_, v)| v.0);
        for ((table, party, person), (_, mut srcs, rows)) in list {
            if let Some(more) = extra.get(&(table.clone(), party.clone())) {
                srcs.extend(more);
            }
            let mut votes = Votes::new(self.sources, self.decisions);
            for (src, m) in &rows {
                votes.add(*src, m.role.name().to_string());
            }
            let (role, c) = votes.decide("deelname", &format!("{table}/{party}"), "rol");
            self.conflicts.extend(c);
            let by = reporters(self.sources, self.decisions, srcs);
            self.map.memberships.push(Membership {
                table,
                party,
                person,
                role: role
                    .and_then(|r| Vocab::parse(&r))
                    .unwrap_or(rows[0].1.role),
                attributes: merged_attributes(
                    rows.iter().map(|(_, m)| &m.attributes),
                    &by,
                    self.decisions.base,
                ),
            });
        }
    }

    /// Combines the relations: one per from, to and kind.
    fn relations(&mut self) {
        let mut rels: Vec<(RelationKey, Vec<(usize, &Relation)>)> = Vec::new();
        let mut index: HashMap<(String, String, String), usize> = HashMap::new();
        for (src, s) in self.sources.iter().enumerate() {
            // Two rows with the same ends and kind in one list are two relations: the n-th
            // of one source matches the n-th of another.
            let mut seen: HashMap<RelationKey, usize> = HashMap::new();
            for r in &s.map.relations {
                let ends = (
                    self.remap.get(src, &r.from),
                    self.remap.get(src, &r.to),
                    r.kind.clone(),
                );
                let nth = seen.entry(ends.clone()).or_default();
                *nth += 1;
                let key = (ends.0, ends.1, format!("{}\u{1}{nth}", ends.2));
                let i = *index.entry(key.clone()).or_insert_with(|| {
                    rels.push((key, Vec::new()));
                    rels.len() - 1
                });
                rels[i].1.push((src, r));
            }
        }
        for ((from, to, kind), rows) in rels {
            let kind = kind.split('\u{1}').next().unwrap_or_default().to_string();
            let mut votes = Votes::new(self.sources, self.decisions);
            for (src, r) in &rows {
                votes.add(
                    *src,
                    r.quality.map(|q| q.name().to_string()).unwrap_or_default(),
                );
            }
            let (quality, c) = votes.decide("relatie", &format!("{from}/{to}"), "kwaliteit");
            self.conflicts.extend(c);
            let by = reporters(self.sources, self.decisions, rows.iter().map(|(s, _)| *s));
            let first = rows[0].1;
            self.map.relations.push(Relation {
                from,
                to,
                kind,
                domains: rows
                    .iter()
                    .fold(Set::default(), |a, (_, r)| a.union(r.domains)),
                layers: rows
                    .iter()
                    .fold(Set::default(), |a, (_, r)| a.union(r.layers)),
                quality: quality.and_then(|q| Vocab::parse(&q)).or(first.quality),
                note: rows
                    .iter()
                    .map(|(_, r)| &r.note)
                    .find(|n| !n.is_empty())
                    .cloned()
                    .unwrap_or_default(),
                attributes: merged_attributes(
                    rows.iter().map(|(_, r)| &r.attributes),
                    &by,
                    self.decisions.base,
                ),
            });
        }
    }

    /// The combined id of each source's own party: the one named like the source, or else
    /// the first party it describes itself.
    fn own_parties(&self) -> Vec<Option<String>> {
        self.sources
            .iter()
            .enumerate()
            .map(|(src, s)| {
                if self.decisions.base && src == 0 {
                    return None;
                }
                let stated: Vec<&Party> = s
                    .map
                    .parties
                    .iter()
                    .filter(|p| !s.implicit.contains(&p.id))
                    .collect();
                let mut probe = Map::default();
                probe.parties.push(Party::new(
                    "bron",
                    s.name.replace(['_', '-'], " "),
                    PartyKind::Overig,
                ));
                let mut wanted: Vec<String> = normalise_name(&s.name.replace(['_', '-'], " "));
                wanted.sort();
                for (i, p) in stated.iter().enumerate() {
                    let mut w = normalise_name(&p.name);
                    w.sort();
                    if w == wanted && !w.is_empty() {
                        return Some(self.remap.get(src, &p.id));
                    }
                    probe.parties.push(Party::new(
                        i.to_string(),
                        p.name.clone(),
                        PartyKind::Overig,
                    ));
                }
                let by_rule = near_duplicates(&probe).into_iter().find_map(|g| {
                    let ids: Vec<&String> = std::iter::once(&g.keep).chain(&g.merge).collect();
                    ids.iter().any(|i| *i == "bron").then(|| {
                        ids.into_iter()
                            .find(|i| *i != "bron")
                            .and_then(|i| i.parse::<usize>().ok())
                    })?
                });
                by_rule
                    .or((!stated.is_empty()).then_some(0))
                    .map(|i| self.remap.get(src, &stated[i].id))
            })
            .collect()
    }

    /// Seats that the seated party's own list does not mention.
    fn unconfirmed(&self) -> Vec<Unconfirmed> {
        let own = self.own_parties();
        let mut by_party: HashMap<&str, Vec<usize>> = HashMap::new();
        for (src, p) in own.iter().enumerate() {
            if let Some(p) = p {
                by_party.entry(p.as_str()).or_default().push(src);
            }
        }
        let mut out = Vec::new();
        for m in &self.map.memberships {
            let Some(owners) = by_party.get(m.party.as_str()) else {
                continue;
            };
            let by = m
                .attributes
                .iter()
                .find(|(k, _)| k == REPORTED_BY)
                .map(|(_, v)| v.split('|').map(str::to_string).collect::<Vec<_>>())
                .unwrap_or_default();
            let listed = self.table_sources.get(&m.table);
            let confirmed = owners.iter().any(|&s| {
                by.contains(&self.sources[s].name) || listed.is_some_and(|l| l.contains(&s))
            });
            if !confirmed
                && !out
                    .iter()
                    .any(|u: &Unconfirmed| u.table == m.table && u.party == m.party)
            {
                out.push(Unconfirmed {
                    table: m.table.clone(),
                    party: m.party.clone(),
                    reported_by: by,
                });
            }
        }
        out.sort_by(|a, b| (&a.table, &a.party).cmp(&(&b.table, &b.party)));
        out
    }
}

/// Parses a `|` cell of a closed vocabulary, ignoring what does not parse.
fn parse_cell<T: Vocab>(cell: &str) -> Set<T> {
    cell.split('|').filter_map(|v| T::parse(v.trim())).collect()
}

/// Names of combined rows that look alike without being merged: one differs from the other
/// by one word that is nearly the same ("Lindehof" / "Lindenhoff"), or one's words
/// are the other's plus one ("Arkin" / "Arkin Jeugd"). Found through keys, not by comparing
/// every pair.
fn look_alikes(party_names: &[String], table_names: &[String]) -> Vec<Review> {
    let mut out = Vec::new();
    for (kind, names) in [("partij", party_names), ("tafel", table_names)] {
        let prepared: Vec<(String, Vec<String>, String)> = names
            .iter()
            .map(|n| {
                let (block, name) = n.split_once('\u{1}').unwrap_or(("", n));
                let mut w = normalise_name(name);
                w.sort();
                w.dedup();
                (block.to_string(), w, name.to_string())
            })
            .collect();
        let mut full: HashMap<(String, String), usize> = HashMap::new();
        for (i, (b, w, _)) in prepared.iter().enumerate() {
            full.entry((b.clone(), w.join(" "))).or_insert(i);
        }
        let mut one_off: HashMap<(String, String), Vec<(usize, String)>> = HashMap::new();
        let mut pairs: BTreeSet<(usize, usize)> = BTreeSet::new();
        for (i, (b, w, _)) in prepared.iter().enumerate() {
            if w.len() < 2 {
                continue;
            }
            for j in 0..w.len() {
                let rest: Vec<&str> = w
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| *k != j)
                    .map(|(_, s)| s.as_str())
                    .collect();
                let key = (b.clone(), rest.join(" "));
                if let Some(&k) = full.get(&key)
                    && k != i
                {
                    pairs.insert((k.min(i), k.max(i)));
                }
                let bucket = one_off.entry(key).or_default();
                for (k, word) in bucket.iter() {
                    if *k != i && one_step_beyond_the_rule(word, &w[j]) {
                        pairs.insert(((*k).min(i), (*k).max(i)));
                    }
                }
                // Buckets of generic words would grow with the region: a handful suffices.
                if bucket.len() < 64 {
                    bucket.push((i, w[j].clone()));
                }
            }
        }
        for (a, b) in pairs {
            let mut names = vec![prepared[a].2.clone(), prepared[b].2.clone()];
            names.sort();
            out.push(Review { kind, names });
        }
    }
    out
}

/// Whether two words differ by just more than the near-duplicate rule allows (one edit
/// for four letters, two for five to eleven, three beyond): close enough for a person to
/// look, too far to merge. Three-letter words ("GGD", "GGZ"; "Ede", "Epe") are distinct.
/// Found with the subset rule, the review list of a 60-municipality inventory stays short.
fn one_step_beyond_the_rule(a: &str, b: &str) -> bool {
    let len = a.chars().count().min(b.chars().count());
    let allowed = match len {
        0..=3 => return false,
        4 => 1,
        5..=11 => 2,
        _ => 3,
    };
    // A slip of the pen rarely changes the first letter; place names that rhyme
    // ("Aalbroek", "Maasbroek") differ exactly there.
    if a.chars().next() != b.chars().next() {
        return false;
    }
    let d = edit_distance(a, b);
    d >= 1 && d <= allowed
}

/// The report as JSON.
pub fn to_json(report: &Report) -> String {
    serde_json::to_string_pretty(report).unwrap_or_default()
}

/// The party a user names on the command line: by id, else by its (folded) name, else by
/// the near-duplicate rule.
pub fn find_party(map: &Map, wanted: &str) -> Option<String> {
    if let Some(p) = map.party(wanted) {
        return Some(p.id.clone());
    }
    let f = crate::model::fold(wanted);
    if let Some(p) = map
        .parties
        .iter()
        .find(|p| crate::model::fold(&p.name) == f)
    {
        return Some(p.id.clone());
    }
    // A typo in the name: the near-duplicate rule, with the wanted name as one more party.
    let mut probe = Map::default();
    probe
        .parties
        .push(Party::new("", wanted, PartyKind::Overig));
    probe.parties.extend(
        map.parties
            .iter()
            .enumerate()
            .map(|(i, p)| Party::new(i.to_string(), p.name.clone(), PartyKind::Overig)),
    );
    near_duplicates(&probe).into_iter().find_map(|g| {
        let ids: Vec<&String> = std::iter::once(&g.keep).chain(&g.merge).collect();
        if !ids.iter().any(|i| i.is_empty()) {
            return None;
        }
        let found: Vec<usize> = ids.iter().filter_map(|i| i.parse().ok()).collect();
        // Only an unambiguous match: two parties that both look like it are for the user.
        (found.len() == 1).then(|| map.parties[found[0]].id.clone())
    })
}

/// What a map says about one party, as a map of its own for the partner to correct and
/// complete: the party, the tables it sits at with its seats, its people, its relations; and
/// the parties these refer to (werkgebied, parent, the other end of a relation) so that the
/// template reads back without dangling ids.
pub fn partner_map(map: &Map, party: &str) -> Map {
    let persons: Vec<Person> = map
        .persons
        .iter()
        .filter(|p| p.party == party)
        .cloned()
        .collect();
    let person_ids: BTreeSet<&str> = persons.iter().map(|p| p.id.as_str()).collect();
    let memberships: Vec<Membership> = map
        .memberships
        .iter()
        .filter(|m| m.party == party || m.person.as_deref().is_some_and(|p| person_ids.contains(p)))
        .cloned()
        .collect();
    let table_ids: BTreeSet<&str> = memberships.iter().map(|m| m.table.as_str()).collect();
    let mut tables: Vec<Table> = map
        .tables
        .iter()
        .filter(|t| table_ids.contains(t.id.as_str()))
        .cloned()
        .collect();
    for t in &mut tables {
        t.reports_to.retain(|r| table_ids.contains(r.as_str()));
    }
    let relations: Vec<Relation> = map
        .relations
        .iter()
        .filter(|r| {
            [&r.from, &r.to]
                .iter()
                .any(|e| e.as_str() == party || person_ids.contains(e.as_str()))
        })
        .cloned()
        .collect();
    let mut wanted: BTreeSet<String> = BTreeSet::from([party.to_string()]);
    let mut extra_persons: BTreeSet<String> = BTreeSet::new();
    for t in &tables {
        wanted.extend(t.werkgebied.iter().cloned());
    }
    for r in &relations {
        for end in [&r.from, &r.to] {
            if map.party(end).is_some() {
                wanted.insert(end.clone());
            } else if let Some(p) = map.person(end)
                && !person_ids.contains(end.as_str())
            {
                extra_persons.insert(p.id.clone());
                wanted.insert(p.party.clone());
            }
        }
    }
    let mut persons = persons;
    persons.extend(
        map.persons
            .iter()
            .filter(|p| extra_persons.contains(&p.id))
            .cloned(),
    );
    // Parents and werkgebieden of the parties included, until nothing new is referred to.
    loop {
        let before = wanted.len();
        let refs: Vec<String> = map
            .parties
            .iter()
            .filter(|p| wanted.contains(&p.id))
            .flat_map(|p| p.werkgebied.iter().chain(&p.parent).cloned())
            .collect();
        wanted.extend(refs);
        if wanted.len() == before {
            break;
        }
    }
    let table_refs: BTreeSet<&str> = tables.iter().map(|t| t.id.as_str()).collect();
    let relations = relations
        .into_iter()
        .filter(|r| {
            [&r.from, &r.to].iter().all(|e| {
                wanted.contains(e.as_str())
                    || persons.iter().any(|p| p.id == **e)
                    || table_refs.contains(e.as_str())
            })
        })
        .collect();
    let mut sub = Map {
        title: map.name_of(party).to_string(),
        parties: map
            .parties
            .iter()
            .filter(|p| wanted.contains(&p.id))
            .cloned()
            .collect(),
        persons,
        tables,
        memberships,
        relations,
        arrangement: Default::default(),
    };
    // Who reported a row is the programme leader's bookkeeping, not the partner's to edit.
    let strip = |a: &mut Attributes| a.retain(|(k, _)| k != REPORTED_BY);
    sub.parties
        .iter_mut()
        .for_each(|r| strip(&mut r.attributes));
    sub.persons
        .iter_mut()
        .for_each(|r| strip(&mut r.attributes));
    sub.tables.iter_mut().for_each(|r| strip(&mut r.attributes));
    sub.memberships
        .iter_mut()
        .for_each(|r| strip(&mut r.attributes));
    sub.relations
        .iter_mut()
        .for_each(|r| strip(&mut r.attributes));
    sub
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn look_alike_words_are_typos_not_other_places() {
        assert!(one_step_beyond_the_rule("lindehof", "lindenhoff"));
        assert!(one_step_beyond_the_rule("arkn", "arkin"));
        assert!(!one_step_beyond_the_rule("ggd", "ggz"));
        assert!(!one_step_beyond_the_rule("aalbroek", "maasbroek"));
        assert!(!one_step_beyond_the_rule("noord", "noord"));
        assert!(!one_step_beyond_the_rule("gouda", "groningen"));
    }

    #[test]
    fn majority_then_first() {
        assert_eq!(majority(["a", "b", "b"]), Some("b"));
        assert_eq!(majority(["a", "b"]), Some("a"));
        assert_eq!(majority([]), None);
    }

    #[test]
    fn slugs_are_folded_and_joined() {
        assert_eq!(
            crate::import::slug("Stichting Cliëntenraad  (Regio)"),
            "stichting-clientenraad-regio"
        );
        assert_eq!(crate::import::slug("***"), "x");
    }

    /// The four partners of `tests/data/intake/`, read once per test.
    fn fixtures() -> Vec<Submission> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/intake");
        let paths: Vec<PathBuf> = [
            "gemeente-dalwijk",
            "gemeente-veerhaven",
            "zorggroep-lindehof.xlsx",
            "woonstichting-dalwijk-wonen",
        ]
        .iter()
        .map(|n| dir.join(n))
        .collect();
        load_sources(&paths).unwrap_or_else(|_| panic!("fixtures read"))
    }

    fn by(attrs: &Attributes) -> &str {
        attrs
            .iter()
            .find(|(k, _)| k == REPORTED_BY)
            .map_or("", |(_, v)| v.as_str())
    }

    #[test]
    fn no_decisions_combine_as_before() {
        let subs = fixtures();
        let plain = combine(&subs, "t");
        let with = combine_with(&subs, "t", &Decisions::default());
        assert_eq!(plain.map, with.map);
        assert_eq!(plain.report, with.report);
    }

    #[test]
    fn a_split_keeps_one_sources_row_apart() {
        let subs = fixtures();
        let d = Decisions {
            split: vec![Split {
                kind: "partij".into(),
                id: "zorggroep-lindehof".into(),
                source: "gemeente-veerhaven".into(),
                name: "Zorggroep Lindenhof".into(),
            }],
            ..Decisions::default()
        };
        let c = combine_with(&subs, "t", &d);
        let m = &c.map;
        // Seven parties and Veerhaven's "Lindenhof" of its own, id made of its name.
        assert_eq!(m.parties.len(), 8);
        let apart = m.party("zorggroep-lindenhof").expect("split off");
        assert_eq!(apart.name, "Zorggroep Lindenhof");
        assert_eq!(by(&apart.attributes), "gemeente-veerhaven");
        let kept = m.party("zorggroep-lindehof").expect("keeps its id");
        assert_eq!(by(&kept.attributes), "gemeente-dalwijk|zorggroep-lindehof");
        // Veerhaven's seat at its casusoverleg now is the other party's, which sent no list:
        // the seat is no longer unconfirmed, and the two names are now a look-alike pair.
        assert!(
            m.memberships
                .iter()
                .any(|s| s.table == "casusoverleg-gemeente-veerhaven"
                    && s.party == "zorggroep-lindenhof")
        );
        assert_eq!(c.report.unconfirmed.len(), 1);
        assert!(c.report.review.iter().any(|r| r.names
            == [
                "Zorggroep Lindehof".to_string(),
                "Zorggroep Lindenhof".to_string()
            ]));
    }

    #[test]
    fn a_merged_look_alike_pair_is_one_row() {
        let subs = fixtures();
        let d = Decisions {
            merge: vec![Review {
                kind: "partij",
                names: vec!["Welzijn Dalwijk".into(), "Welzijn Dalwijk Jeugd".into()],
            }],
            ..Decisions::default()
        };
        let c = combine_with(&subs, "t", &d);
        let m = &c.map;
        assert_eq!(m.parties.len(), 6);
        // A tie of names: the first source's (Lindehof's workbook comes before the
        // corporation's folder) names the row and its id.
        let w = m.party("welzijn-dalwijk-jeugd").expect("merged");
        assert_eq!(w.name, "Welzijn Dalwijk Jeugd");
        assert_eq!(
            by(&w.attributes),
            "zorggroep-lindehof|woonstichting-dalwijk-wonen"
        );
        assert!(m.party("welzijn-dalwijk").is_none());
        assert!(c.report.review.is_empty());
        // Both lists seated it at Wijkteam Noord: one seat now, 13 - 1.
        assert_eq!(m.memberships.len(), 12);
        let seat = m
            .memberships
            .iter()
            .find(|s| s.party == "welzijn-dalwijk-jeugd")
            .unwrap();
        assert_eq!(seat.table, "wijkteam-noord");
        assert_eq!(
            by(&seat.attributes),
            "zorggroep-lindehof|woonstichting-dalwijk-wonen"
        );
        let spelled = c
            .report
            .matches
            .iter()
            .find(|x| x.id == "welzijn-dalwijk-jeugd");
        assert_eq!(spelled.map(|x| x.names.len()), Some(2));
    }

    #[test]
    fn a_chosen_value_is_taken_and_listed_first() {
        let subs = fixtures();
        let mut d = Decisions::default();
        d.choose(
            "tafel",
            "bestuurlijk-overleg-wonen-en-zorg",
            "laag",
            "tactisch",
        );
        // A value nobody gave is no choice: the majority stays.
        d.choose("tafel", "casusoverleg", "frequentie", "7");
        let c = combine_with(&subs, "t", &d);
        let board = c.map.table("bestuurlijk-overleg-wonen-en-zorg").unwrap();
        assert!(board.layers.contains(crate::model::Layer::Tactisch));
        assert!(!board.layers.contains(crate::model::Layer::Strategisch));
        let k = &c.report.conflicts[0];
        assert_eq!(
            (k.id.as_str(), k.field),
            ("bestuurlijk-overleg-wonen-en-zorg", "laag")
        );
        assert_eq!(k.values[0].value, "tactisch");
        assert_eq!(k.values[0].sources, ["gemeente-veerhaven"]);
        assert_eq!(c.map.table("casusoverleg").unwrap().frequency, Some(24.0));
        // Choosing again replaces the earlier choice.
        d.choose(
            "tafel",
            "bestuurlijk-overleg-wonen-en-zorg",
            "laag",
            "strategisch",
        );
        assert_eq!(d.choose.len(), 2);
        let c = combine_with(&subs, "t", &d);
        let board = c.map.table("bestuurlijk-overleg-wonen-en-zorg").unwrap();
        assert!(board.layers.contains(crate::model::Layer::Strategisch));
    }

    #[test]
    fn merged_into_a_map_its_ids_win_and_it_reports_nothing() {
        let mut base = Map::default();
        let mut gem = Party::new("gem-dalwijk", "Gemeente Dalwijk", PartyKind::Gemeente);
        gem.attributes = vec![(REPORTED_BY.into(), "eerste-ronde".into())];
        base.parties.push(gem);
        base.parties
            .push(Party::new("ggd", "GGD Rivierenland", PartyKind::Overig));
        let mut subs = vec![Submission::of_map("open kaart", base)];
        subs.extend(fixtures());
        let d = Decisions {
            base: true,
            ..Decisions::default()
        };
        let c = combine_with(&subs, "t", &d);
        let m = &c.map;
        assert!(
            m.party("gemeente-dalwijk").is_none(),
            "the map's id is kept"
        );
        let gem = m.party("gem-dalwijk").unwrap();
        assert_eq!(
            by(&gem.attributes),
            "eerste-ronde|gemeente-dalwijk|zorggroep-lindehof|woonstichting-dalwijk-wonen"
        );
        // A row only the map has is nobody's report.
        assert_eq!(by(&m.party("ggd").unwrap().attributes), "");
        assert!(
            !m.party("ggd")
                .unwrap()
                .attributes
                .iter()
                .any(|(k, _)| k == REPORTED_BY)
        );
        assert!(m.memberships.iter().any(|s| s.party == "gem-dalwijk"));
        // The map is no partner: the same two seats are unconfirmed as without it.
        assert_eq!(c.report.unconfirmed.len(), 2);
        // Dates: the four files', none for the map.
        let dates = source_dates(m);
        assert_eq!(dates.len(), 4);
        assert_eq!(dates[0].0, "gemeente-dalwijk");
        assert!(
            dates
                .iter()
                .all(|(_, d)| d.len() == 10 && d.as_bytes()[4] == b'-')
        );
    }

    #[test]
    fn source_dates_are_the_files_and_merge_by_source() {
        let subs = fixtures();
        assert!(subs.iter().all(|s| s.date.is_some()));
        let c = combine(&subs, "t");
        let dates = source_dates(&c.map);
        let names: Vec<&str> = dates.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            names,
            [
                "gemeente-dalwijk",
                "gemeente-veerhaven",
                "zorggroep-lindehof",
                "woonstichting-dalwijk-wonen"
            ]
        );
        assert_eq!(dates[0].1, subs[0].date.clone().unwrap());
        // In memory: no date, no entry.
        let mem = combine(&[Submission::of_map("a", subs[0].map.clone())], "t");
        assert!(!mem.map.arrangement.views.contains_key(SOURCE_DATES));
        // Merged: a source sent again takes its new date; others stay.
        let mut old = Map::default();
        old.arrangement.views.insert(
            SOURCE_DATES.into(),
            serde_json::json!([{"bron": "ggd", "datum": "2025-01-02"},
                               {"bron": "gemeente-dalwijk", "datum": "2025-01-01"}]),
        );
        let mut both = old.clone();
        both.arrangement.views.insert(
            SOURCE_DATES.into(),
            merged_source_dates(&old, &c.map).unwrap(),
        );
        let merged = source_dates(&both);
        assert_eq!(merged.len(), 5);
        assert_eq!(merged[0], ("ggd".to_string(), "2025-01-02".to_string()));
        assert_eq!(
            merged[1],
            ("gemeente-dalwijk".to_string(), dates[0].1.clone())
        );
    }
}
