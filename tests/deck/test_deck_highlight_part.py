"""At 80×24 the Aktion's Aufgabe can land on the problem list's second part: going forward lands on it."""

from __future__ import annotations

from faktor4_tui.deck import Fit, build_deck
from faktor4_tui.deck.keys import highlight_part
from faktor4_tui.session.deck_cursor import DeckCursor
from faktor4_tui.store import Store

FIT_80X24 = Fit(76, 19)  # the slide body of the presenter at 80×24


def highlighted(slide) -> bool:
    return any(line.highlight for block in slide.blocks for line in block.lines)


def test_going_forward_onto_an_aktions_problem_list_shows_its_aufgabe(demo_store: Store) -> None:
    document = demo_store.load()
    slides = build_deck(document, fit=FIT_80X24)
    lists = [i for i, s in enumerate(slides) if s.kind == "aktion-problems" and s.key.part == 0]
    assert len(lists) == 2
    second = lists[1]
    assert not highlighted(slides[second]) and highlighted(slides[second + 1])  # the case of the issue
    assert highlight_part(slides, second) == second + 1
    assert highlight_part(slides, lists[0]) == lists[0]  # Aufgabe 1 is on the first part already
    cursor = DeckCursor(document)
    cursor.set_fit(FIT_80X24)
    arrivals = []  # the first slide shown of each Aktion's problem list, stepping through with →
    before = cursor.current
    while cursor.next():
        if cursor.current.kind == "aktion-problems" and before.kind != "aktion-problems":
            arrivals.append(cursor.index)
        before = cursor.current
    assert arrivals == [lists[0], second + 1] and all(highlighted(slides[i]) for i in arrivals)
    cursor.go(second + 1)
    cursor.go(cursor.index - 1)  # one step back shows the list's first part
    assert cursor.index == second and not highlighted(cursor.current)
    cursor.go(0)
    cursor.go(second)  # a slide chosen by number is that slide
    assert cursor.index == second


def test_the_slide_after_the_current_one_chosen_by_number_is_that_slide(demo_store: Store) -> None:
    """Digits then Enter for the very next slide: that slide, not a later part (only → skips ahead)."""
    cursor = DeckCursor(demo_store.load())
    cursor.set_fit(FIT_80X24)
    lists = [i for i, s in enumerate(cursor.slides) if s.kind == "aktion-problems" and s.key.part == 0]
    second = lists[1]
    cursor.go(second - 1)
    cursor.go(second)
    assert cursor.index == second
