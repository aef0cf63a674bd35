//! A map the size of a large region (2,000 parties, 500 tables, 10,000 seats, 1,000 people)
//! imports without errors and in reasonable time; prints the time measured.

use netwerkkaart::import::load_csv_folder;
use std::fmt::Write;

#[test]
fn large_map_imports_in_reasonable_time() {
    let dir = tempfile::tempdir().unwrap();
    let (n_parties, n_tables, n_seats, n_persons) = (2_000, 500, 10_000, 1_000);
    // Names are distinct places, so no near-duplicates: "Organisatie Plaats<i>".
    let mut parties = String::from("id;naam;soort;werkgebied\n");
    for i in 0..n_parties {
        let kind = ["gemeente", "corporatie", "zorg", "welzijn"][i % 4];
        let area = if i % 4 == 0 {
            String::new()
        } else {
            format!("p{}", i - i % 4)
        };
        writeln!(
            parties,
            "p{i};Organisatie {} {};{kind};{area}",
            i * 7919 % 10_007,
            i
        )
        .unwrap();
    }
    let mut tables = String::from("id;naam;domein;laag;frequentie;duur_uren\n");
    for i in 0..n_tables {
        writeln!(
            tables,
            "t{i};Tafel {i};casus|leefomgeving;operationeel;12;1,5"
        )
        .unwrap();
    }
    let mut persons = String::from("id;naam;partij;laag\n");
    for i in 0..n_persons {
        writeln!(persons, "q{i};Persoon {i};p{};tactisch", i % n_parties).unwrap();
    }
    let mut seats = String::from("tafel;partij;persoon;rol\n");
    // Every party and every table gets seats; then each person sits once for their own
    // party (empty partij).
    for i in 0..n_seats {
        writeln!(seats, "t{};p{};;", i % n_tables, i % n_parties).unwrap();
    }
    for q in 0..n_persons {
        writeln!(seats, "t{};;q{q};lid", q % n_tables).unwrap();
    }
    for (name, text) in [
        ("partijen.csv", parties),
        ("tafels.csv", tables),
        ("personen.csv", persons),
        ("deelnames.csv", seats),
    ] {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let start = std::time::Instant::now();
    let l = load_csv_folder(dir.path()).unwrap_or_else(|f| {
        panic!(
            "{f}\n{}",
            f.errors
                .iter()
                .take(5)
                .map(|e| format!("{e}\n"))
                .collect::<String>()
        )
    });
    let elapsed = start.elapsed();
    println!(
        "imported {n_parties} parties, {n_tables} tables, {} seats in {elapsed:?}",
        n_seats + n_persons
    );
    assert_eq!(l.map.parties.len(), n_parties);
    assert_eq!(l.map.memberships.len(), n_seats + n_persons);
    assert!(l.warnings.is_empty(), "{}", l.warnings[0]);
    assert!(elapsed.as_secs() < 30, "took {elapsed:?}");
    let start = std::time::Instant::now();
    let dups = netwerkkaart::import::near_duplicates(&l.map);
    println!("near_duplicates alone: {:?}", start.elapsed());
    assert!(dups.is_empty());
    let start = std::time::Instant::now();
    let problems = netwerkkaart::model::validate(&l.map);
    println!("validate alone: {:?}", start.elapsed());
    assert!(problems.is_empty());
}
