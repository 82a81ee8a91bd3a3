"""Restoring from the Papierkorb: any trash item comes back whole at its old place."""

from __future__ import annotations

from dataclasses import dataclass

from tinydb.table import Document

from faktor4_tui.i18n import t
from faktor4_tui.store.errors import TrashError
from faktor4_tui.store.ops.aufgaben import RestoreAufgabe
from faktor4_tui.store.ops.base import Op, Tx
from faktor4_tui.store.ops.entries import RestoreEntry
from faktor4_tui.store.ops.workshops import RestoreWorkshop
from faktor4_tui.store.schema import TRASH


@dataclass(frozen=True, slots=True)
class RestoreFromTrash(Op):
    """Take trash item ``item`` out of the Papierkorb and put its rows back with their ids.

    Positions clamp to the list as it is now; an Aufgabe gets its Aktion back if it had one.
    An entry whose Aufgabe (or an Aufgabe whose workshop) is itself in the Papierkorb is
    refused with a sentence naming what to restore first.
    """

    item: int

    def apply(self, tx: Tx) -> Op:
        """Restore the item; the inverse puts it back in the Papierkorb as it was."""
        found = tx.table(TRASH).get(doc_id=self.item)
        if not isinstance(found, Document):
            raise TrashError(t("error.trash.gone"))
        kind, main = found["kind"], found["row"]
        change: Op
        if kind == "entry":
            change = RestoreEntry(main, {}, trash=self.item)
        elif kind == "aufgabe":
            change = RestoreAufgabe(main, {}, trash=self.item)
        else:
            change = RestoreWorkshop(main, {}, trash=self.item)
        return change.apply(tx)
