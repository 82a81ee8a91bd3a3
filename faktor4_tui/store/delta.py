"""Reading a file again after another's change: only the lines that changed are parsed.

faktor4 writes one line per header and per table row (``jsonfile.encode``). When the file a Store
knows is replaced by a later one in that form, nearly every line is byte for byte one it read
last time, and that line's row is the very row it already holds (read, checked and sanitized then):
only the other lines are parsed. On a 200,000-entry file that is the difference between parsing
36 MB and parsing a few lines; what is left is splitting the file into lines and looking each up.

Exactness: a line is reused only if it was itself read as one whole row of the same table, so a
file read here line by line is the file a whole-file parse would read. Anything not in that form (a
file another program wrote, a row over two lines, an id twice, a stray comma) gives None, and the
caller parses the whole file as always, with its refusals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from faktor4_tui.store.jsonfile import parse_member, parse_name

_CLOSE = (b" }", b" },")
_OPEN = b": {"
_ROW = b'  "'


@dataclass
class Lines:
    """One object written one row per line (a table): where its rows are in the file last read."""

    rows: dict[bytes, tuple[str, Any]] = field(default_factory=dict)
    """Each row line but the last (all end in a comma) -> the row's id and the row read from it."""
    last: tuple[bytes, str] | None = None
    """The last row line (no comma) and its row's id."""
    span: tuple[int, int] | None = None
    """Where the row lines are in the bytes read: from the first row's first byte to the last's end."""


Index = dict[str, Lines]
"""Per object written one row per line: its ``Lines``."""


@dataclass
class LineRead:
    """A file read line by line: its data, where its row lines are, and what changed since the last read."""

    data: dict[str, Any]
    index: Index
    changed: dict[str, set[str]]
    """Per object: the ids whose row is new, different or gone since the last read (every id of an
    object written on one line). Empty without a last read."""


def read(
    raw: bytes, old: Index | None = None, old_data: dict[str, Any] | None = None, old_raw: bytes | None = None
) -> LineRead | None:
    """Parse ``raw`` if it is in faktor4's line form, reusing ``old_data``'s rows for lines in ``old``.

    ``old`` must index ``old_raw``, the bytes ``old_data`` was read from (or encoded to); it is used
    up (its dictionaries become the new index's). None if ``raw`` is not in the line form or is not
    valid JSON: only a whole-file parse can say what it is then.
    """
    if not raw.startswith(b"{\n") or not raw.endswith(b"\n}\n"):
        return None
    known_index: Index = old or {}
    known_data: dict[str, Any] = old_data or {}
    data: dict[str, Any] = {}
    index: Index = {}
    changed: dict[str, set[str]] = {}
    pos, end = 2, len(raw) - 2  # the first member's line; the file's closing line
    try:
        while pos < end:
            stop = raw.index(b"\n", pos)
            line = raw[pos:stop]
            if line.endswith(_OPEN) and line.startswith(b' "'):
                name = parse_name(line[1 : -len(_OPEN)])
                close = raw.index(b"\n }", stop)  # the object's closing line (no row line starts so)
                span = (stop + 1, close) if close > stop else (close, close)
                rows, index[name], gone = _block(raw, span, known_index.get(name), known_data.get(name), old_raw)
                if old is not None:
                    changed[name] = gone
                stop = raw.index(b"\n", close + 1)
                line = raw[close + 1 : stop]
                if line not in _CLOSE:
                    return None
            else:
                body = line[:-1] if line.endswith(b",") else line
                if not body.startswith(b' "'):
                    return None
                name, rows = parse_member(body)
                before = known_data.get(name)
                if old is not None and isinstance(rows, dict):
                    changed[name] = set(rows) | (set(before) if isinstance(before, dict) else set())
            pos = stop + 1
            if name in data or line.endswith(b",") != (pos < end):  # a comma after every member but the last
                return None
            data[name] = rows
    except Exception:  # not JSON, or not in the line form: the whole-file parse says why  # noqa: BLE001
        return None
    return LineRead(data, index, changed)


Block = tuple[dict[str, Any], Lines, set[str]]
"""One object's rows, its ``Lines``, and the ids of rows new, different or gone since the last read."""


def _block(raw: bytes, span: tuple[int, int], known: Lines | None, before: Any, old_raw: bytes | None) -> Block:
    """One object's rows from its lines ``raw[span]`` (see ``Block``)."""
    before_rows: dict[str, Any] = before if isinstance(before, dict) else {}
    if span[0] == span[1]:
        return {}, Lines(span=span), set(before_rows)
    if known is not None and known.span is not None and old_raw is not None:
        patched = _patched(raw, span, known, before_rows, memoryview(old_raw))
        if patched is not None:
            return patched
    block = raw[span[0] : span[1]].split(b"\n")
    cache = known.rows if known is not None else {}  # used up: it becomes the new Lines' (see read)
    found: list[Any] = list(map(cache.get, block))  # (id, row) of each line read last time, else None
    last = len(block) - 1
    found[last] = None  # the last line has no comma: never in the cache (parsed whole, a comma fails)
    changed: set[str] = set()
    at = -1
    for _ in range(found.count(None)):
        at = found.index(None, at + 1)
        line = block[at]
        body = line if at == last else line[:-1]
        if (at != last and not line.endswith(b",")) or not body.startswith(_ROW):
            raise ValueError("not a row line")
        hit = _read_before(known, body, before_rows)  # the old last line, now with its comma …
        if hit is None:
            hit = parse_member(body)
            changed.add(hit[0])
        found[at] = hit
        if at != last:
            cache[line] = hit
    rows = dict(found)
    if len(rows) != len(block):
        raise ValueError("an id twice")
    lines = Lines(cache, (block[last], found[last][0]), span)
    if known is None:  # nothing known of this object's lines: all its rows count as changed
        return rows, lines, changed | set(rows) | set(before_rows)
    gone: list[tuple[str, Any]] = []
    if len(cache) != last:  # lines read last time that are not there any more
        gone = [cache.pop(line) for line in cache.keys() - set(block)]
    if known.last is not None and known.last[0] != block[last]:
        gone.append((known.last[1], before_rows.get(known.last[1])))
    for row_id, row in gone:
        if rows.get(row_id) is not row:
            changed.add(row_id)
    if _reordered(rows, before_rows):  # rows that share a position show in the file's order: all again
        changed.update(rows)
    return rows, lines, changed


def _reordered(rows: dict[str, Any], before: dict[str, Any]) -> bool:
    """True if rows both reads have stand in another order now."""
    return [row_id for row_id in rows if row_id in before] != [row_id for row_id in before if row_id in rows]


def _patched(
    raw: bytes, span: tuple[int, int], known: Lines, before_rows: dict[str, Any], old: memoryview
) -> Block | None:
    """The object's rows where only a run of its lines differs from last time (None: not so simple).

    The bytes both reads have in common at the start and at the end are the same lines, so only
    the lines between are looked at. That run must hold the same ids in the same order (a row
    edited, deleted) or end the object (rows added): then the last read's rows, copied, with the
    run's replaced, are the rows in the file's order. Anything else is read line by line.
    """
    start, end = span
    old_start, old_end = known.span or (0, 0)
    if end - start == old_end - old_start and raw.startswith(old[old_start:old_end], start):
        return before_rows, Lines(known.rows, known.last, span), set()
    same = _common_start(raw, start, end, old, old_start, old_end)
    head = raw.rfind(b"\n", start, start + same) + 1 or start  # back to a line's start
    skip = head - start
    tail = _common_end(raw, head, end, old, old_start + skip, old_end)
    if tail and not (raw[end - tail - 1] == old[old_end - tail - 1] == ord("\n")):
        cut = raw.find(b"\n", end - tail, end)  # forward to a line's start (the same in both: same bytes)
        tail = end - cut - 1 if cut != -1 else 0
    new_lines = raw[head : end - tail - 1 if tail else end].split(b"\n") if head < end - tail else []
    old_lines = bytes(old[old_start + skip : old_end - tail - 1 if tail else old_end]).split(b"\n")
    if old_start + skip >= old_end - tail:
        old_lines = []
    if not tail and not new_lines:
        return None  # the line before the run would end the object with its comma
    was = []
    for line in old_lines:
        hit = _read_before(known, line[:-1] if line.endswith(b",") else line, before_rows)
        if hit is None:
            return None
        was.append(hit)
    now = []
    final = len(new_lines) - 1
    for number, line in enumerate(new_lines):
        ends = not tail and number == final
        if ends == line.endswith(b","):
            return None
        body = line if ends else line[:-1]
        if not body.startswith(_ROW):
            return None
        hit = _read_before(known, body, before_rows)
        now.append(hit if hit is not None else parse_member(body))
    old_ids = [row_id for row_id, _ in was]
    new_ids = [row_id for row_id, _ in now]
    kept = set(new_ids)
    staying = [row_id for row_id in old_ids if row_id in kept]
    if len(kept) != len(new_ids) or new_ids[: len(staying)] != staying or (tail and len(new_ids) != len(staying)):
        return None  # an id twice, or rows in another order: only a line-by-line read can tell
    if any(row_id in before_rows for row_id in new_ids[len(staying) :]):
        return None  # a new row with an id the lines before or after hold
    rows = before_rows.copy()
    changed = {row_id for row_id in old_ids if row_id not in kept}
    for row_id in changed:
        del rows[row_id]
    for row_id, row in now:
        if before_rows.get(row_id) is not row:
            changed.add(row_id)
        rows[row_id] = row
    cache = known.rows  # used up (see read)
    for line in old_lines:
        cache.pop(line, None)
    for line, hit in zip(new_lines, now, strict=True):
        if line.endswith(b","):
            cache[line] = hit
    last = (new_lines[-1], new_ids[-1]) if not tail else known.last
    return rows, Lines(cache, last, span), changed


def _read_before(known: Lines | None, body: bytes, before_rows: dict[str, Any]) -> tuple[str, Any] | None:
    """The id and row of ``body`` (a row line without its comma) if the last read had that very line.

    Only the same bytes count: a row that is merely equal (1.0 for 1, keys in another order)
    is read and checked anew, and saved as it is now written.
    """
    if known is None:
        return None
    hit = known.rows.get(body + b",")
    if hit is None and known.last is not None and body == known.last[0] and known.last[1] in before_rows:
        hit = (known.last[1], before_rows[known.last[1]])
    return hit


def _common_start(raw: bytes, start: int, end: int, old: memoryview, old_start: int, old_end: int) -> int:
    """How many bytes ``raw[start:end]`` and ``old[old_start:old_end]`` have in common at the start."""
    limit = min(end - start, old_end - old_start)
    done, step = 0, 1 << 16
    while done < limit:
        size = min(step, limit - done)
        if raw.startswith(old[old_start + done : old_start + done + size], start + done):
            done, step = done + size, step * 2
            continue
        low, high = 0, size  # the first ``low`` bytes match, the first ``high`` do not
        while high - low > 1:
            middle = (low + high) // 2
            if raw.startswith(old[old_start + done + low : old_start + done + middle], start + done + low):
                low = middle
            else:
                high = middle
        return done + low
    return done


def _common_end(raw: bytes, start: int, end: int, old: memoryview, old_start: int, old_end: int) -> int:
    """How many bytes ``raw[start:end]`` and ``old[old_start:old_end]`` have in common at the end."""
    limit = min(end - start, old_end - old_start)
    done, step = 0, 1 << 16
    while done < limit:
        size = min(step, limit - done)
        if raw.endswith(old[old_end - done - size : old_end - done], 0, end - done):
            done, step = done + size, step * 2
            continue
        low, high = 0, size
        while high - low > 1:
            middle = (low + high) // 2
            if raw.endswith(old[old_end - done - middle : old_end - done - low], 0, end - done - low):
                low = middle
            else:
                high = middle
        return done + low
    return done


def own_index(raw: bytes, data: dict[str, Any]) -> Index:
    """The index of bytes ``jsonfile.encode`` wrote from ``data`` (a save here): ids read off the lines.

    A line whose id holds an escape is left out (parsed again next time, which is only slower).
    """
    index: Index = {}
    pos = 2
    while (opening := raw.find(_OPEN + b"\n", pos)) != -1:
        start = raw.rfind(b"\n", 0, opening) + 1
        close = raw.index(b"\n }", opening)
        pos = close + 1
        quoted = raw[start + 1 : opening]
        if raw[start : start + 2] != b' "' or b"\\" in quoted or close <= opening + 3:
            continue
        name = parse_name(quoted)
        rows = data.get(name)
        if not isinstance(rows, dict):
            continue
        block = raw[opening + 4 : close].split(b"\n")
        cache: dict[bytes, tuple[str, Any]] = {}
        for line in block[:-1]:
            row_id = line[3 : line.find(b'"', 3)]
            if b"\\" not in row_id and (key := row_id.decode("utf-8")) in rows:
                cache[line] = (key, rows[key])
        last = block[-1][3 : block[-1].find(b'"', 3)]
        if b"\\" not in last:
            index[name] = Lines(cache, (block[-1], last.decode("utf-8")), (opening + 4, close))
    return index
