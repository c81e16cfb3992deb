"""Record bodies through shared memory to forked workers (cli/arena.py): a body comes out as it went
in, in a forked child too; rooms are given back and reused, out of order as well; a body that finds
no room stays in its task (it goes through the pipe); and through the pool, with a ring too small for
some bodies, every record still converts to the bytes of the run in one process."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

import newsgrab.cli.pool as pool
from newsgrab.cli.arena import Arena, Parcel
from newsgrab.cli.runner import Conversion, Limits, Task
from newsgrab.records import Record, read_records
from tests.cli_kit import STORY
from tests.test_records import HTML, PAGE_A, PAGE_B, _member, _response

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the arena is for forked workers")


def _task(body: bytes, line: int = 1) -> Task:
    return Task("dump.jsonl", record=Record("dump.jsonl", body, line=line, id=f"r{line}"))


def test_a_body_comes_out_of_the_arena_as_it_went_in_and_the_task_travels_without_it() -> None:
    arena = Arena(1 << 16)
    parcel = arena.pack(_task(b"<p>first</p>" * 100))
    assert isinstance(parcel, Parcel) and parcel.task.record is not None
    assert parcel.task.record.data == b"" and parcel.length == 1200
    task = arena.unpack(parcel)
    assert task == _task(b"<p>first</p>" * 100)
    assert arena.unpack(task) is task  # a task that went through the pipe comes as it is
    arena.close()


def test_a_forked_child_reads_what_the_parent_put_after_it_started() -> None:
    arena = Arena(1 << 16)
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # the child waits for the parent to pack, then reads the body back
        try:
            start, length = (int(part) for part in os.read(read_end, 100).split())
            body = arena.unpack(Parcel(_task(b""), start, length)).record.data  # type: ignore[union-attr]
            os._exit(0 if body == b"x" * 5000 + b"end" else 1)
        finally:
            os._exit(2)
    parcel = arena.pack(_task(b"x" * 5000 + b"end"))
    assert isinstance(parcel, Parcel)
    os.write(write_end, f"{parcel.start} {parcel.length}".encode())
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    for fd in (read_end, write_end):
        os.close(fd)
    arena.close()


def test_rooms_given_back_in_any_order_are_reused_and_a_body_without_room_stays_in_its_task() -> None:
    arena = Arena(1000)
    first, second, third = (arena.pack(_task(bytes([n]) * 300, n)) for n in (1, 2, 3))
    assert [p.start for p in (first, second, third) if isinstance(p, Parcel)] == [0, 300, 600]
    big = _task(b"y" * 200)
    assert arena.pack(big) is big  # 100 bytes left: it goes through the pipe
    huge = _task(b"z" * 2000)
    assert arena.pack(huge) is huge and arena.in_use == 3  # larger than the ring
    assert isinstance(second, Parcel) and isinstance(first, Parcel) and isinstance(third, Parcel)
    arena.release(second.start)  # not the oldest: nothing can be placed before the oldest yet
    assert arena.pack(big) is big
    arena.release(first.start)  # the oldest two are free: the ring wraps to its start
    wrapped = arena.pack(big)
    assert isinstance(wrapped, Parcel) and wrapped.start == 0
    assert arena.unpack(third).record == _task(bytes([3]) * 300, 3).record  # untouched by the wrap
    for parcel in (third, wrapped):
        arena.release(parcel.start)
    assert arena.in_use == 0
    assert isinstance(arena.pack(_task(b"w" * 1000)), Parcel)  # empty again: the whole ring is room
    arena.close()


def test_the_pool_gives_the_bytes_of_one_process_when_some_bodies_fit_the_ring_and_some_do_not(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSGRAB_START_METHOD", raising=False)
    monkeypatch.setattr(pool, "ARENA_PER_WORKER", max(len(PAGE_A), len(PAGE_B)) + 1000)
    pages = [(PAGE_A, HTML), (PAGE_B, HTML), (STORY.encode(), [("Content-Type", "text/plain")])] * 4
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(b"".join(_member(_response(f"https://example.org/{n}", body, headers))
                                 for n, (body, headers) in enumerate(pages)))

    def tasks() -> list[Task]:
        return [Task(str(archive), record=record)
                for record in read_records(str(archive), "warc", path=archive, max_bytes=1 << 24, defer=True)]

    alone = [outcome.text for outcome in pool.outcomes(tasks(), Conversion(), workers=1, limits=Limits())]
    used: list[int] = []
    real_pack = Arena.pack

    def pack(arena: Arena, task: Task) -> Task | Parcel:
        item = real_pack(arena, task)
        used.append(isinstance(item, Parcel))
        return item

    monkeypatch.setattr(Arena, "pack", pack)
    for workers in (1, 2):
        used.clear()
        texts = [outcome.text for outcome in pool.outcomes(tasks(), Conversion(), workers=workers,
                                                           limits=Limits(timeout=60.0))]
        assert texts == alone and all(text is not None for text in texts)
        assert True in used and False in used  # both ways were taken
