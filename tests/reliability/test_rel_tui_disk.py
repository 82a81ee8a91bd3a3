"""Disk trouble while the real app runs: the header says what is wrong, the file stays intact, the typed
line waits (separately, in order) and is saved by the app's poll once the trouble is gone.

Read-only folder: the app runs as uid 65534 in a forked child (tests run as root, who may write
anyway). File size limit: RLIMIT_FSIZE lowered mid-session in a forked child. Lock: another
process holds the file's flock longer than the app's (shortened) lock timeout.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.jsonfile import lock_path
from faktor4_tui.store.ops import AddWorkshop
from faktor4_tui.ui.app import Faktor4App
from tests.reliability.helpers import NOBODY, Child, check_file
from tests.reliability.stats import count
from tests.reliability.tui import SIZE, check_app_matches_file, file_aufgaben, run, send_text, settle

needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="changing users needs root")


async def _session(path: Path, trouble, fix, line: str) -> dict:
    """Type a saved line, cause trouble, type ``line`` + Enter, fix it, Enter again; report what was seen."""
    store = Store(path)
    workshop = store.add(AddWorkshop(name="Kommunen"))
    app = Faktor4App(Session(store))
    seen: dict = {}
    async with app.run_test(size=SIZE) as pilot:
        send_text(app, "aVorher gespeichert\n")
        await settle(pilot)
        before = path.read_bytes()
        trouble()
        send_text(app, line + "\n")
        await settle(pilot)
        editor = app.screen.query_one(".list-editor")
        seen.update(
            kind=app.session.status.kind,
            state=app.session.status.state,
            value=editor.value,
            waiting=[waiting.text for waiting in app.session.pending],
            open=bool(editor.display) and app.focused is editor,
            intact=path.read_bytes() == before,
            running=app.is_running,
        )
        fix()
        for _ in range(100):  # the app's poll saves the waiting line
            if not app.session.pending:
                break
            await pilot.pause(0.05)
        await settle(pilot)
        seen.update(after_kind=app.session.status.kind, after_value=editor.value)
        check_app_matches_file(app, path)
    seen["texts"] = [text for _, text in file_aufgaben(check_file(path), workshop)]
    seen["listing"] = sorted(p.name for p in path.parent.iterdir())
    return seen


def _assert_kept(seen: dict, path: Path, line: str, *needles: str) -> None:
    assert seen["running"], "the app stopped"
    assert seen["kind"] == "error", f"the header does not show an error: {seen['state']!r}"
    for needle in (str(path), *needles):
        assert needle in seen["state"], f"the header's sentence lacks {needle!r}: {seen['state']!r}"
    assert seen["intact"], "the previous file changed"
    assert "noch nicht gespeichert: 1 Zeile wartet" in seen["state"], seen["state"]
    assert seen["open"] and seen["value"] == "", f"the add line holds {seen['value']!r}"
    assert seen["waiting"] == [line], f"the typed line does not wait to be saved: {seen['waiting']!r}"
    assert seen["after_kind"] == "saved" and seen["after_value"] == ""
    assert seen["texts"] == ["Vorher gespeichert", line], seen["texts"]


def _read_only_folder(folder: Path, line: str) -> dict:
    Store.create(folder / "ws.json")
    return run(_session(folder / "ws.json", lambda: folder.chmod(0o555), lambda: folder.chmod(0o755), line))


def _warm_up(folder: Path) -> None:
    """Run a session with trouble once as root: the child (uid 65534) cannot read the interpreter's
    library under /root, so every module the session imports lazily must be loaded before the fork."""
    folder.mkdir()
    path = folder / "ws.json"
    Store.create(path)
    good: list[bytes] = []

    def trouble() -> None:
        good.append(path.read_bytes())
        path.write_text("kaputt", encoding="utf-8")

    run(_session(path, trouble, lambda: path.write_bytes(good[0]), "x"))


@needs_root
def test_folder_turns_read_only_while_typing(shared_dir: Path) -> None:
    _warm_up(shared_dir / "warm-up")
    folder = shared_dir / "mine"
    folder.mkdir()
    os.chown(folder, NOBODY, NOBODY)
    line = "Bürgerenergie stärken"
    seen = Child(_read_only_folder, folder, line, uid=NOBODY).result()
    count("bad_inputs")
    _assert_kept(seen, folder / "ws.json", line, "der Ordner ist schreibgeschützt")
    assert seen["listing"] == ["ws.json", "ws.json.lock"], "a temp file was left behind"


def _size_limit(path: Path, line: str) -> dict:
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (path.stat().st_size + 64, hard))

    def lift() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))

    return run(_session(path, limit, lift, line))


def test_file_size_limit_hit_while_typing(tmp_path: Path) -> None:
    path = tmp_path / "ws.json"
    Store.create(path)
    line = "Eine lange Zeile, die über die Grenze geht: " + "Wärmepumpen " * 20
    seen = Child(_size_limit, path, line.strip()).result()
    count("bad_inputs")
    _assert_kept(seen, path, line.strip())
    assert seen["listing"] == ["ws.json", "ws.json.lock"], "a temp file was left behind"


def _hold_lock(path: Path) -> subprocess.Popen:
    code = (
        "import fcntl, os, sys; fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT); "
        "fcntl.flock(fd, fcntl.LOCK_EX); print('locked', flush=True); sys.stdin.read()"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(lock_path(path.resolve()))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


async def _lock_session(path: Path, line: str) -> dict:
    holders: list[subprocess.Popen] = []

    def release() -> None:
        for holder in holders:
            holder.communicate("")

    original = Store.__init__

    def short_timeout(self: Store, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        original(self, *args, **kwargs)
        self.lock_timeout = 0.2

    Store.__init__ = short_timeout  # type: ignore[method-assign]
    try:
        return await _session(path, lambda: holders.append(_hold_lock(path)), release, line)
    finally:
        Store.__init__ = original  # type: ignore[method-assign]
        release()


def test_lock_held_by_another_process_while_typing(tmp_path: Path) -> None:
    path = tmp_path / "ws.json"
    Store.create(path)
    line = "Wärmeplanung beschleunigen"
    seen = run(_lock_session(path, line))
    count("bad_inputs")
    _assert_kept(seen, path, line, "gerade von einem anderen Programm gesperrt")
