"""`name_date` (text/headerdates.py) remembers where a line's date is (`_DATE_SPANS`, a bounded memo),
and `labelled_date` a header line's answer (`_LABELLED`): the header readers ask them of the same
lines many times a page. What is remembered is a function of the text alone; `name_date` reads the
name before the date on every call. The lines are invented."""

from __future__ import annotations

import pytest

from newsgrab.text import headerdates
from newsgrab.text.headerdates import labelled_date, name_date


@pytest.fixture(autouse=True)
def _empty_memo() -> None:
    headerdates._DATE_SPANS.clear()
    headerdates._LABELLED.clear()


@pytest.mark.parametrize(("line", "expected"), [
    ("Jane Doe, March 12, 2024", ("Jane Doe", "March 12, 2024", None)),
    ("Jane Doe, Updated March 12, 2024", ("Jane Doe", "March 12, 2024", "Updated")),
    ("March 12, 2024 9:10 AM", (None, "March 12, 2024", None)),  # the time after the date is no name
])
def test_a_line_reads_the_same_from_the_memo(line: str, expected: tuple[str | None, str, str | None]) -> None:
    first = name_date(line)
    assert line in headerdates._DATE_SPANS  # remembered ...
    assert name_date(line) == first  # ... and read back the same
    assert first is not None
    assert first == expected


@pytest.mark.parametrize("line", [
    "Originally published by the Harbour Gazette, March 12, 2024",  # another publication's credit
    "The ferry timetable changes for the summer",  # no date at all
])
def test_a_line_without_a_name_date_is_remembered_as_none(line: str) -> None:
    assert name_date(line) is None
    assert headerdates._DATE_SPANS[line] is None
    assert name_date(line) is None


def test_a_long_line_is_never_remembered() -> None:
    line = "Jane Doe, March 12, 2024 " + "and the story runs on " * 20
    assert len(line) > headerdates.MAX_HEADER_LINE_CHARS
    assert name_date(line) is None
    assert line not in headerdates._DATE_SPANS


def test_the_memo_is_bounded() -> None:
    for day in range(1, 29):
        name_date(f"Jane Doe, March {day}, 2024")
    assert 0 < len(headerdates._DATE_SPANS) <= headerdates.MAX_REMEMBERED_SPANS


@pytest.mark.parametrize(("line", "expected"), [
    ("Updated: 12 July 2021", ("modified", "2021-07-12")),
    ("Publié le 05/04/2013 à 17:08", ("published", "2013-04-05")),  # a day-first label's numeric date
    ("Originally published March 4, 2024", None),  # another publication's credit
    ("The ferry timetable changes for the summer", None),
])
def test_a_labelled_date_reads_the_same_from_the_memo(line: str, expected: tuple[str, str] | None) -> None:
    assert labelled_date(line) == expected
    assert line in headerdates._LABELLED
    assert labelled_date(line) == expected


def test_a_long_line_is_read_but_not_remembered() -> None:
    line = "Updated: 12 July 2021 " + "and the ferry timetable changes " * 10
    assert len(line) > headerdates.MAX_HEADER_LINE_CHARS
    assert labelled_date(line) == headerdates._labelled_date(line)
    assert line not in headerdates._LABELLED
