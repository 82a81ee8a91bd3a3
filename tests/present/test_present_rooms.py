"""The forum in the presentation: the room in the header, `]`/`[` between rooms, `w` chooses one, F1."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import body_text, counter, notice, screen
from test_present_fit import assert_every_slide_fits
from test_present_live import faktor4, wait_until

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.ui.app import Faktor4App
from faktor4_tui.ui.present_app import PresentApp
from faktor4_tui.ui.screens.help import HelpScreen
from faktor4_tui.ui.screens.present import PresentScreen
from faktor4_tui.ui.screens.room_pick import RoomPicker
from tests.forum_rooms import ROOMS, five_rooms

SIZE = (80, 24)


@pytest.fixture
def forum(tmp_path: Path) -> Store:
    return five_rooms(tmp_path / "forum.json")


def room_shown(app) -> str:
    return str(screen(app).query_one("#slide-workshop").content)


async def test_index_slide_and_room_keys(forum: Store) -> None:
    app = PresentApp(Session(forum))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert room_shown(app) == "5 Workshops"
        await pilot.press("n")
        assert screen(app).cursor.current.kind == "index"
        for room in ROOMS:
            assert room in body_text(app)
        visited = []
        for _ in ROOMS:
            await pilot.press("right_square_bracket")
            current = screen(app).cursor.current
            assert current.kind == "problems"  # each room's first slide
            visited.append(current.workshop)
            assert room_shown(app) == f"Workshop {len(visited)}/5: {current.workshop}"
        assert visited == list(ROOMS)
        await pilot.press("n", "n", "right_square_bracket")  # after the last room: the plans of all
        assert screen(app).cursor.current.kind == "forum-plan"
        assert "Aktionspläne aller Workshops" in body_text(app) and room_shown(app) == "5 Workshops"
        await pilot.press("right_square_bracket")
        assert "letzte Workshop" in notice(app) and screen(app).cursor.current.kind == "forum-plan"
        await pilot.press("left_square_bracket")
        assert room_shown(app) == "Workshop 5/5: Jede*r Einzelne" and screen(app).cursor.current.kind == "problems"
        await pilot.press("n", "n", "left_square_bracket")  # from inside a room: the previous room's first slide
        assert room_shown(app) == "Workshop 4/5: Bildungseinrichtungen"
        for _ in range(3):
            await pilot.press("left_square_bracket")
        assert room_shown(app) == "Workshop 1/5: Industrie"
        await pilot.press("left_square_bracket")
        assert screen(app).cursor.current.kind == "index"
        await pilot.press("g", "right_square_bracket")  # from the title too
        assert room_shown(app) == "Workshop 1/5: Industrie"


async def test_w_chooses_a_room_by_typing(forum: Store) -> None:
    app = PresentApp(Session(forum))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("w")
        assert isinstance(app.screen, RoomPicker)
        await pilot.press(*"energie", "enter")
        assert isinstance(app.screen, PresentScreen)
        assert screen(app).cursor.current.kind == "problems"
        assert room_shown(app) == "Workshop 2/5: Energiewirtschaft"
        start = counter(app)
        await pilot.press("w", "down", "down", "enter")  # the list starts on the room on show
        assert room_shown(app) == "Workshop 4/5: Bildungseinrichtungen" and counter(app) != start
        await pilot.press("w", "4", "escape")
        assert isinstance(app.screen, PresentScreen) and room_shown(app) == "Workshop 4/5: Bildungseinrichtungen"
        await pilot.press("w", *"xyz", "enter")  # nothing matches: the list stays open
        assert isinstance(app.screen, RoomPicker)
        await pilot.press("backspace", "backspace", "backspace", *"kom", "enter")
        assert room_shown(app) == "Workshop 3/5: Kommunen"


@pytest.mark.parametrize("key", ["f1", "question_mark"])
async def test_f1_lists_the_presentation_keys(forum: Store, key: str) -> None:
    app = PresentApp(Session(forum))
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.pause()
        await pilot.press(key)
        assert isinstance(app.screen, HelpScreen)
        shown = "\n".join(str(widget.render()) for widget in app.screen.query(".help-line"))
        for needle in ("Weiter", "Zurück", "Anfang", "Ende", "Folie Nr.", "Timer", "Workshop →", "Workshop ←"):
            assert needle in shown
        for needle in ("Workshop wählen", "Hilfe", "Beenden", "] ", "[ ", "w ", "f1", "?"):
            assert needle in shown
        await pilot.press("escape")
        assert isinstance(app.screen, PresentScreen) and app.is_running


async def test_in_the_app_f1_and_w_while_presenting(forum: Store) -> None:
    app = Faktor4App(Session(forum))
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.pause()
        await pilot.press("f5")
        assert isinstance(app.screen, PresentScreen)
        await pilot.press("f1")
        shown = "\n".join(str(widget.render()) for widget in app.screen.query(".help-line"))
        groups = [str(widget.render()) for widget in app.screen.query(".help-group")]
        assert "Workshop wählen" in shown and groups == ["Präsentation"]
        await pilot.press("escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape", "w")
        assert isinstance(app.screen, RoomPicker)
        await pilot.press(*"jede", "enter")
        assert room_shown(app) == "Workshop 5/5: Jede*r Einzelne"


async def test_one_workshop_keeps_its_deck_and_header(demo_store: Store) -> None:
    app = PresentApp(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        total = screen(app).cursor.total
        assert {s.kind for s in screen(app).cursor.slides}.isdisjoint({"index", "forum-plan"})
        await pilot.press("right_square_bracket")
        assert screen(app).cursor.current.kind == "problems" and room_shown(app) == "Workshop: Kommunen"
        await pilot.press("left_square_bracket")
        assert counter(app) == f"1 / {total}"


async def test_a_room_added_elsewhere_joins_and_the_presenter_stays(demo_store: Store) -> None:
    app = PresentApp(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("4", "enter")
        key, total = screen(app).cursor.current.key, screen(app).cursor.total
        assert key.kind != "title" and counter(app) == f"4 / {total}"
        code = await faktor4("add", str(demo_store.path), "--workshop", "Industrie", "--create", "Abwärme nutzen")
        if code == 2:  # an ``add`` that does not know --create yet creates the room by itself
            code = await faktor4("add", str(demo_store.path), "--workshop", "Industrie", "Abwärme nutzen")
        assert code == 0
        assert await wait_until(pilot, lambda: screen(app).cursor.total > total)
        assert screen(app).cursor.current.key == key  # the same slide, now later in the forum deck
        assert room_shown(app) == "Workshop 1/2: Kommunen"
        await pilot.press("right_square_bracket")
        assert room_shown(app) == "Workshop 2/2: Industrie" and "Abwärme nutzen" in body_text(app)


async def test_presenting_one_workshop_the_room_keys_present_the_next(forum: Store) -> None:
    app = PresentApp(Session(forum), "Kommunen")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert room_shown(app) == "Workshop 3/5: Kommunen"
        await pilot.press("right_square_bracket")
        slides = screen(app).cursor.slides
        assert {s.workshop for s in slides[1:]} == {"Bildungseinrichtungen"} and "index" not in {s.kind for s in slides}
        assert (
            screen(app).cursor.current.kind == "problems" and room_shown(app) == "Workshop 4/5: Bildungseinrichtungen"
        )
        await pilot.press("w", *"indu", "enter")
        assert room_shown(app) == "Workshop 1/5: Industrie"
        await pilot.press("left_square_bracket")
        assert "erste Workshop" in notice(app) and room_shown(app) == "Workshop 1/5: Industrie"


def test_room_keys_have_ids_and_tooltips() -> None:
    missing = [
        (cls.__name__, b.key) for cls in (PresentScreen, RoomPicker) for b in cls.BINDINGS if not b.id or not b.tooltip
    ]
    assert missing == []


@pytest.mark.parametrize("size", [(80, 24), (200, 60)])
async def test_every_forum_slide_fits(forum: Store, size: tuple[int, int]) -> None:
    app = PresentApp(Session(forum))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        total = await assert_every_slide_fits(app, pilot)
        kinds = [slide.kind for slide in screen(app).cursor.slides]
        assert kinds[-1] == "forum-plan" and total == len(kinds)
        assert (kinds.count("forum-plan") > 1) == (size == (80, 24))
