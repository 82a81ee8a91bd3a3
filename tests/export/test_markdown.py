"""Markdown export: reads like the seed, valid CommonMark that shows user text literally."""

from __future__ import annotations

import html
import re

from markdown_it import MarkdownIt

from faktor4_tui.demo import demo_data
from faktor4_tui.export.markdown import render_markdown
from faktor4_tui.export.mdsyntax import escape, unescape
from faktor4_tui.i18n import question, t
from faktor4_tui.model import SECTIONS
from faktor4_tui.store.build import to_document
from tests.export import gen
from tests.export.helpers import seed_items

DEMO = to_document(demo_data())


def bullets(markdown: str) -> list[str]:
    return [unescape(line[2:]) for line in markdown.splitlines() if line.startswith("- ")]


def rendered_list_items(markdown: str) -> list[str]:
    """What a CommonMark renderer shows for each list item (HTML tags would remain visible)."""
    out = MarkdownIt("commonmark").render(markdown)
    return [html.unescape(item) for item in re.findall(r"<li>(.*?)</li>", out, flags=re.S)]


def test_demo_bullets_are_the_seed_texts_in_order() -> None:
    markdown = render_markdown(DEMO)
    first_goal_line = "Diskussion und Planung möglicher Aktionen zur Emissionsminderung durch"
    assert bullets(markdown) == [first_goal_line, *seed_items()]


def test_demo_renders_the_same_texts_in_commonmark() -> None:
    markdown = render_markdown(DEMO)
    assert rendered_list_items(markdown) == bullets(markdown)


def test_demo_title_block_questions_and_labels() -> None:
    markdown = render_markdown(DEMO)
    lines = markdown.splitlines()
    assert lines[0] == "# Workshop Aktionsplan Faktor 4"
    assert "**Herbstforum 2021**" in lines
    assert "Donnerstag, 30.09.21 bis Samstag, 02.10.21" in lines
    assert "## Ziel des Workshops" in lines and "## Ablauf der Workshops" in lines
    assert "## Workshop: Kommunen" in lines
    assert "### Aktion 2 · Aufgabe 8: Transparenz und Teilhabe in der gesamten Transformation" in lines
    # Each Aktion asks the six questions, in template order.
    questions = [line[5:] for line in lines if line.startswith("#### ")]
    assert questions == [question(s) for s in SECTIONS] * 2
    # Lösung counts through the workshop: Aktion 2 starts at Lösung 8.
    aktion2 = markdown.split("### Aktion 2")[1]
    assert re.findall(r"^- (Lösung \d+):", aktion2, flags=re.M) == ["Lösung 8", "Lösung 9", "Lösung 10", "Lösung 11"]
    assert "- Es ist sehr hilfreich, zwei, drei Zugpferde" in markdown  # the note: a plain bullet
    # Empty sections say so: Aktion 1 has no Unterstützer/Sponsoren, Aktion 2 only Lösungen and Akteure.
    assert markdown.count(f"*{t('empty')}*") == 2 + 4
    assert "| Aktion | Aufgabe | Start | Akteure | Sponsoren |" in lines


def test_tricky_text_is_literal_in_commonmark() -> None:
    for text in gen.TRICKY:
        items = rendered_list_items(f"- {escape(text)}\n")
        assert items == [text], text


def test_generated_documents_render_every_text_literally() -> None:
    for seed in range(20):
        markdown = render_markdown(gen.document(seed))
        assert rendered_list_items(markdown) == bullets(markdown)
        assert "<h" not in "".join(rendered_list_items(markdown))


def test_aufgaben_outside_the_plan_are_kept_under_their_own_heading() -> None:
    document = gen.document(3)
    workshop = next(
        w for w in document.workshops if w.plan and any(a.aktion is None and a.has_entries for a in w.aufgaben)
    )
    markdown = render_markdown(document, workshop.id)
    assert f"### {escape(t('export.more_aufgaben'))}" in markdown
    for aufgabe in workshop.aufgaben:
        for section in SECTIONS:
            for entry in aufgabe.entries(section):
                assert escape(entry.text) in markdown


def test_votes_are_shown_with_the_aufgabe() -> None:
    document = gen.document(0)
    voted = [a for w in document.workshops for a in w.aufgaben if a.votes]
    assert voted
    markdown = render_markdown(document)
    for aufgabe in voted:
        assert f"({t('export.votes', n=aufgabe.votes)}): {escape(aufgabe.text)}" in markdown
