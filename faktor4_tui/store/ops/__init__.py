"""Every change to a file as a typed operation that returns its own inverse (for undo/redo).

One module per subject: the event, workshops, Aufgaben, entries; ``base`` holds the
transaction, ``Op`` and ``Batch``. Deletes keep their rows in the Papierkorb (``trash_rows``);
``trash`` restores any trash item whole.
"""

from faktor4_tui.store.ops.aufgaben import (
    AddAufgabe,
    AddVotes,
    DeleteAufgabe,
    EditAufgabe,
    MoveAktion,
    MoveAufgabe,
    RestoreAufgabe,
    SetAktion,
    SetVotes,
    ToggleAktion,
)
from faktor4_tui.store.ops.base import Batch, Op, Row, Tx
from faktor4_tui.store.ops.entries import AddEntry, DeleteEntry, EditEntry, MoveEntry, RestoreEntry, SetNote
from faktor4_tui.store.ops.event import AddLine, DeleteLine, EditLine, MoveLine, SetEvent, SetEventText
from faktor4_tui.store.ops.massnahmen import SetAusgangswert, SetMassnahme
from faktor4_tui.store.ops.trash import RestoreFromTrash
from faktor4_tui.store.ops.trash_rows import Stamp
from faktor4_tui.store.ops.workshops import (
    AddWorkshop,
    DeleteWorkshop,
    EnsureWorkshop,
    MoveWorkshop,
    RenameWorkshop,
    RestoreWorkshop,
)

__all__ = [
    "AddAufgabe",
    "AddEntry",
    "AddLine",
    "AddVotes",
    "AddWorkshop",
    "Batch",
    "DeleteAufgabe",
    "DeleteEntry",
    "DeleteLine",
    "DeleteWorkshop",
    "EditAufgabe",
    "EditEntry",
    "EditLine",
    "EnsureWorkshop",
    "MoveAktion",
    "MoveAufgabe",
    "MoveEntry",
    "MoveLine",
    "MoveWorkshop",
    "Op",
    "RenameWorkshop",
    "RestoreAufgabe",
    "RestoreEntry",
    "RestoreFromTrash",
    "RestoreWorkshop",
    "Row",
    "SetAktion",
    "SetAusgangswert",
    "SetEvent",
    "SetEventText",
    "SetMassnahme",
    "SetNote",
    "SetVotes",
    "Stamp",
    "ToggleAktion",
    "Tx",
]
