"""Merging two rooms: same-name workshops combined, origin kept, idempotent, inputs untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.export.markdown import render_markdown
from faktor4_tui.model import SECTIONS
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, AddEntry, AddWorkshop, SetEvent, ToggleAktion
from tests.export.helpers import one_sentence_error, run


@pytest.fixture
def rooms(tmp_path: Path) -> tuple[Path, Path]:
    """Room A: the demo (Kommunen). Room B: Kommunen again plus Industrie, another forum name."""
    a = tmp_path / "raum-a.json"
    Store.create(a, demo_data())
    b = tmp_path / "raum-b.json"
    store = Store.create(b)
    store.apply(SetEvent(title="Workshop Aktionsplan Faktor 4", forum="Frühjahrsforum 2022"))
    kommunen = store.add(AddWorkshop(name="kommunen"))
    aufgabe = store.add(AddAufgabe(workshop=kommunen, text="Radwege ausbauen"))
    store.add(AddEntry(aufgabe=aufgabe, section="loesungen", text="Radschnellweg planen"))
    store.apply(ToggleAktion(id=aufgabe))
    industrie = store.add(AddWorkshop(name="Industrie"))
    other = store.add(AddAufgabe(workshop=industrie, text="Abwärme nutzen"))
    store.add(AddEntry(aufgabe=other, section="akteure", text="Stadtwerke"))
    return a, b


def test_two_rooms(rooms: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = rooms
    before = {p: p.read_bytes() for p in (a, b)}
    listing = sorted(p.name for p in tmp_path.iterdir())
    forum = tmp_path / "forum.json"
    code, _, err = run(capsys, "merge", str(a), str(b), "-o", str(forum))
    assert code == 0
    assert one_sentence_error(err, "raum-b.json") and "raum-a.json" in err and "bleiben" in err
    assert {p: p.read_bytes() for p in (a, b)} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*listing, "forum.json", "forum.json.lock"])
    document = Store(forum).load()
    assert document.event.forum == "Herbstforum 2021"  # the first header wins
    assert [w.name for w in document.workshops] == ["Kommunen", "Industrie"]
    kommunen = document.workshops[0]
    assert len(kommunen.aufgaben) == 10
    assert {a.origin for a in kommunen.aufgaben[:9]} == {"raum-a.json"}
    assert kommunen.aufgaben[9].origin == "raum-b.json" and kommunen.aufgaben[9].text == "Radwege ausbauen"
    assert [(x.aktion, x.text[:12]) for x in kommunen.plan] == [
        (1, "Verwaltungsi"),
        (2, "Transparenz "),
        (3, "Radwege ausb"),
    ]
    entries = [e for x in kommunen.aufgaben for s in SECTIONS for e in x.entries(s)]
    assert len(entries) == 25 and {e.origin for e in entries} == {"raum-a.json", "raum-b.json"}
    raw = json.loads(forum.read_text(encoding="utf-8"))
    assert all(row["origin"] for row in raw["entries"].values())
    # The demo's Aktionen read exactly as before.
    demo = Store(a).load()
    assert render_markdown(document, kommunen.id).count("Lösung 8: Aktiv werden") == 1
    aktionen = render_markdown(demo).split("### Aktion 1")[1].split("### Aktionsplan")[0]
    assert aktionen in render_markdown(document, kommunen.id)


def test_merge_is_idempotent(rooms: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = rooms
    forum = tmp_path / "forum.json"
    assert run(capsys, "merge", str(a), str(b), "-o", str(forum))[0] == 0
    again = tmp_path / "again.json"
    assert run(capsys, "merge", str(forum), str(a), str(b), str(a), "-o", str(again))[0] == 0
    assert content(again) == content(forum)
    twice = tmp_path / "twice.json"
    assert run(capsys, "merge", str(a), str(a), "-o", str(twice))[0] == 0
    once = tmp_path / "once.json"
    assert run(capsys, "merge", str(a), "-o", str(once))[0] == 0
    assert content(twice) == content(once)


def content(path: Path) -> bytes:
    """The file's bytes without its identity (each new file gets its own)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["faktor4"].pop("file_id")
    return json.dumps(data, ensure_ascii=False).encode()


def test_remerge_adds_only_new_lines(
    rooms: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = rooms
    forum = tmp_path / "forum.json"
    assert run(capsys, "merge", str(a), str(b), "-o", str(forum))[0] == 0
    store = Store(a)
    first = store.load().workshops[0].aufgaben[0].id
    store.add(AddEntry(aufgabe=first, section="sponsoren", text="Bund (Kommunalrichtlinie)"))
    updated = tmp_path / "updated.json"
    assert run(capsys, "merge", str(forum), str(a), "-o", str(updated))[0] == 0
    old = Store(forum).load().workshops[0]
    new = Store(updated).load().workshops[0]
    assert len(new.aufgaben) == len(old.aufgaben)
    assert [e.text for e in new.aufgaben[0].entries("sponsoren")] == ["Bund (Kommunalrichtlinie)"]


def test_merge_refusals(rooms: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = rooms
    before = a.read_bytes()
    for args, name in (
        ([str(a), str(b), "-o", str(a), "--force"], "raum-a.json"),
        ([str(a), str(b), "-o", str(b)], "raum-b.json"),
        ([str(a), str(tmp_path / "missing.json"), "-o", str(tmp_path / "x.json")], "missing.json"),
    ):
        code, _, err = run(capsys, "merge", *args)
        assert code == 2 and one_sentence_error(err, name), err
    assert a.read_bytes() == before and not (tmp_path / "x.json").exists()
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "raum-a.json").write_bytes(b.read_bytes())
    code, _, err = run(capsys, "merge", str(a), str(sub / "raum-a.json"), "-o", str(tmp_path / "y.json"))
    assert code == 2 and one_sentence_error(err, "raum-a.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"not": "faktor4"}')
    code, _, err = run(capsys, "merge", str(a), str(bad), "-o", str(tmp_path / "z.json"))
    assert code == 2 and one_sentence_error(err, "bad.json") and not (tmp_path / "z.json").exists()


def test_merge_force_and_stdout(rooms: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = rooms
    out = tmp_path / "forum.json"
    out.write_text("alt")
    code, _, err = run(capsys, "merge", str(a), "-o", str(out))
    assert code == 2 and one_sentence_error(err, "forum.json") and out.read_text() == "alt"
    assert run(capsys, "merge", str(a), "-o", str(out), "--force")[0] == 0
    assert Store(out).load().workshops[0].name == "Kommunen"
    code, stdout, _ = run(capsys, "merge", str(a), str(b), "-o", "-")
    assert code == 0 and json.loads(stdout)["faktor4"]["schema"] == 2


def test_merge_accepts_a_json_export(
    rooms: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, _ = rooms
    exported = tmp_path / "export-a.json"
    assert run(capsys, "export", str(a), "--format", "json", "-o", str(exported))[0] == 0
    out = tmp_path / "m.json"
    assert run(capsys, "merge", str(exported), "-o", str(out))[0] == 0
    assert render_markdown(Store(out).load()) == render_markdown(Store(a).load())
