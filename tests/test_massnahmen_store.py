"""An Aktion's Maßnahmenblatt and the event's Ausgangswert in the store: fields, versions, conflicts, undo."""

from __future__ import annotations

import json

import pytest

from faktor4_tui.model.massnahme import faktor4_share, format_tonnes, parse_tonnes
from faktor4_tui.store import ConflictError, Store, StoreError
from faktor4_tui.store.ops import DeleteAufgabe, EditAufgabe, RestoreFromTrash, SetAusgangswert, SetMassnahme


def raw(store: Store) -> dict:
    return json.loads(store.path.read_text(encoding="utf-8"))


def aktion(store: Store, k: int = 1) -> int:
    return store.load().workshops[0].plan[k - 1].id


def test_fields_are_stored_on_the_aufgabe_row_and_built_into_the_model(demo_store: Store) -> None:
    first = aktion(demo_store)
    demo_store.apply(SetMassnahme(first, "verantwortlich", "  Stadtwerke\x1b[31m ", seen=0))
    demo_store.apply(SetMassnahme(first, "thg", 12.5, seen=0))
    demo_store.apply(SetMassnahme(first, "thg", 40.0, seen=1))
    demo_store.apply(SetMassnahme(first, "status", "begonnen", seen=0))
    sheet = raw(demo_store)["aufgaben"][str(first)]["massnahme"]
    assert sheet == {
        "verantwortlich": "Stadtwerke",
        "thg": 40,
        "status": "begonnen",
        "versions": {"verantwortlich": 1, "thg": 2, "status": 1},
    }
    massnahme = demo_store.load().workshops[0].plan[0].massnahme
    assert (massnahme.verantwortlich, massnahme.thg, massnahme.status) == ("Stadtwerke", 40.0, "begonnen")
    assert massnahme.filled and massnahme.version("thg") == 2
    assert not demo_store.load().workshops[0].plan[1].massnahme.filled


def test_emptying_a_field_removes_it_and_undo_brings_it_back(demo_store: Store) -> None:
    first = aktion(demo_store)
    demo_store.apply(SetMassnahme(first, "kosten", "5.000 €", seen=0))
    undo = demo_store.apply(SetMassnahme(first, "kosten", "", seen=1))
    assert "kosten" not in raw(demo_store)["aufgaben"][str(first)]["massnahme"]
    demo_store.apply(undo)
    assert raw(demo_store)["aufgaben"][str(first)]["massnahme"]["kosten"] == "5.000 €"


def test_bad_values_are_refused_with_a_sentence(demo_store: Store) -> None:
    first = aktion(demo_store)
    with pytest.raises(StoreError, match="keine Zahl"):
        demo_store.apply(SetMassnahme(first, "thg", -1.0))
    with pytest.raises(StoreError, match="kein Status"):
        demo_store.apply(SetMassnahme(first, "status", "fertig"))
    with pytest.raises(StoreError, match="höchstens"):
        demo_store.apply(SetMassnahme(first, "indikator", "x" * 5001))


def test_a_text_someone_changed_meanwhile_keeps_both_and_undo_takes_back_only_your_own(demo_store: Store) -> None:
    first = aktion(demo_store)
    demo_store.apply(SetMassnahme(first, "verantwortlich", "Klimaschutzmanagerin", seen=0))  # someone else
    undo = demo_store.apply(SetMassnahme(first, "verantwortlich", "Bauamt", seen=0))  # you saw it empty
    assert demo_store.load().workshops[0].plan[0].massnahme.verantwortlich == "Klimaschutzmanagerin / Bauamt"
    assert "Beide Fassungen" in demo_store.last_notices[0]
    demo_store.apply(SetMassnahme(first, "verantwortlich", "Bauamt", seen=2))  # then changed once more
    with pytest.raises(ConflictError):
        demo_store.apply(undo)  # would take back another change than yours


def test_a_number_changed_meanwhile_is_replaced_and_the_person_told(demo_store: Store) -> None:
    first = aktion(demo_store)
    demo_store.apply(SetMassnahme(first, "thg", 10.0, seen=0))
    demo_store.apply(SetMassnahme(first, "thg", 20.5, seen=0))
    assert demo_store.load().workshops[0].plan[0].massnahme.thg == 20.5
    assert "„10“" in demo_store.last_notices[0]


def test_sheet_changes_do_not_collide_with_an_edit_of_the_aufgabe(demo_store: Store) -> None:
    aufgabe = demo_store.load().workshops[0].plan[0]
    demo_store.apply(SetMassnahme(aufgabe.id, "status", "geplant", seen=0))
    demo_store.apply(EditAufgabe(aufgabe.id, "Neuer Text", seen=aufgabe.version))
    assert demo_store.load().workshops[0].plan[0].text == "Neuer Text"
    assert not demo_store.last_notices


def test_the_sheet_goes_to_the_papierkorb_and_back_with_its_aufgabe(demo_store: Store) -> None:
    first = aktion(demo_store)
    demo_store.apply(SetMassnahme(first, "finanzierung", "Kommunalrichtlinie", seen=0))
    demo_store.apply(DeleteAufgabe(first))
    demo_store.apply(RestoreFromTrash(demo_store.load().trash[0].id))
    assert demo_store.load().find_aufgabe(first)[1].massnahme.finanzierung == "Kommunalrichtlinie"


def test_ausgangswert_on_the_event(demo_store: Store) -> None:
    undo = demo_store.apply(SetAusgangswert(1200.0, seen=0))
    assert raw(demo_store)["event"]["1"]["ausgangswert"] == 1200
    assert demo_store.load().event.ausgangswert == 1200.0
    assert demo_store.load().event.version("ausgangswert") == 1
    demo_store.apply(undo)
    assert "ausgangswert" not in raw(demo_store)["event"]["1"]
    assert demo_store.load().event.ausgangswert is None


def test_reused_rows_still_see_a_changed_sheet(demo_store: Store) -> None:
    before = demo_store.load()
    Store(demo_store.path).apply(SetMassnahme(aktion(demo_store), "dauer", "2 Jahre", seen=0))  # another process
    after = demo_store.load()
    assert after.workshops[0].plan[0].massnahme.dauer == "2 Jahre"
    assert after.workshops[0] != before.workshops[0]
    changed = after.workshops[0].plan[0].id
    pairs = zip(after.workshops[0].aufgaben, before.workshops[0].aufgaben, strict=True)
    assert all(a is b for a, b in pairs if a.id != changed)


def test_numbers_typed_the_german_way() -> None:
    assert parse_tonnes("12,5") == parse_tonnes("12.5") == 12.5
    assert parse_tonnes("1.234,5") == 1234.5
    assert parse_tonnes(" ") is None
    for bad in ("zwölf", "-3", "1e5", "12,5 t"):
        with pytest.raises(ValueError):
            parse_tonnes(bad)
    assert format_tonnes(1234.5) == "1.234,5"
    assert format_tonnes(1234.5, ".") == "1,234.5"
    assert faktor4_share(150, 1000) == pytest.approx(0.2)
    assert faktor4_share(150, None) is None


def test_a_draft_in_a_sheet_field_says_where_it_waits(demo_store: Store) -> None:
    from faktor4_tui.session.drafts import describe, place_exists

    document = demo_store.load()
    aktion = document.workshops[0].plan[1]
    place = ("massnahme", aktion.id, "kosten")
    assert describe(place, document) == "Maßnahmenblatt Aktion 2 („Kommunen“) · Kosten"
    assert place_exists(place, document)
    assert describe(("event", "ausgangswert"), document) == "Veranstaltung · Ausgangswert (t CO₂e/Jahr)"
    assert describe(("massnahme", aktion.id, "farbe"), document) is None
