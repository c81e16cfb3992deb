"""Terminal presentation on stderr: the progress bar and the `--explain` view. CLI-only.

rich is imported inside the functions, so a run that shows neither (a pipe, one input, `--quiet`)
never pays for the import. Everything here writes to stderr: stdout carries data only, and the
progress bar is built with `redirect_stdout=False` so rich never touches it.

The bar is one transient line, redrawn from the batch loop (no refresh thread: the main process stays
single-threaded, so forking a worker is safe), and erased when the batch ends, however it ends. When
stdout is the terminal too, the bar is taken down while a record is written and drawn again below
it, so records and bar never share a line. (When stdout is a pipe the command shows no bar at all:
what reads the pipe, `head` say, may write to the same terminal at any moment.)
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from newsgrab.cli.runner import ExplainRow

#: characters of the file name shown beside the progress bar
PROGRESS_NAME_CHARS = 32
#: columns of the --explain view when stderr is not a terminal (a log file, a pipe)
EXPLAIN_WIDTH = 120
#: seconds between two redraws of the bar: often enough to look live, rarely enough to cost nothing
REDRAW_SECONDS = 0.1


class Tracker:
    """What the batch loop talks to: count a finished input, print a diagnostic line, write data."""

    def __init__(self, write_line: Callable[[str], None], progress: Any = None, task: Any = None,
                 *, data_on_terminal: bool = False) -> None:
        self._write_line = write_line
        self._progress = progress
        self._task = task
        self._data_on_terminal = data_on_terminal
        self._drawn_at = 0.0

    def advance(self, origin: str = "") -> None:
        """One more input done; the bar shows the last file name, cut to keep the bar on one line."""
        if self._progress is not None:
            name = origin.rsplit("/", 1)[-1]
            if len(name) > PROGRESS_NAME_CHARS:
                name = name[: PROGRESS_NAME_CHARS - 1] + "…"
            self._progress.update(self._task, advance=1, description=name)
            now = time.monotonic()
            if now - self._drawn_at >= REDRAW_SECONDS:
                self._drawn_at = now
                self._progress.refresh()

    def line(self, text: str) -> None:
        """A stderr line; above the bar while it is live, so the bar stays whole."""
        if self._progress is not None:
            self._progress.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            self._write_line(text)

    def data(self, write: Callable[[str], None], text: str) -> None:
        """`write(text)` (stdout data); on a terminal, with the bar taken down meanwhile."""
        if self._progress is None or not self._data_on_terminal:
            write(text)
            return
        self._progress.stop()
        try:
            write(text)
        finally:
            self._progress.start()


@contextmanager
def tracking(total: int | None, *, show_bar: bool, write_line: Callable[[str], None],
             data_on_terminal: bool = False) -> Iterator[Tracker]:
    """A Tracker; with `show_bar`, a transient rich progress bar on stderr for `total` inputs (None:
    not known ahead, as for the records of a web archive). `data_on_terminal`: stdout is a terminal,
    so the bar makes way for each record."""
    if not show_bar:
        yield Tracker(write_line)
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(
        TextColumn("[progress.description]{task.description}", justify="left"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        redirect_stdout=False,
        redirect_stderr=False,
        auto_refresh=False,
        transient=True,
    )
    with progress:
        task = progress.add_task("newsgrab", total=total)
        progress.refresh()
        yield Tracker(write_line, progress, task, data_on_terminal=data_on_terminal)


def explain(origin: str, kind: str | None, rows: Sequence[ExplainRow], *, color: bool) -> str:
    """Every block of one input in order, marking what was removed and by which rule.

    One line per block, cut to the terminal width (`EXPLAIN_WIDTH` off a terminal): the JSON keeps
    the full text; this view is for scanning what went and why. Returned as a string (ANSI colours
    only with `color`) for the caller to write to stderr as UTF-8 whatever the locale.
    """
    import io
    import shutil

    from rich.console import Console
    from rich.text import Text

    width = shutil.get_terminal_size((EXPLAIN_WIDTH, 24)).columns if color else EXPLAIN_WIDTH
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=color, color_system="standard" if color else None,
                      highlight=False, emoji=False)
    removed = sum(1 for row in rows if row.rule is not None)
    console.print(Text(f"{origin} ({kind or '?'}): {len(rows) - removed} kept, {removed} removed", style="bold"),
                  soft_wrap=True)
    for row in rows:
        flat = " ".join(row.text.split())
        if row.rule is None:
            line = Text.assemble(("  keep ", "green"), (f"{row.kind:<5} ", "cyan"), flat)
        else:
            line = Text.assemble(("  DROP ", "bold red"), (f"{row.kind:<5} ", "cyan"),
                                 (f"[{row.category}] {row.rule}: ", "yellow"), (flat, "dim"))
        console.print(line, no_wrap=True, overflow="ellipsis", crop=True)
    return buffer.getvalue().rstrip("\n")
