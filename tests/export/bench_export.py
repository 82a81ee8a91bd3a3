"""Benchmark: export a 20,000-entry file in every format (run: python -m tests.export.bench_export)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from faktor4_tui.export import FORMATS
from faktor4_tui.importer import document_to_data
from faktor4_tui.store import Store
from tests.export.gen import big_document

ROOT = Path(__file__).parents[2]


def main() -> None:
    """Time each export as a user runs it (a fresh process), plus import and merge."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "source.json"
        Store.create(source, document_to_data(big_document(20000)))
        print(f"{source.stat().st_size / 1e6:.1f} MB, 20000 entries")
        commands = [
            [f"export-{fmt}", "export", str(source), "--format", fmt, "-o", f"{folder}/exp-{fmt}.{fmt}"]
            for fmt in FORMATS
        ]
        commands += [
            ["import-md", "import", f"{folder}/exp-md.md"],
            ["import-into", "import", f"{folder}/exp-md.md", "--into", f"{folder}/empty.json"],
            ["merge", "merge", str(source), f"{folder}/exp-md.json", "-o", f"{folder}/merged.json"],
        ]
        Store.create(Path(folder) / "empty.json")
        for name, *args in commands:
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "faktor4_tui", *args], check=True, cwd=ROOT, stdout=subprocess.DEVNULL
            )
            print(f"{name:12} {time.perf_counter() - start:6.2f} s")


if __name__ == "__main__":
    main()
