"""Make untrusted user text safe to store and show: no control or bidi characters."""

from __future__ import annotations

import re
import unicodedata

# Whole escape sequences first, so their printable tails do not survive:
# CSI (ESC [ ... final), OSC/DCS/SOS/PM/APC (ESC ] ... BEL or ST), the 8-bit
# forms of the same, and two-character ESC sequences.
_SEQUENCES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f]).*?(?:\x07|\x1b\\|\x9c|$)"
    r"|\x1b[ -/]*[0-~]?",
    re.DOTALL,
)
_LINE_BREAKS = re.compile(r"[\r\n\t\v\f\x85\u2028\u2029]+")
_BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _keep(char: str) -> bool:
    if char in _BIDI:
        return False
    category = unicodedata.category(char)
    # Cc: C0/C1 controls and DEL; Cs: lone surrogates; Co/Cn kept (private use is harmless).
    return category not in ("Cc", "Cs")


def sanitize(text: str) -> str:
    """Strip escape sequences, control and bidi-override characters; line breaks become spaces."""
    text = _SEQUENCES.sub("", text)
    text = _LINE_BREAKS.sub(" ", text)
    text = "".join(char for char in text if _keep(char))
    return text.strip()
