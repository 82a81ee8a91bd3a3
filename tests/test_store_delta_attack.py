"""Attacks on reading a file again line by line (store/delta.py, Store._parse, validate_changes, build._update).

Each test makes real files on tmp_path, opens real Stores and compares what a follower (or a Store
that saved itself and then follows another's save) holds with what a whole read of the same bytes
gives: the same data (``repr``: a 1.0 is not a 1), the same Document, or the same refusal.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.store import Store, StoreError, jsonfile
from faktor4_tui.store import store as store_module
from faktor4_tui.store.build import to_document
from faktor4_tui.store.ops import DeleteAufgabe, DeleteEntry, EditEntry, SetEvent
from faktor4_tui.store.schema import validate


@pytest.fixture(autouse=True)
def lines_at_any_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """Follow these small files line by line, as a Store does files from ``LINES_FROM`` (4 MiB) on."""
    monkeypatch.setattr(store_module, "LINES_FROM", 0)


def whole(path: Path) -> Any:
    """The file read whole: (repr of its data, entries' order, repr of its Document), or the refusal sentence."""
    try:
        data = validate(jsonfile.decode(path.read_bytes(), path), path)
    except StoreError as error:
        return str(error)
    return repr(data), list(data["entries"]), repr(to_document(data))


def followed(store: Store) -> Any:
    """What ``store`` reads now: the same shape as ``whole``."""
    try:
        document = store.load()
    except StoreError as error:
        return str(error)
    data = store._data
    assert data is not None
    return repr(data), list(data["entries"]), repr(document)


def write(path: Path, raw: bytes) -> None:
    """Another program saves ``raw`` (a new file put in place, as faktor4 itself saves)."""
    jsonfile.atomic_write(path, raw)


def replace_in_line(raw: bytes, marker: bytes, old: bytes, new: bytes) -> bytes:
    """``raw`` with ``old`` replaced by ``new`` (once) in the first line holding ``marker``."""
    lines = raw.split(b"\n")
    for number, line in enumerate(lines):
        if marker in line and old in line:
            lines[number] = line.replace(old, new, 1)
            return b"\n".join(lines)
    raise AssertionError(f"no line holds {marker!r} and {old!r}")


@pytest.fixture
def forum(tmp_path: Path) -> Path:
    path = tmp_path / "forum.json"
    Store.create(path, demo_data())
    return path


def first_entry_line_marker(path: Path) -> bytes:
    data = jsonfile.decode(path.read_bytes(), path)
    doc_id = next(iter(data["entries"]))
    return f'  "{doc_id}": {{'.encode()


# --- 1. A changed line whose row is == the old row (1 == 1.0 == True) is taken for the old row ---------


def test_an_int_written_as_a_float_is_refused_by_a_follower_as_by_a_whole_read(forum: Path) -> None:
    """Another program writes an entry's ``"pos": 0`` as ``"pos": 0.0``: a whole read refuses the file
    (pos must be an integer); the follower parses the changed line, finds it == the row it held
    (0 == 0.0) and keeps its old row unchecked, accepting the file."""
    follower = Store(forum, follow=True)
    follower.load()
    raw = forum.read_bytes()
    bad = replace_in_line(raw, b'"section": ', b'"pos": 0}', b'"pos": 0.0}')
    write(forum, bad)
    expected = whole(forum)
    assert isinstance(expected, str)  # the whole read refuses it
    assert followed(follower) == expected


def test_a_bool_written_as_a_number_is_refused_by_a_follower_as_by_a_whole_read(forum: Path) -> None:
    """``"note": false`` written as ``"note": 0`` (0 == False): refused whole, accepted line by line."""
    follower = Store(forum, follow=True)
    follower.load()
    bad = replace_in_line(forum.read_bytes(), b'"section": ', b'"note": false', b'"note": 0')
    write(forum, bad)
    expected = whole(forum)
    assert isinstance(expected, str)
    assert followed(follower) == expected


def test_a_store_that_saved_itself_refuses_a_float_position_as_a_whole_read(forum: Path) -> None:
    """The same through a Store without follow that saved last (its own bytes indexed: ``own_index``)."""
    store = Store(forum)
    store.apply(SetEvent(title="Eigen"))
    bad = replace_in_line(forum.read_bytes(), b'"section": ', b'"pos": 1}', b'"pos": 1.0}')
    write(forum, bad)
    expected = whole(forum)
    assert isinstance(expected, str)
    assert followed(store) == expected


def test_an_unknown_field_that_turns_from_1_to_1_0_reads_as_the_whole_read_reads_it(forum: Path) -> None:
    """A field faktor4 does not know (kept untouched) holds 1, then another program writes 1.0: both files
    are valid, the whole read holds 1.0, the follower keeps the old row's 1."""
    raw = replace_in_line(forum.read_bytes(), b'"section": ', b'"pos": 0}', b'"pos": 0, "extra": 1}')
    write(forum, raw)
    follower = Store(forum, follow=True)
    follower.load()
    write(forum, replace_in_line(raw, b'"extra": 1}', b'"extra": 1}', b'"extra": 1.0}'))
    expected = whole(forum)
    assert not isinstance(expected, str)
    assert followed(follower) == expected


def test_apply_refuses_a_float_position_another_program_wrote_as_a_whole_read_does(forum: Path) -> None:
    """Writer path: a Store that saved (its bytes indexed) applies a change after another program wrote
    ``"pos": 1.0``. A whole read under the lock refuses the file, so the change must be refused and
    the file left as it is; instead the row is read as the old one and the file is saved over."""
    store = Store(forum)
    store.apply(SetEvent(title="Eigen"))
    bad = replace_in_line(forum.read_bytes(), b'"section": ', b'"pos": 1}', b'"pos": 1.0}')
    write(forum, bad)
    assert isinstance(whole(forum), str)
    with pytest.raises(StoreError):
        store.apply(SetEvent(title="Noch einmal"))
    assert forum.read_bytes() == bad  # nobody's row altered


def test_a_header_written_over_several_lines_with_revision_true_is_refused(forum: Path) -> None:
    """Another program writes the header one key per line; then ``"revision": true`` (True == 1):
    the whole read refuses it (revision must be an integer), the follower keeps its old 1."""
    data = jsonfile.decode(forum.read_bytes(), forum)
    data["faktor4"]["revision"] = 1
    raw = jsonfile.encode(data)
    header = b' "faktor4": {"schema": 2, "revision": 1, "next_id": %d, "file_id": "%s"},' % (
        data["faktor4"]["next_id"],
        data["faktor4"]["file_id"].encode(),
    )
    assert header in raw
    block = b' "faktor4": {\n  "schema": 2,\n  "revision": 1,\n  "next_id": %d,\n  "file_id": "%s"\n },' % (
        data["faktor4"]["next_id"],
        data["faktor4"]["file_id"].encode(),
    )
    raw = raw.replace(header, block)
    write(forum, raw)
    follower = Store(forum, follow=True)
    assert not isinstance(followed(follower), str)
    write(forum, raw.replace(b'  "revision": 1,', b'  "revision": true,'))
    expected = whole(forum)
    assert isinstance(expected, str)
    assert followed(follower) == expected


# --- 2. validate_changes checks less than validate ---------------------------------------------------


def test_a_schema_written_as_2_0_is_refused_by_a_follower_as_by_a_whole_read(forum: Path) -> None:
    """``"schema": 2.0`` in the header: the whole read says it has no valid header; validate_changes
    compares ``!= 2`` (2.0 == 2) and accepts it."""
    follower = Store(forum, follow=True)
    follower.load()
    write(forum, forum.read_bytes().replace(b'"schema": 2,', b'"schema": 2.0,', 1))
    expected = whole(forum)
    assert isinstance(expected, str)
    assert followed(follower) == expected


def test_a_counter_lowered_below_a_papierkorb_id_is_refused_by_a_follower_as_by_a_whole_read(forum: Path) -> None:
    """next_id goes down to the id of a trash item (every table id stays below it): the whole read
    refuses (the Papierkorb holds an id at or above the counter); validate_changes only checks the
    tables' ids against the lowered counter, not the unchanged Papierkorb, and accepts it."""
    store = Store(forum)
    entry = store.load().workshops[0].aufgaben[0].entries("loesungen")[0]
    store.apply(DeleteEntry(id=entry.id))
    follower = Store(forum, follow=True)
    follower.load()
    data = jsonfile.decode(forum.read_bytes(), forum)
    (item_id,) = data["trash"]
    tables = ("event", "workshops", "aufgaben", "entries")
    assert all(int(doc_id) < int(item_id) for table in tables for doc_id in data[table])
    data["faktor4"]["next_id"] = int(item_id)
    write(forum, jsonfile.encode(data))
    expected = whole(forum)
    assert isinstance(expected, str)
    assert followed(follower) == expected


# --- 3. build._update: rows that share a position, reordered in the file without changing -----------


def _tied_file(path: Path) -> dict[str, Any]:
    data = jsonfile.decode(path.read_bytes(), path)
    aufgabe = int(next(iter(data["aufgaben"])))
    entries = dict(data["entries"])
    data["entries"] = {}
    for doc_id in ("900", "901"):
        data["entries"][doc_id] = {"aufgabe": aufgabe, "section": "akteure", "pos": 0, "text": f"Gleich {doc_id}"}
    data["entries"].update(entries)  # the tied rows first: not the last line
    data["faktor4"]["next_id"] = 1000
    return data


def test_entries_that_share_a_position_swapped_in_the_file_show_in_the_new_order(forum: Path) -> None:
    """Two entries at one position (another program wrote them): a whole read orders them as the file
    does. The program then writes the same rows in the other order: no line changed, so the follower
    rebuilds nothing and keeps the old order."""
    data = _tied_file(forum)
    write(forum, jsonfile.encode(data))
    follower = Store(forum, follow=True)
    assert followed(follower) == whole(forum)
    rows = data["entries"]
    data["entries"] = {"901": rows["901"], "900": rows["900"], **rows}
    write(forum, jsonfile.encode(data))
    expected = whole(forum)
    assert not isinstance(expected, str)
    assert followed(follower) == expected


def test_aufgaben_that_share_a_position_swapped_in_the_file_show_in_the_new_order(forum: Path) -> None:
    """The same for two Aufgaben of one workshop at one position."""
    data = jsonfile.decode(forum.read_bytes(), forum)
    rows = data["aufgaben"]
    first, second = list(rows)[:2]
    rows[second]["pos"] = rows[first]["pos"]
    write(forum, jsonfile.encode(data))
    follower = Store(forum, follow=True)
    assert followed(follower) == whole(forum)
    data["aufgaben"] = {second: rows[second], first: rows[first], **rows}
    write(forum, jsonfile.encode(data))
    expected = whole(forum)
    assert not isinstance(expected, str)
    assert followed(follower) == expected


# --- 4. own_index: the bytes written are not the data held (a lone surrogate becomes "?") ------------


def test_a_lone_surrogate_saved_here_reads_as_the_question_mark_after_anothers_save(forum: Path) -> None:
    """An entry holds ``"\\ud800"`` in a field faktor4 does not know. A Store saves (``encode`` writes "?"
    for it), another Store saves a change elsewhere: a whole read now holds "?", but the first Store
    maps the unchanged line (with "?") to its own row (with the surrogate) through ``own_index``."""
    raw = replace_in_line(forum.read_bytes(), b'"section": ', b'"pos": 0}', b'"pos": 0, "extra": "\\ud800"}')
    write(forum, raw)
    mine, other = Store(forum), Store(forum)
    mine.apply(SetEvent(title="Eigen"))
    entries = [e for a in other.load().workshops[0].aufgaben for s in ("akteure", "loesungen") for e in a.entries(s)]
    other.apply(EditEntry(id=entries[-1].id, text="Geändert von anderen"))
    expected = whole(forum)
    assert not isinstance(expected, str)
    assert "\\ud800" not in expected[0]
    assert followed(mine) == expected


# --- 5. The writer path: what apply saves after reading another's save line by line ------------------


def saved_by_a_whole_read(path: Path, change: Any) -> bytes:
    """The bytes the same change saves when the file as it is now is read whole (a copy of it, fresh Store)."""
    twin = path.with_name("twin.json")
    twin.write_bytes(path.read_bytes())
    Store(twin).apply(change)
    return twin.read_bytes()


def test_apply_keeps_the_1_0_another_program_wrote_in_a_field_faktor4_does_not_know(forum: Path) -> None:
    """Another program writes ``"extra": 1.0`` where the row held ``1`` (both valid files). The next change
    saved here must keep that row as it is now; the line read is taken for the old row (1 == 1.0) and
    the file is saved with ``1`` again: the other program's value is altered."""
    raw = replace_in_line(forum.read_bytes(), b'"section": ', b'"pos": 0}', b'"pos": 0, "extra": 1}')
    write(forum, raw)
    store = Store(forum)
    store.apply(SetEvent(title="Eigen"))
    write(forum, replace_in_line(forum.read_bytes(), b'"extra": 1}', b'"extra": 1}', b'"extra": 1.0}'))
    expected = saved_by_a_whole_read(forum, SetEvent(title="Danach"))
    store.apply(SetEvent(title="Danach"))
    assert forum.read_bytes() == expected


def test_apply_keeps_the_key_order_another_program_wrote_in_a_row(forum: Path) -> None:
    """Another program writes an entry with its keys in another order (the same row to ``==``). A whole
    read and the same change save that order; the Store that saved last saves its old row's order."""
    store = Store(forum)
    store.apply(SetEvent(title="Eigen"))
    lines = forum.read_bytes().split(b"\n")
    number = next(i for i, line in enumerate(lines) if b'"section": ' in line)
    doc_id, row = jsonfile.parse_member(lines[number].rstrip(b","))
    reordered = dict(reversed(list(row.items())))
    comma = b"," if lines[number].endswith(b",") else b""
    lines[number] = f"  {json_name(doc_id)}: {json_row(reordered)}".encode() + comma
    write(forum, b"\n".join(lines))
    assert not isinstance(whole(forum), str)  # a valid file
    expected = saved_by_a_whole_read(forum, SetEvent(title="Danach"))
    store.apply(SetEvent(title="Danach"))
    assert forum.read_bytes() == expected


def json_name(name: str) -> str:
    return json.dumps(name, ensure_ascii=False)


def json_row(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False)


# --- 6. Crashes: an id too long for int() ------------------------------------------------------------


def test_an_id_of_5000_digits_is_refused_with_a_sentence_not_a_crash(forum: Path) -> None:
    """Another program gives an entry an id of 5,000 digits (``int()`` refuses more than 4,300). The
    follower must say the file is not valid (a StoreError); it raises ValueError (so does a whole read:
    ``_check_ids`` and ``validate_changes`` both call ``int(doc_id)`` unguarded)."""
    follower = Store(forum, follow=True)
    follower.load()
    raw = forum.read_bytes()
    marker = first_entry_line_marker(forum)
    write(forum, raw.replace(b"\n" + marker, b'\n  "' + b"1" * 5000 + b'": {', 1))
    with pytest.raises(StoreError):
        follower.load()


# --- 7. Not the line-by-line read (found on the way): a save writes a file no whole read opens -----------


def test_one_id_in_two_tables_is_refused_naming_both_before_a_delete_could_brick_the_file(forum: Path) -> None:
    """Another program gives an Aufgabe the id an entry has. A whole read used to accept it; deleting
    that Aufgabe then saved a file every later read refused ("die Nummer 12 im Papierkorb-Eintrag …
    ist schon vergeben"): the change locked everyone out. Now such a file is refused as it is opened,
    by a whole read and by a follower alike, naming both tables; nothing is saved over it."""
    follower = Store(forum, follow=True)
    follower.load()
    data = jsonfile.decode(forum.read_bytes(), forum)
    entry_id = next(iter(data["entries"]))
    last = list(data["aufgaben"])[-1]
    workshop = data["aufgaben"][last]["workshop"]
    data["aufgaben"][entry_id] = {"workshop": workshop, "text": "Zwilling", "aktion": None, "votes": 0, "pos": 99}
    write(forum, jsonfile.encode(data))
    refusal = whole(forum)
    assert isinstance(refusal, str) and "aufgaben" in refusal and "entries" in refusal
    assert followed(follower) == refusal
    before = forum.read_bytes()
    with pytest.raises(StoreError):
        Store(forum).apply(DeleteAufgabe(id=int(entry_id)))
    assert forum.read_bytes() == before
