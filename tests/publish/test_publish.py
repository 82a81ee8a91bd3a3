"""faktor4 publish FILE DIR [--watch] [--workshop NAME]: the deck as static files (issue 16)."""

from __future__ import annotations

import getpass
import html
import json
import re
import threading
import time
from pathlib import Path

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.export.handout import handout_slides
from faktor4_tui.publish import Publisher, render
from faktor4_tui.publish.page import CSP, SCRIPT
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddEntry
from tests.export.helpers import run, seed_texts
from tests.export.test_html import Page, squeeze
from tests.forum_rooms import OTHERS, five_rooms
from tests.publish.helpers import spawn, state, wait_published, wait_until
from tests.reliability.helpers import faktor4


def published(folder: Path) -> tuple[str, dict]:
    return (folder / "index.html").read_text(encoding="utf-8"), state(folder)


def test_publish_writes_the_deck_and_nothing_else(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "data" / "demo.json"
    source.parent.mkdir()
    store = Store.create(source, demo_data())
    www = tmp_path / "www"
    code, out, err = run(capsys, "publish", str(source), str(www))
    assert (code, err) == (0, "")
    assert out == f"{www}: Ordner angelegt.\n{www}: index.html und deck.json geschrieben (13 Folien).\n"
    assert sorted(p.name for p in www.iterdir()) == ["deck.json", "index.html"]
    page, deck = published(www)
    # The deck's slides in its order with its numbers and wording (the HTML export's page).
    text = Page(page).visible()
    assert [item for item in seed_texts() if squeeze(item) not in text] == []
    slides = handout_slides(store.load())
    assert page.count('<section class="slide ') == len(slides) == deck["count"] == 13
    for number in range(1, 14):
        assert f">{number} / 13</p>" in page
    # No request to another host; the one script is allowed by its hash, nothing else is.
    assert not re.search(r"https?:|//[a-z]", page.replace("http-equiv", ""))
    assert "default-src 'none'" in CSP and "connect-src 'self'" in CSP
    assert page.count("<script") == 1 and f"<script>{SCRIPT}</script>" in page
    for name, value in Page(page).attrs:
        assert name not in {"src", "srcset", "action", "formaction"}
        assert name != "href" or (value or "").startswith("#")
    # deck.json: the revision, the page, per slide an id (as on the page) and a hash; no presenter.
    assert deck["revision"] == store.revision and deck["presenter"] is None
    ids = [slide["id"] for slide in deck["slides"]]
    assert re.findall(r'data-key="([^"]+)"', page) == ids and len(set(ids)) == 13
    assert f'<main data-page="{deck["page"]}">' in page
    # Nothing but the deck: no path, no user name.
    for leak in (str(tmp_path), "demo.json", "/data/"):
        assert leak not in page and leak not in json.dumps(deck)
    user = getpass.getuser()
    if len(user) > 3 and user not in json.dumps(demo_data(), ensure_ascii=False):
        assert user not in text and user not in json.dumps(deck)
    # Publishing again leaves a faktor4 page in place and says nothing of a folder created.
    code, out, _ = run(capsys, "publish", str(source), str(www))
    assert code == 0 and "angelegt" not in out


def test_refusals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "demo.json"
    Store.create(source, demo_data())
    # The data file's folder: a web server serving it would hand out the file.
    code, _, err = run(capsys, "publish", str(source), str(tmp_path))
    assert code == 2 and "Datendatei demo.json" in err
    # A hard link to the data file in DIR counts as well.
    linked = tmp_path / "linked"
    linked.mkdir()
    (linked / "copy.json").hardlink_to(source)
    assert run(capsys, "publish", str(source), str(linked))[0] == 2
    # Not a folder; a folder whose parent is missing.
    code, _, err = run(capsys, "publish", str(source), str(source))
    assert code == 2 and "kein Ordner" in err
    code, _, err = run(capsys, "publish", str(source), str(tmp_path / "a" / "b"))
    assert code == 2 and "existiert nicht" in err
    # Someone else's index.html is never replaced without --force.
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<h1>Unsere Website</h1>")
    code, _, err = run(capsys, "publish", str(source), str(site))
    assert code == 2 and "stammt nicht von faktor4" in err
    assert (site / "index.html").read_text() == "<h1>Unsere Website</h1>"
    assert run(capsys, "publish", str(source), str(site), "--force")[0] == 0
    # A symbolic link at index.html is never written through.
    other = tmp_path / "other.html"
    other.write_text("bleibt")
    trap = tmp_path / "trap"
    trap.mkdir()
    (trap / "index.html").symlink_to(other)
    code, _, err = run(capsys, "publish", str(source), str(trap), "--force")
    assert code == 2 and other.read_text() == "bleibt"
    # An unknown workshop is refused naming those there are.
    code, _, err = run(capsys, "publish", str(source), str(tmp_path / "w"), "--workshop", "Mond")
    assert code == 2 and "Kommunen" in err and not (tmp_path / "w").exists()


def test_workshop_publishes_one_room(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "forum.json"
    five_rooms(source)
    www = tmp_path / "www"
    assert run(capsys, "publish", str(source), str(www), "--workshop", "Industrie")[0] == 0
    page, deck = published(www)
    text = Page(page).visible()
    assert all(aufgabe in text for aufgabe in OTHERS["Industrie"][0])
    for room, (aufgaben, _) in OTHERS.items():
        if room != "Industrie":
            assert not any(aufgabe in text for aufgabe in aufgaben), room
    assert "Verwaltungsintern Klimaschutz" not in text  # Kommunen's
    assert deck["count"] == page.count('<section class="slide ')


def test_hostile_texts_are_escaped(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "h.json", demo_data())
    aufgabe = store.load().workshops[0].aufgaben[0].id
    hostile = [
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "</main><script src=https://evil.example/x.js></script>",
        "{n} {total} ' \" ` ${x} \\u0000",
        '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    ]
    for text in hostile:
        store.apply(AddEntry(aufgabe=aufgabe, section="sponsoren", text=text))
    www = tmp_path / "www"
    www.mkdir()
    publisher = Publisher(store, www)
    assert publisher.step()
    page, deck = published(www)
    assert page.count("<script") == 1 and "<img" not in page and page.count("<main") == 1
    assert page.count("<meta http-equiv") == 1  # the page's own policy only
    text = Page(page).visible()
    for item in hostile:
        assert item in text
    assert "evil.example" not in json.dumps(deck)


def test_step_writes_only_what_changed(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "d.json", demo_data())
    www = tmp_path / "www"
    www.mkdir()
    publisher = Publisher(Store(store.path), www)
    assert publisher.step()
    first = state(www)
    page_inode = (www / "index.html").stat().st_ino
    assert not publisher.step()  # nothing changed: nothing written
    aufgabe = store.load().workshops[0].aufgaben[0].id
    store.apply(AddEntry(aufgabe=aufgabe, section="umsetzungsprobleme", text="Ein neues Problem"))
    assert publisher.step()
    second = state(www)
    assert "Ein neues Problem" in (www / "index.html").read_text(encoding="utf-8")
    assert (www / "index.html").stat().st_ino != page_inode  # replaced, not rewritten in place
    assert second["revision"] > first["revision"] and second["page"] != first["page"]
    changed = [new["id"] for old, new in zip(first["slides"], second["slides"], strict=True) if old != new]
    assert changed == ["start-w2-a3"]  # the slide that says it, not every slide after it


def test_render_is_the_html_export(tmp_path: Path) -> None:
    """Same slides, numbers and wording as the HTML export: only the live parts are added."""
    from faktor4_tui.export.htmldoc import render_html

    document = demo_data_document(tmp_path)
    live = render(document, None, 0).html
    plain = render_html(document)
    strip = re.sub(r' data-(key|hash|page)="[^"]*"', "", live)
    strip = re.sub(r"<meta http-equiv[^>]*>\n<style>[^<]*</style>\n", "", strip)
    strip = re.sub(r'<div id="f4-live".*</script>\n', "", strip, flags=re.S)
    assert strip == plain


def demo_data_document(tmp_path: Path):
    return Store.create(tmp_path / "x.json", demo_data()).load()


def test_watch_rewrites_after_add_within_2_s(tmp_path: Path) -> None:
    source = tmp_path / "demo.json"
    assert faktor4("init", str(source), "--demo").returncode == 0
    www = tmp_path / "www"
    watcher = spawn("publish", str(source), str(www), "--watch")
    try:
        wait_published(watcher, www)
        before = state(www)["revision"]
        for n in range(3):
            text = f"Neue Aufgabe aus der Shell {n}"
            done = faktor4("add", str(source), "--workshop", "Kommunen", text)
            assert done.returncode == 0, done.stderr
            saved = time.monotonic()
            # deck.json announces the revision once the page saying it is in place (the page is written first).
            seconds = wait_until(lambda n=n: state(www)["revision"] == before + n + 1, 5, "the new revision")
            assert time.monotonic() - saved < 2 and seconds < 2
            assert text in (www / "index.html").read_text(encoding="utf-8")
        assert sorted(p.name for p in www.iterdir()) == ["deck.json", "index.html"]  # no temp file left
    finally:
        watcher.terminate()
        out, _ = watcher.communicate(timeout=10)
    assert "Revision" in out


def test_readers_never_see_half_a_file(tmp_path: Path) -> None:
    """A reader polling in a loop while the watcher rewrites after every `faktor4 add` sees whole files only."""
    source = tmp_path / "demo.json"
    assert faktor4("init", str(source), "--demo").returncode == 0
    www = tmp_path / "www"
    watcher = spawn("publish", str(source), str(www), "--watch")
    seen: dict[str, set[str]] = {"pages": set(), "bad": set()}
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            page = (www / "index.html").read_bytes()
            raw = (www / "deck.json").read_bytes()
            if not page.startswith(b"<!DOCTYPE html>") or not page.endswith(b"</html>\n"):
                seen["bad"].add("index.html")
            try:
                json.loads(raw)
            except ValueError:
                seen["bad"].add("deck.json")
            seen["pages"].add(page.decode("utf-8"))

    try:
        wait_published(watcher, www)
        reader = threading.Thread(target=read)
        reader.start()
        for n in range(6):
            assert faktor4("add", str(source), "--workshop", "Kommunen", f"Zeile {n} " + "x" * 3000).returncode == 0
        wait_until(lambda: "Zeile 5" in (www / "index.html").read_text(encoding="utf-8"), 5, "the last line")
        stop.set()
        reader.join()
    finally:
        stop.set()
        watcher.terminate()
        watcher.communicate(timeout=10)
    assert seen["bad"] == set()
    assert len(seen["pages"]) >= 3  # the reader did see the files change


def test_watch_keeps_the_deck_while_the_file_is_broken(tmp_path: Path) -> None:
    source = tmp_path / "demo.json"
    store = Store.create(source, demo_data())
    www = tmp_path / "www"
    www.mkdir()
    told: list[str] = []
    publisher = Publisher(Store(source), www, report=told.append)
    assert publisher.step()
    page = (www / "index.html").read_bytes()
    good = source.read_bytes()
    source.write_bytes(b"{ kaputt")
    assert not publisher.step() and not publisher.step()
    assert len(told) == 1 and "demo.json" in told[0] and (www / "index.html").read_bytes() == page
    source.write_bytes(good)
    aufgabe = store.load().workshops[0].aufgaben[0].id
    store.apply(AddEntry(aufgabe=aufgabe, section="loesungen", text="Wieder da"))
    assert publisher.step() and publisher.error == ""
    assert "Wieder da" in (www / "index.html").read_text(encoding="utf-8")


def test_english_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "demo.json"
    Store.create(source, demo_data())
    assert run(capsys, "--lang", "en", "publish", str(source), str(tmp_path / "www"))[0] == 0
    page = (tmp_path / "www" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in page and html.escape("Follow the presentation") in page


def test_a_rewrite_within_the_second_gets_a_later_time(tmp_path: Path) -> None:
    """Web servers validate by whole seconds (nginx's ETag: seconds and size): each write must differ there."""
    store = Store.create(tmp_path / "d.json", demo_data())
    www = tmp_path / "www"
    www.mkdir()
    publisher = Publisher(Store(store.path), www)
    publisher.step()
    seconds = [(www / "deck.json").stat().st_mtime_ns // 10**9]
    pages = [(www / "index.html").stat().st_mtime_ns // 10**9]
    aufgabe = store.load().workshops[0].aufgaben[0].id
    for n in range(3):
        store.apply(AddEntry(aufgabe=aufgabe, section="akteure", text=f"Akteur {n}"))
        assert publisher.step()
        seconds.append((www / "deck.json").stat().st_mtime_ns // 10**9)
        pages.append((www / "index.html").stat().st_mtime_ns // 10**9)
    assert seconds == sorted(set(seconds)) and pages == sorted(set(pages))
