"""PowerPoint export: one 16:9 slide per deck slide, all text editable (python-pptx, optional).

Slides come from ``build_deck`` with ``PPTX_FIT`` (long slides continue as "(Forts.)"),
then the appendix of Aufgaben outside the plan. Each slide carries the event header,
"Workshop: NAME", its title (heading or question) in the title placeholder, the content
as paragraphs of the body placeholder (questions without bullet, items as bullets with
the label in bold) and the counter "n / total".
"""

from __future__ import annotations

import io
from typing import Any

from faktor4_tui.deck import Block, Fit, Slide, build_deck
from faktor4_tui.deck.appendix import appendix_slides
from faktor4_tui.i18n import t
from faktor4_tui.model import Document

# The body area (about 12.3 x 4.9 in at 16 pt) in the deck's rows and columns.
PPTX_FIT = Fit(width=110, height=26)
WIDE = (12192000, 6858000)  # 13.333 x 7.5 in, 16:9
GREY = (0x59, 0x59, 0x59)
ACCENT = (0x1F, 0x6F, 0x3F)


class MissingDependency(RuntimeError):
    """python-pptx is not installed (the optional ``pptx`` extra)."""


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
                slides.extend(appendix_slides(document, workshop))
    return slides


class _Writer:
    def __init__(self) -> None:
        try:
            from pptx import Presentation
            from pptx.dml.color import RGBColor
            from pptx.enum.text import MSO_AUTO_SIZE
            from pptx.oxml.xmlchemy import OxmlElement
            from pptx.util import Emu, Inches, Pt
        except ImportError:
            raise MissingDependency("python-pptx is not installed") from None
        self.Inches, self.Pt, self.RGB, self.Oxml = Inches, Pt, RGBColor, OxmlElement
        self.autosize = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
        self.prs = Presentation()
        self.prs.slide_width, self.prs.slide_height = Emu(WIDE[0]), Emu(WIDE[1])

    # --- text helpers ---------------------------------------------------------

    def _place(self, shape: Any, left: float, top: float, width: float, height: float) -> Any:
        shape.left, shape.top = self.Inches(left), self.Inches(top)
        shape.width, shape.height = self.Inches(width), self.Inches(height)
        frame = shape.text_frame
        frame.word_wrap = True
        frame.auto_size = self.autosize
        return frame

    def _run(self, paragraph: Any, text: str, size: int, bold: bool = False, italic: bool = False,
             color: tuple[int, int, int] | None = None) -> None:
        run = paragraph.add_run()
        run.text = text
        run.font.size = self.Pt(size)
        run.font.bold = bold
        run.font.italic = italic
        if color:
            run.font.color.rgb = self.RGB(*color)

    def _no_bullet(self, paragraph: Any) -> None:
        paragraph._p.get_or_add_pPr().append(self.Oxml("a:buNone"))

    def _paragraph(self, frame: Any) -> Any:
        if len(frame.paragraphs) == 1 and not frame.paragraphs[0].runs:
            return frame.paragraphs[0]
        return frame.add_paragraph()

    def _textbox(self, slide: Any, left: float, top: float, width: float, height: float) -> Any:
        return self._place(slide.shapes.add_textbox(0, 0, 0, 0), left, top, width, height)

    def _block(self, frame: Any, block: Block, size: int = 16, with_question: bool = True) -> None:
        if with_question:
            head = self._paragraph(frame)
            head.space_before = self.Pt(8)
            self._run(head, block.question, size + 4, bold=True)
            self._no_bullet(head)
        for line in block.lines:
            paragraph = self._paragraph(frame)
            paragraph.space_before = self.Pt(3)
            if line.kind == "empty":
                self._run(paragraph, line.text, size, italic=True, color=GREY)
                self._no_bullet(paragraph)
                continue
            color = ACCENT if line.highlight else None
            if line.label:
                label = line.label + (f" ({t('export.votes', n=line.votes)})" if line.votes else "")
                self._run(paragraph, label + ": ", size, bold=True, color=color)
            self._run(paragraph, line.text, size, bold=line.highlight, italic=line.kind == "note", color=color)

    # --- slides ------------------------------------------------------------------

    def _chrome(self, slide: Any, deck_slide: Slide, number: int, total: int) -> None:
        header = " · ".join(x for x in (deck_slide.title, deck_slide.forum, deck_slide.dates) if x)
        frame = self._textbox(slide, 0.5, 0.2, 12.3, 0.4)
        self._run(frame.paragraphs[0], header, 12, color=GREY)
        if deck_slide.workshop:
            frame = self._textbox(slide, 0.5, 0.55, 12.3, 0.4)
            self._run(frame.paragraphs[0], t("workshop.label", name=deck_slide.workshop), 14, bold=True)
        frame = self._textbox(slide, 11.3, 7.0, 1.6, 0.35)
        self._run(frame.paragraphs[0], t("export.counter", n=number, total=total), 12, color=GREY)
        frame.paragraphs[0].alignment = 3  # PP_ALIGN.RIGHT

    def title_slide(self, deck_slide: Slide) -> Any:
        """Event title, forum and dates; Ziel and Ablauf side by side."""
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[0])
        frame = self._place(slide.shapes.title, 0.5, 0.5, 12.3, 1.3)
        frame.text = deck_slide.title
        for paragraph in frame.paragraphs:
            for run in paragraph.runs:
                run.font.size, run.font.bold = self.Pt(36), True
        frame = self._place(slide.placeholders[1], 0.5, 1.8, 12.3, 1.0)
        self._run(frame.paragraphs[0], deck_slide.forum, 22)
        self._run(frame.add_paragraph(), deck_slide.dates, 16, color=GREY)
        for index, block in enumerate(deck_slide.blocks[:2]):
            self._block(self._textbox(slide, 0.5 + 6.25 * index, 3.0, 6.0, 3.8), block, size=14)
        return slide

    def content_slide(self, deck_slide: Slide) -> Any:
        """Title (heading or question) and body paragraphs; the plan as a table."""
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[1])
        title = deck_slide.heading or deck_slide.blocks[0].question
        if deck_slide.continued:
            title = f"{title} {t('continued')}"
        frame = self._place(slide.shapes.title, 0.5, 0.95, 12.3, 1.0)
        frame.text = title
        for run in frame.paragraphs[0].runs:
            run.font.size = self.Pt(24 if deck_slide.heading else 28)
            run.font.bold = True
        body = slide.placeholders[1]
        if deck_slide.kind == "plan":
            body._element.getparent().remove(body._element)
            self._table(slide, deck_slide)
            return slide
        frame = self._place(body, 0.5, 2.0, 12.3, 4.9)
        for block in deck_slide.blocks:
            # The problems slide's question is already its title.
            self._block(frame, block, with_question=deck_slide.kind != "problems")
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
                cell = table.cell(r, c)
                cell.text = text
                for run in cell.text_frame.paragraphs[0].runs:
                    run.font.size = self.Pt(12)
                    run.font.bold = r == 0
        if deck_slide.warning:
            frame = self._textbox(slide, 0.5, 6.5, 12.3, 0.4)
            self._run(frame.paragraphs[0], deck_slide.warning, 12, italic=True, color=(0xA0, 0x20, 0x20))

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
