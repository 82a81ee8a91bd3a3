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


def is_ip_literal(host: str) -> bool:
    """True if ``host`` is an IP address, not a name (``192.168.1.5``, ``[fe80::1]``)."""
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def is_wildcard(host: str) -> bool:
    """True for an address that listens on every interface (``0.0.0.0``, ``::``, empty)."""
    return host.strip("[]") in ("0.0.0.0", "::", "")


def host_allowed(name: str, bound: str, names: frozenset[str]) -> bool:
    """May a request whose Host header names ``name`` reach a server bound to ``bound``?

    Against DNS rebinding (a foreign name that resolves to this computer, so a foreign web page
    reads the workshop): loopback names, the bound address itself, and ``names`` (this computer's
    name for a wildcard bind, those given with ``--allow-host``). Bound to every interface, any IP
    address is fine too: an address cannot be rebound, only a name can.
    """
    shown = name.strip("[]").lower().rstrip(".")
    if is_loopback(shown) or shown in names:
        return True
    if is_wildcard(bound):
        return is_ip_literal(shown)
    return shown == bound.strip("[]").lower()
