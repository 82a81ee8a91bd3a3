"""The audience on its own screens (issue 16): `faktor4 publish --watch`, a real web server, 1,000 viewers.

A real web server serves DIR (nginx where the distribution has it, else ``python -m http.server``
speaking HTTP/1.1; the row says which). ``benchmarks.viewers`` (another process) keeps 1,000
viewers polling deck.json every second with conditional requests while ``faktor4 add`` changes the
file every few seconds. Measured: from the save (the data file's modification time) to each viewer
having the new revision (deck.json and the page), p50 and p95 over every viewer and change; the
web server's and faktor4's memory (RSS). For comparison, ``faktor4 serve`` (textual-serve: a
process per viewer) with 20 viewers connected: the memory of it and all its processes.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.pty_app import ROOT, bench_env
from faktor4_tui.store import Store

VIEWERS = 1_000
CHANGES = 8
CHANGE_SECONDS = 3.0  # between two saves: every viewer has polled several times
SERVE_VIEWERS = 20
P95_TARGET = 2.0
MEMORY_TARGET_MB = 100.0


def free_port() -> int:
    """A loopback port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_port(port: int, timeout: float = 20.0) -> None:
    """Until something accepts connections on ``port``."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def rss_kib(pid: int, field_name: str = "VmRSS") -> int:
    """A process's resident memory (or its peak, ``VmHWM``) in KiB; 0 if it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith(field_name + ":"):
            return int(line.split()[1])
    return 0


def family(pid: int) -> list[int]:
    """``pid`` and all its descendants (through /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo += children.get(current, [])
    return found


@dataclass
class WebServer:
    """nginx (where installed) or Python's http.server, serving ``folder`` on a free loopback port."""

    folder: Path
    scratch: Path
    name: str = ""
    port: int = 0
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start it and wait until it answers."""
        self.port = free_port()
        nginx = shutil.which("nginx")
        if nginx:
            self.name = "nginx"
            conf = self.scratch / "nginx.conf"
            temp = self.scratch / "nginx-temp"
            temp.mkdir(exist_ok=True)
            user = "user root;\n" if os.geteuid() == 0 else ""
            conf.write_text(
                f"{user}daemon off;\nworker_processes 1;\npid {self.scratch / 'nginx.pid'};\n"
                f"error_log {self.scratch / 'nginx-error.log'};\n"
                "events { worker_connections 4096; }\n"
                "http {\n  access_log off;\n  types { text/html html; application/json json; }\n"
                f"  client_body_temp_path {temp}; proxy_temp_path {temp}; fastcgi_temp_path {temp};\n"
                f"  uwsgi_temp_path {temp}; scgi_temp_path {temp};\n  keepalive_requests 100000;\n"
                f"  server {{ listen 127.0.0.1:{self.port}; root {self.folder}; }}\n}}\n"
            )
            command = [nginx, "-c", str(conf), "-p", str(self.scratch)]
        else:
            self.name = "python -m http.server (HTTP/1.1; nginx is not installed)"
            command = [sys.executable, "-m", "http.server", str(self.port), "--bind", "127.0.0.1"]
            command += ["--directory", str(self.folder), "--protocol", "HTTP/1.1"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_port(self.port)

    def rss_kib(self) -> int:
        """Resident memory of the server and its workers."""
        assert self.process is not None
        return sum(rss_kib(pid) for pid in family(self.process.pid))

    def stop(self) -> None:
        """Stop it."""
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@dataclass
class PublishResult:
    """What one run measured."""

    server: str
    latencies: list[float] = field(default_factory=list)  # seconds, one per viewer and change
    missed: int = 0  # viewer × change pairs never seen
    statuses: dict[str, int] = field(default_factory=dict)
    server_kib: int = 0
    faktor4_kib: int = 0
    faktor4_peak_kib: int = 0
    changes: int = 0
    error: str = ""


def _faktor4(*args: str, **kwargs: Any) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "faktor4_tui", *args], cwd=ROOT, env=bench_env(), **kwargs)


def measure_publish(source: Path, scratch: Path, viewers: int = VIEWERS, changes: int = CHANGES) -> PublishResult:
    """`publish --watch` behind a real web server, ``viewers`` polling, ``changes`` saves by `faktor4 add`."""
    www = scratch / "www"
    scratch.mkdir(parents=True, exist_ok=True)
    for folder in (scratch, *scratch.parents):  # nginx's worker may run as another user
        if folder == Path("/") or folder.stat().st_mode & 0o005 == 0o005:
            break
        if folder.stat().st_uid == os.geteuid():
            folder.chmod(folder.stat().st_mode | 0o005)
    workshop = Store(source).load().workshops[0].name
    watcher = _faktor4("publish", str(source), str(www), "--watch", stdout=subprocess.DEVNULL)
    server = WebServer(www, scratch)
    audience = None
    try:
        deadline = time.monotonic() + 30
        while not (www / "deck.json").exists():
            if watcher.poll() is not None or time.monotonic() > deadline:
                return PublishResult("", error="faktor4 publish did not start")
            time.sleep(0.05)
        server.start()
        result = PublishResult(server.name)
        seconds = 2.0 + changes * CHANGE_SECONDS + 3.0
        audience = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.viewers", str(server.port), str(viewers), str(seconds)],
            cwd=ROOT,
            env=bench_env(),
            stdout=subprocess.PIPE,
        )
        assert audience.stdout is not None
        if audience.stdout.readline().strip() != b"ready":
            return PublishResult(server.name, error="the viewers could not connect")
        time.sleep(2.0)  # every viewer polling
        saves: list[tuple[int, float]] = []
        for n in range(changes):
            began = time.monotonic()
            subprocess.run(
                [sys.executable, "-m", "faktor4_tui", "add", str(source), "--workshop", workshop, f"Neu {n}"],
                cwd=ROOT,
                env=bench_env(),
                check=True,
                capture_output=True,
            )
            data = json.loads(source.read_bytes())
            saves.append((int(data["faktor4"]["revision"]), source.stat().st_mtime_ns / 1e9))
            result.server_kib = max(result.server_kib, server.rss_kib())
            result.faktor4_kib = max(result.faktor4_kib, rss_kib(watcher.pid))
            time.sleep(max(0.0, CHANGE_SECONDS - (time.monotonic() - began)))
        out, _ = audience.communicate(timeout=seconds + 60)
        result.faktor4_peak_kib = rss_kib(watcher.pid, "VmHWM")
        report = json.loads(out.decode().strip().splitlines()[-1])
        result.statuses = report["statuses"]
        result.changes = len(saves)
        for seen in report["seen"]:
            times = sorted((int(revision), at) for revision, at in seen.items())
            for revision, saved in saves:
                first = next((at for rev, at in times if rev >= revision), None)
                if first is None:
                    result.missed += 1
                else:
                    result.latencies.append(first - saved)
        return result
    finally:
        if audience is not None and audience.poll() is None:
            audience.kill()
        server.stop()
        watcher.send_signal(signal.SIGINT)
        try:
            watcher.wait(timeout=10)
        except subprocess.TimeoutExpired:
            watcher.kill()


@dataclass
class ServeResult:
    """textual-serve's memory with some viewers connected."""

    viewers: int
    kib: int = 0
    processes: int = 0
    seconds: float = 0.0
    error: str = ""


async def _serve_viewers(pid: int, port: int, count: int, timeout: float) -> tuple[int, int, int]:
    """Open ``count`` sessions, wait until each has drawn, then measure: (KiB, processes, sessions drawn)."""
    import aiohttp

    async def first_frame(ws: aiohttp.ClientWebSocketResponse) -> bool:
        received = 0
        while received < 2_000:  # a drawn slide is several KB of terminal output
            message = await ws.receive()
            if message.type != aiohttp.WSMsgType.BINARY:
                return False
            received += len(message.data)
        return True

    async with aiohttp.ClientSession() as client:
        url = f"http://127.0.0.1:{port}/ws?width=100&height=30"
        origin = {"Origin": f"http://127.0.0.1:{port}"}
        sockets = [await client.ws_connect(url, headers=origin) for _ in range(count)]
        try:
            drawn = await asyncio.wait_for(asyncio.gather(*(first_frame(ws) for ws in sockets)), timeout)
            pids = family(pid)
            return sum(rss_kib(one) for one in pids), len(pids), sum(drawn)
        finally:
            for ws in sockets:
                await ws.close()


def measure_serve(source: Path, viewers: int = SERVE_VIEWERS) -> ServeResult:
    """`faktor4 serve` with ``viewers`` websocket sessions that have each drawn a slide: total RSS."""
    result = ServeResult(viewers)
    try:
        import aiohttp  # noqa: F401 - textual-serve's own dependency
        import textual_serve  # noqa: F401
    except ImportError:
        result.error = "n/a: textual-serve not installed"
        return result
    port = free_port()
    began = time.monotonic()
    serve = _faktor4(
        "serve", str(source), "--port", str(port), "--max-sessions", str(viewers),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_port(port)
        result.kib, result.processes, drawn = asyncio.run(_serve_viewers(serve.pid, port, viewers, 180.0))
        result.seconds = time.monotonic() - began
        if drawn < viewers:
            result.error = f"only {drawn} of {viewers} sessions drew"
    except (OSError, TimeoutError) as error:
        result.error = f"error: {error!r}"
    finally:
        serve.terminate()
        try:
            serve.wait(timeout=20)
        except subprocess.TimeoutExpired:
            serve.kill()
    return result
