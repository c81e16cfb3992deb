"""Where a batch writes, where it runs, and what its summary says.

- `prepare_output`: stdout, `-o DIR` (one file per input or record), or `-o FILE.jsonl` (the JSON
  Lines stream into a file), each checked before anything is read, and made ready for `--resume`.
- `results_of`: the outcomes in order, from this process or its worker pool (pool.py: `--jobs`,
  `--timeout`, `--max-memory`), or from a Dask cluster (`--dask`, cluster.py).
- `summary`: the line at the end of a batch: inputs, or records when there were containers.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import click

from newsgrab.api import printable_path
from newsgrab.cli.config import RecordFlags, RunSettings
from newsgrab.cli.inputs import Problem, Source
from newsgrab.cli.plan import Counts
from newsgrab.cli.resume import Done, ResumeError, is_jsonl_target, remove_temp_files, resume_file, resume_stdout
from newsgrab.cli.runner import Outcome, Task
from newsgrab.cli.streams import STDOUT_FILE, Streams
from newsgrab.serialize import FORMATS


@dataclass(slots=True)
class Output:
    """The batch's output, ready: the streams to write to, `-o DIR` targets, and what is already done."""

    streams: Streams
    targets: dict[str, Path] = field(default_factory=dict)
    done: Done = field(default_factory=Done)
    handle: IO[bytes] | None = None

    def __enter__(self) -> Output:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self.handle is not None:
            with contextlib.suppress(OSError):
                self.handle.close()


def _usage(message: str) -> click.UsageError:
    return click.UsageError(message)


def prepare_output(streams: Streams, items: Sequence[Source | Problem], settings: RunSettings,
                   formats: dict[str, str | None]) -> Output:
    """Check and open the output before any input is read (a usage error stops the run here).
    `formats`: each input's container format (None for a page), as plan.formats_of found it."""
    flags, target = settings.records, settings.output_dir
    conversion = settings.conversion
    jsonl_out = target is None or is_jsonl_target(target)
    if flags.resume and (conversion.pretty or conversion.fmt != "json") and jsonl_out:
        raise _usage("--resume of a JSON Lines output needs one record a line: drop --pretty and --format")
    if flags.resume and conversion.fields is not None and "input" not in conversion.fields and jsonl_out:
        raise _usage("--resume matches records by their input: keep 'input' in --fields")
    if target is None:
        if not flags.resume:
            return Output(streams)
        try:
            return Output(streams, done=resume_stdout(streams.out.fileno()))
        except (ResumeError, OSError, ValueError) as exc:
            raise _usage(str(exc)) from exc
    if is_jsonl_target(target):
        return _jsonl_output(streams, items, target, conversion.fmt, flags)
    return _dir_output(streams, items, target, conversion.fmt, flags, formats)


def _jsonl_output(streams: Streams, items: Sequence[Source | Problem], target: Path, fmt: str,
                  flags: RecordFlags) -> Output:
    if fmt != "json":
        raise _usage("-o FILE.jsonl writes JSON Lines: drop --format, or give -o a directory")
    from newsgrab.cli.output import resolved

    target_file = resolved(target)  # (a link loop at or above it: opened below, a "cannot write" error)
    if any(isinstance(i, Source) and i.path is not None and resolved(i.path) == target_file for i in items):
        raise click.BadParameter(f"{printable_path(target)} is also an input: it is never overwritten",
                                 param_hint="'-o'")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        done = resume_file(target) if flags.resume else Done()
        handle = target.open("ab" if flags.resume else "wb")
    except ResumeError as exc:
        raise _usage(f"{printable_path(target)}: {exc}") from exc
    except OSError as exc:
        raise click.BadParameter(f"cannot write {printable_path(target)}: {exc.strerror or exc}",
                                 param_hint="'-o'") from exc
    out = dataclasses.replace(streams, out=handle, out_name=printable_path(target), stdout_kind=STDOUT_FILE)
    return Output(out, done=done, handle=handle)


def _dir_output(streams: Streams, items: Sequence[Source | Problem], out_dir: Path, fmt: str,
                flags: RecordFlags, formats: dict[str, str | None]) -> Output:
    from newsgrab.cli.output import TEMP_PREFIX, plan_names, prepare_dir

    try:
        prepare_dir(out_dir)
    except OSError as exc:
        raise click.BadParameter(str(exc), param_hint="'-o'") from exc
    if flags.resume:
        remove_temp_files(out_dir, TEMP_PREFIX)
    sources = [item for item in items if isinstance(item, Source)]
    # a container's records go into a folder named like the container; a page into <name>.json
    pages = [s for s in sources if formats.get(s.origin) is None]
    containers = [s for s in sources if formats.get(s.origin) is not None]
    targets = dict(zip((s.origin for s in pages), plan_names([s.path for s in pages], out_dir, FORMATS[fmt]),
                       strict=True))
    folders = plan_names([s.path for s in containers], out_dir, "")
    taken = set(targets.values())
    for source, folder in zip(containers, folders, strict=True):
        while folder in taken:
            folder = folder.with_name(folder.name + "-records")
        targets[source.origin] = folder
    return Output(streams, targets=targets)


def results_of(entries: Iterator[Task | Outcome], settings: RunSettings) -> Generator[Outcome, None, None]:
    """The outcomes in order: from this process or a worker pool, or from a Dask cluster."""
    if settings.records.dask is None:
        from newsgrab.cli.pool import outcomes

        return outcomes(entries, settings.conversion, workers=settings.jobs, limits=settings.limits)
    from newsgrab.cli.cluster import cluster_outcomes

    return cluster_outcomes(entries, settings.records.dask, settings.jobs, settings.conversion)


def summary(ok: int, failed: int, total: int | None, counts: Counts, *, stopped: bool) -> str:
    """`181 records in 1 file: 181 converted, 1 failed; skipped 181 request, ...` (empty for one input)."""
    done = ok + failed
    if counts.containers:
        head = f"{done:,} records: {ok:,} converted, {failed:,} failed"
    elif (total or 0) > 1 or counts.resumed:
        head = f"{total:,} inputs: {ok:,} converted, {failed:,} failed"
    else:
        return ""
    notes: list[str] = []
    if counts.resumed:
        notes.append(f"{counts.resumed:,} already done (--resume)")
    if stopped:
        left = f" with {(total or 0) - done:,} not done" if total is not None else ""
        notes.append(f"stopped early (--fail-fast){left}")
    if counts.skipped:
        notes.append(f"skipped {counts.skipped.describe()}")
    return head + "".join(f", {note}" for note in notes)


def describe_outcome(outcome: Outcome) -> str:
    """The input named in a stderr line: the path, and for a record where it sits in its file."""
    where: dict[str, Any] = outcome.where or {}
    if "offset" in where:
        return f"{outcome.origin} (record at byte {where['offset']:,})"
    if "line" in where:
        return f"{outcome.origin} (line {where['line']:,})"
    return outcome.origin
