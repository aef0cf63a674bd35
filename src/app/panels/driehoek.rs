//! The Driehoek view: per domain (and per werkgebied) the gemeente–corporatie–zorg triangle,
//! legs green and solid when the two kinds meet at a table, red and dashed when not, with the
//! tables that close it and the pairs that never meet.

use super::super::core_bridge::{self, Triangle, TriangleState};
use super::super::paint::color;
use super::super::{Command, Document};
use crate::i18n::Lang;
use crate::i18n::ui as txt;
use crate::i18n::vocab::Label as _;
use crate::model::{Domain, PartyKind, Vocab};
use crate::style;
use egui::{Pos2, Stroke, pos2, vec2};

/// Most "never meet" pairs listed per triangle.
const MAX_PAIRS: usize = 6;

/// The Driehoek view.
#[derive(Debug, Clone, Copy, Default)]
pub struct Driehoek;

impl Driehoek {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &mut Document,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        egui::ScrollArea::vertical().show(ui, |ui| {
            egui::Frame::new().inner_margin(16.0).show(ui, |ui| {
                ui.label(egui::RichText::new(txt::TRIANGLE_INTRO.get_in(lang)).size(15.0));
                ui.add_space(8.0);
                // The map's filter holds here too: one werkgebied, the chosen domains.
                let wg = doc.filter.werkgebied.clone();
                let mut scopes: Vec<Option<String>> = Vec::new();
                for t in &doc.display_analysis().triangles {
                    let fits = wg.is_none() || t.werkgebied == wg;
                    if fits && !scopes.contains(&t.werkgebied) {
                        scopes.push(t.werkgebied.clone());
                    }
                }
                let domains = doc.filter.domains;
                for scope in scopes {
                    let title = match &scope {
                        None => txt::WHOLE_REGION_TITLE.get_in(lang).to_string(),
                        Some(g) => txt::AREA_TITLE
                            .fill_in(lang, &[("name", &doc.display_map().name_of(g))]),
                    };
                    ui.heading(title);
                    ui.horizontal_top(|ui| {
                        for &d in Domain::ALL.iter().filter(|d| domains.contains(**d)) {
                            let tri = doc
                                .display_analysis()
                                .triangles
                                .iter()
                                .find(|t| t.domain == d && t.werkgebied == scope);
                            if let Some(tri) = tri {
                                card_ui(ui, doc, tri, cmds, lang);
                            }
                        }
                    });
                    ui.add_space(12.0);
                }
            });
        });
    }
}

/// One triangle with its caption.
fn card_ui(ui: &mut egui::Ui, doc: &Document, tri: &Triangle, cmds: &mut Vec<Command>, lang: Lang) {
    let width = ((ui.available_width() - 24.0) / 3.0).clamp(260.0, 460.0);
    egui::Frame::new()
        .fill(color(style::BACKGROUND))
        .stroke(Stroke::new(1.0, color(style::LANE_LINE)))
        .corner_radius(8.0)
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.set_width(width);
            ui.vertical(|ui| card_contents_ui(ui, doc, tri, width, cmds, lang));
        });
}

fn card_contents_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    tri: &Triangle,
    width: f32,
    cmds: &mut Vec<Command>,
    lang: Lang,
) {
    ui.label(
        egui::RichText::new(tri.domain.label_in(lang))
            .size(18.0)
            .strong(),
    );
    let (rect, _) = ui.allocate_exact_size(vec2(width, 220.0), egui::Sense::hover());
    paint_triangle(&ui.painter_at(rect), rect, tri, 1.0, lang);
    let (state, col) = match tri.state {
        TriangleState::Gesloten => (txt::TRIANGLE_STATE_GESLOTEN, style::LEG_PRESENT),
        TriangleState::Verbonden => (txt::TRIANGLE_STATE_VERBONDEN, style::LEG_PRESENT),
        TriangleState::Open => (txt::TRIANGLE_STATE_OPEN, style::LEG_MISSING),
        TriangleState::Afwezig => (txt::TRIANGLE_STATE_AFWEZIG, style::LEG_MISSING),
    };
    ui.label(
        egui::RichText::new(state.get_in(lang))
            .color(color(col))
            .strong(),
    );
    ui.add_space(4.0);
    ui.label(egui::RichText::new(txt::CLOSING_TABLES.get_in(lang)).strong());
    if tri.closing_tables.is_empty() {
        ui.weak(txt::NONE.get_in(lang));
    }
    ui.horizontal_wrapped(|ui| {
        for t in &tri.closing_tables {
            if ui.link(doc.display_map().name_of(t)).clicked() {
                cmds.push(Command::JumpTo(t.clone()));
            }
        }
    });
    let pairs: Vec<(usize, (String, String))> = doc
        .display_analysis()
        .findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.domain.is_none_or(|d| d == tri.domain))
        .filter(|(_, f)| f.werkgebied.is_none() || f.werkgebied == tri.werkgebied)
        .filter_map(|(i, f)| core_bridge::missing_link_pair(f).map(|p| (i, p)))
        .collect();
    if !pairs.is_empty() {
        ui.add_space(4.0);
        ui.label(egui::RichText::new(txt::NEVER_MEET.get_in(lang)).strong());
        for (i, (a, b)) in pairs.iter().take(MAX_PAIRS) {
            let map = doc.display_map();
            let text = format!("{} — {}", map.name_of(a), map.name_of(b));
            if ui.link(text).clicked() {
                cmds.push(Command::SelectFinding(Some(*i)));
                cmds.push(Command::SetView(super::super::View::Netwerk));
            }
        }
        if pairs.len() > MAX_PAIRS {
            ui.weak(format!("… +{}", pairs.len() - MAX_PAIRS));
        }
    }
}

/// The triangle itself in `rect`: corners coloured by kind, legs green/solid or red/dashed.
/// `scale` sizes corners, lines and type (the presentation draws it larger).
pub(crate) fn paint_triangle(
    p: &egui::Painter,
    rect: egui::Rect,
    tri: &Triangle,
    scale: f32,
    lang: Lang,
) {
    let corner = |k: PartyKind| -> Pos2 {
        match k {
            PartyKind::Gemeente => pos2(rect.center().x, rect.top() + 46.0 * scale),
            PartyKind::Woningcorporatie => {
                pos2(rect.left() + 60.0 * scale, rect.bottom() - 50.0 * scale)
            }
            _ => pos2(rect.right() - 60.0 * scale, rect.bottom() - 50.0 * scale),
        }
    };
    if tri.state == TriangleState::Gesloten {
        let pts = PartyKind::CORE.iter().map(|k| corner(*k)).collect();
        p.add(egui::Shape::convex_polygon(
            pts,
            color(style::LEG_PRESENT.with_alpha(40)),
            Stroke::NONE,
        ));
    }
    for (a, b) in core_bridge::LEGS {
        let (pa, pb) = (corner(a), corner(b));
        if core_bridge::leg_present(tri, a, b) {
            p.line_segment(
                [pa, pb],
                Stroke::new(5.0 * scale, color(style::LEG_PRESENT)),
            );
        } else {
            p.extend(egui::Shape::dashed_line(
                &[pa, pb],
                Stroke::new(3.0 * scale, color(style::LEG_MISSING)),
                10.0 * scale,
                7.0 * scale,
            ));
        }
    }
    for k in PartyKind::CORE {
        let c = corner(k);
        p.circle(
            c,
            20.0 * scale,
            color(style::party_color(k)),
            Stroke::new(2.0 * scale, color(style::PAPER)),
        );
        let below = k != PartyKind::Gemeente;
        let (anchor, at) = if below {
            (egui::Align2::CENTER_TOP, c + vec2(0.0, 24.0 * scale))
        } else {
            (egui::Align2::CENTER_BOTTOM, c - vec2(0.0, 24.0 * scale))
        };
        // Kept inside the rect: a long label ("Housing corporation") at a corner near the
        // edge would otherwise be clipped.
        let galley = p.layout_no_wrap(
            k.label_in(lang).to_string(),
            egui::FontId::proportional(14.0 * scale),
            color(style::INK),
        );
        let half = galley.size().x / 2.0 + 2.0;
        let x = if rect.width() > 2.0 * half {
            at.x.clamp(rect.left() + half, rect.right() - half)
        } else {
            rect.center().x
        };
        let top_left = anchor.anchor_size(pos2(x, at.y), galley.size()).min;
        p.galley(top_left, galley, color(style::INK));
    }
}
