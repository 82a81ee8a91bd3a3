"""Nothing is cropped: at any terminal size every slide's rows end inside the body."""

from __future__ import annotations

import pytest
from helpers import screen

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddEntry, Batch
from faktor4_tui.ui.present_app import PresentApp
from faktor4_tui.ui.widgets.slide_body import SlideBody

LONG = "Eine sehr lange Zeile mit Lösungsvorschlägen, " * 6


def add_long_entries(store: Store) -> None:
    aufgabe = store.load().workshops[0].aufgaben[0]
    store.apply(
        Batch(tuple([AddEntry(aufgabe=aufgabe.id, section="loesungen", text=f"{n}. {LONG}") for n in range(4)]))
    )


async def assert_every_slide_fits(app: PresentApp, pilot) -> int:
    present = screen(app)
    body = present.query_one("#present-body", SlideBody)
    for index in range(present.cursor.total):
        present.go(index)
        await pilot.pause()
        size = body.content_size
        lines = body.lines()  # every rendered row, also any that would fall below the body
        assert lines, index
        assert len(lines) <= size.height, (index, present.cursor.current.key, app.size)
        assert all(line.cell_length <= size.width for line in lines)
    return present.cursor.total


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (200, 60), (60, 20)])
async def test_every_slide_fits(demo_store: Store, size: tuple[int, int]) -> None:
    add_long_entries(demo_store)
    app = PresentApp(Session(demo_store))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await assert_every_slide_fits(app, pilot)


async def test_fit_follows_resize_and_timer(demo_store: Store) -> None:
    add_long_entries(demo_store)
    app = PresentApp(Session(demo_store))
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.pause()
        big = await assert_every_slide_fits(app, pilot)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        small = await assert_every_slide_fits(app, pilot)
        assert small > big
        await pilot.press("t")
        await pilot.pause()
        await assert_every_slide_fits(app, pilot)


async def test_resize_keeps_the_slide(demo_store: Store) -> None:
    app = PresentApp(Session(demo_store))
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.pause()
        await pilot.press("9", "enter")
        key = screen(app).cursor.current.key
        assert key.kind == "loesungen"
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert screen(app).cursor.current.key == key
        await pilot.resize_terminal(160, 45)
        await pilot.pause()
        assert screen(app).cursor.current.key == key
