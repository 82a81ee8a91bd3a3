"""The lock against a careless neighbour: FILE.lock deleted or replaced while writers add, planted lock files.

The data file's own write lock keeps writers apart whatever happens to FILE.lock (see
``lock.locked``); these tests replay the attacks of issue 12 with real processes.
"""

from __future__ import annotations

import fcntl
import os
import stat
import time
from pathlib import Path

import pytest

from faktor4_tui.store import Store, StoreError
from faktor4_tui.store.jsonfile import lock_path
from faktor4_tui.store.lock import lock_mode
from faktor4_tui.store.ops import AddAufgabe, AddEntry, AddWorkshop
from tests.reliability.helpers import NOBODY, Child, check_raw, faktor4
from tests.reliability.stats import count

WRITERS = 4
ADDS = 120
needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="needs root to act as another user (nobody)")


def _adder(path: Path, worker: int, aufgabe: int, adds: int) -> list[str]:
    store = Store(path, lock_timeout=30)
    acknowledged = []
    for n in range(adds):
        text = f"w{worker}-{n}"
        store.add(AddEntry(aufgabe=aufgabe, section="loesungen", text=text))
        acknowledged.append(text)
    return acknowledged


def _lock_deleter(path: Path, stop: Path) -> int:
    """Delete, recreate and replace FILE.lock as fast as it can until ``stop`` appears."""
    lock = lock_path(path)
    spare = path.with_name("spare.lock")
    deletions = 0
    while not stop.exists():
        deletions += 1
        kind = deletions % 3
        try:
            if kind == 0:
                lock.unlink()  # a tmp cleaner, an `rm` of a "stale lock"
            elif kind == 1:
                lock.unlink()
                lock.write_text("")  # deleted and made again
            else:
                spare.write_text("not the lock")
                os.replace(spare, lock)  # replaced, as `export -o FILE.lock --force` did
        except FileNotFoundError:
            pass
        time.sleep(0.0005)
    return deletions


def test_lock_file_deleted_and_replaced_under_four_writers_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shared.json"
    store = Store.create(path)
    workshop = store.add(AddWorkshop(name="Kommunen"))
    aufgabe = store.add(AddAufgabe(workshop=workshop, text="Aufgabe"))
    stop = tmp_path / "stop"
    deleter = Child(_lock_deleter, path, stop)
    writers = [Child(_adder, path, n, aufgabe, ADDS) for n in range(WRITERS)]
    acknowledged = [text for child in writers for text in child.result()]
    stop.touch()
    deletions = deleter.result()
    data = check_raw(path.read_bytes(), path)
    texts = sorted(row["text"] for row in data["entries"].values())
    lost = len(set(acknowledged) - set(texts))
    count("operations", len(acknowledged))
    count("entries_lost", lost)
    count("lock_deletions", deletions)
    assert deletions > 50, f"the lock file was deleted only {deletions} times; the test proves little"
    assert lost == 0, f"{lost} of {len(acknowledged)} acknowledged adds were lost"
    assert texts == sorted(acknowledged), "an entry is in the file twice or was never acknowledged"
    assert data["faktor4"]["revision"] == 2 + len(acknowledged)


@pytest.mark.parametrize("kind", ["fifo", "folder", "device"])
def test_a_lock_path_that_is_not_a_regular_file_is_refused(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "ws.json"
    store = Store.create(path, None)
    before = path.read_bytes()
    lock = lock_path(path)
    lock.unlink()
    if kind == "fifo":
        os.mkfifo(lock)
    elif kind == "folder":
        lock.mkdir()
    else:
        lock.symlink_to("/dev/null")  # a device behind a link is refused as a link; try the device itself too
        lock.unlink()
        if os.geteuid() != 0:
            pytest.skip("creating a device node needs root; the FIFO and folder cases run everywhere")
        os.mknod(lock, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    started = time.monotonic()
    with pytest.raises(StoreError) as info:
        store.add(AddWorkshop(name="K"))
    assert time.monotonic() - started < 2, "the lock waited on a FIFO"
    assert str(lock) in str(info.value)
    assert path.read_bytes() == before
    result = faktor4("--lang", "en", "add", str(path), "--workshop", "K", "--create", "text", timeout=20)
    assert result.returncode == 2
    assert str(lock) in result.stderr.decode() and "not a regular file" in result.stderr.decode()
    count("crafted_locks_refused")


@pytest.mark.parametrize(("data_mode", "expected"), [(0o664, 0o660), (0o644, 0o600), (0o666, 0o666), (0o600, 0o600)])
def test_lock_file_takes_the_write_access_of_the_data_file(tmp_path: Path, data_mode: int, expected: int) -> None:
    assert lock_mode(data_mode) == expected
    path = tmp_path / "ws.json"
    store = Store.create(path)
    lock_path(path).unlink()
    path.chmod(data_mode)
    store.add(AddWorkshop(name="K"))
    assert stat.S_IMODE(lock_path(path).stat().st_mode) == expected
    lock_path(path).chmod(0o644)  # an older faktor4's lock file is brought in line on the next save
    store.add(AddWorkshop(name="L"))
    assert stat.S_IMODE(lock_path(path).stat().st_mode) == expected


@needs_root
def test_group_members_can_save_a_group_shared_file(shared_dir: Path) -> None:
    os.chmod(shared_dir, 0o777)
    path = shared_dir / "team.json"
    Store.create(path)
    os.chown(path, 0, NOBODY)
    path.chmod(0o664)
    lock_path(path).unlink()
    Store(path).add(AddWorkshop(name="by root"))
    lock = lock_path(path).stat()
    assert (lock.st_gid, stat.S_IMODE(lock.st_mode)) == (NOBODY, 0o660)

    def add_as_member() -> list[str]:
        os.setgroups([NOBODY])
        os.setgid(NOBODY)
        os.setuid(12345)  # not the owner, a member of the file's group
        Store(path).add(AddWorkshop(name="by a member"))
        return [w.name for w in Store(path).load().workshops]

    assert Child(add_as_member).result() == ["by root", "by a member"]


@needs_root
def test_a_lock_file_planted_by_another_user_never_blocks_saves(shared_dir: Path) -> None:
    os.chmod(shared_dir, 0o1777)  # a shared sticky folder like /tmp
    path = shared_dir / "mine.json"
    store = Store.create(path)
    lock = lock_path(path)
    lock.unlink()

    def plant() -> None:
        lock.write_text("")
        lock.chmod(0o666)

    Child(plant, uid=NOBODY).result()
    held, stop = shared_dir / "held", shared_dir / "stop"

    def hold_forever() -> None:  # the planter holds a flock on it until told to stop
        fd = os.open(lock, os.O_RDONLY)
        fcntl.flock(fd, fcntl.LOCK_EX)
        held.write_text("")
        while not stop.exists():
            time.sleep(0.01)

    holder = Child(hold_forever, uid=NOBODY)
    try:
        while not held.exists():
            time.sleep(0.01)
        store.lock_timeout = 1
        store.add(AddWorkshop(name="saved anyway"))
        assert [w.name for w in Store(path).load().workshops] == ["saved anyway"]
    finally:
        stop.write_text("")
        holder.result()
    count("crafted_locks_refused")


def test_a_reader_cannot_block_saves(tmp_path: Path) -> None:
    """A flock on the data file by someone who may only read it does not stop a writer."""
    path = tmp_path / "ws.json"
    store = Store.create(path)
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        store.lock_timeout = 1
        store.add(AddWorkshop(name="K"))
    finally:
        os.close(fd)
