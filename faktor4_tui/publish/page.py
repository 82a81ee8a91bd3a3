"""The published deck: the HTML export made live (slide ids and hashes, a small script) and its state.

The page is the self-contained HTML export (export/htmldoc.py: same slides, numbers and wording
as the deck) with, for the script, a ``data-key`` (stable, from the slide's SlideKey) and a
``data-hash`` (its content) on every slide and a ``data-page`` on the main element. The script
(live.js, allowed by its hash in the page's Content-Security-Policy; no other script, style or
host is) polls deck.json and swaps the slides in place. Without JavaScript the page is the plain,
complete, printable export.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from faktor4_tui.deck import Slide, SlideKey, locate
from faktor4_tui.export.handout import handout_slides
from faktor4_tui.export.htmldoc import STYLE, html_page, slide_html
from faktor4_tui.i18n import language, t
from faktor4_tui.model import Document

FORMAT = 1
SCRIPT = files("faktor4_tui.publish").joinpath("live.js").read_text(encoding="utf-8")
LIVE_STYLE = """
.f4-live { position: fixed; right: 0.5rem; bottom: 0.5rem; z-index: 1; display: flex; gap: 0.8rem;
  align-items: center; font-size: 0.7rem; background: #fff; border: 1px solid var(--rule);
  border-radius: 0.4rem; padding: 0.2rem 0.6rem; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.15); }
.f4-live[hidden], .f4-live [hidden] { display: none; }
.f4-live.f4-offline { border-color: #a02020; }
.f4-presenter { box-shadow: inset 0.3rem 0 0 var(--accent); padding-left: 0.8rem; }
.f4-changed { animation: f4-changed 3s ease-out; }
@keyframes f4-changed { from { background: var(--fill); } to { background: transparent; } }
@media print { .f4-live { display: none; } .f4-presenter { box-shadow: none; padding-left: 0; } }
"""


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


CSP = (
    "default-src 'none'; connect-src 'self'; "
    f"script-src {_csp_hash(SCRIPT)}; style-src {_csp_hash(STYLE)} {_csp_hash(LIVE_STYLE)}; "
    "img-src 'none'; base-uri 'none'; form-action 'none'"
)


def slide_id(key: SlideKey) -> str:
    """A slide's id on the page, stable while slides are added or removed around it."""
    parts = [key.kind]
    if key.workshop_id is not None:
        parts.append(f"w{key.workshop_id}")
    if key.aufgabe_id is not None:
        parts.append(f"a{key.aufgabe_id}")
    if key.part:
        parts.append(f"p{key.part}")
    return "-".join(parts)


@dataclass(frozen=True)
class Presenter:
    """Where the presenter is: the workshop presented (None: all) and the slide on show."""

    workshop_id: int | None
    key: SlideKey


@dataclass(frozen=True)
class Deck:
    """One rendering of the deck: the page, and what deck.json says about it."""

    slides: list[Slide]
    ids: list[str]
    hashes: list[str]
    page: str
    html: str
    revision: int

    def state(self, presenter: Presenter | None = None) -> dict[str, Any]:
        """deck.json: the revision, the page's hash, per slide its id and hash, and where the presenter is."""
        shown = None
        if presenter is not None and self.slides:
            index = locate(self.slides, presenter.key)
            shown = {"slide": self.ids[index], "number": index + 1, "total": len(self.slides)}
        return {
            "generator": "faktor4",
            "format": FORMAT,
            "revision": self.revision,
            "page": self.page,
            "count": len(self.slides),
            "slides": [{"id": i, "hash": h} for i, h in zip(self.ids, self.hashes, strict=True)],
            "presenter": shown,
        }


def _unique(ids: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for slide in ids:
        seen[slide] = seen.get(slide, 0) + 1
        out.append(slide if seen[slide] == 1 else f"{slide}-{seen[slide]}")
    return out


def render(document: Document, workshop_id: int | None, revision: int) -> Deck:
    """The live page of the deck (or one workshop's)."""
    slides = handout_slides(document, workshop_id)
    ids = _unique([slide_id(slide.key) for slide in slides])
    hashes = [_hash(slide_html(slide, 0, 0)) for slide in slides]  # the content, not its place
    page = _hash(json.dumps([FORMAT, language(), ids, hashes]))
    attributes = [f' data-key="{i}" data-hash="{h}"' for i, h in zip(ids, hashes, strict=True)]
    e = html.escape
    head = f'<meta http-equiv="Content-Security-Policy" content="{e(CSP)}">\n<style>{LIVE_STYLE}</style>\n'
    bar = (
        f'<div id="f4-live" class="f4-live" hidden data-at="{e(t("publish.at"))}">'
        f'<label><input type="checkbox" id="f4-follow" checked> {e(t("publish.follow"))}</label>'
        '<a id="f4-where" href="#"></a></div>\n'
        f"<script>{SCRIPT}</script>\n"
    )
    text = html_page(slides, attributes=attributes, head=head, main=f' data-page="{page}"', body=bar)
    return Deck(slides, ids, hashes, page, text, revision)
