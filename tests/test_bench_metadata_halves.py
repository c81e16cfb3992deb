"""bench/metadata_agreement.py --half: the Readability pages of one half of the fixed split only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.metadata_agreement import run
from bench.splits import HOLDOUT, TUNE, half_of


def _case(root: Path, name: str, title: str) -> None:
    folder = root / name
    folder.mkdir()
    (folder / "source.html").write_text(f"<html><head><title>{title}</title></head><body><p>x</p></body></html>")
    (folder / "expected-metadata.json").write_text(json.dumps({"title": title}))


@pytest.mark.parametrize(("half", "expected"), [(TUNE, "1/1"), (HOLDOUT, "1/2"), ("all", "2/3")])
def test_only_the_pages_of_the_half_are_scored(tmp_path: Path, capsys: pytest.CaptureFixture[str], half: str,
                                                expected: str) -> None:
    # "alpha-2" is the site "alpha" (tune); "gamma" and "delta" are holdout sites
    assert (half_of("alpha"), half_of("gamma"), half_of("delta")) == (TUNE, HOLDOUT, HOLDOUT)
    _case(tmp_path, "alpha-2", "Ferry fares rise again this spring")
    _case(tmp_path, "gamma", "Harbour board meets on Tuesday")
    # a reference that newsgrab's title cannot match, so the counts tell the halves apart
    (tmp_path / "delta").mkdir()
    (tmp_path / "delta" / "source.html").write_text("<html><head><title>One</title></head><body></body></html>")
    (tmp_path / "delta" / "expected-metadata.json").write_text(json.dumps({"title": "Another title"}))
    run(tmp_path, {"newsgrab": lambda html: {"title": html.decode().split("<title>")[1].split("<")[0],
                                             "byline": None, "site": None, "date": None}}, None, half)
    row = capsys.readouterr().out.splitlines()[-1]
    assert row.split()[1] == expected
