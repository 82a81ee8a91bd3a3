"""The title slide looks like one: the event title centred, forum and dates under it; the band keeps its height."""

from __future__ import annotations

from textual.widgets import Static

from faktor4_tui.deck import build_deck
from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.ui.present_app import PresentApp
from faktor4_tui.ui.widgets.event_bar import title_band
from tests.present.helpers import screen


def test_title_band_puts_forum_and_dates_under_the_title_in_as_many_rows(demo_store: Store) -> None:
    slide = build_deck(demo_store.load())[0]
    wide = title_band(slide, 100).plain.split("\n")
    assert wide == ["Workshop Aktionsplan Faktor 4", "Herbstforum 2021 · Donnerstag, 30.09.21 bis Samstag, 02.10.21"]
    narrow = title_band(slide, 58).plain.split("\n")  # forum and dates do not fit one row: the usual two lines
    assert narrow == ["Workshop Aktionsplan Faktor 4 · Herbstforum 2021", "Donnerstag, 30.09.21 bis Samstag, 02.10.21"]
    tight = title_band(slide, 30).plain.split("\n")  # two rows whatever the width: too long ends in … (CSS)
    assert tight == ["Workshop Aktionsplan Faktor 4 · Herbstforum 2021", "Donnerstag, 30.09.21 bis Samstag, 02.10.21"]


async def test_the_title_band_is_as_high_as_the_usual_band(demo_store: Store) -> None:
    """The slide body keeps its size (the deck is fitted to it): every band, the title slide's too,
    takes two rows, whatever the title (a new title does not lay out the deck again)."""
    for size in ((80, 24), (120, 30), (50, 20), (36, 16)):
        app = PresentApp(Session(demo_store))
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            present = screen(app)
            event = present.query_one("#slide-event", Static)
            slide = present.cursor.current
            assert slide.kind == "title" and event.has_class("-title")
            assert str(event.content).startswith("Workshop Aktionsplan Faktor 4")
            assert event.size.height == 2, size  # the event line and the dates, each one row
            await pilot.press("end")
            await pilot.pause()
            assert not event.has_class("-title")
