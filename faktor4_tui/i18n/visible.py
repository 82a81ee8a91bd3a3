"""Names shown to a person (file names, values in sentences) with their control characters written out.

A file name is not ours to change, but printing it raw lets it speak to the terminal:
``"\\x1b]0;pwned\\x07.json"`` would set the window title. ``visible`` keeps every printable
character and writes each control character out as a backslash escape a shell understands
in ``$'…'``: C0 controls, DEL and C1 controls as ``\\xNN``, bidi overrides and line/paragraph
separators as ``\\uNNNN``, and bytes that were not UTF-8 (surrogate escapes from the file
system) as the ``\\xNN`` of the byte. It lives in the lowest layer so ``t()`` can use it on
every value it puts into a sentence.
"""

from __future__ import annotations

import os
import unicodedata

_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SEPARATORS = frozenset("\u2028\u2029")


def _written_out(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (os.fsdecode's surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def _hidden(char: str) -> bool:
    if char in _BIDI or char in _SEPARATORS:
        return True
    return unicodedata.category(char) in ("Cc", "Cs")


def visible(name: object) -> str:
    """``name`` (a str or a path) as text that is safe to print: every control character written out."""
    text = os.fspath(name) if isinstance(name, os.PathLike) else str(name)
    if text.isprintable():  # the usual case, and fast (isprintable is False for every hidden character)
        return text
    return "".join(_written_out(char) if _hidden(char) else char for char in text)
