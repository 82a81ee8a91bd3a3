"""What every exported .pptx must satisfy, checked on the file as python-pptx and a font see it.

- 16:9 (13.333 x 7.5 in), every shape inside the slide;
- every run's size set explicitly: body 24 pt or more, the event/workshop line, counter and
  table text 18 pt or more; no shrink-to-fit anywhere on a slide; every run tagged with ``lang``;
- the text of every shape fits its box when laid out with the real font's widths (Carlito, the
  metric twin of the theme's Calibri, where installed);
- no two slides with the same text (the counter aside).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.util import Emu

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
HEADER_BOTTOM = Emu(914400)  # the event and workshop lines sit above this
FONTS = Path("/usr/share/fonts/truetype/crosextra")


@cache
def _font(bold: bool, size: int) -> Any:
    from PIL import ImageFont

    path = FONTS / ("Carlito-Bold.ttf" if bold else "Carlito-Regular.ttf")
    return ImageFont.truetype(str(path), size * 100) if path.exists() else None


def _width_pt(text: str, bold: bool, size: int) -> float | None:
    font = _font(bold, size)
    return None if font is None else font.getlength(text) / 100


def _paragraph_rows(paragraph: Any, width_pt: float) -> int:
    """Lines a paragraph takes at ``width_pt``: greedy word wrap with the runs' real widths."""
    words: list[tuple[str, bool, int]] = []
    for r in paragraph.iter(f"{A}r"):
        props = r.find(f"{A}rPr")
        text = r.findtext(f"{A}t") or ""
        for word in re.findall(r"\S+\s*|\s+", text):
            words.append((word, props.get("b") == "1", int(props.get("sz")) // 100))
    rows, used = 1, 0.0
    for word, bold, size in words:
        width = _width_pt(word.rstrip(), bold, size)
        full = _width_pt(word, bold, size)
        if width is None or full is None:
            return 0
        if used and used + width > width_pt:
            rows, used = rows + 1, 0.0
        while width > width_pt:  # a word wider than the line is broken
            rows += 1
            width -= width_pt
        used += full if used or width == full else width
    return rows


def text_height_pt(tx_body: Any, width_emu: int) -> float:
    """The height in pt the paragraphs of a text body take in a box ``width_emu`` wide (insets removed)."""
    total = 0.0
    for index, p in enumerate(tx_body.iter(f"{A}p")):
        props = p.find(f"{A}pPr")
        pitch = before = 0.0
        indent = 0
        if props is not None:
            line = props.find(f"{A}lnSpc/{A}spcPts")
            pitch = int(line.get("val")) / 100 if line is not None else 0
            space = props.find(f"{A}spcBef/{A}spcPts")
            before = int(space.get("val")) / 100 if space is not None and index else 0
            indent = int(props.get("marL", "0"))
        if props is None and p.find(f"{A}r") is None:
            continue  # an empty paragraph (an empty shape)
        assert pitch, "every paragraph has an exact line pitch"
        total += before + pitch * _paragraph_rows(p, (width_emu - indent) / 12700)
    return total


def run_sizes(shape: Any) -> Iterator[tuple[Any, int]]:
    for r in shape._element.iter(f"{A}r"):
        props = r.find(f"{A}rPr")
        assert props is not None and props.get("sz"), "every run has its size set"
        yield props, int(props.get("sz")) // 100


def slide_text(slide: Any) -> str:
    parts = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            parts.append(shape.text_frame.text)
        if shape.has_table:
            parts += [cell.text for row in shape.table.rows for cell in row.cells]
    return "\n".join(parts)


def check_pptx(data: bytes, lang: str = "de-DE") -> Any:
    """Assert everything above on a .pptx file's bytes; returns the Presentation."""
    prs = Presentation(io.BytesIO(data))
    width, height = prs.slide_width, prs.slide_height
    assert (width, height) == (12192000, 6858000)
    assert prs.core_properties.language == lang
    seen: dict[str, int] = {}
    for number, slide in enumerate(prs.slides, start=1):
        xml = slide._element.xml
        assert "normAutofit" not in xml and "spAutoFit" not in xml, f"slide {number} shrinks or grows text"
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.top >= 0, f"slide {number}: {shape.name} starts off the slide"
            assert shape.left + shape.width <= width, f"slide {number}: {shape.name} runs off the right"
            assert shape.top + shape.height <= height, f"slide {number}: {shape.name} runs off the bottom"
            small = shape.has_table or shape.top < HEADER_BOTTOM or shape.top >= Emu(6400000)
            for props, size in run_sizes(shape):
                assert props.get("lang") == lang
                assert size >= (18 if small else 24), f"slide {number}: {size} pt in {shape.name}"
            if shape.has_text_frame:
                body = shape.text_frame._txBody
                assert body.find(f"{A}bodyPr/{A}noAutofit") is not None
                room = (shape.height - Emu(91440)) / 12700
                need = text_height_pt(body, shape.width - 182880)
                assert need <= room + 1, f"slide {number}: {shape.name} needs {need:.0f} pt of {room:.0f}"
            if shape.has_table:
                for row in shape.table.rows:
                    for column, cell in enumerate(row.cells):
                        cell_width = shape.table.columns[column].width - cell.margin_left - cell.margin_right
                        need = text_height_pt(cell.text_frame._txBody, cell_width)
                        room = (row.height - cell.margin_top - cell.margin_bottom) / 12700
                        assert need <= room + 1, f"slide {number}: a table cell needs {need:.0f} pt of {room:.0f}"
        text = re.sub(r"\d+ / \d+", "", slide_text(slide))
        assert text not in seen, f"slide {number} repeats slide {seen[text]}"
        seen[text] = number
    return prs


def notes_text(slide: Any) -> str:
    return slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
