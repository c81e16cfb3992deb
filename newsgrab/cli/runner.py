"""Convert one input: what an input is (`Task`), what every input of a run shares (`Conversion`,
`Limits`), and what comes back (`Outcome`). Runs in the main process or in a worker (pool.py).

An input is a `Task`: an origin (the name records and messages show) and where its bytes are: a file
`path` the converter reads itself, the bytes (`data`) already in hand (standard input), or a `record`
of a WARC or JSON Lines file (its page, URL and place in the file). How every input is converted
(`Conversion`) is fixed for the run and handed to each worker once. `run_task` turns a Task into an
`Outcome` holding everything the CLI will write (the rendered record, or the error and its code, and
for a record where it sits), so workers never touch the streams. `pool.outcomes` runs a stream of
them, in order; `run_batch` runs a few for a Dask worker (cluster.py). No click, no rich here.
"""

from __future__ import annotations

import contextlib
import os
import select
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from newsgrab.errors import InternalError, NewsgrabError, OutOfMemory, Unreadable
from newsgrab.model import Block, Removal
from newsgrab.options import Options
from newsgrab.records import Record
from newsgrab.serialize import render_article

#: share of the memory cap that an input's peak must reach for its failure to count as running out
#: of memory: an allocation that fails under the cap leaves the peak within a few allocations of it
MEMORY_PRESSURE_SHARE = 0.75


@dataclass(frozen=True, slots=True)
class Conversion:
    """How every input of a run is converted and rendered: the same for all, sent to a worker once."""

    options: Options = field(default_factory=Options)
    kind: str = "auto"
    fmt: str = "json"
    pretty: bool = False
    fields: tuple[str, ...] | None = None
    explain: bool = False
    want_traceback: bool = False


@dataclass(frozen=True, slots=True)
class Limits:
    """What bounds the conversion of one input. None switches a bound off."""

    #: seconds of wall time per input; past it the worker is killed and the input gets `timeout`
    timeout: float | None = None
    #: bytes of address space per worker process (RLIMIT_AS); past it the input gets `memory`
    max_memory: int | None = None

    @property
    def need_worker(self) -> bool:
        """Only a separate process can be stopped in the middle of an input (native code included)."""
        return self.timeout is not None or self.max_memory is not None


@dataclass(frozen=True)
class Task:
    """One input to convert: a file (`path`), bytes in hand (`data`: standard input, or a file the main
    process read for a Dask worker, `path` then only naming it), or a `record`. Tasks and Outcomes
    cross a pipe per input, so they have no `__slots__`: a plain instance pickles its `__dict__` in C,
    a slotted one through Python code.

    `special`: `path` is a named pipe, socket or device; it is opened without blocking and waited on
    (a worker gets the open descriptor from the main process, so `/dev/fd/N` works under spawn).
    `record`: a page of a WARC, ARC or JSON Lines file (read by the main process, which streams the
    file); its own URL is the base, and every record of it, error records included, says where it sits."""

    origin: str
    path: Path | None = None
    data: bytes | None = None
    url: str | None = None
    special: bool = False
    record: Record | None = None

    @property
    def size(self) -> int:
        """Bytes of the page the task carries (0 for a path, which the worker reads itself)."""
        if self.record is not None:
            return len(self.record.data)
        return len(self.data) if self.data is not None else 0

    def failed(self, error: NewsgrabError, trace: str | None = None) -> Outcome:
        """The Outcome of this input failing with `error`, located like its record."""
        if self.record is None:
            return Outcome.failed(self.origin, error, trace)
        try:
            record = self.record.located()
        except Exception:  # reporting a failure never fails: the record as read says where it is
            record = self.record
        return Outcome.failed(self.origin, error, trace, where=record.where() or None, carried=record.carry)


@dataclass(frozen=True)
class ExplainRow:
    """One block of the article region, in order: kept (rule is None) or removed by `rule`."""

    kind: str
    text: str
    rule: str | None
    category: str | None


@dataclass(frozen=True)
class Outcome:
    """A converted input (`text` set) or a failed one (`code`/`message` set).

    `where` locates a record in its container file (`offset` or `line`, `id`) and `carried` is what
    a JSON Lines record carried: both go into the error record of a record that failed, and `where`
    names the file `-o DIR` writes a converted record to.
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

    @classmethod
    def failed(cls, origin: str, error: NewsgrabError, trace: str | None = None, *,
               where: dict[str, Any] | None = None, carried: dict[str, Any] | None = None) -> Outcome:
        return cls(origin, code=error.code, message=error.message, trace=trace, where=where, carried=carried)


#: a small page converted once per process by `warm_up`: markup of the kinds news pages hold (a
#: title, an author, JSON-LD, navigation, an article with a dateline, an image, a footer notice), so
#: the modules, lexicons, weights and compiled patterns a first real page would load are loaded
WARM_UP_PAGE = (
    "<html lang='en'><head><title>Council approves the budget</title><meta name='author' content='Jo Bloggs'>"
    "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Council approves the "
    "budget\", \"datePublished\": \"2021-05-03\"}</script></head><body><nav><a href='/'>Home</a> "
    "<a href='/news'>News</a></nav><article><h1>Council approves the budget</h1><p>By Jo Bloggs, 3 May 2021</p>"
    + "<p>The council voted on Tuesday to approve next year's budget after a long debate. " * 3 + "</p>"
    + "<figure><img src='/a.jpg' alt='The council chamber'><figcaption>The chamber</figcaption></figure>"
    "</article><footer><p>Subscribe to our newsletter.</p></footer></body></html>"
)
#: the same for text input
WARM_UP_TEXT = "Council approves the budget\n\nBy Jo Bloggs\n\n" + (
    "The council voted on Tuesday to approve next year's budget after a long debate. " * 3)
#: whether this process has converted a warm-up page (a forked worker inherits it)
_warm = False


def warm_up(conversion: Conversion, first: Task | None = None) -> None:
    """Load what converting will need, once per process: the pipeline's modules, the rules and their
    prefilter index. A worker does this before its first input, so no input's deadline pays for it.

    When the kind of page to come is known (the run's `--kind`, else the kind the container gave
    the `first` input, a record), a small built-in page of that kind is converted too, so what the
    stages load on first use (the content stage's modules, lexicons, weights, compiled patterns) is
    loaded now. Under fork the main process does this once, before it starts the workers, and every
    worker inherits it instead of loading it again on its first input. Pages whose kind is not known
    before they are read skip it: a run of text files never loads the HTML stage's modules."""
    global _warm
    import newsgrab.api  # (the pipeline's modules)
    import newsgrab.settings

    # this process is the command's own and converts on one thread: the collector may pause for
    # each input (settings.PAUSE_GC_DURING_EXTRACT; 1-3% of the CPU a page, bench/run's pages)
    newsgrab.settings.PAUSE_GC_DURING_EXTRACT = True

    if conversion.options.boilerplate_enabled:
        from newsgrab.rules import load_rules
        from newsgrab.rules.matcher import rule_index

        rule_index(load_rules(conversion.options.extra_rules))
    kind = conversion.kind
    if kind == "auto" and first is not None and first.record is not None:
        kind = first.record.kind
    if _warm or kind not in ("html", "text"):
        return
    _warm = True
    page = (WARM_UP_TEXT if kind == "text" else WARM_UP_PAGE).encode("utf-8")  # as files and records come
    # a failure here is not the run's: a real input that fails the same way reports it itself
    with contextlib.suppress(Exception):
        article = newsgrab.api.extract(page, url="https://example.org/news/budget", kind=kind,
                                       options=conversion.options)
        render_article(article, conversion.fmt, pretty=conversion.pretty, fields=conversion.fields)


def open_special(path: Path) -> int:
    """Open a pipe or device for reading without blocking (a FIFO with no writer yet included)."""
    return os.open(path, os.O_RDONLY | os.O_NONBLOCK)


def _descriptor_reader(fd: int) -> Callable[[int], bytes]:
    """`read(n)` on a non-blocking descriptor that waits for data (or end of input) instead."""

    def read(size: int) -> bytes:
        while True:
            try:
                select.select([fd], [], [])
            except (OSError, ValueError):  # a descriptor select cannot watch: plain reads, blocking
                os.set_blocking(fd, True)
            try:
                return os.read(fd, size)
            except BlockingIOError:
                continue

    return read


def read_special(fd: int, max_bytes: int) -> bytes:
    """All of a pipe's or device's bytes, within the size bound. Closes `fd`."""
    from newsgrab.api import read_bounded

    try:
        return read_bounded(_descriptor_reader(fd), max_bytes)
    finally:
        os.close(fd)


def _read_task(task: Task, max_bytes: int, fd: int | None) -> bytes:
    if task.data is not None:
        return task.data
    assert task.path is not None
    try:
        return read_special(open_special(task.path) if fd is None else fd, max_bytes)
    except OSError as exc:
        raise Unreadable(f"cannot read {task.origin}: {exc.strerror or exc}") from exc


def run_task(task: Task, conversion: Conversion, *, fd: int | None = None, max_memory: int | None = None) -> Outcome:
    """Convert one input. Every exception but Ctrl-C becomes a failed Outcome (the batch goes on).

    `fd`: the already open descriptor of a special file (from the main process). `max_memory` only
    words the message of an input that ran out of memory."""
    from newsgrab.api import extract, extract_file, extract_record, printable_path

    options = conversion.options
    peak_before = _peak_memory() if max_memory else 0
    try:
        if task.record is not None and task.record.later is not None:  # the reader left its decoding to us
            task = replace(task, record=task.record.ready())
        if task.record is not None and task.record.error is not None:
            return task.failed(task.record.error)
        if task.record is not None:
            article = extract_record(task.record, kind=conversion.kind, options=options)
        elif task.path is not None and task.data is None and not task.special:
            article = extract_file(task.path, url=task.url, kind=conversion.kind, options=options)
        else:
            data = _read_task(task, options.max_bytes, fd)
            # `input.path` as extract_file gives it for a file read elsewhere, else the origin
            name = printable_path(task.path) if task.path is not None and not task.special else task.origin
            article = extract(data, url=task.url, kind=conversion.kind, path=name, options=options)
        text = render_article(article, conversion.fmt, pretty=conversion.pretty, fields=conversion.fields)
    except Exception as raised:
        # the library gives a bug or a failed allocation as InternalError / OutOfMemory caused by the
        # original, which is read here as if it had come through: the memory cap tells what it was
        exc = _unwrapped(raised)
        if isinstance(exc, NewsgrabError):
            return task.failed(exc, traceback.format_exc() if conversion.want_traceback else None)
        if _out_of_memory(exc, max_memory, peak_before):
            cap = f" (the limit is {max_memory:,} bytes: --max-memory)" if max_memory else ""
            return task.failed(OutOfMemory(f"ran out of memory converting this input{cap}"))
        # a bug in newsgrab: reported per input, never the whole batch
        hint = "" if conversion.want_traceback else " (rerun with --traceback for details)"
        trace = traceback.format_exc() if conversion.want_traceback else None
        return task.failed(InternalError(f"internal error: {type(exc).__name__}: {exc}{hint}"), trace)
    rows = tuple(explain_row(block, removal) for block, removal in article.timeline) if conversion.explain else ()
    where = task.record.where() or None if task.record is not None else None
    return Outcome(task.origin, text=text, kind=article.input.kind, warnings=tuple(article.warnings), rows=rows,
                   where=where)


def run_batch(entries: list[Task | Outcome], conversion: Conversion) -> list[Outcome]:
    """A few inputs in one call (a Dask worker's share, cluster.py): each Task converted, each Outcome
    already known passed back in its place."""
    return [entry if isinstance(entry, Outcome) else run_task(entry, conversion) for entry in entries]


def _peak_memory() -> int:
    """Bytes; the most memory this process has held at once (peak resident set size); 0 where the
    system does not say (Windows, where no cap applies either)."""
    try:
        import resource
    except ImportError:
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # Linux counts kilobytes


def _unwrapped(exc: Exception) -> Exception:
    """The exception `extract` wrapped as `InternalError` or `OutOfMemory` (its `__cause__`), else `exc`."""
    cause = exc.__cause__
    if isinstance(exc, (InternalError, OutOfMemory)) and isinstance(cause, Exception):
        return cause
    return exc


def _out_of_memory(exc: Exception, max_memory: int | None, peak_before: int) -> bool:
    """A failed allocation: Python's MemoryError; or, under a memory cap, any error raised while this
    input pushed the process's peak memory to near the cap. lxml reports a failed allocation as its
    own error ("unknown error", "out of memory?"), and only the memory it left behind tells."""
    if isinstance(exc, MemoryError):
        return True
    if max_memory is None:
        return False
    peak = _peak_memory()
    return peak > peak_before and peak >= max_memory * MEMORY_PRESSURE_SHARE


def explain_row(block: Block, removal: Removal | None) -> ExplainRow:
    text = block.text or " ".join(item.url for item in block.media)  # a media block shows its URL
    return ExplainRow(block.kind, text, removal.rule if removal else None, removal.category if removal else None)
