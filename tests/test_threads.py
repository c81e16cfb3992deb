"""The library called from several threads at once gives each call the answer it gives alone.

The CLI runs extractions in processes, but a library caller, or a Dask worker started with more than
one thread, calls `extract` from threads. Shared state that a call writes and reads back (a parser's
error log was one: html/parse.py) gives a wrong answer only when threads interleave, so every
sample is extracted alone first, then twice over from four threads with the interpreter switching
threads as often as it can, and every answer must be the same.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import newsgrab

SAMPLES = sorted(p for p in (Path(__file__).resolve().parents[1] / "samples").rglob("*")
                 if p.suffix in (".html", ".htm", ".txt"))


def _answer(raw: bytes) -> object:
    try:
        article = newsgrab.extract(raw)
    except newsgrab.NewsgrabError as exc:
        return str(exc)
    return article.to_dict()


@pytest.fixture
def often_switching() -> Iterator[None]:
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        yield
    finally:
        sys.setswitchinterval(interval)


def test_threads_get_the_answers_a_lone_call_gets(often_switching: None) -> None:
    assert len(SAMPLES) >= 20
    pages = [path.read_bytes() for path in SAMPLES]
    alone = [_answer(raw) for raw in pages]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(_answer, pages * 2))
    differ = [SAMPLES[i % len(pages)].name for i, answer in enumerate(together) if answer != alone[i % len(pages)]]
    assert differ == []
