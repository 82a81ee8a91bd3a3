"""Realistic, deterministic faktor4 files of any size (German text, notes, Aktionsplan).

Use from tests: ``generate_data(entries=2000)``; from the shell:
``python -m benchmarks.generate --entries 2000 -o big.json``.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

from faktor4_tui.demo import EVENT
from faktor4_tui.model import SECTIONS
from faktor4_tui.store import StoreError
from faktor4_tui.store.schema import HEADER, empty_data, validate

# Default workshop count per entry count (5 … 50 workshops).
WORKSHOPS_FOR = {200: 5, 2_000: 20, 20_000: 50}
AUFGABEN_PER_WORKSHOP = 9
NOTE_SHARE = 0.06

_WORKSHOP_NAMES = [
    "Industrie",
    "Energiewirtschaft",
    "Kommunen",
    "Bildungseinrichtungen",
    "Jede*r Einzelne",
    "Verkehr & Mobilität",
    "Gebäude & Wärme",
    "Landwirtschaft",
    "Ernährung",
    "Handwerk",
    "Gesundheitswesen",
    "Kultur & Sport",
    "Wohnungswirtschaft",
    "Finanzen",
    "Tourismus",
]
_SUBJECTS = [
    "Die Kommune",
    "Der Gemeinderat",
    "Die Stadtwerke",
    "Die Bürger*innen",
    "Der Landkreis",
    "Die Schulleitung",
    "Die Handwerkskammer",
    "Der Energieversorger",
    "Die Wohnungsbaugesellschaft",
    "Das Klimaschutzmanagement",
    "Die Verbraucherzentrale",
    "Die Bürgerenergiegenossenschaft",
]
_VERBS = [
    "muss frühzeitig prüfen",
    "sollte gemeinsam planen",
    "fördert gezielt",
    "überprüft jährlich",
    "schafft Anreize für",
    "berät unabhängig zu",
    "veröffentlicht Zahlen über",
    "unterstützt aktiv",
    "verknüpft sinnvoll",
    "baut schrittweise aus",
]
_OBJECTS = [
    "die Wärmepumpen im Bestand",
    "den Ausbau der Photovoltaik auf Dächern",
    "die Energieeffizienz",
    "klimafreundliche Mobilität",
    "die Sanierung öffentlicher Gebäude",
    "Förderprogramme von Bund und Land",
    "regionale Wertschöpfung",
    "Fahrradwege und ÖPNV",
    "die Schulung des Verwaltungspersonals",
    "Bürgerbeteiligung bei Windkraftprojekten",
    "Nahwärmenetze in Neubaugebieten",
    "grüne Dächer",
    "Müllvermeidung und Kreislaufwirtschaft",
    "die Öffentlichkeitsarbeit zum Klimaschutz",
]
_TAILS = [
    "",
    "",
    " (über den Bund, Jülich etc.)",
    " – möglichst bis Ende nächsten Jahres",
    " mit klaren Zuständigkeiten",
    "; Fristen und Controlling festlegen",
    " für alle Generationen",
    " ohne zusätzliche Bürokratie",
    " → Pilotprojekt im Quartier",
    " (Größenordnung: 5–10 Mio. €)",
]
_NOTES = [
    "Es ist sehr hilfreich, zwei, drei Zugpferde zu haben, die die Arbeit vorantreiben",
    "Rückfrage an die Stadtverwaltung: Zuständigkeit noch unklar",
    "Hinweis: Ähnliches Projekt läuft bereits in der Nachbargemeinde",
    "Übergreifend für alle Aufgaben wichtig: früh über Ängste sprechen",
]
_STARTS = [
    "Sofort",
    "Gestern",
    "Nach der Sommerpause",
    "Anfang nächsten Jahres",
    "Wenn der Druck groß genug ist → Gestern",
]


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}{rng.choice(_TAILS)}"


def _spread(total: int, buckets: int, rng: random.Random) -> list[int]:
    """Split ``total`` into ``buckets`` uneven, non-negative parts that sum to ``total``."""
    weights = [rng.uniform(0.2, 1.8) for _ in range(buckets)]
    scale = total / sum(weights)
    parts = [int(w * scale) for w in weights]
    for i in range(total - sum(parts)):
        parts[i % buckets] += 1
    return parts


def generate_data(
    entries: int = 2_000,
    workshops: int | None = None,
    aufgaben: int = AUFGABEN_PER_WORKSHOP,
    seed: int = 4,
) -> dict[str, Any]:
    """Raw faktor4 data (schema-valid) with exactly ``entries`` entries over ``workshops`` workshops."""
    rng = random.Random(seed)
    workshops = workshops or WORKSHOPS_FOR.get(entries) or max(1, min(50, entries // 400))
    data = empty_data()
    data["event"]["1"] = {
        "title": EVENT.title,
        "forum": EVENT.forum,
        "dates": EVENT.dates,
        "goal": list(EVENT.goal or ()),
        "agenda": list(EVENT.agenda or ()),
    }
    next_id = data[HEADER]["next_id"]
    aufgabe_ids: list[int] = []
    for w in range(workshops):
        workshop_id, next_id = next_id, next_id + 1
        base = _WORKSHOP_NAMES[w % len(_WORKSHOP_NAMES)]
        name = base if w < len(_WORKSHOP_NAMES) else f"{base} {w // len(_WORKSHOP_NAMES) + 1}"
        data["workshops"][str(workshop_id)] = {"name": name, "pos": w}
        plan_size = min(aufgaben, rng.choice((3, 4)))
        planned = rng.sample(range(aufgaben), plan_size)
        for pos in range(aufgaben):
            aufgabe_id, next_id = next_id, next_id + 1
            aktion = planned.index(pos) + 1 if pos in planned else None
            data["aufgaben"][str(aufgabe_id)] = {
                "workshop": workshop_id,
                "pos": pos,
                "text": _sentence(rng),
                "aktion": aktion,
                "votes": rng.randrange(0, 12),
            }
            aufgabe_ids.append(aufgabe_id)
    counts = _spread(entries, len(aufgabe_ids), rng) if aufgabe_ids else []
    for aufgabe_id, count in zip(aufgabe_ids, counts, strict=True):
        positions = dict.fromkeys(SECTIONS, 0)
        for _ in range(count):
            section = rng.choices(SECTIONS, weights=(5, 3, 1, 2, 1, 1))[0]
            note = rng.random() < NOTE_SHARE
            if note:
                text = rng.choice(_NOTES)
            elif section == "start":
                text = rng.choice(_STARTS)
            else:
                text = _sentence(rng)
            entry_id, next_id = next_id, next_id + 1
            data["entries"][str(entry_id)] = {
                "aufgabe": aufgabe_id,
                "section": section,
                "pos": positions[section],
                "text": text,
                "note": note,
            }
            positions[section] += 1
    data[HEADER]["next_id"] = next_id
    return validate(data, Path("<generated>"))


def write_file(path: str | Path, data: dict[str, Any]) -> Path:
    """Create a new faktor4 file through the Store (never overwrites)."""
    from faktor4_tui.store import Store

    return Store.create(path, data).path


def main(argv: list[str] | None = None) -> int:
    """Command line: write one generated file."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", required=True, help="the new file (never overwritten)")
    parser.add_argument("--entries", type=int, default=2_000)
    parser.add_argument("--workshops", type=int, default=None)
    parser.add_argument("--aufgaben", type=int, default=AUFGABEN_PER_WORKSHOP, help="Aufgaben per workshop")
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args(argv)
    data = generate_data(args.entries, args.workshops, args.aufgaben, args.seed)
    try:
        path = write_file(args.output, data)
    except (StoreError, OSError) as error:  # one sentence naming the file
        print(f"generate: {error}", file=sys.stderr)
        return 2
    print(
        f"{path}: {len(data['workshops'])} workshops, {len(data['aufgaben'])} Aufgaben, {len(data['entries'])} entries"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
