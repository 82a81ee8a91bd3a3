"""SVG snapshots at 80×24 on the demo data (no clock: the header says "alles gespeichert" until a save)."""

from __future__ import annotations

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.ui.app import Faktor4App

SNAPSHOT_SIZE = (80, 24)


def test_problem_list_snapshot(snap_compare, demo_store: Store) -> None:
    assert snap_compare(Faktor4App(Session(demo_store)), terminal_size=SNAPSHOT_SIZE)


def test_aufgabe_screen_snapshot(snap_compare, demo_store: Store) -> None:
    assert snap_compare(Faktor4App(Session(demo_store)), terminal_size=SNAPSHOT_SIZE, press=["enter", "2"])


def test_second_aktion_snapshot(snap_compare, demo_store: Store) -> None:
    assert snap_compare(Faktor4App(Session(demo_store)), terminal_size=SNAPSHOT_SIZE, press=["G", "enter"])
