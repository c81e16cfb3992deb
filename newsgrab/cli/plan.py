"""The batch as a stream of entries: a Task per page or per record, an Outcome for what is already known.

Each input is a page (one Task) or a container (a WARC/ARC web archive or a JSON Lines dump, by
`--records`, its name or its first bytes), whose records are read here, one at a time, and become
one Task each; a record that could not be read is an Outcome in its place. Nothing is held: a crawl
of a million records streams through. `--resume` skips what the output already holds (resume.py),
and `Counts` keeps what the summary line reports.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from newsgrab.api import printable_path, read_bounded
from newsgrab.cli.config import RecordFlags, RunSettings
from newsgrab.cli.inputs import Problem, Source
from newsgrab.cli.resume import Done
from newsgrab.cli.runner import Outcome, Task
from newsgrab.errors import NewsgrabError
from newsgrab.records import Tally, by_content, by_name, read_records, sniff_path


@dataclass(slots=True)
class Counts:
    """What the summary line reports beyond converted and failed."""

    containers: int = 0
    resumed: int = 0
    skipped: Tally = field(default_factory=Tally)


class Planned(Iterator[Task | Outcome]):
    """The plan's entries, counted as they are taken, so `--fail-fast` can tell whether any are left
    without converting one."""

    def __init__(self, planned: Iterator[Task | Outcome]) -> None:
        self._planned = planned
        self.taken = 0

    def __next__(self) -> Task | Outcome:
        entry = next(self._planned)
        self.taken += 1
        return entry

    def any_left(self, finished: int) -> bool:
        """True when the plan holds more than the `finished` entries whose outcome was written."""
        return self.taken > finished or next(self, None) is not None


def container_of(source: Source, flags: RecordFlags, stdin_head: bytes = b"") -> str | None:
    """The container format of one input, or None when it is a page.

    A pipe or device named on its own is judged by its name only: its first bytes cannot be looked
    at without taking them from the page (and it may never deliver any)."""
    if flags.records == "page":
        return None
    if flags.records != "auto":
        return flags.records
    if source.path is None:
        return by_content(stdin_head, flags.field)
    if source.special:
        return by_name(source.path.name)
    return sniff_path(source.path, flags.field)


def stdin_head(stdin: object) -> bytes:
    """The first bytes of stdin, without consuming them (what a buffered stream can show)."""
    try:
        peek = getattr(stdin, "peek", None)
        if peek is not None:
            return bytes(peek(1 << 16))
        if stdin.seekable():  # type: ignore[attr-defined]
            position = stdin.tell()  # type: ignore[attr-defined]
            head: bytes = stdin.read(1 << 16)  # type: ignore[attr-defined]
            stdin.seek(position)  # type: ignore[attr-defined]
            return head
    except (OSError, ValueError, AttributeError):
        pass
    return b""


def record_target(folder: Path, record_position: int, suffix: str) -> Path:
    """`-o DIR`: the output file of a container's record (`DIR/<container>/<offset or line>.json`)."""
    return folder / f"{record_position}{suffix}"


def _done_in_dir(target: Path | None, flags: RecordFlags) -> bool:
    return flags.resume and target is not None and target.exists()


def formats_of(items: Sequence[Source | Problem], flags: RecordFlags, stdin: object) -> dict[str, str | None]:
    """Each input's container format (None: a page), decided once, before anything is read."""
    head = stdin_head(stdin) if flags.records == "auto" and any(
        isinstance(item, Source) and item.path is None for item in items) else b""
    return {item.origin: container_of(item, flags, head) for item in items if isinstance(item, Source)}


def entries(items: Sequence[Source | Problem], settings: RunSettings, *, stdin: IO[bytes],
            formats: dict[str, str | None], targets: dict[str, Path], suffix: str, done: Done,
            counts: Counts) -> Iterator[Task | Outcome]:
    """Every item as Tasks and Outcomes, in order; containers expanded record by record."""
    for item in items:
        if isinstance(item, Problem):
            if done.take(item.origin, None):
                counts.resumed += 1
            else:
                yield Outcome.failed(item.origin, item.error)
            continue
        fmt = formats.get(item.origin)
        if fmt is None:
            yield from _page(item, settings, stdin, targets.get(item.origin), done, counts)
            continue
        counts.containers += 1
        yield from _records(item, fmt, settings, stdin, targets.get(item.origin), suffix, done, counts)


def _page(item: Source, settings: RunSettings, stdin: IO[bytes], target: Path | None, done: Done,
          counts: Counts) -> Iterator[Task | Outcome]:
    origin = item.origin if item.path is None else printable_path(item.path)
    if done.take(origin, None) or _done_in_dir(target, settings.records):
        counts.resumed += 1
        return
    if item.path is not None:
        yield Task(item.origin, path=item.path, url=settings.url, special=item.special)
        return
    # standard input is read here, when its turn comes, within the size bound (it is the
    # pipeline's own input, so it is waited for without a deadline)
    try:
        data = read_bounded(stdin.read, settings.conversion.options.max_bytes)
    except NewsgrabError as exc:
        yield Outcome.failed(item.origin, exc)
        return
    yield Task(item.origin, data=data, url=settings.url)


def _records(item: Source, fmt: str, settings: RunSettings, stdin: IO[bytes], folder: Path | None,
             suffix: str, done: Done, counts: Counts) -> Iterator[Task | Outcome]:
    flags = settings.records
    records = read_records(item.origin, fmt, path=item.path, stream=stdin if item.path is None else None,
                           max_bytes=settings.conversion.options.max_bytes, tally=counts.skipped,
                           field=flags.field, carry=flags.carry, defer=True)
    for record in records:
        position = record.offset if record.offset is not None else record.line
        target = record_target(folder, position, suffix) if folder is not None and position is not None else None
        if done.take(item.origin, position) or _done_in_dir(target, flags):
            counts.resumed += 1
            continue
        task = Task(item.origin, record=record)
        if record.error is not None:
            yield task.failed(record.error)
            continue
        yield task


def output_target(outcome: Outcome, targets: dict[str, Path], suffix: str) -> Path | None:
    """Where `-o DIR` writes an outcome: its input's file, or its record's file in the container's folder."""
    target = targets.get(outcome.origin)
    if target is None or not outcome.where:
        return target
    position = outcome.where.get("offset", outcome.where.get("line"))
    if position is None:
        return None
    os.makedirs(target, exist_ok=True)
    return record_target(target, position, suffix)
