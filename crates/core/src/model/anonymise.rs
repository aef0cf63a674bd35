//! Anonymisation of a map for the board: person names replaced by "functie, Partijnaam", person
//! ids by neutral ones, and every trace of a name scrubbed from free text.
//!
//! Names leak in more places than the `naam` column: ids are often made from them
//! (`p-jdevries`), notes mention people by first name ("gaat naar Marieke"), and free columns
//! hold e-mail addresses or "contact: De Vries". So anonymisation works in three steps:
//! 1. every person gets a label from their function and party, numbered when two labels would
//!    be equal, and a neutral id (`persoon-001`, in map order, so the same map always gives the
//!    same ids);
//! 2. every reference to a person id is rewritten (memberships, relations, pinned positions,
//!    view state);
//! 3. every free text of the map (attributes, notes, halen/brengen, functions, view state) is
//!    scrubbed word by word: a word equal (ignoring case) to a person id or to a name part of
//!    three letters or more is replaced by that person's label (or by a neutral word when the
//!    part belongs to several people). Runs of such words for the same person, with Dutch
//!    particles (`van der`) in between, become one label.
//!
//! Names of parties and tables name organisations and are kept, except that a person's whole
//! name in them ("Spreekuur Marieke Bakker") is replaced by the label; single words stay there,
//! since "Bakker" or "Groen" in an organisation's name is rarely about the person. The map title
//! is kept. A person's function is kept too (it *is* the new name), minus any name in it.
//! In a party name the full name becomes a neutral word instead, as the party name is itself
//! part of the labels.

use super::{Map, Person};
use crate::i18n::Lang;
use crate::i18n::report as tx;
use std::collections::{BTreeMap, HashMap};

/// Name particles (tussenvoegsels and the like) that are too common to scrub as words on their
/// own; they are still absorbed into a scrubbed full name.
const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "het", "ten", "ter", "te", "op", "in", "'t", "t", "la", "le",
    "du", "da", "dos", "del", "el", "al", "bin", "ibn", "abu", "en", "and", "y",
];

/// An anonymised map and how person ids were renamed (old id → new id).
#[derive(Debug, Clone)]
pub struct Anonymised {
    /// The anonymised map.
    pub map: Map,
    /// Old person id → neutral id (`persoon-001`, …).
    pub ids: BTreeMap<String, String>,
}

/// The map with every person's name replaced by "functie, Partijnaam" and nothing of the names
/// left anywhere (see the module documentation).
pub fn anonymise(map: &Map, lang: Lang) -> Map {
    anonymise_with_ids(map, lang).map
}

/// [`anonymise`], also returning the renaming of person ids, so that callers holding data keyed
/// by the old ids (metrics, positions) can follow.
pub fn anonymise_with_ids(map: &Map, lang: Lang) -> Anonymised {
    anonymise_inner(map, false, lang)
}

/// The names anonymised as by [`anonymise`], but every person keeps their id (the id mapping
/// is the identity). For the app's "hide names" switch: its graph, positions, selection and
/// view state are keyed by ids and keep working, while everything it *shows* comes from this
/// map. Ids may well spell a name (`p-jdevries`), so the app must not show person ids; in free
/// text an id is replaced by its person's label rather than kept.
pub fn anonymise_keep_ids(map: &Map, lang: Lang) -> Map {
    anonymise_inner(map, true, lang).map
}

/// The machinery of both: with `keep_ids` the renaming is the identity and ids met in free text
/// become labels (an id kept verbatim in a note would leak the name it was made from).
fn anonymise_inner(map: &Map, keep_ids: bool, lang: Lang) -> Anonymised {
    // Party names with any whole person name taken out first, so that the labels built from
    // them ("huisarts, Praktijk …") cannot carry a name either.
    let someone = vec![tx::ANON_SOMEONE.get_in(lang).to_string(); map.persons.len()];
    let pre = Scrubber::new(map, &someone, &BTreeMap::new(), lang);
    let party_names: HashMap<&str, String> = map
        .parties
        .iter()
        .map(|p| (p.id.as_str(), pre.scrub_full_names(&p.name)))
        .collect();
    let labels = labels(map, &party_names, lang);
    let width = map.persons.len().to_string().len().max(3);
    let ids: BTreeMap<String, String> = map
        .persons
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let new = if keep_ids {
                p.id.clone()
            } else {
                format!("persoon-{:0width$}", i + 1)
            };
            (p.id.clone(), new)
        })
        .collect();
    let mut scrubber = Scrubber::new(map, &labels, &ids, lang);
    if keep_ids {
        scrubber.ids_as_labels(map);
    }
    let new_id = |id: &str| ids.get(id).cloned().unwrap_or_else(|| id.to_string());

    let mut out = map.clone();
    for (p, label) in out.persons.iter_mut().zip(&labels) {
        p.id = new_id(&p.id);
        p.name = label.clone();
        p.function = scrubber.scrub(&p.function);
        scrub_attributes(&mut p.attributes, &scrubber);
    }
    for party in &mut out.parties {
        if let Some(n) = party_names.get(party.id.as_str()) {
            party.name = n.clone();
        }
        party.interests = scrubber.scrub(&party.interests);
        party.takes = scrubber.scrub(&party.takes);
        party.gives = scrubber.scrub(&party.gives);
        scrub_attributes(&mut party.attributes, &scrubber);
    }
    for t in &mut out.tables {
        t.name = scrubber.scrub_full_names(&t.name);
        scrub_attributes(&mut t.attributes, &scrubber);
    }
    for m in &mut out.memberships {
        if let Some(p) = &mut m.person {
            *p = new_id(p);
        }
        scrub_attributes(&mut m.attributes, &scrubber);
    }
    for r in &mut out.relations {
        r.from = new_id(&r.from);
        r.to = new_id(&r.to);
        r.kind = scrubber.scrub(&r.kind);
        r.note = scrubber.scrub(&r.note);
        scrub_attributes(&mut r.attributes, &scrubber);
    }
    for positions in out.arrangement.positions.values_mut() {
        *positions = std::mem::take(positions)
            .into_iter()
            .map(|(id, pos)| (new_id(&id), pos))
            .collect();
    }
    for v in out.arrangement.views.values_mut() {
        scrub_json(v, &scrubber, &ids);
    }
    // A snapshot holds the names as they were; an anonymised copy carries none.
    out.arrangement.snapshots.clear();
    Anonymised { map: out, ids }
}

/// "functie, Partijnaam" per person, in map order, numbered "(2)", "(3)" from the second
/// person with the same label on.
fn labels(map: &Map, party_names: &HashMap<&str, String>, lang: Lang) -> Vec<String> {
    let bare: Vec<String> = map
        .persons
        .iter()
        .map(|p| bare_label(p, party_names, lang))
        .collect();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let taken: std::collections::HashSet<&str> = bare.iter().map(String::as_str).collect();
    let mut out = Vec::with_capacity(bare.len());
    for (p, label) in map.persons.iter().zip(&bare) {
        let n = seen.entry(label.clone()).or_insert(0);
        *n += 1;
        if *n == 1 {
            out.push(label.clone());
            continue;
        }
        // Numbered, skipping a number some other label already spells out literally.
        let (function, party) = parts(p, party_names, lang);
        let mut k = *n;
        loop {
            let candidate = format!("{function} ({k}), {party}");
            if !taken.contains(candidate.as_str()) && !out.contains(&candidate) {
                out.push(candidate);
                break;
            }
            k += 1;
        }
        *n = k;
    }
    out
}

fn bare_label(p: &Person, party_names: &HashMap<&str, String>, lang: Lang) -> String {
    let (function, party) = parts(p, party_names, lang);
    format!("{function}, {party}")
}

/// The function (lower-cased first letter, with the person's own name parts removed) and the
/// party name of a label.
fn parts(p: &Person, party_names: &HashMap<&str, String>, lang: Lang) -> (String, String) {
    let own: Vec<String> = name_parts(&p.name).into_iter().map(|s| lower(&s)).collect();
    let words: Vec<&str> = p
        .function
        .split_whitespace()
        .filter(|w| {
            let core: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
            !own.contains(&lower(&core))
        })
        .collect();
    let function = words.join(" ");
    let function = if function.trim().is_empty() {
        tx::ANON_WORKER.get_in(lang).to_string()
    } else {
        lower_first(function.trim())
    };
    let party = party_names
        .get(p.party.as_str())
        .cloned()
        .unwrap_or_else(|| tx::ANON_UNKNOWN_PARTY.get_in(lang).to_string());
    (function, party)
}

/// Lower-cases the first letter unless the first word looks like an abbreviation (`GGZ-…`).
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && !b.is_uppercase() => {
            let mut out: String = a.to_lowercase().collect();
            out.push_str(&s[a.len_utf8()..]);
            out
        }
        _ => s.to_string(),
    }
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// The parts of a name worth scrubbing: words of three letters or more that are not particles.
fn name_parts(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '-' || c == '.' || c == ',')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 3 && !PARTICLES.contains(&lower(w).as_str()))
        .map(str::to_string)
        .collect()
}

fn scrub_attributes(attrs: &mut [(String, String)], s: &Scrubber) {
    for (_, v) in attrs.iter_mut() {
        *v = s.scrub(v);
    }
}

/// Rewrites ids and scrubs every string (keys too) of a piece of opaque view state.
fn scrub_json(v: &mut serde_json::Value, s: &Scrubber, ids: &BTreeMap<String, String>) {
    use serde_json::Value;
    match v {
        Value::String(text) => {
            *text = match ids.get(text.as_str()) {
                Some(new) => new.clone(),
                None => s.scrub(text),
            };
        }
        Value::Array(items) => items.iter_mut().for_each(|x| scrub_json(x, s, ids)),
        Value::Object(obj) => {
            let old = std::mem::take(obj);
            for (k, mut x) in old {
                scrub_json(&mut x, s, ids);
                let k = match ids.get(&k) {
                    Some(new) => new.clone(),
                    None => s.scrub(&k),
                };
                obj.insert(k, x);
            }
        }
        _ => {}
    }
}

/// What a scrubbed word becomes.
#[derive(Debug, Clone, PartialEq)]
enum Hit {
    /// The word belongs to exactly one person: their label (persons by index).
    Person(usize),
    /// The word is part of several people's names.
    Someone,
    /// A person id: its neutral replacement.
    Id(String),
}

/// Word-level scrubbing against every person id and name part, with one hash look-up per word
/// so that large maps stay fast.
struct Scrubber<'a> {
    words: HashMap<String, Hit>,
    /// Full names as lower-case word sequences, by their first word, with the person.
    full: HashMap<String, Vec<(Vec<String>, usize)>>,
    labels: &'a [String],
    /// "iemand" in the language of the output.
    someone: &'static str,
}

impl<'a> Scrubber<'a> {
    fn new(map: &Map, labels: &'a [String], ids: &BTreeMap<String, String>, lang: Lang) -> Self {
        let mut words: HashMap<String, Hit> = HashMap::new();
        for (i, p) in map.persons.iter().enumerate() {
            for part in name_parts(&p.name) {
                words
                    .entry(lower(&part))
                    .and_modify(|h| {
                        if *h != Hit::Person(i) {
                            *h = Hit::Someone;
                        }
                    })
                    .or_insert(Hit::Person(i));
            }
        }
        for (old, new) in ids {
            words.insert(lower(old), Hit::Id(new.clone()));
        }
        let mut full: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::new();
        for (i, p) in map.persons.iter().enumerate() {
            let seq: Vec<String> = p.name.split_whitespace().map(lower).collect();
            if seq.len() >= 2 {
                full.entry(seq[0].clone()).or_default().push((seq, i));
            }
        }
        Scrubber {
            words,
            full,
            labels,
            someone: tx::ANON_SOMEONE.get_in(lang),
        }
    }

    /// Makes a person id met in free text become that person's label instead of an id.
    fn ids_as_labels(&mut self, map: &Map) {
        for (i, p) in map.persons.iter().enumerate() {
            self.words.insert(lower(&p.id), Hit::Person(i));
        }
    }

    /// Only whole full names ("Marieke Bakker", any case) replaced by the label: for the names
    /// of parties and tables, where a single word such as "Bakker" may well be a place or a
    /// trade and must stay.
    fn scrub_full_names(&self, text: &str) -> String {
        if self.full.is_empty() {
            return text.to_string();
        }
        // Words with their byte spans; a full name must be consecutive words separated by
        // white space only.
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            match (c.is_whitespace(), start) {
                (false, None) => start = Some(i),
                (true, Some(s0)) => {
                    spans.push((s0, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s0) = start {
            spans.push((s0, text.len()));
        }
        let word = |k: usize| {
            lower(text[spans[k].0..spans[k].1].trim_matches(|c: char| !c.is_alphanumeric()))
        };
        let mut out = String::with_capacity(text.len());
        let mut copied = 0;
        let mut k = 0;
        while k < spans.len() {
            let hit = self.full.get(&word(k)).and_then(|cands| {
                cands.iter().find(|(seq, _)| {
                    k + seq.len() <= spans.len()
                        && seq.iter().enumerate().all(|(j, w)| word(k + j) == *w)
                })
            });
            match hit {
                Some((seq, person)) => {
                    let (from, to) = (spans[k].0, spans[k + seq.len() - 1].1);
                    out.push_str(&text[copied..from]);
                    out.push_str(&self.labels[*person]);
                    copied = to;
                    k += seq.len();
                }
                None => k += 1,
            }
        }
        out.push_str(&text[copied..]);
        out
    }

    /// The text with every id and name part replaced.
    fn scrub(&self, text: &str) -> String {
        if text.is_empty() || self.words.is_empty() {
            return text.to_string();
        }
        // Tokens: words (letters, digits and the id characters `-`, `_`, `'`) and separators.
        // A hyphenated token is looked up whole (an id) and else part by part (a double name).
        let mut out = String::with_capacity(text.len());
        let mut last_person: Option<(usize, usize)> = None; // (person, out length after label)
        let mut pending_sep = String::new();
        for token in tokens(text) {
            if !token.chars().next().is_some_and(is_word_char) {
                pending_sep.push_str(token);
                continue;
            }
            let replaced = self.replace_token(token);
            match replaced {
                Some(Hit::Person(i)) => {
                    // Glue to the previous label of the same person when only spaces and
                    // particles lie between ("Hanneke van der Linden" → one label).
                    if let Some((p, _)) = last_person
                        && p == i
                        && only_particles(&pending_sep)
                    {
                        pending_sep.clear();
                        continue;
                    }
                    out.push_str(&pending_sep);
                    pending_sep.clear();
                    out.push_str(&self.labels[i]);
                    last_person = Some((i, out.len()));
                }
                Some(Hit::Someone) => {
                    out.push_str(&pending_sep);
                    pending_sep.clear();
                    out.push_str(self.someone);
                    last_person = None;
                }
                Some(Hit::Id(new)) => {
                    out.push_str(&pending_sep);
                    pending_sep.clear();
                    out.push_str(&new);
                    last_person = None;
                }
                None if last_person.is_some()
                    && PARTICLES.contains(&lower(token).as_str())
                    && only_particles(&pending_sep) =>
                {
                    // A particle after a name part: hold it; it is dropped if the name goes on.
                    pending_sep.push_str(token);
                }
                None => {
                    out.push_str(&pending_sep);
                    pending_sep.clear();
                    out.push_str(token);
                    last_person = None;
                }
            }
        }
        out.push_str(&pending_sep);
        out
    }

    /// The replacement of one word token, if any: whole (an id), else per hyphen part.
    fn replace_token(&self, token: &str) -> Option<Hit> {
        if let Some(h) = self.words.get(&lower(token)) {
            return Some(h.clone());
        }
        let pieces: Vec<&str> = token
            .split(['-', '_', '\''])
            .filter(|s| !s.is_empty())
            .collect();
        if pieces.len() < 2 {
            return None;
        }
        // A double name ("Jansen-Smit") or a name glued to a word: one hit scrubs the token.
        let hits: Vec<Hit> = pieces
            .iter()
            .filter_map(|p| self.words.get(&lower(p)).cloned())
            .collect();
        match hits.as_slice() {
            [] => None,
            [h] => Some(h.clone()),
            [first, rest @ ..] if rest.iter().all(|h| h == first) => Some(first.clone()),
            _ => Some(Hit::Someone),
        }
    }
}

/// Whether a held separator is only spaces and name particles (" van der ").
fn only_particles(sep: &str) -> bool {
    sep.split_whitespace()
        .all(|w| PARTICLES.contains(&lower(w).as_str()))
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_' || c == '\''
}

/// Splits a text into alternating runs of word characters and other characters.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_word: Option<bool> = None;
    for (i, c) in text.char_indices() {
        let w = is_word_char(c);
        if in_word.is_some_and(|x| x != w) {
            out.push(&text[start..i]);
            start = i;
        }
        in_word = Some(w);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Membership, Party, PartyKind, Relation, Role, Set};

    fn party(id: &str, name: &str) -> Party {
        Party::new(id, name, PartyKind::Gemeente)
    }

    fn person(id: &str, name: &str, party: &str, function: &str) -> Person {
        Person {
            id: id.into(),
            name: name.into(),
            party: party.into(),
            function: function.into(),
            layer: None,
            network_roles: Set::empty(),
            hours_per_month: None,
            attributes: vec![],
        }
    }

    fn sample() -> Map {
        Map {
            title: "Regio".into(),
            parties: vec![party("gem-x", "Gemeente X")],
            persons: vec![
                person("p-jdevries", "Jan de Vries", "gem-x", "Beleidsadviseur"),
                person("p-kbos", "Karin Bos", "gem-x", "Beleidsadviseur"),
                person("p-z", "Zoë Zand", "gem-x", ""),
            ],
            memberships: vec![Membership {
                table: "t".into(),
                party: "gem-x".into(),
                person: Some("p-kbos".into()),
                role: Role::Lid,
                attributes: vec![("contact".into(), "mail Jan de Vries of p-kbos".into())],
            }],
            relations: vec![Relation {
                from: "p-jdevries".into(),
                to: "p-kbos".into(),
                kind: "informeel".into(),
                domains: Set::empty(),
                layers: Set::empty(),
                quality: None,
                note: "De Vries belt Karin; van der zaal".into(),
                attributes: vec![],
            }],
            ..Map::default()
        }
    }

    #[test]
    fn labels_are_function_and_party_and_numbered_on_collision() {
        let a = anonymise(&sample(), Lang::Nl);
        assert_eq!(a.persons[0].name, "beleidsadviseur, Gemeente X");
        assert_eq!(a.persons[1].name, "beleidsadviseur (2), Gemeente X");
        assert_eq!(a.persons[2].name, "medewerker, Gemeente X");
        assert_eq!(a.persons[0].id, "persoon-001");
        assert_eq!(a.persons[2].id, "persoon-003");
        assert_eq!(a.title, "Regio");
    }

    #[test]
    fn references_and_free_text_are_rewritten() {
        let a = anonymise(&sample(), Lang::Nl);
        assert_eq!(a.memberships[0].person.as_deref(), Some("persoon-002"));
        assert_eq!(a.relations[0].from, "persoon-001");
        assert_eq!(a.relations[0].to, "persoon-002");
        // "Jan de Vries" is one name: one label; the id becomes the neutral id.
        assert_eq!(
            a.memberships[0].attributes[0].1,
            "mail beleidsadviseur, Gemeente X of persoon-002"
        );
        // "De Vries": the particle is common, the surname is not; "van der zaal" has no name.
        assert_eq!(
            a.relations[0].note,
            "De beleidsadviseur, Gemeente X belt beleidsadviseur (2), Gemeente X; van der zaal"
        );
    }

    #[test]
    fn positions_and_view_state_follow_the_new_ids() {
        let mut m = sample();
        let mut pos = BTreeMap::new();
        pos.insert("p-kbos".to_string(), crate::model::Pos { x: 1.0, y: 2.0 });
        pos.insert("gem-x".to_string(), crate::model::Pos { x: 3.0, y: 4.0 });
        m.arrangement.positions.insert("vrij".into(), pos);
        m.arrangement.views.insert(
            "selectie".into(),
            serde_json::json!({"ids": ["p-jdevries", "gem-x"], "p-kbos": "notitie over Karin"}),
        );
        let a = anonymise(&m, Lang::Nl);
        let keys: Vec<&String> = a.arrangement.positions["vrij"].keys().collect();
        assert_eq!(keys, ["gem-x", "persoon-002"]);
        assert_eq!(
            a.arrangement.views["selectie"],
            serde_json::json!({
                "ids": ["persoon-001", "gem-x"],
                "persoon-002": "notitie over beleidsadviseur (2), Gemeente X"
            })
        );
    }

    #[test]
    fn a_name_part_shared_by_two_people_becomes_neutral() {
        let mut m = sample();
        m.persons[2].name = "Karin Zand".into();
        m.relations[0].note = "Karin belt".into();
        let a = anonymise(&m, Lang::Nl);
        assert_eq!(a.relations[0].note, "[naam verwijderd] belt");
    }

    #[test]
    fn full_names_in_table_names_are_replaced_but_single_words_stay() {
        let mut m = sample();
        m.tables.push(crate::model::Table {
            id: "t".into(),
            name: "Overleg van jan de vries en Bos".into(),
            kind: crate::model::TableKind::Tafel,
            domains: Set::empty(),
            layers: Set::empty(),
            frequency: None,
            duration_hours: None,
            decision: None,
            werkgebied: vec![],
            reports_to: vec![],
            attributes: vec![],
        });
        let a = anonymise(&m, Lang::Nl);
        assert_eq!(
            a.tables[0].name,
            "Overleg van beleidsadviseur, Gemeente X en Bos"
        );
        assert_eq!(a.parties[0].name, "Gemeente X");
    }

    #[test]
    fn a_name_in_a_party_name_does_not_reach_the_labels() {
        let mut m = sample();
        m.parties[0].name = "Praktijk Zoë Zand".into();
        let a = anonymise(&m, Lang::Nl);
        assert_eq!(a.parties[0].name, "Praktijk [naam verwijderd]");
        assert_eq!(a.persons[2].name, "medewerker, Praktijk [naam verwijderd]");
    }

    #[test]
    fn keeping_ids_keeps_references_and_scrubs_ids_in_free_text() {
        let mut m = sample();
        m.arrangement.views.insert(
            "selectie".into(),
            serde_json::json!({"ids": ["p-jdevries"], "titel": "Jan de Vries"}),
        );
        let a = anonymise_keep_ids(&m, Lang::Nl);
        let ids: Vec<&str> = a.persons.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["p-jdevries", "p-kbos", "p-z"]);
        assert_eq!(a.persons[0].name, "beleidsadviseur, Gemeente X");
        assert_eq!(a.memberships[0].person.as_deref(), Some("p-kbos"));
        assert_eq!(a.relations[0].from, "p-jdevries");
        // An id in a note is a name in disguise: it becomes the label.
        assert_eq!(
            a.memberships[0].attributes[0].1,
            "mail beleidsadviseur, Gemeente X of beleidsadviseur (2), Gemeente X"
        );
        // View state: an exact id stays (it is a reference), a name in text does not.
        assert_eq!(
            a.arrangement.views["selectie"],
            serde_json::json!({"ids": ["p-jdevries"], "titel": "beleidsadviseur, Gemeente X"})
        );
    }

    #[test]
    fn tokens_cover_the_text() {
        let t = "a-b, c  d";
        assert_eq!(tokens(t).concat(), t);
        assert_eq!(tokens(t), ["a-b", ", ", "c", "  ", "d"]);
    }
}
