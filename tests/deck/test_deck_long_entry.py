"""An entry taller than a slide continues on the next slide ("(Forts.)"); nothing is cropped."""

from __future__ import annotations

import json
from pathlib import Path

from faktor4_tui.deck import Fit, Slide, build_deck
from faktor4_tui.deck.paging import body_rows
from faktor4_tui.deck.text import block_title
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, AddEntry, AddWorkshop, SetAktion

# The body the presenter gets in an 80×24 terminal (header, footer and margins taken off).
FIT_80X24 = Fit(76, 16)


def _long_text(size: int) -> str:
    words = [f"Wort{index:04d}" for index in range(size)]
    text = " ".join(words)
    return text[:size].rstrip() + "x" * (size - len(text[:size].rstrip()))


def _store(tmp_path: Path, section: str, text: str) -> Store:
    store = Store.create(tmp_path / "long.json")
    workshop = store.add(AddWorkshop(name="Verkehr"))
    aufgabe = store.add(AddAufgabe(workshop=workshop, text="Radwege ausbauen"))
    store.apply(SetAktion(id=aufgabe, aktion=1))
    store.add(AddEntry(aufgabe=aufgabe, section="loesungen", text="Kurz vorher"))
    store.add(AddEntry(aufgabe=aufgabe, section=section, text=text))
    store.add(AddEntry(aufgabe=aufgabe, section="loesungen", text="Kurz danach"))
    return store


def _pieces(slides: list[Slide], entry_id: int | None = None, contains: str = "Wort") -> list[tuple[int, str]]:
    return [
        (number, line.text)
        for number, slide in enumerate(slides)
        for block in slide.blocks
        for line in block.lines
        if (entry_id is not None and line.entry_id == entry_id) or (entry_id is None and contains in line.text)
    ]


def test_a_3000_character_entry_continues_over_slides_in_order(tmp_path: Path) -> None:
    text = _long_text(3_000)
    store = _store(tmp_path, "loesungen", text)
    entry_id = next(
        e.id for w in store.load().workshops for a in w.aufgaben for e in a.entries("loesungen") if e.text == text
    )
    slides = build_deck(store.load(), fit=FIT_80X24)
    pieces = _pieces(slides, entry_id)
    assert len(pieces) > 2
    assert "".join(piece for _, piece in pieces) == text  # every character once, in order
    numbers = [number for number, _ in pieces]
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))  # one piece per slide, consecutive
    for number in numbers:
        slide = slides[number]
        assert body_rows(slide, FIT_80X24.width, 0 if slide.compact else FIT_80X24.gap) <= FIT_80X24.height
        if number != numbers[0]:
            assert slide.continued and block_title(slide.blocks[0]).endswith("(Forts.)")
    lines = [
        line.text for slide in slides if slide.kind == "loesungen" for block in slide.blocks for line in block.lines
    ]
    assert lines[0] == "Kurz vorher" and lines[-1] == "Kurz danach"


def test_the_aktionsplan_summary_continues_a_long_entry(tmp_path: Path) -> None:
    text = _long_text(3_000)
    slides = build_deck(_store(tmp_path, "akteure", text).load(), fit=FIT_80X24)
    plan = [slide for slide in slides if slide.kind == "plan"]
    assert len(plan) > 2
    pieces = [line.text for slide in plan for block in slide.blocks for line in block.lines if "Wort" in line.text]
    assert "".join(pieces) == text
    for slide in plan:
        assert body_rows(slide, FIT_80X24.width, 0 if slide.compact else FIT_80X24.gap) <= FIT_80X24.height
        assert len(slide.table) == 1 + len(slide.blocks)  # the table says what the slide's blocks say


def test_a_word_longer_than_a_slide_is_cut_too(tmp_path: Path) -> None:
    text = "x" * 3_000
    slides = build_deck(_store(tmp_path, "loesungen", text).load(), fit=FIT_80X24)
    pieces = [
        line.text for slide in slides for block in slide.blocks for line in block.lines if line.text.startswith("x")
    ]
    assert "".join(pieces) == text and len(pieces) > 2


def test_a_huge_entry_from_another_program_is_paged_quickly(tmp_path: Path) -> None:
    text = _long_text(400_000)  # longer than faktor4 accepts: another program wrote it
    path = _store(tmp_path, "loesungen", "platzhalter").path
    raw = json.loads(path.read_text(encoding="utf-8"))
    for row in raw["entries"].values():
        if row["text"] == "platzhalter":
            row["text"] = text
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    slides = build_deck(Store(path).load(), fit=FIT_80X24)
    pieces = [line.text for slide in slides for block in slide.blocks for line in block.lines if "Wort" in line.text]
    assert "".join(pieces) == text
