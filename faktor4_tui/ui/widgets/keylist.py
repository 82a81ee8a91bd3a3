"""A keyboard list: one OptionList for the rows, an inline Input to add/edit, a filter Input."""

from __future__ import annotations

from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.notifications import Notification
from textual.widget import AwaitMount, Widget
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from faktor4_tui.i18n import t
from faktor4_tui.session.drafts import DraftSlot
from faktor4_tui.session.lists import ListSource, Row
from faktor4_tui.ui.input.line_input import LineInput
from faktor4_tui.ui.input.router import key_serial
from faktor4_tui.ui.input.wrap_input import WrapInput
from faktor4_tui.ui.textual_seams import toast, withdraw
from faktor4_tui.ui.widgets.hanging import HangingRow, shorten

EditorMode = Literal["add", "edit"]
EDITOR_ROWS = 5  # the wrapping add/edit field grows up to this many rows, then scrolls
TITLE_MARGIN = 6  # "╭─ " and " ─╮" around a border title


def _key(key: str, action: str, name: str, show: bool = False) -> Binding:
    """A priority binding (it acts before later keys are routed) described by key.NAME(.tip)."""
    return Binding(
        key, action, t(f"key.{name}"), show=show, priority=True, id=f"list.{name}", tooltip=t(f"key.{name}.tip")
    )


def focus_now(widget: Widget) -> None:
    """Focus at once, so keys already queued (fast typing, paste) reach the new widget."""
    widget.screen.set_focus(widget)


def row_prompt(row: Row, mark_width: int = 0, badge_width: int = 0) -> HangingRow:
    """The row's text, literal (never markup), after its plan mark, badge and label; wrapped rows
    start under the text (a hanging indent)."""
    parts: list[str | Content | tuple[str, str]] = []
    if mark_width:
        parts.append((row.mark.ljust(mark_width) + " ", "bold reverse" if row.mark else ""))
    if badge_width:
        parts.append((row.badge.ljust(badge_width) + " ", "bold"))
    if row.label:
        parts.append((row.label + ": ", "bold"))
    if row.note:
        parts.append("  ")
    text = Content.styled(row.text, "italic") if row.note else Content(row.text)
    if row.detail:  # the workshops' counts, after the name
        text = Content.assemble(text, "   ", row.detail)
    return HangingRow(Content.assemble(*parts), text)


class RowOptions(OptionList, inherit_bindings=False):
    """The rows of a KeyList (one widget however long the list; the cursor moves without re-rendering).

    Its keys are priority bindings (the widget is only in the binding chain while focused),
    so a cursor move acts before the keys typed after it are routed.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        _key("down,j", "cursor_down", "down"),
        _key("up,k", "cursor_up", "up"),
        _key("home,g", "first", "first"),
        _key("end,G", "last", "last"),
        _key("pagedown", "page_down", "page_down"),
        _key("pageup", "page_up", "page_up"),
    ]


class KeyList(Vertical):
    """A list driven by keys: move, add (continuous), edit, delete, reorder, note toggle, filter."""

    BINDINGS: ClassVar[list[BindingType]] = [
        _key("a", "add", "add", show=True),
        _key("e,f2", "edit", "edit", show=True),
        _key("d,delete", "delete", "delete", show=True),
        _key("K,shift+up", "move(-1)", "move_up"),
        _key("J,shift+down", "move(1)", "move_down"),
        _key("m", "toggle_note", "note", show=True),
        _key("slash", "filter", "filter"),
        _key("escape", "close", "close", show=True),
    ]

    class Chosen(Message):
        """A row was chosen (enter or click)."""

        def __init__(self, keylist: KeyList, row_id: int) -> None:
            super().__init__()
            self.keylist = keylist
            self.row_id = row_id

        @property
        def control(self) -> KeyList:
            """The list the row belongs to."""
            return self.keylist

    def __init__(self, source: ListSource, *, marks: bool = False, id: str | None = None, classes: str = "") -> None:
        super().__init__(id=id, classes=classes)
        self.source = source
        self.marks = marks
        self._rows: tuple[Row, ...] | None = None
        self._visible: list[Row] = []
        self._filter = ""
        self._mode: EditorMode | None = None
        self._edit_row: Row | None = None  # the row as the person saw it when the editor opened
        self._armed: tuple[int, int] | None = None  # (row, key serial) of a delete awaiting its second press
        self._question: Notification | None = None  # its "press d again" notice, withdrawn once done
        self._options = RowOptions(classes="list-rows")
        # The hidden inputs are mounted when first opened: a screen of lists shows sooner.
        # The action that opens one waits for the mount; keys typed meanwhile wait in order.
        self._filter_input = LineInput(placeholder=t("list.filter_placeholder"), classes="list-filter", compact=True)
        self._editor = WrapInput(classes="list-editor", compact=True)
        self._filter_input.display = self._editor.display = False
        self._filter_input.line_handler = lambda _value: focus_now(self._options)
        self._editor.line_handler = self.take_line
        self._editor.value_handler = self._typed
        self._draft: DraftSlot | None = None  # the open editor's draft (kept outside the shared file)
        self._inputs_mounting: tuple[AwaitMount, ...] = ()
        self._full_title = ""

    @property
    def full_title(self) -> str:
        """The pane's title, shown in its border (shortened with "…" where it does not fit)."""
        return self._full_title

    @full_title.setter
    def full_title(self, title: str) -> None:
        self._full_title = title
        self._fit_title()

    def on_resize(self) -> None:
        """Fit the title to the new width; the editor takes at most all rows but one."""
        self._fit_title()
        self._editor.styles.max_height = max(1, min(EDITOR_ROWS, self.content_size.height - 1))

    def _fit_title(self) -> None:
        if self._full_title:
            # the border keeps a corner, a line and a space on each side of the title
            width = self.size.width - TITLE_MARGIN if self.size.width else len(self._full_title)
            self.border_title = shorten(self._full_title, max(width, 1))

    def compose(self) -> ComposeResult:
        """The empty hint and the rows (the filter input and the editor join on first use)."""
        head, open_paren, hint = t("list.empty").partition(" (")  # "— noch offen — (a: hinzufügen)"
        shown = HangingRow(Content(head + " " if open_paren else head), Content(open_paren.lstrip() + hint))
        yield Static(shown, classes="list-empty")
        yield self._options

    def on_mount(self) -> None:
        """Fill the rows."""
        self.refresh_rows()

    async def _inputs_ready(self) -> None:
        """Mount the filter input (first) and the inline editor (last) once, and wait for them."""
        if not self._inputs_mounting:
            self._inputs_mounting = (self.mount(self._filter_input, before=0), self.mount(self._editor))
        for mounting in self._inputs_mounting:
            await mounting

    # --- parts -----------------------------------------------------------

    @property
    def options(self) -> RowOptions:
        """The row widget."""
        return self._options

    @property
    def editor(self) -> LineInput:
        """The inline add/edit input (mounted once first opened)."""
        return self._editor

    @property
    def filter_input(self) -> LineInput:
        """The filter input (mounted once first opened)."""
        return self._filter_input

    @property
    def mode(self) -> EditorMode | None:
        """ "add", "edit" or None while the editor is closed."""
        return self._mode

    @property
    def typed(self) -> str:
        """What is typed into the open editor ("" while it is closed)."""
        return self.editor.value if self._mode else ""

    @property
    def lost_edit(self) -> bool:
        """True if the row open in the editor (being changed) is no longer in the list's source."""
        if self._mode != "edit" or self._edit_row is None:
            return False
        return all(row.id != self._edit_row.id for row in self.source.rows())

    @property
    def current(self) -> Row | None:
        """The row under the cursor."""
        index = self.options.highlighted
        if index is None or not 0 <= index < len(self._visible):
            return None
        return self._visible[index]

    def focus_list(self) -> None:
        """Focus the open editor if there is one, else the rows."""
        focus_now(self.editor if self._mode else self.options)

    # --- showing ---------------------------------------------------------

    def refresh_rows(self, keep_id: int | None = None, force: bool = False) -> None:
        """Show the source's rows again, keeping the cursor on ``keep_id`` or the current row."""
        rows = tuple(self.source.rows())
        if rows == self._rows and not force:
            ids = [r.id for r in self._visible]
            if keep_id in ids:
                self.options.highlighted = ids.index(keep_id)
            return
        options = self.options
        old_index = options.highlighted
        if keep_id is None and self.current is not None:
            keep_id = self.current.id
        self._rows = rows
        needle = self._filter.casefold()
        self._visible = [r for r in rows if needle in f"{r.label} {r.text}".casefold()] if needle else list(rows)
        width = max((len(r.mark) for r in rows), default=0) if self.marks else 0
        if self.marks and width == 0:
            width = len(t("aktion.label", n=1))
        badges = max((len(r.badge) for r in rows), default=0)
        options.set_options(Option(row_prompt(r, width, badges), id=str(r.id)) for r in self._visible)
        self.query_one(".list-empty").display = not rows
        if not self._visible:
            return
        ids = [r.id for r in self._visible]
        if keep_id in ids:
            options.highlighted = ids.index(keep_id)
        else:
            options.highlighted = min(old_index or 0, len(ids) - 1)
        if self._mode == "add":  # new lines (also another note taker's) land at the end: show it
            self.call_after_refresh(options.scroll_end, animate=False, immediate=True)

    def show_row(self, row_id: int) -> None:
        """Put the cursor on a row, lifting a filter that hides it (a jump from the command palette)."""
        if self._mode:
            self.close_editor()
        if row_id not in [r.id for r in self._visible] and (self._filter or self.filter_input.display):
            self._clear_filter()
        self.refresh_rows(keep_id=row_id, force=True)

    def set_filter(self, text: str) -> None:
        """Show only rows containing ``text`` (case-insensitive)."""
        self._filter = text
        self.refresh_rows(force=True)

    # --- editor ----------------------------------------------------------

    def _open_editor(self, mode: EditorMode, value: str, placeholder: str) -> None:
        self._mode = mode
        self._draft = self.source.draft(mode, self._edit_row.id if self._edit_row else None, value)
        if self._draft.text:  # typed here before and not saved (Escape, quit, a crash): offered back
            value = self._draft.text
            self.notify(t("draft.offered"), timeout=3)
        editor = self.editor
        editor.continuous = mode == "add"
        editor.value = value
        editor.placeholder = placeholder
        editor.display = True
        editor.cursor_position = len(value)
        focus_now(editor)
        self.refresh_bindings()

    def close_editor(self) -> None:
        """Hide the editor and return to the rows."""
        self._mode = None
        self._edit_row = None
        if self._draft is not None:  # what was typed and not saved is on disk before the editor goes
            self._draft.save()
            self._draft = None
        self.editor.display = False
        focus_now(self.options)
        self.refresh_bindings()

    def take_line(self, text: str) -> None:
        """Enter in the editor: save the line (adding keeps the editor open for the next one)."""
        if self._mode == "add":
            if not text.strip():
                self.close_editor()
                return
            added = self.source.add(text)
            if isinstance(added, int):
                self.refresh_rows(keep_id=added)
            elif added is None:  # refused: give the text back, nothing is lost
                typed_since = self.editor.value
                self.editor.value = f"{text} {typed_since}" if typed_since else text
                self.editor.cursor_position = len(self.editor.value)  # what is typed next goes after it
            # else the line waits in the session's queue, saved in order later; the header says so
        elif self._mode == "edit" and self._edit_row is not None:
            if self.source.edit(self._edit_row, text):
                self._saved_draft()
                edited = self._edit_row.id
                self.close_editor()
                self.refresh_rows(keep_id=edited)

    def _typed(self, value: str) -> None:
        """The editor's text changed: the draft follows at once (the app writes it on a pause)."""
        if self._draft is not None and self._mode is not None:
            self._draft.keep(value)

    def _saved_draft(self) -> None:
        if self._draft is not None:
            self._draft.forget()
            self._draft.save()
            self._draft = None

    def on_input_changed(self, event: Input.Changed) -> None:
        """Filter as you type."""
        if event.input is self.filter_input:
            event.stop()
            self.set_filter(event.value)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter or click on a row."""
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Chosen(self, int(event.option.id)))

    # --- actions ---------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """List keys act only while the rows have focus; close only while something is open."""
        if action == "close":
            return bool(self._mode or self.filter_input.display)
        if self.app.focused is not self.options:
            return False
        if action == "toggle_note":
            return self.source.notes
        return True

    async def action_add(self) -> None:
        """Open the editor for new lines at the end of the list."""
        if self._refuse_read_only():
            return
        await self._inputs_ready()
        if self._filter or self.filter_input.display:
            self._clear_filter()
        self._open_editor("add", "", t("list.add_placeholder", noun=self.source.noun))

    async def action_edit(self) -> None:
        """Edit the row under the cursor."""
        row = self.current
        if row is None or self._refuse_read_only():
            return
        await self._inputs_ready()
        self._edit_row = row
        self._open_editor("edit", row.text, t("list.edit_placeholder", noun=self.source.noun))

    def action_delete(self) -> None:
        """Delete the row under the cursor (undoable); one the source asks about takes a second press.

        The second press must be the very next key (or a click) on the same row: any other key cancels.
        """
        row = self.current
        if row is None:
            return
        armed, self._armed = self._armed, None
        question = "" if self.source.read_only else self.source.delete_question(row)
        serial = key_serial(self.app) or 0
        if question and not (armed and armed[0] == row.id and serial - armed[1] in (0, 1)):
            self._armed = (row.id, serial)
            self._question = toast(self.app, question, "warning", self.app.NOTIFICATION_TIMEOUT)
            return
        if question and self._question is not None:  # answered: "press d again" is no longer true
            self.app.call_next(withdraw, self.app, self._question)
            self._question = None
        if self.source.delete(row):
            self.refresh_rows()

    def action_move(self, step: int) -> None:
        """Swap the row with its visible neighbour."""
        row = self.current
        index = self.options.highlighted
        if row is None or index is None or not 0 <= index + step < len(self._visible):
            return
        neighbour = self._visible[index + step]
        target = [r.id for r in self._rows or ()].index(neighbour.id)
        if self.source.move(row, target):
            self.refresh_rows(keep_id=row.id)

    def action_toggle_note(self) -> None:
        """Switch the row between numbered item and note."""
        row = self.current
        if row is not None and self.source.toggle_note(row):
            self.refresh_rows(keep_id=row.id)

    async def action_filter(self) -> None:
        """Open the filter input."""
        await self._inputs_ready()
        self.filter_input.display = True
        focus_now(self.filter_input)
        self.refresh_bindings()

    def action_close(self) -> None:
        """Escape: close the editor, else clear the filter."""
        if self._mode:
            self.close_editor()
        elif self.filter_input.display:
            self._clear_filter()
            focus_now(self.options)
        self.refresh_bindings()

    def _clear_filter(self) -> None:
        self.filter_input.display = False
        with self.filter_input.prevent(Input.Changed):
            self.filter_input.value = ""
        self.set_filter("")

    def _refuse_read_only(self) -> bool:
        if self.source.read_only:
            self.notify(t("list.readonly"), severity="warning")
            return True
        return False
