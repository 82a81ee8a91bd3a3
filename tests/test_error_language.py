"""Error sentences speak the UI's language: German by default, English when chosen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tinydb import TinyDB
from tinydb.storages import MemoryStorage

from faktor4_tui.i18n import LANGUAGES, catalog, set_language
from faktor4_tui.store import InvalidFileError, NotFoundError, Store, StoreError, schema
from faktor4_tui.store.ops.base import clean, get_row


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
