"""A text node cut at a line break of the page's source: BeautifulSoup's `get_text("\\n")` keeps the
break and the source's indentation after it, so a headline or a date comes out over two lines, the
second one indented ("Ferry Timetable Shrinks as" over "            Two Boats Go for Repairs").
Those are joined back; an indented line of a text that indents every line (inscriptis nests an
element under its parent) or of one a terminal converter wrapped is not. Invented pages, both ways.
"""

from __future__ import annotations

from newsgrab.text.blocks import parse_text
from newsgrab.text.lines import split_blocks
from newsgrab.text.wrap import keeps_source_breaks, source_broken

STORY = (
    "The island ferry will run four crossings a day instead of seven from Monday, the operator said, "
    "after both of its older boats were taken out of the water for hull repairs.\n\n\n"
    "\"We know it is the worst time of year for it,\" said Marta Olsen, who runs the booking office at "
    "the harbour, as the first cancelled sailings were pinned to the board.\n\n\n"
    "The operator expects the first boat back by the end of the month and the second in early spring, "
    "and says it will add evening crossings once both have returned.\n"
)
MENU = "\n\n\n".join(["News", "Sport", "Travel", "Weather", "Islands", "Ferries", "Opinion", "Podcasts"])


def _page(header: str) -> str:
    return f"{MENU}\n\n\n{header}\n\n\n{STORY}\n\n\nContact us\n\n\nTerms\n\n\nPrivacy\n"


def test_a_headline_and_a_date_cut_at_the_sources_line_breaks_are_read_whole() -> None:
    header = ("Travel\nMar\n                    4, 2024 9:00 AM\n\n\n"
              "Ferry Timetable Shrinks as\n                Two Boats Go for Repairs")
    meta = parse_text(_page(header)).metadata
    assert (meta.title, meta.published) == ("Ferry Timetable Shrinks as Two Boats Go for Repairs", "2024-03-04")


def test_a_text_that_indents_every_line_keeps_its_nested_lines_apart() -> None:
    """inscriptis: a menu's label flush left, the menu's items nested under it."""
    nested = "  Harbour Gazette\n    Sections\n            Ferries and Islands\n    Sign in\n"
    assert not keeps_source_breaks(nested.split("\n"), None)
    raws = [block.raw for block in split_blocks(nested)[0]]
    assert raws[:3] == ["Harbour Gazette", "Sections", "Ferries and Islands"]


def test_only_a_line_cut_mid_phrase_goes_on_indented() -> None:
    """The line above stops a sentence, or the indented line opens with a bullet or code: no cut."""
    assert source_broken("Ferry Timetable Shrinks as", "                Two Boats Go for Repairs")
    assert not source_broken("The boats are back.", "                Two more follow in May")
    assert not source_broken("Timetables", "                * Winter")
    assert not source_broken("Ferry Timetable Shrinks as", "   Two Boats Go for Repairs")
    assert not keeps_source_breaks(["Ferry Timetable Shrinks as", "          Two Boats Go"], 78)
