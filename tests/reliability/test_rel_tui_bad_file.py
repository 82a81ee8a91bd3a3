"""A file broken by hand (or by another program) while the app runs: one sentence and one bell, the
broken file is never overwritten, the typed line is kept, and all is well once the file is repaired."""

from __future__ import annotations

import pytest

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.ui.app import Faktor4App
from tests.reliability.helpers import check_file
from tests.reliability.stats import count
from tests.reliability.test_rel_bad_files import CRAFTED
from tests.reliability.tui import SIZE, check_app_matches_file, file_aufgaben, send_text, settle


async def test_file_broken_by_hand_while_typing(demo_store: Store) -> None:
    path = demo_store.path
    good = path.read_bytes()
    broken = good[: len(good) // 2]
    app = Faktor4App(Session(demo_store))
    bells: list[int] = []
    app.bell = lambda: bells.append(1)  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        send_text(app, "aHalb geschrieben")
        await settle(pilot)
        path.write_bytes(broken)  # an editor saved half a file
        await pilot.pause(1.2)  # several polls
        assert app.session.status.kind == "error" and str(path) in app.session.status.state
        assert len(bells) == 1, f"the bell rang {len(bells)} times for one broken file"
        send_text(app, "\n")
        await settle(pilot)
        assert path.read_bytes() == broken, "the broken file was overwritten"
        editor = app.screen.query_one(".list-editor")
        assert editor.value == "" and app.focused is editor
        assert [waiting.text for waiting in app.session.pending] == ["Halb geschrieben"]
        path.write_bytes(good)  # repaired: the poll saves the waiting line
        for _ in range(100):
            if not app.session.pending:
                break
            await pilot.pause(0.05)
        await settle(pilot)
        assert app.session.status.kind == "saved"
        check_app_matches_file(app, path)
    count("bad_inputs")
    workshop = app.session.workshop_id
    assert [text for _, text in file_aufgaben(check_file(path), workshop)][-1] == "Halb geschrieben"


@pytest.mark.parametrize("name", sorted(CRAFTED))
async def test_a_crafted_file_appearing_under_the_app_is_never_rewritten(demo_store: Store, name: str) -> None:
    """A file that parses but breaks the rules (a counter at an id, "12" and "012", 1e999, a key twice)
    put in place while someone types: the app says so, keeps running and the typed line, writes nothing."""
    path = demo_store.path
    crafted = CRAFTED[name]
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        send_text(app, "aGetippt")
        await settle(pilot)
        path.write_bytes(crafted)
        for _ in range(60):
            if app.session.status.kind == "error":
                break
            await pilot.pause(0.05)
        assert app.session.status.kind == "error" and str(path) in app.session.status.state
        send_text(app, "\n")
        await settle(pilot)
        assert app.is_running
        assert path.read_bytes() == crafted, "the crafted file was rewritten"
        assert [waiting.text for waiting in app.session.pending] == ["Getippt"]
    assert path.read_bytes() == crafted
    count("crafted_files_refused")
