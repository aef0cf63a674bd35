//! Fuzz target `csv_folder`: see `netwerkkaart_core::fuzz::fuzz_csv_folder`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    netwerkkaart_core::fuzz::fuzz_csv_folder(data);
});
