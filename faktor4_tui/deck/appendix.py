"""The Aufgaben the Aktion slides leave out: outside the Aktionsplan, yet with entries.

The deck shows the Aktionen (or, with an empty plan, every Aufgabe with entries). So that
nothing typed is left out of the presentation or any export, ``build_deck`` gives each of
these Aufgaben the same Aktion-style slides after its room's Aktionsplan, numbered exactly
as in the workshop (marked ``extra["appendix"]``).
"""

from __future__ import annotations

from faktor4_tui.model import Aufgabe, Workshop


def extra_aufgaben(workshop: Workshop) -> tuple[Aufgabe, ...]:
    """Aufgaben with entries that the Aktion slides do not show (outside a non-empty plan)."""
    if not workshop.plan:
        return ()
    return tuple(a for a in workshop.aufgaben if a.aktion is None and a.has_entries)
