"""A worker process's side of the pool (pool.py): start up once, then convert the inputs it is sent.

A worker leaves Ctrl-C to the main process, caps its own memory (RLIMIT_AS), asks to die with its
parent (Linux), loads the rules (`runner.warm_up`), says it is ready, then takes batches of tasks
from its pipe and sends back one Outcome per task, in order. Nothing escapes as a traceback: a
failure before the first input is reported over the pipe, and any other death is seen by the main
process, which fails the input the worker was on and starts another.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from multiprocessing.connection import Connection
from multiprocessing.reduction import recv_handle

from newsgrab.cli.arena import Arena
from newsgrab.cli.channel import receive
from newsgrab.cli.runner import Conversion, run_task, warm_up
from newsgrab.errors import OutOfMemory

#: what a worker sends once its rules are loaded, before its first input
READY = "ready"
#: exit status of a worker that failed before its first input (its reason went over the pipe)
_START_FAILED_STATUS = 70
#: prctl(2) option: the signal a process gets when its parent dies (linux/prctl.h)
_PR_SET_PDEATHSIG = 1


def _cap_memory(max_memory: int) -> None:
    try:
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        soft = max_memory if hard == resource.RLIM_INFINITY else min(max_memory, hard)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    except (ImportError, ValueError, OSError):  # no RLIMIT_AS here (Windows; macOS refuses it)
        pass


def _die_with_parent() -> None:
    """Linux: the kernel kills this worker when its parent dies, even by SIGKILL, so no worker stuck
    in an input outlives its batch. An idle worker (and any worker elsewhere) ends at its next read
    of the pipe, which the main process's death closes."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def worker_main(conn: Connection, conversion: Conversion, max_memory: int | None, framed: bool = False,
                arena: Arena | None = None) -> None:
    """A worker's life, from its start to the `None` that tells it to stop. `framed`: tasks come
    as channel.TaskSender frames (else as Connection messages); `arena`: the shared memory, inherited
    through fork, where the main process put the bodies of the records it sent as Parcels."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the main process's handler unwinds a batch: not here
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _die_with_parent()
    try:
        if max_memory is not None:
            _cap_memory(max_memory)
        warm_up(conversion)
        conn.send(READY)
    except BaseException as exc:  # reported, then a quiet exit
        with contextlib.suppress(BaseException):
            conn.send(f"{type(exc).__name__}: {exc}")
        os._exit(_START_FAILED_STATUS)
    try:
        while True:
            tasks = receive(conn) if framed else conn.recv()
            if tasks is None:
                return
            if arena is not None:  # every body of the batch copied out now, before any of its outcomes goes
                tasks = [arena.unpack(item) for item in tasks]
            fds = [recv_handle(conn) if task.special else None for task in tasks]
            for task, fd in zip(tasks, fds, strict=True):
                outcome = run_task(task, conversion, fd=fd, max_memory=max_memory)
                try:
                    conn.send(outcome)
                except MemoryError:  # the record itself does not fit: say so in a small one
                    conn.send(task.failed(OutOfMemory("the converted record needs more memory than the limit "
                                                        "(--max-memory)")))
                if outcome.code == OutOfMemory.code:
                    return  # a fresh worker, with a fresh heap, takes what this one still held
    except BaseException:  # the main process went away, or a send failed
        os._exit(1)
