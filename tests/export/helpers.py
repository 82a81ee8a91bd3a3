"""Helpers for the export tests: run the real CLI in-process, build files from Documents."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from faktor4_tui.cli import main
from faktor4_tui.demo import EVENT
from faktor4_tui.i18n import question, t
from faktor4_tui.importer import document_to_data
from faktor4_tui.model import SECTIONS, Document
from faktor4_tui.store import Store

SEED = Path(__file__).parent / "data" / "seed.txt"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``faktor4 ARGS`` in this process: (exit code, stdout, stderr)."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_sentence_error(err: str, name: str) -> bool:
    """stderr is exactly one "faktor4: …" line that names ``name``."""
    return err.startswith("faktor4: ") and err.count("\n") == 1 and name in err


def write_document(path: Path, document: Document) -> Path:
    """A new faktor4 file holding ``document``."""
    Store.create(path, document_to_data(document))
    return path


def seed_items() -> list[str]:
    """The seed's filled-in bullet texts in order (first problem list only, no template placeholders)."""
    items: list[str] = []
    problem_lists = 0
    for raw in SEED.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("Wo sehen Sie"):
            problem_lists += 1
        if not line.startswith("- "):
            continue
        text = line[2:].strip()
        if problem_lists > 1 and text.startswith("Aufgabe "):
            continue  # the template repeats the problem list (with a copy error)
        if text.endswith("....") or re.fullmatch(r"(Start Aktion|Umsetzungsproblem) \d+", text):
            continue  # empty template placeholders
        items.append(text)
    return items


FIRST_GOAL_LINE = "Diskussion und Planung möglicher Aktionen zur Emissionsminderung durch"


def seed_texts() -> list[str]:
    """Every text of the seed the Dokumentation must carry, with its label as the deck shows it."""
    return [
        EVENT.title,
        EVENT.forum,
        EVENT.dates,
        t("event.goal"),
        t("event.agenda"),
        FIRST_GOAL_LINE,
        *seed_items(),
        *(question(section) for section in SECTIONS),
        t("problems.question"),
        t("plan.title"),
        "Aktion 1 · Aufgabe 1: Verwaltungsintern Klimaschutz als Querschnittsthema sehen",
        "Aktion 2 · Aufgabe 8: Transparenz und Teilhabe in der gesamten Transformation",
    ]
