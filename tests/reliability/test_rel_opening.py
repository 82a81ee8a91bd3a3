"""Opening: several processes opening a missing file at once all open it (one creates it); a different
file put in place under running apps is noticed and said, never silently followed into another workshop."""

from __future__ import annotations

import os
import time
from pathlib import Path

from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, EnsureWorkshop
from tests.reliability.helpers import Child, check_file, cli_in_child
from tests.reliability.stats import count

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
    from faktor4_tui.store import jsonfile

    with jsonfile.locked(path, 5):
        os.write(held, b"l")
        os.read(release, 1)


def test_a_file_that_appears_while_waiting_for_the_lock_is_opened_not_overwritten(tmp_path: Path) -> None:
    """The check is repeated under the lock: a file put there meanwhile (by init, a copy …) is opened as it is."""
    from faktor4_tui.demo import demo_data

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
