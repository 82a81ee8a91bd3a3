"""Line breaking for the PDF: runs of styled text into lines no wider than a width (pure Python).

fpdf2's own line breaker re-measures a line for every character it adds, which made a
2,000-entry Dokumentation take seconds; here each character's width is looked up once per
face and words are placed greedily, so the time grows with the text, not its square.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

_TOKENS = re.compile(r"\S+|\s+")

Color = tuple[int, int, int]


@dataclass(frozen=True)
class Run:
    """Text in one face (fpdf2 style "", "B" or "I") and colour."""

    text: str
    style: str = ""
    color: Color = (0, 0, 0)


@dataclass(frozen=True)
class Segment:
    """A piece of a line: where it starts (mm from the line's left) and what it says."""

    x: float
    text: str
    style: str
    color: Color


class Widths:
    """Character widths per face at 1 pt, measured once through ``measure(char, style)``."""

    def __init__(self, measure: Callable[[str, str], float]) -> None:
        self.measure = measure
        self.cache: dict[str, dict[str, float]] = {}

    def of(self, text: str, style: str, size: float) -> float:
        """The width of ``text`` in mm at ``size`` pt."""
        table = self.cache.setdefault(style, {})
        total = 0.0
        for char in text:
            width = table.get(char)
            if width is None:
                width = table[char] = self.measure(char, style)
            total += width
        return total * size


def wrap(runs: Sequence[Run], width: float, widths: Widths, size: float) -> list[list[Segment]]:
    """The runs broken into lines: at spaces, inside a word only when it is wider than a line."""
    lines: list[list[Segment]] = []
    line: list[Segment] = []
    x = 0.0

    def place(text: str, run: Run, w: float) -> None:
        nonlocal x
        last = line[-1] if line else None
        if last is not None and last.style == run.style and last.color == run.color:
            line[-1] = Segment(last.x, last.text + text, run.style, run.color)  # one text() call per run
        else:
            line.append(Segment(x, text, run.style, run.color))
        x += w

    def newline() -> None:
        nonlocal line, x
        if line:
            last = line[-1]
            line[-1] = Segment(last.x, last.text.rstrip(), last.style, last.color)
        lines.append(line)
        line, x = [], 0.0

    for run in runs:
        for token in _TOKENS.findall(run.text):
            w = widths.of(token, run.style, size)
            if token.isspace():
                if line:
                    place(" ", run, widths.of(" ", run.style, size))
                continue
            if x + w > width and line:
                newline()
            if w <= width:
                place(token, run, w)
                continue
            for char in token:  # a word wider than the line: broken where it must
                cw = widths.of(char, run.style, size)
                if x + cw > width and line:
                    newline()
                place(char, run, cw)
    if line or not lines:
        newline()
    return lines
