"""`extract` holds off Python's cyclic garbage collector for its call only: it is off inside the
call, as the caller left it afterwards (an error included), untouched when the caller had it off or
the setting says to leave it alone, and the cycles a page leaves are still collected."""

from __future__ import annotations

import gc
import subprocess
import sys
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

import newsgrab
from newsgrab import api, settings
from newsgrab.errors import EmptyInput, InternalError

PAGE = (
    "<html><head><title>Ferry timetable extended</title></head><body><article>"
    "<h1>Ferry timetable extended</h1>"
    "<p>The harbour board voted on Monday to run the island ferry until the end of October, three "
    "weeks longer than last year, after a summer of full sailings.</p>"
    "<p>Operators said the extra weeks would be run with the smaller boat, and that the last "
    "sailing of each day would leave the mainland half an hour earlier than in the summer.</p>"
    "</article></body></html>"
)


@pytest.fixture
def collector_on(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The collector on and the pause asked for (as the command line asks for it)."""
    monkeypatch.setattr(settings, "PAUSE_GC_DURING_EXTRACT", True)
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def _spy_on_stages(monkeypatch: pytest.MonkeyPatch, fail: bool = False) -> list[bool]:
    """Record whether the collector is on when the stages run (and make them fail, if asked)."""
    seen: list[bool] = []
    real = api._extract

    def spy(*args: Any) -> Any:
        seen.append(gc.isenabled())
        if fail:
            raise RuntimeError("a bug in some stage")
        return real(*args)

    monkeypatch.setattr(api, "_extract", spy)
    return seen


@pytest.mark.usefixtures("collector_on")
def test_the_collector_is_off_inside_the_call_and_on_again_after_it(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _spy_on_stages(monkeypatch)
    article = newsgrab.extract(PAGE, url="https://news.example.org/ferry")
    assert seen == [False]
    assert gc.isenabled()
    assert "ferry" in article.body


@pytest.mark.usefixtures("collector_on")
def test_the_collector_comes_back_on_when_the_call_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(EmptyInput):
        newsgrab.extract("   ")
    assert gc.isenabled()
    seen = _spy_on_stages(monkeypatch, fail=True)
    with pytest.raises(InternalError):
        newsgrab.extract(PAGE)
    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_the_caller_switched_off_stays_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "PAUSE_GC_DURING_EXTRACT", True)
    was = gc.isenabled()
    gc.disable()
    try:
        seen = _spy_on_stages(monkeypatch)
        newsgrab.extract(PAGE)
        assert seen == [False]
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


@pytest.mark.usefixtures("collector_on")
def test_the_setting_leaves_the_collector_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "PAUSE_GC_DURING_EXTRACT", False)
    seen = _spy_on_stages(monkeypatch)
    newsgrab.extract(PAGE)
    assert seen == [True]
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_the_cycles_a_page_leaves_are_still_collected(monkeypatch: pytest.MonkeyPatch) -> None:
    # a stage that leaves a reference cycle behind (as closures and back-references do): the
    # collector, on again after the call, frees it by itself once enough new objects come
    real = api._extract
    left: list[weakref.ref[object]] = []

    class Node:
        pass

    def cyclic(*args: Any) -> Any:
        node = Node()
        node.self = node  # type: ignore[attr-defined]
        left.append(weakref.ref(node))
        return real(*args)

    monkeypatch.setattr(api, "_extract", cyclic)
    newsgrab.extract(PAGE)
    assert left and gc.isenabled()
    churn = [[] for _ in range(100_000)]  # container objects: each collection comes due on them
    del churn
    assert left[0]() is None


def test_the_library_leaves_the_collector_alone_and_the_command_asks_for_the_pause(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a host's threads may call extract all the time: by default no call touches the collector;
    # the command line's processes (one thread each) turn the pause on when they warm up
    from newsgrab.cli import runner
    from newsgrab.options import Options

    fresh = subprocess.run(
        [sys.executable, "-c", "import newsgrab.settings as s; print(s.PAUSE_GC_DURING_EXTRACT)"],
        capture_output=True, text=True, check=True,
    )
    assert fresh.stdout.strip() == "False"  # (this process's value may be a CLI test's)
    monkeypatch.setattr(settings, "PAUSE_GC_DURING_EXTRACT", False)
    runner.warm_up(runner.Conversion(kind="text", options=Options()))
    assert settings.PAUSE_GC_DURING_EXTRACT is True
