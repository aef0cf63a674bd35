//! Near-duplicate parties: the same organisation entered twice under slightly different
//! names ("Gem. Gouda", "Gemeente Gouda", "gemeente  gouda"), as happens when partners send
//! in their own lists. Reported as a warning with a suggested merge; never merged silently.
//!
//! Names are normalised (folded, punctuation dropped, common Dutch abbreviations expanded,
//! legal forms and a leading article dropped) and then compared on the words they do *not*
//! share, so "Gemeente Ede" and "Gemeente Epe" (one letter apart, but the only distinctive
//! word is three letters long) are not flagged while "Woningstichting Gouda" and
//! "Woningstichtng Gouda" are.

use crate::model::{Map, fold};
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

/// Names longer than this are only compared word for word.
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

/// A party name prepared for comparison: its words as interned ids, in name order and sorted.
struct Prepared {
    words: Vec<u32>,
    sorted: Vec<u32>,
    /// Length in chars of the words joined by single spaces.
    len: usize,
    /// Which letters occur (one bit per letter, others hashed into the 64 bits).
    letters: u64,
}

/// The letter set of a name as a bit mask. Two names that [`similar`] accepts differ by at
/// most two edits in their unshared words, and each edit adds or removes at most one letter
/// from the set, so their masks differ in at most four bits: a necessary condition that
/// rejects almost every pair before the real comparison.
fn letter_mask(words: &[u32], texts: &[Vec<char>]) -> u64 {
    let mut mask = 0u64;
    for w in words {
        for &c in &texts[*w as usize] {
            let bit = match c {
                'a'..='z' => c as u32 - 'a' as u32,
                '0'..='9' => 26 + c as u32 - '0' as u32,
                _ => 36 + (c as u32 % 28),
            };
            mask |= 1 << bit;
        }
    }
    mask
}

/// The most bits in which the letter masks of two similar names can differ.
const MAX_LETTER_DIFFERENCE: u32 = 4;

/// Reusable buffers for comparing pairs without allocating per pair.
#[derive(Default)]
struct Scratch {
    rest_b: Vec<u32>,
    rest_a: Vec<u32>,
    a: Vec<char>,
    b: Vec<char>,
    rows: [Vec<usize>; 3],
}

/// Appends the words of `ids` joined by spaces.
fn spell(out: &mut Vec<char>, ids: &[u32], texts: &[Vec<char>]) {
    out.clear();
    for (k, id) in ids.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.extend(&texts[*id as usize]);
    }
}

/// Optimal string alignment distance when it is at most `k` (only a band of width `2k + 1`
/// around the diagonal is computed), `None` when it is larger.
fn bounded_distance(a: &[char], b: &[char], k: usize, rows: &mut [Vec<usize>; 3]) -> Option<usize> {
    if a.len().abs_diff(b.len()) > k {
        return None;
    }
    let big = k + 1;
    let w = b.len() + 1;
    for r in rows.iter_mut() {
        r.clear();
        r.resize(w, big);
    }
    // rows[0] = i - 2, rows[1] = i - 1, rows[2] = i
    for (j, cell) in rows[1].iter_mut().enumerate().take(k.min(b.len()) + 1) {
        *cell = j;
    }
    for i in 1..=a.len() {
        let lo = i.saturating_sub(k);
        let hi = (i + k).min(b.len());
        // Only the band (and one cell past it, read by the next row) needs clearing.
        let clear_to = (hi + 1).min(b.len());
        rows[2][lo.saturating_sub(1)..=clear_to]
            .iter_mut()
            .for_each(|c| *c = big);
        if lo == 0 {
            rows[2][0] = i;
        }
        let mut row_min = if lo == 0 { i } else { big };
        for j in lo.max(1)..=hi {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (rows[1][j] + 1)
                .min(rows[2][j - 1] + 1)
                .min(rows[1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(rows[0][j - 2] + 1);
            }
            let v = v.min(big);
            rows[2][j] = v;
            row_min = row_min.min(v);
        }
        if row_min > k {
            return None;
        }
        rows.rotate_left(1);
    }
    // After the last rotation the final row sits in rows[1].
    let d = rows[1][b.len()];
    (d <= k).then_some(d)
}

/// Whether two prepared names look like the same organisation.
fn similar(a: &Prepared, b: &Prepared, texts: &[Vec<char>], s: &mut Scratch) -> bool {
    if a.sorted == b.sorted {
        // The same words, perhaps in another order.
        return !a.sorted.is_empty();
    }
    // The words not shared (as multisets), in name order, so shared words like "gemeente"
    // do not make two different places look alike.
    s.rest_b.clear();
    s.rest_b.extend(&b.words);
    s.rest_a.clear();
    for w in &a.words {
        match s.rest_b.iter().position(|x| x == w) {
            Some(i) => {
                s.rest_b.remove(i);
            }
            None => s.rest_a.push(*w),
        }
    }
    // One name has an extra word the other lacks entirely ("Arkin" vs "Arkin Jeugd"):
    // possibly a part of the organisation, not a typo.
    if s.rest_a.is_empty() || s.rest_b.is_empty() {
        return false;
    }
    spell(&mut s.a, &s.rest_a, texts);
    spell(&mut s.b, &s.rest_b, texts);
    let allowed = match s.a.len().min(s.b.len()) {
        0..=4 => 0,
        5..=11 => 1,
        _ => 2,
    };
    allowed > 0 && bounded_distance(&s.a, &s.b, allowed, &mut s.rows).is_some()
}

/// The numbers in a name (runs of digits, leading zeros dropped), sorted.
fn number_key(name: &str) -> Vec<String> {
    let mut out: Vec<String> = name
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .map(|run| {
            let t = run.trim_start_matches('0');
            if t.is_empty() { "0" } else { t }.to_string()
        })
        .collect();
    out.sort_unstable();
    out
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn union(parent: &mut [usize], i: usize, j: usize) {
    let (ri, rj) = (find(parent, i), find(parent, j));
    if ri != rj {
        parent[ri.max(rj)] = ri.min(rj);
    }
}

/// Groups of parties whose names are near-identical, in file order of their first member.
pub fn near_duplicates(map: &Map) -> Vec<NearDuplicate> {
    let n = map.parties.len();
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut texts: Vec<Vec<char>> = Vec::new();
    let prepared: Vec<Prepared> = map
        .parties
        .iter()
        .map(|p| {
            let words: Vec<u32> = normalise(&p.name)
                .into_iter()
                .map(|w| {
                    *ids.entry(w).or_insert_with_key(|w| {
                        texts.push(w.chars().collect());
                        (texts.len() - 1) as u32
                    })
                })
                .collect();
            let mut sorted = words.clone();
            sorted.sort_unstable();
            let len = words
                .iter()
                .map(|w| texts[*w as usize].len())
                .sum::<usize>()
                + words.len().saturating_sub(1);
            let letters = letter_mask(&words, &texts);
            Prepared {
                words,
                sorted,
                len,
                letters,
            }
        })
        .collect();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut scratch = Scratch::default();
    // Numbers tell organisations apart ("Partij 10000" is not "Partij 10001", "Team 3" not
    // "Team 8"): only names with the same numbers can be duplicates, so they form the blocks.
    let mut number_ids: HashMap<Vec<String>, u32> = HashMap::new();
    let numbers: Vec<u32> = map
        .parties
        .iter()
        .map(|p| {
            let key = number_key(&p.name);
            let next = number_ids.len() as u32;
            *number_ids.entry(key).or_insert(next)
        })
        .collect();
    // Edit distance is at least the length difference and at most 2 is ever allowed, so
    // only names of nearly the same length are compared: sort by length and look ahead.
    let mut by_len: Vec<usize> = (0..n).collect();
    by_len.sort_by_key(|&i| (numbers[i], prepared[i].len, i));
    for (x, &i) in by_len.iter().enumerate() {
        let pi = &prepared[i];
        if pi.words.is_empty() {
            continue;
        }
        for &j in &by_len[x + 1..] {
            let pj = &prepared[j];
            if numbers[j] != numbers[i] || pj.len > pi.len + 2 {
                break;
            }
            if (pi.letters ^ pj.letters).count_ones() > MAX_LETTER_DIFFERENCE
                || map.parties[i].id == map.parties[j].id
            {
                continue;
            }
            let too_long = pi.len.max(pj.len) > MAX_FUZZY_CHARS;
            let same = if too_long {
                pi.sorted == pj.sorted
            } else {
                similar(pi, pj, &texts, &mut scratch)
            };
            if same {
                union(&mut parent, i, j);
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
    fn bounded_distance_agrees_with_the_full_one() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "gouda",
            "goes",
            "gemeente",
            "gemeemte",
            "woonpartners",
            "woon partners",
            "woningstichting",
            "woningstichtng",
            "ede",
            "epe",
            "kwintes",
        ];
        let mut rows = Default::default();
        for a in words {
            for b in words {
                let full = crate::model::edit_distance(a, b);
                let ac: Vec<char> = a.chars().collect();
                let bc: Vec<char> = b.chars().collect();
                for k in 0..4 {
                    let expect = (full <= k).then_some(full);
                    assert_eq!(
                        bounded_distance(&ac, &bc, k, &mut rows),
                        expect,
                        "{a} {b} {k}"
                    );
                }
            }
        }
    }

    #[test]
    fn numbers_keep_names_apart() {
        assert_eq!(number_key("Partij 010 en 3"), vec!["10", "3"]);
        assert!(number_key("Gemeente Gouda").is_empty());
    }

    #[test]
    fn normalise_expands_abbreviations_and_drops_legal_forms() {
        assert_eq!(normalise("Gem. Gouda"), vec!["gemeente", "gouda"]);
        assert_eq!(normalise("gemeente  Gouda"), vec!["gemeente", "gouda"]);
        assert_eq!(normalise("Stg. De Hoop B.V."), vec!["hoop"]);
        assert_eq!(normalise("Wonen & Zorg"), vec!["wonen", "en", "zorg"]);
    }
}
