"""kill -9 at random moments: the file always parses and holds every acknowledged save."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from faktor4_tui.store import LockTimeoutError, Store, StoreError
from faktor4_tui.store.jsonfile import lock_path
from faktor4_tui.store.ops import AddAufgabe, AddEntry, AddWorkshop, DeleteEntry, EditEntry, MoveEntry
from tests.reliability.helpers import ROOT, check_file, faktor4
from tests.reliability.stats import count

LONG = os.environ.get("FAKTOR4_LONG") == "1"
KILLS = 2000 if LONG else 200
SECTION = "loesungen"


def _say(fd: int, message: dict) -> None:
    os.write(fd, (json.dumps(message) + "\n").encode())  # one write < PIPE_BUF: all or nothing


def crash_writer(path: Path, fd: int, seed: int) -> None:
    """Save forever, announcing each change before it and acknowledging it after it."""
    rng = random.Random(seed)
    try:
        store = Store(path, lock_timeout=2)
        aufgabe = store.load().workshops[0].aufgaben[0]
        ids = [entry.id for entry in aufgabe.entries(SECTION)]
        n = 0
        while True:
            n += 1
            roll = rng.random()
            if roll < 0.5 or len(ids) < 3:
                text = f"s{seed}-{n}-" + "x" * rng.randrange(0, 400)
                _say(fd, {"k": "add", "text": text})
                new = store.add(AddEntry(aufgabe=aufgabe.id, section=SECTION, text=text, index=0))
                ids.append(new)
                _say(fd, {"k": "ack", "id": new})
            elif roll < 0.7:
                target, text = rng.choice(ids), f"s{seed}-{n}-edit"
                _say(fd, {"k": "edit", "id": target, "text": text})
                store.apply(EditEntry(id=target, text=text))
                _say(fd, {"k": "ack"})
            elif roll < 0.85 or len(ids) > 60:
                target = rng.choice(ids)
                _say(fd, {"k": "del", "id": target})
                store.apply(DeleteEntry(id=target))
                ids.remove(target)
                _say(fd, {"k": "ack"})
            else:
                _say(fd, {"k": "move"})
                store.apply(MoveEntry(id=rng.choice(ids), index=rng.randrange(len(ids))))
                _say(fd, {"k": "ack"})
    except StoreError as error:
        _say(fd, {"k": "error", "message": str(error)})
    except BaseException as error:  # noqa: BLE001
        _say(fd, {"k": "error", "message": repr(error)})


def run_and_kill(path: Path, seed: int, delay: float, wait_for_start: bool) -> list[dict]:
    """Fork a writer, SIGKILL it ``delay`` s after its first message (or after its start), and
    return the complete messages it sent."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        crash_writer(path, write_end, seed)
        os._exit(1)
    os.close(write_end)
    chunks = [os.read(read_end, 65536)] if wait_for_start else []  # blocks until it announces a save
    time.sleep(delay)  # the random moment of the kill
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    lines = b"".join(chunks).decode().split("\n")
    return [json.loads(line) for line in lines[:-1]]  # the last piece is empty or cut


def entries_of(path: Path) -> dict[int, str]:
    data = check_file(path)
    return {int(k): row["text"] for k, row in data["entries"].items()}


def replay(model: dict[int, str], messages: list[dict]) -> dict | None:
    """Apply acknowledged changes to the model; return the unacknowledged pending change."""
    pending = None
    for message in messages:
        assert message["k"] != "error", message["message"]
        if message["k"] == "ack":
            assert pending is not None
            if pending["k"] == "add":
                model[message["id"]] = pending["text"]
            elif pending["k"] == "edit":
                model[pending["id"]] = pending["text"]
            elif pending["k"] == "del":
                del model[pending["id"]]
            pending = None
        else:
            pending = message
    return pending


def test_kill_minus_nine_never_loses_an_acknowledged_save(tmp_path: Path) -> None:
    path = tmp_path / "crash.json"
    store = Store.create(path)
    workshop = store.add(AddWorkshop(name="Kommunen"))
    store.add(AddAufgabe(workshop=workshop, text="Aufgabe"))
    rng = random.Random(4)
    model: dict[int, str] = {}
    acked = killed_mid_save = during_save = 0
    for round_ in range(KILLS):
        messages = run_and_kill(path, round_, rng.uniform(0.0, 0.04), wait_for_start=rng.random() < 0.9)
        count("kills")
        pending = replay(model, messages)
        during_save += pending is not None
        acked += sum(1 for m in messages if m["k"] == "ack")
        actual = entries_of(path)
        lost = [i for i in model if i not in actual and not (pending and pending.get("id") == i)]
        count("entries_lost", len(lost))
        assert not lost, f"round {round_}: acknowledged entries {lost} are gone"
        if actual != model:
            killed_mid_save += 1
            assert pending is not None, f"round {round_}: the file differs without a pending change"
            replay(model, [pending, {"k": "ack", "id": max(actual, default=0)}])
            assert actual == model, f"round {round_}: neither the old nor the new state: {messages}"
    count("operations", acked)
    count("kills_during_save", during_save)
    count("kills_after_replace", killed_mid_save)
    assert acked >= KILLS // 10, f"the writers saved only {acked} times; the test proves little"
    assert during_save >= KILLS // 2, f"only {during_save} kills hit a save in progress"
    assert killed_mid_save > 0, "no kill landed between the replace and the acknowledgement"
    assert lock_path(path).exists()  # stale lock files were left behind and never blocked
    store.add(AddWorkshop(name="after"))  # a clean save sweeps what killed writers left
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == [], f"temporary files left by killed writers: {leftovers}"


def test_stale_lock_file_never_blocks(tmp_path: Path) -> None:
    path = tmp_path / "stale.json"
    store = Store.create(path)
    lock_path(path).write_text("pid 99999 was here\n")
    lock_path(path).chmod(0o600)
    fresh = Store(path, lock_timeout=0.5)
    fresh.add(AddWorkshop(name="Kommunen"))
    assert [w.name for w in store.load().workshops] == ["Kommunen"]


HOLDER = (
    "import fcntl, os, sys\n"
    "fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)\n"
    "fcntl.flock(fd, fcntl.LOCK_EX)\n"
    "print('held', flush=True)\n"
    "sys.stdin.read()\n"
)


@pytest.fixture
def held_lock(tmp_path: Path):
    """A faktor4 file whose lock another process holds until the test ends."""
    path = tmp_path / "busy.json"
    Store.create(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock_path(path))], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert holder.stdout.readline() == b"held\n"
    yield path
    holder.stdin.close()
    holder.wait(timeout=10)


def test_lock_wait_is_bounded_with_a_sentence(held_lock: Path) -> None:
    before = held_lock.read_bytes()
    store = Store(held_lock, lock_timeout=0.4)
    started = time.monotonic()
    with pytest.raises(LockTimeoutError) as info:
        store.add(AddWorkshop(name="Kommunen"))
    elapsed = time.monotonic() - started
    assert 0.4 <= elapsed < 3, elapsed
    message = str(info.value)
    assert str(held_lock) in message and "nicht gespeichert" in message and message.endswith(".")
    assert held_lock.read_bytes() == before


def test_cli_add_gives_up_on_a_held_lock_with_exit_2(held_lock: Path) -> None:
    before = held_lock.read_bytes()
    result = faktor4("add", str(held_lock), "--workshop", "K", "--create", "Aufgabe", timeout=30)
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert stderr.startswith("faktor4: ") and str(held_lock) in stderr and stderr.count("\n") == 1
    assert held_lock.read_bytes() == before


def test_lock_released_when_holder_is_killed(tmp_path: Path) -> None:
    path = tmp_path / "killed.json"
    Store.create(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock_path(path))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
    )
    assert holder.stdout.readline() == b"held\n"
    holder.kill()
    holder.wait(timeout=10)
    Store(path, lock_timeout=0.5).add(AddWorkshop(name="Kommunen"))
    count("kills")


def _migrating_writer(path: Path, fd: int) -> None:
    try:
        store = Store(path, lock_timeout=2)
        workshop = store.load().workshops[0].id
        _say(fd, {"k": "add"})
        store.add(AddAufgabe(workshop=workshop, text="nach der Migration"))
        _say(fd, {"k": "ack"})
    except BaseException as error:  # noqa: BLE001
        _say(fd, {"k": "error", "message": repr(error)})


def test_kill_during_migration_keeps_file_and_backup_consistent(tmp_path: Path) -> None:
    from faktor4_tui.demo import demo_data

    data = demo_data()
    data["faktor4"] = {"schema": 0}
    original = json.dumps(data, ensure_ascii=False, indent=2).encode()
    path, backup = tmp_path / "alt.json", tmp_path / "alt.json.bak"
    rng = random.Random(7)
    outcomes = {"untouched": 0, "backed-up": 0, "migrated": 0}
    for _ in range(KILLS // 5):
        for leftover in (path, backup):
            leftover.unlink(missing_ok=True)
        path.write_bytes(original)
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            _migrating_writer(path, write_end)
            os._exit(0)
        os.close(write_end)
        os.read(read_end, 65536)  # the writer is about to save
        time.sleep(rng.uniform(0, 0.01))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        rest = b""
        while chunk := os.read(read_end, 65536):
            rest += chunk
        os.close(read_end)
        count("kills")
        assert b"error" not in rest, rest
        current = path.read_bytes()
        if current == original:
            outcomes["backed-up" if backup.exists() else "untouched"] += 1
            if backup.exists():
                assert backup.read_bytes() == original
        else:
            outcomes["migrated"] += 1
            assert backup.read_bytes() == original, "the file was migrated without its backup"
            assert check_file(path)["faktor4"]["schema"] == 2
        assert b"ack" not in rest or current != original, "an acknowledged save is missing"
        store = Store(path)  # whatever state the kill left, the file opens and takes the next save
        store.add(AddWorkshop(name="danach"))
        assert backup.read_bytes() == original
        assert not (tmp_path / "alt.json.bak.2").exists(), "a retried migration made a second backup"
    assert outcomes["migrated"] > 0, outcomes
