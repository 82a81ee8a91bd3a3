"""PowerPoint export opened with python-pptx: one slide per deck slide, 16:9, editable text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation

from faktor4_tui.demo import demo_data
from faktor4_tui.export.pptxdeck import pptx_slides
from faktor4_tui.store import Store
from tests.export import gen
from tests.export.helpers import one_sentence_error, run, write_document


def texts(slide) -> str:
    parts = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            parts.append(shape.text_frame.text)
        if shape.has_table:
            parts += [cell.text for row in shape.table.rows for cell in row.cells]
    return "\n".join(parts)


def test_demo_pptx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "demo.json"
    store = Store.create(source, demo_data())
    out = tmp_path / "demo.pptx"
    assert run(capsys, "export", str(source), "--format", "pptx", "-o", str(out))[0] == 0
    prs = Presentation(str(out))
    assert (prs.slide_width, prs.slide_height) == (12192000, 6858000)  # 16:9
    assert abs(prs.slide_width / prs.slide_height - 16 / 9) < 0.001
    deck = pptx_slides(store.load())
    slides = list(prs.slides)
    # Cover, Ziel and Ablauf (2 slides), problems (2), 2 × 6 Aktion slides, Aktionsplan (2)
    assert len(slides) == len(deck) == 20
    assert texts(slides[0]).startswith("Workshop Aktionsplan Faktor 4\nHerbstforum 2021\nDonnerstag")
    for number, (slide, deck_slide) in enumerate(zip(slides, deck, strict=True), start=1):
        content = texts(slide)
        if number > 1:
            header = "Workshop Aktionsplan Faktor 4 · Herbstforum 2021 · Donnerstag, 30.09.21 bis Samstag, 02.10.21"
            assert header in content
        assert f"{number} / {len(deck)}" in content
        if deck_slide.heading:
            assert slide.shapes.title.text_frame.text.startswith(deck_slide.heading)
        # The plan slide's blocks are the table's content in another form; pptx shows the table.
        for block in deck_slide.blocks if deck_slide.kind != "plan" else ():
            for line in block.lines:
                assert line.text in content
                if line.label:
                    assert f"{line.label}: {line.text}" in content
    all_text = "\n".join(texts(s) for s in slides)
    assert "Lösung 8: Aktiv werden in diversen Gruppierungen etc." in all_text
    assert "Start Aktion 1: Wenn der Druck groß genug ist → Gestern" in all_text
    assert "Workshop: Kommunen" in texts(slides[3])


def test_generated_pptx_matches_its_deck(tmp_path: Path) -> None:
    from faktor4_tui.export.pptxdeck import render_pptx

    for seed in (1, 2, 3):
        document = Store(write_document(tmp_path / f"g{seed}.json", gen.document(seed, entries=12))).load()
        path = tmp_path / f"g{seed}.pptx"
        path.write_bytes(render_pptx(document))
        slides = list(Presentation(str(path)).slides)
        deck = pptx_slides(document)
        assert len(slides) == len(deck)
        for slide, deck_slide in zip(slides, deck, strict=True):
            content = texts(slide)
            for block in deck_slide.blocks:
                assert all(line.text in content for line in block.lines)


def test_pptx_needs_an_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "demo.json"
    Store.create(source, demo_data())
    for extra in ([], ["-o", "-"]):
        code, out, err = run(capsys, "export", str(source), "--format", "pptx", *extra)
        assert code == 2 and out == "" and one_sentence_error(err, "demo.json") and "-o" in err


def test_missing_python_pptx_is_one_sentence(tmp_path: Path) -> None:
    source = tmp_path / "demo.json"
    Store.create(source, demo_data())
    script = "import sys; sys.modules['pptx'] = None\nfrom faktor4_tui.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    result = subprocess.run(
        [sys.executable, "-c", script, "export", str(source), "--format", "pptx", "-o", str(tmp_path / "x.pptx")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).parents[2],
    )
    assert result.returncode == 2 and one_sentence_error(result.stderr, "x.pptx")
    assert "python-pptx" in result.stderr and not (tmp_path / "x.pptx").exists()


def test_long_appendix_slides_continue(tmp_path: Path) -> None:
    from faktor4_tui.deck.appendix import extra_aufgaben
    from faktor4_tui.export.pptxdeck import PPTX_FIT
    from faktor4_tui.model import Aufgabe, Document, Entry, Workshop

    entries = tuple(Entry(id=100 + i, text=f"Lösungsidee {i} " * 8) for i in range(40))
    workshop = Workshop(1, "W", (Aufgabe(2, "geplant", aktion=1), Aufgabe(3, "lang", sections={"loesungen": entries})))
    document = Store(write_document(tmp_path / "l.json", Document(workshops=(workshop,)))).load()
    assert extra_aufgaben(document.workshops[0])
    slides = pptx_slides(document)
    continued = [s for s in slides if s.continued and s.heading.endswith("lang")]
    assert continued and all(s.key.part > 0 for s in continued)
    assert PPTX_FIT.height >= 14 and PPTX_FIT.width >= 60  # 24 pt text in the 16:9 body
