"""A file name with an escape sequence is shown written out, never raw: app header, presentation, CLI.

The attack: ``"\\x1b]0;pwned\\x07.json"`` printed raw sets the terminal's title (and other
sequences could do worse). Every run here is a real process on a pseudo-terminal; the test
reads every byte it wrote and looks for the name's raw bytes and for its written-out form.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from faktor4_tui.i18n import visible
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddWorkshop
from faktor4_tui.store.schema import empty_data
from tests.reliability.ptyapp import PtyApp
from tests.reliability.stats import count

NAME = "\x1b]0;pwned\x07\u202e.json"
RAW = (b"\x1b]0;pwned", b"pwned\x07", "\u202e".encode())
SHOWN = b"\\x1b]0;pwned\\x07\\u202e"


def _assert_safe(output: bytes, what: str) -> None:
    leaked = [raw for raw in RAW if raw in output]
    count("escape_bytes_leaked", len(leaked))
    assert not leaked, f"{what}: raw bytes of the name reached the terminal: {leaked!r} in {output[-600:]!r}"
    assert SHOWN in output, f"{what}: the name is not shown written out: {output[-600:]!r}"
    count("escape_names_shown")


def _make(path: Path, workshop: str = "Kommunen") -> None:
    store = Store.create(path, empty_data())
    store.add(AddWorkshop(workshop))


def test_visible_writes_out_every_control_character() -> None:
    assert visible("plain Ä 👩\u200d💻.json") == "plain Ä 👩\u200d💻.json"
    assert visible(NAME) == "\\x1b]0;pwned\\x07\\u202e.json"
    assert visible(Path("a\x9bb\x7f\n")) == "a\\x9bb\\x7f\\x0a"
    assert visible(os.fsdecode(b"caf\xe9.json")) == "caf\\xe9.json"  # a byte that was not UTF-8
    assert visible(visible(NAME)) == visible(NAME)


def _cli(tmp_path: Path, *args: str) -> tuple[int, bytes]:
    run = PtyApp(*args, cols=200, rows=10)
    try:
        return run.finish(timeout=30), bytes(run.output)
    finally:
        run.close()


@pytest.mark.parametrize("case", ["init-exists", "add-no-aufgabe", "export-exists", "export-no-folder", "present"])
def test_cli_commands_show_an_escape_name_written_out(tmp_path: Path, case: str) -> None:
    path = tmp_path / NAME
    _make(path)
    args = {
        "init-exists": ["init", str(path)],
        "add-no-aufgabe": ["add", str(path), "--workshop", "Kommunen", "--aufgabe", "9", "--section", "loesungen", "x"],
        "export-exists": ["export", str(path), "-f", "md", "-o", str(path)],
        "export-no-folder": ["export", str(path), "-f", "md", "-o", str(tmp_path / NAME / NAME)],
        "present": ["present", str(path), "--workshop", "Nirgends"],
    }[case]
    code, output = _cli(tmp_path, "--lang", "en", *args)
    assert code == 2, output
    _assert_safe(output, case)
    assert json.loads(path.read_text())["workshops"], "the file is untouched"


def test_missing_file_named_with_escapes(tmp_path: Path) -> None:
    code, output = _cli(tmp_path, "present", str(tmp_path / NAME))
    assert code == 2
    _assert_safe(output, "present on a missing file")


def test_app_header_shows_the_name_written_out(tmp_path: Path) -> None:
    path = tmp_path / NAME
    _make(path)
    app = PtyApp(str(path))
    try:
        app.wait_for_output(SHOWN)
        app.read(0.5)
        _assert_safe(bytes(app.output), "the app's header")
    finally:
        app.close()


def test_presentation_says_a_replaced_file_by_its_name_written_out(tmp_path: Path) -> None:
    path = tmp_path / NAME
    _make(path)
    app = PtyApp("present", str(path))
    try:
        app.wait_for_output(b"1 / ")
        other = tmp_path / "other.json"
        _make(other, "Andere")
        os.replace(other, path)  # another file put in its place: the presentation says so, by name
        app.wait_for_output(SHOWN)
        app.read(0.5)
        _assert_safe(bytes(app.output), "the presentation's notice")
    finally:
        app.close()
