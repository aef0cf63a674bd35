//! Fuzz target `workbook`: see `netwerkkaart_core::fuzz::fuzz_workbook`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    netwerkkaart_core::fuzz::fuzz_workbook(data);
});
