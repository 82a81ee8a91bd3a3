"""One text is at most MAX_TEXT characters: longer ones are refused with a sentence; files with
longer texts written by other programs still open."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from faktor4_tui.session import Session
from faktor4_tui.store import Store, StoreError
from faktor4_tui.store.ops import AddAufgabe, AddEntry, AddWorkshop
from faktor4_tui.store.ops.base import MAX_TEXT
from faktor4_tui.ui.app import Faktor4App
from faktor4_tui.ui.widgets.status import StatusHeader
from tests.reliability.helpers import faktor4
from tests.ui.helpers import SIZE, type_text


def test_a_text_over_the_limit_is_refused_with_a_sentence(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "f.json")
    workshop = store.add(AddWorkshop(name="Verkehr"))
    aufgabe = store.add(AddAufgabe(workshop=workshop, text="Radwege"))
    store.add(AddEntry(aufgabe=aufgabe, section="loesungen", text="x" * MAX_TEXT))
    before = store.path.read_bytes()
    with pytest.raises(StoreError) as info:
        store.add(AddEntry(aufgabe=aufgabe, section="loesungen", text="x" * (MAX_TEXT + 1)))
    assert "5001" in str(info.value)
    assert store.path.read_bytes() == before
    with pytest.raises(StoreError):
        store.add(AddAufgabe(workshop=workshop, text="y" * 20_000_000))


def test_a_file_with_a_longer_text_still_opens_and_shows_it(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "f.json")
    workshop = store.add(AddWorkshop(name="Verkehr"))
    aufgabe = store.add(AddAufgabe(workshop=workshop, text="Radwege"))
    store.add(AddEntry(aufgabe=aufgabe, section="loesungen", text="kurz"))
    raw = json.loads(store.path.read_text(encoding="utf-8"))
    for row in raw["entries"].values():
        row["text"] = "z" * (MAX_TEXT * 4)
    store.path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    reopened = Store(store.path)
    entry = reopened.load().workshops[0].aufgaben[0].entries("loesungen")[0]
    assert entry.text == "z" * (MAX_TEXT * 4)
    reopened.add(AddEntry(aufgabe=aufgabe, section="loesungen", text="noch eins"))  # still writable
    assert len(reopened.load().workshops[0].aufgaben[0].entries("loesungen")) == 2


def test_the_refusal_names_the_file_on_the_command_line_in_both_languages(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "forum.json")
    store.add(AddWorkshop(name="Verkehr"))
    before = store.path.read_bytes()
    for language, words in (("de", "wurde nicht geändert"), ("en", "was not changed")):
        result = faktor4("--lang", language, "add", str(store.path), "--workshop", "Verkehr", "x" * (MAX_TEXT + 1))
        assert result.returncode == 2
        message = result.stderr.decode()
        assert message.count("\n") == 1 and "forum.json" in message and words in message, message
        assert str(MAX_TEXT + 1) in message and "Traceback" not in message
    assert store.path.read_bytes() == before


async def test_the_app_names_the_file_when_an_edit_makes_a_text_too_long(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "forum.json")
    workshop = store.add(AddWorkshop(name="Verkehr"))
    store.add(AddAufgabe(workshop=workshop, text="x" * MAX_TEXT))
    before = store.path.read_bytes()
    app = Faktor4App(Session(Store(store.path)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e", "end")
        await type_text(pilot, "y\n")  # one character more than the limit
        header = str(app.screen.query_one(StatusHeader).render())
        assert "forum.json wurde nicht geändert" in header and str(MAX_TEXT + 1) in header, header
    assert store.path.read_bytes() == before
