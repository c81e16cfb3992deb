"""bench/meta_folds.py: the tune half of bench/meta in two fixed folds, holdout pages never listed."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from bench.meta_folds import fold_of, main
from bench.splits import HOLDOUT, TUNE, half_of


def _page(host: str, title_ok: bool) -> dict[str, object]:
    return {"source": "s", "id": host, "truth": {"url": f"https://{host}/a", "title": "T"},
            "scores": {"newsgrab": {"title": title_ok}}, "outputs": {"newsgrab": {"title": "X"}}}


def test_the_fold_is_the_second_hash_byte() -> None:
    for site in ("alpha.com", "gamma.org", "example.net"):
        expected = "A" if hashlib.sha1(site.encode()).digest()[1] % 2 == 0 else "B"
        assert fold_of(site) == expected


def test_misses_list_one_tune_fold_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tune = [f"site{i}.com" for i in range(40) if half_of(f"site{i}.com") == TUNE]
    in_a = next(s for s in tune if fold_of(s) == "A")
    in_b = next(s for s in tune if fold_of(s) == "B")
    held = next(f"site{i}.com" for i in range(40) if half_of(f"site{i}.com") == HOLDOUT)
    run = tmp_path / "run.json"
    run.write_text(json.dumps({"per_page": [_page(h, False) for h in (in_a, in_b, held)] + [_page(in_a, True)]}))
    assert main([str(run), "--misses", "A"]) == 0
    out = capsys.readouterr().out
    assert f"[{in_a}]" in out and in_b not in out and held not in out
    assert main([str(run)]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| newsgrab")]
    assert rows == ["| newsgrab | A | 1/2 (0.500) | - | - | - |", "| newsgrab | B | 0/1 (0.000) | - | - | - |"]


def test_a_date_miss_shows_the_truths_published_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the run names the date field `published` in its truth and outputs (as the article does); the
    # listing read `truth['date']` and printed None for every date miss
    site = next(f"site{i}.com" for i in range(40) if half_of(f"site{i}.com") == TUNE and fold_of(f"site{i}.com") == "A")
    page = {"source": "s", "id": site, "truth": {"url": f"https://{site}/a", "published": "2020-03-02"},
            "scores": {"newsgrab": {"date": False}}, "outputs": {"newsgrab": {"published": "2020-03-03"}}}
    run = tmp_path / "run.json"
    run.write_text(json.dumps({"per_page": [page]}))
    assert main([str(run), "--misses", "A", "--field", "date"]) == 0
    out = capsys.readouterr().out
    assert "truth: '2020-03-02'" in out and "got:   '2020-03-03'" in out
