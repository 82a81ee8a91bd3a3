"""The Dokumentation as an A4 PDF drawn with fpdf2 (imported only through pdfdoc.render_pdf).

Every text is real text in the embedded DejaVu Sans (shipped in export/fonts, subset into the
file), so it can be searched and copied, "→", "₂", "*" and „…“ included; a character DejaVu
has no glyph for (most emoji, CJK, Hangul) is drawn as "□" and counted (pdfglyphs.py), never
dropped unseen. Layout, generic over the deck's slides: the title slide becomes the title
page; each workshop (or a slide without one, such as an overview) starts a chapter on a new
page; a heading is written once however many slides carry it; each block is its question and
its lines, a block said before in the same chapter (the problem list repeated per Aktion) is
not repeated; a table is drawn as a table that continues over pages with its column titles
repeated.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import TTFFont

from faktor4_tui.deck import Block, Line, Slide
from faktor4_tui.deck.text import block_title, line_label, line_suffix, slide_heading, workshop_line
from faktor4_tui.export.handout import block_signature, event_header, is_marker, shows_table
from faktor4_tui.export.pdfglyphs import Glyphs
from faktor4_tui.export.pdflayout import Color, Run, Segment, Widths, wrap
from faktor4_tui.i18n import language, t

FONTS = Path(__file__).parent / "fonts"
FAMILY = "DejaVu"
MARGIN = 18.0  # mm, left and right
TOP, BOTTOM = 22.0, 18.0
BODY = 10.5  # pt
LINE = 5.2  # mm per body line
TABLE, TABLE_LINE, PAD = 9.0, 4.4, 1.2  # pt, mm, mm
BLACK = (0, 0, 0)
WARNING = (0xA0, 0x20, 0x20)
GREY = (0x59, 0x59, 0x59)
ACCENT = (0x1F, 0x6F, 0x3F)
RULE = (0xBB, 0xBB, 0xBB)
HEAD_FILL = (0xE8, 0xF0, 0xEA)


def _fit(pdf: FPDF, text: str, width: float) -> str:
    """``text`` shortened with "…" to fit ``width`` mm in the current font (a running header)."""
    if pdf.get_string_width(text) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if pdf.get_string_width(text[:middle] + "…") <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _words(text: str) -> list[str]:
    return [text] if text == t("empty") else text.split()


class _Dokumentation(FPDF):
    """A4 pages with the event as running header and "Seite n von N" at the foot."""

    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font(FAMILY, "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font(FAMILY, "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.add_font(FAMILY, "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
        self.set_margins(MARGIN, TOP, MARGIN)
        self.set_auto_page_break(True, margin=BOTTOM)
        self.alias_nb_pages()
        self.running = ""  # the event: title · forum · dates
        self.room = ""  # "Workshop: NAME" of the chapter, the header's second line

    def header(self) -> None:
        if self.page_no() == 1:  # the title page says it all in large
            return
        width = self.w - 2 * MARGIN
        self.set_xy(MARGIN, 8)
        self.set_font(FAMILY, "", 8)
        self.set_text_color(*GREY)
        self.cell(width, 4, _fit(self, self.running, width), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if self.room:
            self.set_font(FAMILY, "B", 8)
            self.set_text_color(0, 0, 0)
            self.cell(width, 4, _fit(self, self.room, width), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*RULE)
        self.line(MARGIN, 16.5, self.w - MARGIN, 16.5)
        self.set_xy(MARGIN, TOP)
        self.set_font(FAMILY, "", BODY)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FAMILY, "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, t("export.pdf.page", n=self.page_no(), total="{nb}"), align="C")
        self.set_text_color(0, 0, 0)


class _Writer:
    """Walks the slides and writes them as a flowing document."""

    def __init__(self) -> None:
        self.pdf = _Dokumentation()
        self.chapter: str | None = None
        self.heading = ""
        self.seen: set[tuple[str, tuple[str, ...]]] = set()
        self.outline_level = -1
        self.widths = Widths(self._measure)
        self.glyphs = Glyphs(
            {
                style: frozenset(map(chr, font.cmap))
                for style in ("", "B", "I")
                if isinstance(font := self.pdf.fonts[f"{FAMILY.lower()}{style}"], TTFFont)
            }
        )

    # --- text primitives ---------------------------------------------------

    def _wrap(self, runs: Sequence[Run], width: float, size: float) -> list[list[Segment]]:
        """``wrap`` of the runs with each character the font lacks shown as the marker."""
        clean = self.glyphs.clean
        drawn = [
            run if (text := clean(run.text, run.style)) is run.text else Run(text, run.style, run.color) for run in runs
        ]
        return wrap(drawn, width, self.widths, size)

    def _measure(self, char: str, style: str) -> float:
        self.pdf.set_font(FAMILY, style, 1)
        return float(self.pdf.get_string_width(char))

    def _draw(self, lines: list[list[Segment]], left: float, size: float, height: float, align: str = "L") -> None:
        """Lines at ``left``, a new page where the page is full; the cursor ends below them."""
        pdf = self.pdf
        y = pdf.get_y()
        face: tuple[str, Color] | None = None
        for line in lines:
            if y + height > pdf.page_break_trigger:
                pdf.add_page()
                y, face = pdf.get_y(), None
            shift = 0.0
            if align == "C" and line:
                end = line[-1]
                shift = (pdf.w - MARGIN - left - end.x - self.widths.of(end.text, end.style, size)) / 2
            for segment in line:
                if face != (segment.style, segment.color):
                    face = (segment.style, segment.color)
                    pdf.set_font(FAMILY, segment.style, size)
                    pdf.set_text_color(*segment.color)
                pdf.text(left + shift + segment.x, y + height * 0.75, segment.text)
            y += height
        pdf.set_xy(MARGIN, y)
        pdf.set_font(FAMILY, "", BODY)
        pdf.set_text_color(0, 0, 0)

    def _paragraph(
        self, runs: list[Run], size: float, left: float = MARGIN, align: str = "L", keep: bool = False
    ) -> None:
        height = size * 0.5
        lines = self._wrap(runs, self.pdf.w - MARGIN - left, size)
        if (
            keep
            and len(lines) * height < (self.pdf.h - TOP - BOTTOM) / 3
            and self.pdf.will_page_break(len(lines) * height)
        ):
            self.pdf.add_page()  # an entry of up to a third of a page is not split
        self._draw(lines, left, size, height, align)

    def _section(self, name: str, level: int) -> None:
        """An entry of the PDF's outline (bookmarks), levels kept coherent."""
        level = min(level, self.outline_level + 1)
        self.pdf.start_section(name[:200], level=level)
        self.outline_level = level

    def _heading(self, text: str, size: float, level: int, space: float = 6) -> None:
        if self.pdf.will_page_break(space + 25):  # never a heading alone at the foot of a page
            self.pdf.add_page()
        else:
            self.pdf.ln(space)
        if level <= 1:  # bookmarks: chapters and Aktionen, not every question
            self._section(text, level)
        self._paragraph([Run(text, "B", ACCENT if level == 0 else BLACK)], size)
        self.pdf.ln(1.5)

    def _line(self, line: Line, indent: float = 0) -> None:
        left = MARGIN + indent + 5
        if is_marker(line):
            self._paragraph([Run(line.text, "I", GREY)], BODY, left, keep=True)
            self.pdf.ln(0.8)
            return
        color = ACCENT if line.highlight else BLACK
        runs = [Run(line_label(line), "B", color)] if line.label else []
        runs.append(Run(line.text, "B" if line.highlight else "I" if line.kind == "note" else "", color))
        if line.votes:
            runs.append(Run(line_suffix(line), "", GREY))
        lines = self._wrap(runs, self.pdf.w - MARGIN - left, BODY)
        height = len(lines) * LINE
        if height < (self.pdf.h - TOP - BOTTOM) / 3 and self.pdf.will_page_break(height):
            self.pdf.add_page()  # an entry of up to a third of a page is not split
        if self.pdf.will_page_break(LINE):
            self.pdf.add_page()
        self.pdf.set_font(FAMILY, "", BODY)
        self.pdf.set_text_color(*color)
        self.pdf.text(left - 4.5, self.pdf.get_y() + LINE * 0.75, "•")
        self._draw(lines, left, BODY, LINE)
        self.pdf.ln(0.8)

    def _block(self, block: Block, level: int) -> None:
        if block.question:
            self._heading(block_title(block), 13 if level == 1 else 11.5, level, space=4)
        for line in block.lines:
            self._line(line)

    # --- tables --------------------------------------------------------------

    def _widths(self, rows: Sequence[Sequence[str]]) -> list[float]:
        """Column widths by content: each at least its longest word (the column title unbroken),
        the rest of the width shared by how much text each column holds."""
        usable = self.pdf.w - 2 * MARGIN
        columns = range(len(rows[0]))
        least = [self.widths.of(rows[0][c], "B", TABLE) for c in columns]
        for c in columns:
            # The "— noch offen —" marker stays on one line.
            words = (word for row in rows[1:] for word in _words(row[c]))
            least[c] = min(max([least[c], *(self.widths.of(w, "", TABLE) for w in words)]), 40) + 2 * PAD + 0.5
        want = [min(max(self.widths.of(row[c], "", TABLE) for row in rows[1:]), 80) + 2 * PAD for c in columns]
        spare = usable - sum(least)
        if spare <= 0:
            return [usable * w / sum(least) for w in least]
        extra = [max(w - m, 0) for w, m in zip(want, least, strict=True)]
        share = sum(extra)
        if not share:
            return [m + spare / len(least) for m in least]
        return [m + spare * e / share for m, e in zip(least, extra, strict=True)]

    def _row(self, cells: list[list[list[Segment]]], widths: Sequence[float], height: float, head: bool) -> None:
        pdf = self.pdf
        x, y = MARGIN, pdf.get_y()
        pdf.set_draw_color(*RULE)
        pdf.set_fill_color(*HEAD_FILL)
        for lines, width in zip(cells, widths, strict=True):
            pdf.rect(x, y, width, height, style="DF" if head else "D")
            pdf.set_xy(x, y + PAD)
            self._draw(lines, x + PAD, TABLE, TABLE_LINE)
            x += width
        pdf.set_xy(MARGIN, y + height)

    def _table(self, rows: Sequence[Sequence[str]]) -> bool:
        """The table, its column titles repeated on each page; False (nothing drawn) if a row
        is too tall for a page: the caller then writes the slide's blocks, which say the same."""
        clean = self.glyphs.clean
        rows = [[clean(text, "B" if r == 0 else "") for text in row] for r, row in enumerate(rows)]
        widths = self._widths(rows)
        laid = [
            [
                wrap([Run(text, "B" if r == 0 else "")], w - 2 * PAD, self.widths, TABLE)
                for text, w in zip(row, widths, strict=True)
            ]
            for r, row in enumerate(rows)
        ]
        heights = [max(len(cell) for cell in row) * TABLE_LINE + 2 * PAD for row in laid]
        if max(heights) > (self.pdf.h - TOP - BOTTOM) * 0.8:
            return False
        if self.pdf.will_page_break(heights[0] + heights[1] + 2):
            self.pdf.add_page()
        self.pdf.ln(2)
        self._row(laid[0], widths, heights[0], head=True)
        for row, height in zip(laid[1:], heights[1:], strict=True):
            if self.pdf.will_page_break(height):
                self.pdf.add_page()
                self._row(laid[0], widths, heights[0], head=True)
            self._row(row, widths, height, head=False)
        self.pdf.ln(2)
        return True

    # --- slides --------------------------------------------------------------

    def title_page(self, slide: Slide) -> None:
        pdf = self.pdf
        pdf.add_page()
        pdf.set_y(60)
        self._section(slide.title or t("export.pdf.documentation"), 0)
        self._paragraph([Run(slide.title, "B", ACCENT)], 24, align="C")
        pdf.ln(4)
        self._paragraph([Run(slide.forum)], 16, align="C")
        pdf.ln(2)
        self._paragraph([Run(slide.dates, "", GREY)], 12, align="C")
        if slide.workshop:
            pdf.ln(2)
            self._paragraph([Run(workshop_line(slide), "B")], 13, align="C")
        pdf.ln(14)
        for block in slide.blocks:
            if block.question:
                self._heading(block_title(block), 13, 1, space=4)
            for line in block.lines:
                self._line(line)

    def slide(self, slide: Slide) -> None:
        heading = slide_heading(slide)
        chapter = slide.workshop or heading or slide.kind
        if slide.kind == "massnahmenblatt":  # a Maßnahmenblatt is a page of its own
            self.chapter = ""
        if chapter != self.chapter:
            self.chapter, self.heading = chapter, ""
            self.seen.clear()
            self.pdf.room = self.glyphs.clean(workshop_line(slide), "B")
            self.pdf.add_page()
            self.outline_level = min(self.outline_level, 0)
            self._heading(workshop_line(slide) or heading, 18, 0, space=0)
            if not slide.workshop:
                self.heading = heading
        if heading and heading != self.heading:
            self.heading = heading
            self._heading(heading, 14, 1)
        if slide.warning:
            self._paragraph([Run(slide.warning, "I", WARNING)], 9.5)
        if shows_table(slide) and self._table(slide.table):
            return
        for block in slide.blocks:
            signature = block_signature(block)
            if signature in self.seen:
                continue
            self.seen.add(signature)
            self._block(block, 2 if heading else 1)

    def render(self, slides: Sequence[Slide]) -> bytes:
        pdf = self.pdf
        first = slides[0] if slides else None
        if first is not None:
            pdf.running = self.glyphs.clean(event_header(first), "")
            pdf.set_title(first.title or t("export.pdf.documentation"))
            pdf.set_author(first.forum)
        pdf.set_subject(t("export.pdf.documentation"))
        pdf.set_creator("faktor4")
        pdf.set_lang(language())
        pdf.set_creation_date(datetime.now().astimezone())
        for slide in slides:
            if slide.kind == "title":
                self.title_page(slide)
            else:
                self.slide(slide)
        if pdf.page_no() == 0:
            pdf.add_page()
        return bytes(pdf.output())


def write_pdf(slides: Sequence[Slide]) -> bytes:
    """The slides as an A4 Dokumentation (see ``write_pdf_counted``)."""
    return write_pdf_counted(slides)[0]


def write_pdf_counted(slides: Sequence[Slide]) -> tuple[bytes, Glyphs]:
    """The slides as an A4 Dokumentation, and which characters DejaVu lacks (CJK, emoji) it
    shows as the marker (export/pdfglyphs.py)."""
    logging.getLogger("fpdf").setLevel(logging.ERROR)  # its per-glyph warnings are not the user's business
    writer = _Writer()
    data = writer.render(slides)
    return data, writer.glyphs
