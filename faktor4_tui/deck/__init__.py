"""The one pure deck builder: data → ordered slides (presentation and every export use it)."""

from faktor4_tui.deck.builder import build_deck, locate
from faktor4_tui.deck.keys import slide_key_for
from faktor4_tui.deck.slides import Block, Fit, Line, Slide, SlideKey

__all__ = ["Block", "Fit", "Line", "Slide", "SlideKey", "build_deck", "locate", "slide_key_for"]
