"""The PowerPoint deck of a big workshop: no slide twice, however many parts its plan needs."""

from __future__ import annotations

from pathlib import Path

from benchmarks.generate import generate_data
from faktor4_tui.export.pptxdeck import pptx_slides
from faktor4_tui.store import Store


def test_a_long_plan_does_not_repeat_the_appendix(tmp_path: Path) -> None:
    document = Store.create(tmp_path / "big.json", generate_data(3_000, workshops=1)).load()
    slides = pptx_slides(document)
    plan = [slide for slide in slides if slide.kind == "plan"]
    assert len(plan) > 1  # the Aktionsplan continues over parts
    keys = [(slide.key, bool(slide.extra.get("appendix"))) for slide in slides]
    assert len(keys) == len(set(keys))
    for part in plan:
        assert len(part.table) == 1 + len(part.blocks)  # each part's table holds only its own rows
