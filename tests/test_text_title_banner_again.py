"""A text whose first line is the site's banner, printed again at its foot (text/titletop.py
`site_named_again`): lynx, w3m and inscriptis print a page's logo or name over the headline and its
byline, which reads like a pasted article's title over a standfirst and a byline. The footer that
names the site again (whole, inside a copyright line, or opening an address line) tells the banner
apart; a first line the foot does not name stays the title. Every text here is invented."""

from __future__ import annotations

import newsgrab
from newsgrab.model import Block
from newsgrab.text.titletop import site_named_again
from tests.sea_wall import STORY, TITLE

#: the byline and the date under the headline, as lynx prints a byline element's two rows
_BYLINE = "By Nora Vale\n\nMarch 4, 2024"


def _title(text: str) -> str | None:
    return newsgrab.extract(text, kind="text").title


def test_a_banner_the_footer_prints_again_is_not_the_title() -> None:
    text = f"Harbour Gazette\n\n{TITLE}\n\n{_BYLINE}\n\n{STORY}\nHarbour Gazette\n"
    assert _title(text) == TITLE


def test_a_logo_run_into_the_menu_is_named_by_the_address_line() -> None:
    # lynx and w3m run the logo's link into the menu's links: "Harbour CourierNews Sport"
    foot = "Harbour Courier, 12 Quay Street, Port Elwyn"
    text = f"Harbour CourierNews Sport\n\n{TITLE}\n\n{_BYLINE}\n\n{STORY}\n{foot}\n"
    assert _title(text) == TITLE


def test_a_copyright_line_names_the_banner() -> None:
    text = f"Kaiblatt Nord\n\n{TITLE}\n\n{_BYLINE}\n\n{STORY}\n© 2024 Kaiblatt Nord. Alle Rechte vorbehalten.\n"
    assert _title(text) == TITLE


def test_a_pasted_article_keeps_its_first_line_without_a_footer() -> None:
    # the same shape with nothing under the story: the first line is the title, the line under it a standfirst
    text = f"Sea Wall Vote Put Off Again\n\n{TITLE}\n\n{_BYLINE}\n\n{STORY}"
    assert _title(text) == "Sea Wall Vote Put Off Again"


def test_a_one_word_name_opening_a_footer_line_names_no_banner() -> None:
    # "Harbour, ..." opens the footer: one word opens many lines and names no site
    text = f"Harbour Tides Rise Again\n\n{TITLE}\n\n{_BYLINE}\n\n{STORY}\nHarbour, 12 Quay Street\n"
    assert _title(text) == "Harbour Tides Rise Again"


def _blocks(*lines: str) -> list[Block]:
    return [Block("p", line) for line in lines]


def test_site_named_again_reads_only_short_lines_under_the_story() -> None:
    paragraph = STORY.split("\n\n")[0]
    # a paragraph that holds the name is prose, not the footer
    assert not site_named_again(_blocks("Harbour Gazette", TITLE, paragraph, f"Harbour Gazette {paragraph}"), 0, 2)
    # the name printed again above the story (a headline's copy) is not the footer's
    assert not site_named_again(_blocks("Harbour Gazette", "Harbour Gazette", paragraph), 0, 2)
    assert site_named_again(_blocks("Harbour Gazette", TITLE, paragraph, "Harbour Gazette"), 0, 2)
    assert site_named_again(_blocks("Harbour GazetteNews", TITLE, paragraph, "Harbour Gazette | Port Elwyn"), 0, 2)


def test_the_line_under_a_named_banner_is_the_headline_without_a_dateline() -> None:
    # no byline and a relative date the header's readers may not take: the banner the foot names
    # still is not the title
    text = f"Harbour Gazette\n\n{TITLE}\n\n{STORY}\nHarbour Gazette\n"
    assert _title(text) == TITLE
    spanish = "Las ciudades portuarias se preparan para mareas récord"
    text = f"Gaceta del Puerto\n\n{spanish}\n\nHace 3 horas\n\n{STORY}\nGaceta del Puerto · Calle del Muelle 12\n"
    assert _title(text) == spanish


def test_a_headline_the_foot_prints_again_is_not_taken_for_a_banner() -> None:
    # a "share this" line under the story prints the headline again; the shorter line under it is
    # its standfirst, not a headline under a banner
    text = f"{TITLE}\n\nThe Council Puts Off Its Vote Again\n\n{STORY}\n{TITLE}\n"
    assert _title(text) == TITLE
