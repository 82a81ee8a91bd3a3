"""The forum deck on five rooms: index, each room, all rooms' plans; one slide set for every output."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from faktor4_tui.deck import Fit, Slide, build_deck
from faktor4_tui.deck.paging import body_rows
from faktor4_tui.deck.text import line_text
from faktor4_tui.export.markdown import render_markdown
from faktor4_tui.export.pptxdeck import PPTX_FIT, pptx_slides, render_pptx
from faktor4_tui.session.deck_cursor import DeckCursor
from faktor4_tui.store import Store
from tests.forum_rooms import ROOMS, five_rooms


@pytest.fixture
def forum(tmp_path: Path) -> Store:
    return five_rooms(tmp_path / "forum.json")


def lines(slide: Slide) -> list[str]:
    return [line_text(line) for block in slide.blocks for line in block.lines]


def test_index_rooms_and_all_plans_in_order(forum: Store) -> None:
    document = forum.load()
    slides = build_deck(document)
    assert [s.kind for s in slides[:3]] == ["title", "index", "problems"]
    index = slides[1]
    assert index.heading == "Workshops" and index.workshop == ""
    assert lines(index) == [
        "Workshop 1: Industrie – 2 Aktionen",
        "Workshop 2: Energiewirtschaft – 1 Aktion",
        "Workshop 3: Kommunen – 2 Aktionen",
        "Workshop 4: Bildungseinrichtungen – noch keine Aktion",
        "Workshop 5: Jede*r Einzelne – 2 Aktionen",
    ]
    rooms = [s.workshop for s in slides[2:-1]]
    assert list(dict.fromkeys(rooms)) == list(ROOMS)  # each room's slides together, in the rooms' order
    for workshop in document.workshops:  # and exactly the slides of that room alone
        alone = build_deck(document, workshop.id)
        assert [s.kind for s in alone[1:]] == [s.kind for s in slides if s.workshop == workshop.name]
        assert "index" not in {s.kind for s in alone} and "forum-plan" not in {s.kind for s in alone}
    last = slides[-1]
    assert last.kind == "forum-plan" and last.heading == "Aktionspläne aller Workshops"
    assert last.table[0] == ("Workshop", "Aktion", "Aufgabe", "Start", "Akteure", "Sponsoren")
    assert [row[:2] for row in last.table[1:]] == [
        ("Industrie", "1"),
        ("Industrie", "2"),
        ("Energiewirtschaft", "1"),
        ("Kommunen", "1"),
        ("Kommunen", "2"),
        ("Bildungseinrichtungen", ""),
        ("Jede*r Einzelne", "1"),
        ("Jede*r Einzelne", "2"),
    ]
    assert last.table[1][2:] == ("2: Abwärme nutzen", "2022", "Betriebe; IHK", "Land")
    assert [b.question for b in last.blocks][:2] == [
        "Industrie · Aktion 1 · Aufgabe 2: Abwärme nutzen",
        "Industrie · Aktion 2 · Aufgabe 1: Prozesswärme elektrifizieren",
    ]
    # The Aufgabe outside the plan that holds entries has its slides after its room's plan.
    energie = [s for s in slides if s.workshop == "Energiewirtschaft"]
    after_plan = energie[[s.kind for s in energie].index("plan") + 1 :]
    assert after_plan and all(
        s.extra.get("appendix") and s.heading == "Aufgabe 2: Speicher fördern" for s in after_plan
    )


def test_one_workshop_has_no_forum_slides(demo_store: Store) -> None:
    kinds = [s.kind for s in build_deck(demo_store.load())]
    assert "index" not in kinds and "forum-plan" not in kinds and kinds[-1] == "plan"


@pytest.mark.parametrize("fit", [Fit(76, 16), Fit(196, 52)])  # the presenter's body at 80×24 and 200×60
def test_the_end_slides_continue_and_fit(forum: Store, fit: Fit) -> None:
    slides = build_deck(forum.load(), fit=fit)
    for slide in slides:
        assert body_rows(slide, fit.width, 0 if slide.compact else fit.gap) <= fit.height, slide.key
    parts = [s for s in slides if s.kind == "forum-plan"]
    assert [s.key.part for s in parts] == list(range(len(parts)))
    assert (len(parts) > 1) == (fit.height < 30)
    assert all(s.continued for s in parts[1:])
    said = "\n".join(b.question for s in parts for b in s.blocks)
    for room in ROOMS:
        assert room in said
    # Each part's table says what its blocks say (renderers that draw tables show no more, no less).
    assert sum(len(s.table) - 1 for s in parts) >= 8


def md_headings(slide: Slide, appendix_started: bool) -> list[str]:
    """The Markdown headings one deck slide becomes (the shape export/markdown.py documents)."""
    if slide.kind == "title":
        return [f"# {slide.title}", *(f"## {b.question}" for b in slide.blocks)]
    if slide.kind in ("index", "forum-plan"):
        return [f"## {slide.heading}"]
    if slide.kind == "problems":
        return [f"## Workshop: {slide.workshop}", f"### {slide.blocks[0].question}"]
    level = 4 if slide.extra.get("appendix") else 3
    intro = ["### Weitere Aufgaben mit Einträgen (nicht im Aktionsplan)"] if level == 4 and not appendix_started else []
    if slide.kind == "plan":
        return ["### Aktionsplan"]
    if slide.kind == "aktion-problems":
        return [*intro, "#" * level + f" {slide.heading}"]
    return ["#" * (level + 1) + f" {b.question}" for b in slide.blocks]


def test_markdown_and_powerpoint_show_the_decks_slides(forum: Store) -> None:
    from pptx import Presentation

    document = forum.load()
    deck = build_deck(document)
    expected: list[str] = []
    for index, slide in enumerate(deck):
        started = index > 0 and bool(deck[index - 1].extra.get("appendix"))
        expected += md_headings(slide, started)
    markdown = render_markdown(document)
    shown = [line.replace("\\", "") for line in markdown.splitlines() if line.startswith("#")]
    assert shown == expected
    assert "| Industrie | 1 | 2: Abwärme nutzen | 2022 | Betriebe; IHK | Land |" in markdown

    fitted = build_deck(document, fit=PPTX_FIT)
    shown = pptx_slides(document)
    # The cover comes first (Ziel and Ablauf do not fit beside the title here); then the deck, nothing left out.
    assert shown[0].kind == "title" and not shown[0].blocks and shown[1:] == fitted
    cursor = DeckCursor(document)
    cursor.set_fit(PPTX_FIT)
    assert cursor.slides == fitted  # the projector, given the same size, shows the same slides
    prs = Presentation(io.BytesIO(render_pptx(document)))
    slides = list(prs.slides)
    assert len(slides) == len(shown) and len(fitted) > len(deck) - 1
    for number, (shown_slide, slide) in enumerate(zip(slides[1:], fitted, strict=True), start=2):
        texts = [shape.text_frame.text for shape in shown_slide.shapes if shape.has_text_frame]
        assert f"{number} / {len(shown)}" in texts
        if slide.kind != "title":
            title = slide.heading or slide.blocks[0].question
            assert shown_slide.shapes.title.text_frame.text.startswith(title)
        for block in slide.blocks if slide.kind != "plan" else ():
            assert all(line.text in "\n".join(texts) for line in block.lines)
