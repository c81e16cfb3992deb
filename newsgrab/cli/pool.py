"""Convert a stream of inputs (`outcomes`): in this process when nothing needs stopping, else in
worker processes that convert inputs under a deadline and a memory cap. Results in input order.

An input is a `runner.Task`: a file, standard input's bytes, or one record of a WARC or JSON Lines
file (a record is an input like a file here: its own deadline, its own record if its worker dies).
Each worker has its own pipe and converts one input at a time (the next one waits in its pipe), so
the main process always knows which input a worker is on. Past the deadline (`Limits.timeout`) the
worker is killed and its input gets a `timeout` record; a worker that dies for any reason (killed
from outside, a crash in native code) gives a `crashed` record for the input it was converting; an
input that runs out of the worker's address space (`Limits.max_memory`, RLIMIT_AS) gets `memory` and
its worker retires. Each time, a fresh worker takes the place of the old one, inputs the old one had
not started go to another, and the batch goes on. (`concurrent.futures` can do none of this: it
cannot stop one call, and one dead worker breaks the whole executor and every input in flight.)

Start methods. A worker receives the run's `Conversion` when it starts and loads the rules once
(`runner.warm_up`) before it reports ready, so it works under fork, forkserver and spawn alike.
`fork` is used where it is safe and cheap: on Linux, where a worker is a copy of the running process
rather than a new interpreter that imports everything again (a killed worker is replaced mid-batch,
and `--jobs 1` with a deadline still runs in one worker), and where the main process runs no other
thread (the progress bar is redrawn from the batch loop, not a thread), so a forked child cannot
inherit a held lock. Elsewhere the platform's default (spawn on
macOS and Windows). `NEWSGRAB_START_METHOD` chooses another (handle.py). Under fork the bodies of
records go to the workers through shared memory (arena.py), the tasks through their pipes.

Results stream: entries are read lazily, at most `window` ahead of the next result to be written, so
a long batch (or an archive of a million records) is never held in memory whole.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import select
import selectors
import sys
import time
from collections import deque
from collections.abc import Generator, Iterable
from multiprocessing.connection import wait
from multiprocessing.reduction import send_handle
from typing import Any

from newsgrab.cli.arena import Arena, Parcel
from newsgrab.cli.channel import TaskSender
from newsgrab.cli.handle import WorkerHandle, default_start_method, exit_reason, goes_ahead, sigint_blocked
from newsgrab.cli.runner import Conversion, Limits, Outcome, Task, open_special, run_task, warm_up
from newsgrab.cli.worker import READY, worker_main
from newsgrab.errors import NewsgrabError, OutOfMemory, TimedOut, Unreadable, WorkerCrashed

#: inputs read ahead of the next result to write, per worker: enough to keep every worker busy
#: while one input holds the head of the line, few enough to keep memory bounded
WINDOW_PER_WORKER = 8
#: inputs sent to a worker at a time: the one it converts and the next few, so it never sits idle
#: while the main process writes results or waits for its turn on a busy machine
PREFETCH = 4
#: bytes of the shared ring that carries record bodies to forked workers (arena.py), per worker:
#: room for its prefetched inputs many times over (a news page is about 100 KB); a body that finds
#: no room goes through the pipe
ARENA_PER_WORKER = 2 << 20
#: seconds; the longest single wait for a worker, so a huge --timeout never overflows a wait call
MAX_WAIT_SECONDS = 60.0
#: whether a selector can watch the workers' pipes and exit sentinels: not on Windows, whose pipes
#: and process handles only multiprocessing's own wait() takes (it builds its watch list per call)
PIPES_SELECTABLE = sys.platform != "win32"
#: seconds a worker asked to stop gets before it is killed
STOP_GRACE_SECONDS = 2.0
#: workers in a row that die before they are ready, after which none is started again
MAX_START_FAILURES = 3


class WorkerPool:
    """`run(entries)`: one Outcome per entry, in order, converted by `size` worker processes."""

    def __init__(self, conversion: Conversion, size: int, limits: Limits, start_method: str | None = None) -> None:
        self._conversion = conversion
        self._size = size
        self._limits = limits
        self._method = start_method if start_method is not None else default_start_method()
        self._context: Any = multiprocessing.get_context(self._method)
        self._workers: list[WorkerHandle] = []
        self._queue: deque[tuple[int, Task]] = deque()
        self._results: dict[int, Outcome] = {}
        #: every worker's pipe and exit sentinel, watched together (None: multiprocessing's wait())
        self._selector = selectors.DefaultSelector() if PIPES_SELECTABLE else None
        #: tasks go out through a TaskSender (a socket pair under the pipe), read by channel.receive
        self._framed = self._selector is not None
        self._start_failures = 0
        self._start_reason: str | None = None
        self._start_error: str | None = None
        #: record bodies go to forked workers through shared memory (tasks through the framed channel)
        forked = self._context.get_start_method() == "fork"
        self._arena = Arena(ARENA_PER_WORKER * size) if forked and self._framed else None
        #: the arena room of each input sent with its body there, by position in the batch
        self._rooms: dict[int, int] = {}

    def run(self, entries: Iterable[Task | Outcome]) -> Generator[Outcome, None, None]:
        warmed = self._context.get_start_method() != "fork"  # with fork, once here: every worker inherits it
        source = iter(enumerate(entries))
        window = WINDOW_PER_WORKER * self._size
        read = next_out = 0
        exhausted = False
        try:
            while True:
                while not exhausted and read - next_out < window:
                    item = next(source, None)
                    if item is None:
                        exhausted = True
                        break
                    read += 1
                    index, entry = item
                    if isinstance(entry, Outcome):
                        self._results[index] = entry
                    else:
                        self._queue.append((index, entry))
                if not warmed:
                    warm_up(self._conversion, self._queue[0][1] if self._queue else None)
                    warmed = True
                self._dispatch()
                if next_out in self._results:
                    yield self._results.pop(next_out)
                    next_out += 1
                    continue
                if exhausted and next_out == read:
                    return
                self._wait()
        finally:  # the end, --fail-fast, Ctrl-C or a closed stdout: no worker outlives the batch
            self._shutdown()

    # --- workers -------------------------------------------------------------------------------

    def _start_worker(self) -> WorkerHandle:
        parent_end, child_end = self._context.Pipe(duplex=True)
        process = self._context.Process(target=worker_main, name="newsgrab-worker", daemon=True,
                                        args=(child_end, self._conversion, self._limits.max_memory, self._framed,
                                              self._arena))
        with sigint_blocked():
            process.start()
        child_end.close()
        worker = WorkerHandle(process, parent_end, TaskSender.open(parent_end) if self._framed else None)
        if self._selector is not None:
            self._selector.register(parent_end.fileno(), selectors.EVENT_READ, worker)
            self._selector.register(process.sentinel, selectors.EVENT_READ, worker)
        self._start_clock(worker)  # the deadline covers starting too: a worker that never gets ready is replaced
        self._workers.append(worker)
        return worker

    def _dispatch(self) -> None:
        """Hand queued inputs to workers (up to `PREFETCH` each, so a worker never waits for the
        main process between two inputs), starting workers while there is work for them."""
        queue = self._queue
        if self._start_error is not None:  # no worker can start: every input still queued fails
            while queue:
                index, task = queue.popleft()
                self._results[index] = task.failed(WorkerCrashed(
                    f"no worker process could start ({self._start_error})"))
            return
        live = [w for w in self._workers if not w.leaving]
        idle = sum(1 for w in live if not w.held)
        while queue and len(live) < self._size and idle < len(queue):
            live.append(self._start_worker())
            idle += 1
        # Tasks go out in batches, one message each, to workers whose pipe is half empty or less: a
        # write per input would wake the worker (and cost the main process) once per input.
        batches: dict[WorkerHandle, list[tuple[int, Task]]] = {}
        eligible = [w for w in live if w.ready and len(w.held) <= PREFETCH // 2]
        for depth in range(1, PREFETCH + 1):  # one more each, in turn: the last inputs spread out
            for worker in eligible:
                if not queue:
                    break
                pending = len(worker.held) + len(batches.get(worker, ()))
                if pending < depth and (pending == 0 or goes_ahead(worker, queue[0][1])):
                    batches.setdefault(worker, []).append(queue.popleft())
        for worker, batch in batches.items():
            self._send(worker, batch)

    def _send(self, worker: WorkerHandle, batch: list[tuple[int, Task]]) -> None:
        """Send tasks in one message, then the open descriptors of the special files among them."""
        fds: list[int] = []
        sent: list[tuple[int, Task]] = []
        for index, task in batch:
            if task.special:
                assert task.path is not None
                try:
                    fds.append(open_special(task.path))
                except OSError as exc:
                    self._results[index] = task.failed(Unreadable(
                        f"cannot read {task.origin}: {exc.strerror or exc}"))
                    continue
            sent.append((index, task))
        if not sent:
            return
        was_idle = not worker.held
        worker.held.extend(sent)
        if was_idle:
            self._start_clock(worker)
        message: list[Task | Parcel] = [task for _, task in sent]
        if self._arena is not None:
            message = [self._pack(index, task) for index, task in sent]
        try:
            if worker.sender is None:
                worker.conn.send(message)
            elif not worker.sender.put(message):
                if fds:  # the descriptors follow the frame: the worker is idle, reading
                    worker.sender.drain()
                else:
                    self._watch_writable(worker, True)
            for fd in fds:
                send_handle(worker.conn, fd, worker.process.pid or 0)
        except OSError:
            pass  # the worker died before it read the tasks: its sentinel says so
        finally:
            for fd in fds:
                os.close(fd)

    def _pack(self, index: int, task: Task) -> Task | Parcel:
        assert self._arena is not None
        item = self._arena.pack(task)
        if isinstance(item, Parcel):
            self._rooms[index] = item.start
        return item

    def _release(self, index: int) -> None:
        """The input at `index` has left its worker: the arena room of its body is free again."""
        room = self._rooms.pop(index, None)
        if room is not None and self._arena is not None:
            self._arena.release(room)

    def _start_clock(self, worker: WorkerHandle) -> None:
        """The deadline of what the worker does now: start, or convert its first held input."""
        timeout = self._limits.timeout
        busy = worker.held or not worker.ready
        worker.deadline = time.monotonic() + timeout if timeout is not None and busy else None

    def _wait(self) -> None:
        """Block until a worker reports, dies or passes its deadline, and deal with it."""
        deadlines = [w.deadline for w in self._workers if w.deadline is not None]
        timeout = MAX_WAIT_SECONDS
        if deadlines:
            timeout = min(timeout, max(0.0, min(deadlines) - time.monotonic()))
        ready = self._ready(timeout)
        now = time.monotonic()
        for worker in list(self._workers):
            if (worker, True) in ready:
                if not self._drain(worker):  # its pipe closed: it died
                    self._retire(worker, timed_out=False)
            elif (worker, False) in ready:
                self._retire(worker, timed_out=False)
            elif worker.deadline is not None and now >= worker.deadline:
                self._retire(worker, timed_out=True)

    def _ready(self, timeout: float) -> set[tuple[WorkerHandle, bool]]:
        """(worker, True) for each pipe with a message or closed, (worker, False) for each worker that
        exited, waiting up to `timeout` seconds for the first."""
        if self._selector is not None:
            ready: set[tuple[WorkerHandle, bool]] = set()
            for key, mask in self._selector.select(timeout):
                worker, on_pipe = key.data, key.fd == key.data.conn.fileno()
                if on_pipe and mask & selectors.EVENT_WRITE and worker.sender is not None:
                    self._watch_writable(worker, not worker.sender.flush())
                if not on_pipe or mask & selectors.EVENT_READ:
                    ready.add((worker, on_pipe))
            return ready
        objects = wait([w.conn for w in self._workers] + [w.process.sentinel for w in self._workers], timeout)
        return {(w, True) for w in self._workers if w.conn in objects} | {
            (w, False) for w in self._workers if w.process.sentinel in objects}

    def _watch_writable(self, worker: WorkerHandle, watch: bool) -> None:
        """Wake up when the worker's pipe takes more of its pending tasks (`watch`), or stop."""
        if self._selector is not None:
            events = selectors.EVENT_READ | (selectors.EVENT_WRITE if watch else 0)
            self._selector.modify(worker.conn.fileno(), events, worker)

    def _drain(self, worker: WorkerHandle) -> bool:
        """Take every message the worker has sent so far (one wake-up for all of them); False when
        its pipe is closed (it died)."""
        while self._receive(worker):
            if self._selector is not None:
                more = bool(select.select([worker.conn.fileno()], [], [], 0)[0])
            else:
                more = worker.conn.poll(0)
            if not more:
                return True
        return False

    def _receive(self, worker: WorkerHandle) -> bool:
        """Take one message from a worker; False when its pipe is closed (it died)."""
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            return False
        if message == READY:
            worker.ready = True
            self._start_failures = 0
            self._start_clock(worker)
        elif isinstance(message, Outcome) and worker.held:
            index, _ = worker.held.popleft()
            self._release(index)
            self._results[index] = message
            self._start_clock(worker)
            if message.code == OutOfMemory.code:  # it exits now: what it still holds goes to another
                worker.leaving = True
                self._requeue(worker)
        elif isinstance(message, str):  # it could not start: the reason, before it exits
            self._start_reason = message
        return True

    def _requeue(self, worker: WorkerHandle) -> None:
        """Inputs sent to a worker that will not start them go back to the front of the queue."""
        while worker.held:
            index, task = worker.held.pop()
            self._release(index)  # sent again, it is packed again
            self._queue.appendleft((index, task))
        worker.deadline = None

    def _retire(self, worker: WorkerHandle, *, timed_out: bool) -> None:
        """Stop a worker (kill it if it still runs) and fail the input it was converting, if any;
        the inputs it held after that one go back to the queue."""
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        if worker.held:
            index, task = worker.held.popleft()
            self._release(index)
            error: NewsgrabError
            if timed_out:
                error = TimedOut(f"converting this input took longer than {self._limits.timeout:g} s (--timeout)")
            else:
                error = WorkerCrashed(f"the worker process converting this input died "
                                      f"({exit_reason(worker.process)})")
            self._results[index] = task.failed(error)
            self._requeue(worker)
        elif not worker.ready:
            if timed_out:
                self._start_reason = f"a worker was not ready after {self._limits.timeout:g} s"
            self._start_failures += 1
            if self._start_failures >= MAX_START_FAILURES:
                self._start_error = self._start_reason or exit_reason(worker.process)
        self._close(worker)

    def _close(self, worker: WorkerHandle) -> None:
        self._workers.remove(worker)
        if self._selector is not None:
            self._selector.unregister(worker.conn.fileno())
            self._selector.unregister(worker.process.sentinel)
        worker.conn.close()
        if worker.sender is not None:
            worker.sender.close()
        with contextlib.suppress(ValueError):
            worker.process.close()

    def _shutdown(self) -> None:
        for worker in self._workers:
            if worker.held:
                worker.process.kill()
            else:
                with contextlib.suppress(OSError):
                    if worker.sender is not None:
                        worker.sender.put(None)  # it is idle, reading: the frame goes at once
                    else:
                        worker.conn.send(None)
        stop_by = time.monotonic() + STOP_GRACE_SECONDS
        for worker in list(self._workers):
            worker.process.join(max(0.0, stop_by - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            self._close(worker)
        if self._selector is not None:
            self._selector.close()
        if self._arena is not None:
            self._arena.close()


def outcomes(entries: Iterable[Task | Outcome], conversion: Conversion, *, workers: int = 1,
             limits: Limits) -> Generator[Outcome, None, None]:
    """One Outcome per entry, in order, read lazily from `entries`.

    In this process when nothing needs stopping (no deadline, no memory cap, one job); otherwise in
    worker processes, which is also what enforces the limits."""
    if workers <= 1 and not limits.need_worker:
        warm_up(conversion)
        return (entry if isinstance(entry, Outcome) else run_task(entry, conversion) for entry in entries)
    return WorkerPool(conversion, max(1, workers), limits).run(entries)
