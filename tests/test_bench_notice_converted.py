"""bench/notice_converted.py's pure parts: page ids of the dumps, what a block scores as, the table's rows."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from bench.notice_converted import ALL, Table, doc_of, dumps, group_of, verdict
from bench.notice_removal import BODY
from bench.shared_data import SHARED
from bench.splits import HOLDOUT, TUNE, half_of


def test_a_meta_dump_names_its_source_folder_with_a_double_underscore() -> None:
    assert doc_of("meta", "goose3__content__test_harbour.txt.gz") == "goose3/content__test_harbour"
    assert doc_of("readability", "harbour-post__2.txt.gz") == "harbour-post__2"


def test_a_notice_is_right_when_removed_and_body_when_kept() -> None:
    assert verdict("newsletter", removed=True) == ("newsletter", True)
    assert verdict("newsletter", removed=False) == ("newsletter", False)
    assert verdict(BODY, removed=True) == (BODY, False)
    # a paragraph that only talks about donations is body: removing it is a loss
    assert verdict("body-donation", removed=True) == (BODY, False)
    assert verdict("other", removed=True) is None
    assert verdict(None, removed=True) is None


def test_folds_split_only_the_tune_half() -> None:
    tune = next(f"site-{n}.example" for n in range(200) if half_of(f"site-{n}.example") == TUNE)
    holdout = next(f"site-{n}.example" for n in range(200) if half_of(f"site-{n}.example") == HOLDOUT)
    assert group_of(tune, folds=False) == TUNE
    assert group_of(tune, folds=True) in (f"{TUNE}:A", f"{TUNE}:B")
    assert group_of(holdout, folds=True) == HOLDOUT


def test_a_fold_counts_in_its_half_and_in_all() -> None:
    table = Table()
    table.add("w3m", f"{TUNE}:A", "follow", True)
    table.add("lynx", HOLDOUT, "follow", False)
    assert table.cells["w3m", TUNE, "follow"]["ok"] == 1
    assert {key: table.cells[ALL, ALL, "follow"][key] for key in ("n", "ok")} == {"n": 2, "ok": 1}
    assert "| w3m |" in table.report()


def test_dumps_are_found_by_set_and_converter(tmp_path: Path) -> None:
    if not SHARED.exists():
        pytest.skip("../shared is absent: the sites of the pages come from it")
    from bench.splits import readability_sites

    name = sorted(readability_sites())[0]
    folder = tmp_path / "readability" / "w3m"
    folder.mkdir(parents=True)
    (folder / f"{name}.txt.gz").write_bytes(gzip.compress(b"A line of text."))
    (folder / "no-such-page.txt.gz").write_bytes(gzip.compress(b"Not a page of the set."))
    found = list(dumps(tmp_path))
    assert [(d.dataset, d.doc, d.converter) for d in found] == [("readability", name, "w3m")]
    assert list(dumps(tmp_path, ["lynx"])) == []


def test_the_original_source_counts_per_converter_and_half_and_in_all() -> None:
    table = Table()
    table.add_source("w3m", TUNE, "credit", name=True, url=False)
    table.add_source("w3m", TUNE, "credit", name=False, url=False)
    table.add_source("lynx", HOLDOUT, "no-source", name=False, url=False)
    assert table.sources["w3m", TUNE] == {"credit": 2, "named": 1, "url": 0}
    assert table.sources[ALL, ALL] == {"credit": 2, "named": 1, "url": 0, "no-source": 1, "unnamed": 1}
    row = next(line for line in table.report().splitlines() if line.startswith("| w3m |") and "1/2" in line)
    assert row.startswith("| w3m | 1/2 | 0/2 | - |")
