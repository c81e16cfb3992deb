"""Page furniture by shape (newsgrab/clean/furniture.py): a breadcrumb trail over the article goes,
the same shape amid the article (a how-to's path through a menu), in code or in a title stays, and a
page with many trails keeps them (its content lists paths)."""

from __future__ import annotations

import pytest

from newsgrab.clean.boilerplate import remove_boilerplate
from newsgrab.clean.furniture import BREADCRUMB, furniture_blocks, is_breadcrumb
from newsgrab.model import Block, Link, Metadata

PAGE = "https://www.harbour-example.org/events/2019/forum-kansai.html"


def _linked(text: str, linked: list[str]) -> Block:
    links = [Link(part, f"https://www.harbour-example.org/{i}") for i, part in enumerate(linked)]
    return Block(kind="p", text=text, links=links, link_chars=sum(len(part) for part in linked))


def _prose(text: str) -> Block:
    return Block(kind="p", text=text)


BODY = [
    _prose("The harbour forum met in Kansai this year, and more than four hundred engineers came to it."),
    _prose("Speakers from the port authority described how the new quay cranes are scheduled overnight."),
    _prose("The next forum will be held in the spring, the organisers said, in a city still to be chosen."),
]
TRAIL = _linked("Home > Events > Forum 2019 > Kansai", ["Home", "Events", "Forum 2019"])


def test_a_linked_trail_is_a_breadcrumb() -> None:
    assert is_breadcrumb(TRAIL, TRAIL.text)
    full_width = _linked("HOME ＞ イベント情報 ＞ 関西フォーラム", ["HOME", "イベント情報"])
    assert is_breadcrumb(full_width, full_width.text)


@pytest.mark.parametrize("block", [
    _prose("Open Settings > Privacy > Camera and switch the app off."),  # a sentence: its crumbs are not short labels
    _prose("$ echo 'fix' >> file1 > out > log"),  # shell code doubles the mark
    _prose("<숨바꼭질> 시청률 > <그녀말> > 주말극"),  # a title bracketed
    _prose("Home > Events"),  # two crumbs are no trail
    _linked("Home > Events > Forum 2019 > Kansai", ["Kansai"]),  # in HTML a trail's crumbs are links
])
def test_not_a_breadcrumb(block: Block) -> None:
    assert not is_breadcrumb(block, block.text)


def test_the_trail_over_the_article_goes() -> None:
    result = remove_boilerplate([TRAIL, *BODY], (), metadata=Metadata(url=PAGE))
    assert [removal.rule for removal in result.removed] == [BREADCRUMB[0]]
    assert result.removed[0].category == "navigation"
    assert result.kept == BODY


def test_a_trail_amid_the_article_stays() -> None:
    """A menu path without a sentence of its own, but below the article's first paragraph."""
    path = _prose("Settings > Privacy > Camera")
    blocks = [BODY[0], path, *BODY[1:]]
    assert furniture_blocks(blocks, [b.text for b in blocks], first_body=0) == {}
    assert remove_boilerplate(blocks, (), metadata=Metadata(url=PAGE)).kept == blocks


def test_a_page_of_trails_keeps_them() -> None:
    """Three trail-shaped blocks: the page's content lists paths (a site map, a how-to's menus)."""
    paths = [_prose(f"Settings > Privacy > {name}") for name in ("Camera", "Microphone", "Location")]
    blocks = [*paths, *BODY]
    assert furniture_blocks(blocks, [b.text for b in blocks], first_body=3) == {}
    assert furniture_blocks(blocks[2:], [b.text for b in blocks[2:]], first_body=1) == {0: BREADCRUMB}


def test_no_breadcrumb_on_a_page_without_a_body() -> None:
    """Without a body span the footer sweep would take all that follows the trail."""
    blocks = [TRAIL, _prose("Kansai"), _prose("Photos"), _prose("Programme")]
    assert remove_boilerplate(blocks, (), metadata=Metadata(url=PAGE)).removed == []
