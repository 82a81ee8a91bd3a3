"""The command palette: find any Aufgabe or entry in any workshop and jump there; run actions by name."""

from __future__ import annotations

from pathlib import Path

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, AddEntry, AddWorkshop, SetVotes
from faktor4_tui.ui.app import Faktor4App
from faktor4_tui.ui.screens.aufgabe import AufgabeScreen
from faktor4_tui.ui.screens.problems import ProblemScreen
from faktor4_tui.ui.screens.prompt import ConfirmPrompt, TextPrompt
from tests.toolkit.helpers import choose, palette
from tests.ui.helpers import SIZE, aufgaben, entries, saved, type_text


async def test_search_finds_an_entry_and_jumps_to_its_pane(demo_store: Store) -> None:
    aufgabe8 = aufgaben(demo_store.path)[7]["id"]
    other = demo_store.add(AddWorkshop(name="Industrie"))
    demo_store.add(AddAufgabe(workshop=other, text="Abwärme nutzen"))
    app = Faktor4App(Session(demo_store, workshop="Industrie"))
    async with app.run_test(size=SIZE) as pilot:
        hits = await palette(pilot, "Genossenschaft")
        assert hits[0] == "Bürger*innen für Genossenschaft etc.\nKommunen · Aufgabe 8 · Akteure"
        await choose(pilot)
        screen = app.screen
        assert isinstance(screen, AufgabeScreen) and screen.aufgabe_id == aufgabe8
        assert app.session.workshop.name == "Kommunen"
        pane = screen.panes[1]
        assert app.focused is pane.options and pane.current.text == "Bürger*innen für Genossenschaft etc."
        await pilot.press("escape")
        assert isinstance(app.screen, ProblemScreen) and app.screen.keylist.current.id == aufgabe8


async def test_search_finds_an_aufgabe_in_another_workshop(demo_store: Store) -> None:
    other = demo_store.add(AddWorkshop(name="Industrie"))
    demo_store.add(AddAufgabe(workshop=other, text="Erste"))
    target = demo_store.add(AddAufgabe(workshop=other, text="Abwärme [bold]nutzen[/]"))
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        await type_text(pilot, "Verwaltung")  # a filter on the list must not hide the jump's target
        hits = await palette(pilot, "abwrme")  # fuzzy: a letter left out
        assert hits[0] == "Abwärme [bold]nutzen[/]\nIndustrie · Aufgabe 2"  # literal, never markup
        await choose(pilot)
        assert isinstance(app.screen, ProblemScreen)
        assert app.session.workshop.name == "Industrie" and app.screen.keylist.current.id == target


async def test_fuzzy_search_in_long_text_matches_within_words(demo_store: Store) -> None:
    aufgabe = aufgaben(demo_store.path)[1]["id"]
    long_text = "Die Energiegenossenschaften sollen mehr Anteile an neuen Windparks erhalten " * 4
    demo_store.add(AddEntry(aufgabe=aufgabe, section="start", text=long_text))
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        hits = await palette(pilot, "esnsen")  # no substring anywhere: the per-word fuzzy path
        assert hits[0] == f"{long_text.strip()}\nKommunen · Aufgabe 2 · Start"


def test_text_match_marks_letters_of_one_word_only() -> None:
    from textual.fuzzy import Matcher

    from faktor4_tui.ui.commands.palette import text_match

    text = "Bürger*innen für Genossenschaft etc. " * 6
    score, offsets = text_match(Matcher("gnsschft"), text)
    word = text.index("Genossenschaft")
    assert score > 0 and all(word <= offset < word + len("Genossenschaft") for offset in offsets)
    assert text_match(Matcher("Bgm"), text) == (0.0, ())  # letters scattered over words: no match
    assert text_match(Matcher("gen für"), text)[0] > 0  # each query word within some word, any order


async def test_palette_exports_markdown_beside_the_data_file(demo_store: Store) -> None:
    target = demo_store.path.with_suffix(".md")
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        hits = await palette(pilot, "Exportieren als Markdown")
        assert hits[0].startswith("Exportieren als Markdown")
        await choose(pilot)
        assert isinstance(app.screen, TextPrompt)
        assert app.screen.query_one("LineInput").value == str(target)
        await pilot.press("enter")
        await pilot.pause()
    text = target.read_text(encoding="utf-8")
    assert "Transparenz und Teilhabe in der gesamten Transformation" in text
    assert "für Genossenschaft etc." in text  # ("*" is escaped in Markdown)


async def test_palette_export_asks_before_overwriting(demo_store: Store, tmp_path: Path) -> None:
    target = tmp_path / "plan.csv"
    target.write_text("keep me", encoding="utf-8")
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await palette(pilot, "Exportieren als CSV")
        await choose(pilot)
        await pilot.press("ctrl+u")
        await type_text(pilot, "plan.csv\n")  # relative: beside the data file
        await pilot.pause()
        assert isinstance(app.screen, ConfirmPrompt)
        await pilot.press("n")
        assert target.read_text(encoding="utf-8") == "keep me"
        await palette(pilot, "Exportieren als CSV")
        await choose(pilot)
        await pilot.press("ctrl+u")
        await type_text(pilot, f"{target}\n")
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
    assert "Genossenschaft" in target.read_text(encoding="utf-8")


async def test_palette_export_error_is_a_sentence(demo_store: Store, tmp_path: Path) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await palette(pilot, "Exportieren als Markdown")
        await choose(pilot)
        await pilot.press("ctrl+u")
        await type_text(pilot, f"{tmp_path}/missing/plan.md\n")
        await pilot.pause()
        messages = [str(n.message) for n in app._notifications]
    assert any(m.endswith("/missing gibt es nicht.") for m in messages), messages
    assert not (tmp_path / "missing").exists()


async def test_rename_workshop_from_the_palette(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await palette(pilot, "Workshop umbenennen")
        await choose(pilot)
        assert isinstance(app.screen, TextPrompt)
        await pilot.press("ctrl+u")
        await type_text(pilot, "Kommunen und Kreise\n")
        await pilot.pause()
        assert isinstance(app.screen, ProblemScreen)
        await pilot.press("u")
        assert [w["name"] for w in saved(demo_store.path)["workshops"].values()] == ["Kommunen"]
        await pilot.press("U")
    assert [w["name"] for w in saved(demo_store.path)["workshops"].values()] == ["Kommunen und Kreise"]


async def test_new_workshop_from_the_palette(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await palette(pilot, "Neuer Workshop")
        await choose(pilot)
        await type_text(pilot, "Industrie\n")
        await pilot.pause()
        assert app.session.workshop.name == "Industrie"
        await pilot.press("a")
        await type_text(pilot, "Abwärme\n")
    data = saved(demo_store.path)
    industrie = next(key for key, w in data["workshops"].items() if w["name"] == "Industrie")
    assert [a["text"] for a in data["aufgaben"].values() if str(a["workshop"]) == industrie] == ["Abwärme"]


async def test_palette_sort_and_propose_on_the_problem_list(demo_store: Store) -> None:
    ids = [row["id"] for row in aufgaben(demo_store.path)]
    demo_store.apply(SetVotes(id=ids[3], votes=2))
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await palette(pilot, "Aktionsplan aus Punkten vorschlagen")
        await choose(pilot)
    assert [a["aktion"] for a in aufgaben(demo_store.path)] == [None, None, None, 1, None, None, None, None, None]


async def test_jump_never_drops_a_line_being_typed(demo_store: Store) -> None:
    first = aufgaben(demo_store.path)[0]["id"]
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "2", "a")
        await type_text(pilot, "halb getippt")
        await palette(pilot, "Genossenschaft")
        await choose(pilot)
        screen = app.screen
        assert isinstance(screen, AufgabeScreen) and screen.aufgabe_id == first
        assert screen.panes[1].editor.value == "halb getippt"
        await pilot.press("enter")
    assert entries(demo_store.path, first, "akteure")[-1] == ("halb getippt", False)


async def test_edit_event_and_present_from_the_palette(demo_store: Store) -> None:
    from faktor4_tui.ui.screens.present import PresentScreen

    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await palette(pilot, "Veranstaltung bearbeiten")
        await choose(pilot)
        await pilot.press("ctrl+u")
        await type_text(pilot, "Workshop [b]Aktionsplan[/b]")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ProblemScreen)
        await palette(pilot, "Präsentieren")
        await choose(pilot)
        assert isinstance(app.screen, PresentScreen)
    assert saved(demo_store.path)["event"]["1"]["title"] == "Workshop [b]Aktionsplan[/b]"
