//! Maps built in code for the app tests and the development example: a realistic small region
//! and a large synthetic map for frame-time measurements.

#![allow(dead_code)]

use netwerkkaart::model::{
    Domain, Layer, Map, Membership, Party, PartyKind, Person, Relation, Role, Set, Table, TableKind,
};

fn party(id: &str, name: &str, kind: PartyKind, area: &[&str]) -> Party {
    Party {
        id: id.into(),
        name: name.into(),
        kind,
        werkgebied: area.iter().map(|s| s.to_string()).collect(),
        parent: None,
        interests: String::new(),
        takes: String::new(),
        gives: String::new(),
        attributes: vec![],
    }
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

fn table(
    id: &str,
    name: &str,
    kind: TableKind,
    d: Domain,
    l: Layer,
    freq: f64,
    reports: &[&str],
) -> Table {
    Table {
        id: id.into(),
        name: name.into(),
        kind,
        domains: Set::one(d),
        layers: Set::one(l),
        frequency: Some(freq),
        duration_hours: Some(2.0),
        decision: None,
        werkgebied: vec![],
        reports_to: reports.iter().map(|s| s.to_string()).collect(),
        attributes: vec![],
    }
}

fn seat(t: &str, p: &str, person: Option<&str>) -> Membership {
    Membership {
        table: t.into(),
        party: p.into(),
        person: person.map(Into::into),
        role: Role::Lid,
        attributes: vec![],
    }
}

/// A small region: three municipalities, two corporations, three care providers and some
/// others, eleven tables. Built so that (by construction):
/// - corporation `wc-mozaiek` and care provider `zorg-kwadraad` never share a table (a
///   missing link);
/// - `t-moestuin` is an island (its two members sit nowhere else);
/// - person `p-jansen` (gemeente Gouda) sits at 8 tables and alone links `t-doetafel` to the rest;
/// - the casus × strategisch, leefomgeving × strategisch and institutioneel × operationeel
///   cells are empty.
pub fn region() -> Map {
    use Domain::*;
    use Layer::*;
    use PartyKind::*;
    use TableKind::*;
    let parties = vec![
        party("gem-gouda", "Gemeente Gouda", Gemeente, &[]),
        party("gem-waddinxveen", "Gemeente Waddinxveen", Gemeente, &[]),
        party(
            "gem-bodegraven",
            "Gemeente Bodegraven-Reeuwijk",
            Gemeente,
            &[],
        ),
        party(
            "wc-mozaiek",
            "Mozaïek Wonen",
            Woningcorporatie,
            &["gem-gouda"],
        ),
        party(
            "wc-woonpartners",
            "Woonpartners Midden-Holland",
            Woningcorporatie,
            &[],
        ),
        party(
            "zorg-kwadraad",
            "Kwadraad GGZ",
            Zorgaanbieder,
            &["gem-gouda"],
        ),
        party("zorg-philadelphia", "Philadelphia Zorg", Zorgaanbieder, &[]),
        party("zorg-leger", "Leger des Heils", Zorgaanbieder, &[]),
        party("wz-sociaal", "Sociaal Team Gouda", Welzijn, &["gem-gouda"]),
        party("ggd", "GGD Hollands Midden", Gezondheid, &[]),
        party("politie", "Politie Midden-Holland", Veiligheid, &[]),
        party("schuldhulp", "Schuldhulpmaatje", WerkInkomen, &[]),
        party(
            "bew-korte-akkeren",
            "Bewonersgroep Korte Akkeren",
            Bewoners,
            &["gem-gouda"],
        ),
        party("client-raad", "Cliëntenraad GGZ", Client, &[]),
    ];
    let persons = vec![
        person(
            "p-jansen",
            "A. Jansen",
            "gem-gouda",
            "programmaleider wonen en zorg",
        ),
        person(
            "p-devries",
            "M. de Vries",
            "wc-woonpartners",
            "manager wonen",
        ),
        person("p-bakker", "K. Bakker", "zorg-philadelphia", "regiomanager"),
        person("p-visser", "S. Visser", "zorg-kwadraad", "teamleider"),
        person("p-smit", "L. Smit", "wc-mozaiek", "wijkconsulent"),
        person("p-mulder", "R. Mulder", "bew-korte-akkeren", "voorzitter"),
    ];
    let tables = vec![
        table(
            "t-bestuur",
            "Bestuurlijk overleg wonen-zorg",
            Tafel,
            Institutioneel,
            Strategisch,
            4.0,
            &[],
        ),
        table(
            "t-regie",
            "Regiegroep wonen met zorg",
            Tafel,
            Institutioneel,
            Tactisch,
            10.0,
            &["t-bestuur"],
        ),
        table(
            "t-prestatie",
            "Prestatieafspraken Gouda",
            Tafel,
            Institutioneel,
            Tactisch,
            6.0,
            &["t-bestuur"],
        ),
        table(
            "t-uitstroom",
            "Uitstroomtafel BW/MO",
            Tafel,
            Casus,
            Tactisch,
            12.0,
            &["t-regie"],
        ),
        table(
            "t-casus",
            "Casusoverleg complexe zorg",
            Tafel,
            Casus,
            Operationeel,
            24.0,
            &[],
        ),
        table(
            "t-doetafel",
            "Doe-tafel Korte Akkeren",
            Initiatief,
            Leefomgeving,
            Operationeel,
            12.0,
            &[],
        ),
        table(
            "t-wijk",
            "Wijkteamoverleg Gouda-Oost",
            Platform,
            Leefomgeving,
            Operationeel,
            20.0,
            &[],
        ),
        table(
            "t-moestuin",
            "Buurtmoestuin De Kuil",
            Initiatief,
            Leefomgeving,
            Operationeel,
            10.0,
            &[],
        ),
        table(
            "t-leefbaar",
            "Leefbaarheidsoverleg",
            Tafel,
            Leefomgeving,
            Tactisch,
            6.0,
            &[],
        ),
        table(
            "t-ggz",
            "GGZ-netwerk Midden-Holland",
            Platform,
            Casus,
            Operationeel,
            8.0,
            &[],
        ),
        table(
            "t-veilig",
            "Zorg- en veiligheidshuis",
            Tafel,
            Casus,
            Operationeel,
            24.0,
            &[],
        ),
    ];
    let mut memberships = vec![
        seat("t-bestuur", "gem-gouda", None),
        seat("t-bestuur", "gem-waddinxveen", None),
        seat("t-bestuur", "gem-bodegraven", None),
        seat("t-bestuur", "wc-woonpartners", None),
        seat("t-bestuur", "zorg-philadelphia", Some("p-bakker")),
        seat("t-regie", "wc-woonpartners", Some("p-devries")),
        seat("t-regie", "zorg-philadelphia", Some("p-bakker")),
        seat("t-regie", "zorg-leger", None),
        seat("t-prestatie", "wc-mozaiek", None),
        seat("t-prestatie", "wc-woonpartners", Some("p-devries")),
        seat("t-prestatie", "bew-korte-akkeren", None),
        seat("t-uitstroom", "zorg-leger", None),
        seat("t-uitstroom", "wc-woonpartners", None),
        seat("t-casus", "zorg-kwadraad", Some("p-visser")),
        seat("t-casus", "wz-sociaal", None),
        seat("t-casus", "ggd", None),
        seat("t-doetafel", "bew-korte-akkeren", Some("p-mulder")),
        seat("t-wijk", "wz-sociaal", None),
        seat("t-wijk", "wc-mozaiek", Some("p-smit")),
        seat("t-wijk", "politie", None),
        seat("t-moestuin", "schuldhulp", None),
        seat("t-moestuin", "client-raad", None),
        seat("t-leefbaar", "wc-mozaiek", Some("p-smit")),
        seat("t-leefbaar", "politie", None),
        seat("t-ggz", "zorg-kwadraad", Some("p-visser")),
        seat("t-ggz", "ggd", None),
        seat("t-veilig", "politie", None),
        seat("t-veilig", "zorg-leger", None),
    ];
    // Jansen sits everywhere except the island and the GGZ network: 8 tables + the doe-tafel.
    for t in [
        "t-bestuur",
        "t-regie",
        "t-prestatie",
        "t-uitstroom",
        "t-casus",
        "t-wijk",
        "t-leefbaar",
        "t-veilig",
        "t-doetafel",
    ] {
        memberships.push(seat(t, "gem-gouda", Some("p-jansen")));
    }
    let relations = vec![Relation {
        from: "gem-gouda".into(),
        to: "wc-mozaiek".into(),
        kind: "prestatieafspraken".into(),
        domains: Set::one(Institutioneel),
        layers: Set::empty(),
        quality: None,
        note: String::new(),
        attributes: vec![],
    }];
    Map {
        title: "Regio Midden-Holland (testkaart)".into(),
        parties,
        persons,
        tables,
        memberships,
        relations,
        ..Map::default()
    }
}

/// A synthetic map of about `n` nodes (parties, tables, persons in ratio 2:1:2), seats chosen
/// by a fixed arithmetic pattern so the map is the same every time.
pub fn synthetic(n: usize) -> Map {
    let kinds = PartyKind::CORE;
    let tables_n = (n / 5).max(1);
    let parties_n = 2 * n / 5;
    let persons_n = n - tables_n - parties_n;
    let parties: Vec<Party> = (0..parties_n)
        .map(|i| {
            party(
                &format!("p{i:05}"),
                &format!("Partij {i}"),
                kinds[i % 3],
                &[],
            )
        })
        .collect();
    let persons: Vec<Person> = (0..persons_n)
        .map(|i| {
            person(
                &format!("m{i:05}"),
                &format!("Persoon {i}"),
                &format!("p{:05}", i % parties_n.max(1)),
                "",
            )
        })
        .collect();
    let tables: Vec<Table> = (0..tables_n)
        .map(|i| {
            table(
                &format!("t{i:05}"),
                &format!("Tafel {i}"),
                TableKind::Tafel,
                Domain::ALL_[i % 3],
                Layer::ALL_[(i / 3) % 3],
                6.0,
                &[],
            )
        })
        .collect();
    let mut memberships = Vec::new();
    for (i, p) in persons.iter().enumerate() {
        for k in 0..2 {
            let t = (i * 7 + k * 13) % tables_n;
            memberships.push(seat(&format!("t{t:05}"), &p.party, Some(&p.id)));
        }
    }
    for i in 0..parties_n {
        let t = (i * 11 + 3) % tables_n;
        memberships.push(seat(&format!("t{t:05}"), &format!("p{i:05}"), None));
    }
    Map {
        title: format!("Synthetisch {n}"),
        parties,
        persons,
        tables,
        memberships,
        ..Map::default()
    }
}

/// Domain and layer arrays by position (the vocab `ALL` lists as fixed-size arrays).
trait AllArray: Sized {
    const ALL_: [Self; 3];
}
impl AllArray for Domain {
    const ALL_: [Self; 3] = [Domain::Casus, Domain::Institutioneel, Domain::Leefomgeving];
}
impl AllArray for Layer {
    const ALL_: [Self; 3] = [Layer::Strategisch, Layer::Tactisch, Layer::Operationeel];
}
