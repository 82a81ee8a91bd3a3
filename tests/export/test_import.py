"""Import of the Markdown outline: lossless round trips, errors with line numbers, never half done."""

from __future__ import annotations

from pathlib import Path

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.export.markdown import render_markdown
from faktor4_tui.importer import OutlineError, parse_outline
from faktor4_tui.store import Store
from faktor4_tui.store.build import to_document
from faktor4_tui.store.ops import AddWorkshop, SetEvent
from tests.export import gen
from tests.export.helpers import one_sentence_error, run, write_document

DEMO = to_document(demo_data())


def test_demo_round_trip_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "demo.json"
    Store.create(source, demo_data())
    outline = tmp_path / "kommunen.md"
    assert run(capsys, "export", str(source), "--format", "md", "-o", str(outline))[0] == 0
    code, out, _ = run(capsys, "import", str(outline))
    assert code == 0 and "kommunen.json" in out
    again = tmp_path / "again.md"
    assert run(capsys, "export", str(tmp_path / "kommunen.json"), "--format", "md", "-o", str(again))[0] == 0
    assert again.read_bytes() == outline.read_bytes()
    imported = Store(tmp_path / "kommunen.json").load()
    assert imported.event == DEMO.event
    assert [a.aktion for a in imported.workshops[0].aufgaben] == [a.aktion for a in DEMO.workshops[0].aufgaben]


@pytest.mark.parametrize("seed", range(40))
def test_generated_round_trip(seed: int) -> None:
    document = gen.document(seed)
    markdown = render_markdown(document)
    assert render_markdown(parse_outline(markdown)) == markdown


def test_generated_round_trip_keeps_the_data(tmp_path: Path) -> None:
    for seed in range(10):
        original = Store(write_document(tmp_path / f"g{seed}.json", gen.document(seed))).load()
        back = parse_outline(render_markdown(original))
        for before, after in zip(original.workshops, back.workshops, strict=True):
            assert before.name == after.name
            for a, b in zip(before.aufgaben, after.aufgaben, strict=True):
                assert (a.text, a.aktion, a.votes) == (b.text, b.aktion, b.votes)
                assert {s: [(e.text, e.note) for e in es] for s, es in a.sections.items() if es} == {
                    s: [(e.text, e.note) for e in es] for s, es in b.sections.items() if es
                }
        assert back.event == original.event


def _demo_lines() -> list[str]:
    return render_markdown(DEMO).splitlines()


def _number_of(lines: list[str], startswith: str) -> int:
    return next(n for n, line in enumerate(lines, start=1) if line.startswith(startswith))


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        (lambda ls: ls.__setitem__(_number_of(ls, "- Lösung 3") - 1, "* Lösung 3: anders"), "Lösung 3"),
        (lambda ls: ls.__setitem__(_number_of(ls, "#### Wer muss") - 1, "#### Wer muss wirklich?"), "Wer muss"),
        (lambda ls: ls.__setitem__(_number_of(ls, "- Aufgabe 4") - 1, "- Aufgabe 7: übersprungen"), "Aufgabe 4"),
        (
            lambda ls: ls.__setitem__(_number_of(ls, "### Aktion 2") - 1, "### Aktion 2 · Aufgabe 12: fehlt"),
            "Aufgabe 12",
        ),
        (
            lambda ls: ls.__setitem__(
                _number_of(ls, "### Aktion 2") - 1,
                "### Aktion 1 · Aufgabe 8: Transparenz und Teilhabe in der gesamten Transformation",
            ),
            "Aktion 1",
        ),
        (
            lambda ls: ls.__setitem__(_number_of(ls, "### Aktion 2") - 1, "### Aktion 2 · Aufgabe 8: anderer Text"),
            "Aufgabe 8",
        ),
        (lambda ls: ls.insert(_number_of(ls, "- Akteur 2") - 1, "Ein loser Absatz"), "Ein loser Absatz"),
        (lambda ls: ls.__setitem__(0, "Workshop Aktionsplan"), "title"),
    ],
)
def test_malformed_lines_name_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], change, needle) -> None:
    lines = _demo_lines()
    original = list(lines)
    change(lines)
    bad_line = next(n for n, (a, b) in enumerate(zip(lines, original, strict=False), start=1) if a != b)
    outline = tmp_path / "bad.md"
    outline.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = run(capsys, "import", str(outline))
    assert code == 2 and one_sentence_error(err, "bad.md")
    assert f"Zeile {bad_line}:" in err, err
    assert not (tmp_path / "bad.json").exists()


def test_parse_error_is_an_outline_error() -> None:
    with pytest.raises(OutlineError, match=r"x\.md, Zeile 1: "):
        parse_outline("Hallo\n", "x.md")
    with pytest.raises(OutlineError, match="leer"):
        parse_outline("\n\n", "x.md")


def test_no_overwrite_and_into_adds_workshops_in_one_step(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outline = tmp_path / "room.md"
    outline.write_text(render_markdown(DEMO), encoding="utf-8")
    (tmp_path / "room.json").write_text("{}")
    code, _, err = run(capsys, "import", str(outline))
    assert code == 2 and one_sentence_error(err, "room.json")
    assert (tmp_path / "room.json").read_text() == "{}"

    target = tmp_path / "forum.json"
    store = Store.create(target)
    store.add(AddWorkshop(name="Industrie"))
    revision = store.load().revision
    code, _, err = run(capsys, "import", str(outline), "--into", str(target))
    assert code == 0 and err == ""
    forum = Store(target).load()
    assert [w.name for w in forum.workshops] == ["Industrie", "Kommunen"]
    assert forum.revision == revision + 1  # one change, one undo step
    assert forum.event == DEMO.event  # the file's event was empty, so the outline's is taken
    assert (
        render_markdown(forum, forum.workshops[1].id).split("## Workshop")[1]
        == render_markdown(DEMO).split("## Workshop")[1]
    )

    before = target.read_bytes()
    code, _, err = run(capsys, "import", str(outline), "--into", str(target))
    assert code == 2 and one_sentence_error(err, "forum.json") and "Kommunen" in err
    assert target.read_bytes() == before


def test_into_keeps_its_own_event_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outline = tmp_path / "room.md"
    outline.write_text(render_markdown(DEMO), encoding="utf-8")
    target = tmp_path / "other.json"
    store = Store.create(target)

    store.apply(SetEvent(title="Frühjahrsforum"))
    code, _, err = run(capsys, "import", str(outline), "--into", str(target))
    assert code == 0 and one_sentence_error(err, "other.json")
    assert Store(target).load().event.title == "Frühjahrsforum"


def test_import_errors_for_missing_and_binary_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "import", str(tmp_path / "nope.md"))
    assert code == 2 and one_sentence_error(err, "nope.md")
    binary = tmp_path / "bin.md"
    binary.write_bytes(b"# \xff\xfe\n")
    code, _, err = run(capsys, "import", str(binary))
    assert code == 2 and one_sentence_error(err, "bin.md")
    code, _, err = run(capsys, "import", str(binary), "--into", str(tmp_path / "missing.json"))
    assert code == 2 and err.startswith("faktor4: ")


def test_bad_outline_into_a_file_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = render_markdown(DEMO).splitlines()
    lines[-1] = "Ein Absatz, den es nicht geben darf"
    outline = tmp_path / "late-error.md"
    outline.write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = tmp_path / "forum.json"
    Store.create(target)
    before = target.read_bytes()
    code, _, err = run(capsys, "import", str(outline), "--into", str(target))
    assert code == 2 and one_sentence_error(err, "late-error.md") and f"Zeile {len(lines)}:" in err
    assert target.read_bytes() == before


# --- an outline of either language reads in a run of either language --------------------------------


def _same_data(before, after) -> None:
    assert after.event == before.event
    assert [w.name for w in after.workshops] == [w.name for w in before.workshops]
    for old, new in zip(before.workshops, after.workshops, strict=True):
        for a, b in zip(old.aufgaben, new.aufgaben, strict=True):
            assert (a.text, a.aktion, a.votes) == (b.text, b.aktion, b.votes)
            assert {s: [(e.text, e.note) for e in es] for s, es in a.sections.items() if es} == {
                s: [(e.text, e.note) for e in es] for s, es in b.sections.items() if es
            }


@pytest.mark.parametrize(("written", "read"), [("en", "de"), ("de", "en")])
def test_demo_outline_of_one_language_imports_in_the_other(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], written: str, read: str
) -> None:
    source = tmp_path / "demo.json"
    Store.create(source, demo_data())
    outline = tmp_path / f"demo-{written}.md"
    assert run(capsys, "--lang", written, "export", str(source), "--format", "md", "-o", str(outline))[0] == 0
    heading = "## Goal of the workshop" if written == "en" else "## Ziel des Workshops"
    assert heading in outline.read_text(encoding="utf-8")
    code, out, err = run(capsys, "--lang", read, "import", str(outline))
    assert code == 0 and err == "", err
    assert out == (f"{tmp_path / f'demo-{written}.json'} " + ("created.\n" if read == "en" else "angelegt.\n"))
    _same_data(DEMO, Store(tmp_path / f"demo-{written}.json").load())
    # Lossless: exported again in the outline's language, the file is the same byte for byte.
    again = tmp_path / "again.md"
    assert (
        run(capsys, "--lang", written, "export", str(tmp_path / f"demo-{written}.json"), "-f", "md", "-o", str(again))[
            0
        ]
        == 0
    )
    assert again.read_bytes() == outline.read_bytes()
    # --into as well
    forum = tmp_path / "forum.json"
    Store.create(forum)
    assert run(capsys, "--lang", read, "import", str(outline), "--into", str(forum))[0] == 0
    _same_data(DEMO, Store(forum).load())


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize(("written", "read"), [("en", "de"), ("de", "en")])
def test_generated_outlines_read_in_a_run_of_the_other_language(seed: int, written: str, read: str) -> None:
    from faktor4_tui.i18n import set_language

    document = gen.document(seed)
    set_language(written)
    outline = render_markdown(document)
    set_language(read)
    back = parse_outline(outline)
    _same_data(document, back)
    set_language(written)
    assert render_markdown(back) == outline


def test_a_broken_english_outline_is_refused_in_german_at_its_line(tmp_path: Path) -> None:
    from faktor4_tui.i18n import set_language

    set_language("en")
    lines = render_markdown(DEMO).splitlines()
    set_language("de")
    number = _number_of(lines, "- Solution 3")
    lines[number - 1] = "* Solution 3: different"
    with pytest.raises(OutlineError) as info:
        parse_outline("\n".join(lines) + "\n", "en.md")
    assert str(info.value).startswith(f"en.md, Zeile {number}: ")
    assert "line" not in str(info.value)
