"""Simulated audience: N viewers polling deck.json every second, as the published page does.

``python -m benchmarks.viewers PORT N SECONDS`` opens N HTTP/1.1 keep-alive connections (asyncio,
raw requests; reconnecting when the server closes one), each asking for ``/deck.json`` once a second
with the ETag / Last-Modified it got last (a conditional request, like the browser's ``no-cache``
fetch), and fetching ``/index.html`` when the page's hash changed, as the page does. Starts are
spread over the first second once all are connected ("ready" is printed then). At the end it
prints one JSON line: per viewer the wall-clock time it
first had each revision (deck.json and the page saying it), and the count of answers by status.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time
from collections import Counter
from typing import Any

TIMEOUT = 10.0  # an answer later than this counts as none (and the connection is opened again)


class Connection:
    """One keep-alive connection to the server (opened again when the server closed it)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        """One GET; its status, headers (lower-case names) and body."""
        for attempt in range(3):
            try:
                if self.writer is None:
                    self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
                assert self.reader is not None
                lines = [f"GET {path} HTTP/1.1", f"Host: 127.0.0.1:{self.port}", "Accept: */*"]
                lines += [f"{name}: {value}" for name, value in headers.items()]
                self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("ascii"))
                await self.writer.drain()
                head = await self.reader.readuntil(b"\r\n\r\n")
                status_line, *rest = head.decode("latin-1").split("\r\n")
                version, status = status_line.split(" ", 2)[:2]
                answer = {}
                for line in rest:
                    if ":" in line:
                        name, _, value = line.partition(":")
                        answer[name.strip().lower()] = value.strip()
                length = int(answer.get("content-length", "0"))
                body = await self.reader.readexactly(length) if length else b""
                if version == "HTTP/1.0" or answer.get("connection", "").lower() == "close":
                    self.close()
                return int(status), answer, body
            except (OSError, asyncio.IncompleteReadError, ValueError):
                self.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def close(self) -> None:
        """Drop the connection (the next request opens a new one)."""
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def viewer(connection: Connection, start: float, until: float, statuses: Counter[int]) -> dict[int, float]:
    """One viewer's polling; the wall-clock time it first had each revision."""
    loop = asyncio.get_running_loop()
    await asyncio.sleep(max(0.0, start - loop.time()))
    seen: dict[int, float] = {}
    validators: dict[str, str] = {}
    page = None
    due = loop.time()
    while loop.time() < until:
        try:
            status, headers, body = await asyncio.wait_for(connection.get("/deck.json", validators), TIMEOUT)
            statuses[status] += 1
            if status == 200:
                validators = {}
                if "etag" in headers:
                    validators["If-None-Match"] = headers["etag"]
                if "last-modified" in headers:
                    validators["If-Modified-Since"] = headers["last-modified"]
                state = json.loads(body)
                if state["page"] != page:
                    page_status, _, _ = await asyncio.wait_for(connection.get("/index.html", {}), TIMEOUT)
                    statuses[page_status] += 1
                    page = state["page"]
                seen.setdefault(int(state["revision"]), time.time())
        except (OSError, asyncio.IncompleteReadError, ValueError, TimeoutError):
            statuses[0] += 1  # no answer (in time)
            connection.close()
        due += 1.0
        await asyncio.sleep(max(0.0, due - loop.time()))
    connection.close()
    return seen


async def audience(port: int, count: int, seconds: float) -> dict[str, Any]:
    """``count`` viewers for ``seconds``; what each saw when, and the answers by status."""
    loop = asyncio.get_running_loop()
    connections = [Connection(port) for _ in range(count)]
    opening = asyncio.Semaphore(25)  # a server's listen backlog is small (http.server's: 5)

    async def connect(connection: Connection) -> None:
        async with opening:
            connection.reader, connection.writer = await asyncio.open_connection("127.0.0.1", port)

    await asyncio.gather(*(connect(connection) for connection in connections))
    print("ready", flush=True)  # every viewer connected: the saves may begin
    began = loop.time()
    statuses: Counter[int] = Counter()
    seen = await asyncio.gather(
        *(viewer(c, began + i / count, began + seconds, statuses) for i, c in enumerate(connections))
    )
    return {"seen": [{str(k): v for k, v in s.items()} for s in seen], "statuses": dict(statuses)}


def main() -> None:
    """Run the audience and print its JSON line."""
    port, count, seconds = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, count + 100)), hard))
    print(json.dumps(asyncio.run(audience(port, count, seconds))), flush=True)


if __name__ == "__main__":
    main()
