"""Characters the PDF's font cannot draw become one visible marker each, and are counted (pure Python).

DejaVu Sans has no CJK, no Hangul and few emoji; fpdf2 would leave such characters out of the page
without a trace. Here a text is cut into user-perceived characters (a base with its combining
marks and variation selectors, an emoji with its skin tone or ZWJ sequence, a flag's pair of
regional indicators, a tag sequence, Hangul jamo) and each one whose base the face cannot
draw becomes ``MARKER``. A base it can draw is kept; its missing marks become one marker after
it; invisible format characters it lacks (variation selectors, tags, bidi marks) and a skin
tone on a drawn base (monochrome glyphs have no skin) are left out, as they show nothing.

Texts the face draws whole pass after one set lookup per character (ASCII without any).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping

MARKER = "\u25a1"  # □ WHITE SQUARE: in all three DejaVu Sans faces
ZWJ = "\u200d"

# Whitespace is laid out (wrap breaks lines there), never drawn: it passes as it is.
_SPACES = frozenset(chr(code) for code in range(0x3001) if chr(code).isspace())


def _regional(char: str) -> bool:
    return "\U0001f1e6" <= char <= "\U0001f1ff"


def _skin(char: str) -> bool:
    return "\U0001f3fb" <= char <= "\U0001f3ff"


def _invisible(char: str) -> bool:
    """A format character that shows nothing by itself (variation selector, tag, bidi mark, ZWJ …)."""
    return (
        "\ufe00" <= char <= "\ufe0f"
        or "\U000e0100" <= char <= "\U000e01ef"
        or unicodedata.category(char) in ("Cf", "Cc")
    )


def _extends(char: str) -> bool:
    """Belongs to the character before it: a combining mark, variation selector, skin tone, tag, ZWJ."""
    return (
        char == ZWJ
        or _skin(char)
        or "\U000e0020" <= char <= "\U000e007f"
        or unicodedata.category(char) in ("Mn", "Me", "Mc")
    )


def _hangul_leading(char: str) -> bool:
    return "\u1100" <= char <= "\u115f" or "\ua960" <= char <= "\ua97f"


def _hangul_following(char: str) -> bool:
    """A vowel or trailing consonant jamo: joins the Hangul before it into one syllable."""
    return "\u1160" <= char <= "\u11ff" or "\ud7b0" <= char <= "\ud7ff"


def _hangul(char: str) -> bool:
    return _hangul_leading(char) or _hangul_following(char) or "\uac00" <= char <= "\ud7a3"


def _joins(text: str, i: int) -> bool:
    """``text[i]`` belongs to the character that ``text[i - 1]`` is part of."""
    char, before = text[i], text[i - 1]
    return (
        _extends(char)
        or (before == ZWJ and not char.isspace())
        or (_hangul_following(char) and _hangul(before))
        or (_hangul_leading(char) and _hangul_leading(before))
    )


def _end(text: str, i: int) -> int:
    """Where the character starting at ``text[i]`` ends."""
    j, n = i + 1, len(text)
    if _regional(text[i]) and j < n and _regional(text[j]):
        j += 1  # a flag: two regional indicators
    while j < n and _joins(text, j):
        j += 1
    return j


def clusters(text: str) -> Iterator[str]:
    """``text`` as user-perceived characters (close to Unicode's extended grapheme clusters)."""
    i = 0
    while i < len(text):
        j = _end(text, i)
        yield text[i:j]
        i = j


def _spans(text: str, hit: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """The (start, end) of each user-perceived character of ``text`` holding a code point ``hit``
    is true for; the text between them is not taken apart (most of it, most of the time)."""
    i, done, n = 0, 0, len(text)
    while i < n:
        if not hit(text[i]):
            i += 1
            continue
        start = i
        while start > done and _joins(text, start):
            start -= 1  # back to its base: a missing mark or skin tone is part of a character
        done = i = max(_end(text, start), i + 1)
        yield start, i


def _shown(cluster: str, drawable: frozenset[str]) -> str:
    """A character (cluster) the face cannot draw whole: MARKER, or its drawn base and MARKER,
    or its drawn part alone when only invisible characters or a skin tone are missing."""
    base = cluster[0]
    if base not in drawable and not _invisible(base):
        return MARKER  # the whole character, however many code points it has
    kept = "".join(char for char in cluster if char in drawable)
    if any(char not in drawable and not _invisible(char) and not _skin(char) for char in cluster):
        return kept + MARKER
    return kept


def replace_missing(text: str, drawable: frozenset[str]) -> tuple[str, list[str]]:
    """``text`` with each character ``drawable`` lacks shown as ``MARKER``, and those characters."""
    if drawable.issuperset(text):
        return text, []
    parts: list[str] = []
    lost: list[str] = []
    done = 0
    for start, end in _spans(text, lambda char: char not in drawable):
        cluster = text[start:end]
        shown = _shown(cluster, drawable)
        if MARKER in shown:
            lost.append(cluster)
        parts += (text[done:start], shown)
        done = end
    parts.append(text[done:])
    return "".join(parts), lost


class Glyphs:
    """The characters each face of a font draws; replaces the others and remembers which."""

    def __init__(self, faces: Mapping[str, frozenset[str]]) -> None:
        """``faces``: fpdf2 style ("", "B", "I") -> the characters of that face's cmap."""
        self.faces = {style: chars | _SPACES for style, chars in faces.items()}
        self.done: dict[tuple[str, str], str] = {}
        self.lost: set[str] = set()  # the characters (clusters) drawn as MARKER somewhere
        self.missing: set[str] = set()  # their code points the face lacked

    def count(self, texts: Iterable[str]) -> int:
        """How many characters of ``texts`` (the user's texts, each once) were drawn as ``MARKER``
        somewhere: a title in the header of every page, an Aufgabe as a heading and again in
        the Aktionsplan count once, as the note taker typed them."""
        if not self.lost:
            return 0
        lost, missing = self.lost, self.missing
        return sum(
            text[start:end] in lost
            for text in texts
            if not (text.isascii() or missing.isdisjoint(text))
            for start, end in _spans(text, missing.__contains__)
        )

    def clean(self, text: str, style: str) -> str:
        """``text`` as the face ``style`` can draw it."""
        if text.isascii():
            return text
        drawable = self.faces[style]
        if drawable.issuperset(text):
            return text
        key = (text, style)
        cleaned = self.done.get(key)
        if cleaned is None:
            cleaned, lost = replace_missing(text, drawable)
            self.done[key] = cleaned
            self.lost.update(lost)
            self.missing.update(char for cluster in lost for char in cluster if char not in drawable)
        return cleaned
