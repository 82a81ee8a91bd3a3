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
    "error.target_not_regular": (
        "{path} is not a regular file (a device, a FIFO or a folder); faktor4 does not replace it, "
        "not even with --force. Name another file."
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
    "error.why.id_two_tables": 'the id "{row}" is in "{table}" and in "{other}"; every id is used once',
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
    "error.too_long_in": "{path} was not changed: the text has {length} characters, at most {limit} are allowed.",
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
        "Capture workshop results live and present them as a slide deck: faktor4 FILE opens the capture "
        "on FILE (created if missing); the commands below do the rest."
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
    "cli.add.workshop_help": "workshop name (an unknown one is refused unless --create is given)",
    "cli.add.aufgabe_help": "Aufgabe number (1-based)",
    "cli.add.section_help": "one of: {sections}",
    "cli.add.note_help": "add the entry as an unnumbered note",
    "cli.add.together": "--aufgabe and --section go together: give both to add an entry, neither to add an Aufgabe.",
    "cli.add.workshop_deleted": '{path}: the workshop "{name}" was deleted meanwhile; nothing was added.',
    "cli.add.no_aufgabe": '{path}: workshop "{workshop}" has {count} Aufgaben, so there is no Aufgabe {n}.',
    "cli.export.help": "export results (Markdown, CSV, JSON, PowerPoint, xlsx, PDF, HTML)",
    "cli.export.description": (
        "Export FILE as Markdown (the deck as a wiki page), CSV (for programs: RFC 4180, UTF-8, "
        "one row per entry and one per task without entries; for spreadsheets use xlsx), "
        "JSON (the full data, see docs/json-export.md), PowerPoint (one slide per deck slide, "
        "needs the 'pptx' extra), xlsx (for spreadsheets such as Calc and Excel: the sheets "
        "Tasks, Entries and Event; needs the 'xlsx' extra), PDF (the Dokumentation on A4, needs the "
        "'pdf' extra) or HTML (one self-contained page for any web server). Text formats go to stdout "
        "unless -o is given."
    ),
    "cli.export.file_help": "the faktor4 JSON file",
    "cli.export.format_help": "md, csv (for programs), json, pptx, xlsx (for spreadsheets), pdf or html",
    "cli.export.output_help": "output file ('-' for stdout; required for pptx, xlsx and pdf)",
    "cli.export.force_help": "overwrite OUT if it exists",
    "cli.export.workshop_help": "export only this workshop",
    "cli.export.pptx_needs_output": "{path}: a PowerPoint export needs an output file, so add -o FILE.pptx.",
    "cli.export.is_input": "{path} is the file being exported or its lock file; choose another output file.",
    # xlsx export (issue 14): the command line.
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
        '{path} already has a workshop "{name}"; nothing was imported. Merge instead of importing: '
        "faktor4 import {outline} (makes {json}), then faktor4 merge {json} --into {path}."
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
    "export.pptx.notes": "Full text (shortened or continued on the slide):",
    # PDF and HTML exports (issue 14).
    "export.pdf.page": "Page {n} of {total}",
    "export.pdf.documentation": "Documentation",
    # Characters the PDF's font cannot draw (emoji, CJK): said after the export.
    "export.pdf.replaced_one": "{path}: the font cannot draw 1 character; the PDF shows {marker} in its place.",
    "export.pdf.replaced": "{path}: the font cannot draw {n} characters; the PDF shows {marker} in their place.",
    "export.html.contents": "Contents",
    "cli.export.needs_extra": (
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
    # xlsx export and the CSV's added columns (issue 14).
    "export.csv.votes": "Votes",
    "export.csv.origin": "Origin",
    "export.csv.aufgabe_origin": "Origin (task)",
    "export.xlsx.sheet.aufgaben": "Tasks",
    "export.xlsx.sheet.entries": "Entries",
    "export.xlsx.sheet.event": "Event",
    "export.xlsx.workshop": "Workshop",
    "export.xlsx.aufgabe": "Task",
    "export.xlsx.aufgabe_text": "Task (text)",
    "export.xlsx.votes": "Votes",
    "export.xlsx.aktion": "Action",
    "export.xlsx.entries": "Entries",
    "export.xlsx.origin": "Origin",
    "export.xlsx.section": "Section",
    "export.xlsx.question": "Question",
    "export.xlsx.label": "Label",
    "export.xlsx.text": "Text",
    "export.xlsx.field": "Field",
    "export.xlsx.value": "Value",
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
    "present.hint": "→ next  ← back  [ ] workshop  w choose  F1 help  q leave",
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
    "held.workshop_back": "The workshop “{name}” is back (restored).",
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
    "help.group.massnahme": "Maßnahmenblatt (M)",
    "help.group.massnahmen": "Maßnahmen overview (T)",
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
    # Issue 13, the Aktionsplan's order (keys < and >).
    "key.aktion_move": "Move action",
    "key.aktion_earlier": "Action earlier",
    "key.aktion_earlier.tip": (
        "Move the action under the cursor one place earlier in the action plan (the task keeps its place)."
    ),
    "key.aktion_later": "Action later",
    "key.aktion_later.tip": (
        "Move the action under the cursor one place later in the action plan (the task keeps its place)."
    ),
    "command.aktion_earlier": "Move action earlier in the plan",
    "command.aktion_later": "Move action later in the plan",
    "plan.not_aktion": (
        "Task {n} is not in the action plan: space puts it in, then < and > change its place in the plan."
    ),
    "plan.not_aktion_text": "“{text}” is not in the action plan",
    "plan.already_first": "Action {k} is already first in the action plan.",
    "plan.already_last": "Action {k} is already last in the action plan.",
    "plan.moved": "Task {n} is now action {k}.",
    "error.conflict.plan_changed": "someone else changed the action plan holding “{text}” meanwhile",
    # Issue 13, merge --into the live forum file.
    "error.why.invalid_merged": 'row {row} of "{table}" has an invalid merge origin',
    "merge.summary": "{file} → {rooms}: {counts}.",
    "merge.added": "{n} added",
    "merge.updated": "{n} changed",
    "merge.kept": "{n} kept twice (marked as a conflict)",
    "merge.left_deleted": "{n} deleted in the forum and not added again",
    "merge.nothing_new": "nothing new",
    "command.merge_room": "Merge a room's file",
    "command.merge_room.tip": "Bring the rooms of a laptop's file into this file (one change: u takes it back).",
    "merge.prompt": "Which room file to merge? (path)",
    "merge.done_app": "{file} is merged; u takes it back.",
    "merge.room_new": "{name} (new)",
    "merge.kept_both": (
        "“{here}” was changed both in the forum and in {file}: both versions are kept, the one from {file} "
        "(“{theirs}”) right below, marked as a conflict."
    ),
    "cli.merge.into_help": "the live forum file: the rooms go in as one change that open apps and presentations follow",
    "cli.merge.into_itself": "{path} is the forum file itself; a file cannot be merged into itself.",
    "cli.merge.into_copy": "{path} is a copy of {forum} (the same file identity); a file cannot be merged into itself.",
    "cli.merge.into_export": (
        "{path} is a JSON export; --into merges faktor4 files only (each line remembers its origin by the "
        "file's identity)."
    ),
    "cli.merge.no_identity": (
        "{path} has no file identity yet (written by an older faktor4): open it with faktor4 once and change "
        "anything, then merge again."
    ),
    "cli.merge.event_kept": "{path} keeps its event header; the differing one from {room} was not taken.",
    "cli.merge.into_twice": "The same room file is given twice (perhaps under two names); give each only once.",
    "cli.merge.into_done": (
        "Merged into {path} (one change, revision {revision}). To take it back: delete the rooms it added in "
        "faktor4 (they go to the Papierkorb); merging again adds nothing twice."
    ),
    # Issue 13: the forum deck and the presentation's room keys.
    "deck.index.title": "Workshops",
    "deck.index.label": "Workshop {n}",
    "deck.index.line": "{name} – {aktionen}",
    "deck.index.none": "no action yet",
    "deck.index.one": "1 action",
    "deck.index.many": "{n} actions",
    "deck.forum_plan.title": "Action plans of all workshops",
    "deck.forum_plan.workshop": "Workshop",
    "present.room": "Workshop {n}/{total}: {name}",
    "present.rooms": "{total} workshops",
    "present.room.next": "Workshop →",
    "present.room.next.tip": "To the first slide of the next workshop",
    "present.room.prev": "Workshop ←",
    "present.room.prev.tip": "To the first slide of the previous workshop",
    "present.room.choose": "Choose workshop",
    "present.room.choose.tip": "Pick a workshop from a list and jump to its first slide",
    "present.room.last": "This is the last workshop.",
    "present.room.first": "This is the first workshop.",
    "present.help": "Help",
    "present.help.tip": "Every key of the presentation",
    "present.pick.title": "Which workshop?",
    "present.pick.placeholder": "Typing filters the workshops",
    "present.pick.hint": "↑↓ choose · Enter jumps there · Esc cancels",
    "present.pick.none": "No workshop matches.",
    "present.pick.move": "Choice",
    "present.pick.move.tip": "Choose the previous or next workshop of the list",
    "present.pick.cancel.tip": "Back to the slide without jumping",
    "help.group.present": "Presentation",
    # --- issue 13: rooms (workshop dialog, --workshop, add --create, the new file's event) ---
    "error.workshop.name_taken": (
        "There is a workshop “{name}” already; two workshops cannot have the same name. Nothing was saved."
    ),
    "key.workshop_open.tip": "Open the chosen workshop.",
    "workshop.number": "Workshop {n}",
    "workshop.label_of": "Workshop {n}/{total}: {name}",
    "workshop.overview": "Forum: {n} workshops – Enter opens the chosen one",
    "workshop.hint": "Enter opens · a new · e rename · d delete · K/J move · u undo · Esc closes",
    "workshop.count.aktionen.one": "1 action",
    "workshop.count.aktionen.many": "{n} actions",
    "workshop.delete_confirm": "Press d again to move the workshop “{name}” ({counts}) to the trash",
    "workshop.first_room": "This is the only workshop; create another one first (a), then delete this one.",
    "noun.workshop": "Workshop",
    "draft.where.workshops_add": "Workshops (new workshop)",
    "draft.where.workshop_edit": "Name of the workshop “{name}”",
    "help.group.workshops": "Workshops (w, O): a list like any other – a new, e rename, d delete, K/J move",
    "key.workshop_close.tip": "Close the dialog.",
    "command.overview": "Forum overview",
    "command.overview.tip": "All workshops with their tasks, actions and entries; Enter opens one.",
    "command.workshop_up": "Move workshop earlier",
    "command.workshop_up.tip": "Move the current workshop one place earlier in the order (and the deck).",
    "command.workshop_down": "Move workshop later",
    "command.workshop_down.tip": "Move the current workshop one place later in the order (and the deck).",
    "key.overview": "Forum",
    "key.overview.tip": "Forum overview: every workshop with its counts; Enter opens one.",
    "event.first": "New file: what is it about? Title, forum, dates – Enter saves a field, Esc goes on",
    "cli.tui.workshop_help": "start in this workshop (without: the one last used here)",
    "cli.add.create_help": "create the workshop if it does not exist yet",
    "cli.add.create_hint": "--create creates it.",
    "cli.unknown_workshop": "{path} has no workshop “{name}” (workshops: {known}).",
    "cli.no_workshops": "none yet",
    # Command-line words of issue 14 (help for every argument, the command list).
    "cli.not_a_number": "{value} is not a whole number",
    "cli.commands_heading": "commands:",
    "cli.commands_more": "help on a command: faktor4 COMMAND --help",
    "cli.add.file_help": "the faktor4 JSON file",
    "cli.add.text_help": "the text of the new Aufgabe or entry (several words need no quotes)",
    "cli.present.file_help": "the faktor4 JSON file to show",
    # Reading a Markdown outline back (importer/outline.py): refusals name file and line.
    "import.at_line": "{source}, line {line}: {why}.",
    "import.empty": "{source} is empty; there is nothing to import.",
    "import.text": "TEXT",
    "import.ends_before_title": "the outline ends before its title line",
    "import.ends_before_forum": "the outline ends before its forum line",
    "import.ends_before_dates": "the outline ends before its dates line",
    "import.title_first": 'the outline must start with the event title as a "# " heading',
    "import.forum_second": "the second paragraph must be the forum in bold (**…**) or {marker}",
    "import.dates_third": "the third paragraph must be the dates (or {marker})",
    "import.heading_misplaced": 'the heading "{heading}" is not part of a faktor4 outline here',
    "import.twice": '"{heading}" appears twice',
    "import.before_workshops": '"{heading}" must come before the first workshop',
    "import.not_workshop": 'the heading "{heading}" is neither a workshop nor the "{goal}" or "{agenda}" of the event',
    "import.no_workshop_name": "the workshop has no name",
    "import.problems_first": "the problem list must come first in its workshop, and only once",
    "import.not_aufgabe_heading": 'the heading "{heading}" is not a task, the problem list or the action plan',
    "import.extras_heading": 'under "{more}" a heading must read "{example}"',
    "import.question_misplaced": 'the heading "{heading}" is not at a place where a question can be',
    "import.not_question": '"{heading}" is not one of the six questions',
    "import.question_twice": 'the question "{question}" appears twice for this task',
    "import.aufgabe_unknown": "task {n} is not in the problem list of workshop {workshop}",
    "import.aufgabe_differs": "the heading names task {n} differently from the problem list",
    "import.aufgabe_twice": "task {n} has a second heading",
    "import.aktion_twice": "action {n} appears twice in workshop {workshop}",
    "import.marked_and_lines": "a part marked {marker} cannot also have lines",
    "import.marker_twice": "{marker} appears twice in a row",
    "import.problem_line": 'a line of the problem list must read "- {example}"',
    "import.problem_order": "expected task {expected}, found task {found}",
    "import.aufgabe_no_text": "task {n} has no text",
    "import.line_no_text": "this line has no text",
    "import.stray_bullet": 'a list line must belong to the "{goal}", the "{agenda}", the problem list or a question',
    "import.marker_misplaced": "{marker} must follow a heading",
    "import.unknown_line": '"{line}" is not a line faktor4 can read here',
    # Reading a JSON export (export/jsondata.py, for faktor4 merge).
    "export.json.not_export": 'it is not a faktor4 export (no "format": "{format}")',
    "export.json.version": "export version {version} is unknown (this faktor4 reads {known})",
    "export.json.malformed": "a required field is missing or malformed ({error})",
    # faktor4 merge's note on differing event headers (merge.py).
    "merge.event_differs": '{label} has a different event header ("{event}"); the first one, from {first}, is kept.',
    "merge.goal_agenda": "goal/schedule",
    # The page of faktor4 serve (ui/serve_page.html).
    "serve.ended": "The presentation has ended.",
    "serve.restart": "Restart",
    "serve.start": "Start",
    # Usage placeholders (cli/argparse_words.py METAVARS).
    "cli.metavar.file": "FILE",
    "cli.metavar.command": "COMMAND",
    "cli.metavar.name": "NAME",
    "cli.metavar.text": "TEXT",
    "cli.metavar.key": "KEY",
    "cli.metavar.out": "OUT",
    "cli.metavar.outline": "OUTLINE.md",
    "cli.metavar.forum": "FORUM.json",
    "cli.metavar.dir": "DIR",
    # Why an OS call failed (i18n.os_reason), for the sentences that name a file.
    "os.enoent": "no such file or folder",
    "os.eacces": "permission denied",
    "os.eperm": "operation not permitted",
    "os.erofs": "read-only file system",
    "os.enospc": "the disk is full",
    "os.edquot": "the disk quota is used up",
    "os.efbig": "the file size limit was reached",
    "os.eisdir": "it is a folder",
    "os.enotdir": "a part of the path is not a folder",
    "os.eloop": "too many symbolic links",
    "os.eexist": "the file already exists",
    "os.enametoolong": "the name is too long",
    "os.eio": "input/output error of the disk",
    "os.emfile": "too many open files",
    "os.enfile": "too many open files in the system",
    "os.ebusy": "the file or device is busy",
    "os.enolck": "no file locks available",
    "os.eaddrinuse": "the address is already in use",
    "os.eaddrnotavail": "this address does not belong to this computer",
    "os.enotempty": "the folder is not empty",
    "os.exdev": "not possible across file systems",
    "os.etimedout": "timed out",
    "os.einval": "invalid argument",
    # Python's json parser's complaints (store/jsonfile.py), in a sentence naming line and column.
    "error.json_reason.value": "a value is missing here",
    "error.json_reason.name": "a name in double quotes must stand here",
    "error.json_reason.colon": "a colon is missing here",
    "error.json_reason.comma": "a comma is missing here",
    "error.json_reason.unterminated": "a string does not end",
    "error.json_reason.control": "a control character inside a string",
    "error.json_reason.unicode_escape": "an invalid \\uXXXX escape",
    "error.json_reason.escape": "an invalid escape with \\",
    "error.json_reason.extra": "something follows the end of the data",
    "error.json_reason.trailing_comma": "a comma before the closing bracket",
    "error.json_reason.long_number": "a number with too many digits",
    # argparse's own words (cli/argparse_words.py), with argparse's %-placeholders.
    "argparse.subcommands": "commands",
    "argparse.error": "%(prog)s: error: %(message)s\n",
    "argparse.argument": "argument %(argument_name)s: %(message)s",
    "argparse.required": "the following arguments are required: %s",
    "argparse.one_required": "one of the arguments %s is required",
    "argparse.unrecognized": "unrecognized arguments: %s",
    "argparse.invalid_choice": "invalid choice: %(value)r (choose from %(choices)s)",
    "argparse.invalid_value": "invalid %(type)s value: %(value)r",
    "argparse.expected_one": "expected one argument",
    "argparse.expected_at_most_one": "expected at most one argument",
    "argparse.expected_at_least_one": "expected at least one argument",
    "argparse.expected_n.one": "expected %s argument",
    "argparse.expected_n.other": "expected %s arguments",
    "argparse.ambiguous": "ambiguous option: %(option)s could match %(matches)s",
    "argparse.not_allowed_with": "not allowed with argument %s",
    "argparse.ignored_value": "ignored explicit argument %r",
    "argparse.unexpected_option": "unexpected option string: %s",
    "argparse.unknown_command": "unknown command %(parser_name)r (commands: %(choices)s)",
    "argparse.cannot_open": "can't open '%(filename)s': %(error)s",
    "argparse.dash_mode": 'argument "-" with mode %r',
    "argparse.call_undefined": ".__call__() not defined",
    "argparse.required_positional": "'required' is an invalid argument for positionals",
    "argparse.exclusive_optional": "mutually exclusive arguments must be optional",
    "argparse.not_callable": "%r is not callable",
    "argparse.merge_groups": "cannot merge actions - two groups are named %r",
    "argparse.option_string": "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "argparse.dest_required": "dest= is required for options like %r",
    "argparse.conflict_resolution": "invalid conflict_resolution value: %r",
    "argparse.multiple_subparsers": "cannot have multiple subparser arguments",
    "argparse.conflicting_subparser": "conflicting subparser: %s",
    "argparse.conflicting_alias": "conflicting subparser alias: %s",
    "argparse.conflicting_option.one": "conflicting option string: %s",
    "argparse.conflicting_option.other": "conflicting option strings: %s",
    # faktor4 publish (issue 16): the deck as static files for any web server.
    "cli.publish.help": "write the deck as a live web page for any web server (hundreds of viewers)",
    "cli.publish.description": (
        "Write the deck of FILE into DIR as static files: index.html (the whole deck, printable, "
        "readable without JavaScript; with it, it updates itself) and deck.json (the deck's state). Nothing "
        "else is written into DIR. Serve DIR with any web server (nginx, Caddy, Apache); with --watch the "
        "files follow FILE within a second of every change."
    ),
    "cli.publish.file_help": "the faktor4 JSON file to publish",
    "cli.publish.dir_help": (
        "the folder to write index.html and deck.json into (created if missing; never the folder of FILE)"
    ),
    "cli.publish.watch_help": "keep following FILE and rewrite the files after every change (Ctrl+C ends)",
    "cli.publish.workshop_help": "publish only this workshop",
    "cli.publish.force_help": "replace an index.html or deck.json in DIR that faktor4 did not write",
    "cli.publish.created": "{path}: folder created.",
    "cli.publish.written": "{path}: index.html and deck.json written ({slides} slides).",
    "cli.publish.watching": "Following {path}; every change is published within a second. Ctrl+C ends.",
    "cli.publish.updated": "{time} revision {revision} published ({slides} slides).",
    "cli.present.publish_help": (
        "also publish the deck into DIR (like faktor4 publish --watch), with the slide on show, "
        "so the audience's pages can follow it"
    ),
    "publish.not_yours": (
        "{path} belongs to {owner}; faktor4 publishes only into a folder of your own (someone else's could be "
        "swapped for another one between two writes)."
    ),
    "publish.parent_open": (
        "{path} is in {folder}, where anyone may rename folders; faktor4 does not publish there. "
        "Use a folder inside one of your own."
    ),
    "publish.folder_swapped": "{path} is no longer the folder faktor4 publishes into; nothing written.",
    "publish.no_parent": "{path} cannot be created: the folder {folder} does not exist.",
    "publish.cannot_create": "{path} cannot be created: {reason}.",
    "publish.not_folder": "{path} is not a folder; publish needs a folder to write index.html and deck.json into.",
    "publish.holds_data": (
        "{path} holds the data file {file}; a web server serving this folder would hand it out. "
        "Choose a folder of its own."
    ),
    "publish.foreign": "{path} was not written by faktor4; choose another folder, or add --force to replace it.",
    "publish.stale": "{error} The published deck stays as it was until the file can be read again.",
    "publish.follow": "Follow the presentation",
    "publish.at": "Presentation: slide {n} / {total}",
    # Issue 15, Maßnahmen (the Maßnahmenblatt, its overview and outputs).
    "massnahme.field.verantwortlich": "Responsible",
    "massnahme.field.beginn": "Start date",
    "massnahme.field.dauer": "Duration",
    "massnahme.field.zeitraum": "Period (start, duration)",
    "massnahme.field.kosten": "Costs",
    "massnahme.field.finanzierung": "Financing/funding programme",
    "massnahme.field.thg": "GHG reduction (t CO₂e/year)",
    "massnahme.field.indikator": "Success indicator",
    "massnahme.field.status": "Status",
    "massnahme.field.ausgangswert": "Baseline (t CO₂e/year)",
    "massnahme.status.geplant": "planned",
    "massnahme.status.begonnen": "started",
    "massnahme.status.umgesetzt": "implemented",
    "massnahme.status.zurueckgestellt": "deferred",
    "massnahme.empty": "(empty)",
    "number.decimal_mark": ".",
    "massnahme.bad_number": '"{text}" is not a number ≥ 0 (t CO₂e per year, e.g. 12.5).',
    "massnahme.bad_status": '"{text}" is not a status; possible are: {choices}.',
    "conflict.replaced_field": 'Someone else had changed this field meanwhile ("{theirs}"); your value now stands.',
    "error.why.invalid_massnahme": 'row {row} of "{table}" has an invalid Maßnahmenblatt',
    "error.why.invalid_ausgangswert": 'row {row} of "{table}" has an invalid baseline (a number ≥ 0)',
    "massnahme.percent": "{value} %",
    "massnahme.steps": "Steps (Lösungen)",
    "massnahme.title": "Maßnahmenblatt Aktion {k}: {text}",
    "massnahme.heading": "Measures (Maßnahmen)",
    "massnahme.total": "GHG reduction of all measures: {total} t CO₂e/year.",
    "massnahme.total_share": (
        "GHG reduction of all measures: {total} t CO₂e/year, {share} of the Faktor 4 reduction ({goal} t = "
        "75 % of the baseline {baseline} t CO₂e/year)."
    ),
    "massnahme.room": "Workshop",
    "cli.massnahme.help": "show or fill in an Aktion's Maßnahmenblatt",
    "cli.massnahme.description": (
        "Sets fields of Aktion K's Maßnahmenblatt (all given ones as one change, undoable with u in the "
        "app). Without field options it prints the sheet."
    ),
    "cli.massnahme.file_help": "the faktor4 JSON file",
    "cli.massnahme.workshop_help": "name of the workshop",
    "cli.massnahme.aktion_help": "number of the Aktion in the Aktionsplan (from 1)",
    "cli.massnahme.text_help": 'the field "{field}" ("" empties it)',
    "cli.massnahme.thg_help": (
        'GHG reduction in t CO₂e per year, a number ≥ 0 (comma or point, e.g. 12.5; "" empties it)'
    ),
    "cli.massnahme.status_help": 'the status: {statuses} ("" empties it)',
    "cli.massnahme.bad_number": (
        '{path}: "{text}" is no GHG reduction (a number ≥ 0 in t CO₂e per year, e.g. 12.5); nothing was saved.'
    ),
    "cli.massnahme.bad_status": '{path}: "{text}" is not a status (possible: {choices}); nothing was saved.',
    "cli.massnahme.no_aktion": '{path}: the workshop "{workshop}" has no Aktion {k} (Aktionen: 1–{count}).',
    "cli.massnahme.no_plan": (
        '{path}: the workshop "{workshop}" has no Aktionsplan yet (add Aufgaben with Space in the app).'
    ),
    "cli.metavar.number": "NUMBER",
    "cli.metavar.status": "STATUS",
    "draft.where.massnahme": 'Maßnahmenblatt Aktion {k} ("{workshop}") · {field}',
    "massnahme.hint": "Enter or Tab saves a field and goes on; Escape closes, what is not saved stays as a draft.",
    "massnahme.parts_hint": (
        "The Aufgabe's Lösungen (as steps), Akteure, Start, Umsetzungsprobleme, Unterstützer and Sponsoren "
        "fill the rest of the sheet."
    ),
    "massnahme.status_hint": "← → or Space choose the status (saved at once)",
    "massnahme.no_status": "(no status)",
    "massnahme.draft_kept": "Not saved, kept as a draft: {fields}. M brings them back.",
    "massnahme.not_aktion": (
        "Aufgabe {n} is not in the Aktionsplan: only an Aktion has a Maßnahmenblatt (add it with Space)."
    ),
    "key.massnahme": "Maßnahmenblatt",
    "key.massnahme.tip": (
        "Open the Aktion's Maßnahmenblatt: responsible, period, costs, financing, GHG reduction, success "
        "indicator, status."
    ),
    "key.massnahmen": "Measures",
    "key.massnahmen.tip": (
        "All measures of all rooms: responsible, status, GHG reduction, their sum and the share of the "
        "Faktor 4 reduction."
    ),
    "key.next_field": "next field",
    "key.next_field.tip": "Save the field and go to the next.",
    "key.prev_field": "previous field",
    "key.prev_field.tip": "Save the field and go to the previous one.",
    "key.massnahme_back": "back",
    "key.massnahme_back.tip": "Close the sheet; what is typed in a field and not saved stays as a draft.",
    "key.status_prev": "status back",
    "key.status_prev.tip": "Choose the previous status (saved).",
    "key.status_next": "status on",
    "key.status_next.tip": "Choose the next status (saved).",
    "command.massnahmen": "Measures (overview of all rooms)",
    "command.massnahme": "This Aktion's Maßnahmenblatt",
    "massnahme.col.room": "Room",
    "massnahme.col.aktion": "Aktion",
    "massnahme.col.aufgabe": "Aufgabe",
    "massnahme.col.thg": "GHG t/year",
    "massnahme.sorted.aktion": "sorted by room and Aktion (s: by status)",
    "massnahme.sorted.status": "sorted by status (s: by GHG reduction)",
    "massnahme.sorted.thg": "sorted by GHG reduction, largest first (s: by room and Aktion)",
    "massnahme.none": "No Aktion in any Aktionsplan yet.",
    "massnahme.baseline_hint": (
        "The emissions before the measures in t CO₂e per year (e.g. 48,000). Enter saves, Escape cancels."
    ),
    "key.massnahmen_sort": "sort",
    "key.massnahmen_sort.tip": "Sort by room and Aktion, by status or by GHG reduction.",
    "key.baseline": "baseline",
    "key.baseline.tip": "Set the event's baseline (t CO₂e per year): the basis of the Faktor 4 share.",
    "event.baseline_hint": "emissions before the measures, t CO₂e per year (for the Faktor 4 share)",
    "massnahme.sheet": "Maßnahmenblatt (measure sheet)",
    "import.sheet_misplaced": '"{heading}" is misplaced: a Maßnahmenblatt belongs once under an Aktion',
    "import.sheet_line": (
        '"{line}" is not a line of a Maßnahmenblatt (FIELD: value, each field once, the GHG reduction a '
        "number, a known status)"
    ),
    "export.xlsx.thg_total": "GHG reduction of all measures (t CO₂e/year)",
    "export.xlsx.faktor4_share": "Share of the Faktor 4 reduction (75 % of the baseline)",
}
