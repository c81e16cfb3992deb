"""A line that holds a whole date, its year among it, is a teaser's or a caption's stamp, not the
headline: the `date_inside` fact of text/title.py (datelines.TEXT_DATE_RE; month names of every
language from data/calendar_words.toml). A headline that names a day and a month without a year, a
short numeric date or a year alone stays the title. The dumps are invented."""

from __future__ import annotations

import newsgrab
from tests.harbour_dump import MENU, STORY

HEADLINE = "Can the Old Crane Be Saved?"


def _dump(stamp: str, headline: str = HEADLINE, below: str = "Lena Moravec, Tomas Keller, Mara Lind") -> str:
    """A podcast page as w3m prints it: the show's kicker run into the episode's date, the episode's
    title, its guests (or its byline), the story."""
    return f"Harbour Gazette\n\n{MENU}\n\n{stamp}\n\n{headline}\n\n{below}\n\n{STORY}\n{MENU}\n"


def test_a_kicker_run_into_its_date_is_not_the_title() -> None:
    assert newsgrab.extract(_dump("Harbour Talk / Podcast episode•Mar 2, 2021"), kind="text").title == HEADLINE


def test_a_teaser_behind_its_date_and_length_is_not_the_title() -> None:
    stamp = "14 September 2021 • 31:18 Why the ferry timetable changes every winter"
    assert newsgrab.extract(_dump(stamp), kind="text").title == HEADLINE


def test_the_same_kicker_without_its_date_would_win() -> None:
    """Without the date the kicker is the longer line nearer the top: the fact is what tells them apart."""
    stamp = "Harbour Talk / Podcast episode on the quay"
    assert newsgrab.extract(_dump(stamp), kind="text").title == stamp


def test_a_headline_with_a_day_and_month_a_short_date_or_a_year_stays_the_title() -> None:
    for headline in ("Ferry Runs Again From 3 March After the Storm", "Market Bell 3.2.21: Fish Prices Up",
                     "2021 Harbour Regatta Results"):
        assert newsgrab.extract(_dump("Harbour Talk", headline, "By Lena Moravec"), kind="text").title == headline
