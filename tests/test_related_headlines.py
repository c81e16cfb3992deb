"""A closing list of stories whose links the markup did not hand on (clean/related.py's
`structure.related-headlines`): three or more headlines as headings after the article's last
prose, with nothing under them but pictures and short lines; and what must stay: a FAQ's
questions over their answers, a list article's headings over its paragraphs, a deals list's
sections over their links, two headings, a page that is only headings."""

from __future__ import annotations

from newsgrab.clean.related import BOX as BOX_SHAPE
from newsgrab.clean.related import HEADLINES, MIN_HEADING_RUN, related_blocks
from newsgrab.model import Block, Link, Media

URL = "https://www.harbour-herald.example/2026/03/04/lighthouse-keeper-retires"

PROSE = [
    Block(kind="p", text="The keeper climbed the hundred and twelve steps for the last time on Tuesday evening."),
    Block(kind="p", text="She had lit the lamp every night for thirty-one years, through four storms and a fire."),
    Block(kind="p", text="The lighthouse will run on its own from next month, watched from the harbour office."),
]
PICTURE = Block(kind="media", text="", media=[Media(kind="image", url="https://cdn.harbour-herald.example/t.jpg")])


def _heading(text: str, kind: str = "h3") -> Block:
    return Block(kind=kind, text=text)


def _found(blocks: list[Block]) -> dict[int, str]:
    return related_blocks(blocks, [b.text for b in blocks], [False] * len(blocks), URL)


def test_headlines_that_head_no_text_after_the_body_go() -> None:
    cards = [
        PICTURE, _heading("Ferry fares rise for the second time this year"), Block(kind="p", text="2 hours ago"),
        PICTURE, _heading("New fish market opens on the north quay"), Block(kind="p", text="5 hours ago"),
        PICTURE, _heading("Storm warning issued for the islands tonight"), Block(kind="p", text="Yesterday"),
    ]
    found = _found(PROSE + cards)
    headings = [i for i, b in enumerate(PROSE + cards) if b.kind == "h3"]
    assert all(found.get(i) == HEADLINES for i in headings)
    # the cards' date lines go with them; their pictures and the article stay
    dates = [i for i, b in enumerate(PROSE + cards) if b.kind == "p" and i >= len(PROSE)]
    assert all(found.get(i) == HEADLINES for i in dates)
    assert not any(i < len(PROSE) for i in found)


def test_headlines_in_a_script_written_without_spaces_go_too() -> None:
    cards = [_heading("港の新しい魚市場が北の岸壁で開業した"), _heading("島への渡し船の運賃が今年二度目の値上げ"),
             _heading("今夜は島々に暴風警報が出されています")]
    assert len(_found(PROSE + cards)) == 3


def test_two_headlines_are_no_list() -> None:
    cards = [_heading("Ferry fares rise for the second time this year"),
             _heading("New fish market opens on the north quay")]
    assert MIN_HEADING_RUN == 3 and _found(PROSE + cards) == {}


def test_a_faq_keeps_its_questions_over_their_answers() -> None:
    faq = []
    for question, answer in (
            ("When does the lighthouse open to visitors?", "It opens on weekends from May to September, ten to four."),
            ("Can children climb the tower with an adult?", "Yes, children over eight may climb when an adult goes."),
            ("Is there parking close to the harbour office?", "The car park by the harbour office has forty spaces.")):
        faq += [_heading(question), Block(kind="p", text=answer)]
    # the last answer is the article's last prose: the questions above it are not after it
    assert _found(PROSE + faq) == {}


def test_a_list_article_keeps_its_headings_over_paragraphs() -> None:
    items = []
    for title in ("The lamp room at the top", "The keeper's cottage below", "The old fog horn on the rocks"):
        items += [_heading(title, "h2"), PICTURE,
                  Block(kind="p", text=f"{title} is open to visitors on the first Sunday of every month.")]
    assert _found(items) == {}


def test_a_deals_list_keeps_its_sections_over_their_links() -> None:
    shop = "https://shop.example/item/"
    blocks = list(PROSE)
    for section in ("Kitchen tools and gadgets", "Garden and outdoor gear", "Books, games and puzzles"):
        blocks.append(_heading(section, "h2"))
        for n in range(2):
            name = f"{section.split()[0]} item {n}: $19"
            blocks.append(Block(kind="li", text=name, links=[Link(name, f"{shop}{n}")], link_chars=len(name)))
    assert not any(how == HEADLINES for how in _found(blocks).values())


def test_headings_without_prose_above_are_the_page() -> None:
    only = [_heading("Ferry fares rise for the second time this year"),
            _heading("New fish market opens on the north quay"),
            _heading("Storm warning issued for the islands tonight")]
    assert _found(only) == {}


SITE = "https://www.harbour-herald.example"


def _linked(headline: str, path: str, kind: str = "li") -> Block:
    return Block(kind=kind, text=headline, links=[Link(headline, SITE + path)], link_chars=len(headline))


BOX = [
    _linked("Ferry fares rise for the second time this year", "/2026/03/01/ferry-fares-rise", "h3"),
    PICTURE,
    _linked("New fish market opens on the north quay", "/2026/03/02/fish-market-opens", "h3"),
    PICTURE,
    _linked("Storm warning issued for the islands tonight", "/2026/03/03/storm-warning", "h3"),
]


def test_a_box_of_linked_headlines_amid_the_article_goes_with_its_label() -> None:
    blocks = [*PROSE[:2], Block(kind="p", text="More from the harbour"), *BOX, *PROSE[2:]]
    found = _found(blocks)
    assert {i for i, how in found.items() if how == BOX_SHAPE} == {2, 3, 5, 7}
    assert not any(b in PROSE for b in (blocks[i] for i in found))


def test_two_linked_headlines_amid_the_article_are_no_box() -> None:
    blocks = PROSE[:2] + BOX[:3] + PROSE[2:]
    assert BOX_SHAPE not in _found(blocks).values()


def test_a_list_article_keeps_linked_titles_that_head_its_reviews() -> None:
    blocks: list[Block] = []
    for n, title in enumerate(("The Quiet Harbour", "Lamps of the North Sea", "A Keeper's Winter"), start=1):
        blocks += [_linked(title + " (a film review)", f"/2026/02/0{n}/{title.lower().replace(' ', '-')}", "h2"),
                   Block(kind="p", text=f"{title} follows a keeper through one long season on the rock, in silence.")]
    assert _found(blocks) == {}


def test_a_list_the_article_introduces_is_its_own() -> None:
    intro = Block(kind="p", text="The council's report points to three earlier stories:")
    blocks = [*PROSE[:2], intro, *BOX, *PROSE[2:]]
    assert BOX_SHAPE not in _found(blocks).values()


def test_the_page_closing_lines_after_the_headlines_are_not_theirs() -> None:
    cards = [_heading("Ferry fares rise for the second time this year"), Block(kind="p", text="2 hours ago"),
             _heading("New fish market opens on the north quay"), Block(kind="p", text="5 hours ago"),
             _heading("Storm warning issued for the islands tonight"), Block(kind="p", text="Yesterday"),
             PICTURE, Block(kind="p", text="Harbour Herald, Quay Street 4")]
    blocks = PROSE + cards
    found = _found(blocks)
    assert len(found) == 6 and len(blocks) - 1 not in found
