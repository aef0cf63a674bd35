//! The layouts on the example map: every table in its domain/layer cell, everyone placed,
//! the same picture every time.

use netwerkkaart::graph::metrics_graph;
use netwerkkaart::layout::{ForceLayout, ForceParams, lanes};
use netwerkkaart::model::{Domain, Layer, NodeKind, Pos};
use std::path::Path;

fn example() -> netwerkkaart::model::Map {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/voorbeeld");
    netwerkkaart::import::load_map(&dir)
        .expect("the example map imports")
        .map
}

#[test]
fn lanes_put_every_table_in_the_cell_of_its_first_domain_and_layer() {
    let map = example();
    let g = metrics_graph(&map);
    let (pos, grid) = lanes(&map, &g, &[]);
    assert_eq!(pos.len(), g.len());
    let mut checked = 0;
    for t in &map.tables {
        let n = g.node(&t.id).unwrap() as usize;
        let d: Domain = t.domains.iter().next().unwrap();
        let l: Layer = t.layers.iter().next().unwrap();
        let (lo, hi) = grid.cell(d, l);
        let p = pos[n];
        assert!(
            p.x > lo.x && p.x < hi.x && p.y > lo.y && p.y < hi.y,
            "{} at {p:?} not in {d:?}/{l:?} {lo:?}..{hi:?}",
            t.id
        );
        checked += 1;
    }
    assert_eq!(checked, 28);
    assert!(
        pos.iter().all(|p| p.x.is_finite() && p.y.is_finite()),
        "every node is placed"
    );
}

#[test]
fn lanes_are_deterministic_and_respect_pins() {
    let map = example();
    let g = metrics_graph(&map);
    let (a, _) = lanes(&map, &g, &[]);
    let (b, _) = lanes(&map, &g, &[]);
    assert_eq!(a, b);
    let mut pins = vec![None; g.len()];
    let n = g.node("gem-arnhoven").unwrap() as usize;
    pins[n] = Some(Pos {
        x: -500.0,
        y: -400.0,
    });
    let (c, _) = lanes(&map, &g, &pins);
    assert_eq!(
        c[n],
        Pos {
            x: -500.0,
            y: -400.0
        }
    );
}

#[test]
fn parties_settle_near_their_tables_in_the_lanes_layout() {
    // A party's distance to the nearest of its tables should be far less than the grid's size:
    // "parties placed near their tables".
    let map = example();
    let g = metrics_graph(&map);
    let (pos, grid) = lanes(&map, &g, &[]);
    let diag =
        ((grid.cols[3] - grid.cols[0]).powi(2) + (grid.rows[3] - grid.rows[0]).powi(2)).sqrt();
    for (n, kind) in g.kinds.iter().enumerate() {
        if *kind != NodeKind::Party {
            continue;
        }
        let near = g
            .neighbors(n as u32)
            .iter()
            .filter(|&&m| g.kinds[m as usize] == NodeKind::Table)
            .map(|&m| {
                ((pos[m as usize].x - pos[n].x).powi(2) + (pos[m as usize].y - pos[n].y).powi(2))
                    .sqrt()
            })
            .fold(f32::INFINITY, f32::min);
        if near.is_finite() {
            assert!(
                near < diag / 3.0,
                "{} is {near} from its nearest table (grid diagonal {diag})",
                g.ids[n]
            );
        }
    }
}

#[test]
fn free_layout_of_the_example_is_deterministic_and_finite() {
    let map = example();
    let g = metrics_graph(&map);
    let run = || {
        let mut f = ForceLayout::new(&g, vec![], vec![], ForceParams::default());
        f.run(200);
        f.into_positions()
    };
    let a = run();
    assert_eq!(a, run());
    assert!(a.iter().all(|p| p.x.is_finite() && p.y.is_finite()));
}

#[test]
fn lanes_leave_no_two_nodes_on_top_of_each_other() {
    let map = example();
    let g = metrics_graph(&map);
    let (pos, _) = lanes(&map, &g, &[]);
    for i in 0..pos.len() {
        for j in i + 1..pos.len() {
            let d = ((pos[i].x - pos[j].x).powi(2) + (pos[i].y - pos[j].y).powi(2)).sqrt();
            // Tables sit on a fixed grid 150 apart; every other pair is pushed to 42 apart.
            assert!(d > 40.0, "{} and {} are {d} apart", g.ids[i], g.ids[j]);
        }
    }
}
