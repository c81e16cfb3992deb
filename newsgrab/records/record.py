"""One document found inside a container file, and the tally of what a reader skipped."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from newsgrab.errors import NewsgrabError


@dataclass(frozen=True, slots=True)
class Record:
    """A document from a WARC/ARC record or a JSON Lines line, with where it sits in its file.

    `data` is the document (bytes from a web archive, after the HTTP transfer and content encodings
    are undone; text from JSON Lines). `url` is its address: the base for its links. `kind` is
    `html` or `text` when the container says which (an HTTP content type, the JSON field's name),
    else `auto`. `charset` is the one an HTTP `Content-Type` declared. `carry` holds the fields a
    JSON Lines record had besides its text, url and id. A record that could not be read has
    `error` set and empty `data`: it becomes an error record in its place, and the file goes on.
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
