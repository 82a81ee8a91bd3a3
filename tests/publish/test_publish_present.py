"""present FILE --publish DIR: the audience's pages learn the slide on show (issue 16, point 3)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from faktor4_tui.demo import demo_data
from faktor4_tui.publish import Publisher
from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddEntry
from faktor4_tui.ui.present_app import PresentApp
from tests.forum_rooms import five_rooms
from tests.publish.helpers import state
from tests.reliability.ptyapp import PtyApp


async def presenter_is(folder: Path, number: int, timeout: float = 2.0) -> dict:
    """deck.json's presenter once it says slide ``number`` (AssertionError after ``timeout``)."""
    began = time.monotonic()
    while True:
        presenter = state(folder)["presenter"]
        if presenter is not None and presenter["number"] == number:
            return presenter
        assert time.monotonic() - began < timeout, presenter
        await asyncio.sleep(0.02)


async def test_the_slide_on_show_reaches_deck_json(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "demo.json", demo_data())
    www = tmp_path / "www"
    www.mkdir()
    publisher = Publisher(Store(store.path), www)
    app = PresentApp(Session(store), on_slide=publisher.presenter_moved)
    assert publisher.step()  # as start_publisher does: DIR holds the deck before the presentation starts
    publisher.start()
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            assert (await presenter_is(www, 1))["slide"] == "title"
            for _ in range(4):
                await pilot.press("right")
            presenter = await presenter_is(www, 5)
            assert presenter == {"slide": "akteure-w2-a3", "number": 5, "total": 13}
            # Keys stay quick: the writing happens in the publisher's thread.
            began = time.monotonic()
            for _ in range(20):
                await pilot.press("right")
                await pilot.press("left")
            assert time.monotonic() - began < 5
            await presenter_is(www, 5)
            # A change to the file moves neither the presenter nor the page's idea of where it is.
            aufgabe = store.load().workshops[0].aufgaben[0].id
            store.apply(AddEntry(aufgabe=aufgabe, section="akteure", text="Noch ein Akteur"))
            began = time.monotonic()
            while "Noch ein Akteur" not in (www / "index.html").read_text(encoding="utf-8"):
                assert time.monotonic() - began < 2
                await asyncio.sleep(0.02)
            assert (await presenter_is(www, 5))["slide"] == "akteure-w2-a3"
            await pilot.press("end")
            assert (await presenter_is(www, 13))["slide"] == "plan-w2"
    finally:
        publisher.stop()
    assert state(www)["presenter"] is None  # the presentation ended: nobody to follow


async def test_presenting_one_room_publishes_that_room(tmp_path: Path) -> None:
    store = five_rooms(tmp_path / "forum.json")
    www = tmp_path / "www"
    www.mkdir()
    industrie = store.load().workshop_named("Industrie")
    assert industrie is not None
    publisher = Publisher(Store(store.path), www, industrie.id)
    app = PresentApp(Session(store), "Industrie", on_slide=publisher.presenter_moved)
    assert publisher.step()  # as start_publisher does: DIR holds the deck before the presentation starts
    publisher.start()
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("right")
            await presenter_is(www, 2)
            page = (www / "index.html").read_text(encoding="utf-8")
            assert "Prozesswärme elektrifizieren" in page and "Verwaltungsintern" not in page
    finally:
        publisher.stop()


def test_present_publish_as_a_real_process(tmp_path: Path) -> None:
    """`faktor4 present FILE --publish DIR` on a terminal: arrow keys move deck.json's presenter."""
    source = tmp_path / "demo.json"
    Store.create(source, demo_data())
    www = tmp_path / "www"
    app = PtyApp("present", str(source), "--publish", str(www))
    try:
        app.wait_for(lambda: (www / "deck.json").exists() and state(www)["presenter"] is not None, what="published")
        app.wait_for_output(b"1 / 13")
        app.type(b"\x1b[C" * 4)
        app.wait_for(lambda: state(www)["presenter"]["number"] == 5, timeout=5, what="slide 5 published")
        app.type(b"q")
        assert app.finish() == 0
    finally:
        app.close()
    assert state(www)["presenter"] is None
    assert sorted(p.name for p in www.iterdir()) == ["deck.json", "index.html"]
