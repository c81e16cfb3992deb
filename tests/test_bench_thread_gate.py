"""bench/thread_gate.py's one extraction (`_extract`): what the detector saw on the page as written and
whether a thread reached the region, gated (the pipeline) or over the whole page (stop 52's way); the
content stage's functions are put back after. Invented samples (tests/test_comment_threads.py's)."""

from __future__ import annotations

from typing import Any

from bench.thread_gate import _extract
from newsgrab.html import content
from tests.test_comment_threads import PAGE, _bare_thread, _named, _page


def _seen(inside: str, gated: bool) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    _extract(_page(inside).encode(), {"url": PAGE}, gated, seen)
    return seen


def test_a_named_thread_reaches_the_region_both_ways() -> None:
    for gated in (True, False):
        seen = _seen(_named(_bare_thread(4)), gated)
        assert seen["region"] and seen["gate passes"] and seen["threads gated"] == seen["threads whole page"] == 1


def test_a_bare_thread_under_no_name_is_the_gates_loss_and_is_counted() -> None:
    gated, whole = _seen(_bare_thread(4), True), _seen(_bare_thread(4), False)
    assert not gated.get("region") and whole["region"]
    assert not gated["gate passes"] and gated["elements read"] == 0
    assert (gated["threads whole page"], gated["threads gated"]) == (1, 0)


def test_the_content_stage_gets_its_functions_back() -> None:
    before = (content.gated_threads, content.family_elements)
    _seen(_named(_bare_thread(4)), False)
    assert (content.gated_threads, content.family_elements) == before
