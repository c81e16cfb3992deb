"""bench/versus.py's per page verdict: behind, ahead or level against a peer, by shingle F1."""

from __future__ import annotations

import pytest

from bench.shared_data import EVALBENCH

pytestmark = pytest.mark.skipif(not EVALBENCH.exists(), reason="needs ../shared (the shared metric)")

TRUTH = ("The ferry company added a late boat on Fridays, after islanders asked for a way home from "
         "the evening shows in town, and the first one sailed full.")


def _row(ours: str, theirs: str) -> dict[str, object]:
    from bench.versus import scores

    return {"newsgrab": scores(TRUTH, ours), "trafilatura": scores(TRUTH, theirs)}


def test_the_whole_text_against_half_of_it_is_ahead_and_the_other_way_behind() -> None:
    from bench.versus import verdict

    half = TRUTH[: len(TRUTH) // 2]
    assert verdict(_row(TRUTH, half), "trafilatura", 0.01) == "ahead"
    assert verdict(_row(half, TRUTH), "trafilatura", 0.01) == "behind"


def test_the_same_text_is_level_and_an_empty_body_scores_nothing() -> None:
    from bench.versus import scores, verdict

    assert verdict(_row(TRUTH, TRUTH), "trafilatura", 0.01) == "level"
    assert scores(TRUTH, TRUTH)["f1"] == 1.0
    assert scores(TRUTH, "") == {"f1": 0.0, "p": 0.0, "r": 0.0, "chars": 0.0}


def test_a_small_difference_is_level_under_the_tie_and_a_verdict_over_it() -> None:
    from bench.versus import verdict

    extra = TRUTH + " Tickets are sold on board."
    assert verdict(_row(extra, TRUTH), "trafilatura", 0.5) == "level"
    assert verdict(_row(extra, TRUTH), "trafilatura", 0.01) == "behind"
