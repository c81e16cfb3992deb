"""A headline far above the story that the `<title>` line names (text/title.py `_named_far`).

BeautifulSoup and markdownify print the page's `<title>` first. Where a gallery, a shop's product
boxes or a teaser list sit between the headline and the story, the headline is further up than the
header's usual reach; the `<title>` naming it whole makes it a candidate there, as the story
retelling it does. The site's own name, which the `<title>` names too, is not: a short name, or the
banner line right under the `<title>` line however long. Invented pages, shaped like markdownify's dumps.
"""

from __future__ import annotations

from newsgrab.model import Block
from newsgrab.text.blocks import parse_text
from newsgrab.text.title import _named_far
from tests.harbour_dump import COUNCIL_STORY, MENU

#: a photo gallery's counter lines: more blocks than the header's reach between headline and story
GALLERY = "\n\n".join(f"{n} / 20" for n in range(1, 21))
TEASER = "## Ferry Timetable Changes for the Winter Season"


def _page(title_line: str, banner: str, headline: str | None) -> str:
    top = f"# {headline}\n\n" if headline else ""
    return f"{title_line}\n\n{banner}\n\n{MENU}\n\n{top}{GALLERY}\n\n{TEASER}\n\n{COUNCIL_STORY}\n{MENU}\n"


def test_a_headline_the_title_line_names_wins_over_a_nearer_teaser_past_a_gallery() -> None:
    for headline in ("Lighthouse Keepers Trade Their Lamps for Sensors", "灯台守がランプをセンサーに替える"):
        page = _page(f"{headline} | Harbour Gazette", "Harbour Gazette", headline)
        assert parse_text(page).metadata.title == headline


def test_the_sites_banner_under_the_title_line_is_not_taken_from_that_far() -> None:
    site = "The Harbour Gazette Weekly Edition"
    page = _page(site, site, None)  # a page whose <title> is its site's name alone
    assert parse_text(page).metadata.title == TEASER.removeprefix("## ")


def test_only_a_headline_sized_line_below_the_banner_is_named_far() -> None:
    parts = ["lighthousekeeperstradetheirlampsforsensorsharbourgazette",
             "lighthousekeeperstradetheirlampsforsensors", "harbourgazette"]
    headline = "Lighthouse Keepers Trade Their Lamps for Sensors"
    blocks = [Block("p", "x"), Block("p", "Harbour Gazette"), Block("p", headline)]
    assert _named_far(blocks, 2, parts)
    assert not _named_far(blocks, 1, parts)  # the site's name: too short
    assert not _named_far(blocks, 2, [])  # no <title> line printed (inscriptis, lynx, w3m)
    banner = [Block("p", "x"), Block("p", headline)]
    assert not _named_far(banner, 1, parts)  # the first line under the <title> line: the banner
