"""The terminal parser guard: a bracketed paste holding escape codes becomes ONE clean Paste event,
never keys, however the terminal splits the bytes (tmux and urxvt pass a pasted ESC on raw)."""

from __future__ import annotations

import pytest
from textual import events

from faktor4_tui.ui.input.paste_guard import END, START, PasteGuardParser
from tests.reliability.hostile import HOSTILE
from tests.reliability.stats import count

PASTED = "Gepastet \x1b[31mrot\x1b[0m \x1b]0;pwned\x07 zwei\nZweite Zeile\n\nDritte \x11\x1a q d"


def _parse(chunks: list[str]) -> list[events.Event]:
    parser = PasteGuardParser()
    parsed: list[events.Event] = []
    for chunk in chunks:
        parsed += list(parser.feed(chunk))
    return parsed


def _split_everywhere(data: str):
    for cut in range(1, len(data)):
        yield [data[:cut], data[cut:]]


def test_a_paste_with_escapes_is_one_clean_paste_event() -> None:
    data = "a" + START + PASTED + END + "b"
    for chunks in [[data], *_split_everywhere(data), list(data)]:
        parsed = _parse(chunks)
        keys = [e.key for e in parsed if isinstance(e, events.Key)]
        pastes = [e.text for e in parsed if isinstance(e, events.Paste)]
        assert keys == ["a", "b"], (chunks, keys)
        assert pastes == ["Gepastet rot  zwei\nZweite Zeile\n\nDritte  q d"], (chunks, pastes)


@pytest.mark.parametrize(("name", "text"), HOSTILE[:40])
def test_every_hostile_text_pasted_becomes_no_key(name: str, text: str) -> None:
    parsed = _parse([START + text + END, "x"])
    count("hostile_inputs")
    assert [e.key for e in parsed if isinstance(e, events.Key)] == ["x"], name
    pastes = [e.text for e in parsed if isinstance(e, events.Paste)]
    assert len(pastes) <= 1 and all("\x1b" not in p for p in pastes), name


def test_keys_outside_a_paste_are_never_held() -> None:
    """Keys and whole sequences go to the parser at once; an Escape typed alone only waits ESCDELAY."""
    parser = PasteGuardParser()
    now = [0.0]
    parser.clock = lambda: now[0]
    for data, key in (("q", "q"), ("\x1b[A", "up"), ("\x1bOP", "f1")):
        assert [e.key for e in parser.feed(data) if isinstance(e, events.Key)] == [key]
    assert list(parser.feed("\x1b")) == [] and list(parser.tick()) == []
    now[0] += 0.2
    assert [e.key for e in parser.tick() if isinstance(e, events.Key)] == ["escape"]
