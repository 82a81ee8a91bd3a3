"""The deck is pure: importing and building it loads no Textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_deck_imports_no_textual() -> None:
    code = (
        "import sys, faktor4_tui.deck, faktor4_tui.deck.text, faktor4_tui.deck.paging, faktor4_tui.cli.cmd_present;"
        "from faktor4_tui.deck import build_deck; from faktor4_tui.model import Document;"
        "build_deck(Document());"
        "assert not [m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')], 'textual loaded'"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
