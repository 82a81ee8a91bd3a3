"""A real faktor4 process on a pseudo-terminal that a test types into, reads from and kills."""

from __future__ import annotations

import fcntl
import os
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

from tests.reliability.helpers import ROOT


def _take_terminal() -> None:
    # In the child, after setsid(): make the pty (its stdin) the session's controlling terminal.
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class PtyApp:
    """``python -m faktor4_tui ARGS`` on a pty of ``cols`` x ``rows`` (TERM=xterm, NO_COLOR=1)."""

    def __init__(self, *args: str, cols: int = 100, rows: int = 30, controlling: bool = False) -> None:
        """``controlling``: the pty is the app's controlling terminal, so closing it hangs up (SIGHUP)."""
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        env = {k: v for k, v in os.environ.items() if k not in ("COLORTERM", "TEXTUAL")}
        env.update(TERM="xterm", NO_COLOR="1", PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1", LANG="C.UTF-8")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "faktor4_tui", *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=ROOT,
            env=env,
            start_new_session=True,
            close_fds=True,
            preexec_fn=_take_terminal if controlling else None,
        )
        os.close(slave)
        self.output = bytearray()

    def read(self, seconds: float = 0.0) -> None:
        """Collect what the app wrote, for up to ``seconds`` (at least one non-blocking read)."""
        deadline = time.monotonic() + seconds
        while True:
            readable, _, _ = select.select([self.master], [], [], max(0.0, min(0.05, deadline - time.monotonic())))
            if readable:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:  # EIO: the child closed the terminal
                    return
                if not chunk:
                    return
                self.output += chunk
            elif time.monotonic() >= deadline:
                return

    def wait_for(self, condition, timeout: float = 20.0, what: str = "") -> None:
        """Read until ``condition()`` holds; AssertionError after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}: {bytes(self.output[-1500:])!r}")
            if self.proc.poll() is not None:
                self.read(0.1)
                if not condition():
                    raise AssertionError(
                        f"the app ended ({self.proc.returncode}) before {what}: {bytes(self.output[-1500:])!r}"
                    )
                return
            self.read(0.05)

    def wait_for_output(self, needle: bytes, timeout: float = 20.0) -> None:
        """Read until ``needle`` appears in the output."""
        self.wait_for(lambda: needle in self.output, timeout, repr(needle))

    def type(self, data: bytes) -> None:
        """Send bytes as typed (or pasted) on the terminal."""
        os.write(self.master, data)

    def kill(self) -> None:
        """SIGKILL the app (its whole session), as a crash or ``kill -9`` would."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)

    def finish(self, timeout: float = 20.0) -> int:
        """Wait for the app to exit by itself, reading its last output; its exit code."""
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None and time.monotonic() < deadline:
            self.read(0.05)
        self.read(0.1)
        if self.proc.poll() is None:
            self.kill()
            raise AssertionError(f"the app did not exit: {bytes(self.output[-1500:])!r}")
        return self.proc.returncode

    def close(self) -> None:
        """Kill the app if it still runs and close the terminal."""
        if self.proc.poll() is None:
            self.kill()
        os.close(self.master)


def file_has(path: Path, text: str) -> bool:
    """True once ``text`` is in the file's bytes (a save is visible to other processes)."""
    try:
        return text.encode("utf-8") in path.read_bytes()
    except FileNotFoundError:
        return False
