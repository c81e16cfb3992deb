"""Convert a batch of inputs in order, in this process or in worker processes (`--jobs`).

The CLI turns each input into a picklable `Job`; `run_job` converts it and returns an `Outcome`
holding everything the CLI will write (the rendered record, or the error and its code), so workers
never touch the streams and the output order is the input order. No click, no rich here.
"""

from __future__ import annotations

import signal
import traceback
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsgrab.cli.inputs import STDIN
from newsgrab.errors import InternalError, NewsgrabError
from newsgrab.model import Block, Removal
from newsgrab.options import Options
from newsgrab.serialize import render_article

#: inputs below which a pool cannot help: the first input always runs in this process (see
#: `outcomes`), so two inputs would leave one worker converting one input while this one waits
MIN_JOBS_FOR_POOL = 3


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


@dataclass(frozen=True, slots=True)
class Outcome:
    """A converted input (`text` set) or a failed one (`code`/`message` set)."""

    origin: str
    text: str | None = None
    code: str | None = None
    message: str | None = None
    trace: str | None = None
    kind: str | None = None
    warnings: tuple[str, ...] = ()
    rows: tuple[ExplainRow, ...] = field(default_factory=tuple)


def run_job(job: Job) -> Outcome:
    """Convert one input. Every exception but Ctrl-C becomes a failed Outcome (the batch goes on)."""
    from newsgrab.api import extract, extract_file

    try:
        if job.path is None:
            article = extract(job.data or b"", url=job.url, kind=job.kind, path=STDIN, options=job.options)
        else:
            article = extract_file(job.path, url=job.url, kind=job.kind, options=job.options)
        text = render_article(article, job.fmt, pretty=job.pretty, fields=job.fields)
    except NewsgrabError as exc:
        trace = traceback.format_exc() if job.want_traceback else None
        return Outcome(job.origin, code=exc.code, message=exc.message, trace=trace)
    except Exception as exc:  # a bug in newsgrab: reported per input, never the whole batch
        hint = "" if job.want_traceback else " (rerun with --traceback for details)"
        error = InternalError(f"internal error: {type(exc).__name__}: {exc}{hint}")
        return Outcome(job.origin, code=error.code, message=error.message,
                       trace=traceback.format_exc() if job.want_traceback else None)
    rows = tuple(explain_row(block, removal) for block, removal in article.timeline) if job.explain else ()
    return Outcome(job.origin, text=text, kind=article.input.kind, warnings=tuple(article.warnings), rows=rows)


def explain_row(block: Block, removal: Removal | None) -> ExplainRow:
    text = block.text or " ".join(item.url for item in block.media)  # a media block shows its URL
    return ExplainRow(block.kind, text, removal.rule if removal else None, removal.category if removal else None)


def _ignore_sigint() -> None:
    """Pool workers leave Ctrl-C to the main process, which stops the batch once, quietly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def outcomes(jobs: Sequence[Job], workers: int) -> Generator[Outcome, None, None]:
    """Outcomes in input order; a pool only when there are several jobs and several workers."""
    if workers <= 1 or len(jobs) <= MIN_JOBS_FOR_POOL - 1:
        yield from (run_job(job) for job in jobs)
        return
    from concurrent.futures import ProcessPoolExecutor

    # The first input runs here: its record comes out at once, and workers forked afterwards
    # inherit the rules it loaded and the patterns it compiled instead of each paying for them.
    yield run_job(jobs[0])
    pool = ProcessPoolExecutor(max_workers=min(workers, len(jobs) - 1), initializer=_ignore_sigint)
    try:
        yield from pool.map(run_job, jobs[1:])
    finally:  # normal end, --fail-fast, Ctrl-C or a closed stdout: drop what has not started
        pool.shutdown(wait=True, cancel_futures=True)
