"""Two widenings of the related-links reader (newsgrab/clean/related.py, stop 56): a box of links amid
the article whose addresses need not name an article (`links_own_page`), and a teaser's kicker without
a colon ("À lire aussi <headline>?"). Each fires on an invented example and not on its hard negative."""

from __future__ import annotations

import pytest

from newsgrab.clean.related import BOX, ON_ITS_OWN, links_own_page, related_blocks
from newsgrab.model import Block, Link

SITE = "https://www.example-news.com"
PAGE = f"{SITE}/2024/05/02/world/harbour-strike-ends.html"


def _prose(text: str, links: list[Link] | None = None) -> Block:
    links = links or []
    return Block(kind="p", text=text, links=links, link_chars=sum(len(link.text) for link in links))


def _linked(text: str, url: str, label: str = "", kind: str = "p") -> Block:
    full = f"{label} {text}" if label else text
    return Block(kind=kind, text=full, links=[Link(text, url)], link_chars=len(text))


BODY = [
    _prose("The dock workers' strike ended on Thursday after the port authority agreed to a new contract."),
    _prose("Union leaders said the deal raises wages by six percent over three years and restores overtime."),
    _prose("Ships that had waited offshore for nine days began to unload their cargo on Friday morning."),
]


def _found(*middle: Block) -> dict[int, str]:
    blocks = [BODY[0], BODY[1], *middle, BODY[2]]
    return related_blocks(blocks, [b.text for b in blocks], [False] * len(blocks), PAGE)


VIDEOS = [  # a box of the site's videos: their landing pages name no article by their address
    _linked("Port authority chief explains the new contract", f"{SITE}/video/landing.html?vid=23528996"),
    _linked("Asian stocks rally as the strike ends", f"{SITE}/video/landing.html?vid=23528974"),
    _linked("Dock workers celebrate on the quays", f"{SITE}/video/landing.html?vid=23528990"),
]


def test_a_box_of_the_sites_links_amid_the_article_goes() -> None:
    assert all(links_own_page(b, b.text, "example-news.com") for b in VIDEOS)
    assert _found(*VIDEOS) == dict.fromkeys((2, 3, 4), BOX)


@pytest.mark.parametrize("url", [
    "https://en.wikipedia.example/wiki/Port_of_Rotterdam",  # another site
    f"{SITE}/wiki/Port_of_Rotterdam",                       # a wiki's title names a thing
    f"{SITE}/",                                             # the home page
    f"{SITE}/tag/port-strikes",                             # a listing
])
def test_a_link_to_another_site_a_title_or_a_listing_is_no_box_item(url: str) -> None:
    item = _linked("The port of Rotterdam and its history", url, kind="li")
    assert not links_own_page(item, item.text, "example-news.com")


def test_an_article_s_own_list_of_linked_places_stays() -> None:
    """Two such items are no box, and a list the article introduces with its own words is its list."""
    assert _found(*VIDEOS[:2]) == {}
    intro = _prose("The three videos the port authority released on Friday show the talks in full:")
    assert _found(intro, *VIDEOS) == {}


@pytest.mark.parametrize(("label", "headline"), [
    ("À lire aussi", "Pourquoi le port a-t-il fermé pendant neuf jours ?"),
    ("Lesen Sie auch", "Warum der Hafen neun Tage geschlossen war."),
    ("READ MORE", "Why did the port close for nine days?"),
])
def test_a_kicker_without_a_colon_and_its_headline_go(label: str, headline: str) -> None:
    teaser = _linked(headline, f"{SITE}/2024/04/28/port-closure-explained.html", label)
    assert _found(teaser) == {2: ON_ITS_OWN}


@pytest.mark.parametrize(("before", "link", "after"), [
    ("Earlier the port", "closed for nine days after the strike", "."),         # prose runs on in lower case
    ("As the union said in March, the port", "Would Close For Nine Days", "."),  # more than a kicker
    ("Read the story of", "The Harbour Pilots Who Kept Ships Moving", "."),       # four words: a sentence
])
def test_prose_that_runs_into_its_link_stays(before: str, link: str, after: str) -> None:
    url = f"{SITE}/2024/04/28/port-closure-explained.html"
    block = Block(kind="p", text=f"{before} {link}{after}", links=[Link(link, url)], link_chars=len(link))
    assert _found(block) == {}
