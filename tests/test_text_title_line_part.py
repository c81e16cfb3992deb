"""The headline inside the `<title>` line, where the page's header prints it alone (text/titleline.py).

BeautifulSoup and markdownify print the page's `<title>` first. When the headline search settles on
that line and the story retells none of its parts (a code, a poem's title), the part the header
prints again as a line of its own, under the banner and above the story, is the headline; the
site's name is not, when the header prints it alone: a short last part, the banner under the
`<title>` line, or a heading inside the story. The same holds where a text without chrome opens
with the `<title>` line (`headline_shown_under_title`), with a banner or the site's name that opens
the line never taken. Invented pages, shaped like BeautifulSoup's and markdownify's dumps.
"""

from __future__ import annotations

from newsgrab.model import Block
from newsgrab.text.blocks import parse_text
from newsgrab.text.titleline import headline_printed_under, headline_shown_under_title
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


def test_a_clean_text_under_its_title_line_reports_the_headline_it_prints() -> None:
    """A text read as without chrome opens with the `<title>` line: the site's name after a spaced
    separator, after a full-width one, or glued on with a colon goes when the header prints the
    headline alone (a heading or a line), as the HTML path cuts a `<title>` by its `<h1>`."""
    spaced = [Block("p", "Ferry crews walk out over the winter timetable - HarbourWire"), Block("p", "Log in"),
              Block("h1", "Ferry crews walk out over the winter timetable"), Block("p", "By Jo Marsh")]
    assert headline_shown_under_title(spaced, 4) == "Ferry crews walk out over the winter timetable"
    headline = "港の渡し船、冬の時刻表に反対して乗組員がストライキ"
    assert headline_shown_under_title(_blocks(f"{headline} － 港湾通信", headline), 2) == headline
    glued = _blocks("港の渡し船が冬の時刻表で運休:港湾日誌", "メニュー", "港の渡し船が冬の時刻表で運休")
    assert headline_shown_under_title(glued, 3) == "港の渡し船が冬の時刻表で運休"
    # (no menu above the headline: the text reads as one without chrome, its first line the title)
    text = ("Ferry crews walk out over the winter timetable - HarbourWire\n\nLOGIN\n\n"
            "# Ferry crews walk out over the winter timetable\n\n## Crews say the new rota leaves no time to rest"
            "\n\nBy Jo Marsh\n\nDec 12, 2016 2:00 PM\n\n" + COUNCIL_STORY)
    document = parse_text(text)
    assert document.metadata.title == "Ferry crews walk out over the winter timetable"
    assert all(block.text != document.metadata.title for block in document.blocks)


def test_a_banner_or_a_heading_first_is_not_cut_by_the_line_under_it() -> None:
    """The site's name that opens the line (lynx's line of feeds, "Site » Feed Site » Comments Feed",
    a diary's name before its entry's headline) is the shorter share of it, as is a banner after the
    headline; a first line that is a heading is the text's own headline, whatever a section under
    it repeats; a line under it that is no headline's shape is not one."""
    feeds = _blocks("#Harbour Diary » Feed Harbour Diary » Comments Feed", "Harbour Diary", "Menu")
    assert headline_shown_under_title(feeds, 3) is None
    diary = _blocks("Harbour Diary - The ferry timetable changes again this winter, and nobody asked", "Harbour Diary")
    assert headline_shown_under_title(diary, 2) is None
    banner = _blocks("Tides: Keeping Time on the Water — tide tables for the estuary", "tide tables for the estuary")
    assert headline_shown_under_title(banner, 2) is None
    heading = [Block("h1", "Winter timetable: what changes for the ferries"),
               Block("h2", "Winter timetable: what changes")]
    assert headline_shown_under_title(heading, 2) is None
    sentence = "The crews walked out at dawn on Monday."
    assert headline_shown_under_title(_blocks(f"{sentence} - HarbourWire", sentence), 2) is None
