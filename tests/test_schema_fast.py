"""validate()'s fast path for plain rows accepts and changes exactly what the field-by-field check does."""

from __future__ import annotations

import copy
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from faktor4_tui.demo import demo_data
from faktor4_tui.model import sanitize
from faktor4_tui.store import InvalidFileError, schema

TEXT = st.text(
    alphabet=st.sampled_from(["a", "ä", " ", "\t", "\n", "\x1b", "\x85", "\u202e", "\u2028", "字", "[", "/"]),
    max_size=20,
)
LINK = {"file": "a1", "row": 3, "sum": "0123456789abcdef", "here": "0123456789abcdef"}
SHEETS = [
    {"thg": 12.5, "status": "geplant", "verantwortlich": "Stadtwerke", "versions": {"thg": 2}},
    {"thg": -1},
    {"status": "fertig"},
    {"kosten": " 5.000 € "},
    {"indikator": "a\x1bb"},
    {"versions": {"farbe": 1}},
    {"thg": True},
]
ODD = st.sampled_from(
    [
        *(None, True, False, 1, "x", 2.0, -1, 0, [1], LINK),
        *({**LINK, "aktion": True}, {**LINK, "row": 0}, {**LINK, "sum": 1}),
        *SHEETS,
    ]
)


def check(data: dict) -> object:
    """The validated table (a copy), or the error sentence."""
    try:
        return schema.validate(copy.deepcopy(data), Path("x.json"))
    except InvalidFileError as error:
        return str(error)


@settings(max_examples=300, deadline=None)
@given(
    text=TEXT,
    table=st.sampled_from(["entries", "aufgaben"]),
    field=st.sampled_from(
        ["note", "votes", "aktion", "origin", "merged", "pos", "section", "aufgabe", "workshop", "massnahme"]
    ),
    odd=ODD,
)
def test_fast_path_agrees_with_the_full_check(text: str, table: str, field: str, odd: object) -> None:
    data = demo_data()
    row = next(iter(data[table].values()))
    row["text"] = text
    if odd is not None:
        row[field] = odd
    fast = check(data)
    plain, schema._PLAIN = schema._PLAIN, {}  # field by field only
    try:
        full = check(data)
    finally:
        schema._PLAIN = plain
    assert fast == full
    if isinstance(fast, dict):
        assert next(iter(fast[table].values()))["text"] == sanitize(text)


def test_a_merged_origin_is_accepted_and_crafted_ones_refused() -> None:
    data = demo_data()
    next(iter(data["aufgaben"].values()))["merged"] = {**LINK, "aktion": False}
    next(iter(data["entries"].values()))["merged"] = dict(LINK)
    assert isinstance(check(data), dict)
    for bad in ({**LINK, "sum": "ABCDEF0123456789"}, {**LINK, "file": ""}, {**LINK, "aktion": 1}, {"file": "a1"}):
        next(iter(data["entries"].values()))["merged"] = bad
        assert "Zusammenführungs-Herkunft" in str(check(data))


def test_a_massnahmenblatt_is_checked_and_its_texts_sanitized() -> None:
    data = demo_data()
    sheet = {"thg": 12.5, "status": "zurueckgestellt", "kosten": " 5.000 €\x1b[31m ", "versions": {"kosten": 1}}
    next(iter(data["aufgaben"].values()))["massnahme"] = sheet
    data["event"]["1"]["ausgangswert"] = 1000
    checked = check(data)
    assert isinstance(checked, dict)
    assert next(iter(checked["aufgaben"].values()))["massnahme"]["kosten"] == sanitize(" 5.000 €\x1b[31m ")
    for bad in ({"thg": "12"}, {"status": "fertig"}, {"thg": float("nan")}, {"extra": 1}, {"dauer": ["1 Jahr"]}):
        next(iter(data["aufgaben"].values()))["massnahme"] = bad
        assert "Maßnahmenblatt" in str(check(data))
