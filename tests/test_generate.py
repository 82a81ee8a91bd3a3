"""The benchmark generator writes valid, realistic files of the requested size."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from benchmarks.generate import generate_data
from faktor4_tui.store import Store


def test_generated_data_has_the_requested_size_and_is_valid(tmp_path: Path) -> None:
    data = generate_data(entries=2_000)
    assert len(data["entries"]) == 2_000
    assert len(data["workshops"]) == 20
    document = Store.create(tmp_path / "big.json", data).load()
    for workshop in document.workshops:
        plan = [a.aktion for a in workshop.plan]
        assert plan in ([1, 2, 3], [1, 2, 3, 4])
    texts = [e.text for w in document.workshops for a in w.aufgaben for s in a.sections.values() for e in s]
    assert any(ch in "".join(texts) for ch in "äöüßÄÖÜ")
    assert any(e.note for w in document.workshops for a in w.aufgaben for s in a.sections.values() for e in s)


def test_generation_is_deterministic() -> None:
    assert generate_data(entries=200) == generate_data(entries=200)
    assert generate_data(entries=200, seed=1) != generate_data(entries=200)


def test_generator_command_line(tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    root = Path(__file__).resolve().parent.parent
    args = [
        sys.executable,
        "-m",
        "benchmarks.generate",
        "--entries",
        "300",
        "--workshops",
        "1",
        "--aufgaben",
        "1000",
        "-o",
        str(target),
    ]
    subprocess.run(args, check=True, cwd=root, capture_output=True)
    document = Store(target).load()
    assert len(document.workshops) == 1 and len(document.workshops[0].aufgaben) == 1000
    assert subprocess.run(args, cwd=root, capture_output=True).returncode == 2  # never overwrites
