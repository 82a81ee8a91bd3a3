"""Shared tools for the publish tests: a `publish --watch` process and reading what it wrote."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.reliability.helpers import ROOT


def spawn(*args: str) -> subprocess.Popen[str]:
    """``python -m faktor4_tui ARGS`` as a real process in the background (stdout and stderr piped)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    return subprocess.Popen(
        [sys.executable, "-m", "faktor4_tui", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def state(folder: Path) -> dict[str, Any]:
    """deck.json as data."""
    return json.loads((folder / "deck.json").read_text(encoding="utf-8"))


def wait_until(condition, timeout: float, what: str) -> float:
    """Seconds until ``condition()`` holds (looked at every 20 ms); AssertionError after ``timeout``."""
    began = time.monotonic()
    while not condition():
        if time.monotonic() - began > timeout:
            raise AssertionError(f"not within {timeout} s: {what}")
        time.sleep(0.02)
    return time.monotonic() - began


def wait_published(process: subprocess.Popen[str], folder: Path, timeout: float = 30) -> None:
    """Until the watcher wrote DIR the first time (or died, which fails the test)."""
    wait_until(lambda: (folder / "deck.json").exists() or process.poll() is not None, timeout, "first publish")
    assert process.poll() is None, process.communicate()
