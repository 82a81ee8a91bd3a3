"""Cutting a long line where the rows end: the one-pass search agrees with trying every prefix."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from faktor4_tui.deck.measure import count_rows, fitting_prefix

WORDS = st.sampled_from(
    ["a", "Lösung", "Bürger*innen", "→", "CO₂", "気候", "x" * 23, "", " ", "  ", "\u200d", "e\u0301"]
)


def reference(text: str, prefix: str, width: int, rows: int) -> int:
    """The longest prefix of ``text`` whose rows fit, found by trying them all; then back to a space."""
    if rows < 1 or not text:
        return 0
    low = 0
    for size in range(1, len(text) + 1):
        if count_rows(prefix + text[:size], width) <= rows:
            low = size
    if low < 1:
        return 0
    if low < len(text):
        space = max(text.rfind(" ", 0, low), text.rfind("\n", 0, low))
        if space > 0:
            return space + 1
    return low


@settings(max_examples=400, deadline=None)
@given(
    words=st.lists(WORDS, max_size=30),
    prefix=st.sampled_from(["", "Lösung 12 ", "Akteur 3: ", "xxxxxxxxxxxx"]),
    width=st.integers(1, 14),
    rows=st.integers(0, 5),
)
def test_the_cut_is_where_trying_every_prefix_puts_it(words: list[str], prefix: str, width: int, rows: int) -> None:
    text = " ".join(words)
    assert fitting_prefix(text, prefix, width, rows) == reference(text, prefix, width, rows)


def test_a_huge_line_is_cut_in_one_pass() -> None:
    """The Aktionspläne of a 200,000-entry forum join thousands of Akteure into one line."""
    text = "; ".join(f"Akteur Nummer {n} aus dem Quartier" for n in range(20_000))
    size = fitting_prefix(text, "Akteure: ", 90, 12)
    assert count_rows("Akteure: " + text[:size], 90) <= 12 < count_rows("Akteure: " + text[: size + 40], 90)
