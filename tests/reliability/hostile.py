"""A shared corpus of hostile user text: markup, escapes, controls, bidi, wide and huge input.

Reuse it anywhere text enters or leaves faktor4 (store, CLI, TUI, exports):
``from tests.reliability.hostile import HOSTILE`` gives (name, text) pairs.
"""

from __future__ import annotations

HOSTILE: tuple[tuple[str, str], ...] = (
    # Rich / Textual markup: must show literally, never act
    ("markup-close", "[/]"),
    ("markup-open", "[b"),
    ("markup-click", "[@click=app.quit]x[/]"),
    ("markup-link", "[link=file:///etc/passwd]x[/link]"),
    ("markup-style", "[bold red on white]laut[/bold red on white] [/"),
    ("markup-variable", "$accent [on $error]x[/] $text"),
    ("markup-escaped", "\\[b]nicht fett\\[/b] \\"),
    ("rich-emoji-code", ":thumbs_up: :smile: :red_circle:"),
    # ANSI / OSC / DCS, 7-bit and 8-bit
    ("ansi-color", "\x1b[31mrot\x1b[0m"),
    ("ansi-clear-home", "\x1b[2J\x1b[H\x1b[?1049lweg"),
    ("ansi-cursor-report", "\x1b[6n\x1b[c antwort"),
    ("osc-title", "\x1b]0;pwned\x07Titel"),
    ("osc52-clipboard", "\x1b]52;c;cm0gLXJmIH4K\x07kopiert"),
    ("osc8-hyperlink", "\x1b]8;;http://evil.example/\x1b\\klick\x1b]8;;\x1b\\"),
    ("dcs-string", "\x1bP1$r\x1b\\dcs"),
    ("esc-at-end", "text\x1b"),
    ("c1-csi", "\x9b31mrot"),
    ("c1-osc-st", "\x9d0;titel\x9cnach"),
    ("c1-controls", "a\x85b\x8dc\x9ad"),
    # C0 controls, DEL, NUL, line breaks
    ("nul", "a\x00b\x00"),
    ("del", "a\x7fb"),
    ("backspace-bell", "ab\x08\x08\x07c"),
    ("carriage-return", "sichtbar\rversteckt"),
    ("newlines", "Zeile 1\nZeile 2\r\nZeile 3"),
    ("tabs-vt-ff", "a\tb\vc\fd"),
    ("unicode-line-breaks", "a\u2028b\u2029c"),
    # bidi and zero-width
    ("bidi-rlo", "abc\u202edcba\u202c"),
    ("bidi-isolates", "\u2066x\u2069\u2067y\u2069\u2068z\u2069"),
    ("bidi-marks", "\u200fa\u200eb\u061cc\u202ad\u202be\u202df"),
    ("zero-width", "a\u200bb\u200cc\u200dd\ufeffe"),
    ("zwj-family", "👩\u200d👩\u200d👧\u200d👦 Familie"),
    # wide, combining, scripts
    ("emoji", "🌍🔥 Klimaschutz ✅ 🇩🇪"),
    ("cjk-wide", "气候保护行动计划 全角ＡＢＣ ｶﾀｶﾅ"),
    ("combining-zalgo", "Z\u0337\u0322\u031ba\u0338l\u0334g\u0335o\u0336" + "\u0301" * 50),
    ("arabic-rtl", "مرحبا بالعالم 123"),
    ("emoji-tags", "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"),
    ("private-use-nonchar", "\ue000\U000f0000\uffff"),
    ("lone-surrogate", "a\udcffb\ud800"),
    # size and emptiness
    ("long-line", "x" * 5_000),  # the longest text faktor4 takes (MAX_TEXT)
    ("long-words", "Donaudampfschifffahrtsgesellschaft " * 140),
    ("many-escapes", "\x1b[1m" * 2_000 + "ende"),
    ("only-spaces", "      "),
    ("only-controls", "\x1b[0m\x00\x07 \u202e"),
    # would break naive serialisers
    ("json-breaker", '"}, "faktor4": {"schema": 99}, "x": {"'),
    ("backslashes", "C:\\Users\\n\\u0000 \\x1b"),
    ("shell", "$(rm -rf ~); `id` && echo pwned > /tmp/x"),
    ("format-string", "{0} %s %n {__class__}"),
)
