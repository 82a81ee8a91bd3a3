"""Another process holds the file's lock while the note taker types: the header says "nicht gespeichert"
at once, the app never freezes for the lock timeout, and the typed lines arrive later as separate
entries, in order (issue 11: they came back as one garbled entry "Start Zeile 3Start Zeile 2…")."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from faktor4_tui.cli.tui import report_unsaved
from faktor4_tui.session import LOCK_WAIT, Session, Waiting
from faktor4_tui.store import Store
from faktor4_tui.store.jsonfile import lock_path
from faktor4_tui.store.ops import AddEntry
from faktor4_tui.ui.app import Faktor4App
from tests.reliability.helpers import check_file
from tests.reliability.stats import count
from tests.reliability.tui import SIZE, check_app_matches_file, file_entries, send_text, settle

HOLD = (
    "import fcntl, os, sys\n"
    "fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o664)\n"
    "fcntl.flock(fd, fcntl.LOCK_EX)\n"
    "print('locked', flush=True)\n"
    "sys.stdin.readline()\n"
)


class LockHolder:
    """Another process holding FILE.lock (as a long save or a stuck writer would) until ``release``."""

    def __init__(self, path: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(lock_path(path.resolve()))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "locked"

    def release(self) -> None:
        """The other process ends its save (and exits)."""
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            self.proc.wait(timeout=10)


@pytest.fixture
def holder_factory():
    holders: list[LockHolder] = []

    def make(path: Path) -> LockHolder:
        holders.append(LockHolder(path))
        return holders[-1]

    yield make
    for holder in holders:
        holder.release()


def _entries(path: Path, aufgabe: int, section: str) -> list[str]:
    return [text for _, text, _ in file_entries(check_file(path), aufgabe, section)]


def test_session_keeps_lines_separate_and_saves_them_in_order(demo_store: Store, holder_factory) -> None:
    session = Session(demo_store)
    aufgabe = session.workshop.aufgaben[0].id
    before = _entries(demo_store.path, aufgabe, "start")
    holder = holder_factory(demo_store.path)
    lines = [f"Start Zeile {n}" for n in (1, 2, 3)]
    started = time.monotonic()
    results = [
        session.add_line(text, lambda text=text: AddEntry(aufgabe, "start", text), "Start · Aufgabe 1")
        for text in lines
    ]
    assert time.monotonic() - started < LOCK_WAIT + 1.0, "the session waited for the lock timeout"
    assert all(isinstance(result, Waiting) for result in results)
    assert [line.text for line in session.pending] == lines
    assert session.status.kind == "error" and "noch nicht gespeichert: 3 Zeilen" in session.status.state
    session.poll()  # a poll while the lock is held saves nothing
    assert len(session.pending) == 3 and _entries(demo_store.path, aufgabe, "start") == before
    holder.release()
    session.poll()
    assert not session.pending and session.status.kind == "saved"
    found = _entries(demo_store.path, aufgabe, "start")
    assert found == before + lines
    count("lines_held_busy", len(lines))
    count("words_lost", sum(1 for text in lines if found.count(text) != 1))


async def test_three_lines_typed_while_another_process_holds_the_lock(demo_store: Store, holder_factory) -> None:
    app = Faktor4App(Session(demo_store))
    lines = [f"Start Zeile {n}" for n in (1, 2, 3)]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "3", "a")  # Aufgabe 1, pane 3 (Wann geht's los?), the add line
        await settle(pilot)
        aufgabe = app.screen.aufgabe_id
        before = _entries(demo_store.path, aufgabe, "start")
        pane = app.screen.query_one("#pane-start")
        holder = holder_factory(demo_store.path)
        started = time.monotonic()
        send_text(app, "".join(line + "\n" for line in lines) + "Start Zeile 4")
        await settle(pilot)
        assert time.monotonic() - started < LOCK_WAIT + 2.0, "the app froze for the lock timeout"
        header = str(app.screen.query_one(".status-header").render())
        assert "noch nicht gespeichert: 3 Zeilen warten" in header, header
        assert "gespeichert" not in header.replace("noch nicht gespeichert", ""), header
        assert pane.mode == "add" and pane.editor.value == "Start Zeile 4", "a waiting line came back merged"
        assert _entries(demo_store.path, aufgabe, "start") == before
        holder.release()
        for _ in range(100):  # the app's poll saves them
            await pilot.pause(0.05)
            if not app.session.pending:
                break
        await settle(pilot)
        assert app.session.status.kind == "saved"
        send_text(app, "\n")
        await settle(pilot)
        check_app_matches_file(app, demo_store.path)
    found = _entries(demo_store.path, aufgabe, "start")
    expected = [*lines, "Start Zeile 4"]
    count("lines_held_busy", len(lines))
    count("words_lost", sum(1 for text in expected if found.count(text) != 1))
    assert found == before + expected


async def test_pasted_lines_wait_separately_too(demo_store: Store, holder_factory) -> None:
    from tests.reliability.tui import send_paste

    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "1", "a")
        await settle(pilot)
        aufgabe = app.screen.aufgabe_id
        before = _entries(demo_store.path, aufgabe, "loesungen")
        holder = holder_factory(demo_store.path)
        send_paste(app, "eins\nzwei\ndrei")
        send_text(app, "\n")
        await settle(pilot)
        assert [line.text for line in app.session.pending] == ["eins", "zwei", "drei"]
        holder.release()
        for _ in range(100):
            await pilot.pause(0.05)
            if not app.session.pending:
                break
    assert _entries(demo_store.path, aufgabe, "loesungen") == [*before, "eins", "zwei", "drei"]
    count("lines_held_busy", 3)


def test_lines_still_waiting_at_exit_go_to_stderr(tmp_path: Path, holder_factory, capsys) -> None:
    from faktor4_tui.demo import demo_data

    store = Store.create(tmp_path / "ws.json", demo_data())
    store.lock_timeout = 0.2  # the exit's last try waits the store's lock timeout
    session = Session(store)
    workshop = session.workshop.id
    holder = holder_factory(store.path)
    from faktor4_tui.store.ops import AddAufgabe

    session.add_line("Bleibt nicht stumm", lambda: AddAufgabe(workshop, "Bleibt nicht stumm"), "Aufgabe · Kommunen")
    assert report_unsaved(session) == 1
    err = capsys.readouterr().err
    assert "konnten nicht in" in err and "Aufgabe · Kommunen: Bleibt nicht stumm" in err
    holder.release()
    assert report_unsaved(session) == 0
    assert "Bleibt nicht stumm" in [a.text for a in store.load().workshops[0].aufgaben]
    count("lines_held_busy")


def test_a_refused_line_neither_waits_nor_blocks_the_queue(demo_store: Store, holder_factory) -> None:
    """A line the store refuses for good (nothing left after sanitizing) is given back, not queued."""
    session = Session(demo_store)
    aufgabe = session.workshop.aufgaben[0].id
    before = _entries(demo_store.path, aufgabe, "akteure")

    def add(text: str):
        return session.add_line(text, lambda: AddEntry(aufgabe, "akteure", text), "Akteure · Aufgabe 1")

    assert add("\x1b[31m") is None and not session.pending  # refused at once: the caller keeps it
    holder = holder_factory(demo_store.path)
    assert isinstance(add("eins"), Waiting)
    assert isinstance(add("\u202e"), Waiting)  # behind a waiting line it waits too ...
    holder.release()
    assert isinstance(add("zwei"), list)  # ... and, refused when its turn comes, is set aside
    assert not session.pending and [line.text for line in session.pending.stranded] == ["\u202e"]
    assert _entries(demo_store.path, aufgabe, "akteure") == [*before, "eins", "zwei"]
    count("lines_held_busy", 2)
