"""The deck's row estimate wraps exactly like Textual does (the layout contract behind the Fit)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from textual._wrap import compute_wrap_offsets

from faktor4_tui.deck.measure import wrap_rows


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("aäbc dé字→ -/"), max_size=200),
    width=st.integers(min_value=1, max_value=60),
)
def test_wrap_rows_matches_textual(text: str, width: int) -> None:
    assert wrap_rows(text, width) == len(compute_wrap_offsets(text, width, tab_size=4)) + 1
