"""The exports as LibreOffice sees them (long variant: FAKTOR4_LONG=1 and soffice installed)."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.export.pptxdeck import pptx_slides
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddEntry
from tests.export.helpers import run

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not os.environ.get("FAKTOR4_LONG"), reason="long variant: set FAKTOR4_LONG=1"),
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"),
]


def soffice(tmp_path: Path, *args: str) -> None:
    profile = f"-env:UserInstallation=file://{tmp_path}/lo-profile"
    subprocess.run(
        ["soffice", profile, "--headless", *args, "--outdir", str(tmp_path / "lo")],
        check=True,
        capture_output=True,
        timeout=300,
    )


def test_csv_in_calc_keeps_umlauts_and_runs_no_formula(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = Store.create(tmp_path / "f.json", demo_data())
    aufgabe = store.load().workshops[0].aufgaben[0].id
    store.apply(AddEntry(aufgabe=aufgabe, section="sponsoren", text="=1+1"))
    out = tmp_path / "f.csv"
    assert run(capsys, "export", str(store.path), "--format", "csv", "-o", str(out))[0] == 0
    soffice(tmp_path, "--infilter=CSV:44,34,76,1", "--convert-to", "html:HTML (StarCalc)", str(out))
    page = (tmp_path / "lo" / "f.html").read_text(encoding="utf-8", errors="replace")
    cells = [
        html.unescape(re.sub("<[^>]+>", "", c)).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", page, flags=re.S)
    ]
    assert "Bürgermeister*in" in cells
    assert cells[cells.index("Sponsor 1") + 1] == "'=1+1"  # shown as text, not evaluated to 2


def test_xlsx_in_calc_keeps_umlauts_and_runs_no_formula(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = Store.create(tmp_path / "f.json", demo_data())
    aufgabe = store.load().workshops[0].aufgaben[0].id
    store.apply(AddEntry(aufgabe=aufgabe, section="sponsoren", text="=1+1"))
    out = tmp_path / "f.xlsx"
    assert run(capsys, "export", str(store.path), "--format", "xlsx", "-o", str(out))[0] == 0
    soffice(tmp_path, "--convert-to", "html:HTML (StarCalc)", str(out))
    page = (tmp_path / "lo" / "f.html").read_text(encoding="utf-8", errors="replace")
    cells = [
        html.unescape(re.sub("<[^>]+>", "", c)).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", page, flags=re.S)
    ]
    assert "Bürgermeister*in" in cells and "Einträge" in page and "Veranstaltung" in page
    assert cells[cells.index("Sponsor 1") + 1] == "=1+1"  # shown as the text typed, not evaluated to 2


def test_pptx_converts_to_one_pdf_page_per_slide(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = Store.create(tmp_path / "d.json", demo_data())
    out = tmp_path / "d.pptx"
    assert run(capsys, "export", str(store.path), "--format", "pptx", "-o", str(out))[0] == 0
    soffice(tmp_path, "--convert-to", "pdf", str(out))
    info = subprocess.run(["pdfinfo", str(tmp_path / "lo" / "d.pdf")], capture_output=True, text=True, check=True)
    pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]
    assert pages == len(pptx_slides(store.load()))
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info.stdout).groups())  # type: ignore[union-attr]
    assert abs(width / height - 16 / 9) < 0.001


def test_pptx_text_stays_inside_its_slide_in_libreoffice(tmp_path: Path) -> None:
    """Laid out by LibreOffice (Carlito for Calibri): no word below the body but the counter, none off a slide."""
    from faktor4_tui.export.pptxdeck import render_pptx
    from tests.export import gen
    from tests.export.helpers import write_document
    from tests.export.test_pptx_legible import _long_document

    for name, document in (("long", _long_document()), ("big", gen.big_document(2_000))):
        loaded = Store(write_document(tmp_path / f"{name}.json", document)).load()
        (tmp_path / f"{name}.pptx").write_bytes(render_pptx(loaded))
        soffice(tmp_path, "--convert-to", "pdf", str(tmp_path / f"{name}.pptx"))
        out = tmp_path / f"{name}.html"
        subprocess.run(["pdftotext", "-bbox", str(tmp_path / "lo" / f"{name}.pdf"), str(out)], check=True)
        page = out.read_text(encoding="utf-8")
        pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', page, flags=re.S)
        assert len(pages) == len(pptx_slides(loaded))
        for number, (width, height, words) in enumerate(pages, start=1):
            for x_max, y_max, word in re.findall(
                r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', words
            ):
                assert float(x_max) <= float(width) - 30 and float(y_max) <= float(height), (number, word)
                if float(y_max) > 7.02 * 72:  # below the body: only the counter "n / total"
                    assert re.fullmatch(r"\d+|/", word), (number, word)
