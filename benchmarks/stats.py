"""Small statistics helpers (median, p95) for benchmark samples."""

from __future__ import annotations

import statistics
from collections.abc import Sequence


def median(samples: Sequence[float]) -> float:
    """The median of the samples (nan when empty)."""
    return statistics.median(samples) if samples else float("nan")


def p95(samples: Sequence[float]) -> float:
    """The 95th percentile (nearest rank; nan when empty)."""
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, -(-95 * len(ordered) // 100) - 1))
    return ordered[rank]


def paired_ratio(mine: Sequence[float], theirs: Sequence[float]) -> float:
    """The median of mine[i] / theirs[i]: pairs measured back to back share the machine's load."""
    # A program that exits early leaves its list shorter: pair what was measured back to back.
    ratios = [a / b for a, b in zip(mine, theirs, strict=False) if b]
    return median(ratios) if ratios else float("nan")
