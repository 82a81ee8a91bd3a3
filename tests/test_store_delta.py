"""Reading a file again line by line (store/delta.py) gives exactly what reading it whole gives.

A Store that follows another's saves parses only the lines that changed and rebuilds only the
Aufgaben and workshops holding them. Every test here compares that against a fresh Store reading
the same bytes whole: after random sequences of real changes from two Stores on one file, and after
hand-made files that bend the line form (a row over two lines, an id twice, a stray comma …).
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faktor4_tui.demo import demo_data
from faktor4_tui.model import SECTIONS, Document
from faktor4_tui.store import Store, StoreError, delta, jsonfile
from faktor4_tui.store import store as store_module
from faktor4_tui.store.build import to_document
from faktor4_tui.store.ops import (
    AddAufgabe,
    AddEntry,
    AddVotes,
    AddWorkshop,
    DeleteAufgabe,
    DeleteEntry,
    EditAufgabe,
    EditEntry,
    MoveAufgabe,
    MoveEntry,
    Op,
    RenameWorkshop,
    SetEvent,
    SetNote,
    ToggleAktion,
)
from faktor4_tui.store.schema import validate


@pytest.fixture(autouse=True)
def lines_at_any_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """Follow these small files line by line, as a Store does files from ``LINES_FROM`` (4 MiB) on."""
    monkeypatch.setattr(store_module, "LINES_FROM", 0)


def whole(path: Path) -> tuple[dict[str, Any], Document]:
    """The file parsed whole, as json reads it, checked and built (no line-by-line reading at all)."""
    data = validate(jsonfile.decode(path.read_bytes(), path), path)
    return data, to_document(data)


def same_as_whole(store: Store) -> None:
    document = store.load()
    data, expected = whole(store.path)
    assert store._data == data
    assert list(store._data["entries"]) == list(data["entries"])  # the file's order too
    assert repr(document) == repr(expected)  # versions and section order included


def random_change(doc: Document, rng: random.Random) -> Op:
    """One change a note taker could make, on what ``doc`` holds."""
    aufgaben = [a for w in doc.workshops for a in w.aufgaben]
    entries = [e for a in aufgaben for s in SECTIONS for e in a.entries(s)]
    choice = rng.randrange(14)
    if choice < 4 or not entries:
        aufgabe = rng.choice(aufgaben)
        return AddEntry(aufgabe=aufgabe.id, section=rng.choice(SECTIONS), text=f"Neu {rng.random():.6f}")
    if choice == 4:
        return EditEntry(id=rng.choice(entries).id, text=f"Geändert {rng.random():.6f}")
    if choice == 5:
        return DeleteEntry(id=rng.choice(entries).id)
    if choice == 6:
        return MoveEntry(id=rng.choice(entries).id, index=rng.randrange(3))
    if choice == 7:
        return SetNote(id=rng.choice(entries).id, note=rng.random() < 0.5)
    if choice == 8:
        return AddAufgabe(workshop=rng.choice(doc.workshops).id, text=f"Aufgabe {rng.random():.6f}")
    if choice == 9 and len(aufgaben) > 2:
        return DeleteAufgabe(id=rng.choice(aufgaben).id)
    if choice == 10:
        return MoveAufgabe(id=rng.choice(aufgaben).id, index=rng.randrange(4))
    if choice == 11:
        return ToggleAktion(id=rng.choice(aufgaben).id)
    if choice == 12:
        return AddVotes(id=rng.choice(aufgaben).id, delta=1)
    if rng.random() < 0.3:
        return AddWorkshop(name=f"Raum {rng.random():.6f}")
    if rng.random() < 0.5:
        return RenameWorkshop(id=rng.choice(doc.workshops).id, name=f"Raum {rng.random():.6f}")
    return SetEvent(title=f"Forum {rng.random():.6f}")


@pytest.mark.parametrize("runs", [True, False], ids=["runs of lines", "every line"])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), steps=st.integers(1, 25))
def test_following_changes_line_by_line_reads_what_a_whole_read_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runs: bool, seed: int, steps: int
) -> None:
    """Two Stores change one file in turn (each also follows the other's saves, and undoes some).

    ``runs``: as in use, a change read as the run of lines it touched where it can be; else every
    line looked up (what a change the run cannot take is read as), for each change.
    """
    if not runs:
        monkeypatch.setattr(delta, "_patched", lambda *args: None)
    path = Path(tempfile.mkdtemp(dir=tmp_path)) / "forum.json"  # hypothesis runs many examples per tmp_path
    Store.create(path, demo_data())
    stores = [Store(path, follow=True), Store(path)]  # an app, and a command that saves
    rng = random.Random(seed)
    undo: list[Op] = []
    for _ in range(steps):
        store = rng.choice(stores)
        try:
            if undo and rng.random() < 0.2:
                store.apply(undo.pop(rng.randrange(len(undo))))  # undo of a delete restores from the trash
            else:
                undo.append(store.apply(random_change(store.load(), rng)))
        except StoreError:
            pass  # refused (changed meanwhile, gone): the file is as it was
        for follower in stores:
            same_as_whole(follower)


def test_a_change_reads_only_its_lines_and_keeps_every_other_row(demo_store: Store) -> None:
    """The unchanged rows a follower holds are the very objects it held: they were not parsed again."""
    viewer = Store(demo_store.path, follow=True)
    before = viewer.load()
    rows = dict(viewer._data["entries"])
    aufgabe = before.workshops[0].aufgaben[0]
    edited = aufgabe.entries("loesungen")[0].id
    demo_store.apply(EditEntry(id=edited, text="Neu gefasst"))
    after = viewer.load()
    assert viewer._changed == {} and viewer._index is not None
    kept = [doc_id for doc_id, row in viewer._data["entries"].items() if rows.get(doc_id) is row]
    assert sorted(kept) == sorted(doc_id for doc_id in rows if doc_id != str(edited))
    assert after.workshops[0].aufgaben[1] is before.workshops[0].aufgaben[1]  # an untouched Aufgabe: same object
    assert after.workshops[0].aufgaben[0].entries("loesungen")[0].text == "Neu gefasst"
    same_as_whole(viewer)


def bent(raw: bytes) -> dict[str, bytes]:
    """The file's bytes bent out of faktor4's line form, each a file another program might write."""
    lines = raw.split(b"\n")
    rows = [i for i, line in enumerate(lines) if line.startswith(b'  "')]
    entries = lines.index(b' "entries": {')
    first, second = entries + 1, entries + 2
    bend: dict[str, list[bytes]] = {}

    def change(name: str, edit: Any) -> None:
        copy = list(lines)
        edit(copy)
        bend[name] = copy

    def in_first(old: bytes, new: bytes) -> Any:
        return lambda c: c.__setitem__(first, c[first].replace(old, new, 1))

    change("two rows on one line", lambda c: c.__setitem__(first, c[first] + c.pop(second).lstrip()))
    change("a row over two lines", lambda c: c.__setitem__(first, c[first].replace(b": {", b": {\n   ", 1)))
    change("a row split at its comma", lambda c: c.__setitem__(first, c[first].replace(b", ", b",\n   ", 1)))
    change("an id twice", lambda c: c.insert(second, c[first]))
    last_entry = lines.index(b" },", entries) - 1

    def earlier_id_at_the_end(c: list[bytes]) -> None:
        c[last_entry] += b","
        c.insert(last_entry + 1, c[first][:-1].replace(b'"text": "', b'"text": "Noch einmal ', 1))

    change("an earlier row's id added at the end", earlier_id_at_the_end)
    change("the same id, other text", lambda c: c.insert(second, c[first].replace(b'"text": "', b'"text": "X', 1)))
    change("no comma between rows", lambda c: c.__setitem__(first, c[first][:-1]))
    change("a space for the comma between rows", lambda c: c.__setitem__(first, c[first][:-1] + b" "))
    change("no comma after the header", lambda c: c.__setitem__(1, c[1][:-1]))
    change("a comma after the last member", lambda c: c.__setitem__(len(c) - 3, c[len(c) - 3] + b","))
    change("a comma after the last row", lambda c: c.__setitem__(rows[-1], c[rows[-1]] + b","))
    change("rows swapped", lambda c: c.__setitem__(slice(first, second + 1), [c[second], c[first]]))
    change("an entry row among the Aufgaben", lambda c: c.insert(lines.index(b' "aufgaben": {') + 1, c[first]))
    change("a row outside any table", lambda c: c.insert(1, c[first]))
    change("trailing spaces", lambda c: c.__setitem__(first, c[first] + b"  "))
    change("a tab before a row", lambda c: c.__setitem__(first, b"\t" + c[first]))
    change("a control character", in_first(b'"text": "', b'"text": "\\u0007'))
    change("a number too big", in_first(b'"pos": ', b'"pos": 1e999, "p": '))
    change("a key twice in a row", in_first(b'"pos": ', b'"pos": 1, "pos": '))
    change("a table twice", lambda c: c.insert(entries, b' "entries": {},'))
    change("an empty line", lambda c: c.insert(second, b""))
    change("a closing line early", lambda c: c.insert(second, b" },"))
    change("windows line ends", lambda c: c.__setitem__(slice(None), [line + b"\r" for line in c[:-1]] + [b""]))
    change("a row as a number", lambda c: c.__setitem__(first, c[first].split(b":")[0] + b": 5,"))
    change("an id as 012", lambda c: c.__setitem__(first, c[first].replace(b'  "', b'  "0', 1)))
    change("an id above the counter", lambda c: c.insert(second, c[first].replace(b'  "', b'  "9', 1)))
    change("invalid UTF-8", lambda c: c.__setitem__(first, c[first].replace(b'"text": "', b'"text": "\xff', 1)))
    change("the file cut short", lambda c: c.__delitem__(slice(second, None)))
    result = {name: b"\n".join(copy) for name, copy in bend.items()}
    result["a byte order mark"] = b"\xef\xbb\xbf" + raw
    result["nothing"] = b""
    return result


@pytest.mark.parametrize("case", sorted(bent(jsonfile.encode(demo_data())).keys()))
def test_a_file_bent_out_of_the_line_form_reads_as_a_whole_read_reads_it(tmp_path: Path, case: str) -> None:
    """A follower that knows the file's lines meets a bent one: the same data, or the same refusal."""
    path = tmp_path / "bent.json"
    store = Store.create(path, demo_data())
    store.apply(SetEvent(title="Gelesen"))
    follower = Store(path, follow=True)
    follower.load()
    bent_bytes = bent(path.read_bytes())[case]
    jsonfile.atomic_write(path, bent_bytes)
    try:
        expected: Any = whole(path)
    except StoreError as error:
        expected = str(error)
    try:
        got: Any = (follower._read(), follower.load())
    except StoreError as error:
        got = str(error)
    if isinstance(expected, str):
        assert got == expected
    else:
        assert got[0] == expected[0] and list(got[0]["entries"]) == list(expected[0]["entries"])
        assert repr(got[1]) == repr(expected[1])


def test_rows_that_share_a_position_are_ordered_as_a_whole_read_orders_them(demo_store: Store) -> None:
    """Two entries at one position (another program wrote them): the file's order decides, as always."""
    viewer = Store(demo_store.path, follow=True)
    viewer.load()
    data = jsonfile.decode(demo_store.path.read_bytes(), demo_store.path)
    aufgabe = next(iter(data["aufgaben"]))
    for doc_id in ("900", "901"):
        data["entries"][doc_id] = {"aufgabe": int(aufgabe), "section": "akteure", "pos": 0, "text": f"Gleich {doc_id}"}
    data["faktor4"]["next_id"] = 1000
    jsonfile.atomic_write(demo_store.path, jsonfile.encode(data))
    same_as_whole(viewer)
    data["entries"]["901"]["text"] = "Gleich 901, geändert"
    jsonfile.atomic_write(demo_store.path, jsonfile.encode(data))
    same_as_whole(viewer)


def test_own_saves_then_anothers_follow_line_by_line(demo_store: Store) -> None:
    """After saving itself, a Store reads another's next save line by line off its own bytes."""
    other = Store(demo_store.path)
    aufgabe = demo_store.load().workshops[0].aufgaben[0].id
    for n in range(3):
        demo_store.add(AddEntry(aufgabe=aufgabe, section="akteure", text=f"Eigen {n}"))
        mine = dict(demo_store._data["entries"])
        other.add(AddEntry(aufgabe=aufgabe, section="akteure", text=f"Fremd {n}"))
        same_as_whole(demo_store)
        assert all(demo_store._data["entries"][doc_id] is row for doc_id, row in mine.items())  # not parsed again
        same_as_whole(other)
    demo_store.apply(EditAufgabe(id=aufgabe, text="Neu"))
    other.apply(DeleteAufgabe(id=aufgabe))
    same_as_whole(demo_store)
    same_as_whole(other)


def test_a_row_given_an_id_the_papierkorb_holds_is_refused_as_a_whole_read_refuses_it(demo_store: Store) -> None:
    """Another program puts a deleted entry back under its id but leaves it in the Papierkorb too."""
    entry = demo_store.load().workshops[0].aufgaben[0].entries("loesungen")[0]
    demo_store.apply(DeleteEntry(id=entry.id))
    follower = Store(demo_store.path, follow=True)
    follower.load()
    data = jsonfile.decode(demo_store.path.read_bytes(), demo_store.path)
    (item,) = data["trash"].values()
    data["entries"][str(entry.id)] = item["entries"][str(entry.id)]
    jsonfile.atomic_write(demo_store.path, jsonfile.encode(data))
    with pytest.raises(StoreError) as whole_read:
        whole(demo_store.path)
    with pytest.raises(StoreError) as followed:
        follower.load()
    assert str(followed.value) == str(whole_read.value)
    assert "Papierkorb" in str(followed.value)


def test_a_small_file_is_followed_by_whole_reads_and_holds_no_line_index(demo_store: Store, monkeypatch) -> None:
    """Below ``LINES_FROM`` a whole read is quick: the line index would only cost start time and memory."""
    monkeypatch.setattr(store_module, "LINES_FROM", len(demo_store.path.read_bytes()) + 1)
    follower = Store(demo_store.path, follow=True)
    follower.load()
    assert follower._index is None
    monkeypatch.setattr(store_module, "LINES_FROM", len(demo_store.path.read_bytes()))
    assert Store(demo_store.path, follow=True)._index is not None
