#!/usr/bin/env python3
"""Reads a Netwerkkaart presentation (.pptx) back with python-pptx and checks it as PowerPoint
would: every slide has a title, the slides with a picture hold a PNG of real size, and every
slide has speaker notes. Prints one JSON object (slides, titles, pictures, notes lengths) and
exits 1 when a check fails, 3 when python-pptx is not installed (the caller may then skip).

Usage: check_pptx.py DECK.pptx [--slides N] [--title TEXT] [--notes-contain TEXT] [--absent TEXT]
"""

import argparse
import json
import sys

try:
    from pptx import Presentation
except ImportError:
    print("python-pptx is not installed (pip install python-pptx)", file=sys.stderr)
    sys.exit(3)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("deck")
    ap.add_argument("--slides", type=int)
    ap.add_argument("--title", action="append", default=[])
    ap.add_argument("--notes-contain", action="append", default=[])
    ap.add_argument("--absent", action="append", default=[], help="text on no slide and in no notes")
    args = ap.parse_args()

    prs = Presentation(args.deck)
    problems = []
    out = {
        "slides": len(prs.slides),
        "width": int(prs.slide_width),
        "height": int(prs.slide_height),
        "titles": [],
        "pictures": [],
        "notes": [],
    }
    all_notes = []
    all_text = []
    for k, slide in enumerate(prs.slides, start=1):
        title = slide.shapes.title
        text = title.text_frame.text if title is not None else ""
        if not text.strip():
            problems.append(f"slide {k}: no title")
        out["titles"].append(text)
        pics = [s for s in slide.shapes if s.shape_type == 13]  # MSO_SHAPE_TYPE.PICTURE
        for p in pics:
            w, h = p.image.size
            if w < 800 or h < 100:
                problems.append(f"slide {k}: picture only {w} x {h} px")
            if p.left < 0 or p.top < 0 or p.left + p.width > prs.slide_width or p.top + p.height > prs.slide_height:
                problems.append(f"slide {k}: picture outside the slide")
        for shape in slide.shapes:
            if shape.has_text_frame:
                all_text.append(shape.text_frame.text)
            if shape.shape_type == 13:
                all_text.append(shape._element.xpath("string(.//p:cNvPr/@descr)"))
        out["pictures"].append([list(p.image.size) for p in pics])
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        if not notes.strip():
            problems.append(f"slide {k}: no notes")
        out["notes"].append(len(notes))
        all_notes.append(notes)

    if args.slides is not None and out["slides"] != args.slides:
        problems.append(f"{out['slides']} slides, expected {args.slides}")
    for t in args.title:
        if t not in out["titles"]:
            problems.append(f"no slide titled {t!r}")
    joined = "\n".join(all_notes)
    for t in args.notes_contain:
        if t not in joined:
            problems.append(f"no notes contain {t!r}")
    everything = "\n".join(all_text) + "\n" + joined
    for t in args.absent:
        if t in everything:
            problems.append(f"{t!r} is in the presentation")
    out["problems"] = problems
    print(json.dumps(out, ensure_ascii=False))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
