//! The presentation as a PowerPoint file: written through the one export entry point, read back
//! with python-pptx (`scripts/check_pptx.py`: a title, a real picture and notes on every slide),
//! the same bytes twice; the honest title slide; the triangle picture of a 10-municipality
//! region shaped for a page; `report -o x.pdf` pointing to the browser's print.

use netwerkkaart::analysis::{Thresholds, analyse};
use netwerkkaart::deck::{self, Deck, SlideKind};
use netwerkkaart::export::{DiagramOptions, Output, triangle_svg, write_output};
use netwerkkaart::i18n::Lang;
use netwerkkaart::model::Vocab as _;
use netwerkkaart::synthetic::{Config, generate};
use std::path::{Path, PathBuf};
use std::process::Command;

fn example() -> netwerkkaart::model::Map {
    netwerkkaart::import::load_map(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/voorbeeld"))
        .unwrap()
        .map
}

/// Runs the checker; `None` when python-pptx is not installed here (exit 3).
fn check(path: &Path, args: &[String]) -> Option<serde_json::Value> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/check_pptx.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg(path)
        .args(args)
        .output()
        .ok()?;
    if out.status.code() == Some(3) {
        eprintln!("python-pptx missing: the read-back is skipped");
        return None;
    }
    let json: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    assert!(out.status.success(), "{}", json["problems"]);
    Some(json)
}

fn write(map: &netwerkkaart::model::Map, dir: &Path, name: &str) -> (PathBuf, usize) {
    let a = analyse(map, &Thresholds::default());
    let path = dir.join(name);
    let out = Output::from_path(&path, Default::default(), 2000, false, false).unwrap();
    assert_eq!(out, Output::Pptx);
    write_output(map, &a, &path, &out, false, Lang::Nl).unwrap();
    let (d, _) = Deck::of_map(map);
    (path, d.pages(&a).len())
}

#[test]
fn the_example_presentation_reads_back_with_every_slide_titled_pictured_and_noted() {
    let map = example();
    let a = analyse(&map, &Thresholds::default());
    let dir = tempfile::tempdir().unwrap();
    let (path, pages) = write(&map, dir.path(), "deck.pptx");
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[..2], b"PK", "a zip package");
    // The same map gives the same bytes.
    let (again, _) = write(&map, dir.path(), "again.pptx");
    assert_eq!(std::fs::read(again).unwrap(), bytes);

    // Four municipalities: one triangle slide each after the region's.
    let wgs = deck::werkgebieden(&a);
    assert_eq!(wgs.len(), 4);
    assert_eq!(pages, Deck::default().slides.len() - 1 + wgs.len());
    let first = &a.findings[0];
    let Some(json) = check(
        &path,
        &[
            "--slides".into(),
            pages.to_string(),
            "--title".into(),
            map.title.clone(),
            "--title".into(),
            "Waar te beginnen".into(),
            "--title".into(),
            format!("De driehoek in {}", deck::name(&a, &wgs[0])),
            // The full text of a finding is in the notes.
            "--notes-contain".into(),
            first.message(Lang::Nl),
            "--notes-contain".into(),
            first.advice(Lang::Nl),
        ],
    ) else {
        return;
    };
    let pictures = json["pictures"].as_array().unwrap();
    let with_picture = pictures
        .iter()
        .filter(|p| !p.as_array().unwrap().is_empty())
        .count();
    // Network, region triangles, four werkgebieden, three domains.
    assert_eq!(with_picture, 1 + 1 + 4 + 3, "{json}");
    for p in pictures.iter().flat_map(|p| p.as_array().unwrap()) {
        assert_eq!(p[0], 2400, "pictures at full resolution");
    }
}

#[test]
fn with_names_hidden_no_person_is_named_on_a_slide_or_in_the_notes() {
    let map = example();
    let a = analyse(&map, &Thresholds::default());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("anoniem.pptx");
    write_output(&map, &a, &path, &Output::Pptx, true, Lang::Nl).unwrap();
    let mut args: Vec<String> = Vec::new();
    for p in &map.persons {
        args.extend(["--absent".to_string(), p.name.clone()]);
    }
    assert!(args.len() > 20, "the example has persons");
    // The check itself proves it looks: without hiding, a name is found.
    let named = dir.path().join("namen.pptx");
    write_output(&map, &a, &named, &Output::Pptx, false, Lang::Nl).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/check_pptx.py");
    let found = Command::new("python3")
        .arg(&script)
        .arg(&named)
        .args(["--absent", "Marieke Bakker"])
        .status()
        .unwrap();
    if found.code() == Some(3) {
        return;
    }
    assert_eq!(found.code(), Some(1), "her name is in the deck with names");
    check(&path, &args);
}

#[test]
fn the_title_slide_does_not_call_a_domain_closed_that_is_open_in_a_werkgebied() {
    let map = generate(&Config::new(10));
    let a = analyse(&map, &Thresholds::default());
    let d = Deck::default();
    let pages = d.pages(&a);
    let title = deck::content(&d, &pages[0], &map, &a, Lang::Nl);
    assert_eq!(d.slides[pages[0].slide].kind, SlideKind::Titel);
    // Count by hand: domains closed in the region and in each of the ten werkgebieden.
    let closed = netwerkkaart::model::Domain::ALL
        .iter()
        .filter(|&&dom| {
            a.triangles
                .iter()
                .filter(|t| t.domain == dom)
                .all(|t| t.state == netwerkkaart::analysis::TriangleState::Gesloten)
        })
        .count();
    let line = format!("{closed} van de 3 domeinen");
    assert!(
        title.lines.iter().any(|l| l.starts_with(&line)),
        "{:?}",
        title.lines
    );
    // Each domain's line says where it is open, counted by hand.
    for (k, &dom) in netwerkkaart::model::Domain::ALL.iter().enumerate() {
        let open: Vec<String> = a
            .triangles
            .iter()
            .filter(|t| {
                t.domain == dom && t.state != netwerkkaart::analysis::TriangleState::Gesloten
            })
            .filter_map(|t| t.werkgebied.as_deref())
            .map(|w| deck::name(&a, w))
            .collect();
        let line = &title.lines[title.lines.len() - 3 + k];
        match open.len() {
            0 => assert!(line.contains("gesloten in alle"), "{line}"),
            10 => assert!(line.contains("in geen van de 10"), "{line}"),
            n => {
                assert!(line.contains(&format!("{n} van 10")), "{line}");
                assert!(line.contains(&open[0]), "{line}");
            }
        }
    }
    // Ten werkgebieden: two grid pages of six and four, not ten slides.
    let grids: Vec<usize> = pages
        .iter()
        .filter(|p| !p.werkgebieden.is_empty())
        .map(|p| p.werkgebieden.len())
        .collect();
    assert_eq!(grids, vec![6, 4]);
    // And the actions slide says what to do first.
    let acts = pages
        .iter()
        .find(|p| d.slides[p.slide].kind == SlideKind::Acties)
        .unwrap();
    let c = deck::content(&d, acts, &map, &a, Lang::Nl);
    assert_eq!(c.lines.len(), a.actions.len().min(deck::TOP_ACTIONS));
}

#[test]
fn the_triangle_picture_of_ten_municipalities_is_shaped_for_a_page() {
    let map = generate(&Config::new(10));
    let a = analyse(&map, &Thresholds::default());
    let svg = triangle_svg(&map, &a, &DiagramOptions::default());
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let root = doc.root_element();
    let w: f64 = root.attribute("width").unwrap().parse().unwrap();
    let h: f64 = root.attribute("height").unwrap().parse().unwrap();
    // Eleven scopes (region + 10): once 1,244 × 4,800, a strip of 0.26.
    assert!((1.0..=2.05).contains(&(w / h)), "{w} × {h}");
    // Every triangle is still there: 3 domains × 11 scopes panels.
    let panels = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("rx") == Some("10"))
        .count();
    assert_eq!(panels, 3 * 11);
}

#[test]
fn a_pdf_is_refused_with_the_browser_route() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("rapport.pdf");
    let res = Command::new(env!("CARGO_BIN_EXE_netwerkkaart"))
        .args(["report", "data/voorbeeld", "-o"])
        .arg(&out)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(res.status.code(), Some(2));
    let err = String::from_utf8_lossy(&res.stderr);
    assert!(
        err.contains("Afdrukken") && err.contains("rapport.html"),
        "{err}"
    );
    assert!(!out.exists(), "no HTML written under a .pdf name");
}
