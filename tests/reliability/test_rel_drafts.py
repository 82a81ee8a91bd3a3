"""The half-typed line survives: SIGHUP (a dropped SSH connection, ``tmux kill-session``), SIGTERM,
kill -9 after a pause, someone deleting the Aufgabe it is typed into. The real app in a pty (or, for
what a notice says in full, the headless app) with other real processes; asserted on the drafts file
and on the data file after the next start offered the line back and Enter saved it."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest

from faktor4_tui.session import Session
from faktor4_tui.session.drafts import drafts_path
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, AddWorkshop, DeleteAufgabe
from faktor4_tui.ui.app import Faktor4App
from tests.reliability.helpers import Child, check_file
from tests.reliability.ptyapp import PtyApp, file_has
from tests.reliability.stats import count
from tests.reliability.tui import SIZE, send_text, settle

HALF = "Halbe Zeile über den Bürgerbus "
REST = "fahren lassen"


def _drafts(data: Path) -> dict[tuple, str]:
    path = drafts_path(data)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    if not raw:  # created empty (mode 0600) a moment before its first atomic write
        return {}
    return {tuple(item["place"]): item["text"] for item in json.loads(raw)["drafts"]}


def _wait(condition, what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def _words_lost(expected: str, kept: str) -> int:
    return len([word for word in expected.split() if word not in kept.split()])


def _workshop_file(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "ws.json"
    store = Store.create(path)
    workshop = store.add(AddWorkshop(name="Kommunen"))
    store.add(AddAufgabe(workshop=workshop, text="Mobilität"))
    return path, workshop


def _offered_back_and_saved(path: Path) -> None:
    """The next start says where the draft waits; `a` shows it; Enter saves it; no draft is left."""
    app = PtyApp(str(path))
    try:
        app.wait_for_output(b"Entwurf")  # the start's notice: "Ein nicht gespeicherter Entwurf liegt in …"
        app.wait_for_output("Bürgerbus".encode())
        app.read(0.3)
        app.type(b"a")
        app.read(0.3)
        app.type(REST.encode() + b"\r")
        app.wait_for(lambda: file_has(path, HALF + REST), what="the offered line saved")
        app.read(0.3)
        app.type(b"\x1b")
        app.read(0.3)
        app.type(b"q")
        assert app.finish() == 0, bytes(app.output[-2000:])
    finally:
        app.close()
    texts = [row["text"] for row in check_file(path)["aufgaben"].values()]
    assert texts.count(HALF + REST) == 1, texts
    assert _drafts(path) == {}, "the saved line is no draft any more"


@pytest.mark.parametrize("how", ["SIGHUP", "SIGTERM", "terminal-gone", "kill-9"])
def test_the_half_line_survives_the_end_of_the_app(tmp_path: Path, how: str) -> None:
    path, workshop = _workshop_file(tmp_path)
    place = ("aufgaben", workshop, "add")
    app = PtyApp(str(path))
    try:
        app.wait_for_output(b"Kommunen")
        app.type(b"a")
        app.type(HALF.encode())
        app.wait_for_output("Bürgerbus".encode())  # on the screen: typed
        if how == "kill-9":
            _wait(lambda: _drafts(path) == {place: HALF}, "the pause's draft on disk")  # a pause writes it
            app.kill()
        elif how == "terminal-gone":  # a dropped SSH connection: the terminal goes first, then SIGHUP
            os.close(app.master)
            app.master = os.open(os.devnull, os.O_RDONLY)
            app.proc.send_signal(signal.SIGHUP)
            assert app.proc.wait(timeout=20) == 128 + signal.SIGHUP
        else:
            signum = getattr(signal, how)
            app.proc.send_signal(signum)  # at once: no pause needed, the handler writes the draft
            assert app.finish() == 128 + signum, bytes(app.output[-2000:])
            assert b"\x1b[?1049l" in app.output[-400:], "the terminal was not restored"
    finally:
        app.close()
    kept = _drafts(path).get(place, "")
    count("drafts_kept")
    count("draft_words_lost", _words_lost(HALF, kept))
    assert kept == HALF
    assert HALF.strip() not in path.read_text(encoding="utf-8"), "a draft never goes into the shared file"
    _offered_back_and_saved(path)


def _delete(path: str, aufgabe: int) -> None:
    Store(Path(path)).apply(DeleteAufgabe(id=aufgabe))


def test_remote_delete_keeps_the_line_and_says_where(tmp_path: Path) -> None:
    """The real app types into Aufgabe 1's Lösungen; another process deletes Aufgabe 1."""
    path, _ = _workshop_file(tmp_path)
    aufgabe = int(next(iter(check_file(path)["aufgaben"])))
    place = ("entries", aufgabe, "loesungen", "add")
    app = PtyApp(str(path))
    try:
        app.wait_for_output(b"Kommunen")
        app.type(b"\r")
        app.wait_for_output("Zurück".encode())  # the Aufgabe screen's footer
        app.read(0.3)
        app.type(b"a")
        app.read(0.2)
        app.type(HALF.encode())
        app.wait_for_output("Bürgerbus".encode())
        Child(_delete, str(path), aufgabe).result()
        app.wait_for_output(b"nicht verloren")  # "… Ihr nicht gespeicherter Text … ist nicht verloren: …"
        _wait(lambda: _drafts(path).get(place) == HALF, "the draft on disk")
        app.type(b"\x1b")
        app.read(0.3)
        app.proc.send_signal(signal.SIGTERM)
        app.finish()
    finally:
        app.close()
    count("drafts_kept")
    count("draft_words_lost", _words_lost(HALF, _drafts(path).get(place, "")))
    assert _drafts(path) == {place: HALF}
    app = PtyApp(str(path))  # told once: the next start does not say it again, the file keeps it
    try:
        app.wait_for_output(b"Kommunen")
        app.read(0.5)
        assert b"Entwurf" not in app.output
        app.type(b"q")
        assert app.finish() == 0
    finally:
        app.close()
    assert _drafts(path) == {place: HALF}


async def test_remote_delete_notice_names_the_place_the_text_and_the_drafts_file(tmp_path: Path) -> None:
    """The same in the headless app, reading the whole notice (a pty shows it wrapped)."""
    path, _ = _workshop_file(tmp_path)
    aufgabe = int(next(iter(check_file(path)["aufgaben"])))
    app = Faktor4App(Session(Store(path)))
    async with app.run_test(size=SIZE) as pilot:
        send_text(app, "\n1a" + HALF)
        await settle(pilot)
        assert app.screen.query_one("#pane-loesungen .list-editor").value == HALF
        Child(_delete, str(path), aufgabe).result()
        for _ in range(200):
            if app.session.document.find_aufgabe(aufgabe) is None:
                break
            await pilot.pause(0.05)
        await settle(pilot)
        said = [str(n.message) for n in app._notifications if "nicht verloren" in str(n.message)]
        assert len(said) == 1, [str(n.message) for n in app._notifications]
        assert "Aufgabe 1 · Lösungen" in said[0] and HALF.strip() in said[0] and str(drafts_path(path)) in said[0]
    assert _drafts(path) == {("entries", aufgabe, "loesungen", "add"): HALF}
    count("drafts_kept")
