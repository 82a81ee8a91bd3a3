"""Hostile text through the store and ``faktor4 add``: no crash, stored sanitized, markup literal."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from faktor4_tui.model import SECTIONS, sanitize
from faktor4_tui.store import Store, StoreError
from faktor4_tui.store.ops import AddAufgabe, AddEntry, AddWorkshop, DeleteEntry, EditEntry, SetEvent, ToggleAktion
from tests.reliability.helpers import Child, all_texts, assert_clean, check_file, faktor4
from tests.reliability.hostile import HOSTILE
from tests.reliability.stats import count

BIDI_UTF8 = [c.encode() for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"]


def assert_file_clean(path: Path) -> dict:
    """The bytes hold no ESC, C0 (but newline), C1 or bidi override; every text is sanitized."""
    raw = path.read_bytes()
    assert b"\x1b" not in raw
    assert not [b for b in raw if b < 0x20 and b != 0x0A], "a raw control byte is in the file"
    c1 = [bytes([0xC2, n]) for n in range(0x80, 0xA0)]
    assert not [s for s in c1 + BIDI_UTF8 if s in raw], "C1 or bidi characters are in the file"
    assert b"\\u" not in raw.replace(b"\\\\", b""), "a \\u escape (an escaped control?) is in the file"
    data = check_file(path)
    for text in all_texts(data):
        assert_clean(text)
    return data


def test_corpus_is_big_enough() -> None:
    assert len(HOSTILE) >= 30
    assert len({name for name, _ in HOSTILE}) == len(HOSTILE)


@pytest.mark.parametrize(("name", "text"), HOSTILE, ids=[name for name, _ in HOSTILE])
def test_hostile_text_through_every_store_op(empty_store: Store, name: str, text: str) -> None:
    store = empty_store
    expected = sanitize(text)
    count("hostile_inputs")
    if not expected:
        with pytest.raises(StoreError, match="Name des Workshops ist leer"):
            store.add(AddWorkshop(name=text))
        workshop = store.add(AddWorkshop(name="Kommunen"))
        with pytest.raises(StoreError, match="Aufgabe ist leer"):
            store.add(AddAufgabe(workshop=workshop, text=text))
        aufgabe = store.add(AddAufgabe(workshop=workshop, text="A"))
        with pytest.raises(StoreError, match="Eintrag ist leer"):
            store.add(AddEntry(aufgabe=aufgabe, section="loesungen", text=text))
        assert_file_clean(store.path)
        return
    workshop = store.add(AddWorkshop(name=text))
    aufgabe = store.add(AddAufgabe(workshop=workshop, text=text))
    entries = [
        store.add(AddEntry(aufgabe=aufgabe, section=s, text=text, note=i % 2 == 1)) for i, s in enumerate(SECTIONS)
    ]
    plain = store.add(AddEntry(aufgabe=aufgabe, section="loesungen", text="vorher"))
    store.apply(EditEntry(id=plain, text=text))
    store.apply(SetEvent(title=text, forum=text, dates=text, goal=[text, "Ziel"], agenda=[text]))
    store.apply(ToggleAktion(id=aufgabe))
    undo = store.apply(DeleteEntry(id=entries[0]))
    store.apply(undo)
    data = assert_file_clean(store.path)
    document = store.load()
    w = document.workshops[0]
    assert w.name == expected
    assert w.aufgaben[0].text == expected
    assert all(e.text == expected for s in SECTIONS for e in w.aufgaben[0].entries(s))
    assert document.event.title == expected and document.event.goal == (expected, "Ziel")
    assert data["entries"][str(plain)]["text"] == expected
    count("operations", 13)


def test_all_hostile_texts_in_one_file_reload_identically(empty_store: Store) -> None:
    workshop = empty_store.add(AddWorkshop(name="Kommunen"))
    aufgabe = empty_store.add(AddAufgabe(workshop=workshop, text="Alles"))
    for _name, text in HOSTILE:
        if sanitize(text):
            empty_store.add(AddEntry(aufgabe=aufgabe, section="loesungen", text=text))
    assert_file_clean(empty_store.path)
    fresh = Store(empty_store.path).load()
    texts = [e.text for e in fresh.workshops[0].aufgaben[0].entries("loesungen")]
    assert texts == [sanitize(t) for _, t in HOSTILE if sanitize(t)]
    count("operations", len(texts))


def _cli_all(path: str) -> list[tuple[str, int, str]]:
    import contextlib
    import io

    from faktor4_tui.cli import main

    results = []
    for name, text in HOSTILE:
        for argv in (
            ["add", path, "--workshop", "Kommunen", "--create", text],
            ["add", path, "--workshop", "Kommunen", "--aufgabe", "1", "--section", "akteure", text],
            ["add", path, "--workshop", text, "--create", "Aufgabe"],
            ["add", path, "--workshop", text, "--create", "Aufgabe"],  # the same name again: no second workshop
        ):
            err = io.StringIO()
            with contextlib.redirect_stderr(err):
                code = main(argv)
            results.append((name, code, err.getvalue()))
    return results


def test_hostile_text_through_cli_add(tmp_path: Path) -> None:
    path = tmp_path / "cli.json"
    Store.create(path)
    results = Child(_cli_all, str(path)).result()
    count("hostile_inputs", len(results))
    count("operations", len(results))
    for name, code, stderr in results:
        if sanitize(dict(HOSTILE)[name]):
            assert code == 0, (name, stderr)
        else:
            assert code == 2 and stderr.startswith("faktor4: ") and stderr.count("\n") == 1, (name, stderr)
    assert_file_clean(path)
    document = Store(path).load()
    names = [w.name for w in document.workshops]
    duplicates = len(names) - len({n.casefold() for n in names})
    assert duplicates == 0, f"{duplicates} duplicate workshops, e.g. {sorted(names, key=len)[:8]}"
    kommunen = document.workshop_named("Kommunen")
    assert [a.text for a in kommunen.aufgaben] == [sanitize(t) for _, t in HOSTILE if sanitize(t)]


@pytest.mark.parametrize(
    "arg",
    [
        b"\x1b]52;c;cm0gLXJmIH4K\x07[@click=app.quit]x[/]",
        b"\xff\xfe nicht UTF-8 \xc3",
        "\u202eabc".encode(),
        b"[link=file:///etc/passwd]x[/link]",
    ],
    ids=["osc52-markup", "invalid-utf8", "bidi", "link"],
)
def test_real_process_argv_bytes(tmp_path: Path, arg: bytes) -> None:
    path = tmp_path / "argv.json"
    Store.create(path)
    result = faktor4("add", str(path), "--workshop", "Kommunen", "--create", arg)
    count("hostile_inputs")
    assert result.returncode == 0, result.stderr
    data = assert_file_clean(path)
    stored = [row["text"] for row in data["aufgaben"].values()]
    assert stored == [sanitize(os.fsdecode(arg))]


def test_nul_cannot_come_through_argv(tmp_path: Path) -> None:
    # The OS cannot pass NUL in argv, so the CLI never sees one; the store test covers NUL.
    with pytest.raises(ValueError, match="null"):
        faktor4("add", str(tmp_path / "x.json"), "--workshop", "K", "a\x00b")


def _file_from_another_program(path: Path) -> None:
    """Valid faktor4 JSON whose texts carry raw escapes (as \\u001b etc.): a hand edit, another tool."""
    import json

    from faktor4_tui.store.schema import empty_data

    data = empty_data()
    texts = [text for _, text in HOSTILE]
    data["event"]["1"].update(title=texts[11], forum=texts[12], dates=texts[26], goal=texts[8:12], agenda=texts[:3])
    data["workshops"]["2"] = {"name": "\x1b]0;pwned\x07Kommunen\u202e", "pos": 0}
    data["aufgaben"]["3"] = {"workshop": 2, "pos": 0, "text": "\x9b31mA\udcff", "aktion": 1, "votes": 0}
    for n, text in enumerate(texts):
        data["entries"][str(4 + n)] = {"aufgabe": 3, "section": "loesungen", "pos": n, "text": text, "note": False}
    data["faktor4"]["next_id"] = 4 + len(texts)
    path.write_text(json.dumps(data, ensure_ascii=True))


def test_raw_escapes_written_by_another_program_never_come_out(tmp_path: Path) -> None:
    from faktor4_tui.deck import build_deck

    path = tmp_path / "fremd.json"
    _file_from_another_program(path)
    store = Store(path)
    document = store.load()
    shown = [
        document.event.title,
        document.event.forum,
        document.event.dates,
        *document.event.goal,
        *document.event.agenda,
        document.workshops[0].name,
        document.workshops[0].aufgaben[0].text,
    ]
    shown += [e.text for e in document.workshops[0].aufgaben[0].entries("loesungen")]
    for text in shown:
        assert_clean(text)
    for slide in build_deck(document):
        for text in [
            slide.title,
            slide.forum,
            slide.dates,
            slide.workshop,
            slide.heading,
            *(line.text for block in slide.blocks for line in block.lines),
            *(cell for row in slide.table for cell in row),
        ]:
            assert_clean(text)
    store.add(AddWorkshop(name="Industrie"))  # a save must neither crash nor keep the escapes
    assert_file_clean(path)
    count("hostile_inputs", len(HOSTILE))


def test_lone_surrogate_in_an_unknown_field_does_not_break_saving(tmp_path: Path) -> None:
    import json

    from faktor4_tui.store.schema import empty_data

    data = empty_data()
    data["event"]["1"]["kommentar"] = "\udcff von einem anderen Programm"
    path = tmp_path / "fremd.json"
    path.write_text(json.dumps(data))
    Store(path).add(AddWorkshop(name="Kommunen"))
    saved = check_file(path)
    assert saved["event"]["1"]["kommentar"].endswith(" von einem anderen Programm")
    assert [row["name"] for row in saved["workshops"].values()] == ["Kommunen"]
