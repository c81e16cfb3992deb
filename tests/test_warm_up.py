"""`runner.warm_up`: what a process loads before its first input, once.

Under fork the main process warms up before it starts the workers, and each worker inherits what
was loaded; whatever the first page would load lazily (the content stage's modules, the notice
weights, compiled patterns) is then loaded once per run instead of once per worker, on its first
input. The warm-up converts a small built-in page, and its failure is never the run's.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsgrab.api
from newsgrab.cli import runner
from newsgrab.cli.runner import Conversion, Task, warm_up
from newsgrab.options import Options
from newsgrab.records import Record
from tests.cli_kit import env

#: in a fresh interpreter: whether the HTML stage and the notice weights are loaded after warm_up
#: for pages of a kind not known yet, then after warm_up for HTML pages
_PROBE = """
import sys
from newsgrab.clean.score import packaged_weights
from newsgrab.cli.runner import Conversion, warm_up
for conversion in (Conversion(), Conversion(kind="html")):
    warm_up(conversion)
    print("newsgrab.html" in sys.modules, "lxml" in sys.modules, packaged_weights.cache_info().currsize)
"""


def test_warm_up_loads_what_the_first_page_would_load_when_its_kind_is_known() -> None:
    proc = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, env=env(), check=True)
    assert proc.stdout.splitlines() == ["False False 0", "True True 1"]


def _count_extract(monkeypatch: pytest.MonkeyPatch, fail: bool = False) -> list[str]:
    calls: list[str] = []
    real = newsgrab.api.extract

    def extract(data: Any, **kwargs: Any) -> Any:
        calls.append(kwargs.get("kind", "auto"))
        if fail:
            raise RuntimeError("the warm-up page broke")
        return real(data, **kwargs)

    monkeypatch.setattr(newsgrab.api, "extract", extract)
    monkeypatch.setattr(runner, "_warm", False)
    return calls


def test_the_warm_up_page_is_converted_once_per_process_in_the_runs_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_extract(monkeypatch)
    warm_up(Conversion(kind="text"))
    warm_up(Conversion(kind="text"))
    warm_up(Conversion(kind="html"))
    assert calls == ["text"]


@pytest.mark.parametrize(("first", "kind"), [
    (Task("crawl.warc", record=Record("crawl.warc", b"", kind="html")), ["html"]),
    (Task("dump.jsonl", record=Record("dump.jsonl", b"", kind="text")), ["text"]),
    (Task("dump.jsonl", record=Record("dump.jsonl", b"", kind="auto")), []),
    (Task("page.html", path=Path("page.html")), []),  # a file's kind is known once it is read
])
def test_without_kind_the_first_records_kind_decides(monkeypatch: pytest.MonkeyPatch, first: Task,
                                                     kind: list[str]) -> None:
    calls = _count_extract(monkeypatch)
    warm_up(Conversion(), first)
    assert calls == kind


@pytest.mark.parametrize("conversion", [Conversion(options=Options(max_bytes=100)), Conversion(fmt="markdown")])
def test_a_failing_warm_up_never_fails_the_run(monkeypatch: pytest.MonkeyPatch, conversion: Conversion) -> None:
    """A page over a tiny size limit fails with TooLarge; a broken stage raises anything: warm_up
    returns either way, and the inputs report their own errors."""
    calls = _count_extract(monkeypatch, fail=conversion.fmt != "json")
    warm_up(conversion, Task("crawl.warc", record=Record("crawl.warc", b"", kind="html")))
    assert len(calls) == 1
