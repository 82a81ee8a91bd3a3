"""The demo data: the seed template's Kommunen workshop, exactly."""

from __future__ import annotations

from typing import Any

from faktor4_tui.model import Section
from faktor4_tui.store.memory import apply_in_memory
from faktor4_tui.store.ops import AddAufgabe, AddEntry, AddWorkshop, Op, SetAktion, SetEvent
from faktor4_tui.store.schema import empty_data

EVENT = SetEvent(
    title="Workshop Aktionsplan Faktor 4",
    forum="Herbstforum 2021",
    dates="Donnerstag, 30.09.21 bis Samstag, 02.10.21",
    goal=(
        "Diskussion und Planung möglicher Aktionen zur Emissionsminderung durch",
        "die Industrie,",
        "die Energiewirtschaft,",
        "die Kommunen,",
        "der Bildungseinrichtungen",
        "und",
        "jedes Einzelnen",
        "in der Metropolregion",
    ),
    agenda=(
        "Impulsstatements der Moderatoren (3 min.)",
        "(Falls nicht zu viele) Vorstellungsrunde",
        "Aktionsplan mit 3-4 Aktionen vorbereiten / formulieren",
        "Vorstellung der Ergebnisse im Plenum",
    ),
)

WORKSHOP = "Kommunen"

AUFGABEN = [
    "Verwaltungsintern Klimaschutz als Querschnittsthema sehen (sollte in allen Bereichen mitgedacht werden)",
    "Es braucht konkrete Pläne und Prioritäten (Aber: Am Anfang kann man gar nicht so viel falsch machen)",
    "Personalstellen müssen geschaffen werden; ggf. Auslagerung an externe Stellen",
    "Kommune muss ihre eigene Verantwortung erkennen",
    "Verwaltungspersonal muss geschult werden und auch außerhalb der bekannten Muster denken",
    "Förderprogramme geschickt nutzen, um Stellen etc. zu schaffen (über den Bund, Jülich etc.)",
    "Ängste vor Konflikten mit Bürger*innen und anderen Akteuren müssen überwunden werden; "
    "frühzeitige Kommunikation und Transparenz ist notwendig",
    "Transparenz und Teilhabe in der gesamten Transformation",
    "Umsetzung der Energiewende vor Ort (Ausbau der Erneuerbaren, Energieeffizienz etc)",
]

ZUGPFERDE = (
    "Es ist sehr hilfreich, zwei, drei Zugpferde zu haben, die die Arbeit vorantreiben wollen "
    "und in relevanter Position sind"
)

# (Aufgabe number, Aktion number, {section: [(text, is_note), ...]})
AKTIONEN: list[tuple[int, int, dict[Section, list[tuple[str, bool]]]]] = [
    (
        1,
        1,
        {
            "loesungen": [
                (
                    "Geeignete Strukturen in der Verwaltung schaffen: Genaue Zuständigkeiten/"
                    "Verantwortlichkeiten festlegen + Wertigkeit des Themas hoch hängen",
                    False,
                ),
                (
                    "Schulung aller Mitarbeiter im Bereich Klimaschutz (Förderprogramme stehen dafür zur Verfügung)",
                    False,
                ),
                ("Stellen über Förderprogramme schaffen", False),
                ("Schaffen von Zielen und Plänen (mit Fristen) + Controlling", False),
                ("Deutliches Zeichen der Führungspersönlichkeiten, wohin es gehen soll", False),
                ("Best Practice/Leuchtturmprojekte zeigen, um zu zeigen, dass es geht", False),
                ("Ziele formulieren und durchzubringen", False),
            ],
            "akteure": [
                ("Bürgermeister*in", False),
                ("Politische Entscheidungsträger*innen (Stadtrat, Gemeinderat, Kreisrat...)", False),
                ("Bürger*innen (Bürgerbegehren, Arbeitsgruppen, Demonstrationen...)", False),
                (ZUGPFERDE, True),
            ],
            "start": [("Wenn der Druck groß genug ist → Gestern", False)],
            "umsetzungsprobleme": [
                (
                    "In neuen Konstellationen werden die Verantwortlichkeiten neu aufgeteilt "
                    "(kann positive aber auch negative sein)",
                    False,
                ),
                ("Eigenverantwortung muss erkannt werden", False),
            ],
        },
    ),
    (
        8,
        2,
        {
            "loesungen": [
                ("Aktiv werden in diversen Gruppierungen etc.", False),
                (
                    "Bürgerenergiegenossenschaften; vergünstigte Strompreise für Anwohner; echte "
                    "Teilhabe gewährleisten",
                    False,
                ),
                (
                    "Transparente und offen informieren (Baustellenführungen, Infoveranstaltungen, "
                    "Webseite, Pressearbeit)",
                    False,
                ),
                ('Bürgern echte "Entscheidungsfreiheit" geben; eigener Ratsentscheid', False),
            ],
            "akteure": [
                ("Bürger*innen für Genossenschaft etc.", False),
                ("Bürgermeister*in", False),
                ("Politische Entscheidungsträger*innen (Stadtrat, Gemeinderat, Kreisrat...)", False),
                ("Privatwirtschaft", False),
                ("Wenn vorhanden: Stadt- oder Gemeindewerke", False),
                ("Weitere Töchter der Stadt: Wohnungsbaugesellschaften, Abfallwirtschaft, Abwasser etc.", False),
            ],
        },
    ),
]


def demo_data() -> dict[str, Any]:
    """Raw file content holding the seed's event and Kommunen workshop."""
    data = apply_in_memory(empty_data(), [EVENT, AddWorkshop(WORKSHOP)])
    workshop_id = int(next(iter(data["workshops"])))
    data = apply_in_memory(data, [AddAufgabe(workshop_id, text) for text in AUFGABEN])
    by_number = {row["pos"] + 1: int(doc_id) for doc_id, row in data["aufgaben"].items()}
    changes: list[Op] = []
    for number, aktion, sections in AKTIONEN:
        aufgabe_id = by_number[number]
        changes.append(SetAktion(aufgabe_id, aktion))
        for section, items in sections.items():
            for text, note in items:
                changes.append(AddEntry(aufgabe_id, section, text, note=note))
    return apply_in_memory(data, changes)
