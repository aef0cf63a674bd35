//! The help and the usage errors of the command line speak the user's language throughout:
//! in Dutch (the default) no word of clap's English ("Usage", "Options", "Possible values",
//! "error:", "tip:"), with `--taal en` English, for the program and for every command.

use std::path::PathBuf;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_netwerkkaart"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

fn all(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// clap's own English, which must not show in Dutch output.
const CLAP_ENGLISH: [&str; 12] = [
    "Usage",
    "Options",
    "Arguments",
    "Commands:",
    "Possible values",
    "[default",
    "error:",
    "tip:",
    "Print help",
    "Print version",
    "For more information",
    "[aliases",
];

fn assert_dutch(args: &[&str], out: &str) {
    for word in CLAP_ENGLISH {
        assert!(!out.contains(word), "{args:?} shows {word:?}:\n{out}");
    }
}

#[test]
fn every_help_is_dutch() {
    let example = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/voorbeeld");
    assert!(example.is_dir());
    for args in [
        &["--help"][..],
        &["-h"],
        &["analyse", "--help"],
        &["analyse", "-h"],
        &["check", "--help"],
        &["export", "--help"],
        &["report", "--help"],
        &["template", "--help"],
        &["vergelijk", "--help"],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        let out = all(&o);
        assert!(out.contains("Gebruik: netwerkkaart"), "{args:?}:\n{out}");
        assert_dutch(args, &out);
    }
    let out = all(&run(&["export", "--help"]));
    for want in [
        "--indeling <INDELING>",
        "- vrij: De vrije indeling",
        "[standaard: lagen]",
    ] {
        assert!(out.contains(want), "export --help lacks {want}:\n{out}");
    }
}

#[test]
fn usage_errors_are_dutch_with_the_values_that_are_possible() {
    let dir = tempfile::tempdir().unwrap();
    let gexf = dir.path().join("k.gexf");
    let gexf = gexf.to_str().unwrap();
    let cases: [(&[&str], &[&str]); 6] = [
        (
            &["analyse", "data/voorbeeld", "--format", "pdf"],
            &[
                "fout: ongeldige waarde 'pdf' bij --format",
                "text, json, markdown",
            ],
        ),
        (
            &[
                "export",
                "data/voorbeeld",
                "-o",
                gexf,
                "--indeling",
                "schuin",
            ],
            &["fout: ongeldige waarde", "schuin", "lagen, vrij"],
        ),
        (&["analyse"], &["fout: er ontbreekt een verplicht argument"]),
        (
            &["analyse", "data/voorbeeld", "--onzin"],
            &["fout: onbekende optie of argument", "--onzin"],
        ),
        (
            &["export", "data/voorbeeld", "--breedte", "breed"],
            &["fout:", "breed"],
        ),
        (
            &["analyse", "--taal"],
            &["fout: --taal", "verwacht een waarde"],
        ),
    ];
    for (args, wants) in cases {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", all(&o));
        let out = all(&o);
        for want in wants {
            assert!(out.contains(want), "{args:?} lacks {want:?}:\n{out}");
        }
        assert!(
            out.contains("Zie 'netwerkkaart --help'"),
            "{args:?}:\n{out}"
        );
        assert_dutch(args, &out);
    }
}

#[test]
fn with_taal_en_help_and_errors_are_english() {
    let o = run(&["--taal", "en", "export", "--help"]);
    assert_eq!(o.status.code(), Some(0));
    let out = all(&o);
    for want in [
        "Usage: netwerkkaart export [OPTIONS]",
        "--indeling <LAYOUT>",
        "Possible values:",
        "- lagen: Domains and layers",
        "[default: lagen]",
    ] {
        assert!(out.contains(want), "lacks {want}:\n{out}");
    }
    for unwanted in ["Gebruik", "Opties", "Mogelijke", "standaard"] {
        assert!(!out.contains(unwanted), "has {unwanted}:\n{out}");
    }
    let o = run(&[
        "--taal",
        "en",
        "analyse",
        "data/voorbeeld",
        "--format",
        "pdf",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let out = all(&o);
    assert!(
        out.contains("error: invalid value 'pdf' for --format"),
        "{out}"
    );
    assert!(!out.contains("fout") && !out.contains("ongeldige"), "{out}");
}
