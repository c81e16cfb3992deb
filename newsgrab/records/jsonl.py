"""JSON Lines dumps to Records: one object a line, holding the page's `html` or `text`, its `url`, an `id`.

A line is read with a bound (a line over the size limit is an error record, and is skipped without
being held), so a dump of any size streams. The text comes from the field named by `field`, else
`html` (read as HTML), else `text` (read as text). The other fields are carried through: all of
them, or only those named in `carry` (an empty tuple carries none). A line that is not a JSON
object, or has no text, is an error record at its line number; a gzip stream cut short is one at
the line where it ends. Blank lines are skipped and counted.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from collections.abc import Iterator, Sequence
from functools import partial
from typing import IO, Any

from newsgrab.errors import BadRecord, NewsgrabError, TooLarge
from newsgrab.records.record import Record, Tally

#: the text fields tried in turn when no `field` is named, with the kind each one means
TEXT_FIELDS: tuple[tuple[str, str], ...] = (("html", "html"), ("text", "text"))
#: bytes read per call when skipping the rest of an over-long line
_SKIP_BLOCK = 1 << 20
#: a UTF-16 surrogate code point: JSON's `\\ud800` escape decodes to one alone, which no UTF-8 writer takes
_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | NewsgrabError]]:
    """(line number, line) pairs; a line over `limit` bytes is a TooLarge in its place, skipped unread."""
    number = 0
    while True:
        number += 1
        try:
            line = stream.readline(limit + 1)
        except (OSError, EOFError, zlib.error) as exc:  # gzip cut short or corrupt
            yield number, BadRecord(f"the file is corrupt or cut short at line {number:,}: {exc}")
            return
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            try:
                while (rest := stream.readline(_SKIP_BLOCK)) and not rest.endswith(b"\n"):
                    pass
            except (OSError, EOFError, zlib.error) as exc:
                yield number, BadRecord(f"the file is corrupt or cut short at line {number:,}: {exc}")
                return
            yield number, TooLarge(f"line {number:,} is over the limit of {limit:,} bytes")
            continue
        yield number, line


def _text(obj: dict[str, Any], field: str | None) -> tuple[str, str, str] | None:
    """(field name, text, kind) of the record's document, or None when it has none."""
    candidates = ((field, "auto"),) if field else TEXT_FIELDS
    for name, kind in candidates:
        value = obj.get(name)
        if isinstance(value, str):
            return name, value, kind
    return None


def _carried(obj: dict[str, Any], used: set[str], carry: Sequence[str] | None) -> dict[str, Any] | None:
    if carry is None:
        kept = {key: value for key, value in obj.items() if key not in used}
    else:
        kept = {key: obj[key] for key in carry if key in obj}
    return kept or None


def _writable(value: Any) -> Any:
    """`value` as strict JSON can write it back: a lone surrogate (a `\\udc00` escape, legal to
    Python's decoder) becomes U+FFFD and a number JSON has no spelling for (NaN, Infinity, 1e400)
    becomes null. The carried fields and the id go into every output record unread, and a record
    holding either was refused by the UTF-8 writer of `-o DIR` (a traceback ended the batch) or
    written as JSON that strict readers (jq) reject. Walked with a stack, not recursion: the
    decoder reads structures nearly as deep as the recursion limit."""
    if isinstance(value, str):
        return _LONE_SURROGATE_RE.sub("\ufffd", value) if not value.isascii() else value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if not isinstance(value, dict | list):
        return value
    root: list[Any] = [None]
    stack: list[tuple[Any, list[Any] | dict[str, Any], int | str]] = [(value, root, 0)]
    while stack:
        item, parent, key = stack.pop()
        if isinstance(item, dict):
            copy: dict[str, Any] = {}
            for name, child in item.items():
                name = _writable(name) if isinstance(name, str) else name
                copy[name] = None
                stack.append((child, copy, name))
            parent[key] = copy  # type: ignore[index]
        elif isinstance(item, list):
            items: list[Any] = [None] * len(item)
            stack.extend((child, items, index) for index, child in enumerate(item))
            parent[key] = items  # type: ignore[index]
        else:
            parent[key] = _writable(item)  # type: ignore[index]
    return root[0]


def _record_id(value: Any) -> str | int | None:
    value = _writable(value)
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str | int):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def parse_line(line: bytes | str, number: int, source: str, *, field: str | None = None,
               carry: Sequence[str] | None = None) -> Record:
    """One JSON Lines line as a Record (an error Record when it is not a usable object)."""
    try:
        obj = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        return Record(source, "", line=number, error=BadRecord(f"line {number:,} is not valid JSON: {exc}"))
    except RecursionError:  # arrays or objects nested thousands deep: the decoder recurses per level
        return Record(source, "", line=number, error=BadRecord(f"line {number:,} nests JSON too deeply to read"))
    return from_mapping(obj, source, line=number, field=field, carry=carry)


def from_mapping(obj: Any, source: str, *, line: int | None = None, field: str | None = None,
                 carry: Sequence[str] | None = None) -> Record:
    """A Record from a decoded JSON object (a line of a dump, or an element of a Dask bag)."""
    where = f"line {line:,}" if line is not None else "the record"
    if not isinstance(obj, dict):
        return Record(source, "", line=line, error=BadRecord(f"{where} is a JSON {type(obj).__name__}, not an object"))
    record_id = _record_id(obj.get("id"))
    url = _writable(obj["url"]) if isinstance(obj.get("url"), str) else None
    found = _text(obj, field)
    carried = _writable(_carried(obj, {"url", "id", *([field] if field else [name for name, _ in TEXT_FIELDS])},
                                 carry))
    if found is None:
        wanted = repr(field) if field else "'html' or 'text'"
        return Record(source, "", url=url, line=line, id=record_id, carry=carried,
                      error=BadRecord(f"{where} has no {wanted} field holding a string"))
    _name, text, kind = found
    return Record(source, text, url=url, kind=kind, line=line, id=record_id, carry=carried)


def _parse_later(record: Record, *, field: str | None, carry: Sequence[str] | None) -> Record:
    """A deferred line's Record (`Record.later`): its JSON parsed where it is converted."""
    return parse_line(record.data, record.line or 0, record.source, field=field, carry=carry)


def read_jsonl(stream: IO[bytes], source: str, *, max_bytes: int, tally: Tally, field: str | None = None,
               carry: Sequence[str] | None = None, defer: bool = False) -> Iterator[Record]:
    """Every line of a JSON Lines stream (already unpacked) as a Record, in order; with `defer`,
    each line's JSON is left to parse (`Record.ready`)."""
    later = partial(_parse_later, field=field, carry=tuple(carry) if carry is not None else None) if defer else None
    for number, line in _lines(stream, max_bytes):
        if isinstance(line, NewsgrabError):
            yield Record(source, "", line=number, error=line)
            continue
        if not line.strip():
            tally.skip("blank")
            continue
        if later is not None:
            yield Record(source, line, line=number, later=later)
            continue
        yield parse_line(line, number, source, field=field, carry=carry)
