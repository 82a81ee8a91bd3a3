"""How many terminal rows a slide body needs: the layout contract the presenter renders to.

The body of a slide, ``fit.width`` columns wide, is laid out as:

- the heading (if any), wrapped, then one blank row;
- the warning (if any), wrapped, then one blank row;
- per block: one blank row before every block but the first, the block title
  (question) wrapped, one blank row, then its lines, each wrapped at
  ``width - ITEM_INDENT`` with ``fit.gap`` blank rows between consecutive lines
  (none on a compact slide).

Wrapping follows Textual's greedy word wrap (a word keeps its trailing space; a word
wider than the line is folded), so the estimate matches what the screen shows.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

ITEM_INDENT = 2  # the marker column left of every line of a block (bullet, highlight)

_CHUNK = re.compile(r"\S+\s*|\s+")


@lru_cache(maxsize=4096)
def char_width(char: str) -> int:
    """Terminal cells one character takes (wide East Asian two, marks and joiners none)."""
    if unicodedata.combining(char) or char in "\u200b\u200c\u200d\ufe0f\u2028\u2029":
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


@lru_cache(maxsize=65536)
def cell_width(text: str) -> int:
    """Terminal cells a string takes (a zero-width joiner hides the character it joins;
    a variation selector 16 widens a narrow symbol), as Rich counts them for Textual."""
    if "\u200d" not in text and "\ufe0f" not in text:
        return sum(char_width(char) for char in text)
    width, index, last = 0, 0, ""
    while index < len(text):
        char = text[index]
        if char == "\u200d":
            index += 1
        elif char == "\ufe0f":
            width += 1 if last and ord(last) >= 0x2000 and char_width(last) == 1 else 0
            last = ""
        elif size := char_width(char):
            width, last = width + size, char
        index += 1
    return width


def _fold(word: str, width: int) -> list[str]:
    lines = [""]
    used = 0
    for char in word:
        size = char_width(char)
        if used + size > width:  # as Textual: even a first character wider than the line starts a new one
            lines.append(char)
            used = size
        else:
            lines[-1] += char
            used += size
    return lines


@lru_cache(maxsize=32768)  # live follow re-fits the whole deck after every change; most lines are the same
def wrap_rows(text: str, width: int) -> int:
    """Rows ``text`` takes when word-wrapped at ``width`` cells, as Textual wraps it."""
    return count_rows(text, width)


def _advance(rows: int, used: int, chunk: str, start: int, width: int) -> tuple[int, int]:
    """The rows and the cells used in the last row after laying out ``chunk`` (at ``start`` of the text)."""
    size = cell_width(chunk)
    if width - used >= size:
        return rows, used + size
    if size > width:
        folded = _fold(chunk, width)
        for index, piece in enumerate(folded):
            if start:
                rows += 1
            if index == len(folded) - 1:
                used = cell_width(piece)
            else:
                start += len(piece)
        return rows, used
    if used and start:
        return rows + 1, size
    return rows, used


def count_rows(text: str, width: int) -> int:
    """``wrap_rows`` without its cache (for the many prefixes tried when a line is cut)."""
    width = max(1, width)
    rows, used = 1, 0
    for match in _CHUNK.finditer(text):
        rows, used = _advance(rows, used, match.group(0), match.start(), width)
    return rows


def fitting_prefix(text: str, prefix: str, width: int, rows: int) -> int:
    """How many characters of ``text`` fit in ``rows`` rows after ``prefix`` (0 if not even one).

    The cut goes after the last whitespace that fits when there is one, so words stay whole;
    a word longer than the rows is cut where the rows end. One pass over the text: the rows of a
    prefix never shrink as it grows, and a prefix ending inside a chunk (word and its spaces)
    lays out every earlier chunk as the whole text does, so only that last chunk is searched.
    """
    if rows < 1 or not text:
        return 0
    width = max(1, width)
    whole = prefix + text
    offset = len(prefix)
    state = (1, 0)
    low = len(text)
    for match in _CHUNK.finditer(whole):
        chunk, start = match.group(0), match.start()
        after = _advance(*state, chunk, start, width)
        if after[0] <= rows:
            state = after
            continue
        fits, over = 0, len(chunk)  # chunk[:fits] keeps within the rows, chunk[:over] does not
        while over - fits > 1:
            middle = (fits + over) // 2
            if _advance(*state, chunk[:middle], start, width)[0] <= rows:
                fits = middle
            else:
                over = middle
        low = start + fits - offset
        break
    if low < 1:
        return 0
    if low < len(text):
        space = max(text.rfind(" ", 0, low), text.rfind("\n", 0, low))
        if space > 0:
            return space + 1
    return low
