"""An Aktion's Maßnahmenblatt: the fields a town's Klimaschutzkonzept asks of each Maßnahme.

All fields are optional. Texts are stored as typed (sanitized); the THG-Minderung (t CO₂e per
year) is a number ≥ 0; the status one of ``STATUSES``. The Aufgabe's six sections fill the rest of
the sheet (Lösungen as steps, Akteure, Start, Umsetzungsprobleme, Unterstützer, Sponsoren).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal, TypeGuard

MassnahmeText = Literal["verantwortlich", "beginn", "dauer", "kosten", "finanzierung", "indikator"]
MassnahmeField = Literal["verantwortlich", "beginn", "dauer", "kosten", "finanzierung", "thg", "indikator", "status"]
Status = Literal["geplant", "begonnen", "umgesetzt", "zurueckgestellt"]

TEXT_FIELDS: tuple[MassnahmeText, ...] = ("verantwortlich", "beginn", "dauer", "kosten", "finanzierung", "indikator")
FIELDS: tuple[MassnahmeField, ...] = (
    "verantwortlich",
    "beginn",
    "dauer",
    "kosten",
    "finanzierung",
    "thg",
    "indikator",
    "status",
)
"""The sheet's fields in the Maßnahmenblatt's order (as stored: the keys of an Aufgabe's ``massnahme``)."""
STATUSES: tuple[Status, ...] = ("geplant", "begonnen", "umgesetzt", "zurueckgestellt")
"""The statuses in the order a Maßnahme goes through them (stored as these ASCII keys)."""
MAX_TONNES = 1e12
"""The largest THG number a file may hold (t CO₂e per year): more than the world emits."""
FAKTOR4_SHARE = 0.75
"""Faktor 4: a quarter of the emissions are left, so the goal is to reduce them by 75 % of the baseline."""


@dataclass(frozen=True)
class Massnahme:
    """The Maßnahmenblatt fields of one Aktion ("" / None: not filled)."""

    verantwortlich: str = ""
    beginn: str = ""
    dauer: str = ""
    kosten: str = ""
    finanzierung: str = ""
    thg: float | None = None
    indikator: str = ""
    status: str = ""
    # Per field: how often it was changed. Bookkeeping, not content (two equal sheets are equal).
    versions: dict[str, int] = field(default_factory=dict, compare=False)

    @property
    def filled(self) -> bool:
        """True if any field holds something."""
        return any(getattr(self, f.name) not in ("", None) for f in fields(self) if f.name != "versions")

    def value(self, name: str) -> str | float | None:
        """The value of field ``name``."""
        value: str | float | None = getattr(self, name)
        return value

    def version(self, name: str) -> int:
        """How often field ``name`` was changed."""
        return self.versions.get(name, 0)


def massnahme_from_row(row: object) -> Massnahme:
    """The sheet stored in an Aufgabe row's ``massnahme`` object (validated), or an empty one."""
    if not isinstance(row, dict):
        return Massnahme()
    thg = row.get("thg")
    return Massnahme(
        **{name: str(row.get(name, "")) for name in TEXT_FIELDS},
        thg=float(thg) if isinstance(thg, (int, float)) and not isinstance(thg, bool) else None,
        status=str(row.get("status", "")),
        versions=dict(row.get("versions", {})),
    )


def massnahme_row(massnahme: Massnahme) -> dict[str, str | int | float]:
    """The filled fields of a sheet as a file row keeps them (no versions: for new rows); {} if none is."""
    row: dict[str, str | int | float] = {}
    for name in FIELDS:
        value = massnahme.value(name)
        if isinstance(value, str):
            if value:
                row[name] = value
        elif value is not None:
            row[name] = int(value) if float(value).is_integer() else float(value)
    return row


def fill_empty(mine: Massnahme, other: Massnahme) -> Massnahme:
    """``mine`` with its empty fields taken from ``other`` (a field ``mine`` holds stays as it is)."""
    taken: dict[str, Any] = {name: other.value(name) for name in FIELDS if mine.value(name) in ("", None)}
    return replace(mine, **taken)


def is_tonnes(value: object) -> TypeGuard[float]:
    """True for a THG number a file may hold: finite, 0 … MAX_TONNES (a JSON bool is no number)."""
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0 <= value <= MAX_TONNES
    )


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?").fullmatch
_GROUPED = {",": re.compile(r"\d{1,3}(?:\.\d{3})+").fullmatch, ".": re.compile(r"\d{1,3}(?:,\d{3})+").fullmatch}


def parse_tonnes(text: str, decimal: str = ",") -> float | None:
    """A typed THG number: "12,5" and "12.5" are 12.5, "1.234,5" is 1234.5; "" is None.

    ``decimal`` is the UI language's decimal mark: with "," (German) "48.000" is 48000 (the point
    groups thousands when only groups of three digits follow it), "12.5" still 12.5; with "."
    (English) "48,000" is 48000 and "12,5" 12.5. Raises ValueError for anything else (words, a
    negative number, more than MAX_TONNES).
    """
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace("\u202f", "")
    if not cleaned:
        return None
    if _NUMBER(cleaned) is None:
        raise ValueError(text)
    if "," in cleaned and "." in cleaned:
        mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
    elif _GROUPED[decimal if decimal in _GROUPED else ","](cleaned):
        mark = decimal  # only thousands groups: a whole number
    elif cleaned.count(",") == 1:
        mark = ","
    elif cleaned.count(".") == 1:
        mark = "."
    else:
        mark = ""
    for grouping in {",": ".", ".": ","}.get(mark, ",."):
        cleaned = cleaned.replace(grouping, "")
    value = float(cleaned.replace(",", "."))
    if not is_tonnes(value):
        raise ValueError(text)
    return value


def stored_tonnes(value: float | None) -> int | float | None:
    """A THG number as the file keeps it: a whole number as an int, else the float."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


def format_tonnes(value: float, decimal: str = ",") -> str:
    """A THG number for people: up to two decimals, no trailing zeros, ``decimal`` as separator ("12,5")."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if decimal == ",":
        text = text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    return text


def faktor4_share(total: float, baseline: float | None) -> float | None:
    """The share of the Faktor-4 reduction (75 % of the baseline) that ``total`` reaches; None without a baseline."""
    if baseline is None or baseline <= 0:
        return None
    return total / (FAKTOR4_SHARE * baseline)
