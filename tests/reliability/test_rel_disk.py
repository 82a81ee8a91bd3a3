"""Disk trouble and permissions: a sentence, the previous file intact, no temp files, sane modes."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.store import Store, StoreError, WriteError
from faktor4_tui.store.jsonfile import lock_path
from faktor4_tui.store.ops import AddAufgabe, AddWorkshop, Batch
from tests.reliability.helpers import NOBODY, Child, check_file, faktor4
from tests.reliability.stats import count

needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="changing users and owners needs root")


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _folder_turns_read_only(folder: Path) -> dict:
    path = folder / "ws.json"
    store = Store.create(path)
    workshop = store.add(AddWorkshop(name="Kommunen"))
    before = path.read_bytes()
    folder.chmod(0o555)
    try:
        store.add(AddAufgabe(workshop=workshop, text="geht nicht"))
    except StoreError as error:
        failure = (type(error).__name__, str(error))
    else:
        failure = None
    reopened = Store(path)
    try:
        reopened.add(AddAufgabe(workshop=workshop, text="auch nicht"))
    except StoreError as error:
        second = (type(error).__name__, str(error))
    else:
        second = None
    return {
        "failure": failure,
        "second": second,
        "read_only": reopened.read_only,
        "intact": path.read_bytes() == before,
        "listing": _listing(folder),
    }


@needs_root
def test_folder_becomes_read_only_mid_session(shared_dir: Path) -> None:
    folder = shared_dir / "mine"
    folder.mkdir()
    os.chown(folder, NOBODY, NOBODY)
    result = Child(_folder_turns_read_only, folder, uid=NOBODY).result()
    count("bad_inputs")
    kind, message = result["failure"]
    assert kind == "WriteError"
    assert (
        str(folder / "ws.json") in message and "der Ordner ist schreibgeschützt" in message and "unverändert" in message
    )
    assert result["intact"]
    assert result["read_only"] and result["second"][0] == "ReadOnlyError"
    assert result["listing"] == ["ws.json", "ws.json.lock"], "a temp file was left behind"
    check_file(folder / "ws.json")


def _big_batch(workshop: int) -> Batch:
    """60,000 characters in one save, each Aufgabe within the text limit."""
    return Batch(tuple(AddAufgabe(workshop=workshop, text="x" * 5_000) for _ in range(12)))


def _fill_to_limit(path: Path) -> dict:
    store = Store(path)
    workshop = store.load().workshops[0].id
    store.add(AddAufgabe(workshop=workshop, text="klein"))  # fits under the limit
    before = path.read_bytes()
    try:
        store.add(AddAufgabe(workshop=workshop, text="ä" * 5_000))  # 10,000 bytes: over the limit, not the text limit
    except WriteError as error:
        return {"message": str(error), "intact": path.read_bytes() == before, "listing": _listing(path.parent)}
    return {"message": None}


def test_file_size_limit_hit_mid_session(tmp_path: Path) -> None:
    path = tmp_path / "ws.json"
    store = Store.create(path)
    store.add(AddWorkshop(name="Kommunen"))
    limit = path.stat().st_size + 4_000
    result = Child(_fill_to_limit, path, fsize=limit).result()
    count("bad_inputs")
    assert result["message"] is not None, "the oversized save did not fail"
    assert str(path) in result["message"] and "maximale Dateigröße" in result["message"]
    assert result["intact"]
    assert result["listing"] == ["ws.json", "ws.json.lock"], "a temp file was left behind"
    check_file(path)


def _create_with_umask(folder: Path) -> dict:
    path = folder / "neu.json"
    store = Store.create(path)
    store.add(AddWorkshop(name="K"))
    return {"file": stat.S_IMODE(path.stat().st_mode), "lock": stat.S_IMODE(lock_path(path).stat().st_mode)}


@pytest.mark.parametrize(("umask", "expected"), [(0o000, 0o664), (0o022, 0o644), (0o077, 0o600)])
def test_new_file_and_lock_never_world_writable(tmp_path: Path, umask: int, expected: int) -> None:
    modes = Child(_create_with_umask, tmp_path, umask=umask).result()
    assert modes["file"] == expected
    assert not modes["lock"] & 0o002, oct(modes["lock"])


@needs_root
def test_existing_file_keeps_mode_group_and_owner(tmp_path: Path) -> None:
    path = tmp_path / "team.json"
    store = Store.create(path)
    os.chown(path, NOBODY, NOBODY)
    path.chmod(0o640)
    for n in range(3):
        store.add(AddWorkshop(name=f"W{n}"))
    st = path.stat()
    assert stat.S_IMODE(st.st_mode) == 0o640
    assert st.st_gid == NOBODY
    assert st.st_uid == NOBODY, "saving as root handed the user's file to root"
    count("operations", 3)


def _save_with_trapped_tmpdir(folder: Path, trap: Path) -> list[str]:
    os.environ["TMPDIR"] = str(trap)
    tempfile.tempdir = None
    store = Store.create(folder / "ws.json")
    for n in range(5):
        store.add(AddWorkshop(name=f"W{n}"))
    return _listing(trap)


def test_lock_and_temp_files_live_beside_the_file(tmp_path: Path) -> None:
    folder, trap = tmp_path / "data", tmp_path / "trap"
    folder.mkdir()
    trap.mkdir()
    assert Child(_save_with_trapped_tmpdir, folder, trap).result() == []
    assert _listing(folder) == ["ws.json", "ws.json.lock"]


def test_lock_beside_the_real_file_when_opened_through_a_symlink(tmp_path: Path) -> None:
    real, links = tmp_path / "real", tmp_path / "links"
    real.mkdir()
    links.mkdir()
    Store.create(real / "ws.json")
    (links / "ws.json").symlink_to(real / "ws.json")
    Store(links / "ws.json").add(AddWorkshop(name="K"))
    assert _listing(links) == ["ws.json"]
    assert _listing(real) == ["ws.json", "ws.json.lock"]
    assert (links / "ws.json").is_symlink()


def test_a_planted_lock_symlink_is_not_followed(tmp_path: Path) -> None:
    path = tmp_path / "ws.json"
    store = Store.create(path)
    before = path.read_bytes()
    lock_path(path).unlink()
    victim = tmp_path / "elsewhere" / "created-by-faktor4"
    victim.parent.mkdir()
    lock_path(path).symlink_to(victim)
    with pytest.raises(StoreError) as info:
        store.add(AddWorkshop(name="K"))
    count("bad_inputs")
    assert str(path) in str(info.value) and "lock" in str(info.value)
    assert not victim.exists(), "the lock followed a symlink and created a file elsewhere"
    assert path.read_bytes() == before


@pytest.fixture
def tiny_disk(tmp_path: Path):
    """A 256 KiB tmpfs (skips where mounting is not allowed, e.g. unprivileged CI)."""
    import subprocess

    mount = tmp_path / "tiny"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k,mode=0755", "tmpfs", str(mount)], capture_output=True
    )
    if result.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_disk_full_mid_session(tiny_disk: Path) -> None:
    path = tiny_disk / "ws.json"
    store = Store.create(path)
    workshop = store.add(AddWorkshop(name="Kommunen"))
    filler = tiny_disk / "filler"
    with open(filler, "wb") as handle:  # fill the disk but leave a little room
        free = os.statvfs(tiny_disk).f_bavail * os.statvfs(tiny_disk).f_frsize
        handle.write(b"\0" * (free - 8192))
    before = path.read_bytes()
    with pytest.raises(WriteError) as info:
        store.apply(_big_batch(workshop))
    count("bad_inputs")
    assert str(path) in str(info.value) and "Datenträger ist voll" in str(info.value)
    assert path.read_bytes() == before
    assert _listing(tiny_disk) == ["filler", "ws.json", "ws.json.lock"], "a temp file was left behind"
    filler.unlink()
    store.apply(_big_batch(workshop))  # room again: saving works again
    assert len(check_file(path)["aufgaben"]) == 12


def test_publish_on_a_full_disk_says_so_once(tiny_disk: Path, tmp_path: Path) -> None:
    path = Store.create(tmp_path / "forum.json", demo_data()).path
    with open(tiny_disk / "filler", "wb") as handle:  # the deck's page no longer fits
        free = os.statvfs(tiny_disk).f_bavail * os.statvfs(tiny_disk).f_frsize
        handle.write(b"\0" * (free - 4096))
    result = faktor4("publish", str(path), str(tiny_disk / "out"))
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1, lines
    assert "index.html" in lines[0] and "Datenträger ist voll" in lines[0] and lines[0].startswith("faktor4: ")
    assert _listing(tiny_disk / "out") == [], "a temp file was left behind"
