"""The batch as a stream of units: a Job per page or per record, an Outcome for what is already known.

Each input is a page (one Job) or a container (a WARC/ARC web archive or a JSON Lines dump, by
`--records`, its name or its first bytes), whose records are read here, one at a time, and become
one Job each; a record that could not be read is an Outcome in its place. Nothing is held: a crawl
of a million records streams through. `--resume` skips what the output already holds (resume.py),
and `Counts` keeps what the summary line reports.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from newsgrab.cli.inputs import Problem, Source
from newsgrab.cli.resume import Done
from newsgrab.cli.runner import Job, Outcome
from newsgrab.errors import NewsgrabError, TooLarge
from newsgrab.records import FORMATS, Record, Tally, by_content, read_records, sniff_path

if TYPE_CHECKING:
    from newsgrab.cli.command import Run

#: `--records` choices: auto-detect, one of the container formats for every input, or every input a page
RECORD_MODES = ("auto", *FORMATS, "page")
#: `--carry none`: carry no field of a JSON Lines record
CARRY_NONE = "none"


@dataclass(frozen=True, slots=True)
class RecordFlags:
    """The flags of container inputs, resuming and Dask (`--records`, `--field`, `--carry`, `--resume`, `--dask`)."""

    records: str = "auto"
    field: str | None = None
    carry: tuple[str, ...] | None = None
    resume: bool = False
    dask: str | None = None

    @staticmethod
    def carry_from(values: Sequence[str]) -> tuple[str, ...] | None:
        """`--carry a,b --carry c` as ("a", "b", "c"); none given: None (carry all); `none`: ()."""
        names = [name.strip() for value in values for name in value.split(",") if name.strip()]
        if not values:
            return None
        return () if names == [CARRY_NONE] else tuple(dict.fromkeys(names))


#: the defaults: every input auto-detected, nothing resumed, no cluster
NO_RECORD_FLAGS = RecordFlags()


@dataclass(slots=True)
class Counts:
    """What the summary line reports beyond converted and failed."""

    containers: int = 0
    resumed: int = 0
    skipped: Tally = field(default_factory=Tally)


def container_of(source: Source, flags: RecordFlags, stdin_head: bytes = b"") -> str | None:
    """The container format of one input, or None when it is a page."""
    if flags.records == "page":
        return None
    if flags.records != "auto":
        return flags.records
    if source.path is None:
        return by_content(stdin_head, flags.field)
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


def _read_stdin(stdin: object, max_bytes: int) -> bytes | NewsgrabError:
    data: bytes = stdin.read(max_bytes + 1)  # type: ignore[attr-defined]
    if len(data) > max_bytes:
        return TooLarge(f"stdin holds more than the limit of {max_bytes:,} bytes")
    return data


def formats_of(items: Sequence[Source | Problem], flags: RecordFlags, stdin: object) -> dict[str, str | None]:
    """Each input's container format (None: a page), decided once, before anything is read."""
    head = stdin_head(stdin) if flags.records == "auto" and any(
        isinstance(item, Source) and item.path is None for item in items) else b""
    return {item.origin: container_of(item, flags, head) for item in items if isinstance(item, Source)}


def units(items: Sequence[Source | Problem], run: Run, flags: RecordFlags, *, stdin: object,
          formats: dict[str, str | None], targets: dict[str, Path], suffix: str, done: Done,
          counts: Counts) -> Iterator[Job | Outcome]:
    """Every item as Jobs and Outcomes, in order; containers expanded record by record."""
    for item in items:
        if isinstance(item, Problem):
            if done.take(item.origin, None):
                counts.resumed += 1
            else:
                yield Outcome(item.origin, code=item.error.code, message=item.error.message)
            continue
        fmt = formats.get(item.origin)
        if fmt is None:
            yield from _page(item, run, flags, stdin, targets.get(item.origin), done, counts)
            continue
        counts.containers += 1
        yield from _records(item, fmt, run, flags, stdin, targets.get(item.origin), suffix, done, counts)


def _page(item: Source, run: Run, flags: RecordFlags, stdin: object, target: Path | None, done: Done,
          counts: Counts) -> Iterator[Job | Outcome]:
    origin = item.origin if item.path is None else str(item.path)
    if done.take(origin, None) or _done_in_dir(target, flags):
        counts.resumed += 1
        return
    if item.path is None:
        read = _read_stdin(stdin, run.options.max_bytes)
        if isinstance(read, NewsgrabError):
            yield Outcome(item.origin, code=read.code, message=read.message)
            return
        yield run.job(item.origin, None, read)
        return
    yield run.job(item.origin, item.path, None)


def _records(item: Source, fmt: str, run: Run, flags: RecordFlags, stdin: object, folder: Path | None,
             suffix: str, done: Done, counts: Counts) -> Iterator[Job | Outcome]:
    stream = stdin if item.path is None else None
    records = read_records(item.origin, fmt, path=item.path, stream=stream,  # type: ignore[arg-type]
                           max_bytes=run.options.max_bytes, tally=counts.skipped, field=flags.field,
                           carry=flags.carry)
    base = run.job(item.origin, None, None)
    for record in records:
        position = record.offset if record.offset is not None else record.line
        target = record_target(folder, position, suffix) if folder is not None and position is not None else None
        if done.take(item.origin, position) or _done_in_dir(target, flags):
            counts.resumed += 1
            continue
        if record.error is not None:
            yield _failed(item.origin, record)
            continue
        yield replace(base, record=record)


def _failed(origin: str, record: Record) -> Outcome:
    error = record.error
    assert error is not None
    return Outcome(origin, code=error.code, message=error.message, where=record.where() or None,
                   carried=record.carry)


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
