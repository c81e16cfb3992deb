"""Convert a batch of inputs in order, in this process or in worker processes (`--jobs`).

The CLI turns each input (a file, or a record of a WARC or JSON Lines file) into a picklable `Job`;
`run_job` converts it and returns an `Outcome` holding everything the CLI will write (the rendered
record, or the error and its code), so workers never touch the streams and the output order is the
input order. Jobs stream in and outcomes stream out: workers get small batches (`BATCH_JOBS`) and
at most `WINDOW_BATCHES` per worker are in flight, so memory stays flat whatever the batch size.
No click, no rich here.
"""

from __future__ import annotations

import signal
import traceback
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from newsgrab.cli.inputs import STDIN
from newsgrab.errors import InternalError, NewsgrabError
from newsgrab.model import Block, Removal
from newsgrab.options import Options
from newsgrab.records import Record
from newsgrab.serialize import render_article

#: inputs below which a pool cannot help: the first input always runs in this process (see
#: `outcomes`), so two inputs would leave one worker converting one input while this one waits
MIN_JOBS_FOR_POOL = 3
#: jobs sent to a worker at a time: one round trip per batch instead of per input
BATCH_JOBS = 4
#: batches in flight per worker: enough to keep every worker busy, few enough to keep memory flat
WINDOW_BATCHES = 4


@dataclass(frozen=True, slots=True)
class ExplainRow:
    """One block of the article region, in order: kept (rule is None) or removed by `rule`."""

    kind: str
    text: str
    rule: str | None
    category: str | None


@dataclass(frozen=True, slots=True)
class Job:
    """Everything a worker needs to convert one input (picklable, for `--jobs`)."""

    origin: str
    path: Path | None
    data: bytes | None
    url: str | None
    kind: str
    options: Options
    fmt: str
    pretty: bool
    fields: tuple[str, ...] | None
    explain: bool
    want_traceback: bool
    #: a record of a WARC or JSON Lines file (then `path` and `data` are unused)
    record: Record | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """A converted input (`text` set) or a failed one (`code`/`message` set).

    `where` locates a record in its container file (`offset` or `line`, `id`) and `carried` is what
    a JSON Lines record carried: both go into the error record of a record that failed.
    """

    origin: str
    text: str | None = None
    code: str | None = None
    message: str | None = None
    trace: str | None = None
    kind: str | None = None
    warnings: tuple[str, ...] = ()
    rows: tuple[ExplainRow, ...] = field(default_factory=tuple)
    where: dict[str, Any] | None = None
    carried: dict[str, Any] | None = None


def run_job(job: Job) -> Outcome:
    """Convert one input. Every exception but Ctrl-C becomes a failed Outcome (the batch goes on)."""
    from newsgrab.api import extract, extract_file, extract_record

    record = job.record
    where, carried = (record.where() or None, record.carry) if record is not None else (None, None)
    try:
        if record is not None:
            article = extract_record(record, kind=job.kind, options=job.options)
        elif job.data is not None or job.path is None:
            article = extract(job.data or b"", url=job.url, kind=job.kind, path=job.path or STDIN, options=job.options)
        else:
            article = extract_file(job.path, url=job.url, kind=job.kind, options=job.options)
        text = render_article(article, job.fmt, pretty=job.pretty, fields=job.fields)
    except NewsgrabError as exc:
        trace = traceback.format_exc() if job.want_traceback else None
        return Outcome(job.origin, code=exc.code, message=exc.message, trace=trace, where=where, carried=carried)
    except Exception as exc:  # a bug in newsgrab: reported per input, never the whole batch
        hint = "" if job.want_traceback else " (rerun with --traceback for details)"
        error = InternalError(f"internal error: {type(exc).__name__}: {exc}{hint}")
        return Outcome(job.origin, code=error.code, message=error.message,
                       trace=traceback.format_exc() if job.want_traceback else None, where=where, carried=carried)
    rows = tuple(explain_row(block, removal) for block, removal in article.timeline) if job.explain else ()
    return Outcome(job.origin, text=text, kind=article.input.kind, warnings=tuple(article.warnings), rows=rows,
                   where=where)


def run_batch(units: list[Job | Outcome]) -> list[Outcome]:
    """A worker's batch: each Job converted, each Outcome already known passed back in its place."""
    return [unit if isinstance(unit, Outcome) else run_job(unit) for unit in units]


def explain_row(block: Block, removal: Removal | None) -> ExplainRow:
    text = block.text or " ".join(item.url for item in block.media)  # a media block shows its URL
    return ExplainRow(block.kind, text, removal.rule if removal else None, removal.category if removal else None)


def _ignore_sigint() -> None:
    """Pool workers leave Ctrl-C to the main process, which stops the batch once, quietly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Result(Protocol):
    def result(self) -> list[Outcome]: ...


#: how a batch reaches a worker: a process pool's or a Dask client's `submit(run_batch, units)`
Submit = Callable[[list["Job | Outcome"]], _Result]


def _batches(units: Iterator[Job | Outcome], size: int) -> Iterator[list[Job | Outcome]]:
    batch: list[Job | Outcome] = []
    for unit in units:
        batch.append(unit)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def in_order(units: Iterator[Job | Outcome], submit: Submit, window: int) -> Generator[Outcome, None, None]:
    """Outcomes of `units` in order, `BATCH_JOBS` per submitted batch, at most `window` batches in flight."""
    pending: deque[_Result] = deque()
    for batch in _batches(units, BATCH_JOBS):
        pending.append(submit(batch))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def outcomes(units: Iterable[Job | Outcome], workers: int) -> Generator[Outcome, None, None]:
    """Outcomes in input order (an Outcome already known passes through in its place); a pool only
    when there are several jobs and several workers."""
    stream = iter(units)
    if workers <= 1:
        yield from (unit if isinstance(unit, Outcome) else run_job(unit) for unit in stream)
        return
    # The first input runs here: its record comes out at once, and workers forked afterwards
    # inherit the rules it loaded and the patterns it compiled instead of each paying for them.
    ahead: list[Job | Outcome] = []
    for unit in stream:
        if isinstance(unit, Outcome):
            yield unit
            continue
        yield run_job(unit)
        break
    for unit in stream:  # a pool cannot help with fewer than MIN_JOBS_FOR_POOL - 1 more inputs
        ahead.append(unit)
        if sum(isinstance(u, Job) for u in ahead) >= MIN_JOBS_FOR_POOL - 1:
            break
    else:
        yield from run_batch(ahead)
        return
    from concurrent.futures import ProcessPoolExecutor
    from itertools import chain

    pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_sigint)
    try:
        yield from in_order(chain(ahead, stream), lambda batch: pool.submit(run_batch, batch),
                            workers * WINDOW_BATCHES)
    finally:  # normal end, --fail-fast, Ctrl-C or a closed stdout: drop what has not started
        pool.shutdown(wait=True, cancel_futures=True)
