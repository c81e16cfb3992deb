"""Header lines come together (issue 13; text/farther.py `read_into_article`): a dateline read as the
last line of the window under the headline's window brings the line right after it into reach, so
"SUBSCRIBE" / "Nov. 20, 2019, 9:28 AM UTC" / "By Jane Doe" gives the byline too; held the other way
with a paragraph between the dateline and the byline (the chain stops at a line that is no header
line) and with nothing read in the window."""

from __future__ import annotations

from newsgrab.model import Block, Metadata
from newsgrab.text.farther import LINES_INTO_ARTICLE, read_into_article

FILLER = [
    "The government's plan aims to stop the building from becoming a place of pilgrimage.",
    "The old mill by the river, seen from the bridge in the spring. Photo agency file",
    "Breaking News Emails",
    "Get breaking news alerts and special reports, delivered weekday mornings.",
    "SUBSCRIBE",
]
STORY = "VIENNA — The old mill by the river will become a police station, the interior minister said on Tuesday."


def _blocks(*lines: str) -> list[Block]:
    return [Block(kind="p", text=line) for line in lines]


def test_the_line_after_a_dateline_at_the_windows_end_is_read_too() -> None:
    assert len(FILLER) == LINES_INTO_ARTICLE - 1  # the dateline is the window's last line
    blocks = _blocks(*FILLER, "Nov. 20, 2019, 9:28 AM UTC", "By Jane Doe", STORY)
    meta = Metadata()
    taken = read_into_article(blocks, 0, len(blocks), meta)
    assert meta.published == "2019-11-20"
    assert meta.authors == ["Jane Doe"]
    assert taken == {5, 6}


def test_a_paragraph_between_stops_the_chain() -> None:
    blocks = _blocks(*FILLER, "Nov. 20, 2019, 9:28 AM UTC", STORY, "By Jane Doe")
    meta = Metadata()
    assert read_into_article(blocks, 0, len(blocks), meta) == {5}
    assert meta.authors == []


def test_nothing_read_in_the_window_reads_nothing_past_it() -> None:
    blocks = _blocks(*FILLER, STORY, "By Jane Doe")
    meta = Metadata()
    assert read_into_article(blocks, 0, len(blocks), meta) == set()
    assert meta.authors == []
