"""English catalog: the template's wording in English (every key of de.py)."""

STRINGS: dict[str, str] = {
    # Sections: question (pane/slide title) and item label.
    "section.loesungen.question": "What needs to be done?",
    "section.loesungen.label": "Solution {n}",
    "section.loesungen.short": "Solutions",
    "section.akteure.question": "Who needs to act?",
    "section.akteure.label": "Actor {n}",
    "section.akteure.short": "Actors",
    "section.start.question": "When does it start?",
    "section.start.label": "Start Action {n}",
    "section.start.short": "Start",
    "section.umsetzungsprobleme.question": "Which problems must be solved for implementation?",
    "section.umsetzungsprobleme.label": "Implementation problem {n}",
    "section.umsetzungsprobleme.short": "Implementation problems",
    "section.unterstuetzer.question": "Who helps solve the problems?",
    "section.unterstuetzer.label": "Supporter {n}",
    "section.unterstuetzer.short": "Supporters",
    "section.sponsoren.question": "Who funds the action?",
    "section.sponsoren.label": "Sponsor {n}",
    "section.sponsoren.short": "Sponsors",
    # faktor4 serve (the browser view).
    "serve.title": "faktor4 – {name}",
    "serve.started": "faktor4 is showing {file} read-only at {url} – Ctrl+C stops.",
    "serve.exposed": "Warning: faktor4 listens on {host}; anyone on that network can see the workshop at {url}.",
    "serve.missing_extra": (
        "'faktor4 serve' needs the package textual-serve; install it with: pip install 'faktor4[serve]'."
    ),
    "serve.cannot_listen": "Cannot listen on {host}:{port} ({reason}); choose another port with --port.",
    "serve.no_workshop": '{file} has no workshop "{name}".',
    "serve.full": (
        "This presentation already has {n} viewers, the most this server allows; close another tab or try "
        "again in a moment (the presenter can raise the limit: faktor4 serve --max-sessions)."
    ),
    "serve.full_title": "faktor4: no room for another viewer",
    "cli.serve.max_sessions_help": "most browser tabs watching at once, each a process (default: {n})",
    "cli.serve.allow_host_help": (
        "also answer requests for this host name (repeatable; e.g. a name in DNS for this computer)"
    ),
    "cli.serve.bad_max_sessions": "{value} is not a number of sessions (1–{most})",
    "cli.serve.bad_allow_host": "{value} is not a host name",
    "serve.forbidden": (
        "This presentation answers only to this computer's own address and names (more with faktor4 serve "
        "--allow-host NAME)."
    ),
    # Store errors (the file on disk): one sentence naming the file, saying what happened.
    "error.bom": "{path} starts with a byte-order mark; faktor4 files are plain UTF-8 JSON.",
    "error.empty_file": "{path} is empty, not a faktor4 file.",
    "error.not_utf8": "{path} is not UTF-8 text (byte {byte}); it is not a faktor4 file.",
    "error.invalid_json": "{path} is not valid JSON (line {line}, column {column}: {reason}).",
    "error.too_deep": "{path} is not a faktor4 file: its JSON is nested too deeply.",
    "error.invalid_json_value": "{path} is not valid JSON ({reason}).",
    "error.json_too_big": "{number} is too big for a number",
    "error.json_constant": "{name} is not a JSON number",
    "error.is_folder": "{path} is a folder, not a faktor4 file.",
    "error.missing": "{path} does not exist.",
    "error.unreadable_permission": "{path} cannot be read: permission denied.",
    "error.unreadable": "{path} cannot be read: {reason}.",
    "error.not_regular": "{path} is not a regular file, so it is not a faktor4 file.",
    "error.lock_readonly": "{path} is read-only: cannot create the lock file {lock}.",
    "error.lock_symlink": "{path} cannot be locked: {lock} is a symbolic link, not faktor4's lock file; remove it.",
    "error.lock_not_regular": (
        "{path} cannot be locked: {lock} is not a regular file (a folder, a FIFO or a device), "
        "so not faktor4's lock file; remove it."
    ),
    "error.hard_linked": (
        "{path} has {links} names (hard links): faktor4 does not save it, since a save would split it into "
        "two files; it is open read-only. Copy it (cp) and open the copy."
    ),
    "error.planted_link": (
        "{path} is not opened: {link} is a symbolic link that {owner} put into the shared folder {folder}; "
        "faktor4 does not follow it (as Linux itself). Name the file itself."
    ),
    "error.target_symlink": (
        "{path} is a symbolic link; faktor4 does not write through it. Name the file itself or remove the link."
    ),
    "error.lock_failed": "{path} cannot be locked: {reason}.",
    "error.lock_busy": (
        "{path} is busy: another program has held its lock for over {seconds} s; your change was not saved, try again."
    ),
    "error.exists": "{path} already exists; faktor4 never overwrites a file.",
    "error.replaced": "{path} was replaced by another file; faktor4 writes nothing into it.",
    "error.write_failed": "{path} could not be saved ({reason}); the previous version is intact.",
    "error.create_failed": "{path} could not be created ({reason}).",
    "error.reason.too_big": "the file size limit was reached",
    "error.reason.disk_full": "the disk is full",
    "error.reason.quota": "the disk quota is used up",
    "error.reason.not_writable": "the folder is not writable",
    "error.no_folder": "{path} cannot be created: the folder {folder} does not exist.",
    "error.readonly_change": "{path} is read-only; the change was not saved.",
    "error.newer_schema": (
        "{path} was written by a newer faktor4 (schema {version}, this one reads up to {supported}); "
        "update faktor4 to open it."
    ),
    "error.not_faktor4": "{path} is not a faktor4 file: {why}.",
    "error.why.no_header": 'the "{header}" header with a schema version is missing',
    "error.why.unknown_schema": "schema version {version} is unknown",
    "error.why.top_level": "the top level is not a JSON object",
    "error.why.key_twice": 'the key "{name}" appears twice in one object',
    "error.why.id_form": 'the id "{row}" in "{table}" is not written in its plain form (no leading zeros, not 0)',
    "error.why.id_counter": 'the id "{row}" in "{table}" is not below the counter next_id ({next_id})',
    "error.why.header_negative": 'the header\'s "{name}" is negative',
    "error.why.header_field": 'the header has no whole-number "{name}"',
    "error.why.file_id": 'the header\'s "{name}" is not a valid identity (a non-empty string)',
    "error.why.table_not_object": 'the "{table}" table is not an object',
    "error.why.table_missing": 'the "{table}" table is missing',
    "error.why.row_malformed": 'row "{row}" of "{table}" is malformed',
    "error.why.row_field": 'row {row} of "{table}" has no valid "{field}"',
    "error.why.row_lines": 'row {row} of "{table}" has a "{field}" that is not a list of lines',
    "error.why.invalid_aktion": 'row {row} of "{table}" has an invalid Aktion number',
    "error.why.invalid_votes": 'row {row} of "{table}" has an invalid vote count',
    "error.why.invalid_origin": 'row {row} of "{table}" has an invalid origin',
    "error.why.invalid_note": 'row {row} of "{table}" has an invalid note flag',
    "error.why.invalid_version": 'row {row} of "{table}" has an invalid change counter',
    "error.why.invalid_conflict": 'row {row} of "{table}" has an invalid conflict mark',
    "error.why.unknown_section": 'entry {row} has the unknown section "{section}"',
    "error.unknown_section": "Unknown section {section}; use one of {sections}.",
    "error.too_long": "The text has {length} characters, at most {limit} are allowed; nothing was saved.",
    "input.paste_too_long": "The pasted text of {length} characters is too long (at most {limit}); nothing was pasted.",
    "error.empty.aufgabe": "The Aufgabe is empty; nothing was saved.",
    "error.empty.entry": "The entry is empty; nothing was saved.",
    "error.empty.workshop_name": "The workshop name is empty; nothing was saved.",
    "error.gone.aufgabe": "The Aufgabe ({id}) no longer exists; another user may have deleted it.",
    "error.gone.entry": "The entry ({id}) no longer exists; another user may have deleted it.",
    "error.gone.workshop": "The workshop ({id}) no longer exists; another user may have deleted it.",
    # The trash (Papierkorb): what a delete keeps, listing it, restoring it (store, palette, faktor4 trash/restore).
    "error.why.trash_kind": "trash item {row} has no known kind (entry, aufgabe, workshop)",
    "error.why.trash_rows": 'trash item {row} does not hold exactly what its kind and "row" name',
    "error.why.trash_id_twice": "id {id} in trash item {row} is used twice",
    "error.why.trash_id_counter": 'id {id} in trash item {row} is not below the counter "next_id"',
    "error.trash.gone": "That is no longer in the trash; someone else may have restored it already.",
    "error.trash.aufgabe_first": (
        "“{text}” belongs to the task “{parent}”, which is in the trash itself: restore number {n} first."
    ),
    "error.trash.workshop_first": (
        "“{text}” belongs to the workshop “{parent}”, which is in the trash itself: restore number {n} first."
    ),
    "error.trash.aufgabe_gone": "“{text}” cannot be restored: the task it belonged to no longer exists.",
    "error.trash.workshop_gone": "“{text}” cannot be restored: the workshop it belonged to no longer exists.",
    "error.trash.name_taken": "There is a workshop “{name}” already; rename it first, then restore the deleted one.",
    "trash.time_format": "%Y-%m-%d %H:%M",
    "trash.what.entry": "Entry",
    "trash.what.aufgabe": "Task",
    "trash.what.workshop": "Workshop",
    "trash.holds": "{what} ({counts})",
    "trash.count.aufgaben.one": "1 task",
    "trash.count.aufgaben.many": "{n} tasks",
    "trash.count.entries.one": "1 entry",
    "trash.count.entries.many": "{n} entries",
    "trash.where.aufgabe_trashed": "task “{text}” (in the trash)",
    "trash.where.workshop_trashed": "{name} (in the trash)",
    "trash.where.was_aufgabe": "was Task {n}",
    "trash.where.workshops": "Workshops",
    "trash.quoted": "“{text}”",
    "trash.by": "deleted by {user}",
    "trash.empty": "The trash is empty.",
    "trash.title": "Trash (newest first)",
    "trash.hint": "Enter restores the chosen one · Escape closes",
    "trash.restored": "Restored: {what} “{text}” – {where}.",
    "command.trash": "Trash",
    "command.trash.tip": "See what was deleted and restore it with Enter.",
    "command.workshop_delete": "Delete workshop",
    "command.workshop_delete.tip": "Move the current workshop with all its tasks and entries to the trash.",
    "workshop.delete_question": "Move workshop “{name}” ({counts}) to the trash?",
    "workshop.deleted": "Workshop “{name}” is in the trash (Ctrl+P, “Trash” brings it back).",
    "delete.confirm_aufgabe": "Press d again to move Task {n} with {m} entries to the trash",
    "delete.confirm_aufgabe_one": "Press d again to move Task {n} with 1 entry to the trash",
    "cli.trash.help": "list the trash (deleted things, newest first)",
    "cli.trash.description": (
        "Lists everything deleted from the file, one line each: number, time, what, start of the text, where. "
        "“faktor4 restore FILE N” brings number N back."
    ),
    "cli.trash.file_help": "the faktor4 JSON file",
    "cli.trash.empty": "{path}: the trash is empty.",
    "cli.restore.help": "restore number N from the trash",
    "cli.restore.description": (
        "Brings number N of “faktor4 trash FILE” back whole to its old place "
        "(a task with its entries, a workshop with everything in it)."
    ),
    "cli.restore.number_help": "the number from “faktor4 trash FILE” (1 = deleted last)",
    "cli.restore.no_item": "{path}: the trash has no number {n} (numbers 1 to {count}).",
    "cli.restore.empty": "{path}: the trash is empty; there is nothing to restore.",
    "cli.restore.refused": "{path}: {reason}",
    "error.settings_ignored": "The settings in {path} are not read: {reason}; the defaults apply.",
    "error.settings_reason.not_regular": "not a regular file (a link, a FIFO, a device or a folder)",
    "error.settings_reason.too_big": "larger than {limit} KiB",
    "error.settings_not_saved": "Could not save the settings to {path}: {reason}.",
    # Command line: --help texts, errors (stderr, exit 2) and what a command reports.
    "cli.usage": "usage: ",
    "cli.positionals": "positional arguments",
    "cli.options": "options",
    "cli.help_option": "show this help message and exit",
    "cli.description": "Capture workshop results live and present them as a slide deck.",
    "cli.lang.help": (
        "language of the UI and the slides for this run, before or after COMMAND "
        "(default: the remembered choice, else $LC_ALL/$LC_MESSAGES/$LANG, else de)"
    ),
    "cli.lang.bad": "--lang needs one of: {choices} (got {value}).",
    "cli.lang.missing": "--lang needs one of: {choices} (got 'nothing').",
    "cli.tui.description": (
        "Capture workshop results live and present them as a slide deck. "
        "Subcommands: init, add, present, export, import, merge, serve (faktor4 COMMAND --help)."
    ),
    "cli.tui.file_help": "the faktor4 JSON file (default: $FAKTOR4_FILE)",
    "cli.tui.demo_help": "open the demo workshop in a fresh temporary file",
    "cli.stub.help": "(not available yet) {name}",
    "cli.stub.unavailable": "'faktor4 {name}' is not available yet.",
    "cli.dangling_link": "{path} is a symbolic link to {destination}, which does not exist.",
    "cli.missing_file": "{path} does not exist; create it with: faktor4 init {path}",
    "cli.not_a_file": "{path} does not exist or is not a file.",
    "cli.no_workshop": '{path} has no workshop "{name}".',
    "cli.none": "none",
    "cli.created": "{path} created.",
    "cli.init.help": "create a new file (never overwrites)",
    "cli.init.file_help": "the new faktor4 JSON file",
    "cli.init.demo_help": "fill it with the demo workshop",
    "cli.add.help": "add an Aufgabe or an entry",
    "cli.add.description": (
        "Without --aufgabe, TEXT becomes a new Aufgabe of the workshop; with "
        "--aufgabe N and --section KEY, a new entry of that Aufgabe."
    ),
    "cli.add.workshop_help": "workshop name (created if missing)",
    "cli.add.aufgabe_help": "Aufgabe number (1-based)",
    "cli.add.section_help": "one of: {sections}",
    "cli.add.note_help": "add the entry as an unnumbered note",
    "cli.add.together": "--aufgabe and --section go together: give both to add an entry, neither to add an Aufgabe.",
    "cli.add.workshop_deleted": '{path}: the workshop "{name}" was deleted meanwhile; nothing was added.',
    "cli.add.no_aufgabe": '{path}: workshop "{workshop}" has {count} Aufgaben, so there is no Aufgabe {n}.',
    "cli.export.help": "export results (Markdown, CSV, JSON, PowerPoint, PDF, HTML)",
    "cli.export.description": (
        "Export FILE as Markdown (the deck as a wiki page), CSV (one row per entry), "
        "JSON (the full data, see docs/json-export.md), PowerPoint (one slide per deck slide, "
        "needs the 'pptx' extra), PDF (the Dokumentation on A4, needs the 'pdf' extra) or HTML (one "
        "self-contained page for any web server). Text formats go to stdout unless -o is given."
    ),
    "cli.export.file_help": "the faktor4 JSON file",
    "cli.export.format_help": "md, csv, json, pptx, pdf or html",
    "cli.export.output_help": "output file ('-' for stdout; required for pptx and pdf)",
    "cli.export.force_help": "overwrite OUT if it exists",
    "cli.export.workshop_help": "export only this workshop",
    "cli.export.pptx_needs_output": "{path}: a PowerPoint export needs an output file, so add -o FILE.pptx.",
    "cli.export.is_input": "{path} is the file being exported or its lock file; choose another output file.",
    "cli.export.needs_pptx": (
        "{path} cannot be written: the PowerPoint export needs python-pptx (pip install 'faktor4[pptx]')."
    ),
    "cli.output.is_folder": "{path} is a folder; give a file name after -o.",
    "cli.output.exists": "{path} already exists; add --force to overwrite it.",
    "cli.output.no_folder": "{path} cannot be written: the folder {folder} does not exist.",
    "cli.output.failed": "{path} could not be written ({reason}).",
    "cli.import.help": "read a Markdown outline (from 'faktor4 export --format md')",
    "cli.import.description": (
        "Read OUTLINE.md (the shape 'faktor4 export --format md' writes). Without --into "
        "it creates OUTLINE.json beside it and never overwrites; with --into FILE it adds the "
        "outline's workshops to FILE in one change, refusing names FILE already has and keeping "
        "FILE's event header unless that is empty."
    ),
    "cli.import.outline_help": "the Markdown outline",
    "cli.import.into_help": "an existing faktor4 file to add the workshops to",
    "cli.import.not_utf8": "{path} is not UTF-8 text (byte {byte}).",
    "cli.import.unreadable": "{path} cannot be read ({reason}).",
    "cli.import.workshop_taken": (
        "{path} already has a workshop \"{name}\"; nothing was imported (use 'faktor4 merge' to combine workshops)."
    ),
    "cli.import.event_kept": "{path} keeps its own event header; the outline's was not imported.",
    "cli.import.kept_changing": "{path} kept changing during the import; nothing was imported, try again.",
    "cli.import.done": "{n} workshop(s) imported into {path}.",
    "cli.import.json_name": "{path} ends in .json; give the outline a .md name or use --into FILE.",
    "cli.merge.help": "combine several rooms into one forum file",
    "cli.merge.description": (
        "Combine faktor4 files: workshops with the same name are combined, every Aufgabe "
        "and entry keeps its origin (the input's file name), merging a file again adds nothing, and "
        "a differing event header is reported (the first one wins). The inputs are never changed."
    ),
    "cli.merge.inputs_help": "faktor4 files (or JSON exports) to merge",
    "cli.merge.output_help": "the new file ('-' for stdout)",
    "cli.merge.force_help": "overwrite FORUM.json if it exists (never an input)",
    "cli.merge.bad_export": "{path} cannot be merged: {reason}.",
    "cli.merge.same_name": "{path} and {other} have the same name, so their origins would be mixed up; rename one.",
    "cli.merge.output_is_input": "{path} is one of the inputs or its lock file; faktor4 merge never changes an input.",
    "cli.present.help": "show the slides (read-only, follows the file live)",
    "cli.present.description": "Show the deck full screen; changes by other processes appear within 0.5 s.",
    "cli.present.workshop_help": "only this workshop (default: all)",
    "cli.present.no_workshop": '{path} has no workshop "{name}" (workshops: {known}).',
    "cli.no_terminal.app": (
        "faktor4 needs a terminal to type into (its input or its error output is none, e.g. under cron"
        " or with </dev/null); to add from a script: faktor4 add."
    ),
    "cli.no_terminal.present": (
        "faktor4 present needs a terminal to show on (its input or its error output is none, e.g. under cron"
        " or with </dev/null); slides as a file: faktor4 export FILE -f pptx; in a browser: faktor4 serve FILE."
    ),
    "cli.serve.help": "show the presentation in a browser (read-only)",
    "cli.serve.description": (
        "Serve the read-only presentation of FILE to web browsers. Listens on "
        "{host} only unless --host is given; see the README for the ssh -L recipe."
    ),
    "cli.serve.file_help": "the faktor4 JSON file to present",
    "cli.serve.host_help": "address to listen on (default: {host}, this computer only)",
    "cli.serve.port_help": "port (default: {port})",
    "cli.serve.workshop_help": "present only this workshop",
    "cli.serve.bad_port": "{value} is not a port number (1–65535)",
    # Domain words.
    "aufgabe.label": "Task {n}",
    "aktion.label": "Action {n}",
    "problems.question": "Where do you see the most pressing problems and tasks?",
    "workshop.label": "Workshop: {name}",
    "event.goal": "Goal of the workshop",
    "event.agenda": "Workshop schedule",
    "event.title": "Title",
    "event.forum": "Forum",
    "event.dates": "Dates",
    "plan.title": "Action plan",
    "plan.more_than_four": "The action plan has {n} actions; the template expects 3–4.",
    "empty": "— still open —",
    "continued": "(cont.)",
    "note": "Note",
    # Save state in the header.
    "save.saved": "saved {time}",
    "save.unsaved": "not saved yet",
    "save.waiting.one": "not saved yet: 1 line waits – {reason}",
    "save.waiting.many": "not saved yet: {n} lines wait – {reason}",
    "save.busy": (
        "{path} is locked by another program right now; faktor4 saves the lines in order as soon as it is free"
    ),
    "save.stranded": "“{text}” ({where}) could not be saved: {reason}",
    "save.unsaved_at_exit": "These lines could not be saved in {path} (here to copy):",
    "save.readonly": "read-only",
    # Export.
    "export.votes": "Votes: {n}",
    "export.more_aufgaben": "Other tasks with entries (not in the action plan)",
    "export.counter": "{n} / {total}",
    # PDF and HTML exports (issue 14).
    "export.pdf.page": "Page {n} of {total}",
    "export.pdf.documentation": "Documentation",
    "export.html.contents": "Contents",
    "cli.export.needs_extra": (
        "{path} cannot be written: the {name} export needs {package} (pip install 'faktor4[{extra}]')."
    ),
    "export.needs_extra": (
        "{path} cannot be written: the {name} export needs {package} (pip install 'faktor4[{extra}]')."
    ),
    "cli.export.needs_output": "{path}: a {name} export needs an output file, so add -o FILE.{suffix}.",
    "export.csv.workshop": "Workshop",
    "export.csv.aktion": "Action",
    "export.csv.aufgabe": "Task",
    "export.csv.aufgabe_text": "Task (text)",
    "export.csv.section": "Section",
    "export.csv.label": "Label",
    "export.csv.text": "Text",
    # Deck and presentation.
    "deck.counter": "{n} / {total}",
    "deck.vote": "{n} vote",
    "deck.votes": "{n} votes",
    "present.next": "Next",
    "present.next.tip": "Next slide",
    "present.prev": "Back",
    "present.prev.tip": "Previous slide",
    "present.first": "First",
    "present.first.tip": "First slide",
    "present.last": "Last",
    "present.last.tip": "Last slide",
    "present.digit": "Slide no.",
    "present.digit.tip": "Digits, then Enter: go to that slide",
    "present.goto": "Go to slide {digits} (Enter)",
    "present.timer": "Timer",
    "present.timer.tip": "Start or stop the countdown",
    "present.timer.more": "+1 min",
    "present.timer.more.tip": "Add a minute to the countdown",
    "present.timer.less": "-1 min",
    "present.timer.less.tip": "Take a minute off the countdown",
    "present.timer.label": "Time {time}",
    "present.timer.over": "Time is up",
    "present.timer.preset": "Timer: {minutes} min",
    "present.leave": "Leave",
    "present.leave.tip": "Leave the presentation",
    "present.hint": "→ next  ← back  t timer  q leave",
    "present.stale": "File not readable right now, showing the last state: {error}",
    "present.replaced": "{path} was replaced by another file – still showing the previous slides.",
    "present.replaced_notice": (
        "{path} was replaced by another file. The presentation keeps showing the previous slides; "
        "start it again to show the new file."
    ),
    # Capture UI.
    "save.opened": "all saved",
    "app.title": "faktor4",
    "app.no_workshop": "no workshop",
    "app.readonly_refused": "{path} is read-only; the change was not saved.",
    "app.undone": "Undone.",
    "app.redone": "Redone.",
    "app.nothing_to_undo": "Nothing to undo.",
    "app.nothing_to_redo": "Nothing to redo.",
    "app.aufgabe_gone": "This task was deleted (perhaps on another computer).",
    "draft.offered": "Unsaved draft restored: Enter saves it; clear the line and press Esc to discard it.",
    "draft.waiting": "An unsaved draft is waiting in {where}: “{text}”. It comes back when you open the input there.",
    "draft.orphaned": (
        "An unsaved draft for {where} lost its place (it was deleted): “{text}”. "
        "It is kept in {path} and comes back if the place is restored."
    ),
    "draft.place_gone": (
        "{where} was deleted (perhaps on another computer). Your unsaved text “{text}” is not lost: "
        "it is kept in {path} and comes back if the place is restored."
    ),
    "draft.broken": "The drafts file {path} was damaged ({reason}); it is now at {moved}. New drafts are kept.",
    "draft.unreadable": "The drafts file {path} cannot be read ({reason}); drafts are not kept.",
    "draft.not_saved": "The draft could not be kept in {path}: {reason}",
    "draft.where.event": "Event · {field}",
    "draft.where.lines_add": "Event · {field} (new line)",
    "draft.where.lines_edit": "Event · {field}, line {n}",
    "draft.where.aufgaben_add": "workshop “{workshop}” (new task)",
    "draft.where.aufgabe_edit": "{aufgabe} in workshop “{workshop}”",
    "draft.where.entries_add": "{aufgabe} · {section} (new line)",
    "draft.where.entry_edit": "{entry} in {aufgabe}",
    "draft.where.unknown": "a place that no longer exists",
    # The held notice: the place being typed into vanished.
    "held.title": "Paused – your further keys were not run",
    "held.aufgabe_gone": "The task you were writing in was deleted, probably by someone else.",
    "held.line_gone": "The line you are changing was deleted, probably by someone else.",
    "held.workshop_gone": "The workshop “{name}” you were working in was deleted, probably by someone else.",
    "held.file_replaced": (
        "The file {path} was replaced by another one (an older version or a different file); "
        "what you see now is its content."
    ),
    "held.typed": "Your text: “{text}”",
    "held.typed_after": "Typed after that (not run): “{text}”",
    "held.keys": "Ctrl+O: continue. Until then no key runs as a command.",
    "held.button": "Continue (Ctrl+O)",
    "app.replaced": (
        "{path} was replaced by another file. faktor4 writes nothing into it; typed text stays in the input. "
        "To work on the new file: Ctrl+P → “Open the new file”."
    ),
    "app.replaced_refused": (
        "{path} was replaced by another file; the change was not saved (typed text stays in the input)."
    ),
    "app.replaced_back": "{path} is the previous file again; changes are saved again.",
    "app.replaced_followed": "Now working on the file that is {path} now; undo starts afresh.",
    "app.replaced_unsaved": "Not saved (the file was replaced): “{text}”",
    "list.empty": "— still open — (a: add)",
    "list.add_placeholder": "New: {noun} – Enter saves, Esc closes",
    "list.edit_placeholder": "Change {noun} – Enter saves, Esc cancels",
    "list.filter_placeholder": "Filter – type to search, Enter to the list, Esc clears",
    "list.filter_none": "Nothing found for “{text}”.",
    "list.no_notes": "Tasks have no notes; m works only in the sections.",
    "noun.aufgabe": "Task",
    "noun.line": "Line",
    "noun.loesungen": "Solution",
    "noun.akteure": "Actor",
    "noun.start": "Start",
    "noun.umsetzungsprobleme": "Implementation problem",
    "noun.unterstuetzer": "Supporter",
    "noun.sponsoren": "Sponsor",
    "list.readonly": "The file is read-only; nothing can be changed here.",
    "aufgabe.none": "No tasks – press a to add the first.",
    "workshop.title": "Choose or create a workshop",
    "workshop.first": "What is the first workshop called?",
    "workshop.new_placeholder": "Name of the new workshop – Enter creates it",
    "event.screen": "Edit the event",
    "event.field_hint": "Enter saves the field",
    "help.title": "Keys",
    "help.close": "Esc, q or F1 closes",
    "help.group.app": "Everywhere",
    "help.group.problems": "Task list",
    "help.group.aufgabe": "Task (six sections)",
    "help.group.event": "Event",
    "help.group.list": "Every list (tasks and sections)",
    "key.quit": "Quit",
    "key.quit.tip": "Quit faktor4 (everything is already saved).",
    "key.help": "Help",
    "key.help.tip": "Show all keys.",
    "key.palette": "Commands",
    "key.palette.tip": "Open the command palette and search for commands.",
    "key.present": "Present",
    "key.present.tip": "Start the presentation from here.",
    "key.undo": "Undo",
    "key.undo.tip": "Undo the last change.",
    "key.redo": "Redo",
    "key.redo.tip": "Restore the change undone last.",
    "key.workshop": "Workshop",
    "key.workshop.tip": "Switch workshop or create a new one.",
    "key.event": "Event",
    "key.event.tip": "Edit title, forum, dates, goal and schedule.",
    "key.down": "Down",
    "key.down.tip": "Cursor one line down.",
    "key.up": "Up",
    "key.up.tip": "Cursor one line up.",
    "key.first": "First",
    "key.first.tip": "To the first line.",
    "key.last": "Last",
    "key.last.tip": "To the last line.",
    "key.page_down": "Page down",
    "key.page_down.tip": "One screen down.",
    "key.page_up": "Page up",
    "key.page_up.tip": "One screen up.",
    "key.add": "New",
    "key.add.tip": "Add lines: Enter saves and opens the next, Esc or an empty Enter closes.",
    "key.edit": "Edit",
    "key.edit.tip": "Change the line under the cursor: Enter saves, Esc cancels.",
    "key.delete": "Delete",
    "key.delete.tip": "Move the line to the trash (a task with entries on the second d; u undoes it).",
    "key.move_up": "Move up",
    "key.move_up.tip": "Move the line up one place.",
    "key.move_down": "Move down",
    "key.move_down.tip": "Move the line down one place.",
    "key.note": "Note",
    "key.note.tip": "Switch between numbered entry and note (no number).",
    "key.filter": "Filter",
    "key.filter.tip": "Filter the list while typing.",
    "key.close": "Close",
    "key.close.tip": "Close the input or clear the filter.",
    "key.open": "Open",
    "key.open.tip": "Open the task with its six sections.",
    "key.plan": "Action plan",
    "key.plan.tip": "Put the task into the action plan or take it out.",
    "key.pane": "Section",
    "key.pane.tip": "Jump to section {n}: {name}.",
    "key.next_pane": "Next section",
    "key.next_pane.tip": "To the next section.",
    "key.prev_pane": "Previous section",
    "key.prev_pane.tip": "To the previous section.",
    "key.prev_aufgabe": "Previous task",
    "key.prev_aufgabe.tip": "Open the previous task of the list.",
    "key.next_aufgabe": "Next task",
    "key.next_aufgabe.tip": "Open the next task of the list.",
    "key.back": "Back",
    "key.back.tip": "Back to the task list.",
    "key.event_back.tip": "Save the fields and go back.",
    # Dot voting on the problem list.
    "key.vote_add": "Add a vote",
    "key.vote_add.tip": "Give the task under the cursor one vote (u undoes it).",
    "key.vote_remove": "Remove a vote",
    "key.vote_remove.tip": "Take one vote from the task under the cursor (never below zero).",
    "key.sort": "By votes",
    "key.sort.tip": "Show the list sorted by votes, or back in list order (the view only).",
    "key.propose": "Propose plan",
    "key.propose.tip": "The four tasks with the most votes become the action plan (one step, u undoes it).",
    "votes.sorted_hint": "Sorted by votes – s shows the list order again.",
    "votes.sorted_no_move": "Nothing can be moved while sorted by votes; s shows the list order again.",
    "votes.none": "No votes yet: + gives the task under the cursor a vote.",
    "votes.proposed": "Action plan proposed: {aufgaben} (u undoes it).",
    # Command palette (ctrl+p) and its dialogs.
    "palette.placeholder": "Search a command, or the text of a task or entry …",
    "command.workshop": "Switch workshop",
    "command.workshop_new": "New workshop",
    "command.workshop_new.tip": "Create a workshop and switch to it.",
    "command.workshop_rename": "Rename workshop",
    "command.workshop_rename.tip": "Give the current workshop a new name.",
    "command.present": "Present",
    "command.export": "Export as {format}",
    "command.export.tip": "Save the whole file as {format} (asks for the file name).",
    "command.event": "Edit the event",
    "command.follow_file": "Open the new file",
    "command.follow_file.tip": "The file was replaced: work on the file that is there now",
    "command.sort": "Sort by votes",
    "command.propose": "Propose the action plan from votes",
    "command.theme": "Choose a theme",
    "command.theme.tip": "Another colour theme; faktor4 remembers it.",
    "command.theme.placeholder": "Search themes …",
    "command.language": "Language: {name}",
    "command.language.tip": "Switch the interface to this language (takes effect at the next start).",
    "prompt.hint": "Enter accepts, Esc cancels",
    "prompt.cancel.tip": "Cancel without changing anything.",
    "prompt.yes": "Yes",
    "prompt.yes.tip": "Yes (j, y or Enter).",
    "prompt.no": "No",
    "prompt.no.tip": "No (n or Esc).",
    "prompt.confirm_hint": "y or Enter: yes · n or Esc: no",
    "workshop.new_title": "Name of the new workshop",
    "workshop.rename_title": "New name for the workshop “{name}”",
    "search.unsaved": "First save the open input (Enter) or drop it (Esc).",
    "search.gone": "This match is gone (perhaps deleted on another computer).",
    "export.prompt": "Save the {format} export as",
    "export.exists": "{path} already exists. Overwrite it?",
    "export.is_folder": "{path} is a folder; please give a file name.",
    "export.is_data_file": "{path} is the file being exported or its lock file; please choose another name.",
    "export.no_folder": "{path} cannot be written: the folder {folder} does not exist.",
    "export.needs_pptx": (
        "{path} cannot be written: the PowerPoint export needs python-pptx (pip install 'faktor4[pptx]')."
    ),
    "export.done": "Exported to {path}.",
    "language.saved": "Language {name} saved; it takes effect the next time faktor4 starts.",
    "language.active": "The language is already {name}; saved.",
    # Working together: conflicts and refused undo steps.
    "error.conflict.changed": "someone else changed “{text}” meanwhile",
    "error.conflict.entries_added": "someone else wrote entries into the Aufgabe “{text}” meanwhile",
    "error.conflict.aufgaben_added": "someone else wrote Aufgaben into the workshop “{text}” meanwhile",
    "conflict.kept_both": (
        "Someone else changed this text meanwhile (“{theirs}”). Both versions are kept: theirs in its "
        "place, yours right below it, marked as a conflict."
    ),
    "conflict.kept_both_field": (
        "Someone else changed this field meanwhile (“{theirs}”). It now holds both versions, theirs first."
    ),
    "conflict.kept_both_line": "Someone else changed the line “{theirs}” meanwhile. Your version is right below it.",
    "conflict.not_deleted_line": "The line “{theirs}” was not deleted: someone else changed it meanwhile.",
    "conflict.not_renamed": (
        "Not renamed: someone else named the workshop “{theirs}” meanwhile (your name: “{yours}”)."
    ),
    "conflict.mark": "Conflict",
    "app.not_undone": "Not undone: {reason}.",
    "app.not_redone": "Not redone: {reason}.",
}
