//! `netwerkkaart vergelijk`: two versions of the example map compared on the command line, as
//! a programme leader does a year later.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn example() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/voorbeeld")
}

fn vergelijk(old: &Path, new: &Path, extra: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_netwerkkaart"))
        .arg("vergelijk")
        .arg(old)
        .arg(new)
        .args(extra)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The example map with Amberhuis seated at Thuisborg's corporation meeting.
fn a_year_later() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for f in std::fs::read_dir(example()).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, dir.path().join(f.file_name().unwrap())).unwrap();
    }
    let seats = dir.path().join("deelnames.csv");
    let mut text = std::fs::read_to_string(&seats).unwrap();
    text.push_str("t-corpoverleg,zorg-amberhuis,,lid\n");
    std::fs::write(&seats, text).unwrap();
    dir
}

#[test]
fn a_new_seat_shows_as_a_seat_a_meeting_and_resolved_findings() {
    let later = a_year_later();
    let (code, out, err) = vergelijk(&example(), later.path(), &["--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let j: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(j["format"], "netwerkkaart-vergelijking");
    assert_eq!(j["unrelated"], false);
    assert_eq!(
        j["memberships"]["added"],
        serde_json::json!([{"table": "t-corpoverleg", "party": "zorg-amberhuis", "person": null}])
    );
    assert_eq!(j["memberships"]["removed"], serde_json::json!([]));
    let gained = j["meetings"]["gained"].as_array().unwrap();
    assert!(
        gained.contains(&serde_json::json!(["corp-thuisborg", "zorg-amberhuis"])),
        "{gained:?}"
    );
    assert!(j["meetings"]["lost"].as_array().unwrap().is_empty());
    let resolved: Vec<&str> = j["findings"]["resolved"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        resolved
            .iter()
            .any(|k| k.starts_with("missing_link|") && k.ends_with("corp-thuisborg,zorg-amberhuis")),
        "{resolved:?}"
    );
    assert_eq!(j["parties"]["added"], serde_json::json!([]));

    let (code, text, _) = vergelijk(&example(), later.path(), &[]);
    assert_eq!(code, 0);
    assert!(text.contains("Opgeloste bevindingen"), "{text}");
    assert!(text.contains("Amberhuis LVB-zorg aan "), "{text}");
    let (_, en, _) = vergelijk(
        &example(),
        later.path(),
        &["--taal", "en", "--format", "markdown"],
    );
    assert!(en.contains("## Findings resolved"), "{en}");
}

#[test]
fn a_map_against_itself_and_against_another_region() {
    let (code, same, _) = vergelijk(&example(), &example(), &[]);
    assert_eq!(code, 0);
    assert!(same.contains("Geen verschillen"), "{same}");
    let other = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/import/valid");
    let (code, text, _) = vergelijk(&example(), &other, &[]);
    assert_eq!(code, 0);
    assert!(text.contains("weinig gemeen"), "{text}");
    assert!(!text.contains("weg: "), "no row-by-row list: {text}");
    let missing = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/import/missing_file");
    let (code, _, err) = vergelijk(&example(), &missing, &[]);
    assert_eq!(code, 1, "{err}");
}
