//! Fuzz target `project`: see `netwerkkaart_core::fuzz::fuzz_project`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    netwerkkaart_core::fuzz::fuzz_project(data);
});
