"""A pasted text arrives as one Paste event, even when it holds escape sequences.

Textual's terminal parser ends a bracketed paste's text at the first ESC inside it and re-issues
the following characters as KEYS: pasting coloured terminal output ("\\x1b[31mrot\\x1b[0m",
passed on raw by tmux and urxvt) typed into the list as commands ("d" deletes, "e" edits,
ctrl+q quits) and a pasted line break pressed Enter. xterm and Alacritty strip ESC from pastes
for this reason; this parser does the same for every terminal: it holds a paste until its end
marker and hands the parser the paste with escape sequences and control characters removed.

The same parser reads ESC followed at once by a key as Escape, then that key, never as Alt+key
(``key_framing`` says why); both need the input framed before Textual's parser sees it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from functools import partial

from textual import constants, events
from textual.message import Message

from faktor4_tui.model import sanitize
from faktor4_tui.ui.input.key_framing import END, ESC, START, KeyFramer, Piece
from faktor4_tui.ui.textual_seams import XTermParser, ends_sequence, use_parser

__all__ = ["END", "START", "PasteGuardParser", "clean_paste", "guard_pastes"]


def clean_paste(text: str) -> str:
    """The pasted lines without escape sequences or control characters (line breaks kept as "\\n")."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(sanitize(line) for line in lines)


class PasteGuardParser(XTermParser):
    """XTermParser fed through a ``KeyFramer``: pastes held and cleaned, ESC + key read as Escape, key.

    Textual's parser gets plain text, whole escape sequences and whole pastes only, so it is never
    left inside a sequence; the Escape keys the framer finds are sent between them, in order. A lone
    ESC waits ``ESCDELAY`` (Textual's setting) for a sequence to follow; the driver's ``tick`` ends it.
    """

    def __init__(self, debug: bool = False) -> None:
        super().__init__(debug)
        self._framer = KeyFramer(partial(ends_sequence, self), clean_paste, constants.ESCAPE_DELAY)
        self.clock: Callable[[], float] = time.monotonic

    def feed(self, data: str) -> Iterable[Message]:
        """Parse ``data`` (an empty string ends the input, as for XTermParser)."""
        if not data:
            yield from self._events(self._framer.finish())
            yield from super().feed("")
            return
        yield from self._events(self._framer.feed(data, self.clock()))

    def tick(self) -> Iterable[Message]:
        """Called by the driver between reads: a lone ESC that waited long enough is Escape."""
        yield from super().tick()
        if self._framer.expired(self.clock()):
            yield from self._events(self._framer.flush())

    def _events(self, pieces: list[Piece]) -> Iterable[Message]:
        for piece in pieces:
            if isinstance(piece, str):
                yield from super().feed(piece)
            else:
                yield events.Key("escape", ESC)


def guard_pastes(driver_class: type) -> bool:
    """Make the driver's input thread use PasteGuardParser; True if it does (see ``textual_seams``)."""
    return use_parser(driver_class, PasteGuardParser)
