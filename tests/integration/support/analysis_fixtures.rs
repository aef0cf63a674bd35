//! Fixture maps for the analysis tests, built in code (no importer), shared by the
//! `tests/analysis*.rs` files through `#[path]`. Each fixture documents its shape; the expected
//! findings are worked out by hand in the tests that use it.
#![allow(dead_code)]

use netwerkkaart::model::{
    Domain, Layer, Map, Membership, NetworkRole, Party, PartyKind, Person, Relation, Role, Set,
    Table, TableKind, Vocab,
};

fn set<T: Vocab>(cell: &str) -> Set<T> {
    cell.split('|')
        .filter(|s| !s.is_empty())
        .map(|s| T::parse(s).expect("vocab value"))
        .collect()
}

fn ids(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// A small map builder: one call per row.
#[derive(Default)]
pub struct B {
    pub map: Map,
}

impl B {
    pub fn new() -> Self {
        B::default()
    }

    pub fn party(mut self, id: &str, kind: &str, werkgebied: &[&str]) -> Self {
        self.map.parties.push(Party {
            id: id.into(),
            name: format!("Naam {id}"),
            kind: PartyKind::parse(kind).expect("party kind"),
            werkgebied: ids(werkgebied),
            parent: None,
            interests: String::new(),
            takes: String::new(),
            gives: String::new(),
            attributes: Vec::new(),
        });
        self
    }

    pub fn named(mut self, id: &str, name: &str) -> Self {
        if let Some(p) = self.map.parties.iter_mut().find(|p| p.id == id) {
            p.name = name.into();
        } else if let Some(p) = self.map.persons.iter_mut().find(|p| p.id == id) {
            p.name = name.into();
        } else if let Some(t) = self.map.tables.iter_mut().find(|t| t.id == id) {
            t.name = name.into();
        }
        self
    }

    /// A person; `layer` and `roles` as in the CSV (`""` for none).
    pub fn person(
        mut self,
        id: &str,
        party: &str,
        layer: &str,
        roles: &str,
        hours: Option<f64>,
    ) -> Self {
        self.map.persons.push(Person {
            id: id.into(),
            name: format!("Naam {id}"),
            party: party.into(),
            function: String::new(),
            layer: if layer.is_empty() {
                None
            } else {
                Some(Layer::parse(layer).expect("layer"))
            },
            network_roles: set::<NetworkRole>(roles),
            hours_per_month: hours,
            attributes: Vec::new(),
        });
        self
    }

    /// A table; `domains` and `layers` as `|`-separated cells.
    pub fn table(
        mut self,
        id: &str,
        domains: &str,
        layers: &str,
        werkgebied: &[&str],
        reports_to: &[&str],
    ) -> Self {
        self.map.tables.push(Table {
            id: id.into(),
            name: format!("Naam {id}"),
            kind: TableKind::Tafel,
            domains: set::<Domain>(domains),
            layers: set::<Layer>(layers),
            frequency: None,
            duration_hours: None,
            decision: None,
            werkgebied: ids(werkgebied),
            reports_to: ids(reports_to),
            attributes: Vec::new(),
        });
        self
    }

    /// Sets frequency a year and duration in hours of the last table.
    pub fn meets(mut self, frequency: f64, duration: f64) -> Self {
        if let Some(t) = self.map.tables.last_mut() {
            t.frequency = Some(frequency);
            t.duration_hours = Some(duration);
        }
        self
    }

    /// Seats for parties without a named person.
    pub fn seats(mut self, table: &str, parties: &[&str]) -> Self {
        for p in parties {
            self.map.memberships.push(Membership {
                table: table.into(),
                party: p.to_string(),
                person: None,
                role: Role::Lid,
                attributes: Vec::new(),
            });
        }
        self
    }

    /// Seats for named persons, each representing their own party.
    pub fn people(mut self, table: &str, persons: &[&str]) -> Self {
        for x in persons {
            let party = self
                .map
                .persons
                .iter()
                .find(|p| p.id == *x)
                .map(|p| p.party.clone())
                .expect("person defined before seating");
            self.map.memberships.push(Membership {
                table: table.into(),
                party,
                person: Some(x.to_string()),
                role: Role::Lid,
                attributes: Vec::new(),
            });
        }
        self
    }

    pub fn rel(mut self, from: &str, to: &str, domains: &str) -> Self {
        self.map.relations.push(Relation {
            from: from.into(),
            to: to.into(),
            kind: String::new(),
            domains: set::<Domain>(domains),
            layers: Set::empty(),
            quality: None,
            note: String::new(),
            attributes: Vec::new(),
        });
        self
    }

    pub fn build(self) -> Map {
        self.map
    }
}

/// The Gouda case: two municipalities. In Gouda the corporation (Woonstede, active in Gouda only)
/// and the care provider (Kwintes, region-wide) each meet the municipality at their own tables,
/// never each other. In Waddinxveen the triangle is closed at a Doe-tafel and a bestuurlijk
/// overleg. No leefomgeving tables. No persons, no relationships, no meeting times.
///
/// ```text
/// t-bo-gouda    institutioneel/strategisch  [gem-gouda]  gem-gouda, corp-woon
/// t-inkoop      institutioneel/tactisch     [gem-gouda]  gem-gouda, zorg-kwin
/// t-wijk        casus/operationeel          [gem-gouda]  gem-gouda, zorg-kwin, welzijn-kw  → t-inkoop
/// t-woonurg     casus/operationeel          [gem-gouda]  gem-gouda, corp-woon              → t-bo-gouda
/// t-casus-wadd  casus/operationeel          [gem-wadd]   gem-wadd, corp-moz, zorg-kwin     → t-bo-wadd
/// t-bo-wadd     institutioneel/strategisch  [gem-wadd]   gem-wadd, corp-moz, zorg-kwin
/// ```
pub fn gouda() -> Map {
    B::new()
        .party("gem-gouda", "gemeente", &[])
        .named("gem-gouda", "Gemeente Gouda")
        .party("gem-wadd", "gemeente", &[])
        .named("gem-wadd", "Gemeente Waddinxveen")
        .party("corp-woon", "woningcorporatie", &["gem-gouda"])
        .named("corp-woon", "Woonstede")
        .party("corp-moz", "woningcorporatie", &["gem-wadd"])
        .named("corp-moz", "Mozaïek Wonen")
        .party("zorg-kwin", "zorgaanbieder", &[])
        .named("zorg-kwin", "Kwintes")
        .party("welzijn-kw", "welzijn", &[])
        .table(
            "t-bo-gouda",
            "institutioneel",
            "strategisch",
            &["gem-gouda"],
            &[],
        )
        .table(
            "t-inkoop",
            "institutioneel",
            "tactisch",
            &["gem-gouda"],
            &[],
        )
        .table(
            "t-wijk",
            "casus",
            "operationeel",
            &["gem-gouda"],
            &["t-inkoop"],
        )
        .table(
            "t-woonurg",
            "casus",
            "operationeel",
            &["gem-gouda"],
            &["t-bo-gouda"],
        )
        .table(
            "t-casus-wadd",
            "casus",
            "operationeel",
            &["gem-wadd"],
            &["t-bo-wadd"],
        )
        .table(
            "t-bo-wadd",
            "institutioneel",
            "strategisch",
            &["gem-wadd"],
            &[],
        )
        .seats("t-bo-gouda", &["gem-gouda", "corp-woon"])
        .seats("t-inkoop", &["gem-gouda", "zorg-kwin"])
        .seats("t-wijk", &["gem-gouda", "zorg-kwin", "welzijn-kw"])
        .seats("t-woonurg", &["gem-gouda", "corp-woon"])
        .seats("t-casus-wadd", &["gem-wadd", "corp-moz", "zorg-kwin"])
        .seats("t-bo-wadd", &["gem-wadd", "corp-moz", "zorg-kwin"])
        .build()
}

/// A procesregisseur (p-regie, gemeente, 10 hours a month) at eight tables, each meeting
/// 12 × 2 = 24 hours a year: a bestuurlijk overleg, six casus tables and a buurtkamer.
///
/// ```text
/// t-bo          institutioneel/strategisch  p-wethouder, p-dir-corp, p-dir-zorg, p-regie
/// t-casus-1..6  casus/operationeel          p-regie, p-cons-corp, p-begeleider
/// t-buurtkamer  leefomgeving/operationeel   p-regie, p-welzijn
/// ```
/// p-begeleider has 8 hours a month (96 a year) and sits at six tables (144 hours).
pub fn regisseur() -> Map {
    let mut b = B::new()
        .party("gem", "gemeente", &[])
        .party("corp", "woningcorporatie", &[])
        .party("zorg", "zorgaanbieder", &[])
        .party("welzijn", "welzijn", &[])
        .person("p-regie", "gem", "tactisch", "procesmanager", Some(10.0))
        .named("p-regie", "Procesregisseur Zuidstad")
        .person("p-wethouder", "gem", "strategisch", "", None)
        .person("p-dir-corp", "corp", "strategisch", "", None)
        .person("p-dir-zorg", "zorg", "strategisch", "", None)
        .person("p-cons-corp", "corp", "operationeel", "", None)
        .person("p-begeleider", "zorg", "operationeel", "", Some(8.0))
        .person("p-welzijn", "welzijn", "operationeel", "", None)
        .table("t-bo", "institutioneel", "strategisch", &[], &[])
        .meets(12.0, 2.0)
        .people(
            "t-bo",
            &["p-wethouder", "p-dir-corp", "p-dir-zorg", "p-regie"],
        );
    for i in 1..=6 {
        let id = format!("t-casus-{i}");
        b = b
            .table(&id, "casus", "operationeel", &[], &[])
            .meets(12.0, 2.0)
            .people(&id, &["p-regie", "p-cons-corp", "p-begeleider"]);
    }
    b.table("t-buurtkamer", "leefomgeving", "operationeel", &[], &[])
        .meets(12.0, 2.0)
        .people("t-buurtkamer", &["p-regie", "p-welzijn"])
        .build()
}

/// A healthy map: one municipality, persons with layers and all four network roles held twice,
/// each domain's triangle closed at one table, operational tables reporting to the bestuurlijk
/// overleg.
///
/// ```text
/// t-bo     institutioneel/strategisch  gem-b, corp-b, zorg-b
/// t-casus  casus/operationeel          gem-p, corp-p, zorg-p   → t-bo
/// t-wijk   leefomgeving/operationeel   gem-p, corp-p, zorg-p   → t-bo
/// ```
pub fn healthy() -> B {
    B::new()
        .party("gem", "gemeente", &[])
        .party("corp", "woningcorporatie", &[])
        .party("zorg", "zorgaanbieder", &[])
        .person(
            "gem-b",
            "gem",
            "strategisch",
            "strateeg|verkenner",
            Some(20.0),
        )
        .person(
            "gem-p",
            "gem",
            "operationeel",
            "ontwikkelaar|procesmanager",
            Some(20.0),
        )
        .person("corp-b", "corp", "strategisch", "strateeg|verkenner", None)
        .person(
            "corp-p",
            "corp",
            "operationeel",
            "ontwikkelaar|procesmanager",
            None,
        )
        .person("zorg-b", "zorg", "strategisch", "", None)
        .person("zorg-p", "zorg", "operationeel", "", None)
        .table("t-bo", "institutioneel", "strategisch", &[], &[])
        .meets(6.0, 2.0)
        .table("t-casus", "casus", "operationeel", &[], &["t-bo"])
        .meets(24.0, 1.5)
        .table("t-wijk", "leefomgeving", "operationeel", &[], &["t-bo"])
        .meets(12.0, 1.0)
        .people("t-bo", &["gem-b", "corp-b", "zorg-b"])
        .people("t-casus", &["gem-p", "corp-p", "zorg-p"])
        .people("t-wijk", &["gem-p", "corp-p", "zorg-p"])
        .rel("gem", "corp", "institutioneel")
}

/// The healthy map plus a loose fragment: a buurtbarbecue of two residents' organisations that
/// sit nowhere else, and a party that is in nothing at all.
pub fn fragment() -> Map {
    healthy()
        .party("p-buurt", "bewoners", &[])
        .party("p-huurders", "bewoners", &[])
        .party("p-los", "overig", &[])
        .table("t-bbq", "leefomgeving", "operationeel", &[], &[])
        .seats("t-bbq", &["p-buurt", "p-huurders"])
        .build()
}

/// Gaps between layers and domains (one municipality, persons with layers):
///
/// ```text
/// t-casus  casus/operationeel      g-op, c-op, z-op (all operationeel persons)
/// t-inst   institutioneel/tactisch g-man (gemeente, tactisch), corp (party seat, no person)
/// ```
/// No strategic table, no leefomgeving table, no reporting lines.
pub fn gaps() -> Map {
    B::new()
        .party("gem", "gemeente", &[])
        .party("corp", "woningcorporatie", &[])
        .party("zorg", "zorgaanbieder", &[])
        .person("g-op", "gem", "operationeel", "", None)
        .person("c-op", "corp", "operationeel", "", None)
        .person("z-op", "zorg", "operationeel", "", None)
        .person("g-man", "gem", "tactisch", "", None)
        .table("t-casus", "casus", "operationeel", &[], &[])
        .table("t-inst", "institutioneel", "tactisch", &[], &[])
        .people("t-casus", &["g-op", "c-op", "z-op"])
        .people("t-inst", &["g-man"])
        .seats("t-inst", &["corp"])
        .build()
}

/// Two tables joined by the municipality: party-level seats only (`with_persons = false`), or
/// the municipality represented by two different persons (`true`).
pub fn two_tables(with_persons: bool) -> Map {
    let b = B::new()
        .party("gem", "gemeente", &[])
        .party("corp", "woningcorporatie", &[])
        .party("zorg", "zorgaanbieder", &[])
        .table("t1", "casus", "operationeel", &[], &[])
        .table("t2", "casus", "operationeel", &[], &[])
        .seats("t1", &["corp"])
        .seats("t2", &["zorg"]);
    if with_persons {
        b.person("g1", "gem", "", "", None)
            .person("g2", "gem", "", "", None)
            .people("t1", &["g1"])
            .people("t2", &["g2"])
            .build()
    } else {
        b.seats("t1", &["gem"]).seats("t2", &["gem"]).build()
    }
}

/// A generated region for timing: `municipalities` gemeenten, each with two corporations, three
/// care providers and four other parties active there, three persons per core party (one per
/// layer), a bestuurlijk overleg, three tactical tables, `casus` casus tables and six
/// leefomgeving tables with four to eight seats each; plus region-wide care, corporations and
/// tables. Deterministic (a fixed linear congruential sequence).
pub fn region(municipalities: usize, casus: usize) -> Map {
    let mut seed: u64 = 0x5eed;
    let mut next = move |n: usize| -> usize {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n.max(1)
    };
    let mut b = B::new();
    let mut region_members: Vec<String> = Vec::new();
    for r in 0..4 {
        let p = format!("zorg-r{r}");
        b = b.party(
            &p,
            if r < 3 {
                "zorgaanbieder"
            } else {
                "woningcorporatie"
            },
            &[],
        );
        for l in ["strategisch", "tactisch", "operationeel"] {
            let x = format!("{p}-{l}");
            b = b.person(
                &x,
                &p,
                l,
                if r == 0 { "strateeg|verkenner" } else { "" },
                Some(16.0),
            );
            region_members.push(x);
        }
    }
    let mut strategic = Vec::new();
    for m in 0..municipalities {
        let gem = format!("gem-{m}");
        let wg = [gem.as_str()];
        b = b.party(&gem, "gemeente", &[]);
        let mut members: Vec<String> = Vec::new();
        let kinds = [
            ("corp-a", "woningcorporatie"),
            ("corp-b", "woningcorporatie"),
            ("zorg-a", "zorgaanbieder"),
            ("zorg-b", "zorgaanbieder"),
            ("zorg-c", "zorgaanbieder"),
        ];
        for l in ["strategisch", "tactisch", "operationeel"] {
            let x = format!("{gem}-{l}");
            b = b.person(&x, &gem, l, "procesmanager|ontwikkelaar", Some(20.0));
            members.push(x);
        }
        for (suffix, kind) in kinds {
            let p = format!("{suffix}-{m}");
            b = b.party(&p, kind, &wg);
            for l in ["strategisch", "tactisch", "operationeel"] {
                let x = format!("{p}-{l}");
                b = b.person(&x, &p, l, "", None);
                members.push(x);
            }
        }
        let mut others = Vec::new();
        for (suffix, kind) in [
            ("welzijn", "welzijn"),
            ("bewoners", "bewoners"),
            ("politie", "veiligheid"),
            ("ggd", "gezondheid"),
        ] {
            let p = format!("{suffix}-{m}");
            b = b.party(&p, kind, &wg);
            others.push(p);
        }
        let bo = format!("t-bo-{m}");
        b = b
            .table(&bo, "institutioneel", "strategisch", &wg, &[])
            .meets(6.0, 2.0);
        strategic.push(bo.clone());
        let strat: Vec<&str> = members
            .iter()
            .filter(|x| x.ends_with("strategisch"))
            .map(String::as_str)
            .collect();
        b = b.people(&bo, &strat);
        let mut tables = Vec::new();
        for i in 0..3 {
            let t = format!("t-tac-{m}-{i}");
            b = b
                .table(&t, "institutioneel|casus", "tactisch", &wg, &[&bo])
                .meets(10.0, 2.0);
            tables.push((t, "tactisch"));
        }
        for i in 0..casus {
            let t = format!("t-casus-{m}-{i}");
            let up = format!("t-tac-{m}-{}", i % 3);
            b = b
                .table(&t, "casus", "operationeel", &wg, &[&up])
                .meets(24.0, 1.5);
            tables.push((t, "operationeel"));
        }
        for i in 0..6 {
            let t = format!("t-wijk-{m}-{i}");
            b = b
                .table(&t, "leefomgeving", "operationeel", &wg, &[])
                .meets(12.0, 1.5);
            tables.push((t, "operationeel"));
        }
        for (t, layer) in &tables {
            let pool: Vec<&String> = members.iter().filter(|x| x.ends_with(layer)).collect();
            let k = 4 + next(5);
            let mut chosen: Vec<&str> = Vec::new();
            for _ in 0..k {
                let x = pool[next(pool.len())].as_str();
                if !chosen.contains(&x) {
                    chosen.push(x);
                }
            }
            b = b.people(t, &chosen);
            if t.starts_with("t-wijk") {
                let o = others[next(others.len())].clone();
                b = b.seats(t, &[&o]);
            }
            if next(4) == 0 {
                let x = region_members[next(region_members.len())].clone();
                b = b.people(t, &[&x]);
            }
        }
    }
    let strat: Vec<&str> = strategic.iter().map(String::as_str).collect();
    b = b
        .table("t-regio", "institutioneel", "strategisch", &[], &[])
        .meets(4.0, 3.0);
    let heads: Vec<String> = (0..municipalities)
        .map(|m| format!("gem-{m}-strategisch"))
        .collect();
    let heads: Vec<&str> = heads.iter().map(String::as_str).collect();
    b = b
        .people("t-regio", &heads)
        .people("t-regio", &["zorg-r0-strategisch", "zorg-r3-strategisch"]);
    let _ = strat;
    b.build()
}
