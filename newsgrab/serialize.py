"""Article and error records as JSON text: fixed key order, UTF-8 (never `\\uXXXX` escapes), one line each.

Nothing here writes to a stream: the CLI owns the streams (captured once at start-up) and writes
what these functions return, so the bytes are the same whether stdout is a terminal or a pipe.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsgrab.model import Article

#: spaces per level for `--pretty`
PRETTY_INDENT = 2


#: characters that are legal raw inside JSON strings but that line-splitting readers (Python's
#: str.splitlines, JavaScript) treat as line breaks; escaped so one record stays one line
_LINE_BREAKS = {"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_LINE_BREAK_TABLE = str.maketrans(_LINE_BREAKS)


def dumps(obj: Mapping[str, Any], *, pretty: bool = False) -> str:
    """One JSON document ending in a newline: a single line (JSON Lines) unless `pretty`."""
    if pretty:
        text = json.dumps(obj, ensure_ascii=False, indent=PRETTY_INDENT)
    else:
        text = json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))
    # these can only occur inside strings (JSON whitespace is ASCII), so the escape is exact; a
    # translate walks every character through a dict, the tests for the three are C scans, and a
    # record rarely holds one
    if "\u0085" in text or "\u2028" in text or "\u2029" in text:
        text = text.translate(_LINE_BREAK_TABLE)
    return text + "\n"


def error_record(path: str, code: str, message: str, *, where: Mapping[str, Any] | None = None,
                 carried: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The stdout record for an input that failed: where, and why (a stable code and a message).

    `where` locates a record inside a container file (`offset` or `line`, `id`); `carried` is what a
    JSON Lines record carried (`--carry`), so a pipeline keeps its fields for failures too.
    """
    record: dict[str, Any] = {"input": {"path": path, **(where or {})}, "error": {"code": code, "message": message}}
    if carried:
        record["record"] = dict(carried)
    return record


def select_fields(record: Mapping[str, Any], fields: Sequence[str]) -> dict[str, Any]:
    """Only `fields`, in the order asked for (like `jq '{a, b}'`). Unknown names are the caller's to refuse."""
    return {name: record[name] for name in fields if name in record}


def parse_fields(spec: str, known: Sequence[str]) -> tuple[str, ...]:
    """Split `a,b,c`, drop blanks and repeats; raise ValueError naming any field not in `known`."""
    names = tuple(dict.fromkeys(part.strip() for part in spec.split(",") if part.strip()))
    if not names:
        raise ValueError("no field names given")
    unknown = [name for name in names if name not in known]
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(unknown)}; choose from {', '.join(known)}")
    return names


#: output formats of the CLI, and the file suffix each gets under `-o DIR`
FORMATS: dict[str, str] = {"json": ".json", "text": ".txt", "markdown": ".md"}


def render_article(article: Article, fmt: str, *, pretty: bool = False, fields: Sequence[str] | None = None) -> str:
    """One article as the CLI prints it: a JSON record, or the cleaned article for humans."""
    if fmt == "json":
        record = article.to_dict()
        return dumps(select_fields(record, fields) if fields else record, pretty=pretty)
    if fmt == "markdown":
        from newsgrab.render import render_markdown

        return render_markdown(article.blocks, article.title).rstrip("\n") + "\n"
    if fmt == "text":
        parts = [part for part in (article.title, article.body) if part]
        return "\n\n".join(parts) + "\n"
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
