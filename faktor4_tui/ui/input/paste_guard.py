"""A pasted text arrives as one Paste event, even when it holds escape sequences.

Textual's terminal parser ends a bracketed paste's text at the first ESC inside it and re-issues
the following characters as KEYS: pasting coloured terminal output ("\\x1b[31mrot\\x1b[0m",
passed on raw by tmux and urxvt) typed into the list as commands ("d" deletes, "e" edits,
ctrl+q quits) and a pasted line break pressed Enter. xterm and Alacritty strip ESC from pastes
for this reason; this parser does the same for every terminal: it holds a paste until its end
marker and hands the parser the paste with escape sequences and control characters removed.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.message import Message

from faktor4_tui.model import sanitize
from faktor4_tui.ui.textual_seams import XTermParser, use_parser

START = "\x1b[200~"
END = "\x1b[201~"


def clean_paste(text: str) -> str:
    """The pasted lines without escape sequences or control characters (line breaks kept as "\\n")."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(sanitize(line) for line in lines)


class PasteGuardParser(XTermParser):
    """XTermParser that cleans what is between the bracketed-paste markers before parsing it."""

    def __init__(self, debug: bool = False) -> None:
        super().__init__(debug)
        self._tail = ""  # the end of the data passed on, where a paste's start marker may begin
        self._paste: str | None = None  # the paste so far, held until its end marker arrives

    def feed(self, data: str) -> Iterable[Message]:
        """Parse ``data`` (an empty string ends the input, as for XTermParser)."""
        if not data:
            held = self._paste or ""
            self._paste = None
            if held:
                yield from super().feed(clean_paste(held))
            yield from super().feed("")
            return
        guarded = self._guard(data)
        if guarded:
            yield from super().feed(guarded)

    def _guard(self, text: str) -> str:
        out: list[str] = []
        while text:
            if self._paste is None:
                combined = self._tail + text
                start = combined.find(START)
                if start < 0:
                    out.append(text)
                    self._tail = combined[-(len(START) - 1) :]
                    break
                cut = start + len(START) - len(self._tail)  # just after the marker, in ``text``
                out.append(text[:cut])
                text, self._tail, self._paste = text[cut:], "", ""
            else:
                combined = self._paste + text
                end = combined.find(END)
                if end < 0:
                    self._paste = combined
                    break
                out.append(clean_paste(combined[:end]) + END)
                text, self._paste = combined[end + len(END) :], None
        return "".join(out)


def guard_pastes(driver_class: type) -> bool:
    """Make the driver's input thread use PasteGuardParser; True if it does (see ``textual_seams``)."""
    return use_parser(driver_class, PasteGuardParser)
