"""HTML export: one self-contained page of the deck; every text escaped and shown literally."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from faktor4_tui.deck.text import counter
from faktor4_tui.demo import EVENT, demo_data
from faktor4_tui.export.handout import handout_slides
from faktor4_tui.export.htmldoc import render_html
from faktor4_tui.model import SECTIONS, Aufgabe, Document, Entry, Event, Workshop
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddEntry
from tests.export import gen
from tests.export.helpers import run, seed_texts, write_document

# The page's own markup: anything else would be user text turned into a tag.
OWN_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "section", "header", "span", "h1", "h2", "h3",
    "p", "div", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "nav", "a",
}  # fmt: skip


class Page(HTMLParser):
    """Tags, attributes and the visible text of a page (script and style content aside)."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self._in_style = False
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if not self._in_style:
            self.text.append(data)

    def visible(self) -> str:
        return re.sub(r"\s+", " ", "".join(self.text))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def assert_self_contained(source: str) -> None:
    """No request to any host: no scripts, links, images, imports or url()s; only in-page anchors."""
    page = Page(source)
    assert set(page.tags) <= OWN_TAGS
    for name, value in page.attrs:
        assert name not in {"src", "srcset", "action", "formaction", "background", "poster"}
        if name == "href":
            assert value is not None and value.startswith("#")
    style = source.split("<style>", 1)[1].split("</style>", 1)[0]
    assert "url(" not in style and "@import" not in style and "http" not in style


def test_demo_page_holds_every_seed_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "demo.json"
    store = Store.create(source, demo_data())
    out = tmp_path / "demo.html"
    assert run(capsys, "export", str(source), "--format", "html", "-o", str(out)) == (0, "", "")
    page_source = out.read_text(encoding="utf-8")
    assert page_source.startswith("<!DOCTYPE html>")
    assert '<html lang="de">' in page_source and '<meta charset="utf-8">' in page_source
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page_source
    assert "<title>Workshop Aktionsplan Faktor 4 · Herbstforum 2021</title>" in page_source
    assert "http://" not in page_source and "https://" not in page_source
    assert_self_contained(page_source)
    text = Page(page_source).visible()
    missing = [item for item in seed_texts() if squeeze(item) not in text]
    assert missing == []
    assert EVENT.dates in text
    # The deck's slides, in order, each with its counter.
    slides = handout_slides(store.load())
    assert page_source.count('<section class="slide ') == len(slides) == 13
    for number in range(1, len(slides) + 1):
        assert f">{counter(number, len(slides))}</p>" in page_source
    # Responsive and printable: the font follows the window; a slide per printed page.
    assert "clamp(" in page_source and "vw" in page_source
    assert "@media print" in page_source and "break-after: page" in page_source


def test_stdout_without_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "demo.json"
    Store.create(source, demo_data())
    code, out, err = run(capsys, "export", str(source), "--format", "html")
    assert code == 0 and err == "" and out.startswith("<!DOCTYPE html>") and out.endswith("</html>\n")


def test_hostile_text_is_shown_literally(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "h.json", demo_data())
    aufgabe = store.load().workshops[0].aufgaben[0].id
    hostile = [
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "[bold]fett[/bold] [@click=app.quit]x[/]",
        "&amp; &lt;b&gt; &#169; <!-- kein Kommentar -->",
        "<style>body{display:none}</style> http://example.org/bild.png",
    ]
    for text in hostile:
        store.apply(AddEntry(aufgabe=aufgabe, section="sponsoren", text=text))
    page_source = render_html(store.load())
    assert "<script" not in page_source and "<img" not in page_source and "<!--" not in page_source
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page_source
    assert_self_contained(page_source)
    text = Page(page_source).visible()
    for item in hostile:
        assert item in text


def test_control_characters_never_reach_the_page() -> None:
    """A Document built in code (not through the store's sanitizing) still gives valid HTML."""
    odd = "a\x1b[31mb\x07c\x00d\x0be\ufffe"
    workshop = Workshop(1, "W\x1b", (Aufgabe(2, odd, aktion=1, sections={"loesungen": (Entry(3, odd),)}),))
    page_source = render_html(Document(event=Event(title=odd), workshops=(workshop,)))
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe]", page_source)
    assert "a[31mbcde" in page_source


def test_generated_files_every_text_literal() -> None:
    for seed in (1, 2, 3):
        document = gen.document(seed, entries=6)
        page_source = render_html(document)
        assert_self_contained(page_source)
        text = Page(page_source).visible()
        for workshop in document.workshops:
            assert squeeze(workshop.name) in text
            for aufgabe in workshop.aufgaben:
                assert squeeze(aufgabe.text) in text
                for section in SECTIONS:
                    for entry in aufgabe.entries(section):
                        assert squeeze(entry.text) in text
        assert html.unescape(page_source).count("</section>") == len(handout_slides(document))


def test_2000_entries_and_one_workshop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_document(tmp_path / "big.json", gen.big_document(2_000))
    out = tmp_path / "big.html"
    assert run(capsys, "export", str(source), "--format", "html", "-o", str(out))[0] == 0
    text = Page(out.read_text(encoding="utf-8")).visible()
    document = Store(source).load()
    entries = [e for w in document.workshops for a in w.aufgaben for s in SECTIONS for e in a.entries(s)]
    assert len(entries) >= 2_000
    assert all(squeeze(e.text) in text for e in entries)
    one = document.workshops[2]
    code, page_source, _ = run(capsys, "export", str(source), "--format", "html", "--workshop", one.name)
    assert code == 0 and "Workshop: Workshop 2" in page_source and "Workshop: Workshop 1" not in page_source
    assert f"<title>Groß · Forum · Workshop: {one.name}</title>" in page_source
