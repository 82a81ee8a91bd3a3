"""The command line as a user runs it: real processes, exit codes, one-sentence errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddWorkshop


def faktor4(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "faktor4_tui", *args], capture_output=True, text=True, timeout=60)


def test_init_demo_and_never_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    assert faktor4("init", str(path), "--demo").returncode == 0
    before = path.read_bytes()
    result = faktor4("init", str(path))
    assert result.returncode == 2
    assert str(path) in result.stderr and result.stderr.count("\n") == 1
    assert path.read_bytes() == before


def test_add_aufgabe_and_entry(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    assert faktor4("init", str(path)).returncode == 0
    assert faktor4("add", str(path), "--workshop", "Kommunen", "--create", "Erste Aufgabe").returncode == 0
    assert (
        faktor4(
            "add", str(path), "--workshop", "Kommunen", "--aufgabe", "1", "--section", "akteure", "Bürgermeister*in"
        ).returncode
        == 0
    )
    workshop = Store(path).load().workshops[0]
    assert workshop.name == "Kommunen"
    assert workshop.aufgaben[0].entries("akteure")[0].text == "Bürgermeister*in"


def test_add_bad_input_is_one_sentence_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    faktor4("init", str(path), "--demo")
    for args in (
        ["--workshop", "Kommunen", "--aufgabe", "99", "--section", "akteure", "x"],
        ["--workshop", "Kommunen", "--aufgabe", "1", "x"],
        ["--workshop", "Nirgends", "--aufgabe", "1", "--section", "akteure", "x"],
    ):
        result = faktor4("add", str(path), *args)
        assert result.returncode == 2, args
        assert result.stderr.startswith("faktor4: ") and result.stderr.count("\n") == 1
    missing = faktor4("add", str(tmp_path / "nope.json"), "--workshop", "K", "x")
    assert missing.returncode == 2 and "nope.json" in missing.stderr


def test_invalid_file_exit_2_untouched(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"not": "faktor4"}')
    result = faktor4("add", str(path), "--workshop", "K", "x")
    assert result.returncode == 2 and "bad.json" in result.stderr
    assert path.read_text() == '{"not": "faktor4"}'


def test_two_processes_adding_200_each_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    faktor4("init", str(path))
    faktor4("add", str(path), "--workshop", "K", "--create", "Aufgabe")
    script = (
        "import sys\n"
        "from faktor4_tui.cli import main\n"
        "for i in range(200):\n"
        "    assert main(['add', sys.argv[1], '--workshop', 'K', '--aufgabe', '1', '--section',"
        " 'loesungen', f'{sys.argv[2]}-{i}']) == 0\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script, str(path), name], cwd=Path(__file__).parent.parent)
        for name in ("a", "b")
    ]
    assert [p.wait(timeout=240) for p in procs] == [0, 0]
    data = json.loads(path.read_text(encoding="utf-8"))
    texts = sorted(row["text"] for row in data["entries"].values())
    assert texts == sorted([f"a-{i}" for i in range(200)] + [f"b-{i}" for i in range(200)])
    positions = sorted(row["pos"] for row in data["entries"].values())
    assert positions == list(range(400))


def test_a_reader_that_left_the_pipe_gets_no_traceback(tmp_path: Path) -> None:
    """`faktor4 merge … --into F | true`: the merge is saved, nothing but silence follows."""
    forum, room = tmp_path / "forum.json", tmp_path / "room.json"
    for path, name in ((forum, "Kommunen"), (room, "Verkehr")):
        Store.create(path)
        Store(path).apply(AddWorkshop(name=name))
    read, write = os.pipe()
    os.close(read)  # the reader is gone before anything is written
    try:
        run = subprocess.run(
            [sys.executable, "-m", "faktor4_tui", "merge", str(room), "--into", str(forum)],
            stdout=write,
            stderr=subprocess.PIPE,
            timeout=60,
        )
    finally:
        os.close(write)
    assert b"Traceback" not in run.stderr, run.stderr.decode()
    assert run.returncode == 141
    assert "Verkehr" in forum.read_text(encoding="utf-8")
