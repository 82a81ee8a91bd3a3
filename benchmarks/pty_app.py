"""Run a terminal app under a pseudo-terminal and time what it writes (first frame, key echo)."""

from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# CSI, OSC and two-byte escape sequences: removed before searching the output for text.
_ESCAPES = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")


class AppExited(RuntimeError):
    """The app ended (or never drew) before the measurement could finish."""


def visible_text(output: bytes) -> str:
    """The printable text in terminal output, escape sequences removed."""
    return _ESCAPES.sub(b"", output).decode("utf-8", "replace")


# Compiled bytecode for every app goes here (set by the runner): as after `pip install`, no app
# compiles its modules at each start, even where PYTHONDONTWRITEBYTECODE is set.
PYCACHE_PREFIX: Path | None = None


def bench_env() -> dict[str, str]:
    """The same environment for every app: xterm, no Textual dev settings, the repo importable."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("TEXTUAL")}
    if PYCACHE_PREFIX is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE_PREFIX)
    env.pop("COLORTERM", None)
    env.pop("NO_COLOR", None)
    env["TERM"] = "xterm-256color"
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


class PtyApp:
    """One app process on its own pseudo-terminal; every chunk of output is timestamped."""

    def __init__(self, args: list[str], cols: int = 120, rows: int = 40) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.output = bytearray()
        self.last_chunk = 0.0
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            [sys.executable, *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=ROOT,
            env=bench_env(),
            start_new_session=True,
            close_fds=True,
        )
        os.close(slave)

    def read(self, timeout: float) -> bool:
        """Read what is ready within ``timeout``; False if nothing came."""
        ready, _, _ = select.select([self.master], [], [], max(0.0, timeout))
        if not ready:
            return False
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # EIO: the app closed its terminal
            chunk = b""
        if not chunk:
            raise AppExited(self._exit_reason())
        self.last_chunk = time.perf_counter()
        self.output += chunk
        return True

    def _exit_reason(self) -> str:
        try:
            code = self.process.wait(timeout=1)
        except subprocess.TimeoutExpired:
            code = None
        lines = [line.strip(" │╭╮╰╯─\r") for line in visible_text(bytes(self.output[-4000:])).splitlines()]
        last = next((line for line in reversed(lines) if any(ch.isalpha() for ch in line)), "")
        return f"exited (code {code}): {last[:80]}"

    def wait_quiet(self, quiet: float, timeout: float) -> float:
        """Read until no output comes for ``quiet`` seconds; the time of the last chunk."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if not self.read(quiet):
                return self.last_chunk
        raise AppExited(f"never went quiet within {timeout:g} s")

    def wait_text(self, text: str, timeout: float, since: int = 0) -> float:
        """Read until ``text`` shows in the output after byte ``since``; the time it arrived."""
        deadline = time.perf_counter() + timeout
        while True:
            if text in visible_text(bytes(self.output[since:])):
                return self.last_chunk
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise AppExited(f"{text!r} did not appear within {timeout:g} s")
            self.read(min(remaining, 0.05))

    def first_frame(self, marker: str | None, quiet: float = 0.25, timeout: float = 20.0) -> float:
        """Seconds from process start to the last write of the first full frame."""
        if marker:
            self.wait_text(marker, timeout)
        else:
            while not self.output:
                self.read(timeout)
        return self.wait_quiet(quiet, timeout) - self.started

    def key_latency(self, key: bytes, quiet: float = 0.05, timeout: float = 2.0) -> float | None:
        """Seconds from sending ``key`` until the screen settled again; None if nothing was drawn."""
        self.wait_quiet(quiet, timeout)
        size = len(self.output)
        sent = time.perf_counter()
        os.write(self.master, key)
        deadline = sent + timeout
        while len(self.output) == size:
            if time.perf_counter() > deadline:
                return None
            self.read(0.05)
        return self.wait_quiet(quiet, timeout) - sent

    def peak_rss_kib(self) -> int:
        """Peak resident memory of the app process so far (VmHWM), in KiB."""
        with open(f"/proc/{self.process.pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return 0

    def close(self) -> None:
        """End the app (its own process group) and free the terminal."""
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=2)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                try:
                    os.killpg(self.process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.process.wait()
        os.close(self.master)

    def __enter__(self) -> PtyApp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
