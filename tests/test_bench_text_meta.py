"""bench/text_meta.py: the title-miss and authors-miss families (which misses a text rule can reach) and the
authors' precision; bench/text_dates.py: the date-miss families and shapes. The dumps are invented."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

from bench.text_dates import date_family, date_shape, date_verdict
from bench.text_meta import (
    author_family,
    author_shape,
    author_verdict,
    precision_cells,
    source_lines,
    title_family,
)

DUMP = "Skip to content\nNews\nRiver ferry to run all winter\nBy Jane Doe\nThe ferry will run daily.\n"


def _pair(mine: str | None, theirs: str) -> tuple[SimpleNamespace, SimpleNamespace]:
    return SimpleNamespace(title=mine), SimpleNamespace(title=theirs)


def test_a_title_printed_nowhere_in_the_dump_is_unreachable() -> None:
    """A headline only in the page's meta tags: no line of the text can be it."""
    assert title_family(*_pair("News", "Ferry service extended through the cold season"), DUMP) == "unreachable"


def test_the_right_line_with_a_kicker_kept_is_cleaning() -> None:
    dump = DUMP.replace("River ferry", "Local | River ferry")
    mine, theirs = _pair("Local | River ferry to run all winter", "River ferry to run all winter")
    assert title_family(mine, theirs, dump) == "cleaning"


def test_another_line_taken_is_a_wrong_line() -> None:
    assert title_family(*_pair("By Jane Doe", "River ferry to run all winter"), DUMP) == "line"
    assert title_family(*_pair(None, "River ferry to run all winter"), DUMP) == "line"


def _authors(mine: list[str], theirs: list[str]) -> tuple[SimpleNamespace, SimpleNamespace]:
    return SimpleNamespace(authors=mine), SimpleNamespace(authors=theirs)


def test_author_precision_counts_a_name_the_html_path_lacks_as_invented() -> None:
    """A name where the HTML path has none is invented: the found figure, counted only where the
    HTML path names someone, never sees it."""
    assert author_verdict(*_authors(["Harbour Point"], [])) == "invented"
    assert author_verdict(*_authors(["Ada Vesey"], ["ada  vesey", "Tom Kessel"])) == "agree"
    assert author_verdict(*_authors(["Ada Vesey"], ["Tom Kessel"])) == "wrong"
    assert author_verdict(*_authors([], ["Tom Kessel"])) is None


def test_precision_cells_give_the_agreed_share_and_the_wrong_and_invented_counts() -> None:
    tally = {"tune:A": Counter(agree=3, invented=1), "tune:B": Counter()}
    assert precision_cells(tally, ("tune:A", "tune:B")) == (
        "0.75 (3/4; wrong 0, invented 1) | - (0/0; wrong 0, invented 0)")


def test_source_lines_show_the_line_a_name_came_from_with_its_neighbours() -> None:
    assert source_lines(["Jane Doe"], DUMP) == [
        "  River ferry to run all winter", "> By Jane Doe", "  The ferry will run daily."]
    assert source_lines(["Nobody Here"], DUMP) == []


def test_a_folds_precision_list_without_folds_is_refused_not_silently_empty(tmp_path: Path) -> None:
    from bench.text_meta import main

    # before the check, `--precision-list tune:A` without `--folds` ran the whole table and listed nothing
    with pytest.raises(SystemExit, match="needs --folds"):
        main(["--converted", str(tmp_path), "--precision-list", "tune:A"])
    with pytest.raises(SystemExit, match="needs --folds"):
        main(["--converted", str(tmp_path), "--folds", "--precision-list", "tune"])


def _article(title: str, authors: list[str]) -> SimpleNamespace:
    return SimpleNamespace(title=title, authors=authors)


#: a dump with its byline under the headline and a second name only at the foot, past the header lines
FAMILY_DUMP = ("Skip to content\nRiver ferry to run all winter\nMira Osk\n12 March 2024\n"
               + "The ferry will run daily.\n" * 12 + "Photos: Tove Brann\n")


def test_an_authors_miss_is_told_by_where_the_reference_name_is_printed() -> None:
    """Unreachable (printed nowhere: a meta tag's author), in-header (within HEADER_LINES of the title
    line the text path chose), far (only elsewhere), or wrong-name when the text path named others."""
    mine = _article("River ferry to run all winter", [])
    assert author_family(mine, _article("x", ["Ida Quell"]), FAMILY_DUMP) == "unreachable"
    assert author_family(mine, _article("x", ["Mira Osk"]), FAMILY_DUMP) == "in-header"
    assert author_family(mine, _article("x", ["Tove Brann"]), FAMILY_DUMP) == "far"
    assert author_family(_article("River ferry to run all winter", ["Tove Brann"]),
                         _article("x", ["Mira Osk"]), FAMILY_DUMP) == "wrong-name"


@pytest.mark.parametrize(
    ("line", "shape"),
    [
        ("Mira Osk", "alone"),
        ("* [Mira Osk](https://harbour.example/about/mira)", "alone"),  # marks and link syntax aside
        ("By Mira Osk", "labelled"),
        ("Von Mira Osk", "labelled"),
        ("Mira Osk, 12 March 2024", "dated"),
        ("[Mira Osk](https://harbour.example/about/mira) and the harbour crew", "linked"),
        ("Photos of the crossing were taken by the pilot Mira Osk on her rounds", "in-line"),
    ],
)
def test_a_reachable_miss_is_told_by_the_shape_of_the_line_printing_the_name(line: str, shape: str) -> None:
    dump = f"Skip to content\nRiver ferry to run all winter\n{line}\nThe ferry will run daily.\n"
    assert author_shape(_article("River ferry to run all winter", []), _article("x", ["Mira Osk"]), dump) == shape


def _dated(title: str, published: str | None) -> SimpleNamespace:
    return SimpleNamespace(title=title, authors=[], published=published)


#: a dump with its date under the headline, and another day printed only at the foot
DATE_DUMP = ("Skip to content\nRiver ferry to run all winter\nMira Osk\n12 March 2024\n"
             + "The ferry will run daily.\n" * 12 + "Timetable revised 2 April 2024\n")


def test_a_date_miss_is_told_by_where_the_reference_day_is_printed() -> None:
    """Unreachable (the day printed nowhere: a meta tag's date), in-header (within HEADER_LINES of the
    title line), far (only elsewhere), or wrong-date when the text path gave another day."""
    mine = _dated("River ferry to run all winter", None)
    assert date_family(mine, _dated("x", "2024-05-09T10:00:00+00:00"), DATE_DUMP) == "unreachable"
    assert date_family(mine, _dated("x", "2024-03-12"), DATE_DUMP) == "in-header"
    assert date_family(mine, _dated("x", "2024-04-02"), DATE_DUMP) == "far"
    assert date_family(_dated("River ferry to run all winter", "2024-04-02"), _dated("x", "2024-03-12"),
                       DATE_DUMP) == "wrong-date"


@pytest.mark.parametrize(
    ("lines", "shape"),
    [
        ("12 March 2024", "alone"),
        ("12 March 2024, 09:40 GMT", "alone"),  # a clock time and a zone are the date's own tail
        ("Updated: 12 March 2024", "labelled"),
        ("By Mira Osk | 12 March 2024", "bylined"),
        ("Mira Osk | 12 March 2024 | Local News", "in-line"),  # a bare name is no byline's label
        ("12 March 2024 - The ferry will run daily until the spring thaw", "lead"),
        ("The crew met on 12 March 2024 to plan the crossings", "in-line"),
        ("12 March\n2024", "split"),  # a converter broke the date over two lines
    ],
)
def test_a_date_miss_is_told_by_the_shape_of_the_line_printing_the_day(lines: str, shape: str) -> None:
    dump = f"Skip to content\nRiver ferry to run all winter\n{lines}\nThe ferry will run daily.\n"
    assert date_shape(_dated("River ferry to run all winter", None), _dated("x", "2024-03-12"), dump) == shape


def test_date_precision_tells_a_wrong_day_from_an_invented_one() -> None:
    assert date_verdict(_dated("x", None), _dated("x", "2024-03-12")) is None
    assert date_verdict(_dated("x", "2024-03-12T09:40:00+00:00"), _dated("x", "2024-03-12")) == "agree"
    assert date_verdict(_dated("x", "2024-03-11"), _dated("x", "2024-03-12")) == "wrong"
    assert date_verdict(_dated("x", "2024-03-11"), _dated("x", None)) == "invented"
