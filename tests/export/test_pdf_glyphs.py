"""Characters DejaVu Sans cannot draw (emoji, CJK, Hangul) show as one "□" each in the PDF, and the export says so."""

from __future__ import annotations

import functools
import io
import re
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from faktor4_tui.export.pdfdoc import export_pdf
from faktor4_tui.export.pdfglyphs import MARKER, Glyphs, clusters, replace_missing
from faktor4_tui.model import Aufgabe, Document, Entry, Event, Workshop
from faktor4_tui.store import Store
from tests.export.helpers import run, write_document

FONTS = Path(__file__).parents[2] / "faktor4_tui" / "export" / "fonts"
TITLE = "Klimaforum 🌍 Süd"  # on the title page and in the running header of every other page
AUFGABE = "Mehr 🌱 Bäume für 気候"  # also a heading and a row of the Aktionsplan
ENTRY = "한국 Gäste: CO₂ – „gut“ 👨‍👩‍👧 und 🇩🇪 dabei, ß €"
NOTE = "Daumen 👍🏽 hoch"
PLAIN = "CO₂-Bilanz → „Null“ für Bürger*innen – ÄÖÜ äöü ß € ½ × …"


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    return squeeze("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages))


def forum(tmp_path: Path, title: str, aufgabe: str, *entries: str) -> Path:
    sections = {"loesungen": tuple(Entry(10 + i, text, note=i == 1) for i, text in enumerate(entries))}
    workshop = Workshop(1, "Raum Süd", (Aufgabe(2, aufgabe, aktion=1, sections=sections),))
    tmp_path.mkdir(exist_ok=True)
    return write_document(tmp_path / "forum.json", Document(event=Event(title=title), workshops=(workshop,)))


@functools.cache
def regular() -> frozenset[str]:
    """The characters of DejaVu Sans (regular) as fontTools reads its cmap, and whitespace."""
    with TTFont(FONTS / "DejaVuSans.ttf", lazy=True) as font:
        return frozenset(map(chr, font.getBestCmap())) | frozenset(" \n\t")


@pytest.fixture
def drawable() -> frozenset[str]:
    return regular()


def test_marker_is_in_every_face() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        with TTFont(FONTS / name, lazy=True) as font:
            assert ord(MARKER) in font.getBestCmap(), name


def test_missing_characters_become_markers_where_they_were(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = forum(tmp_path, TITLE, AUFGABE, ENTRY, NOTE)
    out = tmp_path / "doku.pdf"
    code, stdout, err = run(capsys, "export", str(source), "--format", "pdf", "-o", str(out))
    # 🌍 (once, though on every page) + 🌱 気 候 (once, though heading and table row) + 한 국 👨‍👩‍👧 🇩🇪 + 👍🏽.
    assert (code, stdout) == (0, "")
    assert err == f"faktor4: {out}: 9 Zeichen kann die Schrift nicht darstellen; im PDF steht dafür jeweils □.\n"
    whole = pdf_text(out)
    assert squeeze("Klimaforum □ Süd") in whole
    assert squeeze("Mehr □ Bäume für □□") in whole
    assert squeeze("□□ Gäste: CO₂ – „gut“ □ und □ dabei, ß €") in whole  # one □ per family, per flag
    assert squeeze("Daumen □ hoch") in whole
    assert not re.search("[\u4e00-\u9fff\uac00-\ud7a3\U0001f000-\U0001faff]", whole)
    # The PDF's metadata is not drawn with DejaVu: it keeps the title as typed.
    metadata = PdfReader(out).metadata
    assert metadata is not None and metadata.title == TITLE


def test_english_sentence_for_one_character(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = forum(tmp_path, "Forum", "Aufgabe 🌱", "Eintrag")
    out = tmp_path / "doku.pdf"
    code, _, err = run(capsys, "--lang", "en", "export", str(source), "--format", "pdf", "-o", str(out))
    assert code == 0
    assert err == f"faktor4: {out}: the font cannot draw 1 character; the PDF shows □ in its place.\n"
    assert squeeze("Aufgabe □") in pdf_text(out)


def test_text_the_font_draws_has_no_marker_and_no_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = forum(tmp_path, PLAIN, PLAIN, PLAIN, "ẞ Ł Ω Ж ש ◊ ✓ ☺ ❤ ☝")
    out = tmp_path / "doku.pdf"
    assert run(capsys, "export", str(source), "--format", "pdf", "-o", str(out)) == (0, "", "")
    whole = pdf_text(out)
    assert MARKER not in whole
    assert squeeze(PLAIN) in whole
    assert squeeze("ẞ Ł Ω Ж ש ◊ ✓ ☺ ❤ ☝") in whole


def test_export_pdf_counts_each_typed_character_once(tmp_path: Path) -> None:
    pdf = export_pdf(Store(forum(tmp_path, TITLE, AUFGABE, ENTRY, NOTE)).load())
    # 🌍 (once, though on every page) + 🌱 気 候 (once, though heading and table row) + 한 국 👨‍👩‍👧 🇩🇪 + 👍🏽.
    assert pdf.replaced == 9
    (tmp_path / "doku.pdf").write_bytes(pdf.data)
    whole = pdf_text(tmp_path / "doku.pdf")
    assert squeeze("Mehr □ Bäume für □□") in whole
    assert squeeze("□□ Gäste: CO₂ – „gut“ □ und □ dabei, ß €") in whole
    assert export_pdf(Store(forum(tmp_path / "plain", PLAIN, PLAIN, PLAIN)).load()).replaced == 0


@pytest.mark.parametrize(
    ("text", "shown", "markers"),
    [
        ("ä ö ü ß € – „x“ CO₂ → … é", "ä ö ü ß € – „x“ CO₂ → … é", 0),  # é as e + U+0301
        ("🌱🌱 気候", "□□ □□", 4),
        ("👍🏽 ok", "□ ok", 1),  # emoji + skin tone: one character
        ("👩🏾‍🔬 forscht", "□ forscht", 1),  # ZWJ sequence with a skin tone
        ("🏳️‍🌈 Fahne", "□ Fahne", 1),  # variation selector + ZWJ
        ("🇩🇪🇫🇷", "□□", 2),  # two flags, not four markers nor one
        ("🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f Schottland", "□ Schottland", 1),  # tags
        ("1\ufe0f\u20e3 eins", "1\ufe0f□ eins", 1),  # keycap: the digit stays
        ("x\u0359y", "x□y", 1),  # a combining mark DejaVu lacks: the base letter stays
        ("\u1100\u1161\u11a8 Jamo", "□ Jamo", 1),  # one Hangul syllable spelled in jamo
        ("☝🏽 ❤\ufe0f", "☝ ❤\ufe0f", 0),  # a drawn base keeps it; a skin tone has nothing to colour
    ],
)
def test_one_marker_per_perceived_character(drawable: frozenset[str], text: str, shown: str, markers: int) -> None:
    cleaned, lost = replace_missing(text, drawable)
    assert (cleaned, len(lost)) == (shown, markers)


# Letters, marks DejaVu has and lacks, ZWJ, variation selectors, skin tones, regional indicators,
# tags, jamo, emoji, CJK, whitespace.
PIECES = list("aß ͙́\u200d\ufe0f🏽🇩🇪🏴\U000e0067\U000e007f\u1100\u1161\u11a8한😀🌱気☝\n")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_replacing_only_around_missing_characters_is_as_if_every_character_were_checked(pieces: list[str]) -> None:
    text = "".join(pieces)
    drawable = regular()
    one_by_one = [
        cluster if drawable.issuperset(cluster) else replace_missing(cluster, drawable)[0] for cluster in clusters(text)
    ]
    lost = [cluster for cluster in clusters(text) if MARKER in replace_missing(cluster, drawable)[0]]
    assert replace_missing(text, drawable) == ("".join(one_by_one), lost)
    glyphs = Glyphs({"": drawable})
    glyphs.clean(text, "")
    assert glyphs.count([text, text]) == 2 * len(lost)


def test_count_is_per_typed_text_not_per_drawing(drawable: frozenset[str]) -> None:
    glyphs = Glyphs({"": drawable, "B": drawable})
    for _ in range(3):  # e.g. the running header of three pages
        assert glyphs.clean("Titel 🌍 · Forum", "") == "Titel □ · Forum"
    assert glyphs.clean("Aktion 1: Titel 🌍", "B") == "Aktion 1: Titel □"
    assert glyphs.clean("Grüße", "") == "Grüße"
    assert glyphs.count(["Titel 🌍", "Forum", "Grüße 🌍🌍", "ok"]) == 3
    assert Glyphs({"": drawable}).count(["nichts ersetzt 🌍"]) == 0


async def test_palette_export_says_so_too(demo_store: Store) -> None:
    from faktor4_tui.session import Session
    from faktor4_tui.store.ops import AddEntry
    from faktor4_tui.ui.app import Faktor4App
    from tests.toolkit.helpers import choose, palette
    from tests.ui.helpers import SIZE

    aufgabe = demo_store.load().workshops[0].aufgaben[0].id
    demo_store.apply(AddEntry(aufgabe=aufgabe, section="sponsoren", text="Stadtwerke 🌱 und 気候"))
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await palette(pilot, "Exportieren als PDF")
        await choose(pilot)
        await pilot.press("enter")  # the proposed name: the data file's with ".pdf"
        await pilot.pause()
        target = demo_store.path.with_suffix(".pdf")
        sentence = f"{target}: 3 Zeichen kann die Schrift nicht darstellen; im PDF steht dafür jeweils □."
        assert sentence in [str(notification.message) for notification in app._notifications]
    assert squeeze("Stadtwerke □ und □□") in pdf_text(target)
