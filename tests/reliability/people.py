"""People at work on one file, each a real app in a process of its own (see tui_script.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.reliability.helpers import ROOT

ANSWER_SECONDS = 60


class Person:
    """A note taker: the real app in its own process, doing one thing at a time when told."""

    def __init__(self, path: Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
        env.pop("TEXTUAL", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.tui_script", str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )
        self._expect_ready()

    def _read(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            self.proc.kill()
            _, err = self.proc.communicate(timeout=10)
            raise AssertionError(f"the app process ended: {err[-3000:]}")
        return line

    def _expect_ready(self) -> None:
        line = self._read()
        assert line.strip() == "ready", line

    def do(self, command: str) -> dict[str, Any]:
        """Send one command; its answer: header, notices, screen, the focused input's value."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        answer: dict[str, Any] = json.loads(self._read())
        return answer

    def press(self, *keys: str) -> dict[str, Any]:
        """Press keys (pilot names)."""
        return self.do("press " + " ".join(keys))

    def type(self, text: str) -> dict[str, Any]:
        """Type text with no pause between the characters."""
        return self.do("type " + text)

    def poll(self) -> dict[str, Any]:
        """Follow the file now (what the poll timer does)."""
        return self.do("poll")

    def close(self) -> None:
        """Quit the app and wait for its process."""
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            try:
                self.proc.stdin.write("quit\n")
                self.proc.stdin.flush()
                self.proc.wait(timeout=ANSWER_SECONDS)
            except (BrokenPipeError, subprocess.TimeoutExpired):
                self.proc.kill()
        self.proc.communicate(timeout=ANSWER_SECONDS)

    def __enter__(self) -> Person:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
