"""Error sentences speak the UI's language: German by default, English when chosen."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from tinydb import TinyDB
from tinydb.storages import MemoryStorage

import faktor4_tui
from faktor4_tui.cli import COMMAND_NAMES, main
from faktor4_tui.i18n import LANGUAGES, catalog, set_language
from faktor4_tui.settings import Settings, save_settings
from faktor4_tui.store import InvalidFileError, NotFoundError, Store, StoreError, schema
from faktor4_tui.store.ops.base import clean, get_row

ROOT = Path(faktor4_tui.__file__).resolve().parent.parent


def _broken(tmp_path: Path) -> Path:
    path = tmp_path / "kaputt.json"
    path.write_text('{"faktor4": {"schema": 1},\n  "event": [1, 2', encoding="utf-8")
    return path


def test_invalid_json_is_refused_in_german_by_default(tmp_path: Path) -> None:
    path = _broken(tmp_path)
    with pytest.raises(InvalidFileError) as info:
        Store(path)
    message = str(info.value)
    assert message.startswith(f"{path} ist keine gültige JSON-Datei (Zeile 2, Spalte ")
    assert message.endswith(").")


def test_invalid_json_is_refused_in_english_when_chosen(tmp_path: Path, english: None) -> None:
    path = _broken(tmp_path)
    with pytest.raises(InvalidFileError) as info:
        Store(path)
    message = str(info.value)
    assert message.startswith(f"{path} is not valid JSON (line 2, column ")
    assert message.endswith(").")


def test_optional_field_sentences_exist_in_every_catalog() -> None:
    """The schema names its phrases by key (not literally in a t() call): each must exist."""
    keys = {key for fields in schema._OPTIONAL.values() for _, key in fields.values()}
    assert keys
    for code in LANGUAGES:
        assert keys <= set(catalog(code)), code


@pytest.mark.parametrize(
    ("what", "german", "english"),
    [
        ("Aufgabe", "Die Aufgabe ist leer", "The Aufgabe is empty"),
        ("entry", "Der Eintrag ist leer", "The entry is empty"),
        ("workshop name", "Der Name des Workshops ist leer", "The workshop name is empty"),
    ],
)
def test_empty_text_sentences(what: str, german: str, english: str) -> None:
    with pytest.raises(StoreError, match=german):
        clean(" \x1b ", what)
    set_language("en")
    with pytest.raises(StoreError, match=english):
        clean(" \x1b ", what)


@pytest.mark.parametrize(
    ("what", "german", "english"),
    [
        ("Aufgabe", "Die Aufgabe (7) gibt es nicht mehr", "The Aufgabe (7) no longer exists"),
        ("entry", "Den Eintrag (7) gibt es nicht mehr", "The entry (7) no longer exists"),
        ("workshop", "Den Workshop (7) gibt es nicht mehr", "The workshop (7) no longer exists"),
    ],
)
def test_gone_sentences(what: str, german: str, english: str) -> None:
    table = TinyDB(storage=MemoryStorage).table("rows")
    with pytest.raises(NotFoundError, match=re.escape(german)):
        get_row(table, 7, what)
    set_language("en")
    with pytest.raises(NotFoundError, match=re.escape(english)):
        get_row(table, 7, what)


def test_cli_error_is_one_german_sentence_on_stderr_with_exit_2(tmp_path: Path, capsys) -> None:
    path = _broken(tmp_path)
    before = path.read_bytes()
    assert main(["add", str(path), "--workshop", "Kommunen", "Neue Aufgabe"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.startswith(f"faktor4: {path} ist keine gültige JSON-Datei (Zeile 2, Spalte ")
    assert path.read_bytes() == before


def test_cli_error_in_english_with_lang_en(tmp_path: Path, capsys) -> None:
    path = _broken(tmp_path)
    assert main(["--lang", "en", "add", str(path), "--workshop", "Kommunen", "Neue Aufgabe"]) == 2
    _, err = capsys.readouterr()
    assert err.startswith(f"faktor4: {path} is not valid JSON (line 2, column ") and err.count("\n") == 1


def test_cli_refuses_an_existing_output_in_german(tmp_path: Path, capsys) -> None:
    demo = tmp_path / "demo.json"
    assert main(["init", str(demo), "--demo"]) == 0
    assert capsys.readouterr().out == f"{demo} angelegt.\n"
    out = tmp_path / "out.md"
    out.write_text("bleibt")
    assert main(["export", str(demo), "--format", "md", "-o", str(out)]) == 2
    _, err = capsys.readouterr()
    assert err == f"faktor4: {out} gibt es schon; zum Überschreiben --force angeben.\n"
    assert out.read_text() == "bleibt"


def test_a_bad_lang_is_refused_in_the_remembered_language(tmp_path: Path, capsys) -> None:
    save_settings(Settings(language="en"))
    assert main(["--lang", "fr", "init", str(tmp_path / "x.json")]) == 2
    _, err = capsys.readouterr()
    assert err == "faktor4: --lang needs one of: de, en (got 'fr').\n"
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ([], ["Aufruf: faktor4 init", "Optionen:", "diese Hilfe zeigen und beenden", "die neue faktor4-JSON-Datei"]),
        (["--lang", "en"], ["usage: faktor4 init", "options:", "show this help message", "the new faktor4 JSON file"]),
    ],
)
def test_help_speaks_the_ui_language(lang: list[str], expected: list[str]) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "faktor4_tui", *lang, "init", "--help"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    for text in expected:
        assert text in result.stdout, result.stdout


# --- every --help and argparse's own refusals, from the real command line ------------------------

ENGLISH_ARGPARSE = ("usage:", "positional arguments", "options:", "show this help", "error:", "required", "invalid")
ENGLISH_ARGPARSE += ("expected", "unrecognized", "argument ", "commands:", "subcommands")
GERMAN_ARGPARSE = ("Aufruf", "Argumente", "Optionen", "Hilfe", "Fehler", "fehlen", "Befehl", "braucht", " ist ")
COMMANDS = COMMAND_NAMES  # every subcommand, also one added later


def _faktor4(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "faktor4_tui", *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        env=environ,
    )


def _has_any(text: str, words: tuple[str, ...]) -> list[str]:
    return [word for word in words if word in text]


@pytest.mark.parametrize("command", [(), *((name,) for name in COMMANDS)], ids=lambda c: c[0] if c else "faktor4")
def test_every_help_is_german_by_default_and_english_with_lang_en(command: tuple[str, ...]) -> None:
    german = _faktor4(*command, "--help", env={"LANG": "de_DE.UTF-8"})
    assert german.returncode == 0 and german.stderr == "", german.stderr
    assert german.stdout.startswith("Aufruf: faktor4"), german.stdout
    assert not _has_any(german.stdout, ENGLISH_ARGPARSE), german.stdout
    assert not re.search(r"(?<![\w$])(FILE|COMMAND|OUT|KEY|OUTLINE|DIR)\b", german.stdout), (
        german.stdout
    )  # placeholders too
    english = _faktor4("--lang", "en", *command, "--help", env={"LANG": "de_DE.UTF-8"})
    assert english.returncode == 0 and english.stdout.startswith("usage: faktor4"), english.stdout
    assert not _has_any(english.stdout, GERMAN_ARGPARSE), english.stdout
    assert not re.search(r"\b(DATEI|BEFEHL|ZIEL|ABSCHNITT|GLIEDERUNG|ORDNER)\b", english.stdout), english.stdout


def test_faktor4_help_lists_every_command() -> None:
    shown = _faktor4("--help").stdout
    assert "Befehle:" in shown
    for name in COMMANDS:
        assert re.search(rf"^  {name} +\S", shown, re.MULTILINE), (name, shown)


@pytest.mark.parametrize(
    ("args", "german", "english"),
    [
        (["add"], "faktor4 add: Fehler: diese Angaben fehlen: DATEI, --workshop, TEXT", "the following arguments are"),
        (["add", "x.json", "--workshop"], "Fehler: Argument --workshop: braucht einen Wert", "expected one argument"),
        (["add", "x.json", "--workshop", "W", "--aufgabe", "zwei", "T"], "'zwei' ist keine ganze Zahl", "not a whole"),
        (["export", "x.json", "--format", "doc"], "'doc' ist keine der Möglichkeiten (", "invalid choice: 'doc'"),
        (["init", "x.json", "überzählig"], "Fehler: unbekannte Argumente: überzählig", "unrecognized arguments"),
        (["restore", "x.json"], "Fehler: diese Angaben fehlen: N", "the following arguments are required: N"),
        (["serve", "x.json", "--port", "0"], "'0' ist keine Portnummer", "'0' is not a port number"),
    ],
)
def test_argparse_refusals_speak_the_ui_language(tmp_path: Path, args: list[str], german: str, english: str) -> None:
    refused = _faktor4(*args, env={"LANG": "de_DE.UTF-8"})
    assert refused.returncode == 2 and refused.stdout == ""
    assert german in refused.stderr, refused.stderr
    assert refused.stderr.startswith("Aufruf: faktor4") and not _has_any(refused.stderr, ENGLISH_ARGPARSE)
    refused = _faktor4("--lang", "en", *args)
    assert refused.returncode == 2 and english in refused.stderr, refused.stderr
    assert refused.stderr.startswith("usage: faktor4") and not _has_any(refused.stderr, GERMAN_ARGPARSE)


def test_created_and_refused_file_speak_english_with_lang_en(tmp_path: Path) -> None:
    made = _faktor4("--lang", "en", "init", str(tmp_path / "x.json"))
    assert made.returncode == 0 and made.stdout == f"{tmp_path / 'x.json'} created.\n"
    again = _faktor4("init", str(tmp_path / "x.json"), "--lang", "en")
    assert again.returncode == 2 and again.stderr.startswith("faktor4: ") and "angelegt" not in again.stderr
    broken = _broken(tmp_path)
    german = _faktor4("trash", str(broken), env={"LANG": "de_DE.UTF-8"})
    assert german.stderr.startswith(f"faktor4: {broken} ist keine gültige JSON-Datei"), german.stderr
    english = _faktor4("trash", str(broken), env={"LANG": "en_GB.UTF-8"})
    assert english.stderr.startswith(f"faktor4: {broken} is not valid JSON"), english.stderr


def test_os_reasons_speak_the_ui_language() -> None:
    import errno

    from faktor4_tui.i18n import OS_REASONS, os_reason

    assert os_reason(PermissionError(errno.EACCES, "Permission denied")) == "keine Berechtigung"
    assert os_reason(OSError(errno.EADDRINUSE, "Address already in use")) == "die Adresse wird schon verwendet"
    assert os_reason(OSError(12345, "Something odd")) == "Something odd"  # unknown: the system's words
    for code in LANGUAGES:
        assert set(OS_REASONS.values()) <= set(catalog(code)), code
    set_language("en")
    assert os_reason(PermissionError(errno.EACCES, "Permission denied")) == "permission denied"
    set_language("de")


@pytest.mark.parametrize(
    ("content", "german", "english"),
    [
        ('{"a" 1}', "hier fehlt ein Doppelpunkt", "a colon is missing here"),
        ('{"a": 1,}', "hier muss ein Name in doppelten Anführungszeichen stehen", "a name in double quotes"),
        ("[1] x", "nach dem Ende der Daten steht noch etwas", "something follows the end of the data"),
        ('{"a": "b', "eine Zeichenkette endet nicht", "a string does not end"),
        ("[1 2]", "hier fehlt ein Komma", "a comma is missing here"),
        ("[", "hier fehlt ein Wert", "a value is missing here"),
    ],
)
def test_the_json_parsers_complaint_speaks_the_ui_language(
    tmp_path: Path, content: str, german: str, english: str
) -> None:
    path = tmp_path / "k.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidFileError, match=re.escape(german)):
        Store(path)
    set_language("en")
    with pytest.raises(InvalidFileError, match=re.escape(english)):
        Store(path)
