"""The site's name in a text dump (text/site.py): taken only when the text prints it twice.

Invented pages shaped like the converters' dumps; each source with a page where it names the site and
a page where the same shape names something else (a section, an owner, the original of a cross-post,
a menu entry) and must not be taken.
"""

from __future__ import annotations

import newsgrab
from bench.text_meta import same_site
from newsgrab.model import Block
from newsgrab.text.blocks import parse_text
from newsgrab.text.site import copyright_holders, registrable, repeated_lines, site_name, title_affix

HEADLINE = "Harbour Council Sends Its Own Delegate to the Ocean Talks"
STORY = (
    "The harbour council voted on Thursday to send its own delegate to the ocean conference, after "
    "three years of asking the ministry to do so.\n\n"
    "\"We have been asking for a seat for three years,\" said Mara Lind, who chairs the council, as the "
    "vote was counted in the old customs house.\n\n"
    "The delegate will speak on the fishing quotas that the conference sets for the northern waters, "
    "the council said in a statement after the meeting.\n"
)
MENU = "\n".join(f"  * [{word}](https://www.tidewatercourier.com/{word.lower()}/)"
                 for word in ("Home", "News", "Local", "Sport", "Weather", "Culture"))


def _page(first_line: str, footer: str, menu: str = MENU) -> str:
    return f"{first_line}\n\n{menu}\n\n# {HEADLINE}\n\nBy Lena Moravec\n\n{STORY}\n{menu}\n\n{footer}\n"


def test_the_title_lines_site_part_is_the_site_when_a_domain_the_text_links_to_names_it() -> None:
    doc = parse_text(_page(f"{HEADLINE} | Tidewater Courier", "Contact us"))
    assert doc.metadata.title == HEADLINE
    assert doc.metadata.site_name == "Tidewater Courier"
    assert doc.metadata.provenance["site_name"] == "title-line"


def test_a_title_lines_section_part_that_no_domain_names_is_not_the_site() -> None:
    """"Headline - Local News": the same shape, a section; nothing else on the page prints it."""
    doc = parse_text(_page(f"{HEADLINE} - Local News", "Contact us"))
    assert doc.metadata.title == HEADLINE
    assert doc.metadata.site_name is None


def test_the_copyright_holder_is_the_site_when_the_sites_own_domain_names_it() -> None:
    doc = parse_text(_page("Menu", "© 2024 Tidewater Courier. All rights reserved."))
    assert doc.metadata.site_name == "Tidewater Courier"
    assert doc.metadata.provenance["site_name"] == "copyright"


def test_an_owners_copyright_is_not_the_site_even_when_its_domain_is_linked() -> None:
    """The footer credits the owner and links to it once; the site's own pages are linked more."""
    footer = "© 2024 [Harbourside Media Holdings](https://harboursidemedia.org/) Inc."
    assert parse_text(_page("Menu", footer)).metadata.site_name is None


def test_a_cross_posts_credit_to_its_original_is_not_the_site() -> None:
    """A cross-post's footer names its original and prints its address once: not the site's."""
    footer = ("Original article: Coast Monitor (coastmonitor.net)\n\n© Coast Monitor 2024. "
              "Reprinted with permission.")
    assert parse_text(_page("Menu", footer)).metadata.site_name is None


def test_a_menu_entry_printed_at_both_ends_is_not_the_site() -> None:
    """"Twitter" at the top and the foot, and twitter.com linked once: the site's domain is linked more.
    The same page with the logo's "Tidewater Courier" at both ends names the site."""
    long_menu = "\n".join([MENU] * 4)
    share = "Twitter\n\n[Follow us](https://twitter.com/tidewater)"
    text = _page("Menu", f"{share}\n\n{long_menu}", long_menu).replace("Menu\n", f"Menu\n\n{share}\n")
    blocks = [Block("p", line) for line in text.split("\n") if line.strip()]
    assert "Twitter" in repeated_lines(blocks)
    assert parse_text(text).metadata.site_name is None
    logo = parse_text(text.replace("Twitter\n", "Tidewater Courier\n"))
    assert logo.metadata.site_name == "Tidewater Courier"
    assert logo.metadata.provenance["site_name"] == "repeated-line"


def test_the_callers_url_names_the_copyright_holder_in_a_text_without_links() -> None:
    text = f"{HEADLINE}\n\nBy Lena Moravec\n\n{STORY}\n© 2024 Tidewater Courier\n"
    assert newsgrab.extract(text, kind="text").site_name is None
    article = newsgrab.extract(text, kind="text", url="https://www.tidewatercourier.com/2024/05/x")
    assert article.site_name == "Tidewater Courier"
    assert article.provenance["site_name"] == "copyright"


def test_a_name_the_title_line_and_the_copyright_line_both_give_is_taken_without_a_domain() -> None:
    blocks = [Block("p", f"{HEADLINE} | Tidewater Courier"), Block("p", HEADLINE),
              Block("p", "© 2024 Tidewater Courier")]
    assert site_name(blocks, HEADLINE, None) == ("Tidewater Courier", "title-line")
    blocks[2] = Block("p", "© 2024 Harbourside Media")
    assert site_name(blocks, HEADLINE, None) is None


def test_a_name_printed_in_a_header_line_is_left_as_it_was() -> None:
    """A pasted article's "Site, Date" line names its site already: nothing is read over it."""
    doc = parse_text(f"{HEADLINE}\n\nBy Lena Moravec\nTidewater Courier, 14 April 2024\n\n{STORY}\n"
                     "© 2024 Coast Monitor\n")
    assert doc.metadata.site_name == "Tidewater Courier"
    assert doc.metadata.provenance["site_name"] == "header-line"


def test_title_affix_takes_the_other_end_from_the_headline() -> None:
    assert title_affix(f"Tidewater Courier - {HEADLINE}", HEADLINE) == "Tidewater Courier"
    assert title_affix(f"{HEADLINE} | World | Tidewater Courier", HEADLINE) == "Tidewater Courier"
    assert title_affix(f"{HEADLINE} | Tidewater Courier", "Another Headline") is None
    assert title_affix(f"{HEADLINE} | The council voted on a long list of things today", HEADLINE) is None


def test_copyright_holders_stop_at_the_first_stop_and_a_year() -> None:
    assert list(copyright_holders("Copyright (C) 2009-2019 Tidewater Courier, Inc.")) == ["Tidewater Courier"]
    assert list(copyright_holders("© Tidewater Courier 2024 - ISSN 1234-5678")) == ["Tidewater Courier"]
    assert list(copyright_holders("The council discussed copyright law on Thursday for two hours.")) == []


def test_registrable_keeps_the_registered_name() -> None:
    assert registrable("myaccount.tidewater.com") == "tidewater.com"
    assert registrable("news.tidewater.co.uk") == "tidewater.co.uk"
    assert registrable("localhost") == ""


def test_the_bench_compares_site_names_by_name_and_domain() -> None:
    from types import SimpleNamespace

    ref = SimpleNamespace(site_name="The Tidewater Courier", url="https://www.tidewatercourier.com/a")
    assert same_site("Tidewater Courier", ref)
    assert same_site("tidewatercourier.com", ref)
    assert not same_site("Harbourside Media", ref)


def test_a_copyright_holder_the_header_prints_alone_is_the_site_without_a_domain() -> None:
    """A dump with no links (lynx, w3m): the logo's text over the page and the footer's copyright
    line are two printings of one name."""
    text = f"Tidewater Courier\n\nSearch\n\n{HEADLINE}\n\nBy Lena Moravec\n\n{STORY}\n© 2024 Tidewater Courier\n"
    article = newsgrab.extract(text, kind="text")
    assert article.site_name == "Tidewater Courier"
    assert article.provenance["site_name"] == "copyright"


def test_a_holder_printed_alone_only_in_the_footer_is_not_the_site() -> None:
    """The owner's name in a footer menu is one more printing where the copyright line is, not the
    logo over the page: a parent company, which a dump without links cannot tell from the site."""
    long_story = "\n".join([STORY] * 15)
    footer = "Harbourside Media\n\nPrivacy\n\n© 2024 Harbourside Media"
    text = f"Menu\n\n{HEADLINE}\n\nBy Lena Moravec\n\n{long_story}\n{footer}\n"
    assert newsgrab.extract(text, kind="text").site_name is None
    logo = newsgrab.extract(f"Harbourside Media\n\n{text}", kind="text")
    assert logo.site_name == "Harbourside Media"


def test_the_title_lines_site_outranks_a_name_date_line_of_a_whole_page() -> None:
    """In a whole page, a "Name, Date" line under the headline is a byline's or a card's, and the
    `<title>` line, confirmed by the domain the page links to, names the site."""
    text = _page(f"{HEADLINE} | Tidewater Courier", "Contact us").replace(
        "By Lena Moravec", "By Lena Moravec\n\nMara Lind - Apr 14, 2024 8:02 pm UTC")
    doc = parse_text(text)
    assert doc.metadata.site_name == "Tidewater Courier"
    assert doc.metadata.provenance["site_name"] == "title-line"


def test_a_cross_posts_header_line_is_not_replaced_by_its_originals_copyright() -> None:
    """A cross-post names itself in its "Site, Date" line; its footer credits the original, whose
    copyright line its links confirm (it links to the original more than to itself)."""
    original = "[Coast Monitor](https://coastmonitor.net/story)"
    text = (f"{HEADLINE}\n\nBy {original}\n\nTidewater Courier, 14 April 2024\n\n{STORY}\n"
            f"This article was first published by {original}.\n\n© 2024 {original}\n\n"
            "[Support Tidewater Courier](https://tidewatercourier.com/give)\n")
    doc = parse_text(text)
    assert doc.metadata.site_name == "Tidewater Courier"
    assert doc.metadata.provenance["site_name"] == "header-line"
