"""bench/text_authors.py's diff: each moved tune dump's verdict, and the holdout half as counts only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.text_authors import diff, verdict


def test_a_name_the_html_path_gives_is_right_whatever_else_moved() -> None:
    assert verdict([], ["Jane Doe"], ["Jane  DOE"]) == "right"


def test_a_right_name_replaced_is_lost_and_a_new_stranger_is_wrong() -> None:
    assert verdict(["Jane Doe"], ["Harbour News"], ["Jane Doe"]) == "lost"
    assert verdict([], ["Harbour News"], ["Jane Doe"]) == "wrong"
    assert verdict(["Jane Doe"], [], []) == "unchecked"


def test_the_diff_lists_tune_dumps_and_counts_holdout_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = {
        "w3m/scrapinghub/aaa": {"authors": [], "html": ["Jane Doe"], "half": "tune"},
        "w3m/scrapinghub/bbb": {"authors": [], "html": ["Tom Roe"], "half": "holdout"},
        "bs4/scrapinghub/ccc": {"authors": ["Ann Poe"], "html": ["Ann Poe"], "half": "tune"},
    }
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    before.write_text(json.dumps(rows), encoding="utf-8")
    rows["w3m/scrapinghub/aaa"] = {**rows["w3m/scrapinghub/aaa"], "authors": ["Jane Doe"]}
    rows["w3m/scrapinghub/bbb"] = {**rows["w3m/scrapinghub/bbb"], "authors": ["Photo Desk"]}
    after.write_text(json.dumps(rows), encoding="utf-8")
    assert diff(before, after) == 0
    out = capsys.readouterr().out
    assert "w3m/scrapinghub/aaa: [] -> ['Jane Doe'] (html ['Jane Doe']): right" in out
    assert "bbb" not in out and "Photo Desk" not in out  # a holdout page is scored, not shown
    assert "tune: 1 dumps moved, 1 right" in out and "holdout: 1 dumps moved, 1 wrong" in out
    assert "ccc" not in out
