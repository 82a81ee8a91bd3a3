"""Every file faktor4 writes goes by temp file and rename beside it: never through a planted symlink,
never half (a killed export or merge leaves neither a partial target nor a temp file), never over
the data file or its lock, never into a hard-linked data file (it would split in two)."""

from __future__ import annotations

import os
import signal
import stat
from pathlib import Path

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.store import Store
from faktor4_tui.store.jsonfile import lock_path
from faktor4_tui.store.ops import AddWorkshop
from tests.reliability.helpers import Child, cli_in_child, faktor4
from tests.reliability.stats import count


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    path = tmp_path / "forum.json"
    Store.create(path, demo_data())
    return path


def _one_sentence(stderr: str, path: Path) -> None:
    assert stderr.startswith("faktor4: ") and stderr.count("\n") == 1, stderr
    assert str(path) in stderr and "Traceback" not in stderr, stderr


@pytest.mark.parametrize("command", ["export", "merge"])
def test_a_symlink_planted_at_the_target_is_never_written_through(data_file: Path, command: str) -> None:
    victim = data_file.parent / "victim" / "private.txt"
    victim.parent.mkdir()
    victim.write_text("the victim's own words\n")
    out = data_file.parent / "out.json"
    out.symlink_to(victim)
    if command == "export":
        argv = ["export", str(data_file), "--format", "md", "-o", str(out), "--force"]
    else:
        argv = ["merge", str(data_file), "-o", str(out), "--force"]
    code, stderr = cli_in_child(argv)
    assert code == 2
    _one_sentence(stderr, out)
    assert "symbolischer Link" in stderr
    assert victim.read_text() == "the victim's own words\n"
    assert out.is_symlink()
    count("symlink_targets_refused")


@pytest.mark.parametrize("which", ["lock", "data", "hard link"])
def test_export_never_writes_the_data_file_or_its_lock(data_file: Path, which: str) -> None:
    Store(data_file).add(AddWorkshop(name="W"))  # the lock file is there
    before = data_file.read_bytes()
    if which == "lock":
        out = lock_path(data_file)
    elif which == "data":
        out = data_file
    else:
        out = data_file.parent / "other-name.json"
        os.link(data_file, out)
    code, stderr = cli_in_child(["export", str(data_file), "--format", "json", "-o", str(out), "--force"])
    os.unlink(out) if which == "hard link" else None
    assert code == 2
    _one_sentence(stderr, out)
    assert data_file.read_bytes() == before
    code, stderr = cli_in_child(["merge", str(data_file), "-o", str(lock_path(data_file)), "--force"])
    assert code == 2
    _one_sentence(stderr, lock_path(data_file))
    count("bad_inputs", 2)


def _killed_at_fsync(argv: list[str]) -> None:
    """Run the CLI and die by SIGKILL when it syncs its output (the bytes are written, not renamed)."""
    from faktor4_tui.cli import main

    def die(fd: int) -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    os.fsync = die
    main(argv)


@pytest.mark.parametrize("command", ["export", "merge", "merge-force"])
def test_a_killed_export_or_merge_leaves_no_partial_file_and_no_temp_file(data_file: Path, command: str) -> None:
    out = data_file.parent / ("out.md" if command == "export" else "merged.json")
    if command == "export":
        argv = ["export", str(data_file), "--format", "md", "-o", str(out)]
    else:
        argv = ["merge", str(data_file), "-o", str(out), *(["--force"] if command == "merge-force" else [])]
    with pytest.raises(AssertionError, match="died without a result"):
        Child(_killed_at_fsync, argv).result()
    assert not out.exists(), "a killed run left a partial target"
    left = sorted(p.name for p in data_file.parent.iterdir() if p.name.endswith(".tmp"))
    assert left, "the kill did not land mid-write; the test proves little"
    result = faktor4(*argv)
    assert result.returncode == 0, result.stderr.decode()
    assert out.stat().st_size > 100
    left = sorted(p.name for p in data_file.parent.iterdir() if p.name.endswith(".tmp"))
    assert left == [], f"temp files of the killed run were not swept: {left}"
    count("killed_outputs")


def test_a_hard_linked_data_file_is_refused_with_a_sentence_and_never_split(data_file: Path) -> None:
    other = data_file.parent / "second-name.json"
    os.link(data_file, other)
    before = data_file.read_bytes()
    code, stderr = cli_in_child(["add", str(data_file), "--workshop", "Kommunen", "neu"])
    assert code == 2
    _one_sentence(stderr, data_file)
    assert "harte Links" in stderr
    assert data_file.read_bytes() == before
    assert os.stat(data_file).st_ino == os.stat(other).st_ino, "the file was split in two"
    store = Store(other)
    assert store.read_only and "harte Links" in store.read_only_reason
    count("hard_links_refused")


needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="planting a link as another user needs root")


@needs_root
def test_a_link_another_user_planted_in_a_shared_folder_is_not_followed(data_file: Path, tmp_path: Path) -> None:
    """/tmp-like folder (sticky, world-writable): nobody plants forum.json → the victim's private file."""
    private = tmp_path / "home"
    private.mkdir(mode=0o700)
    victim = private / "forum.json"
    os.rename(data_file, victim)
    before = victim.read_bytes()
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    link = shared / "forum.json"
    link.symlink_to(victim)
    os.lchown(link, 65534, 65534)  # as if nobody had made it (that account cannot reach pytest's folders)
    assert link.is_symlink() and os.lstat(link).st_uid == 65534
    for argv in (
        ["add", str(link), "--workshop", "Kommunen", "Eingeschleust"],
        ["export", str(link), "--format", "md"],
    ):
        run = faktor4(*argv)
        assert run.returncode == 2, run
        stderr = run.stderr.decode()
        _one_sentence(stderr, link)
        assert "symbolischer Link" in stderr and "nobody" in stderr
        count("symlink_targets_refused")
    assert victim.read_bytes() == before
    assert not (private / "forum.json.lock").exists()
    # The user's own link in the same folder is followed: it names their file.
    os.unlink(link)
    link.symlink_to(victim)
    run = faktor4("add", str(link), "--workshop", "Kommunen", "Selbst verlinkt")
    assert run.returncode == 0, run.stderr.decode()
    assert "Selbst verlinkt" in victim.read_text(encoding="utf-8")
    assert link.is_symlink()


@needs_root
def test_a_device_or_fifo_at_the_target_is_never_replaced_and_a_planted_file_not_inherited(
    data_file: Path, tmp_path: Path
) -> None:
    """`-o mynull --force` once swapped a device node (even /dev/null) for a file; a file another
    user planted gave its owner the new output (they could edit the audience's page)."""
    device = tmp_path / "mynull"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target in (device, fifo):
        run = faktor4("export", str(data_file), "--format", "md", "-o", str(target), "--force")
        assert run.returncode == 2, run
        _one_sentence(run.stderr.decode(), target)
        assert "keine gewöhnliche Datei" in run.stderr.decode()
        count("symlink_targets_refused")
    assert stat.S_ISCHR(os.lstat(device).st_mode) and stat.S_ISFIFO(os.lstat(fifo).st_mode)
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    planted = shared / "forum.md"
    planted.write_text("planted\n")
    os.chown(planted, 65534, 65534)
    planted.chmod(0o666)
    run = faktor4("export", str(data_file), "--format", "md", "-o", str(planted), "--force")
    assert run.returncode == 0, run.stderr.decode()
    info = os.stat(planted)
    assert info.st_uid == os.geteuid() and not info.st_mode & 0o002  # the writer's own file, not world-writable
    assert "Kommunen" in planted.read_text(encoding="utf-8")
