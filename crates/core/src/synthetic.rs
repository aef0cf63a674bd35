//! A deterministic synthetic region, for benchmarks and cross-checks against networkx.
//!
//! Real maps are confidential, yet the metrics must be checked at the size of a real
//! region (tens of municipalities) and timed at the size of the whole country (340). This
//! generator builds a plausible [`Map`] from a seed: per municipality a gemeente with its
//! local partners (welzijn, bewoners, huisartsen, schuldhulp, local care), regional
//! corporations and care providers covering a few municipalities each, subregional GGD,
//! politie, GGZ and transferpunt, persons at the three layers, local casus and leefomgeving
//! tables reporting to local and subregional institutional tables, relationships, and a few
//! isolated initiatives and parties so that the graph has more than one component.
//!
//! At 60 municipalities the metrics graph has about 4,600 nodes and 9,000 edges; at 340
//! about 26,000 nodes. The same seed always gives the same map, byte for byte.

use crate::model::{
    Decision, Domain, Layer, Map, Membership, NetworkRole, Party, PartyKind, Person, Quality,
    Relation, Role, Set, Table, TableKind,
};

/// The seed used when none is given, so that fixtures and benchmarks agree.
pub const DEFAULT_SEED: u64 = 0x4e57_4b41_4152_5431;

/// How big a region to generate, and from which seed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    /// Number of municipalities.
    pub gemeenten: usize,
    /// Seed of the pseudo-random choices.
    pub seed: u64,
}

impl Config {
    /// `gemeenten` municipalities with the default seed.
    pub fn new(gemeenten: usize) -> Self {
        Config {
            gemeenten,
            seed: DEFAULT_SEED,
        }
    }
}

/// Generates the region described by `cfg`.
pub fn generate(cfg: &Config) -> Map {
    let mut b = Builder {
        map: Map::default(),
        rng: SplitMix(cfg.seed),
        staff: Vec::new(),
    };
    b.map.title = format!("Synthetische regio ({} gemeenten)", cfg.gemeenten);
    b.build(cfg.gemeenten);
    b.map
}

/// SplitMix64: tiny, fast and good enough for plausible variety (not for statistics).
#[derive(Debug, Clone)]
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
}

/// Municipalities per subregion (a GGD region, a police district).
const SUBREGION: usize = 10;

/// Index into the persons of a party, per layer.
const LAYERS: [Layer; 3] = [Layer::Strategisch, Layer::Tactisch, Layer::Operationeel];

struct Builder {
    map: Map,
    rng: SplitMix,
    /// For each party (by position in `map.parties`): its persons' positions per layer.
    staff: Vec<[Vec<usize>; 3]>,
}

/// The parties of one municipality, by position in `map.parties`.
struct Local {
    gem: usize,
    welzijn: usize,
    bewoners: [usize; 2],
    client: usize,
    huisarts: usize,
    werk: usize,
    zorg: usize,
    overig: Option<usize>,
    mantelzorg: Option<usize>,
}

/// The parties of a subregion.
struct Sub {
    ggd: usize,
    politie: usize,
    ggz: [usize; 2],
    transfer: usize,
    uwv: usize,
    vhuis: usize,
    jeugd: usize,
    sociale_dienst: usize,
}

/// The parties of the whole region, by position in `map.parties`.
struct Region {
    gem_ids: Vec<String>,
    locals: Vec<Local>,
    /// Regional corporations with the municipalities (indices) they cover.
    corps: Vec<(usize, Vec<usize>)>,
    /// Regional care providers with the municipalities they cover.
    cares: Vec<(usize, Vec<usize>)>,
    subs: Vec<Sub>,
}

/// What the tables of municipality `i` are built from.
struct Town<'a> {
    i: usize,
    l: &'a Local,
    s: &'a Sub,
    /// The corporations working in this municipality.
    my_corps: Vec<usize>,
    /// Its werkgebied: the municipality's id.
    w: Vec<String>,
    /// The corporation and regional care provider that do its casework.
    corp: usize,
    care: usize,
}

/// What the tables of subregion `k` are built from.
struct Subregion<'a> {
    k: usize,
    s: &'a Sub,
    /// The municipalities (indices) of the subregion.
    members: Vec<usize>,
    w: Vec<String>,
    my_corps: Vec<usize>,
    my_cares: Vec<usize>,
}

impl Builder {
    /// The whole region in a fixed order of steps (the order of the random draws is part of
    /// the output: the same seed gives the same map): the parties first, then per
    /// municipality its tables, per subregion its tables, and the one regional table.
    fn build(&mut self, n: usize) {
        let gem_ids: Vec<String> = (0..n).map(|i| format!("gem-{i:03}")).collect();
        let locals = self.local_parties(&gem_ids);
        let corps = self.corporations(&gem_ids);
        let cares = self.regional_care(&gem_ids);
        let subs = self.subregion_parties(&gem_ids);
        let r = Region {
            gem_ids,
            locals,
            corps,
            cares,
            subs,
        };
        let local_tactical: Vec<usize> = (0..n).map(|i| self.municipality_tables(&r, i)).collect();
        let sub_strategic: Vec<usize> = (0..r.subs.len())
            .map(|k| self.subregion_tables(&r, k, &local_tactical))
            .collect();
        self.region_table(&r, &sub_strategic);
    }

    /// Per municipality a gemeente and its local partners.
    fn local_parties(&mut self, gem_ids: &[String]) -> Vec<Local> {
        let n = gem_ids.len();
        let mut locals = Vec::with_capacity(n);
        for (i, gid) in gem_ids.iter().enumerate() {
            let w = vec![gid.clone()];
            let gem = self.party(
                gid,
                &format!("Gemeente {}", town(i)),
                PartyKind::Gemeente,
                vec![],
                [1, 4, 12],
            );
            let welzijn = self.party(
                &format!("welz-{i:03}"),
                &format!("Welzijn {}", town(i)),
                PartyKind::Welzijn,
                w.clone(),
                [1, 1, 4],
            );
            let bewoners = [
                self.party(
                    &format!("bew-{i:03}-a"),
                    &format!("Huurdersvereniging {}", town(i)),
                    PartyKind::Bewoners,
                    w.clone(),
                    [1, 0, 1],
                ),
                self.party(
                    &format!("bew-{i:03}-b"),
                    &format!("Wijkraad {} Centrum", town(i)),
                    PartyKind::Bewoners,
                    w.clone(),
                    [1, 0, 1],
                ),
            ];
            let client = self.party(
                &format!("client-{i:03}"),
                &format!("Adviesraad sociaal domein {}", town(i)),
                PartyKind::Client,
                w.clone(),
                [1, 0, 1],
            );
            let huisarts = self.party(
                &format!("ha-{i:03}"),
                &format!("Huisartsen {}", town(i)),
                PartyKind::Gezondheid,
                w.clone(),
                [0, 1, 2],
            );
            let werk = self.party(
                &format!("werk-{i:03}"),
                &format!("Schuldhulp {}", town(i)),
                PartyKind::WerkInkomen,
                w.clone(),
                [0, 1, 2],
            );
            let zorg = self.party(
                &format!("zorg-{i:03}"),
                &format!("Zorg {} (lokaal)", town(i)),
                PartyKind::Zorgaanbieder,
                w.clone(),
                [1, 1, 3],
            );
            let overig = (i % 2 == 0).then(|| {
                self.party(
                    &format!("ovr-{i:03}"),
                    &format!("Onderwijs {}", town(i)),
                    PartyKind::Overig,
                    w.clone(),
                    [0, 1, 1],
                )
            });
            let mantelzorg = (i % 3 == 0).then(|| {
                self.party(
                    &format!("mz-{i:03}"),
                    &format!("Steunpunt mantelzorg {}", town(i)),
                    PartyKind::Welzijn,
                    w.clone(),
                    [0, 1, 1],
                )
            });
            locals.push(Local {
                mantelzorg,
                gem,
                welzijn,
                bewoners,
                client,
                huisarts,
                werk,
                zorg,
                overig,
            });
        }
        locals
    }

    fn corporations(&mut self, gem_ids: &[String]) -> Vec<(usize, Vec<usize>)> {
        let n = gem_ids.len();
        // Regional corporations and care providers, each covering a run of municipalities
        // that overlaps its neighbours' (as real werkgebieden do).
        let corps: Vec<(usize, Vec<usize>)> = (0..n.div_ceil(4))
            .map(|j| {
                let area: Vec<usize> = (4 * j..(4 * j + 6).min(n)).collect();
                let w = area.iter().map(|&g| gem_ids[g].clone()).collect();
                let staff = [2, 3, 7 + area.len()];
                (
                    self.party(
                        &format!("corp-{j:03}"),
                        &format!("Woonstichting {}", town(4 * j + 7)),
                        PartyKind::Woningcorporatie,
                        w,
                        staff,
                    ),
                    area,
                )
            })
            .collect();
        corps
    }

    /// Regional care providers, like the corporations a few municipalities each.
    fn regional_care(&mut self, gem_ids: &[String]) -> Vec<(usize, Vec<usize>)> {
        let n = gem_ids.len();
        let cares: Vec<(usize, Vec<usize>)> = (0..n.div_ceil(3))
            .map(|j| {
                let area: Vec<usize> = (3 * j..(3 * j + 5).min(n)).collect();
                let w = area.iter().map(|&g| gem_ids[g].clone()).collect();
                let staff = [1, 3, 6 + area.len()];
                (
                    self.party(
                        &format!("zorg-r{j:03}"),
                        &format!("Zorggroep {}", town(3 * j + 11)),
                        PartyKind::Zorgaanbieder,
                        w,
                        staff,
                    ),
                    area,
                )
            })
            .collect();
        cares
    }

    /// Per subregion of [`SUBREGION`] municipalities: GGD, politie, GGZ and the others.
    fn subregion_parties(&mut self, gem_ids: &[String]) -> Vec<Sub> {
        let n = gem_ids.len();
        let subs: Vec<Sub> = (0..n.div_ceil(SUBREGION))
            .map(|k| {
                let w: Vec<String> = gem_ids[k * SUBREGION..((k + 1) * SUBREGION).min(n)].to_vec();
                Sub {
                    ggd: self.party(
                        &format!("ggd-{k:02}"),
                        &format!("GGD regio {k}"),
                        PartyKind::Gezondheid,
                        w.clone(),
                        [1, 2, 5],
                    ),
                    politie: self.party(
                        &format!("pol-{k:02}"),
                        &format!("Politie basisteam {k}"),
                        PartyKind::Veiligheid,
                        w.clone(),
                        [1, 1, 4],
                    ),
                    ggz: [
                        self.party(
                            &format!("ggz-{k:02}"),
                            &format!("GGZ regio {k}"),
                            PartyKind::Zorgaanbieder,
                            w.clone(),
                            [1, 2, 7],
                        ),
                        self.party(
                            &format!("bw-{k:02}"),
                            &format!("Beschermd wonen regio {k}"),
                            PartyKind::Zorgaanbieder,
                            w.clone(),
                            [1, 2, 6],
                        ),
                    ],
                    transfer: self.party(
                        &format!("tp-{k:02}"),
                        &format!("Transferpunt regio {k}"),
                        PartyKind::Intermediair,
                        w.clone(),
                        [0, 1, 3],
                    ),
                    uwv: self.party(
                        &format!("uwv-{k:02}"),
                        &format!("UWV regio {k}"),
                        PartyKind::WerkInkomen,
                        w.clone(),
                        [0, 1, 3],
                    ),
                    vhuis: self.party(
                        &format!("vh-{k:02}"),
                        &format!("Veiligheidshuis regio {k}"),
                        PartyKind::Veiligheid,
                        w.clone(),
                        [0, 1, 2],
                    ),
                    jeugd: self.party(
                        &format!("jeugd-{k:02}"),
                        &format!("Jeugdzorg regio {k}"),
                        PartyKind::Zorgaanbieder,
                        w.clone(),
                        [1, 1, 4],
                    ),
                    sociale_dienst: self.party(
                        &format!("sd-{k:02}"),
                        &format!("Sociale dienst regio {k}"),
                        PartyKind::WerkInkomen,
                        w,
                        [0, 1, 2],
                    ),
                }
            })
            .collect();
        subs
    }

    /// The tables and relationships of municipality `i`; returns its local tactical table
    /// (the one the subregion's tables are reported to).
    fn municipality_tables(&mut self, r: &Region, i: usize) -> usize {
        let covering = |areas: &[(usize, Vec<usize>)]| -> Vec<usize> {
            areas
                .iter()
                .filter(|(_, a)| a.contains(&i))
                .map(|(p, _)| *p)
                .collect()
        };
        let my_corps = covering(&r.corps);
        let my_cares = covering(&r.cares);
        let corp = my_corps[self.rng.below(my_corps.len())];
        let care = my_cares[self.rng.below(my_cares.len())];
        let t = Town {
            i,
            l: &r.locals[i],
            s: &r.subs[i / SUBREGION],
            my_corps,
            w: vec![r.gem_ids[i].clone()],
            corp,
            care,
        };
        let tact = self.local_institutional(&t);
        self.local_casework(&t, tact);
        self.local_living_and_youth(r, &t, tact);
        self.local_initiatives(&t);
        self.local_relations(&t);
        tact
    }

    /// The local tactical overleg and the prestatieafspraken; returns the overleg.
    fn local_institutional(&mut self, t: &Town) -> usize {
        let (i, l, s, care, w, my_corps) = (t.i, t.l, t.s, t.care, &t.w, &t.my_corps);
        let tact = self.table(
            &format!("t-{i:03}-wzw"),
            &format!("Overleg wonen, zorg en welzijn {}", town(i)),
            TableKind::Tafel,
            Domain::Institutioneel,
            &[Layer::Tactisch],
            w.clone(),
            (10.0, 2.0),
            Decision::Afstemmend,
        );
        let mut seats = vec![
            (l.gem, 1),
            (l.welzijn, 1),
            (l.zorg, 1),
            (care, 1),
            (s.ggd, 1),
        ];
        seats.extend(my_corps.iter().map(|&c| (c, 1)));
        // Half of the local tables list organisations only, as many real lists do.
        let by_person = self.rng.chance(0.5);
        self.seat_all(tact, &seats, by_person);

        let pa = self.table(
            &format!("t-{i:03}-pa"),
            &format!("Prestatieafspraken {}", town(i)),
            TableKind::Tafel,
            Domain::Institutioneel,
            &[Layer::Strategisch, Layer::Tactisch],
            w.clone(),
            (4.0, 2.5),
            Decision::Besluitvormend,
        );
        let mut seats = vec![(l.gem, 0), (l.bewoners[0], 0)];
        seats.extend(my_corps.iter().map(|&c| (c, 0)));
        let by_person = self.rng.chance(0.5);
        self.seat_all(pa, &seats, by_person);

        tact
    }

    /// Wijkteams and the multiprobleemoverleg, reporting to the local overleg `tact`.
    fn local_casework(&mut self, t: &Town, tact: usize) {
        let (i, l, s, corp, care, w) = (t.i, t.l, t.s, t.corp, t.care, &t.w);
        for k in 0..2 + (i % 2) {
            let t = self.table(
                &format!("t-{i:03}-wijk{k}"),
                &format!("Wijkteam {} {}", town(i), k + 1),
                TableKind::Tafel,
                Domain::Casus,
                &[Layer::Operationeel],
                w.clone(),
                (22.0, 2.0),
                Decision::Afstemmend,
            );
            let mut seats = vec![(l.gem, 2), (l.welzijn, 2), (l.zorg, 2), (corp, 2)];
            if self.rng.chance(0.3) {
                seats.push((l.huisarts, 2));
            }
            if self.rng.chance(0.3) {
                seats.push((l.werk, 2));
            }
            let by_person = self.rng.chance(0.9);
            self.seat_all(t, &seats, by_person);
            // One wijkteam in ten has no reporting line: the unanchored initiative case.
            if self.rng.chance(0.9) {
                self.report(t, tact);
            }
        }

        let mpo = self.table(
            &format!("t-{i:03}-mpo"),
            &format!("Multiprobleemoverleg {}", town(i)),
            TableKind::Tafel,
            Domain::Casus,
            &[Layer::Operationeel, Layer::Tactisch],
            w.clone(),
            (12.0, 1.5),
            Decision::Besluitvormend,
        );
        self.seat_all(
            mpo,
            &[(l.gem, 1), (corp, 2), (care, 2), (s.politie, 2)],
            true,
        );
        self.report(mpo, tact);
    }

    /// The wijkoverleggen and, in every other municipality, the youth casework.
    fn local_living_and_youth(&mut self, r: &Region, t: &Town, tact: usize) {
        let (i, l, s, corp, w) = (t.i, t.l, t.s, t.corp, &t.w);
        for k in 0..2 {
            let t = self.table(
                &format!("t-{i:03}-leef{k}"),
                &format!("Wijkoverleg {} {}", town(i), ["Noord", "Zuid"][k]),
                TableKind::Platform,
                Domain::Leefomgeving,
                &[Layer::Operationeel],
                w.clone(),
                (6.0, 2.0),
                Decision::Ontmoeting,
            );
            let mut seats = vec![(l.gem, 2), (corp, 2), (l.bewoners[k], 2), (s.politie, 2)];
            if let Some(o) = l.overig {
                seats.push((o, 2));
            }
            // Half of the wijkoverleggen list organisations only, no names.
            let by_person = self.rng.chance(0.35);
            self.seat_all(t, &seats, by_person);
            if self.rng.chance(0.7) {
                self.report(t, tact);
            }
        }

        if i % 2 == 1 {
            // Youth casework, with the subregion's youth care and safety house.
            let t = self.table(
                &format!("t-{i:03}-jeugd"),
                &format!("Jeugdoverleg {}", town(i)),
                TableKind::Tafel,
                Domain::Casus,
                &[Layer::Operationeel],
                w.clone(),
                (10.0, 1.5),
                Decision::Afstemmend,
            );
            let mut seats = vec![(l.gem, 2), (s.jeugd, 2), (s.vhuis, 2)];
            if let Some(m) = l.mantelzorg.or(r.locals[i - 1].mantelzorg) {
                seats.push((m, 2));
            }
            self.seat_all(t, &seats, true);
            self.report(t, tact);
        }
    }

    /// Initiatives, islands and lone parties (the cases the analysis must find).
    fn local_initiatives(&mut self, t: &Town) {
        let (i, l, corp, w) = (t.i, t.l, t.corp, &t.w);
        if i % 3 == 1 {
            // A living-environment initiative of residents, housing and care: small.
            let t = self.table(
                &format!("t-{i:03}-ini"),
                &format!("Initiatief Samen in {}", town(i)),
                TableKind::Initiatief,
                Domain::Leefomgeving,
                &[Layer::Operationeel],
                w.clone(),
                (8.0, 1.5),
                Decision::Ontmoeting,
            );
            self.seat_all(t, &[(l.bewoners[1], 2), (corp, 2), (l.client, 2)], true);
        }
        if i % 6 == 3 {
            // An island: an initiative whose only party sits nowhere else.
            let p = self.party(
                &format!("los-ini-{i:03}"),
                &format!("Buurtinitiatief {}", town(i)),
                PartyKind::Bewoners,
                w.clone(),
                [0, 0, 2],
            );
            let t = self.table(
                &format!("t-{i:03}-eiland"),
                &format!("Moestuin {}", town(i)),
                TableKind::Initiatief,
                Domain::Leefomgeving,
                &[Layer::Operationeel],
                w.clone(),
                (12.0, 2.0),
                Decision::Ontmoeting,
            );
            self.seat_all(t, &[(p, 2), (p, 2)], true);
        }
        if i % 5 == 4 {
            // A party in no table and no relationship, without persons: a lone node.
            self.party(
                &format!("los-{i:03}"),
                &format!("Stichting {}", town(i + 3)),
                PartyKind::Overig,
                w.clone(),
                [0, 0, 0],
            );
        }
    }

    fn local_relations(&mut self, t: &Town) {
        let (i, l, s, corp, care, my_corps) = (t.i, t.l, t.s, t.corp, t.care, &t.my_corps);
        // Relationships: agreements of the municipality, and professionals who know
        // each other.
        for &c in my_corps {
            self.relation(
                l.gem,
                None,
                c,
                None,
                "prestatieafspraken",
                Set::one(Domain::Institutioneel),
            );
        }
        self.relation(l.gem, None, l.welzijn, None, "subsidie", Set::empty());
        self.relation(l.gem, None, care, None, "contract", Set::one(Domain::Casus));
        if i % 4 == 0 {
            // Two relationships between the same pair: the graph must count it once.
            self.relation(l.gem, None, care, None, "convenant", Set::empty());
        }
        for _ in 0..2 {
            let (a, b) = (l.zorg, corp);
            self.relation(
                a,
                Some(2),
                b,
                Some(2),
                "casuscontact",
                Set::one(Domain::Casus),
            );
        }
        self.relation(
            l.huisarts,
            Some(2),
            s.ggz[0],
            Some(2),
            "informeel",
            Set::empty(),
        );
    }

    /// The tables of subregion `k`; returns its strategic table (reported to the region).
    fn subregion_tables(&mut self, r: &Region, k: usize, local_tactical: &[usize]) -> usize {
        let n = r.locals.len();
        let members: Vec<usize> = (k * SUBREGION..((k + 1) * SUBREGION).min(n)).collect();
        let covering = |areas: &[(usize, Vec<usize>)]| -> Vec<usize> {
            areas
                .iter()
                .filter(|(_, a)| a.iter().any(|g| members.contains(g)))
                .map(|(p, _)| *p)
                .collect()
        };
        let c = Subregion {
            k,
            s: &r.subs[k],
            my_corps: covering(&r.corps),
            my_cares: covering(&r.cares),
            w: members.iter().map(|&g| r.gem_ids[g].clone()).collect(),
            members,
        };
        let (strat, esc) = self.subregion_governance(r, &c, local_tactical);
        self.subregion_networks(r, &c, esc);
        strat
    }

    /// Bestuur, ambtelijk overleg, escalatieteam and transferpunt; returns (bestuur,
    /// escalatieteam).
    fn subregion_governance(
        &mut self,
        r: &Region,
        c: &Subregion,
        local_tactical: &[usize],
    ) -> (usize, usize) {
        let (k, s, members, w) = (c.k, c.s, &c.members, &c.w);
        let (my_corps, my_cares) = (&c.my_corps, &c.my_cares);
        let strat = self.table(
            &format!("r-{k:02}-bestuur"),
            &format!("Bestuurlijk overleg wonen en zorg regio {k}"),
            TableKind::Tafel,
            Domain::Institutioneel,
            &[Layer::Strategisch],
            w.clone(),
            (4.0, 2.0),
            Decision::Besluitvormend,
        );
        let mut seats: Vec<(usize, usize)> =
            members.iter().map(|&g| (r.locals[g].gem, 0)).collect();
        seats.extend(my_corps.iter().map(|&c| (c, 0)));
        seats.extend(my_cares.iter().map(|&c| (c, 0)));
        seats.extend([(s.ggz[0], 0), (s.ggz[1], 0), (s.ggd, 0)]);
        self.seat_all(strat, &seats, true);

        let tact = self.table(
            &format!("r-{k:02}-ambtelijk"),
            &format!("Ambtelijk overleg regio {k}"),
            TableKind::Tafel,
            Domain::Institutioneel,
            &[Layer::Tactisch],
            w.clone(),
            (10.0, 2.5),
            Decision::Afstemmend,
        );
        let mut seats: Vec<(usize, usize)> =
            members.iter().map(|&g| (r.locals[g].gem, 1)).collect();
        seats.extend(my_corps.iter().map(|&c| (c, 1)));
        seats.extend([(s.ggz[0], 1), (s.ggz[1], 1), (s.transfer, 1), (s.uwv, 1)]);
        self.seat_all(tact, &seats, true);
        self.report(tact, strat);
        for &g in members {
            let lt = local_tactical[g];
            self.report(lt, tact);
        }

        let esc = self.table(
            &format!("r-{k:02}-escalatie"),
            &format!("Escalatieteam bemoeizorg regio {k}"),
            TableKind::Tafel,
            Domain::Casus,
            &[Layer::Tactisch],
            w.clone(),
            (12.0, 2.0),
            Decision::Besluitvormend,
        );
        let mut seats = vec![
            (s.ggz[0], 1),
            (s.ggz[1], 1),
            (s.ggd, 1),
            (s.politie, 1),
            (s.transfer, 1),
        ];
        seats.extend(my_corps.iter().take(3).map(|&c| (c, 1)));
        self.seat_all(esc, &seats, true);
        self.report(esc, tact);

        let tp = self.table(
            &format!("r-{k:02}-transfer"),
            &format!("Transferpunt uitstroom regio {k}"),
            TableKind::Platform,
            Domain::Casus,
            &[Layer::Operationeel],
            w.clone(),
            (24.0, 1.5),
            Decision::Afstemmend,
        );
        let mut seats = vec![(s.transfer, 2), (s.ggz[1], 2), (s.ggz[0], 2)];
        seats.extend(my_corps.iter().map(|&c| (c, 2)));
        seats.extend(members.iter().take(4).map(|&g| (r.locals[g].gem, 2)));
        self.seat_all(tp, &seats, true);
        self.report(tp, esc);

        (strat, esc)
    }

    /// The learning network, the safety casework and the work platform of a subregion.
    fn subregion_networks(&mut self, r: &Region, c: &Subregion, esc: usize) {
        let (k, s, members, w) = (c.k, c.s, &c.members, &c.w);
        let lerend = self.table(
            &format!("r-{k:02}-lerend"),
            &format!("Lerend netwerk wijkaanpak regio {k}"),
            TableKind::Platform,
            Domain::Leefomgeving,
            &[Layer::Tactisch, Layer::Operationeel],
            w.clone(),
            (4.0, 3.0),
            Decision::Ontmoeting,
        );
        let seats: Vec<(usize, usize)> = members
            .iter()
            .flat_map(|&g| [(r.locals[g].welzijn, 1), (r.locals[g].gem, 2)])
            .chain([(s.politie, 1)])
            .collect();
        self.seat_all(lerend, &seats, false);

        self.relation(
            s.ggd,
            None,
            s.ggz[0],
            None,
            "convenant",
            Set::one(Domain::Casus),
        );
        self.relation(
            s.transfer,
            None,
            s.ggz[1],
            None,
            "contract",
            Set::one(Domain::Casus),
        );

        let vh = self.table(
            &format!("r-{k:02}-veiligheidshuis"),
            &format!("Casusoverleg zorg en veiligheid regio {k}"),
            TableKind::Tafel,
            Domain::Casus,
            &[Layer::Operationeel, Layer::Tactisch],
            w.clone(),
            (20.0, 2.0),
            Decision::Besluitvormend,
        );
        self.seat_all(
            vh,
            &[
                (s.vhuis, 1),
                (s.politie, 2),
                (s.ggz[0], 2),
                (s.jeugd, 2),
                (s.sociale_dienst, 2),
            ],
            true,
        );
        self.report(vh, esc);
        let werk = self.table(
            &format!("r-{k:02}-werk"),
            &format!("Platform werk en schulden regio {k}"),
            TableKind::Platform,
            Domain::Casus,
            &[Layer::Tactisch],
            w.clone(),
            (6.0, 2.0),
            Decision::Ontmoeting,
        );
        let mut seats = vec![(s.sociale_dienst, 1), (s.uwv, 1)];
        seats.extend(members.iter().map(|&g| (r.locals[g].werk, 1)));
        self.seat_all(werk, &seats, true);
    }

    /// The one regional table, with the subregions' strategic tables reporting to it.
    fn region_table(&mut self, r: &Region, sub_strategic: &[usize]) {
        let region = self.table(
            "regio-bestuur",
            "Regiotafel wonen, zorg en veiligheid",
            TableKind::Tafel,
            Domain::Institutioneel,
            &[Layer::Strategisch],
            vec![],
            (2.0, 3.0),
            Decision::Besluitvormend,
        );
        let mut seats: Vec<(usize, usize)> = r
            .subs
            .iter()
            .flat_map(|s| [(s.ggd, 0), (s.politie, 0)])
            .collect();
        seats.extend(
            r.subs
                .iter()
                .enumerate()
                .map(|(k, _)| (r.locals[k * SUBREGION].gem, 0)),
        );
        seats.extend(r.corps.iter().step_by(3).map(|(c, _)| (*c, 0)));
        self.seat_all(region, &seats, true);
        for &s in sub_strategic {
            self.report(s, region);
        }
    }

    /// Adds a party with persons at the three layers (`staff` = counts per layer).
    fn party(
        &mut self,
        id: &str,
        name: &str,
        kind: PartyKind,
        werkgebied: Vec<String>,
        staff: [usize; 3],
    ) -> usize {
        let pos = self.map.parties.len();
        self.map.parties.push(Party {
            id: id.to_string(),
            name: name.to_string(),
            kind,
            werkgebied,
            parent: None,
            interests: String::new(),
            takes: String::new(),
            gives: String::new(),
            attributes: vec![],
        });
        let mut by_layer: [Vec<usize>; 3] = Default::default();
        for (l, &count) in staff.iter().enumerate() {
            for k in 0..count {
                let p = self.map.persons.len();
                let roles = match self.rng.below(12) {
                    0 => Set::one(NetworkRole::Strateeg),
                    1 => Set::one(NetworkRole::Verkenner),
                    2 => Set::one(NetworkRole::Ontwikkelaar),
                    3 => Set::one(NetworkRole::Procesmanager),
                    _ => Set::empty(),
                };
                self.map.persons.push(Person {
                    id: format!("{id}.{}{k}", ["s", "t", "o"][l]),
                    name: format!(
                        "{} {} {}",
                        ["Bestuurder", "Manager", "Professional"][l],
                        name,
                        k + 1
                    ),
                    party: id.to_string(),
                    function: ["bestuurder", "manager", "professional"][l].to_string(),
                    layer: Some(LAYERS[l]),
                    network_roles: roles,
                    hours_per_month: Some([8.0, 16.0, 12.0][l]),
                    attributes: vec![],
                });
                by_layer[l].push(p);
            }
        }
        self.staff.push(by_layer);
        pos
    }

    #[allow(clippy::too_many_arguments)]
    fn table(
        &mut self,
        id: &str,
        name: &str,
        kind: TableKind,
        domain: Domain,
        layers: &[Layer],
        werkgebied: Vec<String>,
        (frequency, duration): (f64, f64),
        decision: Decision,
    ) -> usize {
        let pos = self.map.tables.len();
        self.map.tables.push(Table {
            id: id.to_string(),
            name: name.to_string(),
            kind,
            domains: Set::one(domain),
            layers: layers.iter().copied().collect(),
            frequency: Some(frequency),
            duration_hours: Some(duration),
            decision: Some(decision),
            werkgebied,
            reports_to: vec![],
            attributes: vec![],
        });
        pos
    }

    /// Table `from` reports to table `to`.
    fn report(&mut self, from: usize, to: usize) {
        let to = self.map.tables[to].id.clone();
        self.map.tables[from].reports_to.push(to);
    }

    /// A person of `party` at `layer` (or the nearest layer that has one), if any.
    fn pick(&mut self, party: usize, layer: usize) -> Option<usize> {
        for l in [layer, (layer + 1) % 3, (layer + 2) % 3] {
            let len = self.staff[party][l].len();
            if len > 0 {
                let k = self.rng.below(len);
                return Some(self.staff[party][l][k]);
            }
        }
        None
    }

    /// Seats each `(party, layer)` at table `t`, by a person of that party when `by_person`
    /// (and the party has one); the first seat chairs.
    fn seat_all(&mut self, t: usize, seats: &[(usize, usize)], by_person: bool) {
        for (k, &(party, layer)) in seats.iter().enumerate() {
            let person = if by_person {
                self.pick(party, layer)
            } else {
                None
            };
            self.map.memberships.push(Membership {
                table: self.map.tables[t].id.clone(),
                party: self.map.parties[party].id.clone(),
                person: person.map(|p| self.map.persons[p].id.clone()),
                role: if k == 0 { Role::Voorzitter } else { Role::Lid },
                attributes: vec![],
            });
        }
    }

    /// A relationship between two parties, or between persons of theirs at a layer.
    fn relation(
        &mut self,
        a: usize,
        a_layer: Option<usize>,
        b: usize,
        b_layer: Option<usize>,
        kind: &str,
        domains: Set<Domain>,
    ) {
        let end = |s: &mut Self, p: usize, l: Option<usize>| match l.and_then(|l| s.pick(p, l)) {
            Some(person) => s.map.persons[person].id.clone(),
            None => s.map.parties[p].id.clone(),
        };
        let from = end(self, a, a_layer);
        let to = end(self, b, b_layer);
        let quality = [
            Some(Quality::Goed),
            Some(Quality::Neutraal),
            Some(Quality::Moeizaam),
            None,
        ][self.rng.below(4)];
        self.map.relations.push(Relation {
            from,
            to,
            kind: kind.to_string(),
            domains,
            layers: Set::empty(),
            quality,
            note: String::new(),
            attributes: vec![],
        });
    }
}

/// A made-up but Dutch-sounding place name for municipality `i`.
fn town(i: usize) -> String {
    const A: [&str; 12] = [
        "Aal", "Berk", "Dijk", "Eem", "Holt", "Lin", "Maas", "Oost", "Ree", "Sloot", "Veen", "Wes",
    ];
    const B: [&str; 8] = [
        "dam", "horst", "wijk", "hoven", "broek", "rode", "veld", "sum",
    ];
    format!(
        "{}{}{}",
        A[i % 12],
        B[(i / 12) % 8],
        if i >= 96 {
            format!(" {}", i / 96 + 1)
        } else {
            String::new()
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::metrics_graph;

    #[test]
    fn same_seed_same_map() {
        let a = generate(&Config::new(12));
        let b = generate(&Config::new(12));
        assert_eq!(a, b);
        let c = generate(&Config {
            gemeenten: 12,
            seed: 7,
        });
        assert_ne!(a.memberships, c.memberships);
    }

    #[test]
    fn map_is_valid_and_has_no_dangling_ids() {
        let map = generate(&Config::new(23));
        let problems = crate::model::validate(&map);
        let errors: Vec<_> = problems.iter().filter(|p| p.is_error()).collect();
        assert!(errors.is_empty(), "{errors:?}");
    }

    #[test]
    fn sixty_municipalities_is_about_the_size_of_a_region() {
        let g = metrics_graph(&generate(&Config::new(60)));
        assert!((4_000..5_200).contains(&g.len()), "{} nodes", g.len());
        assert!(
            (8_000..10_000).contains(&g.edge_count()),
            "{} edges",
            g.edge_count()
        );
    }
}
