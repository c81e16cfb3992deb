"""bench/notice_folds.py's fixed folds of the tune sites: a site's fold never moves, both folds are used."""

from __future__ import annotations

import hashlib

from bench.notice_folds import fold_of


def test_a_sites_fold_is_the_parity_of_a_salted_hash() -> None:
    for site in ("harbour-post.example", "cnet", "zeitung.example.de"):
        odd = hashlib.sha1(f"fold:{site}".encode()).digest()[0] % 2 == 1
        assert fold_of(site) == ("A" if odd else "B")
        assert fold_of(site) == fold_of(site)


def test_both_folds_get_sites() -> None:
    folds = {fold_of(f"site-{n}.example") for n in range(20)}
    assert folds == {"A", "B"}
