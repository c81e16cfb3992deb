"""bench/notice_spread.py's row: counts of misses per site, never a site's name."""

from __future__ import annotations

from collections import Counter

from bench.notice_spread import spread_row


def test_a_row_counts_misses_sites_and_the_top_two_share_without_names() -> None:
    missed = Counter({"harbour-post.example": 6, "zeitung.example": 3, "b.example": 1})
    row = spread_row("holdout", "related", missed, 8)
    assert row == "| holdout | related | 10 | 3 of 8 | 6, 3, 1 | 90% |"
    assert "example" not in row


def test_a_category_with_no_miss_says_so() -> None:
    assert spread_row("tune", "share", Counter(), 3) == "| tune | share | 0 | 0 of 3 | - | - |"
