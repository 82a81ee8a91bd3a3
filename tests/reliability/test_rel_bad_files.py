"""Bad files: one clear sentence naming the file, exit code 2, the file unchanged byte for byte."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from faktor4_tui.cli import main
from faktor4_tui.demo import demo_data
from faktor4_tui.store import InvalidFileError, Store
from faktor4_tui.store.jsonfile import encode
from faktor4_tui.store.schema import SCHEMA_VERSION
from tests.reliability.helpers import NOBODY, cli_in_child, faktor4
from tests.reliability.stats import count

GOOD = encode(demo_data())


def _with(**changes: object) -> bytes:
    data = json.loads(GOOD)
    for dotted, value in changes.items():
        node = data
        *parents, last = dotted.split("__")
        for key in parents:
            node = node[key]
        node[last] = value
    return json.dumps(data, ensure_ascii=False).encode()


def _first(table: str) -> str:
    return next(iter(json.loads(GOOD)[table]))


BAD_CONTENT: dict[str, bytes] = {
    "empty": b"",
    "only-whitespace": b" \n\t\n",
    "nul-bytes": b"\x00" * 64,
    "truncated": GOOD[: len(GOOD) // 2],
    "truncated-one-byte": GOOD[:-2],
    "trailing-comma": b'{"faktor4": {"schema": 1, "revision": 0, "next_id": 2},}',
    "utf8-bom": b"\xef\xbb\xbf" + GOOD,
    "latin-1": GOOD.decode().encode("latin-1", errors="replace"),
    "utf-16": GOOD.decode().encode("utf-16"),
    "json-array": b"[1, 2, 3]",
    "json-string": b'"faktor4"',
    "json-null": b"null",
    "other-object": b'{"not": "faktor4"}',
    "header-only": b'{"faktor4": {"schema": 1, "revision": 0, "next_id": 2}}',
    "schema-as-text": _with(faktor4__schema="1"),
    "schema-as-bool": _with(faktor4__schema=True),
    "future-schema": _with(faktor4__schema=SCHEMA_VERSION + 1),
    "negative-schema": _with(faktor4__schema=-1),
    "revision-missing-in-schema-1": json.dumps({**json.loads(GOOD), "faktor4": {"schema": 1, "next_id": 99}}).encode(),
    "table-is-list": _with(entries=[]),
    "row-is-list": _with(**{f"aufgaben__{_first('aufgaben')}": [1]}),
    "text-is-number": _with(**{f"aufgaben__{_first('aufgaben')}__text": 5}),
    "votes-is-text": _with(**{f"aufgaben__{_first('aufgaben')}__votes": "viele"}),
    "aktion-is-text": _with(**{f"aufgaben__{_first('aufgaben')}__aktion": "1"}),
    "note-is-text": _with(**{f"entries__{_first('entries')}__note": "ja"}),
    "unknown-section": _with(**{f"entries__{_first('entries')}__section": "wunsch"}),
    "id-superscript-digit": _with(workshops={"²": {"name": "K", "pos": 0}}),
    "id-negative": _with(workshops={"-1": {"name": "K", "pos": 0}}),
    "goal-not-lines": _with(event__1__goal="Ziel"),
    "trash-is-list": _with(trash=[]),
    "trash-missing-in-schema-2": json.dumps({k: v for k, v in json.loads(GOOD).items() if k != "trash"}).encode(),
    "trash-row-unknown-kind": _with(
        trash={"1": {"kind": "folie", "row": 5, "deleted_at": "2021-10-02T10:42:00+02:00"}}
    ),
    "nan-number": GOOD.replace(b'"revision": 0', b'"revision": NaN'),
    "deeply-nested": b"[" * 100_000 + b"]" * 100_000,
    "huge-number": b'{"faktor4": {"schema": ' + b"9" * 5000 + b"}}",
}


def _max_id() -> int:
    data = json.loads(GOOD)
    return max(int(key) for table in ("event", "workshops", "aufgaben", "entries") for key in data[table])


def _leading_zero_twin() -> bytes:
    data = json.loads(GOOD)
    first = _first("aufgaben")
    data["aufgaben"]["0" + first] = dict(data["aufgaben"][first], text="Zwilling")
    return json.dumps(data, ensure_ascii=False).encode()


# Files that parse but break the rules (issue 12): each crashed the app or bricked the file.
CRAFTED: dict[str, bytes] = {
    "next-id-at-an-id": _with(faktor4__next_id=_max_id()),
    "next-id-below-an-id": _with(faktor4__next_id=3),
    "next-id-negative": _with(faktor4__next_id=-5),
    "revision-negative": _with(faktor4__revision=-1),
    "ids-12-and-012": _leading_zero_twin(),
    "id-zero": _with(workshops={"0": {"name": "K", "pos": 0}}),
    "1e999-in-an-unknown-field": GOOD.replace(b'"revision":', b'"stimmung": 1e999, "revision":', 1),
    "-1e999-in-an-unknown-row-field": GOOD.replace(b'"text":', b'"gewicht": -1e999, "text":', 1),
    "entries-key-twice": GOOD.rstrip()[:-1] + b', "entries": {}}',
    "trash-key-twice": GOOD.rstrip()[:-1] + b', "trash": {}}',
    "text-key-twice-in-a-row": GOOD.replace(b'"text":', b'"text": "erst", "text":', 1),
    "header-key-twice": GOOD.replace(b'"revision":', b'"next_id": 1, "revision":', 1),
    # A merged row's origin (merge --into) is checked like any field.
    "merged-origin-is-text": _with(**{f"aufgaben__{_first('aufgaben')}__merged": "raum.json"}),
    "merged-origin-sum-not-hex": _with(
        **{f"entries__{_first('entries')}__merged": {"file": "a1", "row": 3, "sum": "z" * 16, "here": "0" * 16}}
    ),
    "merged-origin-row-zero": _with(
        **{f"aufgaben__{_first('aufgaben')}__merged": {"file": "a1", "row": 0, "sum": "0" * 16, "here": "0" * 16}}
    ),
    "merged-origin-extra-key": _with(
        **{
            f"entries__{_first('entries')}__merged": {
                "file": "a1",
                "row": 3,
                "sum": "0" * 16,
                "here": "0" * 16,
                "x": 1,
            }
        }
    ),
    "merged-origin-file-huge": _with(
        **{f"aufgaben__{_first('aufgaben')}__merged": {"file": "a" * 5000, "row": 3, "sum": "0" * 16, "here": "0" * 16}}
    ),
    # An Aktion's Maßnahmenblatt and the event's baseline (issue 15) are checked like any field.
    "massnahme-is-text": _with(**{f"aufgaben__{_first('aufgaben')}__massnahme": "geplant"}),
    "massnahme-unknown-field": _with(**{f"aufgaben__{_first('aufgaben')}__massnahme": {"farbe": "grün"}}),
    "massnahme-thg-is-text": _with(**{f"aufgaben__{_first('aufgaben')}__massnahme": {"thg": "zwölf"}}),
    "massnahme-thg-negative": _with(**{f"aufgaben__{_first('aufgaben')}__massnahme": {"thg": -3}}),
    "massnahme-thg-infinite": GOOD.replace(b'"votes":', b'"massnahme": {"thg": 1e999}, "votes":', 1),
    "massnahme-thg-bool": _with(**{f"aufgaben__{_first('aufgaben')}__massnahme": {"thg": True}}),
    "massnahme-unknown-status": _with(**{f"aufgaben__{_first('aufgaben')}__massnahme": {"status": "fertig"}}),
    "massnahme-text-is-number": _with(**{f"aufgaben__{_first('aufgaben')}__massnahme": {"kosten": 5000}}),
    "massnahme-version-negative": _with(
        **{f"aufgaben__{_first('aufgaben')}__massnahme": {"kosten": "5.000 €", "versions": {"kosten": -1}}}
    ),
    "ausgangswert-is-text": _with(event__1__ausgangswert="viel"),
    "ausgangswert-negative": _with(event__1__ausgangswert=-100),
}
BAD_CONTENT.update(CRAFTED)


def sentence_ok(stderr: str, path: Path) -> None:
    assert stderr.startswith("faktor4: "), stderr
    assert stderr.count("\n") == 1, f"not one sentence: {stderr!r}"
    assert str(path) in stderr, f"the file is not named: {stderr!r}"
    assert "Traceback" not in stderr


@pytest.mark.parametrize("name", sorted(BAD_CONTENT))
def test_bad_file_refused_by_cli_add(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.json"
    path.write_bytes(BAD_CONTENT[name])
    result = faktor4("add", str(path), "--workshop", "Kommunen", "Neue Aufgabe")
    count("bad_inputs")
    assert result.returncode == 2, result.stderr
    sentence_ok(result.stderr.decode(), path)
    assert path.read_bytes() == BAD_CONTENT[name]
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name], "something was written beside it"
    if name in CRAFTED:
        count("crafted_files_refused")


@pytest.mark.parametrize("name", sorted(BAD_CONTENT))
def test_bad_file_refused_by_store_tui_and_init(tmp_path: Path, name: str, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / f"{name}.json"
    path.write_bytes(BAD_CONTENT[name])
    with pytest.raises(InvalidFileError) as info:
        Store(path)
    assert str(path) in str(info.value)
    for argv in (
        [str(path)],
        ["init", str(path)],
        ["add", str(path), "--workshop", "K", "--aufgabe", "1", "--section", "akteure", "x"],
    ):
        assert main(argv) == 2, argv  # the TUI path fails before any Textual import
        sentence_ok(capsys.readouterr().err, path)
    count("bad_inputs", 4)
    assert path.read_bytes() == BAD_CONTENT[name]


def test_folder_instead_of_file(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    folder = tmp_path / "ordner.json"
    folder.mkdir()
    result = faktor4("add", str(folder), "--workshop", "K", "x")
    assert result.returncode == 2
    sentence_ok(result.stderr.decode(), folder)
    for argv in ([str(folder)], ["init", str(folder)]):
        assert main(argv) == 2
        sentence_ok(capsys.readouterr().err, folder)
    count("bad_inputs", 3)
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_fifo_instead_of_file_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    result = faktor4("add", str(fifo), "--workshop", "K", "x", timeout=20)
    count("bad_inputs")
    assert result.returncode == 2
    sentence_ok(result.stderr.decode(), fifo)


def test_dangling_symlink(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "missing.json")
    result = faktor4("add", str(link), "--workshop", "K", "x")
    count("bad_inputs")
    assert result.returncode == 2
    sentence_ok(result.stderr.decode(), link)
    assert not (tmp_path / "missing.json").exists()


needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="dropping to another user needs root")


@needs_root
def test_symlink_to_a_file_the_user_may_not_write(shared_dir: Path) -> None:
    target = shared_dir / "root-owned.json"
    Store.create(target, demo_data())
    target.chmod(0o644)
    mine = shared_dir / "mine"
    mine.mkdir()
    os.chown(mine, NOBODY, NOBODY)
    link = mine / "link.json"
    link.symlink_to(target)
    before = target.read_bytes()
    code, stderr = cli_in_child(["add", str(link), "--workshop", "Kommunen", "x"], uid=NOBODY)
    count("bad_inputs")
    assert code == 2, stderr
    sentence_ok(stderr, link)
    assert "schreibgeschützt" in stderr
    assert target.read_bytes() == before
    assert sorted(p.name for p in mine.iterdir()) == ["link.json"]


@needs_root
def test_unreadable_file(shared_dir: Path) -> None:
    path = shared_dir / "secret.json"
    Store.create(path)
    path.chmod(0o600)
    before = path.read_bytes()
    code, stderr = cli_in_child(["add", str(path), "--workshop", "K", "x"], uid=NOBODY)
    count("bad_inputs")
    assert code == 2
    sentence_ok(stderr, path)
    assert "keine Leseberechtigung" in stderr
    assert path.read_bytes() == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@needs_root
def test_read_only_file_and_folder_as_a_user(shared_dir: Path) -> None:
    path = shared_dir / "fremd.json"
    Store.create(path, demo_data())
    path.chmod(0o644)
    before = path.read_bytes()
    code, stderr = cli_in_child(["add", str(path), "--workshop", "Kommunen", "x"], uid=NOBODY)
    assert code == 2 and "schreibgeschützt" in stderr
    sentence_ok(stderr, path)
    code, stderr = cli_in_child(["init", str(shared_dir / "neu.json")], uid=NOBODY)
    assert code == 2 and "schreibgeschützt" in stderr
    sentence_ok(stderr, shared_dir / "neu.json")
    count("bad_inputs", 2)
    assert path.read_bytes() == before
    assert sorted(p.name for p in shared_dir.iterdir()) == ["fremd.json", "fremd.json.lock"]


def test_create_never_overwrites_a_file_that_appears_meanwhile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from faktor4_tui.store import StoreError, jsonfile

    path = tmp_path / "neu.json"
    sweep = jsonfile.sweep_temp_files

    def another_program_writes_it(target: Path, held: bool = False) -> None:  # runs after the existence check
        path.write_text("written by another program")
        sweep(target, held)

    monkeypatch.setattr(jsonfile, "sweep_temp_files", another_program_writes_it)
    with pytest.raises(StoreError, match="gibt es schon"):
        Store.create(path)
    assert path.read_text() == "written by another program"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["neu.json", "neu.json.lock"]
