//! One entry point for "write this map to that file", shared by `netwerkkaart export` /
//! `report` and the app's Export dialog, so both write exactly the same files.
//!
//! The kind of file follows from the name (`.svg`, `.png`, `.html`, `.xlsx`, …, no extension =
//! a CSV folder); [`Output::from_path`] makes that choice once and says in Dutch what it does
//! not know. Anonymisation happens here, before anything is drawn or written, so no writer can
//! forget it.

use super::{
    CsvOptions, DiagramOptions, ExportError, GraphLayout, GraphOptions, NetworkOptions,
    ReportOptions, anonymised, matrix_svg, network_svg, svg_to_png, today_iso, today_text,
    triangle_svg, write_csv_folder, write_findings_workbook, write_gexf, write_graphml, write_html,
    write_workbook,
};
use crate::analysis::Analysis;
use crate::i18n::Lang;
use crate::i18n::export as t;
use crate::model::{Map, Pos, anonymise};
use std::collections::BTreeMap;
use std::path::Path;

/// Which picture to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Picture {
    /// The network in domains and layers.
    #[default]
    Netwerk,
    /// The triangle gemeente–corporatie–zorg per domain.
    Driehoek,
    /// Domains × layers with their tables.
    Matrix,
}

/// What to write.
#[derive(Debug, Clone, PartialEq)]
pub enum Output {
    /// A `.netwerkkaart` project file.
    Project,
    /// The data as a workbook in the input format (re-importable).
    DataWorkbook,
    /// The findings workbook for the board: Bevindingen, Partijen with metrics, …
    FindingsWorkbook,
    /// The data as a folder of CSV files; `excel` = semicolons, Windows-1252, decimal comma.
    CsvFolder {
        excel: bool,
    },
    /// The metrics graph for Gephi, yEd, networkx and igraph, with positions of this layout.
    GraphMl(GraphLayout),
    Gexf(GraphLayout),
    Svg(Picture),
    /// A PNG `width` pixels wide.
    Png(Picture, u32),
    /// The self-contained HTML report; an empty title means the map's own.
    Report {
        title: String,
    },
    /// The presentation's slide sequence as a PowerPoint file.
    Pptx,
}

impl Output {
    /// The output a path asks for. `data` picks the re-importable workbook for `.xlsx`
    /// (otherwise the findings workbook); `excel` picks the Dutch-Excel CSV dialect for a
    /// folder.
    pub fn from_path(
        path: &Path,
        picture: Picture,
        width: u32,
        data: bool,
        excel: bool,
    ) -> Result<Self, ExportError> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_lowercase);
        Ok(match ext.as_deref() {
            Some(crate::project::EXTENSION) => Output::Project,
            Some("xlsx") if data => Output::DataWorkbook,
            Some("xlsx") => Output::FindingsWorkbook,
            Some("graphml") => Output::GraphMl(GraphLayout::default()),
            Some("gexf") => Output::Gexf(GraphLayout::default()),
            Some("svg") => Output::Svg(picture),
            Some("png") => Output::Png(picture, width),
            Some("html") | Some("htm") => Output::Report {
                title: String::new(),
            },
            Some("pptx") => Output::Pptx,
            Some("pdf") => {
                return Err(ExportError::PdfViaBrowser {
                    html: path.with_extension("html"),
                });
            }
            None => Output::CsvFolder { excel },
            Some(other) => {
                return Err(ExportError::UnknownFormat {
                    ext: other.to_string(),
                });
            }
        })
    }

    /// The file extension this output is written with (`None` for a folder).
    pub fn extension(&self) -> Option<&'static str> {
        match self {
            Output::Project => Some(crate::project::EXTENSION),
            Output::DataWorkbook | Output::FindingsWorkbook => Some("xlsx"),
            Output::CsvFolder { .. } => None,
            Output::GraphMl(_) => Some("graphml"),
            Output::Gexf(_) => Some("gexf"),
            Output::Svg(_) => Some("svg"),
            Output::Png(..) => Some("png"),
            Output::Report { .. } => Some("html"),
            Output::Pptx => Some("pptx"),
        }
    }

    /// The same output with the graph files' positions set to `positions` (by node id): the
    /// app passes what it shows on screen. Other outputs are returned as they are.
    pub fn with_positions(self, positions: BTreeMap<String, Pos>) -> Self {
        match self {
            Output::GraphMl(_) => Output::GraphMl(GraphLayout::Given(positions)),
            Output::Gexf(_) => Output::Gexf(GraphLayout::Given(positions)),
            other => other,
        }
    }
}

/// Writes `map` (analysed as `analysis`) to `path` as `out`; with `anonymous`, every person's
/// name is replaced before anything is drawn or written. Texts are in `lang`. Files are
/// written atomically.
pub fn write_output(
    map: &Map,
    analysis: &Analysis,
    path: &Path,
    out: &Output,
    anonymous: bool,
    lang: Lang,
) -> Result<(), ExportError> {
    let write = |bytes: &[u8]| {
        crate::project::write_atomic(path, bytes).map_err(|e| ExportError::Project {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })
    };
    // The data in the input format carries names by nature: anonymise the map itself.
    let data = || {
        if anonymous {
            anonymise(map, lang)
        } else {
            map.clone()
        }
    };
    match out {
        Output::Project => crate::project::save(&data(), path).map_err(|e| ExportError::Project {
            path: path.to_path_buf(),
            reason: e.to_string(),
        }),
        Output::DataWorkbook => write_workbook(&data(), path),
        Output::FindingsWorkbook => write_findings_workbook(map, analysis, path, anonymous, lang),
        Output::CsvFolder { excel } => {
            let opts = if *excel {
                CsvOptions::dutch_excel()
            } else {
                CsvOptions::default()
            };
            std::fs::create_dir_all(path).map_err(|e| ExportError::io(path, e))?;
            write_csv_folder(&data(), path, &opts)
        }
        Output::GraphMl(layout) | Output::Gexf(layout) => {
            let opts = GraphOptions {
                anonymous,
                positions: Some(layout.positions(map)),
                lang,
            };
            let text = if matches!(out, Output::Gexf(_)) {
                write_gexf(map, analysis, &opts, &today_iso())
            } else {
                write_graphml(map, analysis, &opts)
            };
            write(text.as_bytes())
        }
        Output::Svg(p) => write(picture_svg(map, analysis, *p, anonymous, lang).as_bytes()),
        Output::Png(p, width) => {
            let svg = picture_svg(map, analysis, *p, anonymous, lang);
            write(&svg_to_png(&svg, *width)?)
        }
        Output::Report { title } => {
            // The report draws its own network pictures, sized for the page.
            let opts = ReportOptions {
                anonymous,
                title: title.clone(),
                date: today_text(lang),
                lang,
                ..ReportOptions::default()
            };
            write(write_html(map, analysis, &opts).as_bytes())
        }
        Output::Pptx => {
            let bytes = if anonymous {
                let (m, a) = anonymised(map, analysis, lang);
                super::write_pptx(&m, &a, lang)?
            } else {
                super::write_pptx(map, analysis, lang)?
            };
            write(&bytes)
        }
    }
}

/// The SVG of one picture, from the anonymised map when asked.
pub fn picture_svg(
    map: &Map,
    analysis: &Analysis,
    picture: Picture,
    anonymous: bool,
    lang: Lang,
) -> String {
    let (map, a) = if anonymous {
        anonymised(map, analysis, lang)
    } else {
        (map.clone(), analysis.clone())
    };
    match picture {
        Picture::Netwerk => network_svg(
            &map,
            &a,
            &NetworkOptions {
                date: today_text(lang),
                lang,
                ..Default::default()
            },
        ),
        Picture::Driehoek | Picture::Matrix => {
            let opts = DiagramOptions {
                title: String::new(),
                date: today_text(lang),
                lang,
            };
            if picture == Picture::Driehoek {
                triangle_svg(&map, &a, &opts)
            } else {
                matrix_svg(&map, &opts)
            }
        }
    }
}

/// The pictures the report embeds (caption, SVG): the network in domains and layers.
pub fn report_pictures(
    map: &Map,
    analysis: &Analysis,
    anonymous: bool,
    lang: Lang,
) -> Vec<(String, String)> {
    vec![(
        t::NETWORK_CAPTION.get_in(lang).to_string(),
        picture_svg(map, analysis, Picture::Netwerk, anonymous, lang),
    )]
}
