"""The catalogs: German and English hold the same keys and placeholders; every t("…") key exists."""

from __future__ import annotations

import os
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

import faktor4_tui
from faktor4_tui.cli import main
from faktor4_tui.deck import build_deck
from faktor4_tui.i18n import LANGUAGES, catalog, choose_language, label, language, question, set_language, t
from faktor4_tui.settings import Settings, save_settings, settings_path
from faktor4_tui.store import Store

PACKAGE = Path(faktor4_tui.__file__).parent
# t("key") or t('key', …) with a literal key; f-strings (t(f"…")) are built from sections.
LITERAL_KEY = re.compile(r"""(?<![\w.])(?:i18n\.)?t\(\s*(["'])([^"'\\]+)\1""")


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def used_keys() -> dict[str, list[str]]:
    """Every literal key passed to t() in the package, with the files using it."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for match in LITERAL_KEY.finditer(path.read_text(encoding="utf-8")):
            found.setdefault(match.group(2), []).append(str(path.relative_to(PACKAGE.parent)))
    return found


def test_both_catalogs_have_the_same_keys() -> None:
    de, en = set(catalog("de")), set(catalog("en"))
    assert not de - en, "keys missing in en.py:\n  " + "\n  ".join(sorted(de - en))
    assert not en - de, "keys missing in de.py:\n  " + "\n  ".join(sorted(en - de))


def test_same_placeholders_in_both_catalogs() -> None:
    de, en = catalog("de"), catalog("en")
    differing = [
        f"{key}: de {sorted(placeholders(de[key]))} vs en {sorted(placeholders(en[key]))}"
        for key in sorted(set(de) & set(en))
        if placeholders(de[key]) != placeholders(en[key])
    ]
    assert not differing, "placeholders differ:\n  " + "\n  ".join(differing)


def test_every_ui_key_exists_in_every_catalog() -> None:
    keys = used_keys()
    assert "problems.question" in keys and "empty" in keys  # the scan sees the deck builder
    missing = [
        f"{code}.py lacks {key!r} (used in {', '.join(sorted(set(files)))})"
        for code in LANGUAGES
        for key, files in sorted(keys.items())
        if key not in catalog(code)
    ]
    assert not missing, "UI strings missing from a catalog:\n  " + "\n  ".join(missing)


def test_every_section_has_question_label_and_short_name() -> None:
    from faktor4_tui.model import SECTIONS

    for code in LANGUAGES:
        for section in SECTIONS:
            for part in ("question", "label", "short"):
                assert catalog(code)[f"section.{section}.{part}"].strip(), (code, section, part)


def test_english_wording(english: None) -> None:
    assert question("loesungen") == "What needs to be done?"
    assert label("loesungen", 8) == "Solution 8"
    assert label("start", 2) == "Start Action 2"
    assert question("umsetzungsprobleme") == "Which problems must be solved for implementation?"
    assert t("problems.question") == "Where do you see the most pressing problems and tasks?"
    assert t("save.saved", time="10:42:13") == "saved 10:42:13"
    assert (t("empty"), t("continued"), t("save.readonly")) == ("— still open —", "(cont.)", "read-only")


def test_german_is_the_default() -> None:
    assert language() == "de"
    assert label("loesungen", 8) == "Lösung 8"


@pytest.mark.parametrize(
    ("requested", "remembered", "environ", "expected"),
    [
        (None, None, {}, "de"),
        (None, None, {"LANG": "en_US.UTF-8"}, "en"),
        (None, None, {"LANG": "fr_FR.UTF-8"}, "de"),
        (None, None, {"LANG": "de_DE.UTF-8", "LC_MESSAGES": "en_GB"}, "en"),
        (None, None, {"LC_ALL": "de_AT.UTF-8", "LC_MESSAGES": "en_GB"}, "de"),
        (None, "de", {"LANG": "en_US.UTF-8"}, "de"),
        ("en", "de", {"LANG": "de_DE.UTF-8"}, "en"),
        ("de", "en", {"LANG": "en_US.UTF-8"}, "de"),
    ],
)
def test_language_precedence(requested, remembered, environ, expected) -> None:
    assert choose_language(requested, remembered, environ) == expected


def _first_loesung_of_aktion_2(path: Path):
    slides = build_deck(Store(path).load())
    [slide] = [
        s for s in slides if s.kind == "loesungen" and s.key.aufgabe_id is not None and "2" in s.heading.split("·")[0]
    ]
    return slide.heading, slide.blocks[0].question, slide.blocks[0].lines[0].label


def test_lang_en_gives_an_english_deck(tmp_path: Path) -> None:
    path = tmp_path / "demo.json"
    assert main(["init", str(path), "--demo", "--lang", "en"]) == 0
    assert language() == "en"
    heading, asked, first = _first_loesung_of_aktion_2(path)
    assert heading.startswith("Action 2 · Task 8: Transparenz")
    assert (asked, first) == ("What needs to be done?", "Solution 8")


def test_german_deck_without_lang(tmp_path: Path) -> None:
    path = tmp_path / "demo.json"
    assert main(["init", str(path), "--demo"]) == 0
    heading, asked, first = _first_loesung_of_aktion_2(path)
    assert heading.startswith("Aktion 2 · Aufgabe 8: Transparenz")
    assert (asked, first) == ("Was muss getan werden?", "Lösung 8")


def test_remembered_language_and_locale_apply_and_lang_wins(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert main(["init", str(tmp_path / "a.json")]) == 0
    assert language() == "en"
    save_settings(Settings(language="de"))
    assert main(["init", str(tmp_path / "b.json")]) == 0
    assert language() == "de"
    assert main(["--lang=en", "init", str(tmp_path / "c.json")]) == 0
    assert language() == "en"


def test_lang_is_not_remembered(tmp_path: Path) -> None:
    assert main(["--lang", "en", "init", str(tmp_path / "a.json")]) == 0
    assert not settings_path().exists()


def test_lang_after_double_dash_is_text(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    assert main(["init", str(path)]) == 0
    assert main(["add", str(path), "--workshop", "K", "--create", "--", "--lang", "en"]) == 0
    assert language() == "de"
    assert Store(path).load().workshops[0].aufgaben[0].text == "--lang en"


@pytest.mark.parametrize("args", [["--lang", "fr", "init", "x.json"], ["init", "x.json", "--lang"]])
def test_bad_lang_is_one_sentence_exit_2(tmp_path: Path, args: list[str]) -> None:
    env = {**os.environ, "PYTHONPATH": str(PACKAGE.parent)}
    result = subprocess.run(
        [sys.executable, "-m", "faktor4_tui", *args], capture_output=True, text=True, timeout=60, cwd=tmp_path, env=env
    )
    assert result.returncode == 2
    assert result.stderr.startswith("faktor4: --lang") and result.stderr.count("\n") == 1
    assert not (tmp_path / "x.json").exists()


# --- argparse's own words (faktor4_tui/cli/argparse_words.py) ---------------------------------------


def _argparse_messages() -> tuple[set[str], set[tuple[str, str]]]:
    """Every literal message the running Python's argparse passes to ``_`` or ``ngettext``."""
    import argparse
    import ast

    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    singles: set[str] = set()
    plurals: set[tuple[str, str]] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        texts = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if node.func.id == "_" and texts:
            singles.add(texts[0])
        elif node.func.id == "ngettext" and len(texts) == 2:
            plurals.add((texts[0], texts[1]))
    return singles, plurals


def test_every_argparse_message_has_a_catalog_key() -> None:
    from faktor4_tui.cli.argparse_words import MESSAGES, PLURALS

    singles, plurals = _argparse_messages()
    assert "usage: " in singles and "the following arguments are required: %s" in singles
    assert not singles - set(MESSAGES), f"argparse messages without a key: {sorted(singles - set(MESSAGES))}"
    assert not plurals - set(PLURALS), f"argparse plurals without a key: {sorted(plurals - set(PLURALS))}"
    keys = set(MESSAGES.values()) | {f"{key}.{form}" for key in PLURALS.values() for form in ("one", "other")}
    for code in LANGUAGES:
        assert keys <= set(catalog(code)), (code, sorted(keys - set(catalog(code))))


def test_argparse_translations_keep_their_percent_placeholders() -> None:
    from faktor4_tui.cli.argparse_words import MESSAGES, PLURALS

    wanted = re.compile(r"%\(\w+\)[rs]|%[rs]")
    pairs = [(message, key) for message, key in MESSAGES.items()]
    pairs += [
        (forms[index], f"{key}.{form}") for forms, key in PLURALS.items() for index, form in enumerate(("one", "other"))
    ]
    for message, key in pairs:
        for code in LANGUAGES:
            assert sorted(wanted.findall(catalog(code)[key])) == sorted(wanted.findall(message)), (code, key)


def test_argparse_looks_its_words_up_through_the_installed_functions(capsys) -> None:
    """The seam: argparse calls its module globals ``_`` and ``ngettext`` (bound at import) for every word."""
    import argparse

    from faktor4_tui.cli import argparse_words
    from faktor4_tui.cli.common import Parser

    parser = Parser(prog="faktor4 probe")
    assert vars(argparse)["_"] is argparse_words.gettext
    assert vars(argparse)["ngettext"] is argparse_words.ngettext
    parser.add_argument("--two", nargs=2)
    parser.add_argument("file")
    assert parser.format_help().startswith("Aufruf: faktor4 probe")
    assert "Optionen:" in parser.format_help() and "diese Hilfe zeigen und beenden" in parser.format_help()
    with pytest.raises(SystemExit):
        parser.parse_args(["x", "--two", "a"])
    assert "faktor4 probe: Fehler: Argument --two: braucht 2 Werte" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        parser.parse_args([])
    assert "Fehler: diese Angaben fehlen: file" in capsys.readouterr().err
    set_language("en")
    assert Parser(prog="p").format_help().startswith("usage: p")


def test_every_argument_of_every_command_has_help() -> None:
    import argparse

    from faktor4_tui.cli import build_parser
    from faktor4_tui.cli import tui as tui_cli

    parsers = [tui_cli.build_parser()]
    for action in build_parser()._actions:  # the subcommands' parsers
        if isinstance(action, argparse._SubParsersAction):
            parsers += list(action.choices.values())
    assert len(parsers) > 5
    for parser in parsers:
        for action in parser._actions:
            assert action.help, f"{parser.prog} {action.dest} has no help text"
