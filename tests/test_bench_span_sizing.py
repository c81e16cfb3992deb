"""bench/span_sizing.py's pure part: which place a missed shingle of the truth is put in."""

from __future__ import annotations

from collections import Counter

from bench.notice_folds import fold_of
from bench.span_sizing import in_group, places_of_misses
from bench.splits import half_of, readability_sites


def _pairs(text: str) -> Counter[tuple[str, ...]]:
    """Two-word shingles: enough to tell the places apart in a test (the bench uses evalbench's four)."""
    words = text.split()
    return Counter(tuple(words[i:i + 2]) for i in range(len(words) - 1))


def test_a_missed_shingle_goes_to_the_place_that_prints_it() -> None:
    truth = _pairs("the lead paragraph opens here then the last step ends there")
    got = _pairs("then the last")
    parts = {
        "before": ["the lead paragraph opens here"],
        "inside": ["then the last"],
        "after": ["step ends there"],
    }
    per = places_of_misses(truth, got, parts, _pairs)
    assert per["before"] == 4  # the lead's four pairs, above the span
    assert per["after"] == 2  # "step ends", "ends there"
    # "here then" and "last step" sit across two places' joins: no block prints them
    assert per["nowhere"] == 2
    assert per["inside"] == 0


def test_a_shingle_the_span_held_but_the_body_lost_is_inside_not_before() -> None:
    truth = _pairs("a byline line and a story")
    parts = {"before": ["a byline line"], "inside": ["a byline line and a story"], "after": []}
    per = places_of_misses(truth, _pairs("and a story"), parts, _pairs)
    assert per == Counter({"inside": 3})


def test_nothing_is_lost_when_the_body_holds_the_truth() -> None:
    truth = _pairs("every word of the story")
    assert places_of_misses(truth, truth, {"inside": ["every word of the story"]}, _pairs) == Counter()


def test_a_page_counts_in_its_half_and_its_fold_only() -> None:
    sites = set(readability_sites().values())
    tune_a = next(site for site in sorted(sites) if half_of(site) == "tune" and fold_of(site) == "A")
    tune_b = next(site for site in sorted(sites) if half_of(site) == "tune" and fold_of(site) == "B")
    holdout = next(site for site in sorted(sites) if half_of(site) == "holdout")
    assert in_group(tune_a, "tune:A") and in_group(tune_a, "tune") and in_group(tune_a, "all")
    assert not in_group(tune_a, "tune:B") and not in_group(tune_b, "tune:A")
    assert not in_group(holdout, "tune:A") and not in_group(holdout, "tune:B") and in_group(holdout, "holdout")
