"""German catalog: the wording of the original workshop template."""

STRINGS: dict[str, str] = {
    # Sections: question (pane/slide title) and item label.
    "section.loesungen.question": "Was muss getan werden?",
    "section.loesungen.label": "Lösung {n}",
    "section.loesungen.short": "Lösungen",
    "section.akteure.question": "Wer muss aktiv werden?",
    "section.akteure.label": "Akteur {n}",
    "section.akteure.short": "Akteure",
    "section.start.question": "Wann geht's los?",
    "section.start.label": "Start Aktion {n}",
    "section.start.short": "Start",
    "section.umsetzungsprobleme.question": "Welche Probleme müssen für Umsetzung gelöst werden?",
    "section.umsetzungsprobleme.label": "Umsetzungsproblem {n}",
    "section.umsetzungsprobleme.short": "Umsetzungsprobleme",
    "section.unterstuetzer.question": "Wer hilft bei der Problemlösung?",
    "section.unterstuetzer.label": "Unterstützer {n}",
    "section.unterstuetzer.short": "Unterstützer",
    "section.sponsoren.question": "Wer finanziert die Aktion?",
    "section.sponsoren.label": "Sponsor {n}",
    "section.sponsoren.short": "Sponsoren",
    # faktor4 serve (the browser view).
    "serve.title": "faktor4 – {name}",
    "serve.started": "faktor4 zeigt {file} schreibgeschützt unter {url} – Strg+C beendet.",
    "serve.exposed": "Achtung: faktor4 lauscht auf {host}; jeder in diesem Netz kann den Workshop unter {url} sehen.",
    "serve.missing_extra": (
        "Für „faktor4 serve“ fehlt das Paket textual-serve; installieren mit: pip install 'faktor4[serve]'."
    ),
    "serve.cannot_listen": "Kann nicht auf {host}:{port} lauschen ({reason}); wähle mit --port einen anderen Port.",
    "serve.no_workshop": "{file} hat keinen Workshop „{name}“.",
    "serve.full": (
        "Diese Präsentation hat schon {n} Zuschauer, so viele, wie dieser Server zulässt; einen anderen Tab "
        "schließen oder gleich noch einmal versuchen (wer präsentiert, kann die Grenze erhöhen: faktor4 serve "
        "--max-sessions)."
    ),
    "serve.full_title": "faktor4: kein Platz für weitere Zuschauer",
    "cli.serve.max_sessions_help": "höchstens so viele Browser-Tabs zugleich, jeder ein Prozess (Vorgabe: {n})",
    "cli.serve.allow_host_help": (
        "auch Anfragen für diesen Rechnernamen beantworten (mehrfach möglich; z. B. ein DNS-Name dieses Computers)"
    ),
    "cli.serve.bad_max_sessions": "{value} ist keine Anzahl von Sitzungen (1–{most})",
    "cli.serve.bad_allow_host": "{value} ist kein Rechnername",
    "serve.forbidden": (
        "Diese Präsentation antwortet nur auf die Adresse und Namen dieses Rechners (weitere mit faktor4 "
        "serve --allow-host NAME)."
    ),
    # Store errors (the file on disk): one sentence naming the file, saying what happened.
    "error.bom": "{path} beginnt mit einer Byte-Order-Mark (BOM); faktor4-Dateien sind reines UTF-8-JSON ohne BOM.",
    "error.empty_file": "{path} ist leer und daher keine faktor4-Datei.",
    "error.not_utf8": "{path} ist kein UTF-8-Text (Byte {byte}) und daher keine faktor4-Datei.",
    "error.invalid_json": "{path} ist keine gültige JSON-Datei (Zeile {line}, Spalte {column}: {reason}).",
    "error.too_deep": "{path} ist keine faktor4-Datei: ihr JSON ist zu tief verschachtelt.",
    "error.invalid_json_value": "{path} ist keine gültige JSON-Datei ({reason}).",
    "error.json_too_big": "{number} ist zu groß für eine Zahl",
    "error.json_constant": "{name} ist keine JSON-Zahl",
    "error.is_folder": "{path} ist ein Ordner, keine faktor4-Datei.",
    "error.missing": "{path} gibt es nicht.",
    "error.unreadable_permission": "{path} kann nicht gelesen werden: keine Leseberechtigung.",
    "error.unreadable": "{path} kann nicht gelesen werden: {reason}.",
    "error.not_regular": "{path} ist keine gewöhnliche Datei und daher keine faktor4-Datei.",
    "error.lock_readonly": "{path} ist schreibgeschützt: die Sperrdatei {lock} lässt sich nicht anlegen.",
    "error.lock_symlink": (
        "{path} lässt sich nicht sperren: {lock} ist ein symbolischer Link, nicht die Sperrdatei von faktor4; "
        "bitte den Link entfernen."
    ),
    "error.lock_not_regular": (
        "{path} lässt sich nicht sperren: {lock} ist keine gewöhnliche Datei (ein Ordner, eine FIFO oder ein Gerät), "
        "also nicht die Sperrdatei von faktor4; entfernen Sie sie."
    ),
    "error.hard_linked": (
        "{path} hat {links} Namen (harte Links): faktor4 speichert sie nicht, denn beim Speichern würden daraus "
        "zwei Dateien; sie ist nur lesbar geöffnet. Kopieren Sie sie (cp) und öffnen Sie die Kopie."
    ),
    "error.planted_link": (
        "{path} wird nicht geöffnet: {link} ist ein symbolischer Link, den {owner} in den gemeinsamen Ordner "
        "{folder} gelegt hat; faktor4 folgt ihm nicht (wie Linux selbst). Geben Sie die Datei selbst an."
    ),
    "error.target_not_regular": (
        "{path} ist keine gewöhnliche Datei (ein Gerät, eine FIFO oder ein Ordner); faktor4 ersetzt sie nicht, "
        "auch nicht mit --force. Geben Sie einen anderen Dateinamen an."
    ),
    "error.target_symlink": (
        "{path} ist ein symbolischer Link; faktor4 schreibt nicht durch ihn hindurch. "
        "Geben Sie die Datei selbst an oder entfernen Sie den Link."
    ),
    "error.lock_failed": "{path} lässt sich nicht sperren: {reason}.",
    "error.lock_busy": (
        "{path} ist belegt: ein anderes Programm hält die Sperre schon über {seconds} s; "
        "deine Änderung wurde nicht gespeichert, bitte noch einmal versuchen."
    ),
    "error.exists": "{path} gibt es schon; faktor4 überschreibt nie eine Datei.",
    "error.replaced": "{path} wurde durch eine andere Datei ersetzt; faktor4 schreibt nichts hinein.",
    "error.write_failed": "{path} konnte nicht gespeichert werden ({reason}); die bisherige Fassung ist unverändert.",
    "error.create_failed": "{path} konnte nicht angelegt werden ({reason}).",
    "error.reason.too_big": "die maximale Dateigröße ist erreicht",
    "error.reason.disk_full": "der Datenträger ist voll",
    "error.reason.quota": "das Speicherkontingent ist aufgebraucht",
    "error.reason.not_writable": "der Ordner ist schreibgeschützt",
    "error.no_folder": "{path} kann nicht angelegt werden: den Ordner {folder} gibt es nicht.",
    "error.readonly_change": "{path} ist schreibgeschützt; die Änderung wurde nicht gespeichert.",
    "error.newer_schema": (
        "{path} stammt von einer neueren faktor4-Version (Schema {version}, diese liest bis Schema {supported}); "
        "bitte faktor4 aktualisieren, um die Datei zu öffnen."
    ),
    "error.not_faktor4": "{path} ist keine faktor4-Datei: {why}.",
    "error.why.no_header": "der Kopf „{header}“ mit der Schemaversion fehlt",
    "error.why.unknown_schema": "die Schemaversion {version} ist unbekannt",
    "error.why.top_level": "die oberste Ebene ist kein JSON-Objekt",
    "error.why.key_twice": "der Schlüssel „{name}“ steht zweimal im selben Objekt",
    "error.why.id_form": (
        "die Nummer „{row}“ in „{table}“ ist nicht in ihrer einfachen Form geschrieben (ohne führende Nullen, nicht 0)"
    ),
    "error.why.id_counter": "die Nummer „{row}“ in „{table}“ ist nicht kleiner als der Zähler next_id ({next_id})",
    "error.why.id_two_tables": "die Nummer „{row}“ steht in „{table}“ und in „{other}“; jede Nummer gibt es einmal",
    "error.why.header_negative": "die Zahl „{name}“ im Kopf ist negativ",
    "error.why.header_field": "im Kopf fehlt die ganze Zahl „{name}“",
    "error.why.file_id": "im Kopf ist „{name}“ keine gültige Kennung (eine nicht leere Zeichenkette)",
    "error.why.table_not_object": "die Tabelle „{table}“ ist kein JSON-Objekt",
    "error.why.table_missing": "die Tabelle „{table}“ fehlt",
    "error.why.row_malformed": "der Datensatz „{row}“ in „{table}“ ist fehlerhaft",
    "error.why.row_field": "der Datensatz {row} in „{table}“ hat kein gültiges Feld „{field}“",
    "error.why.row_lines": "im Datensatz {row} in „{table}“ ist „{field}“ keine Liste von Zeilen",
    "error.why.invalid_aktion": "der Datensatz {row} in „{table}“ hat eine ungültige Aktionsnummer",
    "error.why.invalid_votes": "der Datensatz {row} in „{table}“ hat eine ungültige Stimmenzahl",
    "error.why.invalid_origin": "der Datensatz {row} in „{table}“ hat eine ungültige Herkunftsangabe",
    "error.why.invalid_note": "der Datensatz {row} in „{table}“ hat eine ungültige Notiz-Markierung",
    "error.why.invalid_version": "der Datensatz {row} in „{table}“ hat einen ungültigen Änderungszähler",
    "error.why.invalid_conflict": "der Datensatz {row} in „{table}“ hat eine ungültige Konflikt-Markierung",
    "error.why.unknown_section": "der Eintrag {row} hat den unbekannten Abschnitt „{section}“",
    "error.unknown_section": "Unbekannter Abschnitt {section}; möglich sind: {sections}.",
    "error.too_long_in": "{path} wurde nicht geändert: der Text hat {length} Zeichen, erlaubt sind höchstens {limit}.",
    "error.too_long": "Der Text hat {length} Zeichen, erlaubt sind höchstens {limit}; es wurde nichts gespeichert.",
    "input.paste_too_long": (
        "Eingefügter Text mit {length} Zeichen ist zu lang (höchstens {limit}); nichts wurde eingefügt."
    ),
    "error.empty.aufgabe": "Die Aufgabe ist leer; es wurde nichts gespeichert.",
    "error.empty.entry": "Der Eintrag ist leer; es wurde nichts gespeichert.",
    "error.empty.workshop_name": "Der Name des Workshops ist leer; es wurde nichts gespeichert.",
    "error.gone.aufgabe": "Die Aufgabe ({id}) gibt es nicht mehr; vielleicht hat jemand anderes sie gelöscht.",
    "error.gone.entry": "Den Eintrag ({id}) gibt es nicht mehr; vielleicht hat jemand anderes ihn gelöscht.",
    "error.gone.workshop": "Den Workshop ({id}) gibt es nicht mehr; vielleicht hat jemand anderes ihn gelöscht.",
    # The Papierkorb: what a delete keeps, listing it, restoring it (store, palette, faktor4 trash/restore).
    "error.why.trash_kind": "der Papierkorb-Eintrag {row} hat keine bekannte Art (entry, aufgabe, workshop)",
    "error.why.trash_rows": "der Papierkorb-Eintrag {row} enthält nicht genau das, was seine Art und „row“ angeben",
    "error.why.trash_id_twice": "die Nummer {id} im Papierkorb-Eintrag {row} ist schon vergeben",
    "error.why.trash_id_counter": (
        "die Nummer {id} im Papierkorb-Eintrag {row} ist nicht kleiner als der Zähler „next_id“"
    ),
    "error.trash.gone": "Das liegt nicht mehr im Papierkorb; vielleicht hat es jemand anderes schon wiederhergestellt.",
    "error.trash.aufgabe_first": (
        "„{text}“ gehört zur Aufgabe „{parent}“, die selbst im Papierkorb liegt: erst Nummer {n} wiederherstellen."
    ),
    "error.trash.workshop_first": (
        "„{text}“ gehört zum Workshop „{parent}“, der selbst im Papierkorb liegt: erst Nummer {n} wiederherstellen."
    ),
    "error.trash.aufgabe_gone": (
        "„{text}“ lässt sich nicht wiederherstellen: die Aufgabe, zu der es gehörte, gibt es nicht mehr."
    ),
    "error.trash.workshop_gone": (
        "„{text}“ lässt sich nicht wiederherstellen: den Workshop, zu dem es gehörte, gibt es nicht mehr."
    ),
    "error.trash.name_taken": (
        "Es gibt schon einen Workshop „{name}“; erst ihn umbenennen, dann den gelöschten wiederherstellen."
    ),
    "trash.time_format": "%d.%m.%Y %H:%M",
    "trash.what.entry": "Eintrag",
    "trash.what.aufgabe": "Aufgabe",
    "trash.what.workshop": "Workshop",
    "trash.holds": "{what} ({counts})",
    "trash.count.aufgaben.one": "1 Aufgabe",
    "trash.count.aufgaben.many": "{n} Aufgaben",
    "trash.count.entries.one": "1 Eintrag",
    "trash.count.entries.many": "{n} Einträge",
    "trash.where.aufgabe_trashed": "Aufgabe „{text}“ (im Papierkorb)",
    "trash.where.workshop_trashed": "{name} (im Papierkorb)",
    "trash.where.was_aufgabe": "war Aufgabe {n}",
    "trash.where.workshops": "Workshops",
    "trash.quoted": "„{text}“",
    "trash.by": "gelöscht von {user}",
    "trash.empty": "Der Papierkorb ist leer.",
    "trash.title": "Papierkorb (neuestes zuerst)",
    "trash.hint": "Enter stellt das Gewählte wieder her · Escape schließt",
    "trash.restored": "Wiederhergestellt: {what} „{text}“ – {where}.",
    "command.trash": "Papierkorb",
    "command.trash.tip": "Gelöschtes ansehen und mit Enter wiederherstellen.",
    "command.workshop_delete": "Workshop löschen",
    "command.workshop_delete.tip": "Den aktuellen Workshop mit allen Aufgaben und Einträgen in den Papierkorb legen.",
    "workshop.delete_question": "Workshop „{name}“ ({counts}) in den Papierkorb legen?",
    "workshop.deleted": "Workshop „{name}“ liegt im Papierkorb (Strg+P, „Papierkorb“ holt ihn zurück).",
    "delete.confirm_aufgabe": "Noch einmal d drücken, um Aufgabe {n} mit {m} Einträgen in den Papierkorb zu legen",
    "delete.confirm_aufgabe_one": "Noch einmal d drücken, um Aufgabe {n} mit 1 Eintrag in den Papierkorb zu legen",
    "cli.trash.help": "den Papierkorb zeigen (Gelöschtes, neuestes zuerst)",
    "cli.trash.description": (
        "Zeigt alles Gelöschte der Datei, eine Zeile je Stück: Nummer, Zeit, was, Textanfang, wo. "
        "„faktor4 restore DATEI N“ holt Nummer N zurück."
    ),
    "cli.trash.file_help": "die faktor4-JSON-Datei",
    "cli.trash.empty": "{path}: der Papierkorb ist leer.",
    "cli.restore.help": "Nummer N aus dem Papierkorb wiederherstellen",
    "cli.restore.description": (
        "Holt Nummer N aus „faktor4 trash DATEI“ ganz zurück an ihren alten Platz "
        "(eine Aufgabe mit ihren Einträgen, ein Workshop mit allem darin)."
    ),
    "cli.restore.number_help": "die Nummer aus „faktor4 trash DATEI“ (1 = zuletzt gelöscht)",
    "cli.restore.no_item": "{path}: im Papierkorb gibt es keine Nummer {n} (Nummern 1 bis {count}).",
    "cli.restore.empty": "{path}: der Papierkorb ist leer; es gibt nichts wiederherzustellen.",
    "cli.restore.refused": "{path}: {reason}",
    "error.settings_ignored": (
        "Die Einstellungen in {path} werden nicht gelesen: {reason}; es gelten die Voreinstellungen."
    ),
    "error.settings_reason.not_regular": "keine gewöhnliche Datei (ein Link, eine FIFO, ein Gerät oder ein Ordner)",
    "error.settings_reason.too_big": "größer als {limit} KiB",
    "error.settings_not_saved": "Die Einstellungen konnten nicht in {path} gespeichert werden: {reason}.",
    # Command line: --help texts, errors (stderr, exit 2) and what a command reports.
    "cli.usage": "Aufruf: ",
    "cli.positionals": "Argumente",
    "cli.options": "Optionen",
    "cli.help_option": "diese Hilfe zeigen und beenden",
    "cli.description": "Workshop-Ergebnisse live erfassen und als Foliensatz präsentieren.",
    "cli.lang.help": (
        "Sprache der Oberfläche und der Folien für diesen Aufruf, vor oder nach BEFEHL "
        "(Standard: die gespeicherte Wahl, sonst $LC_ALL/$LC_MESSAGES/$LANG, sonst de)"
    ),
    "cli.lang.bad": "--lang braucht eine dieser Sprachen: {choices} (angegeben: {value}).",
    "cli.lang.missing": "--lang braucht eine dieser Sprachen: {choices} (es wurde keine angegeben).",
    "cli.tui.description": (
        "Workshop-Ergebnisse live erfassen und als Foliensatz präsentieren: faktor4 DATEI öffnet die "
        "Erfassung auf DATEI (fehlt sie, wird sie angelegt); die Befehle unten erledigen den Rest."
    ),
    "cli.tui.file_help": "die faktor4-JSON-Datei (Standard: $FAKTOR4_FILE)",
    "cli.tui.demo_help": "den Demo-Workshop in einer neuen temporären Datei öffnen",
    "cli.stub.help": "(noch nicht verfügbar) {name}",
    "cli.stub.unavailable": "„faktor4 {name}“ gibt es noch nicht.",
    "cli.dangling_link": "{path} ist ein symbolischer Link auf {destination}, und diese Datei gibt es nicht.",
    "cli.missing_file": "{path} gibt es nicht; anlegen mit: faktor4 init {path}",
    "cli.not_a_file": "{path} gibt es nicht oder ist keine Datei.",
    "cli.no_workshop": "{path} hat keinen Workshop „{name}“.",
    "cli.none": "keine",
    "cli.created": "{path} angelegt.",
    "cli.init.help": "eine neue Datei anlegen (überschreibt nie)",
    "cli.init.file_help": "die neue faktor4-JSON-Datei",
    "cli.init.demo_help": "mit dem Demo-Workshop füllen",
    "cli.add.help": "eine Aufgabe oder einen Eintrag hinzufügen",
    "cli.add.description": (
        "Ohne --aufgabe wird TEXT eine neue Aufgabe des Workshops; mit --aufgabe N und --section ABSCHNITT "
        "ein neuer Eintrag dieser Aufgabe."
    ),
    "cli.add.workshop_help": "Name des Workshops (ein unbekannter wird abgelehnt, außer mit --create)",
    "cli.add.aufgabe_help": "Nummer der Aufgabe (ab 1)",
    "cli.add.section_help": "einer von: {sections}",
    "cli.add.note_help": "den Eintrag als Notiz ohne Nummer hinzufügen",
    "cli.add.together": (
        "--aufgabe und --section gehören zusammen: beide angeben, um einen Eintrag hinzuzufügen, "
        "keins von beiden für eine neue Aufgabe."
    ),
    "cli.add.workshop_deleted": "{path}: der Workshop „{name}“ wurde inzwischen gelöscht; es wurde nichts hinzugefügt.",
    "cli.add.no_aufgabe": (
        "{path}: der Workshop „{workshop}“ hat {count} Aufgaben, eine Aufgabe {n} gibt es also nicht."
    ),
    "cli.export.help": "Ergebnisse exportieren (Markdown, CSV, JSON, PowerPoint, xlsx, PDF, HTML)",
    "cli.export.description": (
        "DATEI exportieren als Markdown (der Foliensatz als Wiki-Seite), CSV (für Programme: RFC 4180, UTF-8, "
        "eine Zeile pro Eintrag und eine pro Aufgabe ohne Einträge; für Tabellenkalkulationen xlsx nehmen), "
        "JSON (alle Daten, siehe docs/json-export.md), PowerPoint (eine Folie pro Folie des Foliensatzes, "
        "braucht das Extra „pptx“), xlsx (für Tabellenkalkulationen wie Calc und Excel: die Blätter "
        "Aufgaben, Einträge und Veranstaltung; braucht das Extra „xlsx“), PDF (die Dokumentation auf A4, "
        "braucht das Extra „pdf“) oder HTML (eine eigenständige Seite für jeden Webserver). Textformate gehen "
        "auf die Standardausgabe, wenn -o fehlt."
    ),
    "cli.export.file_help": "die faktor4-JSON-Datei",
    "cli.export.format_help": "md, csv (für Programme), json, pptx, xlsx (für Tabellenkalkulationen), pdf oder html",
    "cli.export.output_help": "Ausgabedatei („-“ für die Standardausgabe; für pptx, xlsx und pdf nötig)",
    "cli.export.force_help": "ZIEL überschreiben, wenn es die Datei schon gibt",
    "cli.export.workshop_help": "nur diesen Workshop exportieren",
    "cli.export.pptx_needs_output": (
        "{path}: ein PowerPoint-Export braucht eine Ausgabedatei, also -o DATEI.pptx angeben."
    ),
    "cli.export.is_input": (
        "{path} ist die Datei, die exportiert wird, oder ihre Sperrdatei; bitte eine andere Ausgabedatei wählen."
    ),
    # xlsx export (issue 14): the command line.
    "cli.output.is_folder": "{path} ist ein Ordner; bitte nach -o einen Dateinamen angeben.",
    "cli.output.exists": "{path} gibt es schon; zum Überschreiben --force angeben.",
    "cli.output.no_folder": "{path} kann nicht geschrieben werden: den Ordner {folder} gibt es nicht.",
    "cli.output.failed": "{path} konnte nicht geschrieben werden ({reason}).",
    "cli.import.help": "eine Markdown-Gliederung (aus „faktor4 export --format md“) einlesen",
    "cli.import.description": (
        "GLIEDERUNG.md einlesen (in der Form, die „faktor4 export --format md“ schreibt). Ohne --into "
        "entsteht daneben GLIEDERUNG.json, nie wird etwas überschrieben; mit --into DATEI kommen die Workshops "
        "der Gliederung in einer Änderung zu DATEI hinzu – Namen, die DATEI schon hat, werden abgelehnt, "
        "und die Veranstaltungsangaben von DATEI bleiben, außer sie sind leer."
    ),
    "cli.import.outline_help": "die Markdown-Gliederung",
    "cli.import.into_help": "eine vorhandene faktor4-Datei, zu der die Workshops hinzukommen",
    "cli.import.not_utf8": "{path} ist kein UTF-8-Text (Byte {byte}).",
    "cli.import.unreadable": "{path} kann nicht gelesen werden ({reason}).",
    "cli.import.workshop_taken": (
        "{path} hat schon einen Workshop „{name}“; es wurde nichts importiert. Zusammenführen statt "
        "importieren: faktor4 import {outline} (ergibt {json}), dann faktor4 merge {json} --into {path}."
    ),
    "cli.import.event_kept": (
        "{path} behält seine eigenen Veranstaltungsangaben; die der Gliederung wurden nicht übernommen."
    ),
    "cli.import.kept_changing": (
        "{path} hat sich während des Imports immer wieder geändert; es wurde nichts importiert, "
        "bitte noch einmal versuchen."
    ),
    "cli.import.done": "{n} Workshop(s) in {path} importiert.",
    "cli.import.json_name": (
        "{path} endet auf .json; bitte der Gliederung einen Namen auf .md geben oder --into DATEI verwenden."
    ),
    "cli.merge.help": "mehrere Räume zu einer Forumsdatei zusammenführen",
    "cli.merge.description": (
        "faktor4-Dateien zusammenführen: Workshops mit gleichem Namen werden vereint, jede Aufgabe und jeder "
        "Eintrag behält seine Herkunft (den Dateinamen der Eingabe), eine Datei ein zweites Mal "
        "zusammenzuführen fügt nichts hinzu, und abweichende Veranstaltungsangaben werden gemeldet "
        "(die erste Datei gilt). Die Eingabedateien bleiben unverändert."
    ),
    "cli.merge.inputs_help": "faktor4-Dateien (oder JSON-Exporte), die zusammengeführt werden",
    "cli.merge.output_help": "die neue Datei („-“ für die Standardausgabe)",
    "cli.merge.force_help": "FORUM.json überschreiben, wenn es die Datei schon gibt (nie eine Eingabedatei)",
    "cli.merge.bad_export": "{path} kann nicht zusammengeführt werden: {reason}.",
    "cli.merge.same_name": (
        "{path} und {other} haben denselben Namen, ihre Herkunft wäre also nicht zu unterscheiden; "
        "bitte eine der Dateien umbenennen."
    ),
    "cli.merge.output_is_input": (
        "{path} ist eine der Eingabedateien oder ihre Sperrdatei; faktor4 merge ändert nie eine Eingabedatei."
    ),
    "cli.present.help": "die Folien zeigen (schreibgeschützt, folgt der Datei live)",
    "cli.present.description": (
        "Den Foliensatz im Vollbild zeigen; Änderungen anderer Programme erscheinen innerhalb von 0,5 s."
    ),
    "cli.present.workshop_help": "nur dieser Workshop (Standard: alle)",
    "cli.present.no_workshop": "{path} hat keinen Workshop „{name}“ (Workshops: {known}).",
    "cli.no_terminal.app": (
        "faktor4 braucht ein Terminal zum Tippen (Eingabe oder Fehlerausgabe ist keines, z. B. unter cron"
        " oder mit </dev/null); aus einem Skript hinzufügen: faktor4 add."
    ),
    "cli.no_terminal.present": (
        "faktor4 present braucht ein Terminal zum Anzeigen (Eingabe oder Fehlerausgabe ist keines, z. B. unter cron"
        " oder mit </dev/null); Folien als Datei: faktor4 export DATEI -f pptx; im Browser: faktor4 serve DATEI."
    ),
    "cli.serve.help": "die Präsentation im Browser zeigen (schreibgeschützt)",
    "cli.serve.description": (
        "Die schreibgeschützte Präsentation von DATEI für Webbrowser bereitstellen. Lauscht nur auf {host}, "
        "außer --host ist angegeben; das Rezept mit ssh -L steht in der README."
    ),
    "cli.serve.file_help": "die faktor4-JSON-Datei, die gezeigt wird",
    "cli.serve.host_help": "Adresse, auf der gelauscht wird (Standard: {host}, nur dieser Rechner)",
    "cli.serve.port_help": "Port (Standard: {port})",
    "cli.serve.workshop_help": "nur diesen Workshop zeigen",
    "cli.serve.bad_port": "{value} ist keine Portnummer (1–65535)",
    # Domain words.
    "aufgabe.label": "Aufgabe {n}",
    "aktion.label": "Aktion {n}",
    "problems.question": "Wo sehen Sie die drängendsten Probleme und Aufgaben?",
    "workshop.label": "Workshop: {name}",
    "event.goal": "Ziel des Workshops",
    "event.agenda": "Ablauf der Workshops",
    "event.title": "Titel",
    "event.forum": "Forum",
    "event.dates": "Termine",
    "plan.title": "Aktionsplan",
    "plan.more_than_four": "Der Aktionsplan hat {n} Aktionen; die Vorlage sieht 3–4 vor.",
    "empty": "— noch offen —",
    "continued": "(Forts.)",
    "note": "Notiz",
    # Save state in the header.
    "save.saved": "gespeichert {time}",
    "save.unsaved": "noch nicht gespeichert",
    "save.waiting.one": "noch nicht gespeichert: 1 Zeile wartet – {reason}",
    "save.waiting.many": "noch nicht gespeichert: {n} Zeilen warten – {reason}",
    "save.busy": (
        "{path} ist gerade von einem anderen Programm gesperrt; "
        "faktor4 speichert die Zeilen der Reihe nach, sobald die Datei frei ist"
    ),
    "save.stranded": "„{text}“ ({where}) konnte nicht gespeichert werden: {reason}",
    "save.unsaved_at_exit": "Diese Zeilen konnten nicht in {path} gespeichert werden (hier zum Kopieren):",
    "save.readonly": "schreibgeschützt",
    # Exports (Markdown, CSV, PowerPoint).
    "export.votes": "Stimmen: {n}",
    "export.more_aufgaben": "Weitere Aufgaben mit Einträgen (nicht im Aktionsplan)",
    "export.counter": "{n} / {total}",
    "export.pptx.notes": "Vollständiger Text (auf der Folie gekürzt oder fortgesetzt):",
    # PDF and HTML exports (issue 14).
    "export.pdf.page": "Seite {n} von {total}",
    "export.pdf.documentation": "Dokumentation",
    # Characters the PDF's font cannot draw (emoji, CJK): said after the export.
    "export.pdf.replaced_one": "{path}: 1 Zeichen kann die Schrift nicht darstellen; im PDF steht dafür {marker}.",
    "export.pdf.replaced": (
        "{path}: {n} Zeichen kann die Schrift nicht darstellen; im PDF steht dafür jeweils {marker}."
    ),
    "export.html.contents": "Inhalt",
    "cli.export.needs_extra": (
        "{path} kann nicht geschrieben werden: der {name}-Export braucht {package} (pip install 'faktor4[{extra}]')."
    ),
    "cli.export.needs_output": "{path}: ein {name}-Export braucht eine Ausgabedatei, also -o DATEI.{suffix} angeben.",
    "export.csv.workshop": "Workshop",
    "export.csv.aktion": "Aktion",
    "export.csv.aufgabe": "Aufgabe",
    "export.csv.aufgabe_text": "Aufgabe (Text)",
    "export.csv.section": "Abschnitt",
    "export.csv.label": "Bezeichnung",
    "export.csv.text": "Text",
    # xlsx export and the CSV's added columns (issue 14).
    "export.csv.votes": "Stimmen",
    "export.csv.origin": "Herkunft",
    "export.csv.aufgabe_origin": "Herkunft (Aufgabe)",
    "export.xlsx.sheet.aufgaben": "Aufgaben",
    "export.xlsx.sheet.entries": "Einträge",
    "export.xlsx.sheet.event": "Veranstaltung",
    "export.xlsx.workshop": "Workshop",
    "export.xlsx.aufgabe": "Aufgabe",
    "export.xlsx.aufgabe_text": "Aufgabe (Text)",
    "export.xlsx.votes": "Stimmen",
    "export.xlsx.aktion": "Aktion",
    "export.xlsx.entries": "Einträge",
    "export.xlsx.origin": "Herkunft",
    "export.xlsx.section": "Abschnitt",
    "export.xlsx.question": "Frage",
    "export.xlsx.label": "Bezeichnung",
    "export.xlsx.text": "Text",
    "export.xlsx.field": "Feld",
    "export.xlsx.value": "Inhalt",
    # Deck and presentation (faktor4 present, f5).
    "deck.counter": "{n} / {total}",
    "deck.vote": "{n} Stimme",
    "deck.votes": "{n} Stimmen",
    "present.next": "Weiter",
    "present.next.tip": "Nächste Folie",
    "present.prev": "Zurück",
    "present.prev.tip": "Vorige Folie",
    "present.first": "Anfang",
    "present.first.tip": "Erste Folie",
    "present.last": "Ende",
    "present.last.tip": "Letzte Folie",
    "present.digit": "Folie Nr.",
    "present.digit.tip": "Ziffern, dann Enter: zu dieser Folie springen",
    "present.goto": "Gehe zu Folie {digits} (Enter)",
    "present.timer": "Timer",
    "present.timer.tip": "Countdown starten oder anhalten",
    "present.timer.more": "+1 min",
    "present.timer.more.tip": "Countdown um eine Minute verlängern",
    "present.timer.less": "-1 min",
    "present.timer.less.tip": "Countdown um eine Minute verkürzen",
    "present.timer.label": "Zeit {time}",
    "present.timer.over": "Zeit ist um",
    "present.timer.preset": "Timer: {minutes} min",
    "present.leave": "Beenden",
    "present.leave.tip": "Präsentation verlassen",
    "present.hint": "→ weiter  ← zurück  [ ] Workshop  w wählen  F1 Hilfe  q Ende",
    "present.stale": "Datei gerade nicht lesbar, zeige den letzten Stand: {error}",
    "present.replaced": "{path} wurde durch eine andere Datei ersetzt – zeige weiter die bisherigen Folien.",
    "present.replaced_notice": (
        "{path} wurde durch eine andere Datei ersetzt. Die Präsentation zeigt weiter die bisherigen Folien; "
        "neu starten zeigt die neue Datei."
    ),
    "save.opened": "alles gespeichert",
    # The app: header, messages.
    "app.title": "faktor4",
    "app.no_workshop": "kein Workshop",
    "app.readonly_refused": "{path} ist schreibgeschützt; die Änderung wurde nicht gespeichert.",
    "app.undone": "Rückgängig gemacht.",
    "app.redone": "Wiederhergestellt.",
    "app.nothing_to_undo": "Nichts rückgängig zu machen.",
    "app.nothing_to_redo": "Nichts wiederherzustellen.",
    "app.aufgabe_gone": "Diese Aufgabe wurde gelöscht (vielleicht an einem anderen Rechner).",
    "draft.offered": (
        "Nicht gespeicherter Entwurf wiederhergestellt: Enter speichert ihn, Zeile leeren und Esc verwirft ihn."
    ),
    "draft.waiting": (
        "Ein nicht gespeicherter Entwurf liegt in {where}: „{text}“. "
        "Er steht wieder da, wenn Sie dort die Eingabe öffnen."
    ),
    "draft.orphaned": (
        "Ein nicht gespeicherter Entwurf für {where} hat seinen Platz verloren (dort wurde gelöscht): „{text}“. "
        "Er bleibt aufbewahrt in {path} und steht wieder da, wenn die Stelle wiederhergestellt wird."
    ),
    "draft.place_gone": (
        "{where} wurde gelöscht (vielleicht an einem anderen Rechner). Ihr nicht gespeicherter Text „{text}“ ist "
        "nicht verloren: er bleibt aufbewahrt in {path} und steht wieder da, wenn die Stelle wiederhergestellt wird."
    ),
    "draft.broken": (
        "Die Entwurfsdatei {path} war beschädigt ({reason}); sie liegt jetzt unter {moved}. "
        "Neue Entwürfe werden aufbewahrt."
    ),
    "draft.unreadable": (
        "Die Entwurfsdatei {path} kann nicht gelesen werden ({reason}); Entwürfe werden nicht aufbewahrt."
    ),
    "draft.not_saved": "Der Entwurf konnte nicht in {path} aufbewahrt werden: {reason}",
    "draft.where.event": "Veranstaltung · {field}",
    "draft.where.lines_add": "Veranstaltung · {field} (neue Zeile)",
    "draft.where.lines_edit": "Veranstaltung · {field}, Zeile {n}",
    "draft.where.aufgaben_add": "Workshop „{workshop}“ (neue Aufgabe)",
    "draft.where.aufgabe_edit": "{aufgabe} im Workshop „{workshop}“",
    "draft.where.entries_add": "{aufgabe} · {section} (neue Zeile)",
    "draft.where.entry_edit": "{entry} in {aufgabe}",
    "draft.where.unknown": "eine Stelle, die es nicht mehr gibt",
    # The held notice: the place being typed into vanished.
    "held.title": "Angehalten – Ihre weiteren Tasten wurden nicht ausgeführt",
    "held.aufgabe_gone": "Die Aufgabe, in die Sie geschrieben haben, wurde gelöscht, vermutlich von jemand anderem.",
    "held.line_gone": "Die Zeile, die Sie gerade ändern, wurde gelöscht, vermutlich von jemand anderem.",
    "held.workshop_back": "Der Workshop „{name}“ ist wieder da (wiederhergestellt).",
    "held.workshop_gone": (
        "Der Workshop „{name}“, in dem Sie gearbeitet haben, wurde gelöscht, vermutlich von jemand anderem."
    ),
    "held.file_replaced": (
        "Die Datei {path} wurde durch eine andere ersetzt (eine ältere Fassung oder eine andere Datei); "
        "angezeigt wird jetzt deren Inhalt."
    ),
    "held.typed": "Ihr Text: „{text}“",
    "held.typed_after": "Danach getippt (nicht ausgeführt): „{text}“",
    "held.keys": "Strg+O: weiter. Bis dahin wird keine Taste als Befehl ausgeführt.",
    "held.button": "Weiter (Strg+O)",
    "app.replaced": (
        "{path} wurde durch eine andere Datei ersetzt. faktor4 schreibt nichts hinein; getippter Text bleibt im "
        "Eingabefeld. Mit der neuen Datei weiterarbeiten: Strg+P → „Neue Datei öffnen“."
    ),
    "app.replaced_refused": (
        "{path} wurde durch eine andere Datei ersetzt; die Änderung wurde nicht gespeichert "
        "(getippter Text bleibt im Eingabefeld)."
    ),
    "app.replaced_back": "{path} ist wieder die bisherige Datei; Änderungen werden wieder gespeichert.",
    "app.replaced_followed": "Weiter mit der Datei, die jetzt {path} ist; Rückgängig beginnt neu.",
    "app.replaced_unsaved": "Nicht gespeichert (die Datei wurde ersetzt): „{text}“",
    # Lists.
    "list.empty": "— noch offen — (a: hinzufügen)",
    "list.add_placeholder": "Neu: {noun} – Enter speichert, Esc schließt",
    "list.edit_placeholder": "{noun} ändern – Enter speichert, Esc bricht ab",
    "list.filter_placeholder": "Filter – tippen zum Suchen, Enter zur Liste, Esc hebt auf",
    "list.filter_none": "Nichts gefunden für „{text}“.",
    "list.no_notes": "Aufgaben haben keine Notizen; m gilt nur in den Bereichen.",
    "noun.aufgabe": "Aufgabe",
    "noun.line": "Zeile",
    "noun.loesungen": "Lösung",
    "noun.akteure": "Akteur",
    "noun.start": "Start",
    "noun.umsetzungsprobleme": "Umsetzungsproblem",
    "noun.unterstuetzer": "Unterstützer",
    "noun.sponsoren": "Sponsor",
    "list.readonly": "Die Datei ist schreibgeschützt; hier kann nichts geändert werden.",
    # Screens.
    "aufgabe.none": "Keine Aufgaben – mit a die erste anlegen.",
    "workshop.title": "Workshop wählen oder anlegen",
    "workshop.first": "Wie heißt der erste Workshop?",
    "workshop.new_placeholder": "Name des neuen Workshops – Enter legt an",
    "event.screen": "Veranstaltung bearbeiten",
    "event.field_hint": "Enter speichert das Feld",
    "help.title": "Tastenkürzel",
    "help.close": "Esc, q oder F1 schließt",
    "help.group.massnahme": "Maßnahmenblatt (M)",
    "help.group.massnahmen": "Maßnahmen-Übersicht (T)",
    "help.group.app": "Überall",
    "help.group.problems": "Aufgabenliste",
    "help.group.aufgabe": "Aufgabe (sechs Bereiche)",
    "help.group.event": "Veranstaltung",
    "help.group.list": "Jede Liste (Aufgaben und Bereiche)",
    # Key descriptions (footer, short) and tooltips (help, long).
    "key.quit": "Beenden",
    "key.quit.tip": "faktor4 beenden (alles ist schon gespeichert).",
    "key.help": "Hilfe",
    "key.help.tip": "Alle Tastenkürzel zeigen.",
    "key.palette": "Befehle",
    "key.palette.tip": "Befehlspalette öffnen und nach Befehlen suchen.",
    "key.present": "Präsentieren",
    "key.present.tip": "Die Präsentation ab der aktuellen Stelle starten.",
    "key.undo": "Rückgängig",
    "key.undo.tip": "Die letzte Änderung rückgängig machen.",
    "key.redo": "Wiederholen",
    "key.redo.tip": "Die zuletzt rückgängig gemachte Änderung wiederherstellen.",
    "key.workshop": "Workshop",
    "key.workshop.tip": "Workshop wechseln oder einen neuen anlegen.",
    "key.event": "Veranstaltung",
    "key.event.tip": "Titel, Forum, Termine, Ziel und Ablauf bearbeiten.",
    "key.down": "Runter",
    "key.down.tip": "Cursor eine Zeile nach unten.",
    "key.up": "Hoch",
    "key.up.tip": "Cursor eine Zeile nach oben.",
    "key.first": "Anfang",
    "key.first.tip": "Zur ersten Zeile.",
    "key.last": "Ende",
    "key.last.tip": "Zur letzten Zeile.",
    "key.page_down": "Seite runter",
    "key.page_down.tip": "Eine Bildschirmseite nach unten.",
    "key.page_up": "Seite hoch",
    "key.page_up.tip": "Eine Bildschirmseite nach oben.",
    "key.add": "Neu",
    "key.add.tip": "Zeilen hinzufügen: Enter speichert und öffnet die nächste, Esc oder leeres Enter schließt.",
    "key.edit": "Ändern",
    "key.edit.tip": "Die Zeile unter dem Cursor ändern: Enter speichert, Esc bricht ab.",
    "key.delete": "Löschen",
    "key.delete.tip": (
        "Die Zeile in den Papierkorb legen (eine Aufgabe mit Einträgen erst beim zweiten d; mit u rückgängig)."
    ),
    "key.move_up": "Nach oben",
    "key.move_up.tip": "Die Zeile eine Position nach oben schieben.",
    "key.move_down": "Nach unten",
    "key.move_down.tip": "Die Zeile eine Position nach unten schieben.",
    "key.note": "Notiz",
    "key.note.tip": "Zwischen nummeriertem Eintrag und Notiz (ohne Nummer) wechseln.",
    "key.filter": "Filter",
    "key.filter.tip": "Die Liste beim Tippen filtern.",
    "key.close": "Schließen",
    "key.close.tip": "Eingabe schließen bzw. Filter aufheben.",
    "key.open": "Öffnen",
    "key.open.tip": "Die Aufgabe mit ihren sechs Bereichen öffnen.",
    "key.plan": "Aktionsplan",
    "key.plan.tip": "Die Aufgabe in den Aktionsplan aufnehmen oder herausnehmen.",
    "key.pane": "Bereich",
    "key.pane.tip": "Zum Bereich {n} springen: {name}.",
    "key.next_pane": "Nächster Bereich",
    "key.next_pane.tip": "Zum nächsten Bereich.",
    "key.prev_pane": "Voriger Bereich",
    "key.prev_pane.tip": "Zum vorigen Bereich.",
    "key.prev_aufgabe": "Vorige Aufgabe",
    "key.prev_aufgabe.tip": "Die vorige Aufgabe der Liste öffnen.",
    "key.next_aufgabe": "Nächste Aufgabe",
    "key.next_aufgabe.tip": "Die nächste Aufgabe der Liste öffnen.",
    "key.back": "Zurück",
    "key.back.tip": "Zurück zur Aufgabenliste.",
    "key.event_back.tip": "Felder speichern und zurück.",
    # Dot voting on the problem list.
    "key.vote_add": "Punkt geben",
    "key.vote_add.tip": "Der Aufgabe unter dem Cursor einen Punkt geben (mit u rückgängig).",
    "key.vote_remove": "Punkt wegnehmen",
    "key.vote_remove.tip": "Der Aufgabe unter dem Cursor einen Punkt wegnehmen (nie unter null).",
    "key.sort": "Nach Punkten",
    "key.sort.tip": "Die Liste nach Punkten sortiert zeigen bzw. wieder in Listenreihenfolge (nur die Ansicht).",
    "key.propose": "Plan vorschlagen",
    "key.propose.tip": (
        "Die vier Aufgaben mit den meisten Punkten werden der Aktionsplan (ein Schritt, mit u rückgängig)."
    ),
    "votes.sorted_hint": "Nach Punkten sortiert – s zeigt wieder die Listenreihenfolge.",
    "votes.sorted_no_move": (
        "Nach Punkten sortiert lässt sich nichts verschieben; s zeigt wieder die Listenreihenfolge."
    ),
    "votes.none": "Noch keine Punkte vergeben: mit + der Aufgabe unter dem Cursor einen Punkt geben.",
    "votes.proposed": "Aktionsplan vorgeschlagen: {aufgaben} (u macht es rückgängig).",
    # Command palette (ctrl+p) and its dialogs.
    "palette.placeholder": "Befehl oder Text einer Aufgabe bzw. eines Eintrags suchen …",
    "command.workshop": "Workshop wechseln",
    "command.workshop_new": "Neuer Workshop",
    "command.workshop_new.tip": "Einen Workshop anlegen und zu ihm wechseln.",
    "command.workshop_rename": "Workshop umbenennen",
    "command.workshop_rename.tip": "Dem aktuellen Workshop einen neuen Namen geben.",
    "command.present": "Präsentieren",
    "command.export": "Exportieren als {format}",
    "command.export.tip": "Die ganze Datei als {format} speichern (fragt nach dem Dateinamen).",
    "command.event": "Veranstaltung bearbeiten",
    "command.follow_file": "Neue Datei öffnen",
    "command.follow_file.tip": "Die Datei wurde ersetzt: mit der Datei weiterarbeiten, die jetzt dort liegt",
    "command.sort": "Nach Punkten sortieren",
    "command.propose": "Aktionsplan aus Punkten vorschlagen",
    "command.theme": "Farbschema wählen",
    "command.theme.tip": "Ein anderes Farbschema; faktor4 merkt es sich.",
    "command.theme.placeholder": "Farbschema suchen …",
    "command.language": "Sprache: {name}",
    "command.language.tip": "Die Oberfläche auf diese Sprache umstellen (gilt ab dem nächsten Start).",
    "prompt.hint": "Enter übernimmt, Esc bricht ab",
    "prompt.cancel.tip": "Abbrechen, ohne etwas zu ändern.",
    "prompt.yes": "Ja",
    "prompt.yes.tip": "Ja (j, y oder Enter).",
    "prompt.no": "Nein",
    "prompt.no.tip": "Nein (n oder Esc).",
    "prompt.confirm_hint": "j oder Enter: ja · n oder Esc: nein",
    "workshop.new_title": "Name des neuen Workshops",
    "workshop.rename_title": "Neuer Name für den Workshop „{name}“",
    "search.unsaved": "Erst die offene Eingabe speichern (Enter) oder verwerfen (Esc).",
    "search.gone": "Dieser Treffer ist nicht mehr da (vielleicht an einem anderen Rechner gelöscht).",
    "export.prompt": "Export als {format} speichern unter",
    "export.exists": "{path} gibt es schon. Überschreiben?",
    "export.is_folder": "{path} ist ein Ordner; bitte einen Dateinamen angeben.",
    "export.is_data_file": (
        "{path} ist die Datei, die exportiert wird, oder ihre Sperrdatei; bitte einen anderen Namen wählen."
    ),
    "export.no_folder": "{path} kann nicht geschrieben werden: den Ordner {folder} gibt es nicht.",
    "export.done": "Exportiert nach {path}.",
    "language.saved": "Sprache {name} gespeichert; sie gilt ab dem nächsten Start von faktor4.",
    "language.active": "Die Sprache ist schon {name}; gespeichert.",
    # Working together: conflicts and refused undo steps.
    "error.conflict.changed": "„{text}“ wurde inzwischen von jemand anderem geändert",
    "error.conflict.entries_added": "in die Aufgabe „{text}“ hat inzwischen jemand anderes Einträge geschrieben",
    "error.conflict.aufgaben_added": "in den Workshop „{text}“ hat inzwischen jemand anderes Aufgaben geschrieben",
    "conflict.kept_both": (
        "Jemand anderes hat diesen Text inzwischen geändert („{theirs}“). Beide Fassungen sind erhalten: "
        "deren an ihrem Platz, Ihre direkt darunter, als Konflikt markiert."
    ),
    "conflict.kept_both_field": (
        "Jemand anderes hat dieses Feld inzwischen geändert („{theirs}“). Beide Fassungen stehen jetzt "
        "darin, deren zuerst."
    ),
    "conflict.kept_both_line": (
        "Die Zeile „{theirs}“ wurde inzwischen von jemand anderem geändert. Ihre Fassung steht darunter."
    ),
    "conflict.not_deleted_line": (
        "Die Zeile „{theirs}“ wurde nicht gelöscht: jemand anderes hat sie inzwischen geändert."
    ),
    "conflict.not_renamed": (
        "Nicht umbenannt: jemand anderes hat den Workshop inzwischen „{theirs}“ genannt (Ihr Name: „{yours}“)."
    ),
    "conflict.mark": "Konflikt",
    "app.not_undone": "Nicht rückgängig gemacht: {reason}.",
    "app.not_redone": "Nicht wiederholt: {reason}.",
    # Issue 13, the Aktionsplan's order (keys < and >).
    "key.aktion_move": "Aktion verschieben",
    "key.aktion_earlier": "Aktion früher",
    "key.aktion_earlier.tip": (
        "Die Aktion unter dem Cursor im Aktionsplan eine Stelle nach vorn (die Aufgabe bleibt an ihrem Platz)."
    ),
    "key.aktion_later": "Aktion später",
    "key.aktion_later.tip": (
        "Die Aktion unter dem Cursor im Aktionsplan eine Stelle nach hinten (die Aufgabe bleibt an ihrem Platz)."
    ),
    "command.aktion_earlier": "Aktion im Aktionsplan früher",
    "command.aktion_later": "Aktion im Aktionsplan später",
    "plan.not_aktion": (
        "Aufgabe {n} ist nicht im Aktionsplan: mit Leertaste aufnehmen, dann mit < und > ihre Stelle im Plan ändern."
    ),
    "plan.not_aktion_text": "„{text}“ ist nicht im Aktionsplan",
    "plan.already_first": "Aktion {k} steht schon am Anfang des Aktionsplans.",
    "plan.already_last": "Aktion {k} steht schon am Ende des Aktionsplans.",
    "plan.moved": "Aufgabe {n} ist jetzt Aktion {k}.",
    "error.conflict.plan_changed": "den Aktionsplan mit „{text}“ hat inzwischen jemand anderes geändert",
    # Issue 13, merge --into the live forum file.
    "error.why.invalid_merged": "der Datensatz {row} in „{table}“ hat eine ungültige Zusammenführungs-Herkunft",
    "merge.summary": "{file} → {rooms}: {counts}.",
    "merge.added": "{n} neu",
    "merge.updated": "{n} geändert",
    "merge.kept": "{n} doppelt behalten (als Konflikt markiert)",
    "merge.left_deleted": "{n} im Forum gelöscht und nicht wieder hinzugefügt",
    "merge.nothing_new": "nichts Neues",
    "command.merge_room": "Raumdatei zusammenführen",
    "command.merge_room.tip": "Die Räume einer Laptop-Datei in diese Datei holen (eine Änderung: u nimmt sie zurück).",
    "merge.prompt": "Welche Raumdatei zusammenführen? (Pfad)",
    "merge.done_app": "{file} ist zusammengeführt; u nimmt das zurück.",
    "merge.room_new": "{name} (neu)",
    "merge.kept_both": (
        "„{here}“ wurde im Forum und in {file} geändert: beide Fassungen sind erhalten, die aus {file} "
        "(„{theirs}“) direkt darunter, als Konflikt markiert."
    ),
    "cli.merge.into_help": (
        "die laufende Forumsdatei: die Räume kommen als eine Änderung hinein, offene Apps und Präsentationen folgen"
    ),
    "cli.merge.into_itself": (
        "{path} ist die Forumsdatei selbst; eine Datei lässt sich nicht in sich selbst zusammenführen."
    ),
    "cli.merge.into_copy": (
        "{path} ist eine Kopie von {forum} (dieselbe Datei-Kennung); eine Datei lässt sich nicht in sich "
        "selbst zusammenführen."
    ),
    "cli.merge.into_export": (
        "{path} ist ein JSON-Export; mit --into lassen sich nur faktor4-Dateien zusammenführen "
        "(jede Zeile merkt sich ihre Herkunft über die Kennung der Datei)."
    ),
    "cli.merge.no_identity": (
        "{path} hat noch keine Datei-Kennung (von einer älteren faktor4-Version geschrieben): einmal mit "
        "faktor4 öffnen und etwas ändern, dann erneut zusammenführen."
    ),
    "cli.merge.event_kept": (
        "{path} behält seine Veranstaltungsangaben; die abweichenden aus {room} wurden nicht übernommen."
    ),
    "cli.merge.into_twice": "Dieselbe Raumdatei ist zweimal angegeben (auch unter zwei Namen); bitte jede nur einmal.",
    "cli.merge.into_done": (
        "In {path} zusammengeführt (eine Änderung, Stand {revision}). Zurücknehmen: neu angelegte Räume in "
        "faktor4 löschen (sie kommen in den Papierkorb); noch einmal zusammenführen fügt nichts doppelt hinzu."
    ),
    # Issue 13: the forum deck and the presentation's room keys.
    "deck.index.title": "Workshops",
    "deck.index.label": "Workshop {n}",
    "deck.index.line": "{name} – {aktionen}",
    "deck.index.none": "noch keine Aktion",
    "deck.index.one": "1 Aktion",
    "deck.index.many": "{n} Aktionen",
    "deck.forum_plan.title": "Aktionspläne aller Workshops",
    "deck.forum_plan.workshop": "Workshop",
    "present.room": "Workshop {n}/{total}: {name}",
    "present.rooms": "{total} Workshops",
    "present.room.next": "Workshop →",
    "present.room.next.tip": "Zur ersten Folie des nächsten Workshops",
    "present.room.prev": "Workshop ←",
    "present.room.prev.tip": "Zur ersten Folie des vorigen Workshops",
    "present.room.choose": "Workshop wählen",
    "present.room.choose.tip": "Einen Workshop aus der Liste wählen und zu seiner ersten Folie springen",
    "present.room.last": "Das ist der letzte Workshop.",
    "present.room.first": "Das ist der erste Workshop.",
    "present.help": "Hilfe",
    "present.help.tip": "Alle Tasten der Präsentation",
    "present.pick.title": "Zu welchem Workshop?",
    "present.pick.placeholder": "Tippen filtert die Workshops",
    "present.pick.hint": "↑↓ wählen · Enter springt hin · Esc bricht ab",
    "present.pick.none": "Kein Workshop passt.",
    "present.pick.move": "Auswahl",
    "present.pick.move.tip": "Den vorigen oder nächsten Workshop der Liste wählen",
    "present.pick.cancel.tip": "Ohne Sprung zurück zur Folie",
    "help.group.present": "Präsentation",
    # --- issue 13: rooms (workshop dialog, --workshop, add --create, the new file's event) ---
    "error.workshop.name_taken": (
        "Es gibt schon einen Workshop „{name}“; zwei Workshops dürfen nicht gleich heißen. Es wurde nichts gespeichert."
    ),
    "key.workshop_open.tip": "Den gewählten Workshop öffnen.",
    "workshop.number": "Workshop {n}",
    "workshop.label_of": "Workshop {n}/{total}: {name}",
    "workshop.overview": "Forum: {n} Workshops – Enter öffnet den gewählten",
    "workshop.hint": "Enter öffnet · a neu · e umbenennen · d löschen · K/J verschieben · u rückgängig · Esc schließt",
    "workshop.count.aktionen.one": "1 Aktion",
    "workshop.count.aktionen.many": "{n} Aktionen",
    "workshop.delete_confirm": "Noch einmal d drücken, um den Workshop „{name}“ ({counts}) in den Papierkorb zu legen",
    "workshop.first_room": "Das ist der einzige Workshop; zuerst einen neuen anlegen (a), dann diesen löschen.",
    "noun.workshop": "Workshop",
    "draft.where.workshops_add": "Workshops (neuer Workshop)",
    "draft.where.workshop_edit": "Name des Workshops „{name}“",
    "help.group.workshops": "Workshops (w, O): eine Liste wie jede – a neu, e umbenennen, d löschen, K/J verschieben",
    "key.workshop_close.tip": "Den Dialog schließen.",
    "command.overview": "Forum-Übersicht",
    "command.overview.tip": "Alle Workshops mit ihren Aufgaben, Aktionen und Einträgen; Enter öffnet einen.",
    "command.workshop_up": "Workshop nach vorn",
    "command.workshop_up.tip": "Den aktuellen Workshop in der Reihenfolge (und im Foliensatz) eins nach vorn.",
    "command.workshop_down": "Workshop nach hinten",
    "command.workshop_down.tip": "Den aktuellen Workshop in der Reihenfolge (und im Foliensatz) eins nach hinten.",
    "key.overview": "Forum",
    "key.overview.tip": "Forum-Übersicht: alle Workshops mit Zahlen; Enter öffnet einen.",
    "event.first": "Neue Datei: Worum geht es? Titel, Forum, Termine – Enter speichert ein Feld, Esc geht weiter",
    "cli.tui.workshop_help": "mit diesem Workshop beginnen (ohne: der zuletzt hier benutzte)",
    "cli.add.create_help": "den Workshop anlegen, wenn es ihn noch nicht gibt",
    "cli.add.create_hint": "Mit --create wird er angelegt.",
    "cli.unknown_workshop": "{path} hat keinen Workshop „{name}“ (Workshops: {known}).",
    "cli.no_workshops": "noch keine",
    # Command-line words of issue 14 (help for every argument, the command list).
    "cli.not_a_number": "{value} ist keine ganze Zahl",
    "cli.commands_heading": "Befehle:",
    "cli.commands_more": "Hilfe zu einem Befehl: faktor4 BEFEHL --help",
    "cli.add.file_help": "die faktor4-JSON-Datei",
    "cli.add.text_help": "der Text der neuen Aufgabe oder des Eintrags (mehrere Wörter ohne Anführungszeichen möglich)",
    "cli.present.file_help": "die faktor4-JSON-Datei, die gezeigt wird",
    # Reading a Markdown outline back (importer/outline.py): refusals name file and line.
    "import.at_line": "{source}, Zeile {line}: {why}.",
    "import.empty": "{source} ist leer; es gibt nichts einzulesen.",
    "import.text": "TEXT",
    "import.ends_before_title": "die Gliederung endet vor der Zeile mit dem Titel",
    "import.ends_before_forum": "die Gliederung endet vor der Zeile mit dem Forum",
    "import.ends_before_dates": "die Gliederung endet vor der Zeile mit den Daten",
    "import.title_first": "die Gliederung muss mit dem Titel der Veranstaltung als Überschrift „# “ beginnen",
    "import.forum_second": "der zweite Absatz muss das Forum in Fettschrift (**…**) sein oder {marker}",
    "import.dates_third": "der dritte Absatz müssen die Daten sein (oder {marker})",
    "import.heading_misplaced": "die Überschrift „{heading}“ gehört an dieser Stelle nicht zu einer faktor4-Gliederung",
    "import.twice": "„{heading}“ kommt zweimal vor",
    "import.before_workshops": "„{heading}“ muss vor dem ersten Workshop stehen",
    "import.not_workshop": (
        "die Überschrift „{heading}“ ist weder ein Workshop noch „{goal}“ oder „{agenda}“ der Veranstaltung"
    ),
    "import.no_workshop_name": "der Workshop hat keinen Namen",
    "import.problems_first": "die Problemliste muss in ihrem Workshop zuerst kommen, und nur einmal",
    "import.not_aufgabe_heading": (
        "die Überschrift „{heading}“ ist weder eine Aufgabe noch die Problemliste oder der Aktionsplan"
    ),
    "import.extras_heading": "unter „{more}“ muss eine Überschrift „{example}“ lauten",
    "import.question_misplaced": "die Überschrift „{heading}“ steht nicht dort, wo eine Frage stehen kann",
    "import.not_question": "„{heading}“ ist keine der sechs Fragen",
    "import.question_twice": "die Frage „{question}“ kommt bei dieser Aufgabe zweimal vor",
    "import.aufgabe_unknown": "Aufgabe {n} steht nicht in der Problemliste des Workshops {workshop}",
    "import.aufgabe_differs": "die Überschrift nennt Aufgabe {n} anders als die Problemliste",
    "import.aufgabe_twice": "Aufgabe {n} hat eine zweite Überschrift",
    "import.aktion_twice": "Aktion {n} kommt im Workshop {workshop} zweimal vor",
    "import.marked_and_lines": "ein Teil, der mit {marker} markiert ist, kann nicht auch Zeilen haben",
    "import.marker_twice": "{marker} steht zweimal hintereinander",
    "import.problem_line": "eine Zeile der Problemliste muss „- {example}“ lauten",
    "import.problem_order": "erwartet war Aufgabe {expected}, hier steht Aufgabe {found}",
    "import.aufgabe_no_text": "Aufgabe {n} hat keinen Text",
    "import.line_no_text": "diese Zeile hat keinen Text",
    "import.stray_bullet": ("eine Listenzeile muss zu „{goal}“, „{agenda}“, der Problemliste oder einer Frage gehören"),
    "import.marker_misplaced": "{marker} muss auf eine Überschrift folgen",
    "import.unknown_line": "„{line}“ ist keine Zeile, die faktor4 hier lesen kann",
    # Reading a JSON export (export/jsondata.py, for faktor4 merge).
    "export.json.not_export": 'es ist kein faktor4-Export (kein "format": "{format}")',
    "export.json.version": "die Exportversion {version} ist unbekannt (dieses faktor4 liest Version {known})",
    "export.json.malformed": "ein nötiges Feld fehlt oder hat die falsche Art ({error})",
    # faktor4 merge's note on differing event headers (merge.py).
    "merge.event_differs": "{label} hat andere Veranstaltungsangaben („{event}“); die ersten, aus {first}, bleiben.",
    "merge.goal_agenda": "Ziel/Ablauf",
    # The page of faktor4 serve (ui/serve_page.html).
    "serve.ended": "Die Präsentation ist beendet.",
    "serve.restart": "Neu starten",
    "serve.start": "Starten",
    # Usage placeholders (cli/argparse_words.py METAVARS).
    "cli.metavar.file": "DATEI",
    "cli.metavar.command": "BEFEHL",
    "cli.metavar.name": "NAME",
    "cli.metavar.text": "TEXT",
    "cli.metavar.key": "ABSCHNITT",
    "cli.metavar.out": "ZIEL",
    "cli.metavar.outline": "GLIEDERUNG.md",
    "cli.metavar.forum": "FORUM.json",
    "cli.metavar.dir": "ORDNER",
    # Why an OS call failed (i18n.os_reason), for the sentences that name a file.
    "os.enoent": "die Datei oder den Ordner gibt es nicht",
    "os.eacces": "keine Berechtigung",
    "os.eperm": "nicht erlaubt",
    "os.erofs": "das Dateisystem ist schreibgeschützt",
    "os.enospc": "der Datenträger ist voll",
    "os.edquot": "das Speicherkontingent ist aufgebraucht",
    "os.efbig": "die maximale Dateigröße ist erreicht",
    "os.eisdir": "das ist ein Ordner",
    "os.enotdir": "ein Teil des Pfads ist kein Ordner",
    "os.eloop": "zu viele symbolische Links",
    "os.eexist": "die Datei gibt es schon",
    "os.enametoolong": "der Name ist zu lang",
    "os.eio": "Ein-/Ausgabefehler des Datenträgers",
    "os.emfile": "zu viele offene Dateien",
    "os.enfile": "zu viele offene Dateien im System",
    "os.ebusy": "die Datei oder das Gerät ist belegt",
    "os.enolck": "keine Dateisperren verfügbar",
    "os.eaddrinuse": "die Adresse wird schon verwendet",
    "os.eaddrnotavail": "diese Adresse gehört nicht zu diesem Rechner",
    "os.enotempty": "der Ordner ist nicht leer",
    "os.exdev": "über Dateisystemgrenzen hinweg nicht möglich",
    "os.etimedout": "Zeitüberschreitung",
    "os.einval": "ungültiger Wert",
    # Python's json parser's complaints (store/jsonfile.py), in a sentence naming line and column.
    "error.json_reason.value": "hier fehlt ein Wert",
    "error.json_reason.name": "hier muss ein Name in doppelten Anführungszeichen stehen",
    "error.json_reason.colon": "hier fehlt ein Doppelpunkt",
    "error.json_reason.comma": "hier fehlt ein Komma",
    "error.json_reason.unterminated": "eine Zeichenkette endet nicht",
    "error.json_reason.control": "ein Steuerzeichen in einer Zeichenkette",
    "error.json_reason.unicode_escape": "eine ungültige \\uXXXX-Folge",
    "error.json_reason.escape": "eine ungültige Folge mit \\",
    "error.json_reason.extra": "nach dem Ende der Daten steht noch etwas",
    "error.json_reason.trailing_comma": "ein Komma vor der schließenden Klammer",
    "error.json_reason.long_number": "eine Zahl mit zu vielen Ziffern",
    # argparse's own words (cli/argparse_words.py), with argparse's %-placeholders.
    "argparse.subcommands": "Befehle",
    "argparse.error": "%(prog)s: Fehler: %(message)s\n",
    "argparse.argument": "Argument %(argument_name)s: %(message)s",
    "argparse.required": "diese Angaben fehlen: %s",
    "argparse.one_required": "eines dieser Argumente muss angegeben werden: %s",
    "argparse.unrecognized": "unbekannte Argumente: %s",
    "argparse.invalid_choice": "%(value)r ist keine der Möglichkeiten (%(choices)s)",
    "argparse.invalid_value": "%(value)r ist kein gültiger Wert (%(type)s)",
    "argparse.expected_one": "braucht einen Wert",
    "argparse.expected_at_most_one": "nimmt höchstens einen Wert",
    "argparse.expected_at_least_one": "braucht mindestens einen Wert",
    "argparse.expected_n.one": "braucht %s Wert",
    "argparse.expected_n.other": "braucht %s Werte",
    "argparse.ambiguous": "mehrdeutige Option: %(option)s kann %(matches)s sein",
    "argparse.not_allowed_with": "nicht zusammen mit %s möglich",
    "argparse.ignored_value": "nimmt keinen Wert (angegeben: %r)",
    "argparse.unexpected_option": "unerwartete Option: %s",
    "argparse.unknown_command": "unbekannter Befehl %(parser_name)r (Befehle: %(choices)s)",
    "argparse.cannot_open": "„%(filename)s“ kann nicht geöffnet werden: %(error)s",
    "argparse.dash_mode": "„-“ geht nicht im Modus %r",
    "argparse.call_undefined": ".__call__() ist nicht definiert",
    "argparse.required_positional": "„required“ gibt es für Positionsargumente nicht",
    "argparse.exclusive_optional": "einander ausschließende Argumente müssen Optionen sein",
    "argparse.not_callable": "%r ist nicht aufrufbar",
    "argparse.merge_groups": "Aktionen nicht zusammenführbar: zwei Gruppen heißen %r",
    "argparse.option_string": "ungültige Option %(option)r: muss mit einem Zeichen aus %(prefix_chars)r beginnen",
    "argparse.dest_required": "dest= ist nötig für Optionen wie %r",
    "argparse.conflict_resolution": "ungültiger Wert für conflict_resolution: %r",
    "argparse.multiple_subparsers": "mehrere Gruppen von Befehlen sind nicht möglich",
    "argparse.conflicting_subparser": "doppelter Befehl: %s",
    "argparse.conflicting_alias": "doppelter Befehlsname: %s",
    "argparse.conflicting_option.one": "doppelte Option: %s",
    "argparse.conflicting_option.other": "doppelte Optionen: %s",
    # faktor4 publish (issue 16): die Folien als statische Dateien für jeden Webserver.
    "cli.publish.help": "die Folien als Live-Webseite für jeden Webserver schreiben (Hunderte Zuschauer)",
    "cli.publish.description": (
        "Schreibt die Folien von DATEI als statische Dateien in ORDNER: index.html (alle Folien, druckbar, "
        "auch ohne JavaScript lesbar; mit JavaScript aktualisiert sie sich selbst) und deck.json (der Stand "
        "der Folien). Sonst wird nichts in ORDNER geschrieben. Jeder Webserver (nginx, Caddy, Apache) kann "
        "ORDNER ausliefern; mit --watch folgen die Dateien jeder Änderung an DATEI binnen einer Sekunde."
    ),
    "cli.publish.file_help": "die faktor4-JSON-Datei, die veröffentlicht wird",
    "cli.publish.dir_help": (
        "der Ordner für index.html und deck.json (wird angelegt, wenn er fehlt; nie der Ordner von DATEI)"
    ),
    "cli.publish.watch_help": "DATEI weiter folgen und die Dateien nach jeder Änderung neu schreiben (Strg+C beendet)",
    "cli.publish.workshop_help": "nur diesen Workshop veröffentlichen",
    "cli.publish.force_help": "eine index.html oder deck.json in ORDNER ersetzen, die nicht von faktor4 stammt",
    "cli.publish.created": "{path}: Ordner angelegt.",
    "cli.publish.written": "{path}: index.html und deck.json geschrieben ({slides} Folien).",
    "cli.publish.watching": "Folge {path}; jede Änderung ist binnen einer Sekunde veröffentlicht. Strg+C beendet.",
    "cli.publish.updated": "{time} Revision {revision} veröffentlicht ({slides} Folien).",
    "cli.present.publish_help": (
        "die Folien zusätzlich in ORDNER veröffentlichen (wie faktor4 publish --watch), mit der gezeigten "
        "Folie, damit die Seiten des Publikums ihr folgen können"
    ),
    "publish.not_yours": (
        "{path} gehört {owner}; faktor4 veröffentlicht nur in einen eigenen Ordner (ein fremder könnte "
        "zwischen zwei Schreibvorgängen gegen einen anderen getauscht werden)."
    ),
    "publish.parent_open": (
        "{path} liegt in {folder}, in dem jeder Ordner umbenennen darf; faktor4 veröffentlicht dort nicht. "
        "Nehmen Sie einen Ordner in einem eigenen Ordner."
    ),
    "publish.folder_swapped": "{path} ist nicht mehr der Ordner, in den faktor4 veröffentlicht; nichts geschrieben.",
    "publish.no_parent": "{path} kann nicht angelegt werden: Der Ordner {folder} existiert nicht.",
    "publish.cannot_create": "{path} kann nicht angelegt werden: {reason}.",
    "publish.not_folder": ("{path} ist kein Ordner; publish braucht einen Ordner für index.html und deck.json."),
    "publish.holds_data": (
        "{path} enthält die Datendatei {file}; ein Webserver, der diesen Ordner ausliefert, gäbe sie heraus. "
        "Bitte einen eigenen Ordner wählen."
    ),
    "publish.foreign": (
        "{path} stammt nicht von faktor4; bitte einen anderen Ordner wählen oder mit --force ersetzen."
    ),
    "publish.stale": "{error} Die veröffentlichten Folien bleiben, wie sie sind, bis die Datei wieder lesbar ist.",
    "publish.follow": "Der Präsentation folgen",
    "publish.at": "Präsentation: Folie {n} / {total}",
    # Issue 15, Maßnahmen (the Maßnahmenblatt, its overview and outputs).
    "massnahme.field.verantwortlich": "Verantwortlich",
    "massnahme.field.beginn": "Beginn",
    "massnahme.field.dauer": "Dauer",
    "massnahme.field.zeitraum": "Zeitraum (Beginn, Dauer)",
    "massnahme.field.kosten": "Kosten",
    "massnahme.field.finanzierung": "Finanzierung/Förderprogramm",
    "massnahme.field.thg": "THG-Minderung (t CO₂e/Jahr)",
    "massnahme.field.indikator": "Erfolgsindikator",
    "massnahme.field.status": "Status",
    "massnahme.field.ausgangswert": "Ausgangswert (t CO₂e/Jahr)",
    "massnahme.status.geplant": "geplant",
    "massnahme.status.begonnen": "begonnen",
    "massnahme.status.umgesetzt": "umgesetzt",
    "massnahme.status.zurueckgestellt": "zurückgestellt",
    "massnahme.empty": "(leer)",
    "number.decimal_mark": ",",
    "massnahme.bad_number": "„{text}“ ist keine Zahl ≥ 0 (t CO₂e pro Jahr, z. B. 12,5).",
    "massnahme.bad_status": "„{text}“ ist kein Status; möglich sind: {choices}.",
    "conflict.replaced_field": (
        "Jemand anderes hatte dieses Feld inzwischen geändert („{theirs}“); jetzt gilt Ihr Wert."
    ),
    "error.why.invalid_massnahme": "der Datensatz {row} in „{table}“ hat ein ungültiges Maßnahmenblatt",
    "error.why.invalid_ausgangswert": (
        "der Datensatz {row} in „{table}“ hat einen ungültigen Ausgangswert (eine Zahl ≥ 0)"
    ),
    "massnahme.percent": "{value} %",
    "massnahme.steps": "Schritte (Lösungen)",
    "massnahme.title": "Maßnahmenblatt Aktion {k}: {text}",
    "massnahme.heading": "Maßnahmen",
    "massnahme.total": "THG-Minderung aller Maßnahmen: {total} t CO₂e/Jahr.",
    "massnahme.total_share": (
        "THG-Minderung aller Maßnahmen: {total} t CO₂e/Jahr, {share} der Faktor-4-Minderung ({goal} t = 75 "
        "% des Ausgangswerts {baseline} t CO₂e/Jahr)."
    ),
    "massnahme.room": "Workshop",
    "cli.massnahme.help": "das Maßnahmenblatt einer Aktion zeigen oder ausfüllen",
    "cli.massnahme.description": (
        "Setzt Felder des Maßnahmenblatts der Aktion K (alle angegebenen als eine Änderung, mit u in der "
        "App rückgängig zu machen). Ohne Feld-Optionen wird das Blatt gezeigt."
    ),
    "cli.massnahme.file_help": "die faktor4-JSON-Datei",
    "cli.massnahme.workshop_help": "Name des Workshops",
    "cli.massnahme.aktion_help": "Nummer der Aktion im Aktionsplan (ab 1)",
    "cli.massnahme.text_help": 'das Feld „{field}“ ("" leert es)',
    "cli.massnahme.thg_help": (
        'THG-Minderung in t CO₂e pro Jahr, eine Zahl ≥ 0 (Komma oder Punkt, z. B. 12,5; "" leert sie)'
    ),
    "cli.massnahme.status_help": 'der Status: {statuses} ("" leert ihn)',
    "cli.massnahme.bad_number": (
        "{path}: „{text}“ ist keine THG-Minderung (eine Zahl ≥ 0 in t CO₂e pro Jahr, z. B. 12,5); nichts "
        "wurde gespeichert."
    ),
    "cli.massnahme.bad_status": "{path}: „{text}“ ist kein Status (möglich: {choices}); nichts wurde gespeichert.",
    "cli.massnahme.no_aktion": "{path}: der Workshop „{workshop}“ hat keine Aktion {k} (Aktionen: 1–{count}).",
    "cli.massnahme.no_plan": (
        "{path}: der Workshop „{workshop}“ hat noch keinen Aktionsplan (in der App mit Leertaste Aufgaben aufnehmen)."
    ),
    "cli.metavar.number": "ZAHL",
    "cli.metavar.status": "STATUS",
    "draft.where.massnahme": "Maßnahmenblatt Aktion {k} („{workshop}“) · {field}",
    "massnahme.hint": (
        "Enter oder Tab speichert ein Feld und geht weiter; Escape schließt, Ungespeichertes bleibt als Entwurf."
    ),
    "massnahme.parts_hint": (
        "Die Lösungen (als Schritte), Akteure, Start, Umsetzungsprobleme, Unterstützer und Sponsoren der "
        "Aufgabe füllen den Rest des Blatts."
    ),
    "massnahme.status_hint": "← → oder Leertaste wählen den Status (sofort gespeichert)",
    "massnahme.no_status": "(kein Status)",
    "massnahme.draft_kept": "Nicht gespeichert, als Entwurf behalten: {fields}. Mit M kommen sie zurück.",
    "massnahme.not_aktion": (
        "Aufgabe {n} ist nicht im Aktionsplan: nur eine Aktion hat ein Maßnahmenblatt (mit Leertaste aufnehmen)."
    ),
    "key.massnahme": "Maßnahmenblatt",
    "key.massnahme.tip": (
        "Das Maßnahmenblatt der Aktion öffnen: Verantwortlich, Zeitraum, Kosten, Finanzierung, "
        "THG-Minderung, Erfolgsindikator, Status."
    ),
    "key.massnahmen": "Maßnahmen",
    "key.massnahmen.tip": (
        "Alle Maßnahmen aller Räume: Verantwortlich, Status, THG-Minderung, ihre Summe und der Anteil an "
        "der Faktor-4-Minderung."
    ),
    "key.next_field": "nächstes Feld",
    "key.next_field.tip": "Das Feld speichern und zum nächsten gehen.",
    "key.prev_field": "voriges Feld",
    "key.prev_field.tip": "Das Feld speichern und zum vorigen gehen.",
    "key.massnahme_back": "zurück",
    "key.massnahme_back.tip": (
        "Das Blatt schließen; was im Feld getippt und nicht gespeichert ist, bleibt als Entwurf."
    ),
    "key.status_prev": "Status zurück",
    "key.status_prev.tip": "Den vorigen Status wählen (gespeichert).",
    "key.status_next": "Status weiter",
    "key.status_next.tip": "Den nächsten Status wählen (gespeichert).",
    "command.massnahmen": "Maßnahmen (Übersicht aller Räume)",
    "command.massnahme": "Maßnahmenblatt dieser Aktion",
    "massnahme.col.room": "Raum",
    "massnahme.col.aktion": "Aktion",
    "massnahme.col.aufgabe": "Aufgabe",
    "massnahme.col.thg": "THG t/Jahr",
    "massnahme.sorted.aktion": "sortiert nach Raum und Aktion (s: nach Status)",
    "massnahme.sorted.status": "sortiert nach Status (s: nach THG-Minderung)",
    "massnahme.sorted.thg": "sortiert nach THG-Minderung, größte zuerst (s: nach Raum und Aktion)",
    "massnahme.none": "Noch keine Aktion in einem Aktionsplan.",
    "massnahme.baseline_hint": (
        "Die Emissionen vor den Maßnahmen in t CO₂e pro Jahr (z. B. 48.000). Enter speichert, Escape bricht ab."
    ),
    "key.massnahmen_sort": "sortieren",
    "key.massnahmen_sort.tip": "Nach Raum und Aktion, nach Status oder nach THG-Minderung sortieren.",
    "key.baseline": "Ausgangswert",
    "key.baseline.tip": "Den Ausgangswert der Veranstaltung setzen (t CO₂e pro Jahr): Grundlage des Faktor-4-Anteils.",
    "event.baseline_hint": "Emissionen vor den Maßnahmen, t CO₂e pro Jahr (für den Faktor-4-Anteil)",
    "massnahme.sheet": "Maßnahmenblatt",
    "import.sheet_misplaced": "„{heading}“ steht hier falsch: ein Maßnahmenblatt gehört einmal unter eine Aktion",
    "import.sheet_line": (
        "„{line}“ ist keine Zeile eines Maßnahmenblatts (FELD: Wert, jedes Feld einmal, die THG-Minderung "
        "eine Zahl, ein bekannter Status)"
    ),
    "export.xlsx.thg_total": "THG-Minderung aller Maßnahmen (t CO₂e/Jahr)",
    "export.xlsx.faktor4_share": "Anteil an der Faktor-4-Minderung (75 % des Ausgangswerts)",
}
