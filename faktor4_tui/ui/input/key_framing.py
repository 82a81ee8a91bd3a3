"""Escape followed at once by a key is Escape, then that key; a paste is held until its end marker.

Terminals send a key pressed with Alt as ESC followed by the key, and Escape itself as a lone
ESC; Textual's parser tells them apart by time alone: an ESC followed by a character within
``ESCDELAY`` (100 ms) becomes alt+character. A fast typist (Escape, j) and an SSH link (which
sends both in one packet) hit that window all the time: the Escape was lost, "ESC 2" typed "™",
and an ESC followed by text kept the parser waiting until it gave up and typed "^" and the text.
faktor4 binds no Alt keys, so ``KeyFramer`` reads ESC the typist's way:

* ESC ``[`` and ESC ``O`` begin an escape sequence (arrows, F-keys, mouse, paste markers,
  terminal reports); it is handed on whole once it ends where Textual's parser would end it.
  A sequence Textual does not know is the typist's keys: Escape, ``[`` and what followed
  (a terminal report, marked ``< = > ?``, is dropped instead).
* ESC followed by anything else is Escape, then that key (another ESC, Enter, a letter …).
* A lone ESC at the end of what arrived waits ``delay`` seconds for a ``[`` or ``O``, then is
  Escape (``flush``, called from the parser's tick); so does a sequence cut off mid-way.

It also holds a bracketed paste until its end marker and hands it on cleaned (see ``paste_guard``):
a paste may hold raw ESCs, which must not start sequences or keys.

The framer is pure (no Textual): it turns text into ``Piece``s, which the parser subclass in
``paste_guard`` turns into events: text for Textual's parser, or an Escape key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

ESC = "\x1b"
START = "\x1b[200~"
END = "\x1b[201~"
MAX_SEQUENCE = 32  # longer than any sequence Textual knows (it gives up there too)
PRIVATE_MARKERS = "<=>?"  # CSI parameters starting so are terminal reports, never typed keys


@dataclass(frozen=True)
class EscapeKey:
    """The Escape key (a piece the parser turns into ``Key("escape")``)."""


ESCAPE = EscapeKey()
Piece = str | EscapeKey
"""Text for Textual's parser (plain keys, whole escape sequences, whole pastes) or the Escape key."""


class _Out:
    def __init__(self) -> None:
        self.pieces: list[Piece] = []

    def text(self, text: str) -> None:
        if not text:
            return
        if self.pieces and isinstance(self.pieces[-1], str):
            self.pieces[-1] += text
        else:
            self.pieces.append(text)

    def escape(self) -> None:
        self.pieces.append(ESCAPE)


class KeyFramer:
    """Splits terminal input into plain text, whole escape sequences, whole pastes and Escape keys.

    ``ends_sequence(seq)`` says whether Textual's parser takes ``seq`` as a complete sequence;
    ``clean_paste(text)`` cleans a paste's content; ``delay`` is how long a lone ESC waits.
    """

    def __init__(
        self, ends_sequence: Callable[[str], bool], clean_paste: Callable[[str], str], delay: float = 0.1
    ) -> None:
        self._ends = ends_sequence
        self._clean = clean_paste
        self.delay = delay
        self._pending = ""  # ESC, or an escape sequence begun and not ended ("\x1b[1;5")
        self._paste: str | None = None  # a paste's content so far, held until its end marker
        self._since = 0.0  # when the last character of ``_pending`` arrived

    @property
    def holding(self) -> bool:
        """True while an ESC, a begun sequence or a paste waits for more."""
        return bool(self._pending) or self._paste is not None

    def feed(self, data: str, now: float) -> list[Piece]:
        """The pieces ``data`` completes (what stays open waits for the next feed or ``flush``)."""
        out = _Out()
        index = 0
        while index < len(data):
            if self._paste is not None:
                combined = self._paste + data[index:]
                end = combined.find(END)
                if end < 0:
                    self._paste = combined
                    break
                out.text(START + self._clean(combined[:end]) + END)
                self._paste, data, index = None, combined[end + len(END) :], 0
                continue
            if not self._pending:
                next_esc = data.find(ESC, index)
                stop = len(data) if next_esc < 0 else next_esc
                out.text(data[index:stop])
                if next_esc >= 0:
                    self._pending = ESC
                index = stop + 1
                continue
            char = data[index]
            if self._take(char, out):
                index += 1
        if self._pending:
            self._since = now
        return out.pieces

    def _take(self, char: str, out: _Out) -> bool:
        """Add ``char`` to the pending ESC or sequence; False if ``char`` must be read again on its own."""
        pending = self._pending
        if pending == ESC:
            if char in "[O":
                self._pending = pending + char
                return True
            out.escape()  # ESC then a key: Escape, then the key (ESC again waits in turn)
            self._pending = ""
            return False
        sequence = pending + char
        if sequence == START:
            self._pending, self._paste = "", ""
            return True
        if self._ends(sequence):
            out.text(sequence)
            self._pending = ""
            return True
        if sequence[1] == "O":  # SS3 takes one character, and Textual does not know this one
            self._typed(pending, out)
            return False
        if sequence == "\x1b[[" or (sequence.startswith("\x1b[M") and len(sequence) < 6):
            self._pending = sequence  # the Linux console's F1-F5, a legacy (X10) mouse report
            return True
        if "\x40" <= char <= "\x7e":
            self._typed(sequence, out)  # a whole sequence Textual does not know
            return True
        if "\x20" <= char <= "\x3f" and len(sequence) < MAX_SEQUENCE and sequence[2] != "[":
            self._pending = sequence  # a parameter or intermediate byte: more to come
            return True
        self._typed(pending, out)  # broken off: what came so far was typed
        return False

    def _typed(self, sequence: str, out: _Out) -> None:
        """An unknown or broken-off sequence: the typist's Escape and keys, or a report (dropped)."""
        self._pending = ""
        if sequence[1:2] == "[" and sequence[2:3] and sequence[2] in PRIVATE_MARKERS:
            return
        out.escape()
        out.text(sequence[1:])

    def expired(self, now: float) -> bool:
        """True if a pending ESC or begun sequence waited ``delay`` seconds without more input."""
        return bool(self._pending) and now - self._since >= self.delay

    def flush(self) -> list[Piece]:
        """The pending ESC or begun sequence, now: Escape, or Escape and the keys typed after it."""
        out = _Out()
        if self._pending == ESC:
            out.escape()
            self._pending = ""
        elif self._pending:
            self._typed(self._pending, out)
        return out.pieces

    def finish(self) -> list[Piece]:
        """Everything held, at the end of the input: ``flush``, and a paste cut off hands on what came."""
        pieces = self.flush()
        if self._paste is not None:
            pieces.append(START + self._clean(self._paste) + END)
            self._paste = None
        return pieces
