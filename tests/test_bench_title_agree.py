"""bench/title_agree.py: where a dump prints the HTML path's title, and where the text path's line sits."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from bench.title_agree import classify, key_of, main, position, printed_at, taken_at

DUMP = [
    "Skip to content",
    "Harbour Gazette",
    "Pier Works Begin",
    "Harbour Board Votes To Rebuild",
    "The Old Pier Before Winter",
    "By Jane Doe",
    "The harbour board voted on Tuesday to rebuild the old pier before the storms.",
]


def test_printed_at_finds_the_line_then_a_wrap_then_nothing() -> None:
    assert printed_at("Pier works begin!", DUMP) == "@2"  # folded: case and marks aside
    # a headline wrapped over two lines (w3m, lynx) is found over them, not inside the paragraph
    assert printed_at("Harbour Board Votes To Rebuild The Old Pier Before Winter", DUMP) == "@3-4 split"
    assert printed_at("Ferry Timetable Changes", DUMP) == "not printed"
    assert printed_at("", DUMP) == "not printed"
    # the `<title>` line first: where the page prints its headline again is the place a rule reads
    titled = ["Pier Works Begin | Harbour Gazette", "Harbour Gazette", "Pier Works Begin"]
    assert printed_at("Pier Works Begin", titled) == "@2"
    assert printed_at("Harbour Gazette", titled[:1]) == "@0"
    # a line that is the title before one that only holds it (a sentence naming a short title)
    assert printed_at("Pier Works", ["The pier works are late, said the board.", "Pier works"]) == "@1"


def test_taken_at_is_the_first_line_holding_the_title() -> None:
    assert taken_at("Harbour Gazette", DUMP) == "@1"
    assert taken_at(None, DUMP) == "-"
    assert taken_at("A Title Joined From Two Lines Nowhere", DUMP) == "@?"


def test_position_names_where_the_line_taken_sits() -> None:
    assert position("-", "@3") == "none"
    assert position("@0", "@3") == "top"       # a skip link or a banner
    assert position("@1", "@1") == "same"      # the right line, cut otherwise
    assert position("@2", "@3") == "above"     # a kicker
    assert position("@5", "@3") == "below"     # a dek or a caption
    assert position("@40", "@3") == "far-below"  # a teaser further down
    assert position("@20", "@40-41 split") == "far-above"
    assert position("@?", "@3") == "unplaced"
    assert position("@4", "not printed") == "unplaced"


def test_classify_tells_a_cut_title_from_another_line() -> None:
    assert classify("Harbour Gazette: Pier Works Begin", "Pier Works Begin", DUMP) == ("cleaning", "@2", "@?")
    assert classify("Harbour Gazette", "Pier Works Begin", DUMP) == ("line", "@2", "@1")
    assert classify(None, "Harbour Board Votes To Rebuild The Old Pier Before Winter", DUMP)[0] == "split"
    assert classify("Harbour Gazette", "Ferry Timetable Changes", DUMP)[0] == "unreachable"


def test_key_of_names_the_page_as_the_splits_do() -> None:
    assert key_of(Path("/x/meta/w3m/goose3__content__test_x.txt.gz")) == "meta/goose3/content__test_x"
    assert key_of(Path("/x/readability/lynx/harbour-1.txt.gz")) == "readability/harbour-1"


def test_main_scores_a_fold_from_cached_titles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "conv" / "readability" / "w3m"
    folder.mkdir(parents=True)
    text = "\n\n".join(["Harbour Board Votes To Rebuild The Old Pier", "By Jane Doe",
                        "The harbour board voted on Tuesday to rebuild the old pier before the winter storms "
                        "reach the bay, and the work starts next month."]).encode()
    (folder / "harbour-1.txt.gz").write_bytes(gzip.compress(text))
    (folder / "harbour-2.txt.gz").write_bytes(gzip.compress(text))
    cache = tmp_path / "html.json"
    cache.write_text(json.dumps({
        "readability/harbour-1": ["Harbour Board Votes To Rebuild The Old Pier", "tune:A", "harbour"],
        "readability/harbour-2": ["Ferry Timetable Changes", "tune:A", "harbour"],
    }), encoding="utf-8")
    assert main(["--converted", str(tmp_path / "conv"), "--cache", str(cache), "--misses", "A", "--families"]) == 0
    out = capsys.readouterr().out
    assert "| w3m | 0.50 (1/2) / - / - |" in out  # the cache read, not rebuilt (the pages are not in ../shared)
    assert "readability/harbour-2 [harbour] unreachable" in out
    assert "html not printed: 'Ferry Timetable Changes'" in out
    # fold A's one disagreement counted as unreachable; the other groups have none
    assert "| w3m | 0 / 0 / 0 | 0 / 0 / 0 | 0 / 0 / 0 | 1 / 0 / 0 |" in out
