"""Opening: several processes opening a missing file at once all open it (one creates it); a different
file put in place under running apps is noticed and said, never silently followed into another workshop."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, AddWorkshop, EnsureWorkshop, SetEvent
from tests.reliability.helpers import ROOT, Child, check_file, cli_in_child
from tests.reliability.stats import count
from tests.reliability.tui import SIZE, send_text, settle

OPENERS = 8
ROUNDS = 6


def _open_at_go(path: Path, go: int, name: str) -> tuple[str | None, int, str]:
    """Wait for the go byte, open (or create) FILE as ``faktor4 FILE`` does, then add one Aufgabe."""
    from faktor4_tui.cli.tui import open_or_create

    os.read(go, 1)
    store = open_or_create(path)
    store.apply(EnsureWorkshop(name="Raum"))
    workshop = store.load().workshop_named("Raum")
    assert workshop is not None
    text = f"von {name}"
    store.add(AddAufgabe(workshop=workshop.id, text=text))
    return store.file_id, store.revision, text


def test_processes_opening_a_missing_file_at_once_all_open_it(tmp_path: Path) -> None:
    for attempt in range(ROUNDS):
        path = tmp_path / f"sub{attempt}" / "neu.json"  # the folder is missing too
        go_read, go_write = os.pipe()
        children = [Child(_open_at_go, path, go_read, f"{attempt}-{n}") for n in range(OPENERS)]
        os.close(go_read)
        os.write(go_write, b"x" * OPENERS)  # all start at once
        os.close(go_write)
        outcomes = [child.outcome() for child in children]
        assert all(outcome[0] == "ok" for outcome in outcomes), outcomes
        data = check_file(path)
        ids = {outcome[1][0] for outcome in outcomes}
        assert ids == {data["faktor4"]["file_id"]}, "the processes opened different files"
        texts = sorted(row["text"] for row in data["aufgaben"].values())
        assert texts == sorted(outcome[1][2] for outcome in outcomes), "an opener's change was lost"
        assert [row["name"] for row in data["workshops"].values()] == ["Raum"]
        assert sorted(p.name for p in path.parent.iterdir()) == ["neu.json", "neu.json.lock"]
        count("concurrent_opens", OPENERS)
        count("operations", 2 * OPENERS)


def _init_at_go(path: Path, go: int) -> tuple[int, str]:
    os.read(go, 1)
    return cli_in_child.__wrapped__(["init", str(path)])


def test_init_at_once_creates_once_and_the_others_refuse(tmp_path: Path) -> None:
    """``faktor4 init`` keeps its contract under a race: one creates the file, the others are refused."""
    for attempt in range(3):
        path = tmp_path / f"init{attempt}.json"
        go_read, go_write = os.pipe()
        children = [Child(_init_at_go, path, go_read) for _ in range(OPENERS)]
        os.close(go_read)
        os.write(go_write, b"x" * OPENERS)
        os.close(go_write)
        results = [child.result() for child in children]
        assert sorted(code for code, _ in results) == [0] + [2] * (OPENERS - 1), results
        refused = [err for code, err in results if code == 2]
        assert all("gibt es schon" in err and str(path) in err for err in refused), refused
        check_file(path)
        count("concurrent_opens", OPENERS)


def _open_when_unlocked(path: Path, go: int) -> tuple[str | None, list[str]]:
    from faktor4_tui.cli.tui import open_or_create

    os.read(go, 1)
    store = open_or_create(path)
    return store.file_id, [w.name for w in store.load().workshops]


def _hold_lock(path: Path, held: int, release: int) -> None:
    from faktor4_tui.store import lock

    with lock.locked(path, 5):
        os.write(held, b"l")
        os.read(release, 1)


def test_a_file_that_appears_while_waiting_for_the_lock_is_opened_not_overwritten(tmp_path: Path) -> None:
    """The check is repeated under the lock: a file put there meanwhile (by init, a copy …) is opened as it is."""
    path = tmp_path / "spaet.json"
    held_read, held_write = os.pipe()
    release_read, release_write = os.pipe()
    go_read, go_write = os.pipe()
    holder = Child(_hold_lock, path, held_write, release_read)
    assert os.read(held_read, 1) == b"l"
    opener = Child(_open_when_unlocked, path, go_read)
    os.write(go_write, b"x")
    deadline = time.monotonic() + 4
    while not _waits_for_lock(opener.pid):  # nothing to wait on but the process's open files
        assert time.monotonic() < deadline, "the opener never waited for the lock"
        time.sleep(0.01)
    other = tmp_path / "other.json"
    Store.create(other, demo_data())
    os.link(other, path)  # appears without the lock, after the opener looked
    before = path.read_bytes()
    os.write(release_write, b"r")
    holder.result()
    file_id, workshops = opener.result()
    for fd in (held_read, held_write, release_read, release_write, go_read, go_write):
        os.close(fd)
    assert path.read_bytes() == before, "the file that appeared was overwritten"
    assert workshops == ["Kommunen"] and file_id == Store(path).file_id
    count("concurrent_opens", 1)


def _waits_for_lock(pid: int) -> bool:
    """True once the process has the lock file open: it looked, found no file, and waits for the lock."""
    try:
        return any(os.readlink(fd).endswith(".json.lock") for fd in Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return False


# --- another file put in place under running apps ----------------------------------------------


def _start(role: str, path: Path, name: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    env.pop("TEXTUAL", None)
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.tui_replaced", role, str(path), name],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )


def _hear(proc: subprocess.Popen) -> Any:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.strip():
        proc.kill()
        _, err = proc.communicate(timeout=10)
        raise AssertionError(f"the process said nothing: {err[-3000:]}")
    return line.strip() if line.strip() in ("ready", "looked") else json.loads(line)


def _tell(proc: subprocess.Popen, word: str) -> None:
    assert proc.stdin is not None
    proc.stdin.write(word + "\n")
    proc.stdin.flush()


def _other_forum(folder: Path) -> Path:
    """Another faktor4 file: another event, its own workshop, ids that overlap the demo's."""
    other = Store.create(folder / "anderes-forum.json")
    other.apply(SetEvent(title="Frühjahrsforum 2022"))
    workshop = other.add(AddWorkshop(name="Industrie"))
    for n in range(12):
        other.add(AddAufgabe(workshop=workshop, text=f"Industrie {n}"))
    return other.path


def _texts(path: Path) -> list[str]:
    data = check_file(path)
    return [row["text"] for table in ("aufgaben", "entries") for row in data[table].values()]


@pytest.mark.parametrize("how", ["os.replace", "cp"])
def test_a_file_replaced_under_two_apps_and_a_presentation_is_said_and_never_written(tmp_path: Path, how: str) -> None:
    path = tmp_path / "forum.json"
    Store.create(path, demo_data())
    other = _other_forum(tmp_path)
    procs = {"A": _start("app", path, "A"), "B": _start("app", path, "B"), "P": _start("present", path, "P")}
    try:
        for proc in procs.values():
            assert _hear(proc) == "ready"
        _tell(procs["P"], "look")
        assert _hear(procs["P"]) == "looked"
        kept = tmp_path / "forum-wie-vorher.json"
        os.link(path, kept)  # the original stays reachable after the replace, to look into
        if how == "cp":  # in place: the same inode, the content overwritten (not atomic)
            subprocess.run(["cp", str(other), str(path)], check=True)
        else:
            incoming = tmp_path / "incoming.json"
            shutil.copyfile(other, incoming)
            os.replace(incoming, path)
        foreign = path.read_bytes()
        for proc in procs.values():
            _tell(proc, "replaced")
        first = {name: _hear(proc) for name, proc in procs.items()}
        assert path.read_bytes() == foreign, "a line was written into the other file"
        if how == "cp":
            kept.unlink()  # cp wrote through the same inode: the old content is gone (the user's doing)
        else:
            assert "A vorher" in _texts(kept) and "B vorher" in _texts(kept)
            assert not [text for text in _texts(kept) if "nachher" in text]
        for name in ("A", "B"):
            report = first[name]
            count("files_replaced")
            count("replaced_noticed", report["replaced"])
            assert report["replaced"] and report["kind"] == "error", report
            assert "durch eine andere Datei ersetzt" in report["header"] and "forum.json" in report["header"]
            assert any("durch eine andere Datei ersetzt" in text for text in report["notices"])
            assert report["editor"] == f"{name} nachher", "the typed line is neither in the file nor in the input"
            assert f"{name} vorher" in report["rows"] and report["screen"] == "AufgabeScreen"
            assert report["workshop"] == "Kommunen", "the app switched to the other file's workshop"
        presenter = first["P"]
        count("files_replaced")
        count("replaced_noticed", presenter["replaced"])
        assert presenter["replaced"] and presenter["same_slides"], presenter
        assert "durch eine andere Datei ersetzt" in presenter["band"]
        assert any("Präsentation zeigt weiter" in text for text in presenter["notices"])
        assert presenter["title"] != "Frühjahrsforum 2022"

        _tell(procs["A"], "follow")  # A decides to work on the new file ...
        followed = _hear(procs["A"])
        assert not followed["replaced"] and followed["screen"] == "ProblemScreen"
        assert followed["workshop"] == "Industrie"
        assert any("Nicht gespeichert" in text and "A nachher" in text for text in followed["notices"])
        assert followed["aufgaben"][-1] == "A neu"
        assert "A neu" in _texts(path) and "A nachher" not in _texts(path)
        _tell(procs["B"], "stay")  # ... B does not: its next line is still not written anywhere
        stayed = _hear(procs["B"])
        assert stayed["replaced"] and stayed["editor"].startswith("B nachher") and "B danach" in stayed["editor"]
        after = _texts(path)
        assert not [text for text in after if text.startswith("B ")], "B wrote into the other file"
        lost = [text for text in ("A nachher", "B nachher", "B danach") if text in after]
        count("words_lost_replaced", len(lost))
        for proc in procs.values():
            _tell(proc, "quit")
        for name, proc in procs.items():
            _, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, f"{name}: {err[-3000:]}"
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    count("operations", 4)


def _strip_identity(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["faktor4"]["file_id"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize("how", ["enter at once", "deleted, then init", "older files without identity"])
async def test_the_line_typed_after_a_replace_stays_in_the_input(tmp_path: Path, how: str) -> None:
    from faktor4_tui.ui.app import Faktor4App

    path = tmp_path / "forum.json"
    Store.create(path, demo_data())
    other = _other_forum(tmp_path)
    if how == "older files without identity":
        _strip_identity(path)
        _strip_identity(other)
    app = Faktor4App(Session(Store(path)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "1", "a")
        await settle(pilot)
        pane = app.screen.query_one("#pane-loesungen")
        if how == "deleted, then init":
            path.unlink()
            app.session.poll()
            assert app.session.load_error and not app.session.replaced  # gone: said, but not "replaced"
            code, err = cli_in_child(["init", str(path)])
            assert code == 0, err
        else:
            incoming = tmp_path / "incoming.json"
            shutil.copyfile(other, incoming)
            os.replace(incoming, path)
        foreign = path.read_bytes()
        send_text(app, "Meine Zeile\n")  # at once: the poll may not have seen it yet, the lock does
        await settle(pilot)
        if how != "enter at once":
            app.session.poll()
            await settle(pilot)
        count("files_replaced")
        count("replaced_noticed", bool(app.session.replaced))
        assert app.session.replaced, "the app did not notice"
        assert path.read_bytes() == foreign, "the line went into the other file"
        assert pane.editor.value == "Meine Zeile" and pane.mode == "add"
        count("words_lost_replaced", pane.editor.value != "Meine Zeile")
        assert app.session.workshop.name == "Kommunen"
        assert app.session.status.kind == "error" and "ersetzt" in app.session.status.state
