//! The importer's messages in English. A separate test binary, because the language is
//! process-wide and the other import tests check the Dutch texts in parallel.

use netwerkkaart::i18n::{Lang, set_lang};
use netwerkkaart::import::load_csv_folder;
use std::path::Path;

#[test]
fn messages_follow_the_language_setting() {
    set_lang(Lang::En);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/import/domein_typo");
    let f = load_csv_folder(&dir).unwrap_err();
    assert_eq!(
        f.errors[0].to_string(),
        "tafels.csv, line 3, column 4 (domein): unknown value 'casu'; choose from: casus, \
         institutioneel, leefomgeving — did you mean 'casus'?"
    );
    // Warnings as in the valid case: the unknown column and the unconnected party.
    assert_eq!(
        f.to_string(),
        "The map was not imported: 1 error and 2 warnings."
    );
    set_lang(Lang::Nl);
}
