"""``faktor4 massnahme`` as a real process: set fields as one change, print the sheet, refuse bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.store import Store
from faktor4_tui.store.ops import SetMassnahme
from tests.reliability.helpers import faktor4


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return Store.create(tmp_path / "demo.json", demo_data()).path


def sheet(path: Path, k: int = 2) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    return next(row for row in data["aufgaben"].values() if row.get("aktion") == k).get("massnahme", {})


def test_fields_are_set_as_one_change_and_the_sheet_printed(demo: Path) -> None:
    revision = json.loads(demo.read_text(encoding="utf-8"))["faktor4"]["revision"]
    result = faktor4(
        *("massnahme", str(demo), "--workshop", "kommunen", "--aktion", "2"),
        *("--verantwortlich", "Stadtwerke", "--thg", "1.234,5", "--status", "zurückgestellt"),
        *("--beginn", "2022", "--dauer", "3 Jahre", "--kosten", "40.000 €"),
        *("--finanzierung", "Kommunalrichtlinie", "--indikator", "Zahl der Mitglieder"),
    )
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(demo.read_text(encoding="utf-8"))["faktor4"]["revision"] == revision + 1
    stored = sheet(demo)
    assert stored["thg"] == 1234.5 and stored["status"] == "zurueckgestellt"
    assert stored["verantwortlich"] == "Stadtwerke" and stored["finanzierung"] == "Kommunalrichtlinie"
    shown = faktor4("massnahme", str(demo), "--workshop", "Kommunen", "--aktion", "2")
    assert shown.returncode == 0
    lines = shown.stdout.decode().splitlines()
    assert lines[0].startswith("Maßnahmenblatt Aktion 2: Transparenz")
    assert "THG-Minderung (t CO₂e/Jahr):  1.234,5" in lines
    assert "Zeitraum (Beginn, Dauer):     2022, 3 Jahre" in lines
    assert "Status:                       zurückgestellt" in lines
    assert "Schritte (Lösungen):" in lines and "  1. Aktiv werden in diversen Gruppierungen etc." in lines
    emptied = faktor4("massnahme", str(demo), "--workshop", "Kommunen", "--aktion", "2", "--kosten", "")
    assert emptied.returncode == 0 and "kosten" not in sheet(demo)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--workshop", "Städte", "--aktion", "1"), "keinen Workshop „Städte“"),
        (("--workshop", "Kommunen", "--aktion", "9"), "keine Aktion 9"),
        (("--workshop", "Kommunen", "--aktion", "1", "--thg", "zwölf"), "„zwölf“ ist keine THG-Minderung"),
        (("--workshop", "Kommunen", "--aktion", "1", "--thg", "-3"), "„-3“ ist keine THG-Minderung"),
        # Negative and unending numbers are values of --thg, not options argparse refuses with its usage.
        *(
            (("--workshop", "Kommunen", "--aktion", "1", "--thg", value), f"„{value}“ ist keine THG-Minderung")
            for value in ("-inf", "inf", "nan", "-NaN", "-Infinity", "-5", "-5,5", "-1.234,5", "-.5")
        ),
        (("--workshop", "Kommunen", "--aktion", "1", "--status", "fertig"), "„fertig“ ist kein Status"),
    ],
)
def test_bad_input_is_refused_with_a_sentence(demo: Path, args: tuple[str, ...], words: str) -> None:
    before = demo.read_bytes()
    result = faktor4("massnahme", str(demo), *args)
    assert result.returncode == 2
    error = result.stderr.decode()
    assert error.startswith("faktor4: ") and error.count("\n") == 1 and str(demo) in error
    assert words in error
    assert demo.read_bytes() == before


def test_two_processes_editing_the_same_field_keep_both(demo: Path) -> None:
    mine = Store(demo)
    aktion = mine.load().workshops[0].plan[1]  # this process reads the sheet …
    result = faktor4("massnahme", str(demo), "--workshop", "Kommunen", "--aktion", "2", "--verantwortlich", "Bauamt")
    assert result.returncode == 0  # … another process sets the field meanwhile …
    mine.apply(SetMassnahme(aktion.id, "verantwortlich", "Stadtwerke", seen=aktion.massnahme.version("verantwortlich")))
    assert sheet(demo)["verantwortlich"] == "Bauamt / Stadtwerke"  # … and both are kept
    assert "Beide Fassungen" in mine.last_notices[0]
    again = faktor4("massnahme", str(demo), "--workshop", "Kommunen", "--aktion", "2", "--verantwortlich", "Bauamt")
    assert again.returncode == 0 and sheet(demo)["verantwortlich"] == "Bauamt"  # read fresh: no conflict


def test_english(demo: Path) -> None:
    result = faktor4("--lang", "en", "massnahme", str(demo), "--workshop", "Kommunen", "--aktion", "1")
    assert result.returncode == 0
    assert "GHG reduction (t CO₂e/year):" in result.stdout.decode()


def test_a_status_typed_in_decomposed_form_is_the_status(demo: Path) -> None:
    """macOS sends "ü" as u + combining diaeresis (NFD): still "zurückgestellt"."""
    import unicodedata

    typed = unicodedata.normalize("NFD", "zurückgestellt")
    run = faktor4("massnahme", str(demo), "--workshop", "Kommunen", "--aktion", "2", "--status", typed)
    assert run.returncode == 0, run.stderr.decode()
    assert sheet(demo)["status"] == "zurueckgestellt"
