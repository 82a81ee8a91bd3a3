"""PowerPoint export: one 16:9 slide per deck slide, all text editable (python-pptx, optional).

Slides come from ``build_deck`` with ``PPTX_FIT`` (long slides continue as "(Forts.)"),
then the appendix of Aufgaben outside the plan. Each slide carries the event header,
"Workshop: NAME", its title (heading or question) in the title placeholder, the content
as paragraphs of the body placeholder (questions without bullet, items as bullets with
the label in bold) and the counter "n / total".
"""

from __future__ import annotations

import io
import re
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from faktor4_tui.deck import Block, Fit, Slide, build_deck
from faktor4_tui.deck.appendix import appendix_slides
from faktor4_tui.export import MissingDependency
from faktor4_tui.i18n import t
from faktor4_tui.model import Document

# The body area (about 12.3 x 4.9 in at 16 pt) in the deck's rows and columns.
PPTX_FIT = Fit(width=110, height=30)
WIDE = (12192000, 6858000)  # 13.333 x 7.5 in, 16:9
GREY = (0x59, 0x59, 0x59)
ACCENT = (0x1F, 0x6F, 0x3F)


def pptx_slides(document: Document, workshop_id: int | None = None) -> list[Slide]:
    """The slides the PowerPoint file gets: the fitted deck plus each workshop's appendix."""
    # The title slide shows Ziel and Ablauf side by side, so it is never split.
    slides: list[Slide] = build_deck(document, workshop_id, fit=None)[:1]
    for slide in build_deck(document, workshop_id, fit=PPTX_FIT):
        if slide.kind == "title":
            continue
        slides.append(slide)
        if slide.kind == "plan":
            workshop = document.workshop(slide.key.workshop_id or 0)
            if workshop is not None:
                slides.extend(appendix_slides(document, workshop, PPTX_FIT))
    return slides


_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _run_xml(text: str, size: int, bold: bool = False, italic: bool = False,
             color: tuple[int, int, int] | None = None) -> str:
    fill = f'<a:solidFill><a:srgbClr val="{"%02X%02X%02X" % color}"/></a:solidFill>' if color else ""
    return (
        f'<a:r><a:rPr lang="de-DE" sz="{size * 100}" b="{int(bold)}" i="{int(italic)}" dirty="0">{fill}</a:rPr>'
        f"<a:t>{xml_escape(_XML_UNSAFE.sub('', text))}</a:t></a:r>"
    )


def _paragraph_xml(runs: list[str], bullet: bool | str = True, space: int = 3, align: str = "") -> str:
    """A paragraph; ``bullet`` True inherits the placeholder's bullet, "char" draws one (text boxes)."""
    attrs = f' algn="{align}"' if align else ""
    mark = "" if bullet is True else "<a:buNone/>"
    if bullet == "char":
        attrs += ' marL="228600" indent="-228600"'
        mark = '<a:buFont typeface="Arial"/><a:buChar char="•"/>'
    return (
        f'<a:p><a:pPr{attrs}><a:spcBef><a:spcPts val="{space * 100}"/></a:spcBef>'
        f'{mark}</a:pPr>{"".join(runs)}</a:p>'
    )


def block_xml(block: Block, size: int = 16, with_question: bool = True, bullet: bool | str = True) -> list[str]:
    """DrawingML paragraphs for a block: the question (no bullet), then one bullet per line."""
    out = []
    if with_question:
        out.append(_paragraph_xml([_run_xml(block.question, size + 4, bold=True)], bullet=False, space=8))
    for line in block.lines:
        if line.kind == "empty":
            out.append(_paragraph_xml([_run_xml(line.text, size, italic=True, color=GREY)], bullet=False))
            continue
        color = ACCENT if line.highlight else None
        runs = []
        if line.label:
            label = line.label + (f" ({t('export.votes', n=line.votes)})" if line.votes else "")
            runs.append(_run_xml(label + ": ", size, bold=True, color=color))
        runs.append(_run_xml(line.text, size, bold=line.highlight, italic=line.kind == "note", color=color))
        out.append(_paragraph_xml(runs, bullet))
    return out


class _Writer:
    def __init__(self) -> None:
        try:
            from pptx import Presentation
            from pptx.enum.text import MSO_AUTO_SIZE
            from pptx.oxml import parse_xml
            from pptx.util import Emu, Inches, Pt
        except ImportError:
            raise MissingDependency("python-pptx is not installed") from None
        self.Inches, self.Pt, self.parse_xml = Inches, Pt, parse_xml
        self.autosize = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
        self.prs = Presentation()
        self.prs.slide_width, self.prs.slide_height = Emu(WIDE[0]), Emu(WIDE[1])
        self.count = 0

    def _add_slide(self, layout_index: int) -> Any:
        """Add a slide; avoids python-pptx's per-slide scan of all slides (quadratic for big decks)."""
        layout = self.prs.slide_layouts[layout_index]
        self.count += 1
        try:
            from pptx.opc.constants import RELATIONSHIP_TYPE as RT
            from pptx.parts.slide import SlidePart

            part = self.prs.part
            rels, id_list = part.rels, self.prs.slides._sldIdLst
            add_relationship, add_id = rels._add_relationship, id_list._add_sldId
        except (ImportError, AttributeError):  # a python-pptx without these internals: the slow way
            return self.prs.slides.add_slide(layout)
        slide_part = SlidePart.new(part._next_slide_partname, part.package, layout.part)
        rid = add_relationship(RT.SLIDE, slide_part)
        slide = slide_part.slide
        slide.shapes.clone_layout_placeholders(layout)
        add_id(id=255 + self.count, rId=rid)
        return slide

    def _place(self, shape: Any, left: float, top: float, width: float, height: float) -> Any:
        shape.left, shape.top = self.Inches(left), self.Inches(top)
        shape.width, shape.height = self.Inches(width), self.Inches(height)
        frame = shape.text_frame
        frame.word_wrap = True
        frame.auto_size = self.autosize
        return frame

    def _fill(self, frame: Any, paragraphs: list[str]) -> None:
        """Replace a text frame's paragraphs with the given DrawingML paragraphs."""
        body = frame._txBody
        for old in body.findall(f"{{{_NS_A}}}p"):
            body.remove(old)
        holder = self.parse_xml(f'<a:txBody xmlns:a="{_NS_A}">{"".join(paragraphs)}</a:txBody>')
        for paragraph in list(holder):
            body.append(paragraph)

    def _textbox(self, slide: Any, box: tuple[float, float, float, float], paragraphs: list[str]) -> None:
        frame = self._place(slide.shapes.add_textbox(0, 0, 0, 0), *box)
        self._fill(frame, paragraphs)

    # --- slides ------------------------------------------------------------------

    def _chrome(self, slide: Any, deck_slide: Slide, number: int, total: int) -> None:
        header = " · ".join(x for x in (deck_slide.title, deck_slide.forum, deck_slide.dates) if x)
        self._textbox(slide, (0.5, 0.2, 12.3, 0.4), [_paragraph_xml([_run_xml(header, 12, color=GREY)], False, 0)])
        if deck_slide.workshop:
            name = t("workshop.label", name=deck_slide.workshop)
            self._textbox(slide, (0.5, 0.55, 12.3, 0.4), [_paragraph_xml([_run_xml(name, 14, bold=True)], False, 0)])
        counter = t("export.counter", n=number, total=total)
        self._textbox(slide, (11.3, 7.0, 1.6, 0.35),
                      [_paragraph_xml([_run_xml(counter, 12, color=GREY)], False, 0, align="r")])

    def title_slide(self, deck_slide: Slide) -> Any:
        """Event title, forum and dates; Ziel and Ablauf side by side."""
        slide = self._add_slide(0)
        frame = self._place(slide.shapes.title, 0.5, 0.5, 12.3, 1.3)
        self._fill(frame, [_paragraph_xml([_run_xml(deck_slide.title, 36, bold=True)], False, 0)])
        frame = self._place(slide.placeholders[1], 0.5, 1.8, 12.3, 1.0)
        self._fill(frame, [
            _paragraph_xml([_run_xml(deck_slide.forum, 22)], False, 0),
            _paragraph_xml([_run_xml(deck_slide.dates, 16, color=GREY)], False, 0),
        ])
        for index, block in enumerate(deck_slide.blocks[:2]):
            self._textbox(slide, (0.5 + 6.25 * index, 3.0, 6.0, 3.8), block_xml(block, size=14, bullet="char"))
        return slide

    def content_slide(self, deck_slide: Slide) -> Any:
        """Title (heading or question) and body paragraphs; the plan as a table."""
        slide = self._add_slide(1)
        title = deck_slide.heading or deck_slide.blocks[0].question
        if deck_slide.continued:
            title = f"{title} {t('continued')}"
        frame = self._place(slide.shapes.title, 0.5, 0.95, 12.3, 1.0)
        self._fill(frame, [_paragraph_xml([_run_xml(title, 24 if deck_slide.heading else 28, bold=True)], False, 0)])
        body = slide.placeholders[1]
        if deck_slide.kind == "plan":
            body._element.getparent().remove(body._element)
            self._table(slide, deck_slide)
            return slide
        frame = self._place(body, 0.5, 2.0, 12.3, 4.9)
        paragraphs = []
        for block in deck_slide.blocks:
            # The problems slide's question is already its title.
            paragraphs += block_xml(block, with_question=deck_slide.kind != "problems")
        self._fill(frame, paragraphs)
        return slide

    def _table(self, slide: Any, deck_slide: Slide) -> None:
        rows = deck_slide.table if len(deck_slide.table) > 1 else (*deck_slide.table, ("", t("empty"), "", "", ""))
        widths = (1.0, 3.3, 2.3, 3.5, 2.2)
        shape = slide.shapes.add_table(len(rows), len(rows[0]), self.Inches(0.5), self.Inches(2.0),
                                       self.Inches(sum(widths)), self.Inches(0.4 * len(rows)))
        table = shape.table
        for column, width in enumerate(widths):
            table.columns[column].width = self.Inches(width)
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                self._fill(table.cell(r, c).text_frame, [_paragraph_xml([_run_xml(text, 12, bold=r == 0)], False, 0)])
        if deck_slide.warning:
            run = _run_xml(deck_slide.warning, 12, italic=True, color=(0xA0, 0x20, 0x20))
            self._textbox(slide, (0.5, 6.5, 12.3, 0.4), [_paragraph_xml([run], False, 0)])

    def render(self, slides: list[Slide]) -> bytes:
        """All slides, with header and counter, as .pptx bytes."""
        for number, deck_slide in enumerate(slides, start=1):
            if deck_slide.kind == "title":
                slide = self.title_slide(deck_slide)
            else:
                slide = self.content_slide(deck_slide)
            self._chrome(slide, deck_slide, number, len(slides))
        out = io.BytesIO()
        self.prs.save(out)
        return out.getvalue()


def render_pptx(document: Document, workshop_id: int | None = None) -> bytes:
    """The deck as a .pptx file; raises MissingDependency without python-pptx."""
    return _Writer().render(pptx_slides(document, workshop_id))
