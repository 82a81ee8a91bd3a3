"""Untrusted text: escape sequences, controls and bidi overrides never survive."""

from __future__ import annotations

import pytest

from faktor4_tui.model import sanitize


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("plain Ä ö ß", "plain Ä ö ß"),
        ("a\x1b[31mred\x1b[0m", "ared"),
        ("x\x1b]0;title\x07y", "xy"),
        ("x\x1b]52;c;ZXZpbA==\x1b\\y", "xy"),
        ("x\x9b31my", "xy"),
        ("a\x00b\x7fc\x85d", "abc d"),
        ("line1\nline2\r\nline3", "line1 line2 line3"),
        ("\u202eevil\u2066", "evil"),
        ("[@click=app.quit]x[/]", "[@click=app.quit]x[/]"),
        ("👩\u200d💻 中文", "👩\u200d💻 中文"),
        ("   ", ""),
    ],
)
def test_sanitize(raw: str, clean: str) -> None:
    assert sanitize(raw) == clean
