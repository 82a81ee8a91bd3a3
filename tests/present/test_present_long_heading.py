"""An Aufgabe of 5,000 characters at 80×24: its heading is shortened, its whole text shown, nothing cropped."""

from __future__ import annotations

from helpers import body_text, screen
from test_present_fit import assert_every_slide_fits

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.ops import EditAufgabe
from faktor4_tui.store.ops.base import MAX_TEXT
from faktor4_tui.ui.present_app import PresentApp


async def test_every_character_of_a_5000_character_aufgabe_is_on_a_slide(demo_store: Store) -> None:
    words = " ".join(f"Teil{n:04d}" for n in range(MAX_TEXT))
    text = words[:MAX_TEXT].rstrip()
    aufgabe = demo_store.load().workshops[0].aufgaben[0]  # Aktion 1
    demo_store.apply(EditAufgabe(id=aufgabe.id, text=text))
    app = PresentApp(Session(demo_store))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        total = await assert_every_slide_fits(app, pilot)  # every rendered row inside the body
        present = screen(app)
        heading_parts = []
        for index in range(total):
            present.go(index)
            await pilot.pause()
            slide = present.cursor.current
            if slide.kind == "aktion-problems" and slide.key.aufgabe_id == aufgabe.id:
                heading_parts += [
                    line.text for block in slide.blocks if block.section == "heading" for line in block.lines
                ]
                for line in (line for block in slide.blocks if block.section == "heading" for line in block.lines):
                    assert line.text.replace("\n", " ") in body_text(app).replace("\n", "")
            if slide.kind == "loesungen" and slide.key.aufgabe_id == aufgabe.id:
                assert slide.heading.endswith("…") and body_text(app).startswith("Aktion 1 · Aufgabe 1: Teil0000")
        assert "".join(heading_parts) == f"Aktion 1 · Aufgabe 1: {text}"
