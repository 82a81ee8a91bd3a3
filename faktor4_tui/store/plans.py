"""Plan proposals: the Aktionsplan as the top Aufgaben by dot votes, as one undoable step."""

from __future__ import annotations

from faktor4_tui.model import Workshop
from faktor4_tui.store.ops import Batch, Op, SetAktion


def propose_plan(workshop: Workshop, size: int = 4) -> Batch:
    """One batch that makes the top ``size`` Aufgaben by votes the plan (ties: list order)."""
    ranked = sorted(
        (a for a in workshop.aufgaben if a.votes > 0),
        key=lambda a: (-a.votes, workshop.index_of(a.id) or 0),
    )[:size]
    chosen = {a.id for a in ranked}
    changes: list[Op] = [SetAktion(a.id, None) for a in workshop.plan if a.id not in chosen]
    changes += [SetAktion(a.id, number) for number, a in enumerate(ranked, start=1)]
    return Batch(tuple(changes))
