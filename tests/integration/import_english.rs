//! The importer's messages in English: the same diagnostics, rendered for another language.

use netwerkkaart::i18n::Lang;
use netwerkkaart::import::load_csv_folder;
use std::path::Path;

#[test]
fn messages_follow_the_language_asked() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/import/domein_typo");
    let f = load_csv_folder(&dir).unwrap_err();
    assert_eq!(
        f.errors[0].render(Lang::En),
        "tafels.csv, line 3, column 4 (domein): unknown value 'casu'; choose from: casus, \
         institutioneel, leefomgeving — did you mean 'casus'?"
    );
    // Warnings as in the valid case: the unknown column and the unconnected party.
    assert_eq!(
        f.render(Lang::En),
        "The map was not imported: 1 error and 2 warnings."
    );
    // The Display stays Dutch.
    assert_eq!(f.errors[0].to_string(), f.errors[0].render(Lang::Nl));
    assert!(f.errors[0].to_string().contains("regel 3"));
}
