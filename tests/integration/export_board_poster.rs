//! A poster-sized PNG (A0 at 150 dpi) renders in strips without holding the whole canvas.
//! Its own test binary, so that the process's peak memory belongs to this test alone.

use netwerkkaart::export::svg_to_png;

/// Peak resident memory of this process so far, in KiB (Linux only).
#[cfg(target_os = "linux")]
fn peak_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

#[test]
fn a0_poster_renders_in_bounded_memory() {
    // A0 is 841 × 1189 mm; at 150 dpi 4967 px wide and 1189 × 4967 / 841 = 7022.4 → 7022 high.
    let mut svg = String::from(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="841" height="1189" viewBox="0 0 841 1189">
<rect width="841" height="1189" fill="#ffffff"/>"##,
    );
    for i in 0..40 {
        let y = 20.0 + i as f64 * 29.0;
        svg.push_str(&format!(
            r##"<rect x="20" y="{y}" width="{}" height="18" fill="#2563eb"/><text x="30" y="{}" font-size="14" font-family="sans-serif">Regel {i}</text>"##,
            20 + i * 19,
            y + 14.0
        ));
    }
    svg.push_str("</svg>");
    // Warm up (fonts load once) before measuring.
    svg_to_png(&svg, 100).unwrap();
    #[cfg(target_os = "linux")]
    let before = peak_kib();
    let png = svg_to_png(&svg, 4967).unwrap();
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    assert_eq!(&png[12..16], b"IHDR");
    assert_eq!((be(&png[16..20]), be(&png[20..24])), (4967, 7022));
    #[cfg(target_os = "linux")]
    {
        // One RGBA canvas of the whole poster would be 4967 × 7022 × 4 B = 136,000 KiB; the strip
        // renderer holds 4967 × 512 × 4 B ≈ 10,000 KiB plus the compressed output.
        let grown = peak_kib().saturating_sub(before);
        eprintln!("A0 poster: peak memory grew by {grown} KiB");
        assert!(grown < 60_000, "peak memory grew by {grown} KiB");
    }
    // Not blank: decode and count blue pixels of the bars.
    let dec = png::Decoder::new(std::io::Cursor::new(&png));
    let mut r = dec.read_info().unwrap();
    let mut buf = vec![0; r.output_buffer_size().unwrap()];
    r.next_frame(&mut buf).unwrap();
    let blue = buf.chunks(3).filter(|p| p[2] > 200 && p[0] < 80).count();
    assert!(blue > 1_000_000, "{blue} blue pixels");
}
