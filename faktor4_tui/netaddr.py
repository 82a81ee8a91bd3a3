"""Network address helpers shared by the serve command and the browser server (no Textual)."""

from __future__ import annotations

import ipaddress


def is_loopback(host: str) -> bool:
    """True if ``host`` names this computer only (localhost, 127.x.x.x, ::1)."""
    name = host.strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False
