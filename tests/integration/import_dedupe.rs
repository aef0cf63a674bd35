//! Near-duplicate party names: positives ("Gem. Gouda" = "Gemeente Gouda"), negatives that a
//! plain edit distance would flag ("Gemeente Ede" vs "Gemeente Epe"), and the choice of the
//! party to keep.

use netwerkkaart::import::{NearDuplicate, near_duplicates};
use netwerkkaart::model::{Map, Membership, Party, PartyKind, Role};

fn party(id: &str, name: &str) -> Party {
    Party::new(id, name, PartyKind::Gemeente)
}

fn map_of(names: &[&str]) -> Map {
    Map {
        parties: names
            .iter()
            .enumerate()
            .map(|(i, n)| party(&format!("p{i}"), n))
            .collect(),
        ..Map::default()
    }
}

fn seat(map: &mut Map, party: &str) {
    map.memberships.push(Membership {
        table: "t".into(),
        party: party.into(),
        person: None,
        role: Role::Lid,
        attributes: vec![],
    });
}

/// The groups as id lists, keep first.
fn groups(names: &[&str]) -> Vec<Vec<String>> {
    near_duplicates(&map_of(names))
        .into_iter()
        .map(|d| std::iter::once(d.keep).chain(d.merge).collect())
        .collect()
}

#[test]
fn abbreviation_case_and_spacing_variants_form_one_group() {
    let names = [
        "Gem. Gouda",
        "Gemeente Gouda",
        "gemeente  gouda",
        "Gemeente Goes",
    ];
    // No seats anywhere: the first row is kept, the others merge in file order.
    assert_eq!(
        near_duplicates(&map_of(&names)),
        [NearDuplicate {
            keep: "p0".into(),
            merge: vec!["p1".into(), "p2".into()],
            names: vec![
                "Gem. Gouda".into(),
                "Gemeente Gouda".into(),
                "gemeente  gouda".into()
            ],
        }]
    );
}

#[test]
fn distinct_places_with_a_shared_word_are_not_flagged() {
    // gouda/goes: distance 3; ede/epe: distance 1 but the distinctive word is 3 letters.
    assert!(groups(&["Gemeente Gouda", "Gemeente Goes"]).is_empty());
    assert!(groups(&["Gemeente Ede", "Gemeente Epe"]).is_empty());
    assert!(groups(&["Gemeente Gouda", "Gemeente Gouda-Oost"]).is_empty());
    assert!(groups(&["Arkin", "Arkin Jeugd"]).is_empty());
    assert!(groups(&["Stichting A", "Stichting B"]).is_empty());
    assert!(groups(&["Woonpartners", "Woonstede"]).is_empty());
}

#[test]
fn typos_legal_forms_and_joined_words_are_flagged() {
    // One letter dropped from a 15-letter word.
    assert_eq!(
        groups(&["Woningstichting Gouda", "Woningstichtng Gouda"]),
        [["p0", "p1"]]
    );
    // Legal form and article dropped, "stg." expanded.
    assert_eq!(groups(&["Stichting Kwintes", "Kwintes"]), [["p0", "p1"]]);
    assert_eq!(groups(&["Stg. De Hoop", "De Hoop B.V."]), [["p0", "p1"]]);
    // A space between two words (distance 1 on 12 letters).
    assert_eq!(groups(&["Woon Partners", "Woonpartners"]), [["p0", "p1"]]);
    // Accents and "&".
    assert_eq!(
        groups(&["Zorg & Welzijn Gouwe", "Zorg en Welzijn Gouwë"]),
        [["p0", "p1"]]
    );
}

#[test]
fn the_party_with_most_seats_is_kept() {
    let mut map = map_of(&["Gem. Gouda", "Gemeente Gouda"]);
    seat(&mut map, "p1");
    seat(&mut map, "p1");
    seat(&mut map, "p0");
    let d = near_duplicates(&map);
    assert_eq!(d.len(), 1);
    assert_eq!(
        (d[0].keep.as_str(), d[0].merge.as_slice()),
        ("p1", &["p0".to_string()][..])
    );
    assert_eq!(d[0].names, ["Gemeente Gouda", "Gem. Gouda"]);
}

#[test]
fn very_long_names_are_compared_exactly_and_fast() {
    let long_a = "a".repeat(100_000);
    let long_b = format!("{}b", "a".repeat(99_999));
    let start = std::time::Instant::now();
    assert!(groups(&[&long_a, &long_b]).is_empty());
    assert_eq!(groups(&[&long_a, &long_a]), [["p0", "p1"]]);
    assert!(start.elapsed().as_secs() < 5);
}
