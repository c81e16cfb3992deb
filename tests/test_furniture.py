"""Page furniture by shape (newsgrab/clean/furniture.py): a breadcrumb trail over the article goes,
the same shape amid the article (a how-to's path through a menu), in code or in a title stays, and a
page with many trails keeps them (its content lists paths). A closing heading over no section goes
with the one short line under it, in any words; a last section with content keeps its heading."""

from __future__ import annotations

import pytest

from newsgrab.clean.boilerplate import remove_boilerplate
from newsgrab.clean.furniture import BREADCRUMB, CLOSING_HEADING_RULE, closing_heading, furniture_blocks, is_breadcrumb
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


def _heading(text: str) -> Block:
    return Block(kind="h3", text=text)


def _closing(blocks: list[Block], last_body: int = 2) -> list[int]:
    return closing_heading(blocks, [b.text for b in blocks], [False] * len(blocks), last_body)


@pytest.mark.parametrize("words", ["Comments", "Kommentare", "Was meinen Sie?", "Follow the harbour desk"])
def test_a_closing_heading_over_one_short_line_goes(words: str) -> None:
    """Whatever the heading says: a comment widget's label over its count, the HTML stage having
    dropped the thread."""
    blocks = [*BODY, _heading(words), _prose("0 comments")]
    assert _closing(blocks) == [3, 4]
    assert remove_boilerplate(blocks, (), metadata=Metadata(url=PAGE)).kept == BODY


def test_a_closing_heading_over_nothing_goes() -> None:
    """No word of the heading's is a notice's: the shape alone takes it."""
    blocks = [*BODY, _heading("Weitere Themen"), _prose("12")]
    result = remove_boilerplate(blocks, (), metadata=Metadata(url=PAGE))
    assert [removal.rule for removal in result.removed] == [CLOSING_HEADING_RULE] * 2
    assert result.kept == BODY
    assert _closing(blocks[:4]) == [3]


@pytest.mark.parametrize("content", [
    [_prose("The cranes ran until dawn.")],  # a sentence: the section has text
    [Block(kind="media", text="")],  # a figure under its heading ("Screenshot")
    [Block(kind="li", text="Quay cranes"), Block(kind="li", text="Night shifts")],  # a list
    [_prose("Kansai"), _prose("Osaka")],  # two lines are a list too
])
def test_a_last_section_with_content_keeps_its_heading(content: list[Block]) -> None:
    blocks = [*BODY, _heading("Night work at the quay"), *content]
    assert _closing(blocks) == []
    assert remove_boilerplate(blocks, (), metadata=Metadata(url=PAGE)).kept == blocks


def test_a_heading_over_a_link_is_no_closing_heading() -> None:
    """A section's one reference; whether a lone link line after the article goes is the footer
    sweep's to say (a weak block), not this shape's."""
    blocks = [*BODY, _heading("Night work at the quay"), _linked("Forum programme", ["Forum programme"])]
    assert _closing(blocks) == []


def test_a_heading_before_the_last_paragraph_stays() -> None:
    """Amid the article (before its last paragraph) a heading heads the paragraphs under it."""
    blocks = [BODY[0], _heading("Night work at the quay"), *BODY[1:]]
    assert _closing(blocks, last_body=3) == []
    assert remove_boilerplate(blocks, (), metadata=Metadata(url=PAGE)).kept == blocks
