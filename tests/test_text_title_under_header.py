"""A line under the headline's byline and date is not the headline (text/titlepoints.py `_under_header`).

A page that prints its headline, then the byline and the date (with its reading time: "Oct 19, 2016 ·
10 min read"), share buttons, then a subtitle or the story's first section heading right over the story, lost its
headline to that line: the story retells the subtitle more, and it sits nearer. Invented pages,
tested both ways: a kicker too short to be a headline over a date over the headline, and a headline
with its own byline under it, keep the headline.
"""

from __future__ import annotations

from newsgrab.text.blocks import parse_text
from tests.harbour_dump import MENU, STORY

#: the story's headline: none of its words come back in the story
MAIN = "Why Our Coastline Keeps Everyone Awake"
#: the share buttons a page prints under its byline, over the story's first lines
SHARE = "  * Save this story\n  * Share this story"
#: a subtitle the story retells, printed under the byline
SUBTITLE = "The harbour crane is back after three days of repairs"


def _page(header: str) -> str:
    return f"Harbour Gazette\n\n{MENU}\n\n{header}\n\n{STORY}\n{MENU}\n"


def test_a_subtitle_under_the_byline_and_date_is_not_the_headline() -> None:
    text = _page(f"## {MAIN}\n\nBy Lena Moravec\n\nMarch 4, 2024\n\n{SHARE}\n\n## {SUBTITLE}")
    assert parse_text(text).metadata.title == MAIN


def test_a_date_with_its_reading_time_is_the_headlines_header_line() -> None:
    """The platform's "Name" / "Date · N min read" pair under the headline, a subtitle under it."""
    text = _page(f"{MAIN}\n\nLena Moravec\n\nOct 19, 2016 · 10 min read\n\n{SUBTITLE}")
    assert parse_text(text).metadata.title == MAIN


def test_a_short_kicker_over_the_date_does_not_take_the_headline() -> None:
    """The hard negative: a section's kicker, a date, then the headline over the story."""
    text = _page(f"Harbour Life\n\nMarch 4, 2024\n\n{SHARE}\n\n{SUBTITLE}")
    assert parse_text(text).metadata.title == SUBTITLE


def test_a_headline_with_its_own_byline_under_it_stays() -> None:
    """A teaser with its byline over the headline, which has its own byline and date under it."""
    text = _page(f"{MAIN}\n\nBy Piet Marrow\n\n{SUBTITLE}\n\nBy Lena Moravec\n\nMarch 4, 2024\n\n{SHARE}")
    assert parse_text(text).metadata.title == SUBTITLE


def test_a_headline_with_a_bare_name_under_it_stays() -> None:
    """A sidebar's teaser with its date over the headline, whose byline is the writer's bare name."""
    text = _page(f"{MAIN}\n\nMarch 3, 2024\n\n## {SUBTITLE}\n\nLena Moravec\n\n{SHARE}")
    assert parse_text(text).metadata.title == SUBTITLE
