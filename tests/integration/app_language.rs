//! Switching the language in the app: the findings list and the slides follow at once (the
//! findings hold no text, they are rendered for the language shown), with no new analysis,
//! and a slide never mixes Dutch and English.

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};
use netwerkkaart::app::{App, Command};
use netwerkkaart::i18n::Lang;

use crate::support::app_harness as harness;

use harness::{example_dir, harness};

/// Every label and value in the accessibility tree.
fn texts_on_screen(h: &Harness<'static, App>) -> Vec<String> {
    h.query_all(
        By::new()
            .predicate(|n| n.label().is_some() || n.value().is_some())
            .include_labels(),
    )
    .flat_map(|n| {
        let n = n.accesskit_node();
        [n.label(), n.value()]
    })
    .flatten()
    .collect()
}

fn step(h: &mut Harness<'static, App>) {
    h.run_steps(2);
    if let Some(doc) = h.state_mut().document.as_mut() {
        doc.block_on_layout();
    }
    h.run_steps(2);
}

/// The message of the first finding in a language.
fn first_message(h: &Harness<'static, App>, lang: Lang) -> String {
    let doc = h.state().document.as_ref().expect("doc");
    doc.display_analysis().findings[0].message(lang)
}

#[test]
fn findings_follow_a_language_switch_at_once_and_back() {
    let mut h = harness(Some(example_dir()));
    let (nl, en) = (first_message(&h, Lang::Nl), first_message(&h, Lang::En));
    assert_ne!(nl, en);
    assert!(
        h.query_by_label(&nl).is_some(),
        "Dutch finding listed: {nl}"
    );
    let revision = h.state().document.as_ref().expect("doc").revision();
    let analysis = h.state().document.as_ref().expect("doc").analysis().clone();

    h.get_by_label("English").click();
    step(&mut h);
    assert!(
        h.query_by_label(&en).is_some(),
        "English finding listed: {en}"
    );
    assert!(h.query_by_label(&nl).is_none(), "the Dutch text is gone");

    h.get_by_label("Nederlands").click();
    step(&mut h);
    assert!(h.query_by_label(&nl).is_some(), "Dutch again: {nl}");
    assert!(h.query_by_label(&en).is_none());

    // No edit, no new analysis: the same findings, only rendered otherwise.
    let doc = h.state().document.as_ref().expect("doc");
    assert_eq!(doc.revision(), revision);
    assert_eq!(*doc.analysis(), analysis);
    assert!(!doc.analysis_pending());
}

#[test]
fn a_findings_slide_is_in_one_language_after_each_switch() {
    let mut h = harness(Some(example_dir()));
    h.get_by_label("English").click();
    step(&mut h);
    h.key_press(Key::F5);
    step(&mut h);
    // Title, actions, network, the region's and four werkgebieden's triangles, then the
    // findings slide (by group).
    for _ in 0..8 {
        h.key_press(Key::ArrowRight);
        step(&mut h);
    }
    let doc = h.state().document.as_ref().expect("doc");
    let top = &doc.display_analysis().groups[0];
    // The slide says the short sentence of each (the notes hold the full text).
    let short = |m: &netwerkkaart::i18n::Msg, l: Lang| {
        netwerkkaart::deck::short_sentence(&m.render(l), netwerkkaart::deck::SHORT_CHARS)
    };
    let (en, nl) = (short(&top.message, Lang::En), short(&top.message, Lang::Nl));
    let (advice_en, advice_nl) = (short(&top.advice, Lang::En), short(&top.advice, Lang::Nl));

    let texts = texts_on_screen(&h);
    assert!(
        texts.iter().any(|t| t == &en),
        "English finding on the slide"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Advice:") && t.contains(&advice_en)),
        "English advice line: {texts:?}"
    );
    assert!(
        !texts
            .iter()
            .any(|t| t.starts_with("Advies:") || t == &nl || t.contains(&advice_nl)),
        "no Dutch on the English slide: {texts:?}"
    );

    // Back to Dutch while presenting (the presentation hides the top bar).
    h.state_mut().run(Command::SetLang(Lang::Nl));
    step(&mut h);
    let texts = texts_on_screen(&h);
    assert!(texts.iter().any(|t| t == &nl), "Dutch finding on the slide");
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Advies:") && t.contains(&advice_nl)),
        "Dutch advice line: {texts:?}"
    );
    assert!(
        !texts
            .iter()
            .any(|t| t.starts_with("Advice:") || t == &en || t.contains(&advice_en)),
        "no English on the Dutch slide: {texts:?}"
    );
}
