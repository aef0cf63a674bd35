//! Near-duplicate parties: the same organisation entered twice under slightly different
//! names ("Gem. Gouda", "Gemeente Gouda", "gemeente  gouda"), as happens when partners send
//! in their own lists. Reported as a warning with a suggested merge; never merged silently.
//!
//! Names are normalised (folded, punctuation dropped, common Dutch abbreviations expanded,
//! legal forms and a leading article dropped) and then compared on the words they do *not*
//! share, so "Gemeente Ede" and "Gemeente Epe" (one letter apart, but the only distinctive
//! word is three letters long) are not flagged while "Woningstichting Gouda" and
//! "Woningstichtng Gouda" are.

use crate::model::{Map, edit_distance, fold};
use serde::Serialize;
use std::collections::HashMap;

/// A group of parties that look like one organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NearDuplicate {
    /// The id to keep: the party with the most memberships, then the first in the file.
    pub keep: String,
    /// The ids to merge into `keep`, in file order.
    pub merge: Vec<String>,
    /// The names, `keep` first, then in the order of `merge`.
    pub names: Vec<String>,
}

impl NearDuplicate {
    /// `'name' (id)` for each party, `keep` first.
    pub fn labels(&self) -> Vec<String> {
        std::iter::once(&self.keep)
            .chain(&self.merge)
            .zip(&self.names)
            .map(|(id, name)| format!("'{name}' ({id})"))
            .collect()
    }
}

/// Names longer than this are only compared exactly (edit distance is quadratic).
const MAX_FUZZY_CHARS: usize = 200;

/// Abbreviations as written in Dutch organisation names, after folding and dropping dots.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("gem", "gemeente"),
    ("gemeente", "gemeente"),
    ("st", "stichting"),
    ("stg", "stichting"),
    ("stgn", "stichting"),
    ("sticht", "stichting"),
    ("ver", "vereniging"),
    ("wc", "woningcorporatie"),
    ("corp", "corporatie"),
    ("ws", "woningstichting"),
    ("wst", "woningstichting"),
    ("won", "wonen"),
    ("org", "organisatie"),
    ("afd", "afdeling"),
    ("mij", "maatschappij"),
    ("&", "en"),
    ("+", "en"),
];

/// Words that do not tell organisations apart: legal forms.
const NOISE: &[&str] = &["stichting", "bv", "nv", "vof", "ua", "cv"];
/// Articles dropped at the start of a name ("De Hoop" = "Hoop").
const ARTICLES: &[&str] = &["de", "het", "t"];

/// The words of a name after normalisation.
pub fn normalise(name: &str) -> Vec<String> {
    let folded = fold(name);
    let mut words = Vec::new();
    let mut word = String::new();
    for c in folded.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else if c == '.' || c == '\'' {
            // "b.v." → "bv", "gem." → "gem", "'t" → "t"
        } else if c == '&' || c == '+' {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            words.push(c.to_string());
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    let mut out: Vec<String> = words
        .into_iter()
        .map(|w| {
            ABBREVIATIONS
                .iter()
                .find(|(a, _)| *a == w)
                .map_or(w, |(_, full)| (*full).to_string())
        })
        .filter(|w| !NOISE.contains(&w.as_str()))
        .collect();
    if out.len() > 1 && ARTICLES.contains(&out[0].as_str()) {
        out.remove(0);
    }
    out
}

/// Whether two normalised names look like the same organisation.
fn similar(a: &[String], b: &[String], ka: &str, kb: &str) -> bool {
    if ka == kb {
        return !ka.is_empty();
    }
    if ka.chars().count() > MAX_FUZZY_CHARS || kb.chars().count() > MAX_FUZZY_CHARS {
        return false;
    }
    // The words not shared (as multisets), so shared words like "gemeente" do not make two
    // different places look alike.
    let mut rest_b: Vec<&str> = b.iter().map(String::as_str).collect();
    let mut rest_a: Vec<&str> = Vec::new();
    for w in a {
        match rest_b.iter().position(|x| x == w) {
            Some(i) => {
                rest_b.remove(i);
            }
            None => rest_a.push(w),
        }
    }
    // One name has an extra word the other lacks entirely ("Arkin" vs "Arkin Jeugd"):
    // possibly a part of the organisation, not a typo.
    if rest_a.is_empty() || rest_b.is_empty() {
        return false;
    }
    let da = rest_a.join(" ");
    let db = rest_b.join(" ");
    let shortest = da.chars().count().min(db.chars().count());
    let allowed = match shortest {
        0..=4 => 0,
        5..=11 => 1,
        _ => 2,
    };
    allowed > 0 && edit_distance(&da, &db) <= allowed
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Groups of parties whose names are near-identical, in file order of their first member.
pub fn near_duplicates(map: &Map) -> Vec<NearDuplicate> {
    let n = map.parties.len();
    let words: Vec<Vec<String>> = map.parties.iter().map(|p| normalise(&p.name)).collect();
    let keys: Vec<String> = words.iter().map(|w| w.join(" ")).collect();
    let lens: Vec<usize> = keys.iter().map(|k| k.chars().count()).collect();
    let mut parent: Vec<usize> = (0..n).collect();
    for i in 0..n {
        for j in i + 1..n {
            // Edit distance is at least the length difference; at most 2 is ever allowed.
            if lens[i].abs_diff(lens[j]) > 2 && keys[i] != keys[j] {
                continue;
            }
            if map.parties[i].id == map.parties[j].id {
                continue;
            }
            if similar(&words[i], &words[j], &keys[i], &keys[j]) {
                let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                if ri != rj {
                    parent[ri.max(rj)] = ri.min(rj);
                }
            }
        }
    }
    let mut seats: HashMap<&str, usize> = HashMap::new();
    for m in &map.memberships {
        *seats.entry(m.party.as_str()).or_default() += 1;
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of: HashMap<usize, usize> = HashMap::new();
    for i in 0..n {
        let r = find(&mut parent, i);
        match group_of.get(&r) {
            Some(&g) => groups[g].push(i),
            None => {
                group_of.insert(r, groups.len());
                groups.push(vec![i]);
            }
        }
    }
    groups
        .into_iter()
        .filter(|g| g.len() > 1)
        .map(|g| {
            let seats_of = |i: usize| seats.get(map.parties[i].id.as_str()).copied().unwrap_or(0);
            // Most memberships wins; on a tie the earliest row (max_by_key keeps the last max,
            // so compare on reversed index).
            let keep = g
                .iter()
                .copied()
                .max_by_key(|&i| (seats_of(i), std::cmp::Reverse(i)))
                .unwrap_or(g[0]);
            let merge: Vec<usize> = g.iter().copied().filter(|&i| i != keep).collect();
            NearDuplicate {
                keep: map.parties[keep].id.clone(),
                merge: merge.iter().map(|&i| map.parties[i].id.clone()).collect(),
                names: std::iter::once(keep)
                    .chain(merge.iter().copied())
                    .map(|i| map.parties[i].name.clone())
                    .collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_expands_abbreviations_and_drops_legal_forms() {
        assert_eq!(normalise("Gem. Gouda"), vec!["gemeente", "gouda"]);
        assert_eq!(normalise("gemeente  Gouda"), vec!["gemeente", "gouda"]);
        assert_eq!(normalise("Stg. De Hoop B.V."), vec!["hoop"]);
        assert_eq!(normalise("Wonen & Zorg"), vec!["wonen", "en", "zorg"]);
    }
}
