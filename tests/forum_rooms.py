"""A forum file of five rooms, as issue 13 tries it (deck and presentation tests share it)."""

from __future__ import annotations

from pathlib import Path

from faktor4_tui.demo import demo_data
from faktor4_tui.model import Section
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, AddEntry, AddWorkshop, SetAktion

ROOMS = ("Industrie", "Energiewirtschaft", "Kommunen", "Bildungseinrichtungen", "Jede*r Einzelne")

# Per room (Kommunen is the seed's, from the demo): its Aufgaben, and per Aktion the Aufgabe's index
# and its entries.
OTHERS: dict[str, tuple[tuple[str, ...], tuple[tuple[int, dict[Section, tuple[str, ...]]], ...]]] = {
    "Industrie": (
        ("Prozesswärme elektrifizieren", "Abwärme nutzen", "Lieferketten dekarbonisieren"),
        (
            (1, {"start": ("2022",), "akteure": ("Betriebe", "IHK"), "sponsoren": ("Land",)}),
            (0, {"loesungen": ("Wärmepumpen bis 150 °C",), "akteure": ("Energieberater",)}),
        ),
    ),
    "Energiewirtschaft": (
        ("Netze ausbauen", "Speicher fördern"),
        ((0, {"start": ("sofort",), "sponsoren": ("KfW", "Stadtwerke")}),),
    ),
    "Bildungseinrichtungen": (("Klimaschutz im Lehrplan", "Schulgebäude sanieren", "Mensa regional"), ()),
    "Jede*r Einzelne": (
        ("Weniger fliegen", "Ökostrom wählen"),
        (
            (1, {"akteure": ("Haushalte",), "start": ("heute",)}),
            (0, {"loesungen": ("Bahn statt Flug",)}),
        ),
    ),
}
# An Aufgabe outside the plan that holds entries (its slides follow its room's Aktionsplan).
OUTSIDE_PLAN: dict[str, tuple[int, Section, str]] = {
    "Energiewirtschaft": (1, "loesungen", "Großspeicher am Umspannwerk")
}


def five_rooms(path: Path) -> Store:
    """The five rooms in the forum's order; Kommunen holds the demo data, the others a little plan."""
    store = Store.create(path, demo_data())
    for index, name in enumerate(ROOMS):
        if name == "Kommunen":
            continue
        workshop = store.add(AddWorkshop(name=name, index=index))
        texts, aktionen = OTHERS[name]
        ids = [store.add(AddAufgabe(workshop=workshop, text=text)) for text in texts]
        for number, (aufgabe, sections) in enumerate(aktionen, start=1):
            store.apply(SetAktion(id=ids[aufgabe], aktion=number))
            for section, lines in sections.items():
                for text in lines:
                    store.add(AddEntry(aufgabe=ids[aufgabe], section=section, text=text))
        if name in OUTSIDE_PLAN:
            aufgabe, section, text = OUTSIDE_PLAN[name]
            store.add(AddEntry(aufgabe=ids[aufgabe], section=section, text=text))
    assert tuple(w.name for w in store.load().workshops) == ROOMS
    return store
