"""The benchmark table and its one-line summary of which targets hold."""

from __future__ import annotations

import math
from dataclasses import dataclass, field


@dataclass
class Row:
    """One line of the table; ``holds`` is None when the row has no target or could not run."""

    measure: str
    size: str
    value: str
    baseline: str = ""
    ratio: str = ""
    target: str = ""
    holds: bool | None = None
    note: str = ""
    name: str = ""  # the target's short name in the summary
    compared: str = ""  # the figure held against the target (default: the ratio, else the value)


@dataclass
class Report:
    """Rows in measurement order."""

    rows: list[Row] = field(default_factory=list)

    def add(self, row: Row) -> Row:
        """Append a row and print it at once (a long run shows progress)."""
        self.rows.append(row)
        print(format_row(row), flush=True)
        return row

    def summary(self) -> str:
        """ONE line: how many targets hold, which fail, which could not be measured."""
        targets = [row for row in self.rows if row.target]
        held = [row.name for row in targets if row.holds]
        failed = [
            f"{row.name} ({row.compared or row.ratio or row.value} vs {row.target})"
            for row in targets
            if row.holds is False
        ]
        missing = [
            f"{row.name} ({(row.note or 'n/a').removeprefix('n/a: ')[:70]})" for row in targets if row.holds is None
        ]
        parts = [f"SUMMARY: {len(held)} of {len(targets)} targets hold"]
        if held:
            parts.append("hold: " + ", ".join(held))
        if failed:
            parts.append("FAIL: " + ", ".join(failed))
        if missing:
            parts.append("n/a: " + ", ".join(missing))
        return "; ".join(parts)


COLUMNS = (("measure", 34), ("size", 8), ("faktor4", 22), ("baseline", 18), ("ratio", 7), ("target", 12), ("holds", 6))


def header() -> str:
    """The column titles."""
    return "  ".join(title.ljust(width) for title, width in COLUMNS) + "  note"


def format_row(row: Row) -> str:
    """One aligned table line."""
    holds = {True: "yes", False: "NO", None: "-" if not row.target else "n/a"}[row.holds]
    cells = (row.measure, row.size, row.value, row.baseline, row.ratio, row.target, holds)
    return "  ".join(str(cell).ljust(width) for cell, (_, width) in zip(cells, COLUMNS, strict=True)) + "  " + row.note


def ms(seconds: float) -> str:
    """Seconds as a short millisecond figure."""
    if math.isnan(seconds):
        return "n/a"
    return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


def times(ratio: float) -> str:
    """A ratio like 1.23x."""
    return "n/a" if math.isnan(ratio) else f"{ratio:.2f}x"
