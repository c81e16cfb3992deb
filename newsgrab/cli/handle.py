"""The main process's handle on one worker process (`WorkerHandle`: its pipe, what it holds, its
deadline) and the small rules the pool (pool.py) applies to one worker: which start method, how a
worker is started without a Ctrl-C reaching it half-made, how its exit is worded in a record, and
which task may wait in the pipe of a busy worker. Apart from pool.py so that each stays readable.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from newsgrab.cli.channel import TaskSender
from newsgrab.cli.runner import Task

#: environment variable naming the start method (fork, forkserver, spawn) instead of the default
START_METHOD_ENV = "NEWSGRAB_START_METHOD"
#: bytes; where tasks go through Connection's blocking send (no `TaskSender`: Windows), a task
#: carrying more data than this (stdin, a record) is only sent to an idle worker: a pipe buffers
#: less, and a send that blocked while the worker was busy could deadlock
PREFETCH_MAX_BYTES = 64 * 1024


def default_start_method() -> str | None:
    """`NEWSGRAB_START_METHOD`, else fork on Linux, else the platform's default (None)."""
    chosen = os.environ.get(START_METHOD_ENV, "").strip()
    if chosen:
        return chosen
    return "fork" if sys.platform.startswith("linux") else None


@contextlib.contextmanager
def sigint_blocked() -> Iterator[None]:
    """Block Ctrl-C while a worker starts: the child inherits the mask and ignores SIGINT before it
    unblocks it, so a Ctrl-C at that moment cannot print a traceback from a half-started worker."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


@dataclass(slots=True, eq=False)  # compared and hashed by identity
class WorkerHandle:
    """One worker as the main process sees it."""

    process: BaseProcess
    conn: Connection
    #: tasks go out through it without blocking (None: Connection's blocking send)
    sender: TaskSender | None = None
    ready: bool = False
    #: it said it will exit after its last input (it ran out of memory): give it no other
    leaving: bool = False
    #: the inputs sent to it, by position in the batch: it converts the first, the others wait
    held: deque[tuple[int, Task]] = field(default_factory=deque)
    #: when the first held input must be done by
    deadline: float | None = None


def exit_reason(process: BaseProcess) -> str:
    """How a worker ended, as a record of the input it was converting says it."""
    code = process.exitcode
    if code is not None and code < 0:
        try:
            return f"killed by signal {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


def goes_ahead(worker: WorkerHandle, task: Task) -> bool:
    """Whether `task` may wait in the pipe of a worker that is busy: never a special file (its
    descriptor follows the frame at once); any other through a TaskSender, which never blocks; and
    through a blocking send only a task that fits in the pipe's buffer."""
    if task.special:
        return False
    return worker.sender is not None or task.size <= PREFETCH_MAX_BYTES
