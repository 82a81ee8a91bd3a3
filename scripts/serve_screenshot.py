"""Screenshot what `faktor4 serve` shows in a real browser (headless Chromium, DevTools protocol).

Usage (with `faktor4 serve FILE --port 8000` running):
    python scripts/serve_screenshot.py http://127.0.0.1:8000/ /tmp/serve.png [SECONDS [NEXT]]

`chromium --headless --screenshot` fires before the websocket session has drawn anything,
so this opens the page, waits SECONDS (default 6), clicks into the terminal and presses →
NEXT times (default 0; e.g. 8 reaches the demo's "Solution 8" slide), then captures it. Needs `chromium` on
PATH and aiohttp (installed with textual-serve). Loopback only.
"""

from __future__ import annotations

import asyncio
import base64
import json
import subprocess
import sys

import aiohttp

DEBUG_PORT = 9333


async def _call(ws: aiohttp.ClientWebSocketResponse, ident: int, method: str, **params: object) -> dict:
    await ws.send_json({"id": ident, "method": method, "params": params})
    async for message in ws:
        data = json.loads(message.data)
        if data.get("id") == ident:
            return data.get("result", data)
    raise RuntimeError(f"Chromium closed the connection during {method}.")


async def _first_page(session: aiohttp.ClientSession) -> dict:
    for _ in range(200):
        try:
            async with session.get(f"http://127.0.0.1:{DEBUG_PORT}/json/list") as response:
                pages = [p for p in await response.json() if p["type"] == "page"]
                if pages:
                    return pages[0]
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.1)
    raise RuntimeError("Chromium did not start within 20 seconds.")


async def _press_right(ws: aiohttp.ClientWebSocketResponse, times: int) -> None:
    for number, kind in enumerate(("mousePressed", "mouseReleased")):
        await _call(ws, 10 + number, "Input.dispatchMouseEvent", type=kind, x=640, y=400, button="left", clickCount=1)
    for number in range(times):
        for offset, kind in enumerate(("rawKeyDown", "keyUp")):
            await _call(
                ws,
                100 + 2 * number + offset,
                "Input.dispatchKeyEvent",
                type=kind,
                key="ArrowRight",
                code="ArrowRight",
                windowsVirtualKeyCode=39,
            )
    await asyncio.sleep(2)  # let the session redraw


async def screenshot(url: str, out: str, wait: float, presses: int = 0) -> None:
    """Open ``url`` in headless Chromium at 1280x800, wait, press → ``presses`` times, save a PNG."""
    chrome = subprocess.Popen(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--window-size=1280,800",
            f"--remote-debugging-port={DEBUG_PORT}",
            "--remote-debugging-address=127.0.0.1",
            "about:blank",
        ],
        stderr=subprocess.DEVNULL,
    )
    try:
        async with aiohttp.ClientSession() as session:
            page = await _first_page(session)
            async with session.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=0) as ws:
                await _call(
                    ws,
                    1,
                    "Emulation.setDeviceMetricsOverride",
                    width=1280,
                    height=800,
                    deviceScaleFactor=1,
                    mobile=False,
                )
                await _call(ws, 2, "Page.navigate", url=url)
                await asyncio.sleep(wait)  # the terminal session draws over the websocket meanwhile
                if presses:
                    await _press_right(ws, presses)
                shot = await _call(ws, 3, "Page.captureScreenshot", format="png")
        with open(out, "wb") as stream:
            stream.write(base64.b64decode(shot["data"]))
    finally:
        chrome.terminate()
        chrome.wait(10)


if __name__ == "__main__":
    asyncio.run(
        screenshot(
            sys.argv[1],
            sys.argv[2],
            float(sys.argv[3]) if len(sys.argv) > 3 else 6.0,
            int(sys.argv[4]) if len(sys.argv) > 4 else 0,
        )
    )
