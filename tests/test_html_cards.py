"""A link that holds blocks (a teaser card) gives its link to the blocks that print its text (stop 54).

The samples are invented: a harbour town's paper with cards of other stories under and amid its
article, and the body shapes that must not read as cards (a list article's linked item titles, a
story or a pull quote wrapped in one link).
"""

from __future__ import annotations

import lxml.html

from newsgrab.html.blocks import region_blocks
from newsgrab.model import Block

BASE = "https://harbour-gazette.example/news/2026/ferry-timetable"
PROSE = ("The council approved the new ferry timetable on Tuesday evening after a long debate about "
         "winter crossings, and the first boats under it will sail from the north pier next month. ")


def _blocks(html: str, *, clean: bool) -> list[Block]:
    root = lxml.html.fromstring(html)
    return region_blocks([root], root, BASE, clean=clean)


def _by_text(blocks: list[Block]) -> dict[str, Block]:
    return {b.text: b for b in blocks if b.text}


# pretty-printed markup: whitespace between the picture and the heading inside the <a>
CARD_HEADING = f"""<div><p>{PROSE}</p>
  <a href="/news/2026/lighthouse-repainted">
    <img src="/img/lighthouse.jpg" alt="">
    <h3>Lighthouse repainted for its hundredth winter</h3>
  </a>
</div>"""

CARD_DIV = f"""<div><p>{PROSE}</p>
  <a href="/news/2026/market-moves">
    <div class="card">
      <img src="/img/market.jpg" alt="">
      <span>Fish market moves to the old rope works</span>
    </div>
  </a>
</div>"""


def test_a_card_heading_carries_its_link_and_the_picture_does_not() -> None:
    blocks = _blocks(CARD_HEADING, clean=False)
    heading = _by_text(blocks)["Lighthouse repainted for its hundredth winter"]
    assert heading.kind == "h3"
    assert [link.url for link in heading.links] == ["https://harbour-gazette.example/news/2026/lighthouse-repainted"]
    assert heading.link_chars == len(heading.text)
    pictures = [b for b in blocks if b.kind == "media"]
    assert len(pictures) == 1 and pictures[0].links == []


def test_a_card_of_a_div_carries_its_link() -> None:
    line = _by_text(_blocks(CARD_DIV, clean=False))["Fish market moves to the old rope works"]
    assert [link.url for link in line.links] == ["https://harbour-gazette.example/news/2026/market-moves"]
    assert line.link_chars == len(line.text)


def test_every_block_of_a_card_with_a_blurb_carries_the_link() -> None:
    html = f"""<div><p>{PROSE}</p><a href="/news/2026/gull-count">
      <img src="/img/gulls.jpg"> <h3>Gull count doubles</h3> <p>Volunteers counted on both piers.</p> More
    </a></div>"""
    found = _by_text(_blocks(html, clean=False))
    for text in ("Gull count doubles", "Volunteers counted on both piers."):
        assert [link.url for link in found[text].links] == ["https://harbour-gazette.example/news/2026/gull-count"]
        assert found[text].link_chars == len(text)
    assert found["More"].link_chars == len("More")  # the text after its last block, flushed after the <a>


def test_text_before_the_card_is_not_link_text() -> None:
    html = """<div><span>Also today</span><a href="/news/2026/tide-gauge"><h3>Tide gauge fixed</h3></a></div>"""
    found = _by_text(_blocks(html, clean=False))
    assert found["Also today"].links == [] and found["Also today"].link_chars == 0
    assert found["Tide gauge fixed"].link_chars == len("Tide gauge fixed")


def test_the_conditional_cleaning_drops_a_card_headline_amid_the_article() -> None:
    texts = [b.text for b in _blocks(CARD_HEADING, clean=True) if b.text]
    assert texts == [PROSE.strip()]


def test_a_linked_item_title_over_prose_stays() -> None:
    html = f"""<div><a href="/reviews/tent"><h3>1. The storm tent</h3></a><p>{PROSE}{PROSE}</p>
      <a href="/reviews/stove"><h3>2. The camp stove</h3></a><p>{PROSE}{PROSE}</p></div>"""
    texts = [b.text for b in _blocks(html, clean=True) if b.text]
    assert texts[0] == "1. The storm tent" and "2. The camp stove" in texts


def test_a_story_wrapped_in_one_link_is_not_link_text() -> None:
    html = """<div><a href="/news/2026/ferry-timetable"><p>{p}</p><p>{p}</p><p>{p}</p><p>{p}</p></a></div>""".format(
        p=PROSE.strip())
    blocks = [b for b in _blocks(html, clean=True) if b.text]
    assert len(blocks) == 4
    assert all(b.link_chars == 0 and b.links == [] for b in blocks)


def test_a_linked_pull_quote_stays_in_the_body() -> None:
    html = f"""<div><p>{PROSE}</p><a href="/news/2026/mayor"><blockquote>We will sail all winter.</blockquote></a>
      <p>{PROSE}</p></div>"""
    quote = _by_text(_blocks(html, clean=True))["We will sail all winter."]
    assert quote.kind == "quote" and quote.link_chars == 0
