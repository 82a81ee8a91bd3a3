"""The web server behind ``faktor4 serve``: textual-serve, guarded against foreign pages.

Imported only by ``faktor4 serve`` (textual-serve is the optional extra ``serve``).
"""

from __future__ import annotations

import asyncio
import logging
import re
import signal
import sys
from urllib.parse import urlsplit

from aiohttp import web
from textual_serve.server import Server

from faktor4_tui.netaddr import is_loopback

_HOST_HEADER = re.compile(r"^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$")


def _hostname(host_header: str) -> str:
    if host_header.startswith("["):
        return host_header[1:].partition("]")[0]
    return host_header.rpartition(":")[0] if ":" in host_header else host_header


class PresentationServer(Server):
    """textual-serve's Server, answering only requests meant for it.

    Bound to loopback, it answers only Host names of this computer (no DNS rebinding);
    its websocket accepts only pages it served itself (the Origin must match the Host),
    so another web site open in the browser cannot watch the workshop. Links in the page
    use the Host the browser asked for, so an ``ssh -L`` tunnel on any local port works.
    """

    def __init__(
        self, command: str, *, host: str, port: int, title: str, loopback_only: bool, started: str, forbidden: str
    ) -> None:
        super().__init__(command, host=host, port=port, title=title)
        self.loopback_only = loopback_only
        self.started = started
        self.forbidden = forbidden

    def initialize_logging(self) -> None:
        """Log only problems, as plain lines on stderr (stdout carries the started line)."""
        logging.basicConfig(level=logging.WARNING, format="faktor4 serve: %(message)s", stream=sys.stderr)

    async def on_startup(self, app: web.Application) -> None:
        """Stay quiet until listening (textual-serve prints its logo here)."""

    def serve(self, debug: bool = False) -> None:
        """Listen until Ctrl+C or SIGTERM; print the started line once the port is open."""
        self.debug = debug
        self.initialize_logging()
        loop = asyncio.new_event_loop()
        for signal_number in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(signal_number, self.request_exit)
            except NotImplementedError:  # Windows
                pass
        web.run_app(
            self._make_app(),
            host=self.host,
            port=self.port,
            handle_signals=False,
            loop=loop,
            shutdown_timeout=3,
            print=lambda *_: print(self.started, flush=True),
        )

    def _check(self, request: web.Request) -> str:
        host = request.host
        if not _HOST_HEADER.match(host) or (self.loopback_only and not is_loopback(_hostname(host))):
            raise web.HTTPForbidden(text=self.forbidden)
        origin = request.headers.get("Origin")
        if origin is not None and urlsplit(origin).netloc.lower() != host.lower():
            raise web.HTTPForbidden(text=self.forbidden)
        return host

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        """The page, with its websocket address taken from the Host the browser used."""
        # No await between setting public_url and the template reading it: no other request interleaves.
        self.public_url = f"{request.scheme}://{self._check(request)}"
        return await super().handle_index(request)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """One read-only presentation per browser tab, for pages this server served."""
        self._check(request)
        return await super().handle_websocket(request)
