"""The headline inside the `<title>` line, where the page's header prints it alone (text/titleline.py).

BeautifulSoup and markdownify print the page's `<title>` first. When the headline search settles on
that line and the story retells none of its parts (a code, a poem's title), the part the header
prints again as a line of its own, under the banner and above the story, is the headline; the
site's name is not, when the header prints it alone: a short last part, the banner under the
`<title>` line, or a heading inside the story. Invented pages, shaped like BeautifulSoup's dumps.
"""

from __future__ import annotations

from newsgrab.model import Block
from newsgrab.text.blocks import parse_text
from newsgrab.text.titleline import headline_printed_under
from tests.harbour_dump import COUNCIL_STORY, MENU


def _blocks(*lines: str) -> list[Block]:
    return [Block(kind="p", text=line) for line in lines]


def test_the_part_the_header_prints_alone_is_the_headline() -> None:
    """A vulnerability note's code, and a poem's title with its ellipsis, printed under the banner."""
    note = _blocks("HVN-2021-004417 - Harbour Vulnerability Notes - Database", "Harbour Vulnerability Notes",
                   "Search", "HVN-2021-004417", "A flaw in the crane controller lets anyone on the network stop it.")
    assert headline_printed_under(note, 4) == "HVN-2021-004417"
    poem = _blocks("Only the Tide Returns... — Verses of the Harbour", "Verses of the Harbour", "Home",
                   "Only the Tide Returns…", "Verses", "The boats go out before the light and come back after it.")
    assert headline_printed_under(poem, 5) == "Only the Tide Returns…"


def test_the_sites_name_printed_alone_in_the_header_is_not_the_headline() -> None:
    """The site's name as a short last part (a photo's credit above the story), as the banner right
    under the `<title>` line, or a part printed only inside the story, is not taken."""
    credit = _blocks("Ferry crews walk out over the winter timetable - HarbourWire.Net", "Menu", "Photo:",
                     "HarbourWire.Net", "Ferry crews stopped work on Monday over the new winter timetable.")
    assert headline_printed_under(credit, 4) is None
    banner = _blocks("Harbour Notes | Ferries return after a long winter", "Harbour Notes", "Menu",
                     "The ferries returned to the harbour on Monday after a long winter.", "Harbour Notes")
    assert headline_printed_under(banner, 3) is None
    assert headline_printed_under(_blocks("One Line Headline", "Banner", "One Line Headline", "Story."), 3) is None


def test_a_whole_page_reports_the_part_the_header_prints() -> None:
    """End to end: the `<title>` line opens the dump, the story retells neither part."""
    text = (f"Only the Tide Returns... — Verses of the Harbour\n\n{MENU}\n\nSearch\n\nOnly the Tide Returns…\n\n"
            f"Verses\n\n{COUNCIL_STORY}\n{MENU}\n")
    assert parse_text(text).metadata.title == "Only the Tide Returns…"
