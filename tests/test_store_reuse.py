"""The Store reuses its parsed data between saves without ever saving stale or half-applied data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from faktor4_tui.store import NotFoundError, Store
from faktor4_tui.store.ops import AddEntry, Batch, EditEntry


def raw(store: Store) -> dict:
    return json.loads(store.path.read_text(encoding="utf-8"))


def first_aufgabe(store: Store) -> int:
    return store.load().workshops[0].aufgaben[0].id


def test_a_failed_change_leaves_nothing_behind(demo_store: Store) -> None:
    aufgabe = first_aufgabe(demo_store)
    before = demo_store.path.read_bytes()
    half = Batch(
        (AddEntry(aufgabe=aufgabe, section="sponsoren", text="Halb"), EditEntry(id=99999, text="gibt es nicht"))
    )
    with pytest.raises(NotFoundError):
        demo_store.apply(half)
    assert demo_store.path.read_bytes() == before
    assert "Halb" not in json.dumps(raw(demo_store), ensure_ascii=False)
    demo_store.add(AddEntry(aufgabe=aufgabe, section="sponsoren", text="Ganz"))
    texts = [e.text for e in demo_store.load().workshops[0].aufgaben[0].entries("sponsoren")]
    assert texts == ["Ganz"]
    assert [row["text"] for row in raw(demo_store)["entries"].values() if row["section"] == "sponsoren"] == ["Ganz"]


def test_a_same_size_change_by_another_process_is_not_lost(demo_store: Store) -> None:
    aufgabe = first_aufgabe(demo_store)
    demo_store.add(AddEntry(aufgabe=aufgabe, section="sponsoren", text="Stadt A"))
    stat = os.stat(demo_store.path)
    # Another process rewrites the file with content of exactly the same size and mtime.
    other = raw(demo_store)
    for row in other["entries"].values():
        if row["text"] == "Stadt A":
            row["text"] = "Stadt B"
    script = (
        "import sys; from faktor4_tui.store import jsonfile; from pathlib import Path; import json, os;"
        "p = Path(sys.argv[1]); jsonfile.atomic_write(p, jsonfile.encode(json.loads(sys.argv[2])));"
        "os.utime(p, ns=(int(sys.argv[3]), int(sys.argv[3])))"
    )
    subprocess.run(
        [sys.executable, "-c", script, str(demo_store.path), json.dumps(other), str(stat.st_mtime_ns)],
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert os.stat(demo_store.path).st_size == stat.st_size
    demo_store.add(AddEntry(aufgabe=aufgabe, section="sponsoren", text="Land"))
    texts = [row["text"] for row in raw(demo_store)["entries"].values() if row["section"] == "sponsoren"]
    assert texts == ["Stadt B", "Land"]


def test_load_after_save_shows_the_change(demo_store: Store) -> None:
    aufgabe = first_aufgabe(demo_store)
    revision = demo_store.load().revision
    demo_store.add(AddEntry(aufgabe=aufgabe, section="sponsoren", text="Bund"))
    document = demo_store.load()
    assert document.revision == revision + 1 == demo_store.revision
    assert [e.text for e in document.workshops[0].aufgaben[0].entries("sponsoren")] == ["Bund"]


def test_a_reread_after_anothers_change_reuses_what_did_not_change_and_nothing_stale(demo_store: Store) -> None:
    """Live follow on a huge file rebuilds only what changed; the viewer never sees an old text."""
    from faktor4_tui.store.ops import AddWorkshop, RenameWorkshop

    other = Store(demo_store.path)
    second = other.add(AddWorkshop(name="Industrie"))
    viewer = Store(demo_store.path)
    before = viewer.load()
    kommunen, industrie = before.workshops
    entry = kommunen.aufgaben[0].entries("loesungen")[0]
    other.apply(EditEntry(id=entry.id, text="Geändert von nebenan"))
    after = viewer.load()
    assert after.workshops[1] is industrie  # untouched: the very same object
    assert after.workshops[0] is not kommunen
    assert after.workshops[0].aufgaben[0].entries("loesungen")[0].text == "Geändert von nebenan"
    assert after.workshops[0].aufgaben[1] is kommunen.aufgaben[1]
    # A change of the viewer's own (TinyDB changes the rows in place) and then another's: still fresh.
    viewer.apply(RenameWorkshop(id=second, name="Industrie und Gewerbe"))
    assert viewer.load().workshops[1].name == "Industrie und Gewerbe"
    other.apply(RenameWorkshop(id=second, name="Industrie"))
    assert viewer.load().workshops[1].name == "Industrie"
    assert viewer.load() == Store(demo_store.path).load()
