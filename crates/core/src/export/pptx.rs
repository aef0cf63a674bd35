//! The presentation as a PowerPoint file (`.pptx`): the pages of the map's slide sequence
//! ([`crate::deck`]), each with its title, its picture as a PNG at full resolution and its short
//! text, and the full text (every finding with its advice) as the speaker's notes.
//!
//! Written by hand as a minimal PresentationML package (one master, one layout, one theme, a
//! notes master, the slides and their notes pages) with the `zip` crate that the xlsx writer
//! already brings: a presentation library would cost far more compile time than these few
//! hundred lines of XML. It opens in PowerPoint and LibreOffice Impress and reads back with
//! python-pptx (`scripts/check_pptx.py`). Deterministic: every zip entry carries the same fixed
//! time (1980-01-01) and no part holds a date of its own, so the same map gives the same bytes
//! on the same day (the pictures print the date).
//!
//! Text uses Verdana: DejaVu Sans, the pictures' face, descends from the same design, and
//! LibreOffice substitutes DejaVu Sans for Verdana where Verdana is missing, so slide text and
//! pictures look alike everywhere.

use super::diagrams::{DiagramOptions, matrix_svg, triangle_svg_scopes};
use super::network::{NetworkOptions, network_svg_filtered};
use super::xml::xml_escape;
use super::{ExportError, svg_to_png, today_text};
use crate::analysis::Analysis;
use crate::deck::{self, Deck, PageContent, SlidePicture};
use crate::i18n::Lang;
use crate::i18n::deck as td;
use crate::model::Map;
use crate::style::{self, Rgba};
use std::fmt::Write as _;
use std::io::Write as _;

/// Width of the slide pictures in pixels (a 13.3-inch slide at 180 dpi).
pub const PICTURE_PX: u32 = 2400;

// The slide (16:9) and the notes page, in EMU (914,400 a inch).
const SLIDE_W: i64 = 12_192_000;
const SLIDE_H: i64 = 6_858_000;
const NOTES_W: i64 = 6_858_000;
const NOTES_H: i64 = 9_144_000;
const MARGIN: i64 = 457_200;
const TITLE_Y: i64 = 280_000;
const TITLE_H: i64 = 820_000;
const BODY_Y: i64 = 1_180_000;
/// Height of one line of slide text at 16 pt with its spacing.
const LINE_H: i64 = 330_000;

const FONT: &str = "Verdana";

const NS: &str = r#"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main""#;
const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT: &str = "application/vnd.openxmlformats-officedocument.presentationml";

/// A colour as DrawingML writes it (`RRGGBB`, no hash).
fn c(col: Rgba) -> String {
    col.hex().trim_start_matches('#').to_uppercase()
}

/// One page ready to write: its words and its picture (PNG bytes and pixel size).
struct Rendered {
    content: PageContent,
    png: Option<(Vec<u8>, u32, u32)>,
}

/// The presentation of `map` (analysed as `analysis`) as the bytes of a `.pptx` file, texts in
/// `lang`. The caller anonymises first when names must be hidden.
pub fn write_pptx(map: &Map, analysis: &Analysis, lang: Lang) -> Result<Vec<u8>, ExportError> {
    let (deck, _) = Deck::of_map(map);
    let mut pages = Vec::new();
    for page in deck.pages(analysis) {
        let content = deck::content(&deck, &page, map, analysis, lang);
        let png = picture(map, analysis, &content.picture, lang)?;
        pages.push(Rendered { content, png });
    }
    package(map, &pages, lang)
}

/// The PNG of a page's picture, with its size.
fn picture(
    map: &Map,
    analysis: &Analysis,
    pic: &SlidePicture,
    lang: Lang,
) -> Result<Option<(Vec<u8>, u32, u32)>, ExportError> {
    let date = today_text(lang);
    let svg = match pic {
        SlidePicture::None => return Ok(None),
        // Collapsed at regional size: drawn at the slide's size, its labels readable.
        SlidePicture::Network(filter) if filter.collapse.is_some() => {
            super::board_picture::slide_picture(map, analysis, filter, lang).svg
        }
        SlidePicture::Network(filter) => {
            let opts = NetworkOptions {
                date,
                lang,
                ..NetworkOptions::default()
            };
            network_svg_filtered(map, analysis, &opts, filter)
        }
        SlidePicture::Triangles(scopes) => {
            let scopes: Vec<Option<&str>> = scopes.iter().map(|s| s.as_deref()).collect();
            // One scope a row up to two, then two blocks a row (a grid of six is 2 × 3).
            let cols = if scopes.len() <= 1 { 1 } else { 2 };
            let opts = DiagramOptions {
                title: String::new(),
                date,
                lang,
            };
            triangle_svg_scopes(map, analysis, &scopes, cols, &opts)
        }
        SlidePicture::Matrix => matrix_svg(
            map,
            &DiagramOptions {
                title: String::new(),
                date,
                lang,
            },
        ),
    };
    let png = svg_to_png(&svg, PICTURE_PX)?;
    let (w, h) = png_size(&png);
    Ok(Some((png, w, h)))
}

/// Width and height from a PNG's header.
fn png_size(png: &[u8]) -> (u32, u32) {
    let be = |at: usize| {
        png.get(at..at + 4)
            .and_then(|b| b.try_into().ok())
            .map_or(1, u32::from_be_bytes)
    };
    (be(16).max(1), be(20).max(1))
}

/// Every part of the package, zipped in a fixed order with a fixed time.
fn package(map: &Map, pages: &[Rendered], lang: Lang) -> Result<Vec<u8>, ExportError> {
    let fail = |e: &dyn std::fmt::Display| ExportError::Presentation {
        reason: e.to_string(),
    };
    let mut parts: Vec<(String, Vec<u8>)> = vec![
        ("[Content_Types].xml".into(), content_types(pages).into()),
        ("_rels/.rels".into(), ROOT_RELS.into()),
        ("docProps/core.xml".into(), core_props(map, lang).into()),
        ("docProps/app.xml".into(), app_props(pages.len()).into()),
        (
            "ppt/presentation.xml".into(),
            presentation(pages.len()).into(),
        ),
        (
            "ppt/_rels/presentation.xml.rels".into(),
            presentation_rels(pages.len()).into(),
        ),
        ("ppt/presProps.xml".into(), PRES_PROPS.into()),
        ("ppt/viewProps.xml".into(), VIEW_PROPS.into()),
        ("ppt/tableStyles.xml".into(), TABLE_STYLES.into()),
        ("ppt/theme/theme1.xml".into(), theme("Netwerkkaart").into()),
        ("ppt/theme/theme2.xml".into(), theme("Notities").into()),
        (
            "ppt/slideMasters/slideMaster1.xml".into(),
            slide_master().into(),
        ),
        (
            "ppt/slideMasters/_rels/slideMaster1.xml.rels".into(),
            MASTER_RELS.into(),
        ),
        (
            "ppt/slideLayouts/slideLayout1.xml".into(),
            slide_layout().into(),
        ),
        (
            "ppt/slideLayouts/_rels/slideLayout1.xml.rels".into(),
            LAYOUT_RELS.into(),
        ),
        (
            "ppt/notesMasters/notesMaster1.xml".into(),
            notes_master().into(),
        ),
        (
            "ppt/notesMasters/_rels/notesMaster1.xml.rels".into(),
            NOTES_MASTER_RELS.into(),
        ),
    ];
    for (k, page) in pages.iter().enumerate() {
        let n = k + 1;
        parts.push((format!("ppt/slides/slide{n}.xml"), slide(page, lang).into()));
        parts.push((
            format!("ppt/slides/_rels/slide{n}.xml.rels"),
            slide_rels(n, page.png.is_some()).into(),
        ));
        parts.push((
            format!("ppt/notesSlides/notesSlide{n}.xml"),
            notes(page).into(),
        ));
        parts.push((
            format!("ppt/notesSlides/_rels/notesSlide{n}.xml.rels"),
            notes_rels(n).into(),
        ));
        if let Some((png, _, _)) = &page.png {
            parts.push((format!("ppt/media/image{n}.png"), png.clone()));
        }
    }
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for (name, bytes) in &parts {
        // PNGs are compressed already: stored, they open faster and the file is no larger.
        let o = if name.ends_with(".png") {
            opts.compression_method(zip::CompressionMethod::Stored)
        } else {
            opts
        };
        zip.start_file(name.as_str(), o).map_err(|e| fail(&e))?;
        zip.write_all(bytes).map_err(|e| fail(&e))?;
    }
    let cursor = zip.finish().map_err(|e| fail(&e))?;
    Ok(cursor.into_inner())
}

fn content_types(pages: &[Rendered]) -> String {
    let mut s = format!(
        "{XML_HEAD}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Default Extension=\"png\" ContentType=\"image/png\"/>\
<Override PartName=\"/ppt/presentation.xml\" ContentType=\"{CT}.presentation.main+xml\"/>\
<Override PartName=\"/ppt/presProps.xml\" ContentType=\"{CT}.presProps+xml\"/>\
<Override PartName=\"/ppt/viewProps.xml\" ContentType=\"{CT}.viewProps+xml\"/>\
<Override PartName=\"/ppt/tableStyles.xml\" ContentType=\"{CT}.tableStyles+xml\"/>\
<Override PartName=\"/ppt/slideMasters/slideMaster1.xml\" ContentType=\"{CT}.slideMaster+xml\"/>\
<Override PartName=\"/ppt/slideLayouts/slideLayout1.xml\" ContentType=\"{CT}.slideLayout+xml\"/>\
<Override PartName=\"/ppt/notesMasters/notesMaster1.xml\" ContentType=\"{CT}.notesMaster+xml\"/>\
<Override PartName=\"/ppt/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>\
<Override PartName=\"/ppt/theme/theme2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>\
<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
    );
    for n in 1..=pages.len() {
        let _ = write!(
            s,
            "<Override PartName=\"/ppt/slides/slide{n}.xml\" ContentType=\"{CT}.slide+xml\"/>\
<Override PartName=\"/ppt/notesSlides/notesSlide{n}.xml\" ContentType=\"{CT}.notesSlide+xml\"/>"
        );
    }
    s.push_str("</Types>");
    s
}

const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"ppt/presentation.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>\
</Relationships>";

fn core_props(map: &Map, lang: Lang) -> String {
    let title = if map.title.trim().is_empty() {
        crate::i18n::presentation::SLIDE_UNKNOWN_TITLE
            .get_in(lang)
            .to_string()
    } else {
        map.title.clone()
    };
    let language = match lang {
        Lang::Nl => "nl-NL",
        Lang::En => "en-GB",
    };
    format!(
        "{XML_HEAD}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
<dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>Netwerkkaart</dc:creator>\
<dc:language>{language}</dc:language></cp:coreProperties>",
        xml_escape(&title),
        xml_escape(crate::i18n::presentation::SUBTITLE.get_in(lang)),
    )
}

fn app_props(slides: usize) -> String {
    format!(
        "{XML_HEAD}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">\
<Application>Netwerkkaart</Application><PresentationFormat>{}</PresentationFormat>\
<Slides>{slides}</Slides><Notes>{slides}</Notes></Properties>",
        "16:9"
    )
}

fn presentation(slides: usize) -> String {
    let mut ids = String::new();
    for k in 0..slides {
        let _ = write!(ids, "<p:sldId id=\"{}\" r:id=\"rId{}\"/>", 256 + k, 10 + k);
    }
    let list = if slides == 0 {
        String::new()
    } else {
        format!("<p:sldIdLst>{ids}</p:sldIdLst>")
    };
    format!(
        "{XML_HEAD}<p:presentation {NS} saveSubsetFonts=\"1\">\
<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>\
<p:notesMasterIdLst><p:notesMasterId r:id=\"rId2\"/></p:notesMasterIdLst>{list}\
<p:sldSz cx=\"{SLIDE_W}\" cy=\"{SLIDE_H}\"/><p:notesSz cx=\"{NOTES_W}\" cy=\"{NOTES_H}\"/>\
</p:presentation>"
    )
}

fn presentation_rels(slides: usize) -> String {
    let mut s = format!(
        "{XML_HEAD}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"{REL}/slideMaster\" Target=\"slideMasters/slideMaster1.xml\"/>\
<Relationship Id=\"rId2\" Type=\"{REL}/notesMaster\" Target=\"notesMasters/notesMaster1.xml\"/>\
<Relationship Id=\"rId3\" Type=\"{REL}/theme\" Target=\"theme/theme1.xml\"/>\
<Relationship Id=\"rId4\" Type=\"{REL}/presProps\" Target=\"presProps.xml\"/>\
<Relationship Id=\"rId5\" Type=\"{REL}/viewProps\" Target=\"viewProps.xml\"/>\
<Relationship Id=\"rId6\" Type=\"{REL}/tableStyles\" Target=\"tableStyles.xml\"/>"
    );
    for k in 0..slides {
        let _ = write!(
            s,
            "<Relationship Id=\"rId{}\" Type=\"{REL}/slide\" Target=\"slides/slide{}.xml\"/>",
            10 + k,
            k + 1
        );
    }
    s.push_str("</Relationships>");
    s
}

const PRES_PROPS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<p:presentationPr xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"/>";
const VIEW_PROPS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<p:viewPr xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"><p:normalViewPr><p:restoredLeft sz=\"15620\"/><p:restoredTop sz=\"80000\"/></p:normalViewPr><p:gridSpacing cx=\"76200\" cy=\"76200\"/></p:viewPr>";
const TABLE_STYLES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<a:tblStyleLst xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" def=\"{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}\"/>";

/// A theme: the palette from `style`, Verdana for headings and body, and the three-of-each
/// format scheme the schema requires.
fn theme(name: &str) -> String {
    let colours = [
        ("dk1", style::SLIDE_INK),
        ("lt1", style::PAPER),
        ("dk2", style::INK),
        ("lt2", style::RULE),
        (
            "accent1",
            style::party_color(crate::model::PartyKind::Gemeente),
        ),
        (
            "accent2",
            style::party_color(crate::model::PartyKind::Woningcorporatie),
        ),
        (
            "accent3",
            style::party_color(crate::model::PartyKind::Zorgaanbieder),
        ),
        ("accent4", style::LEG_PRESENT),
        ("accent5", style::MISSING),
        ("accent6", style::INK_SOFT),
        (
            "hlink",
            style::party_color(crate::model::PartyKind::Gemeente),
        ),
        ("folHlink", style::INK_SOFT),
    ];
    let mut clr = String::new();
    for (tag, col) in colours {
        let _ = write!(clr, "<a:{tag}><a:srgbClr val=\"{}\"/></a:{tag}>", c(col));
    }
    let solid = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
    let line = |w: u32| {
        format!(
            "<a:ln w=\"{w}\" cap=\"flat\" cmpd=\"sng\" algn=\"ctr\">{solid}<a:prstDash val=\"solid\"/></a:ln>"
        )
    };
    format!(
        "{XML_HEAD}<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"{name}\"><a:themeElements>\
<a:clrScheme name=\"Netwerkkaart\">{clr}</a:clrScheme>\
<a:fontScheme name=\"Netwerkkaart\"><a:majorFont><a:latin typeface=\"{FONT}\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:majorFont>\
<a:minorFont><a:latin typeface=\"{FONT}\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont></a:fontScheme>\
<a:fmtScheme name=\"Netwerkkaart\"><a:fillStyleLst>{solid}{solid}{solid}</a:fillStyleLst>\
<a:lnStyleLst>{}{}{}</a:lnStyleLst>\
<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>\
<a:bgFillStyleLst>{solid}{solid}{solid}</a:bgFillStyleLst></a:fmtScheme>\
</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>",
        line(6350),
        line(12700),
        line(19050)
    )
}

const GROUP: &str = "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>\
<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>";
const CLR_MAP: &str = "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>";

fn xfrm(x: i64, y: i64, w: i64, h: i64) -> String {
    format!("<a:xfrm><a:off x=\"{x}\" y=\"{y}\"/><a:ext cx=\"{w}\" cy=\"{h}\"/></a:xfrm>")
}

/// A placeholder shape without text (master, layout, notes master).
fn placeholder(id: u32, name: &str, ph: &str, (x, y, w, h): (i64, i64, i64, i64)) -> String {
    format!(
        "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{name}\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>\
<p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr>{}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr>\
<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=\"nl-NL\"/></a:p></p:txBody></p:sp>",
        xfrm(x, y, w, h)
    )
}

fn title_box() -> (i64, i64, i64, i64) {
    (MARGIN, TITLE_Y, SLIDE_W - 2 * MARGIN, TITLE_H)
}

fn slide_master() -> String {
    let level = |sz: u32, b: u8| {
        format!(
            "<a:lvl1pPr><a:defRPr sz=\"{sz}\" b=\"{b}\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>\
<a:latin typeface=\"+mj-lt\"/></a:defRPr></a:lvl1pPr>"
        )
    };
    format!(
        "{XML_HEAD}<p:sldMaster {NS}><p:cSld><p:bg><p:bgPr><a:solidFill><a:schemeClr val=\"bg1\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>\
<p:spTree>{GROUP}{}</p:spTree></p:cSld>{CLR_MAP}\
<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>\
<p:txStyles><p:titleStyle>{}</p:titleStyle><p:bodyStyle>{}</p:bodyStyle><p:otherStyle>{}</p:otherStyle></p:txStyles>\
</p:sldMaster>",
        placeholder(2, "Titel", "<p:ph type=\"title\"/>", title_box()),
        level(3200, 1),
        level(1800, 0),
        level(1800, 0)
    )
}

const MASTER_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout\" Target=\"../slideLayouts/slideLayout1.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme\" Target=\"../theme/theme1.xml\"/>\
</Relationships>";

fn slide_layout() -> String {
    format!(
        "{XML_HEAD}<p:sldLayout {NS} type=\"titleOnly\" preserve=\"1\"><p:cSld name=\"Titel en inhoud\">\
<p:spTree>{GROUP}{}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>",
        placeholder(2, "Titel", "<p:ph type=\"title\"/>", title_box())
    )
}

const LAYOUT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster\" Target=\"../slideMasters/slideMaster1.xml\"/>\
</Relationships>";

/// A box: x, y, width, height in EMU.
type Rect = (i64, i64, i64, i64);

/// The notes page: the slide's image on top, the notes below.
fn notes_boxes() -> (Rect, Rect) {
    let img_w = NOTES_W - 2 * 685_800;
    let img_h = img_w * SLIDE_H / SLIDE_W;
    (
        (685_800, 685_800, img_w, img_h),
        (
            685_800,
            685_800 + img_h + 300_000,
            img_w,
            NOTES_H - img_h - 1_800_000,
        ),
    )
}

fn notes_master() -> String {
    let (img, body) = notes_boxes();
    format!(
        "{XML_HEAD}<p:notesMaster {NS}><p:cSld><p:bg><p:bgPr><a:solidFill><a:schemeClr val=\"bg1\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>\
<p:spTree>{GROUP}{}{}</p:spTree></p:cSld>{CLR_MAP}\
<p:notesStyle><a:lvl1pPr><a:defRPr sz=\"1200\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill><a:latin typeface=\"+mn-lt\"/></a:defRPr></a:lvl1pPr></p:notesStyle>\
</p:notesMaster>",
        placeholder(
            2,
            "Dia-afbeelding",
            "<p:ph type=\"sldImg\" idx=\"2\"/>",
            img
        ),
        placeholder(3, "Notities", "<p:ph type=\"body\" idx=\"1\"/>", body),
    )
}

const NOTES_MASTER_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme\" Target=\"../theme/theme2.xml\"/>\
</Relationships>";

/// Paragraphs of plain runs, `sz` in hundredths of a point.
fn paragraphs(lines: &[String], sz: u32, bold: bool, ink: Rgba, space_after: u32) -> String {
    let mut s = String::new();
    for l in lines {
        let _ = write!(
            s,
            "<a:p><a:pPr><a:spcAft><a:spcPts val=\"{space_after}\"/></a:spcAft></a:pPr>\
<a:r><a:rPr lang=\"nl-NL\" sz=\"{sz}\" b=\"{}\" dirty=\"0\"><a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill>\
<a:latin typeface=\"{FONT}\"/></a:rPr><a:t>{}</a:t></a:r></a:p>",
            u8::from(bold),
            c(ink),
            xml_escape(l)
        );
    }
    if s.is_empty() {
        s.push_str("<a:p><a:endParaRPr lang=\"nl-NL\"/></a:p>");
    }
    s
}

/// The type size (hundredths of a point) for `lines` in a box `h` EMU high and `w` wide: 20 pt
/// when they fit, smaller (down to 11 pt) when there is more to say.
fn text_size(lines: &[String], w: i64, h: i64, largest: u32) -> u32 {
    let mut sz = largest;
    while sz > 1100 {
        // Average character advance of Verdana is about 0.58 em; a line 1.5 em with spacing.
        let em = i64::from(sz) * 127; // 1/100 pt in EMU
        let per_line = ((w as f64) / (em as f64 * 0.58)).max(1.0) as usize;
        let rows: usize = lines
            .iter()
            .map(|l| l.chars().count().div_ceil(per_line).max(1))
            .sum();
        if rows as i64 * em * 3 / 2 <= h {
            break;
        }
        sz -= 100;
    }
    sz
}

fn text_shape(id: u32, name: &str, b: (i64, i64, i64, i64), body: &str) -> String {
    format!(
        "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{name}\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>\
<p:spPr>{}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>\
<p:txBody><a:bodyPr wrap=\"square\" lIns=\"0\" rIns=\"0\" tIns=\"0\" bIns=\"0\" anchor=\"t\"><a:normAutofit/></a:bodyPr><a:lstStyle/>{body}</p:txBody></p:sp>",
        xfrm(b.0, b.1, b.2, b.3)
    )
}

/// One slide: the title, the text, the picture fitted below (or beside) it.
fn slide(page: &Rendered, lang: Lang) -> String {
    let content = &page.content;
    let full_w = SLIDE_W - 2 * MARGIN;
    let bottom = SLIDE_H - 300_000;
    let title_sz = if content.title_slide { 4000 } else { 3000 };
    let mut shapes = format!(
        "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Titel\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>\
<p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr><p:spPr>{}</p:spPr>\
<p:txBody><a:bodyPr wrap=\"square\" anchor=\"b\"><a:normAutofit/></a:bodyPr><a:lstStyle/>{}</p:txBody></p:sp>",
        xfrm(MARGIN, TITLE_Y, full_w, TITLE_H),
        paragraphs(
            std::slice::from_ref(&content.title),
            title_sz,
            true,
            style::SLIDE_INK,
            0
        )
    );
    let mut pic_top = BODY_Y;
    if !content.lines.is_empty() {
        // Text alone fills the slide; above a picture it takes what its lines need (≤ 40 %).
        let h = if page.png.is_some() {
            (content.lines.len() as i64 * LINE_H + 60_000).min((bottom - BODY_Y) * 2 / 5)
        } else {
            bottom - BODY_Y
        };
        let largest = if page.png.is_some() { 1600 } else { 2000 };
        let sz = text_size(&content.lines, full_w, h, largest);
        let body = paragraphs(&content.lines, sz, false, style::SLIDE_INK, 600);
        shapes.push_str(&text_shape(3, "Tekst", (MARGIN, BODY_Y, full_w, h), &body));
        pic_top = BODY_Y + h + 80_000;
    }
    if let Some((_, pw, ph)) = &page.png {
        let (bw, bh) = (full_w, bottom - pic_top);
        let scale = (bw as f64 / f64::from(*pw)).min(bh as f64 / f64::from(*ph));
        let (w, h) = (
            (f64::from(*pw) * scale) as i64,
            (f64::from(*ph) * scale) as i64,
        );
        let (x, y) = (MARGIN + (bw - w) / 2, pic_top + (bh - h) / 2);
        let _ = write!(
            shapes,
            "<p:pic><p:nvPicPr><p:cNvPr id=\"4\" name=\"Afbeelding\" descr=\"{}\"/><p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>\
<p:blipFill><a:blip r:embed=\"rId2\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>\
<p:spPr>{}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>",
            xml_escape(&td::PPTX_PICTURE_ALT.fill_in(lang, &[("title", &content.title)])),
            xfrm(x, y, w, h)
        );
    }
    format!(
        "{XML_HEAD}<p:sld {NS}><p:cSld><p:spTree>{GROUP}{shapes}</p:spTree></p:cSld>\
<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    )
}

fn slide_rels(n: usize, picture: bool) -> String {
    let image = if picture {
        format!("<Relationship Id=\"rId2\" Type=\"{REL}/image\" Target=\"../media/image{n}.png\"/>")
    } else {
        String::new()
    };
    format!(
        "{XML_HEAD}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"{REL}/slideLayout\" Target=\"../slideLayouts/slideLayout1.xml\"/>{image}\
<Relationship Id=\"rId3\" Type=\"{REL}/notesSlide\" Target=\"../notesSlides/notesSlide{n}.xml\"/>\
</Relationships>"
    )
}

/// The notes page of a slide: the full text.
fn notes(page: &Rendered) -> String {
    let (img, body) = notes_boxes();
    let text = if page.content.notes.is_empty() {
        &page.content.lines
    } else {
        &page.content.notes
    };
    format!(
        "{XML_HEAD}<p:notes {NS}><p:cSld><p:spTree>{GROUP}\
<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Dia-afbeelding\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr>\
<p:nvPr><p:ph type=\"sldImg\"/></p:nvPr></p:nvSpPr><p:spPr>{}</p:spPr></p:sp>\
<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notities\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>\
<p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr></p:nvSpPr><p:spPr>{}</p:spPr>\
<p:txBody><a:bodyPr><a:normAutofit/></a:bodyPr><a:lstStyle/>{}</p:txBody></p:sp>\
</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>",
        xfrm(img.0, img.1, img.2, img.3),
        xfrm(body.0, body.1, body.2, body.3),
        paragraphs(text, 1200, false, style::SLIDE_INK, 300)
    )
}

fn notes_rels(n: usize) -> String {
    format!(
        "{XML_HEAD}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"{REL}/notesMaster\" Target=\"../notesMasters/notesMaster1.xml\"/>\
<Relationship Id=\"rId2\" Type=\"{REL}/slide\" Target=\"../slides/slide{n}.xml\"/>\
</Relationships>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_shrinks_to_fit_and_stops_at_eleven_points() {
        let short = vec!["Kort".to_string()];
        assert_eq!(text_size(&short, 10_000_000, 4_000_000, 2000), 2000);
        let long = vec!["woord ".repeat(400)];
        assert_eq!(text_size(&long, 10_000_000, 1_000_000, 2000), 1100);
        let some = vec!["woord ".repeat(60); 6];
        let sz = text_size(&some, 11_000_000, 3_000_000, 2000);
        assert!((1100..2000).contains(&sz), "{sz}");
    }

    #[test]
    fn every_slide_part_is_well_formed_xml_with_its_picture_inside_the_slide() {
        let page = Rendered {
            content: PageContent {
                title: "Titel & <zo>".into(),
                lines: vec!["Eén regel".into(), "Twee".into()],
                notes: vec!["Alles".into()],
                picture: SlidePicture::None,
                title_slide: false,
            },
            png: Some((Vec::new(), 4000, 1000)),
        };
        let xml = slide(&page, Lang::Nl);
        let doc = roxml(&xml);
        let off = doc
            .descendants()
            .find(|n| n.has_tag_name("pic"))
            .and_then(|p| p.descendants().find(|n| n.has_tag_name("off")))
            .expect("a picture");
        let ext = off.next_sibling_element().expect("its size");
        let v = |n: roxmltree::Node, a: &str| n.attribute(a).unwrap().parse::<i64>().unwrap();
        assert!(v(off, "x") >= MARGIN && v(off, "x") + v(ext, "cx") <= SLIDE_W - MARGIN);
        assert!(v(off, "y") >= BODY_Y && v(off, "y") + v(ext, "cy") <= SLIDE_H);
        // Wide picture: it takes the full width, its height in proportion.
        assert_eq!(v(ext, "cx"), SLIDE_W - 2 * MARGIN);
        for part in [
            notes(&page),
            theme("t"),
            slide_master(),
            slide_layout(),
            notes_master(),
            presentation(3),
            presentation_rels(3),
        ] {
            roxml(&part);
        }
    }

    fn roxml(s: &str) -> roxmltree::Document<'_> {
        roxmltree::Document::parse(s).unwrap_or_else(|e| panic!("{e}\n{s}"))
    }
}
