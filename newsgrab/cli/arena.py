"""Record bodies to forked workers through memory shared with the main process, not through the pipe.

Why: the main process's CPU is what bounds `--jobs 2` on two cores (issue 15: it reads the archive
while both workers convert), and a web archive's record is about 100 KB. Through the task pipe a
body is copied six times (pickled, framed, into the socket, out of it, joined, unpickled), half of
them by the main process, which also wakes up each time the socket has room for more. Under fork
the pool maps one shared anonymous region before it starts a worker (every worker, a replacement
too, inherits it); the main process copies a body into it once and sends only where it lies
(`Parcel`), and the worker copies it out once when it takes the task. A body that finds no room
goes through the pipe as before, so the arena is only ever a faster way, never a limit.

The region is a ring: bodies are placed one after another and wrap at its end. A body's room is
given back when its input leaves its worker (its outcome came back, its worker died, or it went back
to the queue), and the ring's tail moves on past every room given back. A worker has copied a body
out before it sends the outcome of any input of that batch, and a dead worker reads nothing, so a
room is never reused while a worker may still read it.
"""

from __future__ import annotations

import mmap
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from newsgrab.cli.runner import Task

_T = TypeVar("_T")


@dataclass(frozen=True)
class Parcel:
    """A task sent without its record's body, which lies in the arena at `start` (`length` bytes)."""

    task: Task
    start: int
    length: int


class Arena:
    """A shared ring of `size` bytes: `pack` in the main process, `unpack` in a forked worker."""

    def __init__(self, size: int) -> None:
        self._map = mmap.mmap(-1, size)  # anonymous and shared: a forked child sees the same bytes
        self._size = size
        self._head = 0
        #: the rooms in use, oldest first: [start, end, given back]
        self._rooms: deque[list[int]] = deque()
        self._by_start: dict[int, list[int]] = {}

    def pack(self, task: Task) -> Task | Parcel:
        """The task as it goes to a worker: a Parcel when its record's body found room, else itself."""
        record = task.record
        if record is None or not isinstance(record.data, bytes) or not record.data:
            return task
        start = self._place(len(record.data))
        if start is None:
            return task
        end = start + len(record.data)
        self._map[start:end] = record.data
        room = [start, end, 0]
        self._rooms.append(room)
        self._by_start[start] = room
        self._head = end
        return Parcel(_with_body(task, b""), start, end - start)

    def release(self, start: int) -> None:
        """Give back the room at `start`: the input whose body it holds has left its worker."""
        room = self._by_start.pop(start, None)
        if room is None:
            return
        room[2] = 1
        while self._rooms and self._rooms[0][2]:
            self._rooms.popleft()
        if not self._rooms:
            self._head = 0

    def unpack(self, item: Task | Parcel) -> Task:
        """The worker's side: the task with its body copied out of the arena."""
        if not isinstance(item, Parcel):
            return item
        return _with_body(item.task, self._map[item.start : item.start + item.length])

    @property
    def in_use(self) -> int:
        """Rooms not given back yet."""
        return len(self._by_start)

    def close(self) -> None:
        self._rooms.clear()
        self._by_start.clear()
        self._map.close()

    def _place(self, length: int) -> int | None:
        """Where `length` bytes fit after the newest room without reaching the oldest, or None."""
        if not self._rooms:
            return 0 if length <= self._size else None
        tail, head = self._rooms[0][0], self._head
        if head > tail:  # in use: [tail, head); free: [head, size) and [0, tail)
            if head + length <= self._size:
                return head
            return 0 if length <= tail else None
        return head if head + length <= tail else None  # wrapped: free only [head, tail)


def _copy(instance: _T, **changes: object) -> _T:
    """A copy of a frozen dataclass instance with `changes`, built from its `__dict__`: what
    `dataclasses.replace` builds, without running `__init__` in Python (a sixth of the time, and
    this runs twice per record on each side of the arena). Task and Record hold plain instance
    dicts and check nothing in `__init__` (runner.Task says why they have no slots)."""
    copied = object.__new__(type(instance))
    copied.__dict__.update(instance.__dict__)
    copied.__dict__.update(changes)
    return copied


def _with_body(task: Task, body: bytes) -> Task:
    """`task` with its record's body replaced."""
    return _copy(task, record=_copy(task.record, data=body))
