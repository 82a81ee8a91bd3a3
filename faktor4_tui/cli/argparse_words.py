"""argparse's own words ("usage:", "options", "invalid choice: …") from our catalogs.

argparse translates its messages the gettext way: at import it binds ``from gettext import
gettext as _, ngettext`` and calls ``_("usage: ")``, ``ngettext("expected %s argument", …)``
whenever it builds a help text or an error. Those two module globals are the only seam it
offers without .mo files (which would follow $LANGUAGE rather than our ``--lang`` and the
remembered setting), so ``install_argparse_words`` replaces them. This module is the one
place the program touches private argparse names: those two globals, and ``_fill_text`` of
the help formatter (the hook argparse's own RawDescriptionHelpFormatter overrides), so the
command list under ``faktor4 --help`` keeps its lines, and a parser's ``_negative_number_matcher``
(``numbers_as_values``: argparse offers no public way to take "-inf" as a value).
tests/test_i18n.py checks that argparse still looks its words up through them, that every
message of the running Python's argparse has a catalog key, and test_error_language.py runs
every ``--help`` as a real process.

A message argparse may gain in a later Python and that has no key yet passes through in English.
"""

from __future__ import annotations

import argparse
import re
import textwrap

from faktor4_tui.i18n import t

# argparse's message (its gettext msgid) -> our catalog key; values keep argparse's %-placeholders.
MESSAGES: dict[str, str] = {
    "usage: ": "cli.usage",
    "positional arguments": "cli.positionals",
    "options": "cli.options",
    "optional arguments": "cli.options",  # before Python 3.10
    "show this help message and exit": "cli.help_option",
    "subcommands": "argparse.subcommands",
    "%(prog)s: error: %(message)s\n": "argparse.error",
    "argument %(argument_name)s: %(message)s": "argparse.argument",
    "the following arguments are required: %s": "argparse.required",
    "one of the arguments %s is required": "argparse.one_required",
    "unrecognized arguments: %s": "argparse.unrecognized",
    "invalid choice: %(value)r (choose from %(choices)s)": "argparse.invalid_choice",
    "invalid %(type)s value: %(value)r": "argparse.invalid_value",
    "expected one argument": "argparse.expected_one",
    "expected at most one argument": "argparse.expected_at_most_one",
    "expected at least one argument": "argparse.expected_at_least_one",
    "ambiguous option: %(option)s could match %(matches)s": "argparse.ambiguous",
    "not allowed with argument %s": "argparse.not_allowed_with",
    "ignored explicit argument %r": "argparse.ignored_value",
    "unexpected option string: %s": "argparse.unexpected_option",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "argparse.unknown_command",
    "can't open '%(filename)s': %(error)s": "argparse.cannot_open",
    'argument "-" with mode %r': "argparse.dash_mode",
    # Mistakes in building a parser (ours, never the user's), translated all the same.
    ".__call__() not defined": "argparse.call_undefined",
    "'required' is an invalid argument for positionals": "argparse.required_positional",
    "mutually exclusive arguments must be optional": "argparse.exclusive_optional",
    "%r is not callable": "argparse.not_callable",
    "cannot merge actions - two groups are named %r": "argparse.merge_groups",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r": "argparse.option_string",
    "dest= is required for options like %r": "argparse.dest_required",
    "invalid conflict_resolution value: %r": "argparse.conflict_resolution",
    "cannot have multiple subparser arguments": "argparse.multiple_subparsers",
    "conflicting subparser: %s": "argparse.conflicting_subparser",
    "conflicting subparser alias: %s": "argparse.conflicting_alias",
}

# ngettext's (singular, plural) -> catalog key; the key gets ".one" or ".other".
PLURALS: dict[tuple[str, str], str] = {
    ("expected %s argument", "expected %s arguments"): "argparse.expected_n",
    ("conflicting option string: %s", "conflicting option strings: %s"): "argparse.conflicting_option",
}


# The placeholders the commands name in their usage lines (``metavar``) -> catalog key.
METAVARS: dict[str, str] = {
    "FILE": "cli.metavar.file",
    "COMMAND": "cli.metavar.command",
    "NAME": "cli.metavar.name",
    "TEXT": "cli.metavar.text",
    "KEY": "cli.metavar.key",
    "OUT": "cli.metavar.out",
    "OUTLINE.md": "cli.metavar.outline",
    "FORUM.json": "cli.metavar.forum",
    "DIR": "cli.metavar.dir",
    "NUMBER": "cli.metavar.number",
    "STATUS": "cli.metavar.status",
}


def metavar(name: str) -> str:
    """A usage placeholder such as FILE in the UI language ("DATEI"); others (N, PORT) as they are."""
    key = METAVARS.get(name)
    return t(key) if key else name


def gettext(message: str) -> str:
    """argparse's ``_``: the message in the UI language (unknown ones, and non-text, unchanged)."""
    key = MESSAGES.get(message) if isinstance(message, str) else None
    return t(key) if key else message


def ngettext(singular: str, plural: str, n: int) -> str:
    """argparse's ``ngettext``: the singular or plural form in the UI language."""
    key = PLURALS.get((singular, plural))
    if key is None:
        return singular if n == 1 else plural
    return t(f"{key}.one" if n == 1 else f"{key}.other")


_NUMBER_LIKE = re.compile(r"^-(?:[\d.,]|(?:inf|infinity|nan)$)", re.IGNORECASE)


def numbers_as_values(parser: argparse.ArgumentParser) -> None:
    """Let ``parser`` take number-like words after a dash ("-inf", "-5,5", "-1.234,5") as option values.

    argparse's own matcher knows only "-5" and "-.5"; anything else after a dash is read as an
    unknown option and refused with its usage error, before faktor4 can say what is wrong with the
    number. tests/test_cli_massnahme.py fails if a later argparse stops using this attribute.
    """
    parser._negative_number_matcher = _NUMBER_LIKE


def install_argparse_words() -> None:
    """Let argparse look its words up here (the module globals it calls, see the module docstring)."""
    namespace = vars(argparse)
    namespace["_"] = gettext
    namespace["ngettext"] = ngettext


class HelpFormatter(argparse.HelpFormatter):
    """argparse's layout, but an epilog keeps its lines: each is wrapped on its own, hanging under its text."""

    # ``_fill_text`` is the hook argparse's own RawDescriptionHelpFormatter overrides.
    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if "\n" not in text:  # a description: one paragraph, wrapped as usual
            return super()._fill_text(text, width, indent)
        filled = []
        for line in text.splitlines():
            body = line.lstrip(" ")
            hang = len(line) - len(body)
            if hang:  # "  name  help": continuation lines under the help text
                name, _, rest = body.partition("  ")
                hang += len(name) + 2 + len(rest) - len(rest.lstrip(" "))
            filled.append(textwrap.fill(line, width, initial_indent=indent, subsequent_indent=indent + " " * hang))
        return "\n".join(filled)
