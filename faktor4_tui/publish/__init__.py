"""Publishing: the deck as static files (a live page and its state) for any web server; no Textual."""

from faktor4_tui.publish.page import Deck, Presenter, render, slide_id
from faktor4_tui.publish.publisher import PUBLISHED, Publisher, PublishError, prepare_folder

__all__ = ["PUBLISHED", "Deck", "Presenter", "PublishError", "Publisher", "prepare_folder", "render", "slide_id"]
