"""PowerPoint export: the deck, legible from the back row (python-pptx, optional).

Slides come from ``build_deck`` with ``PPTX_FIT`` (70 columns x 15 rows of 24 pt text; see
``pptxlayout``): long slides continue as "(Forts.)", each slide once, in the deck's order. The
first slide is a cover (event title, forum, dates; Ziel and Ablauf side by side when they fit
there, else the deck's title slides follow it). Each slide carries the event line and
"Workshop: NAME" (18 pt), its heading in the title placeholder, the blocks as 24 pt paragraphs of
the body placeholder and the counter "n / total" (18 pt).

The Aktionsplan (a room's and the forum's) is a table when every part of it fits the body at
24, 20 or 18 pt (the largest that fits, the same on every part) and no Aktion is cut over parts;
otherwise, say a 5,000-character Aufgabe or a 600-character Start, it is shown as the deck's
plan blocks (one per Aktion: Start, Akteure, Sponsoren at 24 pt), which the paging continues
over slides like any text.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime
from itertools import groupby
from typing import Any

from faktor4_tui.deck import Fit, Slide, build_deck
from faktor4_tui.deck.builder import title_slide
from faktor4_tui.deck.measure import count_rows, wrap_rows
from faktor4_tui.deck.paging import shortened
from faktor4_tui.deck.slides import Block, Line
from faktor4_tui.deck.text import block_title, counter, line_label, line_suffix, slide_heading, workshop_line
from faktor4_tui.export.errors import MissingDependency
from faktor4_tui.export.pptxlayout import (
    BODY_SIZE,
    BODY_TOP,
    CONTENT_W,
    COUNTER_Y,
    HEADER_CELLS,
    HEADER_H,
    HEADER_PITCH,
    HEADER_SIZE,
    HEADER_Y,
    ITEM_EMU,
    MARGIN_X,
    PPTX_FIT,
    ROW,
    SLIDE_H,
    SLIDE_W,
    cells,
    row_top,
    rows_box,
)
from faktor4_tui.export.pptxnotes import cut_lines, same_slide, shortened_titles
from faktor4_tui.export.pptxplan import PLAN_KINDS, Table, packed, plan_table, table_xml
from faktor4_tui.export.pptxxml import (
    ACCENT,
    EMU_PER_IN,
    EMU_PER_PT,
    GREY,
    INSET_Y,
    NS,
    WARN,
    lang_tag,
    paragraph,
    run,
    text_shape,
)
from faktor4_tui.i18n import t
from faktor4_tui.model import Document

__all__ = ["PPTX_FIT", "pptx_slides", "render_pptx"]

TITLE_SIZE = 28  # a heading that fits one row at this size; longer ones stay at BODY_SIZE


def _cover_slide(document: Document, workshop_id: int | None) -> Slide:
    slide = title_slide(document)
    only = document.workshop(workshop_id) if workshop_id is not None else None
    return replace(slide, workshop=only.name) if only is not None else slide


def pptx_slides(document: Document, workshop_id: int | None = None) -> list[Slide]:
    """The slides the PowerPoint file gets: the deck fitted to ``PPTX_FIT``, the title as a cover,
    the parts of an Aktionsplan shown as a table merged while the table fits a slide."""
    fitted = build_deck(document, workshop_id, fit=PPTX_FIT)
    titles = [slide for slide in fitted if slide.kind == "title"]
    rest = fitted[len(titles) :]
    cover = _cover_slide(document, workshop_id)
    rest = [
        part
        for _, group in groupby(rest, key=lambda slide: (same_slide(slide.key), slide.kind))
        for part in packed(list(group), PPTX_FIT)
    ]
    if _cover(cover)[1]:  # Ziel and Ablauf fit beside each other under the title
        return [titles[0] if len(titles) == 1 else cover, *rest]
    return [replace(cover, blocks=(), key=replace(cover.key, kind="cover")), *titles, *rest]


def _cover(slide: Slide) -> tuple[list[str], bool, list[str]]:
    """The cover's shapes, whether its blocks (Ziel, Ablauf) fit beside each other on it, and the
    whole texts of what it shortens (the title to two rows, forum, dates and workshop to one)."""
    shapes: list[str] = []
    y = round((0.5 if slide.blocks else 2.0) * EMU_PER_IN)
    pieces: list[tuple[str, int, int, int, dict[str, Any], str]] = [
        (slide.title, 40, 48, 2, {"bold": True, "color": ACCENT}, "ctrTitle"),
        (slide.forum, 28, 34, 1, {}, "subTitle"),
        (slide.dates, BODY_SIZE, ROW, 1, {"color": GREY}, ""),
        (workshop_line(slide), BODY_SIZE, ROW, 1, {"bold": True}, ""),
    ]
    notes = []
    for index, (whole, size, pitch, most, style, ph) in enumerate(pieces):
        text = shortened(whole, cells(CONTENT_W, size), most)
        if text != whole:
            notes.append(whole)
        if text:
            rows = count_rows(text, cells(CONTENT_W, size))
            box = rows_box(y, rows, pitch=pitch)
            shapes.append(
                text_shape(2 + index, box, [paragraph([run(text, size, **style)], pitch=pitch, align="ctr")], ph)
            )
            y += box[3]
    y += EMU_PER_IN // 4
    width = (CONTENT_W - EMU_PER_IN // 3) // 2
    room = (COUNTER_Y - y - 2 * INSET_Y) // (ROW * EMU_PER_PT)
    fits = True
    for index, block in enumerate(slide.blocks[:2]):
        paragraphs = _block_paragraphs(block, gap=0, before=0)
        rows = wrap_rows(block.question, cells(width, BODY_SIZE)) + 1
        rows += sum(count_rows(_line_text(line), cells(width, BODY_SIZE, ITEM_EMU)) for line in block.lines)
        fits = fits and rows <= room
        left = MARGIN_X + index * (width + EMU_PER_IN // 3)
        shapes.append(text_shape(6 + index, rows_box(y, max(1, room), left=left, width=width), paragraphs))
    return shapes, fits and len(slide.blocks) <= 2, notes


def _line_text(line: Line) -> str:
    return f"{line_label(line)}{line.text}{line_suffix(line)}"


def _line_paragraph(line: Line, before: int) -> str:
    color = ACCENT if line.highlight else None
    if line.kind == "empty":
        runs = [run(line.text, BODY_SIZE, italic=True, color=GREY)]
    else:
        runs = [run(line_label(line), BODY_SIZE, bold=True, color=color)] if line.label else []
        runs.append(
            run(
                line.text,
                BODY_SIZE,
                bold=line.highlight or line.kind == "heading",
                italic=line.kind == "note",
                color=color,
            )
        )
        if line.votes:
            runs.append(run(line_suffix(line), BODY_SIZE, color=color or GREY))
    bullet = "" if line.kind in ("empty", "heading") else ("▶" if line.highlight else "•")
    return paragraph(runs, pitch=ROW, before=before, indent=ITEM_EMU, bullet=bullet)


def _block_paragraphs(block: Block, gap: int, before: int, with_question: bool = True) -> list[str]:
    """A block as the deck lays it out: its question, a blank row, its lines ``gap`` rows apart."""
    out = []
    if block.question and with_question:
        out.append(paragraph([run(block_title(block), BODY_SIZE, bold=True)], pitch=ROW, before=before))
        before = ROW
    for index, line in enumerate(block.lines):
        out.append(_line_paragraph(line, before if index == 0 else gap * ROW))
    return out


def _content(slide: Slide, fit: Fit, table: Table | None) -> list[str]:
    """Title (heading, else the first question), body paragraphs or the plan table, in the deck's rows."""
    heading = slide_heading(slide)
    if table and slide.continued and heading == slide.heading:
        heading = f"{heading} {t('continued')}"
    blocks = slide.blocks
    in_title = not heading and bool(blocks) and bool(blocks[0].question)
    title = block_title(blocks[0]) if in_title else heading
    shapes, used = [], 0
    if title:
        used = wrap_rows(title, fit.width)
        big = used == 1 and count_rows(title, cells(CONTENT_W, TITLE_SIZE)) == 1
        style = [run(title, TITLE_SIZE if big else BODY_SIZE, bold=True, color=ACCENT)]
        shapes.append(text_shape(2, rows_box(BODY_TOP, used), [paragraph(style, pitch=ROW)], "title"))
        used += 1
    paragraphs, before = [], 0
    if slide.warning:
        paragraphs.append(paragraph([run(slide.warning, BODY_SIZE, italic=True, color=WARN)], pitch=ROW))
        before = ROW
    gap = 0 if slide.compact else fit.gap
    if table:  # the plan as a table under the warning
        if paragraphs:
            rows = wrap_rows(slide.warning, fit.width)
            shapes.append(text_shape(3, rows_box(row_top(used), rows), paragraphs, "body"))
            used += rows + 1
        shapes.append(table_xml(slide, table, row_top(used) + INSET_Y))
        return shapes
    for index, block in enumerate(blocks):
        first = index == 0 and in_title
        paragraphs += _block_paragraphs(block, gap, 0 if first else (ROW if index else before), not first)
    if paragraphs:
        shapes.append(text_shape(3, rows_box(row_top(used), fit.height - used), paragraphs, "body"))
    return shapes


def _chrome(slide: Slide, number: int, total: int, cover: bool) -> tuple[list[str], list[str]]:
    """Event line, workshop line and counter (18 pt); the whole texts of the lines shortened."""
    shapes, notes = [], []
    lines = [] if cover else [" · ".join(x for x in (slide.title, slide.forum, slide.dates) if x), workshop_line(slide)]
    for index, text in enumerate(lines):
        if text:
            short = shortened(text, HEADER_CELLS, 1)
            if short != text:
                notes.append(text)
            style = {"bold": True} if index else {"color": GREY}
            box = rows_box(HEADER_Y + index * HEADER_H, 1, pitch=HEADER_PITCH)
            shapes.append(
                text_shape(10 + index, box, [paragraph([run(short, HEADER_SIZE, **style)], pitch=HEADER_PITCH)])
            )
    width = 2 * EMU_PER_IN
    box = (SLIDE_W - MARGIN_X - width, COUNTER_Y, width, HEADER_H)
    number_text = counter(number, total)
    shapes.append(
        text_shape(12, box, [paragraph([run(number_text, HEADER_SIZE, color=GREY)], pitch=HEADER_PITCH, align="r")])
    )
    return shapes, notes


def _retag(element: Any) -> None:
    """Every ``lang`` under ``element`` set to the export's language."""
    for node in element.iter():
        if "lang" in node.attrib:
            node.set("lang", lang_tag())


def _property(text: str) -> str:
    """A core property (at most 255 characters there: a longer one is shortened with "…")."""
    return text if len(text) <= 255 else text[:254] + "…"


class _Writer:
    """Writes slides as DrawingML shapes (editable text), one XML fragment per slide for speed."""

    def __init__(self, document: Document) -> None:
        try:
            from pptx import Presentation
            from pptx.oxml import parse_xml
        except ImportError:
            raise MissingDependency("python-pptx is not installed") from None
        self.parse_xml = parse_xml
        self.prs = Presentation()
        self._widescreen()
        self._properties(document)
        self.count = 0
        self.notes_count = 0

    def _widescreen(self) -> None:
        """16:9, with the master's and layouts' shapes stretched to it (a slide added later is
        centred) and their text tagged with the export's language."""
        size = self.prs.part._element.sldSz
        factor = SLIDE_W / size.cx
        size.cx, size.cy = SLIDE_W, SLIDE_H
        size.attrib.pop("type", None)
        master = self.prs.slide_master
        for element in [master._element, *(layout._element for layout in master.slide_layouts)]:
            for tag, attribute in (("off", "x"), ("ext", "cx")):
                for node in element.iter(f"{{http://schemas.openxmlformats.org/drawingml/2006/main}}{tag}"):
                    node.set(attribute, str(round(int(node.get(attribute, "0")) * factor)))
        for element in [self.prs.part._element, master._element, *(layout._element for layout in master.slide_layouts)]:
            _retag(element)

    def _properties(self, document: Document) -> None:
        properties = self.prs.core_properties
        now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
        properties.title = _property(document.event.title)
        properties.author = properties.last_modified_by = _property(document.event.forum)
        properties.created = properties.modified = now
        properties.revision = 1
        properties.language = lang_tag()

    def _add_slide(self, layout_index: int, shapes: list[str]) -> Any:
        """Add a slide holding ``shapes``; skips python-pptx's per-slide scan of all slides."""
        layout = self.prs.slide_layouts[layout_index]
        self.count += 1
        try:
            from pptx.opc.constants import RELATIONSHIP_TYPE as RT
            from pptx.opc.packuri import PackURI
            from pptx.parts.slide import SlidePart

            part = self.prs.part
            add_relationship, add_id = part.rels._add_relationship, self.prs.slides._sldIdLst._add_sldId
            # Numbered by our own count: python-pptx's _next_slide_partname counts the slide
            # list on every call, which made the export quadratic in its slides.
            partname = PackURI(f"/ppt/slides/slide{self.count}.xml")
            slide_part = SlidePart.new(partname, part.package, layout.part)
            add_id(id=255 + self.count, rId=add_relationship(RT.SLIDE, slide_part))
            slide = slide_part.slide
        except (ImportError, AttributeError):  # a python-pptx without these internals: the slow way
            slide = self.prs.slides.add_slide(layout)
            for placeholder in list(slide.placeholders):
                placeholder._element.getparent().remove(placeholder._element)
        tree = slide.shapes._spTree
        for shape in self.parse_xml(f"<p:spTree {NS}>{''.join(shapes)}</p:spTree>"):
            tree.append(shape)
        return slide

    def _notes(self, slide: Any, texts: list[str]) -> None:
        """Speaker notes holding ``texts`` (a new notes part numbered by our own count, as slides are)."""
        self.notes_count += 1
        try:
            from pptx.opc.constants import CONTENT_TYPE as CT
            from pptx.opc.constants import RELATIONSHIP_TYPE as RT
            from pptx.opc.packuri import PackURI
            from pptx.oxml.slide import CT_NotesSlide
            from pptx.parts.slide import NotesSlidePart

            package, slide_part = slide.part.package, slide.part
            master_part = package.presentation_part.notes_master_part
            if self.notes_count == 1:  # the notes master python-pptx brings says en-US
                _retag(master_part._element)
            partname = PackURI(f"/ppt/notesSlides/notesSlide{self.notes_count}.xml")
            notes_part = NotesSlidePart(partname, CT.PML_NOTES_SLIDE, package, CT_NotesSlide.new())
            notes_part.relate_to(master_part, RT.NOTES_MASTER)
            notes_part.relate_to(slide_part, RT.SLIDE)
            notes_part.notes_slide.clone_master_placeholders(master_part.notes_master)
            slide_part.relate_to(notes_part, RT.NOTES_SLIDE)
            notes = notes_part.notes_slide
        except (ImportError, AttributeError):
            notes = slide.notes_slide
        body = notes.notes_text_frame._txBody
        for old in body.findall("{http://schemas.openxmlformats.org/drawingml/2006/main}p"):
            body.remove(old)
        heading = t("export.pptx.notes")
        for text in [heading, *texts]:
            body.append(self.parse_xml(f"<a:p {NS}>{run(text, 12, bold=text is heading)}</a:p>"))

    def render(self, slides: list[Slide], whole: dict[Any, Slide]) -> bytes:
        """All slides, with header, counter and notes, as .pptx bytes."""
        number = 0
        for _, group in groupby(slides, key=lambda slide: (same_slide(slide.key), slide.kind)):
            parts = list(group)
            table = plan_table(parts, PPTX_FIT) if parts[0].kind in PLAN_KINDS else None
            for part, cut in zip(parts, cut_lines(parts), strict=True):
                number += 1
                cover = number == 1
                chrome, notes = _chrome(part, number, len(slides), cover)
                if cover:
                    shapes, _, notes = _cover(part)
                else:
                    shapes = _content(part, PPTX_FIT, table)
                slide = self._add_slide(0 if cover else 1, shapes + chrome)
                notes += shortened_titles(part, whole.get(same_slide(part.key))) + cut
                if notes:
                    self._notes(slide, list(dict.fromkeys(notes)))
        out = io.BytesIO()
        self.prs.save(out)
        return out.getvalue()


def render_pptx(document: Document, workshop_id: int | None = None) -> bytes:
    """The deck as a .pptx file; raises MissingDependency without python-pptx."""
    writer = _Writer(document)
    whole = {slide.key: slide for slide in build_deck(document, workshop_id, fit=None)}
    return writer.render(pptx_slides(document, workshop_id), whole)
