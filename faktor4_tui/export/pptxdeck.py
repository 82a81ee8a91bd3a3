"""PowerPoint export: one 16:9 slide per deck slide, all text editable (python-pptx, optional).

Slides come from ``build_deck`` with ``PPTX_FIT`` (long slides continue as "(Forts.)"):
the same slides as the presentation, in the same order, none added. Each slide carries the event header,
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
from faktor4_tui.export.errors import MissingDependency
from faktor4_tui.i18n import t
from faktor4_tui.model import Document

# The body area (about 12.3 x 4.9 in at 16 pt) in the deck's rows and columns.
PPTX_FIT = Fit(width=110, height=30)
WIDE = (12192000, 6858000)  # 13.333 x 7.5 in, 16:9
GREY = (0x59, 0x59, 0x59)
ACCENT = (0x1F, 0x6F, 0x3F)


def pptx_slides(document: Document, workshop_id: int | None = None) -> list[Slide]:
    """The slides the PowerPoint file gets: the deck fitted to ``PPTX_FIT``."""
    # The title slide shows Ziel and Ablauf side by side, so it is never split.
    title: list[Slide] = build_deck(document, workshop_id, fit=None)[:1]
    return title + [slide for slide in build_deck(document, workshop_id, fit=PPTX_FIT) if slide.kind != "title"]


_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _run_xml(
    text: str, size: int, bold: bool = False, italic: bool = False, color: tuple[int, int, int] | None = None
) -> str:
    fill = ""
    if color:
        rgb = "".join(f"{part:02X}" for part in color)
        fill = f'<a:solidFill><a:srgbClr val="{rgb}"/></a:solidFill>'
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
    return f'<a:p><a:pPr{attrs}><a:spcBef><a:spcPts val="{space * 100}"/></a:spcBef>{mark}</a:pPr>{"".join(runs)}</a:p>'


def block_xml(block: Block, size: int = 16, with_question: bool = True, bullet: bool | str = True) -> list[str]:
    """DrawingML paragraphs for a block: the question (no bullet), then one bullet per line."""
    out = []
    if with_question and block.question:
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


_NS = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
)
EMU = 914400  # per inch
_PLACEHOLDERS = {
    "title": '<p:ph type="title"/>',
    "body": '<p:ph idx="1"/>',
    "ctrTitle": '<p:ph type="ctrTitle"/>',
    "subTitle": '<p:ph type="subTitle" idx="1"/>',
}


def _shape_xml(shape_id: int, box: tuple[float, float, float, float], paragraphs: list[str], ph: str = "") -> str:
    """A text shape: a layout placeholder (``ph`` key) or a plain text box; shrinks text to fit."""
    x, y, cx, cy = (round(v * EMU) for v in box)
    if ph:
        name = f"{ph} {shape_id}"
        nv = f'<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>{_PLACEHOLDERS[ph]}</p:nvPr>'
        geometry = ""
    else:
        name, nv = f"TextBox {shape_id}", '<p:cNvSpPr txBox="1"/><p:nvPr/>'
        geometry = '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>'
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{name}"/>{nv}</p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>{geometry}</p:spPr>'
        f'<p:txBody><a:bodyPr wrap="square"><a:normAutofit/></a:bodyPr><a:lstStyle/>'
        f"{''.join(paragraphs) or '<a:p/>'}</p:txBody></p:sp>"
    )


def _line(
    text: str,
    size: int,
    bold: bool = False,
    italic: bool = False,
    color: tuple[int, int, int] | None = None,
    align: str = "",
) -> list[str]:
    return [_paragraph_xml([_run_xml(text, size, bold, italic, color)], False, 0, align)]


class _Writer:
    """Writes slides as DrawingML shapes (editable text), one XML fragment per slide for speed."""

    def __init__(self) -> None:
        try:
            from pptx import Presentation
            from pptx.oxml import parse_xml
            from pptx.util import Emu, Inches
        except ImportError:
            raise MissingDependency("python-pptx is not installed") from None
        self.Inches, self.parse_xml = Inches, parse_xml
        self.prs = Presentation()
        self.prs.slide_width, self.prs.slide_height = Emu(WIDE[0]), Emu(WIDE[1])
        self.count = 0

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
        for shape in self.parse_xml(f"<p:spTree {_NS}>{''.join(shapes)}</p:spTree>"):
            tree.append(shape)
        return slide

    def _chrome(self, deck_slide: Slide, number: int, total: int) -> list[str]:
        header = " · ".join(x for x in (deck_slide.title, deck_slide.forum, deck_slide.dates) if x)
        shapes = [_shape_xml(10, (0.5, 0.2, 12.3, 0.4), _line(header, 12, color=GREY))]
        if deck_slide.workshop:
            name = t("workshop.label", name=deck_slide.workshop)
            shapes.append(_shape_xml(11, (0.5, 0.55, 12.3, 0.4), _line(name, 14, bold=True)))
        counter = t("export.counter", n=number, total=total)
        shapes.append(_shape_xml(12, (11.3, 7.0, 1.6, 0.35), _line(counter, 12, color=GREY, align="r")))
        return shapes

    def title_slide(self, deck_slide: Slide, chrome: list[str]) -> Any:
        """Event title, forum and dates; Ziel and Ablauf side by side."""
        shapes = [
            _shape_xml(2, (0.5, 0.5, 12.3, 1.3), _line(deck_slide.title, 36, bold=True, align="ctr"), "ctrTitle"),
            _shape_xml(
                3,
                (0.5, 1.8, 12.3, 1.0),
                _line(deck_slide.forum, 22, align="ctr") + _line(deck_slide.dates, 16, color=GREY, align="ctr"),
                "subTitle",
            ),
        ]
        for index, block in enumerate(deck_slide.blocks[:2]):
            box = (0.5 + 6.25 * index, 3.0, 6.0, 3.8)
            shapes.append(_shape_xml(4 + index, box, block_xml(block, 14, bullet="char")))
        return self._add_slide(0, shapes + chrome)

    def content_slide(self, deck_slide: Slide, chrome: list[str]) -> Any:
        """Title (heading or question) and body paragraphs; the plan as a table."""
        title = deck_slide.heading or deck_slide.blocks[0].question
        if deck_slide.continued:
            title = f"{title} {t('continued')}"
        size = 24 if deck_slide.heading else 28
        shapes = [_shape_xml(2, (0.5, 0.95, 12.3, 1.0), _line(title, size, bold=True, align="ctr"), "title")]
        if deck_slide.kind != "plan":
            paragraphs = []
            for block in deck_slide.blocks:
                # The problems slide's question is already its title.
                paragraphs += block_xml(block, with_question=deck_slide.kind != "problems")
            shapes.append(_shape_xml(3, (0.5, 2.0, 12.3, 4.9), paragraphs, "body"))
        elif deck_slide.warning:
            warning = _line(deck_slide.warning, 12, italic=True, color=(0xA0, 0x20, 0x20))
            shapes.append(_shape_xml(4, (0.5, 6.5, 12.3, 0.4), warning))
        slide = self._add_slide(1, shapes + chrome)
        if deck_slide.kind == "plan":
            self._table(slide, deck_slide)
        return slide

    def _table(self, slide: Any, deck_slide: Slide) -> None:
        rows = deck_slide.table if len(deck_slide.table) > 1 else (*deck_slide.table, ("", t("empty"), "", "", ""))
        widths = (1.0, 3.3, 2.3, 3.5, 2.2)
        shape = slide.shapes.add_table(
            len(rows),
            len(rows[0]),
            self.Inches(0.5),
            self.Inches(2.0),
            self.Inches(sum(widths)),
            self.Inches(0.4 * len(rows)),
        )
        table = shape.table
        for column, width in enumerate(widths):
            table.columns[column].width = self.Inches(width)
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                body = table.cell(r, c).text_frame._txBody
                for old in body.findall(f"{{{_NS_A}}}p"):
                    body.remove(old)
                body.append(self.parse_xml(f"<a:p {_NS}>{_run_xml(text, 12, bold=r == 0)}</a:p>"))

    def render(self, slides: list[Slide]) -> bytes:
        """All slides, with header and counter, as .pptx bytes."""
        for number, deck_slide in enumerate(slides, start=1):
            chrome = self._chrome(deck_slide, number, len(slides))
            if deck_slide.kind == "title":
                self.title_slide(deck_slide, chrome)
            else:
                self.content_slide(deck_slide, chrome)
        out = io.BytesIO()
        self.prs.save(out)
        return out.getvalue()


def render_pptx(document: Document, workshop_id: int | None = None) -> bytes:
    """The deck as a .pptx file; raises MissingDependency without python-pptx."""
    return _Writer().render(pptx_slides(document, workshop_id))
