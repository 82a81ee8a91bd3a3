"""The real TUI in a pseudo-terminal: hostile file content never puts a raw escape on the terminal.

Skips until ``faktor4_tui.ui.app`` exists on this branch (the integrator enables it by merging).
"""

from __future__ import annotations

import fcntl
import importlib.util
import json
import os
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from faktor4_tui.store.schema import empty_data
from tests.reliability.helpers import ROOT
from tests.reliability.hostile import HOSTILE
from tests.reliability.stats import count

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("faktor4_tui.ui") is None
    or importlib.util.find_spec("faktor4_tui.ui.app") is None,
    reason="faktor4_tui.ui.app does not exist on this branch yet",
)

# What must never reach the terminal: payloads of escape sequences users typed or files carried.
FORBIDDEN = [
    (re.compile(rb"\x1b\]52;"), "an OSC 52 clipboard write"),
    (re.compile(rb"pwned"), "an OSC title payload"),
    (re.compile(rb"evil\.example"), "an OSC 8 hyperlink payload"),
    (re.compile(rb"\x1b\]8;[^\x07\x1b]*(etc/passwd|evil)"), "a hyperlink to a user-given target"),
    (re.compile(rb"\x1b\[2J\x1b\[H\x1b\[\?1049l"), "the user's clear-screen sequence"),
    (re.compile(rb"\xe2\x80\xae|\xe2\x81[\xa6-\xa9]"), "a bidi override"),
    (re.compile(rb"\x9b31m|\xc2\x9b"), "a C1 control sequence"),
]


def hostile_file(path: Path) -> None:
    """A file as another program might write it: raw escapes inside valid JSON strings."""
    data = empty_data()
    data["event"]["1"].update(title="\x1b]0;pwned\x07Workshop", forum="[@click=app.quit]x[/]", dates="\u202e21.09.30")
    data["workshops"]["2"] = {"name": "Kommunen", "pos": 0}
    texts = [text for _, text in HOSTILE if text.strip()][:20]
    for n, text in enumerate(texts):
        data["aufgaben"][str(3 + n)] = {"workshop": 2, "pos": n, "text": text, "aktion": None, "votes": 0}
    data["entries"]["100"] = {"aufgabe": 3, "section": "loesungen", "pos": 0,
                              "text": "\x1b]52;c;cm0gLXJmIH4K\x07kopiert", "note": False}
    data["faktor4"]["next_id"] = 101
    path.write_text(json.dumps(data, ensure_ascii=True))


def run_in_pty(root: Path, file: Path, keys: list[bytes], ready: bytes, cols: int = 100, rows: int = 30,
               timeout: float = 30) -> tuple[int, bytes]:
    """Start ``python -m faktor4_tui FILE`` on a pty, wait until ``ready`` appears, type keys, collect output."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLORTERM", "TEXTUAL")}
    env.update(TERM="xterm", NO_COLOR="1", PYTHONPATH=str(root), PYTHONDONTWRITEBYTECODE="1", LANG="C.UTF-8")
    proc = subprocess.Popen([sys.executable, "-m", "faktor4_tui", str(file)], stdin=slave, stdout=slave,
                            stderr=slave, cwd=root, env=env, start_new_session=True, close_fds=True)
    os.close(slave)
    output = bytearray()
    deadline = time.monotonic() + timeout
    pending = list(keys)
    try:
        while time.monotonic() < deadline:
            readable, _, _ = select.select([master], [], [], 0.2)
            if readable:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not chunk:
                    break
                output += chunk
            if pending and ready in output:
                os.write(master, pending.pop(0))
            if proc.poll() is not None and not readable:
                break
        code = proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    return code, bytes(output)


def test_tui_never_emits_user_escapes(tmp_path: Path) -> None:
    path = tmp_path / "fremd.json"
    hostile_file(path)
    code, output = run_in_pty(ROOT, path, [b"q"], ready=b"Kommunen")
    count("hostile_inputs", 20)
    assert b"Kommunen" in output, "the first frame never appeared"
    assert code == 0, output[-2000:]
    for literal in (b"[@click=app.quit]x[/]", b"[link=file:///etc/passwd]x[/link]"):
        assert literal in output, f"markup was not shown literally: {literal!r}"
    for pattern, what in FORBIDDEN:
        match = pattern.search(output)
        assert match is None, f"{what} reached the terminal: {output[max(0, match.start() - 40):match.end() + 40]!r}"
