"""Exports at scale: each format at a big size against 20,000 entries, each in a fresh process.

The child prints its seconds and peak RSS; the ratio big/20,000 must stay linear-ish
(``EXPORT_TARGET``: at most 12x for 10x the entries, 2.5x for 2x).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from benchmarks.pty_app import ROOT

FORMATS = ("md", "csv", "json", "pptx", "xlsx", "pdf", "html")

_CHILD = """
import json, sys, time
from faktor4_tui.export import exporter
from faktor4_tui.store import Store
document = Store(sys.argv[1]).load()
started = time.perf_counter()
exporter(sys.argv[2])(document, None)
elapsed = time.perf_counter() - started
# VmHWM, not ru_maxrss: that one keeps the parent's peak across fork and exec.
status = open("/proc/self/status").read().split("VmHWM:")[1].split()[0]
print(json.dumps([elapsed, int(status)]))
"""


def measure_export(path: Path, fmt: str) -> tuple[float, float]:
    """Seconds of one export (file already read) and the process's peak RSS in KiB."""
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), fmt], cwd=ROOT, capture_output=True, text=True, check=True
    )
    seconds, rss = json.loads(out.stdout.strip().splitlines()[-1])
    return float(seconds), float(rss)
