"""SVG snapshots of the demo deck at 80×24 (no clock on screen, so they are stable)."""

from __future__ import annotations

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.ui.present_app import PresentApp

SIZE = (80, 24)


def go_to(kind: str, heading: str = ""):
    """A run_before that types the number of the first slide of ``kind`` (and heading prefix)."""

    async def run_before(pilot) -> None:
        await pilot.pause()
        slides = pilot.app.screen.cursor.slides
        number = next(i for i, s in enumerate(slides, 1) if s.kind == kind and s.heading.startswith(heading))
        await pilot.press(*str(number), "enter")

    return run_before


def test_title_slide(demo_store: Store, snap_compare) -> None:
    assert snap_compare(PresentApp(Session(demo_store)), terminal_size=SIZE)


def test_problem_list(demo_store: Store, snap_compare) -> None:
    assert snap_compare(PresentApp(Session(demo_store)), terminal_size=SIZE, run_before=go_to("problems"))


def test_highlighted_problem_list(demo_store: Store, snap_compare) -> None:
    app = PresentApp(Session(demo_store))
    assert snap_compare(app, terminal_size=SIZE, run_before=go_to("aktion-problems", "Aktion 2"), press=["n"])


def test_loesungen_of_aktion_2(demo_store: Store, snap_compare) -> None:
    assert snap_compare(PresentApp(Session(demo_store)), terminal_size=SIZE, run_before=go_to("loesungen", "Aktion 2"))


def test_aktionsplan_summary(demo_store: Store, snap_compare) -> None:
    assert snap_compare(PresentApp(Session(demo_store)), terminal_size=SIZE, run_before=go_to("plan"))
