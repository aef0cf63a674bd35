//! The desktop package's files agree with each other and with the program: the `.desktop`
//! entry starts the binary with the double-clicked file, names an icon that is shipped, and
//! claims the MIME type that the shared-mime-info file defines for the project extension; every
//! asset that `cargo deb` packs exists.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `[Desktop Entry]` group as key → value (localised keys kept with their `[xx]`).
fn desktop_entry() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(root().join("packaging/netwerkkaart.desktop")).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("[Desktop Entry]"));
    lines
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (k, v) = l
                .split_once('=')
                .unwrap_or_else(|| panic!("no '=' in {l:?}"));
            (k.to_string(), v.to_string())
        })
        .collect()
}

#[test]
fn desktop_entry_opens_the_double_clicked_project() {
    let e = desktop_entry();
    assert_eq!(e["Type"], "Application");
    assert_eq!(
        e["Exec"], "netwerkkaart %f",
        "one file, as the command line takes it"
    );
    assert_eq!(e["Terminal"], "false");
    let icon = &e["Icon"];
    assert!(root().join(format!("packaging/{icon}.svg")).is_file());
    assert!(e["Categories"].ends_with(';') && e["MimeType"].ends_with(';'));

    let xml = std::fs::read_to_string(root().join("packaging/netwerkkaart-mime.xml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let types: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("mime-type"))
        .filter_map(|n| n.attribute("type"))
        .collect();
    assert_eq!(e["MimeType"].trim_end_matches(';'), types.join(";"));
    let globs: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("glob"))
        .filter_map(|n| n.attribute("pattern"))
        .collect();
    assert_eq!(
        globs,
        [format!("*.{}", netwerkkaart::project::EXTENSION).as_str()]
    );
}

#[test]
fn every_packaged_asset_exists() {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let deb = manifest
        .split("[package.metadata.deb]")
        .nth(1)
        .expect("Cargo.toml configures cargo deb");
    let assets = deb
        .split("assets = [")
        .nth(1)
        .unwrap()
        .split("\n]")
        .next()
        .unwrap();
    let sources: Vec<&str> = assets
        .lines()
        .filter_map(|l| l.trim().strip_prefix("[\""))
        .filter_map(|l| l.split('"').next())
        .collect();
    assert!(sources.len() >= 5, "{sources:?}");
    for src in sources {
        if src.starts_with("target/") {
            continue; // built by `cargo deb` itself
        }
        let path = root().join(src.trim_end_matches("/*"));
        assert!(Path::new(&path).exists(), "asset {src} missing");
    }
    // The installed example map is where the start screen looks for it.
    assert!(
        netwerkkaart::app::example_candidates()
            .iter()
            .any(|p| p.ends_with("share/netwerkkaart/voorbeeld"))
    );
}
