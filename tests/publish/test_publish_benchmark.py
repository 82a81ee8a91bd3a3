"""The publish benchmark's machinery on a small audience (the figures are python -m benchmarks --only publish)."""

from __future__ import annotations

from pathlib import Path

from benchmarks import publish
from benchmarks.generate import generate_data
from faktor4_tui.store import Store


def test_a_small_audience_gets_every_change(tmp_path: Path) -> None:
    source = Store.create(tmp_path / "forum.json", generate_data(200, workshops=2)).path
    result = publish.measure_publish(source, tmp_path / "run", viewers=30, changes=2)
    assert result.error == "" and result.server
    assert result.changes == 2 and result.missed == 0 and len(result.latencies) == 60
    assert all(0 < seconds < 5 for seconds in result.latencies)
    assert result.statuses.get("304", 0) > 0  # unchanged deck.json: answered 304
    assert 0 < result.faktor4_peak_kib < 100_000 and result.server_kib > 0
