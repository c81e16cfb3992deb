"""One document found inside a container file, and the tally of what a reader skipped."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from newsgrab.errors import NewsgrabError


@dataclass(frozen=True)
class Record:
    """A document from a WARC/ARC record or a JSON Lines line, with where it sits in its file.

    `data` is the document (bytes from a web archive, after the HTTP transfer and content encodings
    are undone; text from JSON Lines). `url` is its address: the base for its links. `kind` is
    `html` or `text` when the container says which (an HTTP content type, the JSON field's name),
    else `auto`. `charset` is the one an HTTP `Content-Type` declared. `carry` holds the fields a
    JSON Lines record had besides its text, url and id. A record that could not be read has
    `error` set and empty `data`: it becomes an error record in its place, and the file goes on.

    `later` is work a reader was asked to leave undone (`read_records(..., defer=True)`): the JSON
    of a line still to parse, or an HTTP body's transfer and content codings still to undo, with
    `data` holding the bytes as they sit in the file. A batch's reading process then only finds
    records, and the workers that convert them do the rest (`ready()`). A record crosses a pipe per
    input, so it has no `__slots__` (a plain instance pickles its `__dict__` in C).
    """

    source: str
    data: bytes | str
    url: str | None = None
    kind: str = "auto"
    offset: int | None = None
    line: int | None = None
    id: str | int | None = None
    charset: str | None = None
    carry: dict[str, Any] | None = None
    error: NewsgrabError | None = None
    later: Callable[[Record], Record] | None = None

    def ready(self) -> Record:
        """The record as `extract_record` reads it: its `later` work done (an error Record when that
        work fails), or the record itself when none is left."""
        return self if self.later is None else self.later(self)

    def located(self) -> Record:
        """The record with where it sits fully known: a deferred JSON line is parsed, as its `id` and
        carried fields are inside it; a deferred web-archive body is left encoded (its id and URL
        come from the archive's headers), so a process that only reports where a record failed
        never runs a decompressor on it."""
        return self.ready() if self.later is not None and self.line is not None else self

    def where(self) -> dict[str, Any]:
        """`offset` or `line`, and `id`, as the output's `input` object shows them (keys that are set)."""
        return {key: value for key, value in (("offset", self.offset), ("line", self.line), ("id", self.id))
                if value is not None}

    @property
    def position(self) -> int:
        """The record's place in its file (byte offset or line number): with `source`, its key."""
        return self.offset if self.offset is not None else (self.line or 0)


class Tally(Counter[str]):
    """Records a reader passed over, by reason (`request`, `not-html`, `status`, `blank`...)."""

    def skip(self, reason: str) -> None:
        self[reason] += 1

    def describe(self) -> str:
        """`3 request, 2 not-html` (most common first), or an empty string."""
        return ", ".join(f"{count} {reason}" for reason, count in self.most_common())
