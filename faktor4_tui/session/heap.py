"""Keeping the garbage collector's pauses short while a huge file is on show."""

from __future__ import annotations

import gc

BIG_DECK = 2_000
"""Slides from which a deck laid out for the screen is moved out of the collector's scans."""


def settle_heap() -> None:
    """Move everything built so far (modules, the loaded file) out of the garbage collector's scans.

    Just before an app starts (``main`` paused the collector until now): Textual's start-up
    allocates enough to trigger full collections, and each would walk the whole loaded
    document (measured: ~45 ms at 20,000 entries). Objects stay reference-counted, so nothing
    leaks that refcounting would free (no collection first: it would cost more than the little
    cyclic garbage left from importing).
    """
    gc.freeze()
    gc.enable()


def settle_deck(slides: int) -> None:
    """After a deck of ``slides`` was laid out for a new screen size: settle it if it is big.

    A 200,000-entry forum is 22,000 slides, about a million objects; a full collection walking
    them took 0.5 s, and one came every few changes followed live (a change must show within 1 s).
    Settled, a collection walks only what changed since. Once per screen size, so what little
    cyclic garbage is settled with it stays bounded.
    """
    if slides >= BIG_DECK and gc.isenabled():
        gc.freeze()
