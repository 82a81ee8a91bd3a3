"""The Papierkorb in the app: the second press for an Aufgabe with entries, undo, and restoring from the palette."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import OptionList
from textual.widgets._toast import Toast

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddEntry, AddWorkshop, DeleteAufgabe, DeleteEntry
from faktor4_tui.ui.app import Faktor4App
from faktor4_tui.ui.screens.aufgabe import AufgabeScreen
from faktor4_tui.ui.screens.problems import ProblemScreen
from faktor4_tui.ui.screens.prompt import ConfirmPrompt
from faktor4_tui.ui.screens.trash import TrashScreen
from tests.toolkit.helpers import choose, palette
from tests.ui.helpers import SIZE, aufgaben, saved, texts


def notices(app: Faktor4App) -> list[str]:
    return [str(n.message) for n in app._notifications]


def trash(path: Path) -> list[dict[str, Any]]:
    """The saved trash items, newest first."""
    items = [dict(item, id=int(key)) for key, item in saved(path)["trash"].items()]
    return sorted(items, key=lambda item: (item["deleted_at"], item["id"]), reverse=True)


def entry_count(path: Path, aufgabe_id: int) -> int:
    return sum(1 for row in saved(path)["entries"].values() if row["aufgabe"] == aufgabe_id)


async def open_trash(pilot: Any) -> TrashScreen:
    await palette(pilot, "Papierkorb")
    await choose(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, TrashScreen)
    return screen


async def test_an_aufgabe_with_entries_takes_a_second_press(demo_store: Store) -> None:
    path = demo_store.path
    first = aufgaben(path)[0]
    count = entry_count(path, first["id"])
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d")
        expected = f"Noch einmal d drücken, um Aufgabe 1 mit {count} Einträgen in den Papierkorb zu legen"
        assert notices(app)[-1] == expected
        assert aufgaben(path)[0]["id"] == first["id"] and saved(path)["trash"] == {}
        await pilot.press("j", "k", "d")  # other keys in between: the first press is forgotten
        assert aufgaben(path)[0]["id"] == first["id"]
        await pilot.press("x", "d")  # even a key that stays on the row (plan toggle) cancels
        assert aufgaben(path)[0]["id"] == first["id"]
        await pilot.press("d")  # the very next key: into the Papierkorb
        assert first["text"] not in texts(path)
        [item] = trash(path)
        assert item["kind"] == "aufgabe" and item["row"] == first["id"] and len(item["entries"]) == count
        before = texts(path)
        await pilot.press("d")  # the next Aufgabe (was 2) has no entries: the first press deletes it
        assert texts(path) == before[1:]
        assert [item["kind"] for item in trash(path)] == ["aufgabe", "aufgabe"]


async def test_an_entry_goes_at_the_first_press_and_undo_takes_it_out_again(demo_store: Store) -> None:
    path = demo_store.path
    aufgabe = aufgaben(path)[0]["id"]
    before = saved(path)
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        assert isinstance(app.screen, AufgabeScreen)
        await pilot.press("d")
        [item] = trash(path)
        assert item["kind"] == "entry" and saved(path)["entries"].keys() == before["entries"].keys() - {
            str(item["row"])
        }
        await pilot.press("u")  # undo: out of the Papierkorb, back with the same id
        after = saved(path)
        assert after["trash"] == {} and after["entries"] == before["entries"]
        await pilot.press("U")  # redo: the same trash item again (same id, same time)
        assert trash(path) == [item]
        await pilot.press("escape")
        await pilot.press("d", "d")  # the whole Aufgabe, after the confirmation
        assert aufgabe not in [row["id"] for row in aufgaben(path)]
        await pilot.press("u")
        assert aufgaben(path)[0]["id"] == aufgabe
        assert [i["kind"] for i in trash(path)] == ["entry"]


async def test_palette_lists_newest_first_and_restores_the_chosen_item(demo_store: Store) -> None:
    path = demo_store.path
    before = saved(path)
    eighth = aufgaben(path)[7]
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "d", "d")  # the last Aufgabe (9, no entries), then 8 with its entries
        await pilot.press("d")
        assert eighth["text"] not in texts(path)
        screen = await open_trash(pilot)
        shown = [str(option.prompt) for option in screen.items.options]
        assert shown[0].startswith("1  ") and "Aufgabe (10 Einträge)" in shown[0]
        assert f"„{eighth['text'][:39]}" in shown[0] and "Kommunen · war Aufgabe 8" in shown[0]
        assert shown[1].startswith("2  ") and "Kommunen · war Aufgabe 9" in shown[1]
        await pilot.press("down", "enter")  # the older one: Aufgabe 9
        await pilot.pause()
        assert isinstance(app.screen, ProblemScreen)
        assert "Wiederhergestellt: Aufgabe" in notices(app)[-1] and "Kommunen · Aufgabe 8" in notices(app)[-1]
        await open_trash(pilot)
        await pilot.press("enter")
        await pilot.pause()
    after = saved(path)
    for table in ("workshops", "aufgaben", "entries"):
        assert after[table] == before[table], table
    assert after["trash"] == {}


async def test_an_entry_whose_aufgabe_is_in_the_trash_says_what_to_restore_first(demo_store: Store) -> None:
    path = demo_store.path
    before = saved(path)
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "d", "escape", "d", "d")  # an entry of Aufgabe 1, then Aufgabe 1
        assert len(trash(path)) == 2
        screen = await open_trash(pilot)
        assert "(im Papierkorb)" in str(screen.items.options[1].prompt)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert "erst Nummer 1 wiederherstellen" in notices(app)[-1]
        assert "gespeichert" in app.session.status.state, "a refusal is a notice, not an error in the header"
        assert len(trash(path)) == 2
        await open_trash(pilot)
        await pilot.press("enter")  # the Aufgabe first …
        await open_trash(pilot)
        await pilot.press("enter")  # … then its entry
        await pilot.pause()
    assert trash(path) == []
    assert saved(path)["entries"] == before["entries"]


async def test_a_workshop_goes_to_the_trash_from_the_palette_and_comes_back(demo_store: Store) -> None:
    path = demo_store.path
    demo_store.add(AddWorkshop(name="Industrie"))
    before = saved(path)
    count = len(before["entries"])
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await palette(pilot, "Workshop löschen")
        await choose(pilot)
        assert isinstance(app.screen, ConfirmPrompt)
        assert f"Workshop „Kommunen“ (9 Aufgaben, {count} Einträge) in den Papierkorb legen?" == app.screen.question
        await pilot.press("j")
        await pilot.pause()
        assert [w["name"] for w in saved(path)["workshops"].values()] == ["Industrie"]
        assert app.session.workshop.name == "Industrie"
        [item] = trash(path)
        assert item["kind"] == "workshop" and len(item["aufgaben"]) == 9 and len(item["entries"]) == count
        screen = await open_trash(pilot)
        assert f"Workshop (9 Aufgaben, {count} Einträge)" in str(screen.items.options[0].prompt)
        await pilot.press("enter")
        await pilot.pause()
    after = saved(path)
    for table in ("workshops", "aufgaben", "entries"):
        assert after[table] == before[table], table


async def test_the_trash_survives_a_restart(demo_store: Store) -> None:
    path = demo_store.path
    before = saved(path)
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d", "d")
    later = Faktor4App(Session(Store(path)))  # another start: nothing but the file
    async with later.run_test(size=SIZE) as pilot:
        screen = await open_trash(pilot)
        assert len(screen.items.options) == 1
        await pilot.press("enter")
        await pilot.pause()
    assert saved(path)["aufgaben"] == before["aufgaben"] and saved(path)["entries"] == before["entries"]


async def test_the_trash_dialog_follows_the_file(demo_store: Store) -> None:
    path = demo_store.path
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d", "d")
        screen = await open_trash(pilot)
        Store(path).apply(DeleteAufgabe(aufgaben(path)[0]["id"]))  # another process
        for _ in range(40):
            await pilot.pause(0.05)
            if len(screen.items.options) == 2:
                break
        assert len(screen.items.options) == 2
        assert isinstance(screen.query_one(".trash-list"), OptionList)
        await pilot.press("escape")
        assert isinstance(app.screen, ProblemScreen)


async def test_the_trash_shows_text_literally(demo_store: Store) -> None:
    aufgabe = aufgaben(demo_store.path)[1]["id"]
    entry = demo_store.add(AddEntry(aufgabe=aufgabe, section="start", text="[bold]x[/] [@click=app.quit]y"))
    demo_store.apply(DeleteEntry(entry))
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_trash(pilot)
        prompt = str(screen.items.options[0].prompt)
        assert "„[bold]x[/] [@click=app.quit]y“ · Kommunen · Aufgabe 2 · Start" in prompt
        await pilot.press("escape")
        assert app.is_running and isinstance(app.screen, ProblemScreen)


async def shown_toasts(pilot: Any) -> list[str]:
    """The notices on screen now, as the user reads them (the toasts' text, once the rack is updated)."""
    for _ in range(3):
        await pilot.pause()
    return [str(toast.render()) for toast in pilot.app.screen.query(Toast)]


async def test_the_notice_of_a_deleted_workshop_goes_when_undo_brings_it_back(demo_store: Store) -> None:
    path = demo_store.path
    demo_store.add(AddWorkshop(name="Industrie"))
    before = saved(path)
    gone = "Workshop „Kommunen“ liegt im Papierkorb"
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE, notifications=True) as pilot:  # toasts drawn as the user sees them
        await palette(pilot, "Workshop löschen")  # the palette's command …
        await choose(pilot)
        await pilot.press("j")
        await pilot.pause()
        assert [w["name"] for w in saved(path)["workshops"].values()] == ["Industrie"]
        assert any(gone in text for text in await shown_toasts(pilot))
        await pilot.press("u")
        await pilot.pause()
        assert saved(path)["workshops"] == before["workshops"]
        assert not any(gone in text for text in await shown_toasts(pilot)), await shown_toasts(pilot)
        assert "Rückgängig gemacht." in await shown_toasts(pilot)
        await pilot.press("w", "home", "d")  # … and the workshop dialog's d d
        assert any("Noch einmal d drücken" in text for text in await shown_toasts(pilot))
        await pilot.press("d")
        await pilot.pause()
        assert [w["name"] for w in saved(path)["workshops"].values()] == ["Industrie"]
        toasts = await shown_toasts(pilot)
        assert any(gone in text for text in toasts) and not any("Noch einmal d" in text for text in toasts), toasts
        await pilot.press("u")
        await pilot.pause()
        assert saved(path)["workshops"] == before["workshops"]
        assert not any("Kommunen" in text for text in await shown_toasts(pilot)), await shown_toasts(pilot)
