"""Publishing on a shared machine: a folder someone else controls is never written into (attacks of issue 16)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.publish import Publisher, prepare_folder
from faktor4_tui.publish.publisher import PublishError
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddEntry
from tests.reliability.helpers import faktor4

needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="acting as another user needs root")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "daten"
    folder.mkdir()
    path = folder / "forum.json"
    Store.create(path, demo_data())
    return path


def test_a_folder_above_the_data_file_and_a_fifo_in_the_folder_are_refused(data: Path, tmp_path: Path) -> None:
    """Publishing into / or a parent of the data file's folder would hand the file to the web."""
    with pytest.raises(PublishError, match=r"forum\.json"):
        prepare_folder(tmp_path, data)
    www = tmp_path / "www"
    www.mkdir()
    os.mkfifo(www / "deck.json")
    run = faktor4("publish", str(data), str(www), timeout=30)  # a blocking read of the FIFO hung here
    assert run.returncode == 2 and "keine gewöhnliche Datei" in run.stderr.decode()
    assert not (www / "index.html").exists()


@needs_root
def test_a_folder_of_another_user_is_refused(data: Path, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    theirs = shared / "pub"
    theirs.mkdir()
    os.chown(theirs, 65534, 65534)
    run = faktor4("publish", str(data), str(theirs))
    assert run.returncode == 2 and "gehört nobody" in run.stderr.decode(), run.stderr.decode()
    assert list(theirs.iterdir()) == []


def test_a_folder_swapped_for_a_link_after_the_check_is_not_written_into(data: Path, tmp_path: Path) -> None:
    """The folder renamed and a link put in its place: the next write would land in the victim's folder."""
    www = tmp_path / "www"
    www.mkdir()
    prepare_folder(www, data)
    problems: list[str] = []
    publisher = Publisher(Store(data), www, report=problems.append)
    assert publisher.step()
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "index.html").write_text("<p>the victim's own page</p>")
    www.rename(tmp_path / "www-old")
    www.symlink_to(victim)
    aufgabe = Store(data).load().workshops[0].aufgaben[0].id
    Store(data).apply(AddEntry(aufgabe=aufgabe, section="loesungen", text="Neu"))
    assert not publisher.step()
    assert (victim / "index.html").read_text() == "<p>the victim's own page</p>"
    assert not (victim / "deck.json").exists()
    assert problems and "nicht mehr der Ordner" in problems[-1]
