"""The deck on the seed data: DESIGN.md's order, the seed's wording and numbering."""

from __future__ import annotations

from faktor4_tui.deck import Slide, build_deck
from faktor4_tui.deck.text import block_title, counter, event_line, line_text, slide_heading, workshop_line
from faktor4_tui.demo import AKTIONEN, AUFGABEN, EVENT, ZUGPFERDE
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddWorkshop, Batch, SetAktion, SetVotes

EMPTY = "— noch offen —"
AKTION_KINDS = ["aktion-problems", "loesungen", "akteure", "start", "support"]


def deck(store: Store) -> list[Slide]:
    return build_deck(store.load())


def texts(slide: Slide) -> list[str]:
    return [line_text(line) for block in slide.blocks for line in block.lines]


def test_order_of_slides(demo_store: Store) -> None:
    slides = deck(demo_store)
    assert [s.kind for s in slides] == ["title", "problems", *AKTION_KINDS, *AKTION_KINDS, "plan"]
    assert [s.key.aufgabe_id for s in slides[2:7]] == [slides[2].key.aufgabe_id] * 5
    assert len({s.key for s in slides}) == len(slides)


def test_title_slide_is_the_event(demo_store: Store) -> None:
    title = deck(demo_store)[0]
    assert (title.title, title.forum, title.dates) == (EVENT.title, EVENT.forum, EVENT.dates)
    assert [b.question for b in title.blocks] == ["Ziel des Workshops", "Ablauf der Workshops"]
    assert [line.text for line in title.blocks[0].lines] == list(EVENT.goal or ())
    assert [line.text for line in title.blocks[1].lines] == list(EVENT.agenda or ())
    assert workshop_line(title) == ""
    assert event_line(title) == "Workshop Aktionsplan Faktor 4 · Herbstforum 2021"


def test_every_slide_carries_event_and_workshop(demo_store: Store) -> None:
    for slide in deck(demo_store)[1:]:
        assert slide.dates == "Donnerstag, 30.09.21 bis Samstag, 02.10.21"
        assert workshop_line(slide) == "Workshop: Kommunen"
    assert counter(3, 13) == "3 / 13"


def test_problem_list_then_highlighted_per_aktion(demo_store: Store) -> None:
    slides = deck(demo_store)
    problems = slides[1].blocks[0]
    assert problems.question == "Wo sehen Sie die drängendsten Probleme und Aufgaben?"
    assert texts(slides[1]) == [f"Aufgabe {n}: {text}" for n, text in enumerate(AUFGABEN, 1)]
    assert not any(line.highlight for line in problems.lines)
    for index, aufgabe_number in ((2, 1), (7, 8)):
        lines = slides[index].blocks[0].lines
        assert [n for n, line in enumerate(lines, 1) if line.highlight] == [aufgabe_number]
        assert texts(slides[index]) == texts(slides[1])


def test_aktion_headings(demo_store: Store) -> None:
    slides = deck(demo_store)
    assert {s.heading for s in slides[2:7]} == {f"Aktion 1 · Aufgabe 1: {AUFGABEN[0]}"}
    assert {s.heading for s in slides[7:12]} == {
        "Aktion 2 · Aufgabe 8: Transparenz und Teilhabe in der gesamten Transformation"
    }


def test_aktion_1_sections_in_seed_order(demo_store: Store) -> None:
    slides = deck(demo_store)
    seed = AKTIONEN[0][2]
    loesungen, akteure, start, support = slides[3:7]
    assert loesungen.blocks[0].question == "Was muss getan werden?"
    assert texts(loesungen) == [f"Lösung {n}: {text}" for n, (text, _) in enumerate(seed["loesungen"], 1)]
    assert akteure.blocks[0].question == "Wer muss aktiv werden?"
    assert texts(akteure) == [
        "Akteur 1: Bürgermeister*in",
        "Akteur 2: Politische Entscheidungsträger*innen (Stadtrat, Gemeinderat, Kreisrat...)",
        "Akteur 3: Bürger*innen (Bürgerbegehren, Arbeitsgruppen, Demonstrationen...)",
        ZUGPFERDE,
    ]
    assert akteure.blocks[0].lines[3].kind == "note"
    assert [b.question for b in start.blocks] == [
        "Wann geht's los?",
        "Welche Probleme müssen für Umsetzung gelöst werden?",
    ]
    assert texts(start) == [
        "Start Aktion 1: Wenn der Druck groß genug ist → Gestern",
        "Umsetzungsproblem 1: In neuen Konstellationen werden die Verantwortlichkeiten neu "
        "aufgeteilt (kann positive aber auch negative sein)",
        "Umsetzungsproblem 2: Eigenverantwortung muss erkannt werden",
    ]
    assert [b.question for b in support.blocks] == ["Wer hilft bei der Problemlösung?", "Wer finanziert die Aktion?"]
    assert texts(support) == [EMPTY, EMPTY]
    assert all(line.kind == "empty" for block in support.blocks for line in block.lines)


def test_aktion_2_continues_loesung_numbers(demo_store: Store) -> None:
    slides = deck(demo_store)
    loesungen, akteure, start, support = slides[8:12]
    assert [line.label for line in loesungen.blocks[0].lines] == ["Lösung 8", "Lösung 9", "Lösung 10", "Lösung 11"]
    assert texts(loesungen)[3] == 'Lösung 11: Bürgern echte "Entscheidungsfreiheit" geben; eigener Ratsentscheid'
    assert [line.label for line in akteure.blocks[0].lines] == [f"Akteur {n}" for n in range(1, 7)]
    assert texts(start) == [EMPTY, EMPTY] and texts(support) == [EMPTY, EMPTY]


def test_aktionsplan_summary(demo_store: Store) -> None:
    plan = deck(demo_store)[-1]
    assert slide_heading(plan) == "Aktionsplan"
    assert plan.table[0] == ("Aktion", "Aufgabe", "Start", "Akteure", "Sponsoren")
    assert [row[:3] for row in plan.table[1:]] == [
        ("1", f"1: {AUFGABEN[0]}", "Wenn der Druck groß genug ist → Gestern"),
        ("2", "8: Transparenz und Teilhabe in der gesamten Transformation", EMPTY),
    ]
    assert plan.table[2][3].startswith("Bürger*innen für Genossenschaft etc.; Bürgermeister*in; ")
    assert [b.question for b in plan.blocks] == [
        f"Aktion 1 · Aufgabe 1: {AUFGABEN[0]}",
        "Aktion 2 · Aufgabe 8: Transparenz und Teilhabe in der gesamten Transformation",
    ]
    assert texts(plan)[0] == "Start: Wenn der Druck groß genug ist → Gestern"
    assert texts(plan)[2] == f"Sponsoren: {EMPTY}"
    assert not plan.warning


def test_empty_plan_presents_aufgaben_with_entries(demo_store: Store) -> None:
    workshop = demo_store.load().workshops[0]
    demo_store.apply(Batch(tuple([SetAktion(id=a.id, aktion=None) for a in workshop.plan])))
    slides = deck(demo_store)
    assert [s.kind for s in slides] == ["title", "problems", *AKTION_KINDS, *AKTION_KINDS, "plan"]
    assert slides[2].heading == f"Aufgabe 1: {AUFGABEN[0]}"
    assert texts(slides[-1]) == [EMPTY] and slides[-1].table[1:] == ()


def test_more_than_four_aktionen_warns(demo_store: Store) -> None:
    workshop = demo_store.load().workshops[0]
    demo_store.apply(Batch(tuple([SetAktion(id=a.id, aktion=n) for n, a in enumerate(workshop.aufgaben, 1)])))
    plan = deck(demo_store)[-1]
    assert plan.warning == "Der Aktionsplan hat 9 Aktionen; die Vorlage sieht 3–4 vor."
    assert len(plan.blocks) == 9


def test_only_one_workshop_and_empty_workshop(demo_store: Store) -> None:
    other = demo_store.add(AddWorkshop(name="Industrie"))
    slides = build_deck(demo_store.load(), other)
    assert [s.kind for s in slides] == ["title", "problems", "plan"]
    assert workshop_line(slides[0]) == "Workshop: Industrie"
    assert texts(slides[1]) == [EMPTY] and block_title(slides[1].blocks[0]).startswith("Wo sehen Sie")
    forum = build_deck(demo_store.load())  # two rooms: the forum deck, with index and all plans
    assert len(forum) == 1 + 1 + 12 + 2 + 1
    assert [forum[1].kind, forum[-1].kind] == ["index", "forum-plan"]


def test_votes_follow_the_aufgabe(demo_store: Store) -> None:
    aufgaben = demo_store.load().workshops[0].aufgaben
    demo_store.apply(SetVotes(id=aufgaben[2].id, votes=5))
    demo_store.apply(SetVotes(id=aufgaben[3].id, votes=1))
    problems = texts(deck(demo_store)[1])
    assert problems[2].endswith("externe Stellen (5 Stimmen)")
    assert problems[3] == "Aufgabe 4: Kommune muss ihre eigene Verantwortung erkennen (1 Stimme)"
