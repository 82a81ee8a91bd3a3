"""The whole first Aktion of the seed, typed by keys alone on a fresh file, ends up on disk exactly."""

from __future__ import annotations

from faktor4_tui.demo import AKTIONEN, AUFGABEN, EVENT, WORKSHOP
from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.ui.app import Faktor4App
from tests.ui.helpers import SIZE, aufgaben, entries, saved, type_text

PANE_KEYS = {"loesungen": "1", "akteure": "2", "start": "3", "umsetzungsprobleme": "4"}


async def test_type_the_first_aktion_of_the_seed(empty_store: Store) -> None:
    number, aktion, sections = AKTIONEN[0]
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, f"{EVENT.title}\n{EVENT.forum}\n{EVENT.dates}\n")  # a new file asks for the event
        await type_text(pilot, WORKSHOP)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("a")
        await type_text(pilot, AUFGABEN[number - 1])
        await pilot.press("enter", "enter", "enter")  # save, close, open the Aufgabe
        for section, items in sections.items():
            await pilot.press(PANE_KEYS[section], "a")
            for text, _note in items:
                await type_text(pilot, text)
                await pilot.press("enter")
            await pilot.press("enter")  # an empty line closes the input
            if any(note for _text, note in items):
                await pilot.press("G", "m")  # the Zugpferde note is the last Akteur line
        await pilot.press("escape", "x")
    data = saved(empty_store.path)
    assert [w["name"] for w in data["workshops"].values()] == [WORKSHOP]
    event = data["event"]["1"]
    assert (event["title"], event["forum"], event["dates"]) == (EVENT.title, EVENT.forum, EVENT.dates)
    [row] = aufgaben(empty_store.path)
    assert row["text"] == AUFGABEN[number - 1]
    assert row["aktion"] == aktion
    for section, items in sections.items():
        assert entries(empty_store.path, row["id"], section) == items
    for section in ("unterstuetzer", "sponsoren"):
        assert entries(empty_store.path, row["id"], section) == []
