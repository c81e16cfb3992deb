"""The headline of a whole-page dump that prints no `<title>` line and no markup (inscriptis, w3m):
what its shape alone says. Invented pages, each tested both ways.

A breadcrumb trail ("Home › Ports › Article") is never the headline, however headline-shaped its
steps are; and a headline may end with an ellipsis when the page prints it again so, which a teaser
cut short is not. Where no menu marks the top of the page as chrome, the headline is the line
with its byline or date beside it, under a short banner.
"""

from __future__ import annotations

from newsgrab.model import Block
from newsgrab.text.blocks import parse_text
from newsgrab.text.titleshape import is_breadcrumb
from newsgrab.text.titletop import headline_by_dateline
from tests.harbour_dump import MENU

STORY = (
    "The outer harbour reopened on Thursday after three days of repairs to the crane on the north quay, "
    "and by seven o'clock the first fishing boats were already queuing at the slipway.\n\n"
    "\"We lost the best week of the season,\" said Tomas Keller, who has fished out of the harbour for "
    "twenty-two years, as the crane lifted the first boat.\n\n"
    "The harbour office said the crane had been inspected twice since the autumn and that the gearbox "
    "failed during the storm on Monday night.\n"
)


def parse_blocks(text: str) -> list[Block]:
    """The text's lines as plain blocks, one a paragraph (what the headline search reads)."""
    return [Block("p", part.strip()) for part in text.split("\n\n") if part.strip()]


def _page(top: str, header: str) -> str:
    return f"{top}\n\n{MENU}\n\n{header}\n\n{STORY}\n{MENU}\n"


def test_a_breadcrumb_trail_over_the_headline_is_not_the_title() -> None:
    header = ("Gazette > Coastal Towns > Harbour Crane Repairs Diary\n\n"
              "Boats Queue Again at the Slipway\n\nShare Tweet Email\n\nLena Moravec")
    assert parse_text(_page("Harbour Gazette", header)).metadata.title == "Boats Queue Again at the Slipway"


def test_a_breadcrumb_needs_two_arrows_and_french_quotes_are_not_arrows() -> None:
    assert is_breadcrumb("Home › Ports › Harbour News")
    assert is_breadcrumb("Start » Häfen » Kräne")
    assert not is_breadcrumb("Ferries > Buses: the new timetable in one table")
    assert not is_breadcrumb("« Le port » et « la grue » rouvrent jeudi")


def test_a_headline_ending_with_an_ellipsis_is_the_title_when_the_page_prints_it_again() -> None:
    """The sticky header above the menu prints the headline again, ellipsis and all."""
    headline = "When the Harbour Crane Stopped, the Quay Went Quiet…"
    header = f"Local news\n\n{headline}\n\nShare Tweet Email\n\nLena Moravec"
    assert parse_text(_page(headline, header)).metadata.title == headline


def test_a_teaser_cut_short_or_a_standfirst_trailing_off_is_not_the_title() -> None:
    """A line ending with an ellipsis that the page prints once is cut short; one whose ellipsis
    follows a space trails off, even printed twice (a standfirst over the story and in a box)."""
    once = "When the Harbour Crane Stopped, the Quay Went Quiet for…"
    header = f"Boats Queue Again at the Slipway\n\n{once}\n\nShare Tweet Email\n\nLena Moravec"
    assert parse_text(_page("Harbour Gazette", header)).metadata.title == "Boats Queue Again at the Slipway"
    trailing = "Cranes, gearboxes and a long week on the quay ..."
    header = f"Boats Queue Again at the Slipway\n\n{trailing}\n\nShare Tweet Email\n\nLena Moravec"
    assert parse_text(_page(trailing, header)).metadata.title == "Boats Queue Again at the Slipway"


BYLINE = "By Lena Moravec, March 14, 2024"


def test_a_headline_with_its_byline_under_a_short_banner_is_the_title() -> None:
    """No menu list above it for the text to read as page chrome: the site's name, a menu run into
    one line and a login link, then the headline with its byline under it."""
    text = (f"NewsPhotosVideosWeatherShows\n\nLOGIN\n\n"
            f"A Long Week Ends for the Trawler Crews\n\n{BYLINE}\n\n{STORY}")
    doc = parse_text(text)
    assert doc.metadata.title == "A Long Week Ends for the Trawler Crews"
    assert doc.metadata.authors == ["Lena Moravec"]


def test_a_standfirst_between_the_headline_and_the_byline_is_not_the_title() -> None:
    text = ("Harbour Gazette\n\nLOGIN\n\nBoats Queue Again at the Slipway\n\n"
            "The crane on the north quay lifted the first fishing boat after three days of repairs\n\n"
            f"{BYLINE}\n\n{STORY}")
    assert parse_text(text).metadata.title == "Boats Queue Again at the Slipway"


def test_a_first_line_with_its_byline_or_printed_again_below_keeps_the_clean_texts_reading() -> None:
    """A pasted article: its first line is the title, the byline under it, whatever line further
    down sits next to a date. A first line printed again below is a `<title>` line (markdownify,
    BeautifulSoup), which the clean text's reading already takes."""
    pasted = f"Boats Queue Again at the Slipway\n\n{BYLINE}\n\nHarbour diary\n\nMarch 15, 2024\n\n{STORY}"
    assert headline_by_dateline(parse_blocks(pasted)) is None
    assert parse_text(pasted).metadata.title == "Boats Queue Again at the Slipway"
    titled = (f"Boats Queue Again at the Slipway | Harbour Gazette\n\nSubscribe\n\nLocal\n\n"
              f"Boats Queue Again at the Slipway\n\n{BYLINE}\n\n{STORY}")
    assert headline_by_dateline(parse_blocks(titled)) is None


def test_a_headline_over_its_longer_standfirst_is_the_title_not_the_standfirst() -> None:
    """The standfirst under the headline, printed without its full stop, retells the story more than
    the headline does (and a word of the headline: "crane"): the headline on top is the title."""
    header = ("Harbour Crane Back at Work\n\n"
              "The first fishing boats queued at the slipway on Thursday as the crane reopened after three days "
              "of repairs to its gearbox\n\nBy Lena Moravec\n\nMarch 3, 2024")
    assert parse_text(_page("Harbour Gazette", header)).metadata.title == "Harbour Crane Back at Work"


def test_a_label_over_the_headline_is_no_headline_with_its_standfirst_under_it() -> None:
    """A kicker or a place label over a long headline shares no word with it, and a short form of the
    headline over the whole one is held by it: the line under either is the headline, not a standfirst."""
    headline = "Fishing Boats Queue at the Slipway as the Harbour Crane Reopens After Three Days of Repairs"
    for label in ("On the north coast, near Ostend", "Boats Queue at the Slipway"):
        header = f"{label}\n\n{headline}\n\nBy Lena Moravec\n\nMarch 3, 2024"
        assert parse_text(_page("Harbour Gazette", header)).metadata.title == headline, label


def test_a_topic_label_over_a_headline_shorter_than_a_standfirst_keeps_it() -> None:
    """A topic label over the headline shares its words ("crane"), but a line of fewer than
    MIN_STANDFIRST_WORDS words under it is the headline, not a standfirst."""
    headline = "The Crane on the North Quay Lifts Its First Boat in Three Days"
    header = f"Harbour Crane Repairs Week\n\n{headline}\n\nBy Lena Moravec\n\nMarch 3, 2024"
    assert parse_text(_page("Harbour Gazette", header)).metadata.title == headline


def test_a_byline_and_dates_printed_as_bullets_under_the_headline_are_no_menu() -> None:
    # the post's list of its byline and dates sits between the headline and a caption that retells
    # the story; read as a menu, it would put the headline above the menu and the caption first
    header = "  * By Mara Lind, Jon Berg\n  * Updated 5 April 2019 at 10:37\n  * Published 4 April 2019 at 17:08"
    caption = "The harbour crane lifting the first fishing boat of the morning at the north quay slipway"
    text = f"Harbour Gazette\n\n{MENU}\n\nCrane back on the north quay\n\n{header}\n\n{caption}\n\n{STORY}\n{MENU}\n"
    document = parse_text(text)
    assert document.metadata.title == "Crane back on the north quay"
    assert document.metadata.authors == ["Mara Lind", "Jon Berg"]


def test_a_list_of_links_under_the_headline_is_still_a_menu() -> None:
    # the same page with a list of section links where the byline list was: the caption under it
    # opens the article's header, the line above the menu is the site's
    sections = "  * Harbour news\n  * Quay works\n  * Fishing fleet"
    caption = "The harbour crane lifting the first fishing boat of the morning at the north quay slipway"
    text = f"Harbour Gazette\n\n{MENU}\n\nCrane back on the north quay\n\n{sections}\n\n{caption}\n\n{STORY}\n{MENU}\n"
    assert parse_text(text).metadata.title == caption
