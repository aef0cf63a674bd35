//! `--screenshot` for every view in a real window: run under a display, e.g.
//! `xvfb-run -a -s "-screen 0 1600x1000x24" cargo test --test app_screenshot`.
//! Without a display it says so and passes (there is nothing to open a window on).
//!
//! A window event loop can be created once per process, so the test runs itself once per view
//! as a child process (`--child VIEW OUT`).

use netwerkkaart::app::{Launch, View};
use std::path::PathBuf;

const VIEWS: [&str; 6] = [
    "overzicht",
    "netwerk",
    "driehoek",
    "matrix",
    "bevindingen",
    "presentatie",
];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--child") {
        let (view, out, map) = (&args[i + 1], &args[i + 2], &args[i + 3]);
        let launch = Launch {
            map: Some(PathBuf::from(map)),
            screenshot: Some(PathBuf::from(out)),
            view: view.parse::<View>().ok(),
            lang: Some(netwerkkaart::i18n::Lang::Nl),
            recovery_dir: None,
            // The presentation on its first slide after the title (where to start).
            present: (view == "presentatie").then_some(2),
        };
        if let Err(e) = netwerkkaart::app::run(launch) {
            eprintln!("{e:#}");
            std::process::exit(1);
        }
        return;
    }
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        println!("app_screenshot: no display, skipped (run under xvfb-run)");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    // The bundled example map, as a first-time user opens it.
    let map = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/voorbeeld");
    let exe = std::env::current_exe().expect("own path");
    for view in VIEWS {
        let out = dir.path().join(format!("{view}.png"));
        let status = std::process::Command::new(&exe)
            .args(["--child", view])
            .arg(&out)
            .arg(&map)
            .status()
            .expect("run child");
        assert!(status.success(), "{view}: exit {status}");
        let img = decode(&out);
        assert!(
            img.width() >= 800 && img.height() >= 500,
            "{view}: {:?}",
            img.dimensions()
        );
        // A real picture has many colours; a blank or black window has one or two.
        let mut colours: Vec<[u8; 4]> = img.pixels().step_by(97).collect();
        colours.sort_unstable();
        colours.dedup();
        assert!(colours.len() > 20, "{view}: only {} colours", colours.len());
        println!(
            "app_screenshot: {view} ok ({}×{})",
            img.width(),
            img.height()
        );
    }
}

/// A decoded PNG: its size and RGBA pixels.
struct Decoded {
    size: (u32, u32),
    rgba: Vec<u8>,
}

impl Decoded {
    fn width(&self) -> u32 {
        self.size.0
    }
    fn height(&self) -> u32 {
        self.size.1
    }
    fn dimensions(&self) -> (u32, u32) {
        self.size
    }
    /// Pixels as `[r, g, b, a]`.
    fn pixels(&self) -> impl Iterator<Item = [u8; 4]> + '_ {
        self.rgba.chunks_exact(4).map(|p| [p[0], p[1], p[2], p[3]])
    }
}

fn decode(path: &std::path::Path) -> Decoded {
    let file = std::fs::File::open(path).expect("a PNG was written");
    let mut reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut buf).expect("pixels");
    assert_eq!(info.color_type, png::ColorType::Rgba, "the app writes RGBA");
    buf.truncate(info.buffer_size());
    Decoded {
        size: (info.width, info.height),
        rgba: buf,
    }
}
