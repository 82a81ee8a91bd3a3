"""Driving PresentApp by keys: next/previous, first/last, goto by digits, leaving."""

from __future__ import annotations

import pytest
from helpers import body_text, counter, notice, screen
from textual.screen import Screen

from faktor4_tui.deck import slide_key_for
from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddEntry
from faktor4_tui.ui.present_app import PresentApp, resolve_workshop
from faktor4_tui.ui.screens.present import PresentScreen

SIZE = (80, 24)


async def test_next_and_previous_keys(demo_store: Store) -> None:
    app = PresentApp(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        total = screen(app).cursor.total
        assert counter(app) == f"1 / {total}"
        assert "Ziel des Workshops" in body_text(app)
        for number, key in enumerate(["right", "space", "pagedown", "n", "l", "enter"], start=2):
            await pilot.press(key)
            assert counter(app) == f"{number} / {total}", key
        for number, key in enumerate(["left", "backspace", "pageup", "p", "h"], start=1):
            await pilot.press(key)
            assert counter(app) == f"{7 - number} / {total}", key
        await pilot.press("G")
        assert counter(app) == f"{total} / {total}" and "Aktionsplan" in body_text(app)
        await pilot.press("right")
        assert counter(app) == f"{total} / {total}"
        await pilot.press("g")
        assert counter(app) == f"1 / {total}"
        await pilot.press("end", "home", "left")
        assert counter(app) == f"1 / {total}"


async def test_goto_by_digits(demo_store: Store) -> None:
    app = PresentApp(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        total = screen(app).cursor.total
        await pilot.press("1", "2")
        assert "12" in notice(app) and counter(app) == f"1 / {total}"
        await pilot.press("enter")
        assert counter(app) == f"12 / {total}"
        await pilot.press("3", "4", "backspace", "enter")
        assert counter(app) == f"3 / {total}"
        await pilot.press("9", "9", "enter")
        assert counter(app) == f"{total} / {total}"
        await pilot.press("2", "escape")
        assert app.is_running and "2" not in notice(app)
        await pilot.press("enter")
        assert counter(app) == f"{total} / {total}"


async def test_lösungen_slide_text(demo_store: Store) -> None:
    app = PresentApp(Session(demo_store))
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await pilot.press("4", "enter")
        text = body_text(app)
        assert text.startswith("Aktion 1 · Aufgabe 1: Verwaltungsintern Klimaschutz")
        assert "Was muss getan werden?" in text and "Lösung 7: Ziele formulieren und durchzubringen" in text
        bar = str(screen(app).query_one("#slide-event").content)
        assert "Workshop Aktionsplan Faktor 4 · Herbstforum 2021" in bar and "02.10.21" in bar
        assert str(screen(app).query_one("#slide-workshop").content) == "Workshop: Kommunen"


@pytest.mark.parametrize("key", ["q", "escape"])
async def test_leaving_quits_present_app(demo_store: Store, key: str) -> None:
    app = PresentApp(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(key)
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


class Host(PresentApp):
    """A stand-in for the main app (one session, its poller): f5 pushes the presentation at a given place."""

    def __init__(self, store: Store) -> None:
        super().__init__(Session(store))

    def get_default_screen(self) -> Screen[None]:
        return Screen()

    def key_f5(self) -> None:
        workshop = self.session.document.workshops[0]
        start = slide_key_for(workshop.id, workshop.aufgaben[7].id, "akteure")
        self.push_screen(PresentScreen(self.session, workshop.id, start))


async def test_screen_inside_another_app_starts_at_place_and_leaves(demo_store: Store) -> None:
    app = Host(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        assert "Aktion 2 · Aufgabe 8" in body_text(app) and "Akteur 6:" in body_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, PresentScreen) and app.is_running


async def test_user_text_is_literal(demo_store: Store) -> None:
    aufgabe = demo_store.load().workshops[0].aufgaben[0]
    for text in ("[/]", "[@click=app.quit]x[/]", "[bold]fett[/bold]"):
        demo_store.apply(AddEntry(aufgabe=aufgabe.id, section="akteure", text=text))
    app = PresentApp(Session(demo_store), "kommunen")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("5", "enter")
        text = body_text(app)
        assert "Akteur 4: [/]" in text and "Akteur 5: [@click=app.quit]x[/]" in text
        assert "Akteur 6: [bold]fett[/bold]" in text
        assert app.is_running


def test_resolve_workshop(demo_store: Store) -> None:
    with pytest.raises(LookupError) as error:
        resolve_workshop(Session(demo_store), "Nirgends")
    assert error.value.args == ("Nirgends", ["Kommunen"])
    assert resolve_workshop(Session(demo_store), "KOMMUNEN") == demo_store.load().workshops[0].id


async def test_screen_follows_writes_through_the_same_store(demo_store: Store) -> None:
    """In the main app the note taker's own Store writes; the presentation shows those too."""
    app = Host(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        aufgabe = demo_store.load().workshops[0].aufgaben[7]
        demo_store.apply(AddEntry(aufgabe=aufgabe.id, section="akteure", text="Vereine"))
        for _ in range(40):
            if "Akteur 7: Vereine" in body_text(app):
                break
            await pilot.pause(0.05)
        assert "Akteur 7: Vereine" in body_text(app)
