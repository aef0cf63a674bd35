//! Messages follow the language setting (alone in this binary: the language is process-wide).

#[path = "support/analysis_fixtures.rs"]
mod fixtures;

use netwerkkaart::analysis::{Thresholds, analyse, to_text};
use netwerkkaart::i18n::{Lang, set_lang};

#[test]
fn english_messages_and_advice() {
    set_lang(Lang::En);
    let a = analyse(&fixtures::gouda(), &Thresholds::default());
    let f = a
        .findings
        .iter()
        .find(|f| f.kind.name() == "missing_link")
        .unwrap();
    assert!(
        f.message.contains("in touch only through Gemeente Gouda"),
        "{}",
        f.message
    );
    assert!(f.advice.contains("practice lab"));
    let text = to_text(&a);
    assert!(text.contains("High (2)") && text.contains("Medium (7)"));
    set_lang(Lang::Nl);
}

#[test]
#[ignore]
fn show() {
    set_lang(Lang::Nl);
    for m in [
        fixtures::gouda(),
        fixtures::regisseur(),
        fixtures::gaps(),
        fixtures::fragment(),
    ] {
        println!("{}", to_text(&analyse(&m, &Thresholds::default())));
    }
    println!(
        "{}",
        netwerkkaart::analysis::to_markdown(&analyse(&fixtures::gouda(), &Thresholds::default()))
    );
}
