//! `--screenshot`: wait until the map is laid out and a few frames are drawn, grab the window,
//! save it as PNG and close.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Frames drawn after the layout is ready before the picture is taken (fit and label
/// placement settle in the first frames).
const SETTLE_FRAMES: u32 = 4;

/// The outcome slot shared with [`super::run`].
pub type Outcome = Arc<Mutex<Option<Result<(), String>>>>;

/// A screenshot in progress.
pub struct Job {
    path: PathBuf,
    frames: u32,
    requested: bool,
    outcome: Outcome,
}

impl Job {
    pub fn new(path: PathBuf, outcome: Outcome) -> Self {
        Job {
            path,
            frames: 0,
            requested: false,
            outcome,
        }
    }

    /// Called every frame: counts frames once `ready`, asks for the picture, and closes the
    /// window when it is saved.
    pub fn advance(&mut self, ctx: &egui::Context, ready: bool) {
        ctx.request_repaint();
        if !ready {
            return;
        }
        self.frames += 1;
        if !self.requested && self.frames >= SETTLE_FRAMES {
            self.requested = true;
            let path = self.path.clone();
            let outcome = self.outcome.clone();
            ctx.request_screenshot(move |image| {
                let result = save_png(&image, &path);
                if let Ok(mut slot) = outcome.lock() {
                    *slot = Some(result);
                }
            });
        }
        let done = self.outcome.lock().map(|s| s.is_some()).unwrap_or(true);
        if done {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

/// Writes the window image as PNG.
fn save_png(image: &egui::ColorImage, path: &std::path::Path) -> Result<(), String> {
    let [w, h] = image.size;
    let bytes: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(|c| c.to_srgba_unmultiplied())
        .collect();
    let png = crate::export::rgba_to_png(w as u32, h as u32, &bytes).map_err(|e| e.to_string())?;
    crate::project::write_atomic(path, &png).map_err(|e| e.to_string())
}
