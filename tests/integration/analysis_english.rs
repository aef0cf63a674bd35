//! Findings rendered in English: the same analysis, asked in another language.

use crate::support::analysis_fixtures as fixtures;

use netwerkkaart::analysis::{Thresholds, analyse, to_json, to_text};
use netwerkkaart::i18n::Lang;

#[test]
fn english_messages_and_advice() {
    let a = analyse(&fixtures::gouda(), &Thresholds::default());
    let f = a
        .findings
        .iter()
        .find(|f| f.kind.name() == "missing_link")
        .unwrap();
    let message = f.message(Lang::En);
    assert!(
        message.contains("in touch only through Gemeente Gouda"),
        "{message}"
    );
    assert!(f.advice(Lang::En).contains("practice lab"));
    let text = to_text(&a, Lang::En);
    assert!(text.contains("High (2)") && text.contains("Medium (7)"));
    // The same finding, asked in Dutch, is Dutch: the finding itself knows no language.
    assert!(!f.message(Lang::Nl).contains("in touch only"));
    assert!(to_text(&a, Lang::Nl).contains("Hoog (2)"));
}

#[test]
fn json_messages_in_the_language_asked_and_otherwise_equal() {
    let a = analyse(&fixtures::gouda(), &Thresholds::default());
    let (nl, en) = (to_json(&a, Lang::Nl), to_json(&a, Lang::En));
    let (fnl, fen) = (
        nl["findings"].as_array().unwrap(),
        en["findings"].as_array().unwrap(),
    );
    assert_eq!(fnl.len(), fen.len());
    assert!(!fnl.is_empty());
    for (x, y) in fnl.iter().zip(fen) {
        assert_ne!(x["message"], y["message"]);
        assert_ne!(x["advice"], y["advice"]);
        for key in [
            "kind", "severity", "subjects", "evidence", "domain", "layer",
        ] {
            assert_eq!(x[key], y[key], "{key}");
        }
    }
    assert_eq!(nl["metrics"], en["metrics"]);
}

#[test]
#[ignore]
fn show() {
    for m in [
        fixtures::gouda(),
        fixtures::regisseur(),
        fixtures::gaps(),
        fixtures::fragment(),
    ] {
        println!(
            "{}",
            to_text(&analyse(&m, &Thresholds::default()), Lang::Nl)
        );
    }
    println!(
        "{}",
        netwerkkaart::analysis::to_markdown(
            &analyse(&fixtures::gouda(), &Thresholds::default()),
            Lang::Nl
        )
    );
}
