"""A heading taller than a slide (an Aufgabe of 5,000 characters) is shortened, its whole text continues."""

from __future__ import annotations

from pathlib import Path

from faktor4_tui.deck import Fit, Slide, build_deck
from faktor4_tui.deck.measure import wrap_rows
from faktor4_tui.deck.paging import body_rows
from faktor4_tui.deck.text import block_title, slide_heading
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, AddEntry, AddWorkshop, SetAktion
from faktor4_tui.store.ops.base import MAX_TEXT

FIT_80X24 = Fit(76, 16)  # the presenter's body in an 80×24 terminal


def long_text(size: int) -> str:
    text = " ".join(f"Wort{index:04d}" for index in range(size))[:size].rstrip()
    return text + "x" * (size - len(text))


def store_with(tmp_path: Path, text: str, rooms: int = 1) -> Store:
    store = Store.create(tmp_path / "heading.json")
    for room in range(rooms):
        workshop = store.add(AddWorkshop(name=f"Raum {room + 1}"))
        aufgabe = store.add(AddAufgabe(workshop=workshop, text=text))
        store.apply(SetAktion(id=aufgabe, aktion=1))
        store.add(AddEntry(aufgabe=aufgabe, section="loesungen", text="Kurz"))
        outside = store.add(AddAufgabe(workshop=workshop, text="Z" + text[1:]))
        store.add(AddEntry(aufgabe=outside, section="akteure", text="Jemand"))
    return store


def assert_fits(slides: list[Slide], fit: Fit) -> None:
    for slide in slides:
        gap = 0 if slide.compact else fit.gap
        assert body_rows(slide, fit.width, gap) <= fit.height, (slide.key, body_rows(slide, fit.width, gap))
        for text in (slide_heading(slide), *(block_title(block) for block in slide.blocks)):
            assert wrap_rows(text, fit.width) <= fit.height // 3, slide.key


def heading_pieces(slides: list[Slide], kind: str, aufgabe_id: int | None) -> list[str]:
    return [
        line.text
        for slide in slides
        if slide.kind == kind and slide.key.aufgabe_id == aufgabe_id
        for block in slide.blocks
        if block.section == "heading"
        for line in block.lines
    ]


def test_a_5000_character_aufgabe_heading_continues_over_slides(tmp_path: Path) -> None:
    text = long_text(MAX_TEXT)
    assert len(text) == 5_000
    document = store_with(tmp_path, text).load()
    workshop = document.workshops[0]
    slides = build_deck(document, fit=FIT_80X24)
    assert_fits(slides, FIT_80X24)
    for aufgabe in workshop.aufgaben:
        heading = "".join(heading_pieces(slides, "aktion-problems", aufgabe.id))
        # every character, in order, on the Aktion's first slides
        assert heading.endswith(f": {aufgabe.text}") and heading.startswith(("Aktion 1 · Aufgabe 1", "Aufgabe 2"))
    short = [s for s in slides if s.kind == "loesungen"]
    assert short and all(s.heading.endswith("…") and len(s.heading) < 400 for s in short)
    # The plan's block question (Aktion 1 · Aufgabe 1: TEXT) continues in its body the same way.
    plan = [s for s in slides if s.kind == "plan"]
    plan_text = "".join(line.text for s in plan for b in s.blocks for line in b.lines if line.kind == "heading")
    assert text in plan_text


def test_the_forum_plan_and_its_room_questions_continue(tmp_path: Path) -> None:
    text = long_text(MAX_TEXT)
    slides = build_deck(store_with(tmp_path, text, rooms=2).load(), fit=FIT_80X24)
    assert_fits(slides, FIT_80X24)
    forum = [s for s in slides if s.kind == "forum-plan"]
    assert len(forum) > 2 and all(s.heading == "Aktionspläne aller Workshops" for s in forum)
    whole = "".join(line.text for s in forum for b in s.blocks for line in b.lines if line.kind == "heading")
    assert whole.count(text) == 2  # each room's Aktion heading, whole


def test_a_short_heading_stays_as_it_was(demo_store: Store) -> None:
    assert build_deck(demo_store.load(), fit=FIT_80X24) == build_deck(demo_store.load(), fit=FIT_80X24)
    for slide in build_deck(demo_store.load(), fit=Fit(200, 50)):
        assert not slide.heading.endswith("…")
        assert all(block.section != "heading" for block in slide.blocks)
