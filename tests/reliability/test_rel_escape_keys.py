"""Escape followed at once by a key is Escape, then that key, however the bytes arrive; real escape
sequences (arrows, F-keys, mouse, paste markers, reports) still parse exactly as Textual parses them."""

from __future__ import annotations

import pytest
from textual import events
from textual._ansi_sequences import ANSI_SEQUENCES_KEYS

from faktor4_tui.ui.input.key_framing import ESCAPE, KeyFramer
from faktor4_tui.ui.input.paste_guard import END, START, PasteGuardParser
from faktor4_tui.ui.textual_seams import XTermParser
from tests.reliability.stats import count

ESC = "\x1b"

# (what the terminal sent, the keys the app must get). Nothing here may become alt+… or ™ £ ¢.
CASES = [
    ("aText" + ESC + "j", ["a", "T", "e", "x", "t", "escape", "j"]),
    (ESC + "2" + ESC + "3" + ESC + "4", ["escape", "2", "escape", "3", "escape", "4"]),
    (ESC + "f" + ESC + "b", ["escape", "f", "escape", "b"]),  # not iTerm's ctrl+right/left
    (ESC + "\r" + ESC + "\x7f" + ESC + "\t", ["escape", "enter", "escape", "backspace", "escape", "tab"]),
    (ESC + ESC + "x", ["escape", "escape", "x"]),
    (ESC + "a" + "b" * 40, ["escape", "a", *["b"] * 40]),  # Textual typed "^" and the text
    ("Zeile" + ESC + "\r", ["Z", "e", "i", "l", "e", "escape", "enter"]),
    (ESC + "[j", ["escape", "left_square_bracket", "j"]),  # a CSI Textual does not know: typed keys
    (ESC + "[" + ESC + "[A", ["escape", "left_square_bracket", "up"]),  # broken off by the next ESC
    (ESC + "O" + ESC + "OP", ["escape", "O", "f1"]),
    (ESC + "[?62;22c" + "x", ["x"]),  # a terminal's report Textual does not know: dropped
    # real sequences, as before
    (ESC + "[A" + ESC + "[B" + ESC + "OC" + ESC + "[1;5D", ["up", "down", "right", "ctrl+left"]),
    (ESC + "OP" + ESC + "[15~" + ESC + "[24~" + ESC + "[[A" + ESC + "[23$", ["f1", "f5", "f12", "f1", "f23"]),
    (ESC + "[97;5u" + ESC + "[27u" + ESC + "[13u", ["ctrl+a", "escape", "enter"]),  # the kitty protocol
    (ESC + "[Z" + ESC + "[3~" + ESC + "[H" + ESC + "[F", ["shift+tab", "delete", "home", "end"]),
]


def _keys(parsed: list[events.Event]) -> list[str]:
    return [e.key if isinstance(e, events.Key) else type(e).__name__ for e in parsed]


def _parse(chunks: list[str]) -> list[events.Event]:
    """Every chunk arrives within ESCDELAY of the one before (a burst split by the terminal or SSH)."""
    parser = PasteGuardParser()
    parser.clock = lambda: 0.0
    parsed: list[events.Event] = []
    for chunk in chunks:
        parsed += list(parser.feed(chunk))
        parsed += list(parser.tick())
    return parsed + list(parser.feed(""))


def _splits(data: str) -> list[list[str]]:
    return [[data], *([data[:cut], data[cut:]] for cut in range(1, len(data))), list(data)]


@pytest.mark.parametrize(("data", "keys"), CASES, ids=[repr(data)[1:30] for data, _ in CASES])
def test_escape_then_key_split_everywhere(data: str, keys: list[str]) -> None:
    for chunks in _splits(data):
        parsed = _parse(chunks)
        assert _keys(parsed) == keys, chunks
        assert not any(isinstance(e, events.Key) and e.key.startswith("alt+") for e in parsed), chunks
        count("escape_bursts")


def test_escape_keeps_its_character_and_typed_keys_theirs() -> None:
    parsed = [e for e in _parse([ESC + "ä" + ESC + "2"]) if isinstance(e, events.Key)]
    assert [(e.key, e.character) for e in parsed] == [
        ("escape", ESC),
        ("ä", "ä"),
        ("escape", ESC),
        ("2", "2"),
    ]


def test_mouse_focus_and_paste_markers_still_parse() -> None:
    mouse = ESC + "[<0;10;5M" + ESC + "[<0;10;5m"
    data = mouse + ESC + "[I" + ESC + "[O" + START + "a" + ESC + "[31mb" + END + ESC + "j"
    for chunks in _splits(data):
        parsed = _parse(chunks)
        assert _keys(parsed) == ["MouseDown", "MouseUp", "AppFocus", "AppBlur", "Paste", "escape", "j"], chunks
        assert [e.text for e in parsed if isinstance(e, events.Paste)] == ["ab"]


def test_every_sequence_textual_knows_parses_as_textual_parses_it() -> None:
    """CSI and SS3 sequences in Textual's table give the same keys as through Textual's own parser."""
    known = [seq for seq in ANSI_SEQUENCES_KEYS if seq[:2] in (ESC + "[", ESC + "O")]
    assert len(known) > 100
    for seq in known:
        ours = [(e.key, e.character) for e in _parse([seq + "x"]) if isinstance(e, events.Key)]
        theirs = [(e.key, e.character) for e in XTermParser().feed(seq + "x") if isinstance(e, events.Key)]
        assert ours == theirs, repr(seq)


def test_a_lone_escape_waits_escdelay_then_is_escape() -> None:
    parser = PasteGuardParser()
    now = [10.0]
    parser.clock = lambda: now[0]
    assert list(parser.feed("a" + ESC)) and list(parser.tick()) == []
    now[0] += 0.05
    assert list(parser.tick()) == []
    now[0] += 0.1
    assert _keys(list(parser.tick())) == ["escape"]
    assert list(parser.tick()) == []
    # after the pause, "[A" is what the typist typed next, not an arrow
    assert _keys(list(parser.feed(ESC))) == []
    now[0] += 0.2
    assert _keys([*parser.tick(), *parser.feed("[A")]) == ["escape", "left_square_bracket", "A"]


def test_a_sequence_cut_off_is_typed_keys_after_escdelay() -> None:
    parser = PasteGuardParser()
    now = [0.0]
    parser.clock = lambda: now[0]
    assert list(parser.feed(ESC + "[")) == []
    now[0] += 0.2
    assert _keys(list(parser.tick())) == ["escape", "left_square_bracket"]


def test_the_framer_alone() -> None:
    framer = KeyFramer(lambda seq: seq == ESC + "[A", lambda text: text.replace(ESC, ""))
    assert framer.feed("x" + ESC + "y" + ESC + "[A" + ESC, 0.0) == ["x", ESCAPE, "y" + ESC + "[A"]
    assert framer.holding and not framer.expired(0.05) and framer.expired(0.1)
    assert framer.flush() == [ESCAPE] and not framer.holding
    assert framer.feed(START + "p" + ESC, 0.0) == [] and framer.holding
    assert framer.finish() == [START + "p" + END]
