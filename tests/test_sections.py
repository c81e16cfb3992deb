"""The article's own structure by shape (newsgrab/clean/sections.py): a count the article runs
through ("1. ...", "2. ...", "3. ...") and a heading over text the pass keeps stay, whatever the
notice score makes of them one block at a time; the same blocks without the shape still go."""

from __future__ import annotations

from newsgrab.clean.boilerplate import remove_boilerplate
from newsgrab.clean.sections import enumerated_items, opens_kept_section
from newsgrab.model import Block, Link, Metadata

SHOP = "https://www.harbour-example.org/style/2019/winter-outfits.html"
DOCS = "https://docs.harbour-example.org/guide/review.html"
MARKET = [
    Block("p", "The harbour town's winter market opened this week, and its stalls are busier than in years."),
    Block("p", "Our illustrator spent a morning there and drew the outfits that caught her eye among the crowd."),
]
ITEMS = [("Wool coat, Harbour Tailors, $120", "Wool coat"), ("Knitted scarf, Seaside Knits, $25", "Knitted scarf"),
         ("Leather boots, Quay Shoes, $89", "Leather boots"), ("Felt hat, Dockside Hats, $30", "Felt hat")]
GUIDE = [
    Block("p", "A changeset you pushed to the shared server becomes public, and the tool then refuses to amend it."),
    Block("p", "That is the point of phases: they keep you from rewriting history that others already pulled."),
    Block("p", "Now that you can move drafts between your own machines, you may want to show them to a colleague."),
    Block("p", "Review is a good case for that: one person commits a draft, and another pulls it to comment on it."),
]


def _items(numbered: bool) -> list[Block]:
    return [Block("p", (f"{n}. " if numbered else "") + text, links=[Link(part, "https://shop.example.com/item")],
                  link_chars=len(part)) for n, (text, part) in enumerate(ITEMS, 1)]


def _texts(blocks: list[Block]) -> list[str]:
    return [block.text for block in blocks]


def test_a_count_of_three_or_more_is_enumerated() -> None:
    blocks = [MARKET[0], *_items(True), MARKET[1]]
    assert enumerated_items(blocks, _texts(blocks)) == [False, True, True, True, True, False]
    # a count may start past 1 and pass over an image between its items
    later = [Block("p", "4) Felt hat"), Block("media", ""), Block("p", "5) Wool coat"), Block("p", "6) Boots")]
    assert enumerated_items(later, _texts(later)) == [True, False, True, True]


def test_no_count_no_enumeration() -> None:
    two = [Block("p", "1. Wool coat"), Block("p", "2. Felt hat"), Block("p", "The market closes at six.")]
    skipped = [Block("p", "1. Wool coat"), Block("p", "3. Felt hat"), Block("p", "4. Boots")]
    dated = [Block("p", "23. März 2017, 15:43 Uhr | Quelle: Handelsblatt"), Block("p", "24. März: Nachtrag")]
    years = [Block("p", "2019. A year of storms"), Block("p", "2020. A year of calm"), Block("p", "2021. Again")]
    headed = [Block("h2", "1. Coats"), Block("h2", "2. Hats"), Block("h2", "3. Boots")]
    for blocks in (two, skipped, dated, years, headed):
        assert not any(enumerated_items(blocks, _texts(blocks)))


def test_a_numbered_shopping_list_after_the_article_stays() -> None:
    heading = Block("h2", "Shop the illustration here:")
    numbered = [*MARKET, heading, *_items(True)]
    assert remove_boilerplate(numbered, (), metadata=Metadata(url=SHOP)).removed == []
    # the same items unnumbered read as a list of links after the article: the pass takes them
    plain = [*MARKET, heading, *_items(False)]
    assert len(remove_boilerplate(plain, (), metadata=Metadata(url=SHOP)).removed) == 5


def _linked_heading(text: str) -> Block:
    return Block("h2", text, links=[Link(text, DOCS + "#review")], link_chars=len(text))


def test_opens_kept_section() -> None:
    heading = _linked_heading("Sign up your team: code review")
    blocks = [GUIDE[0], heading, Block("media", ""), GUIDE[1]]
    assert opens_kept_section(blocks, _texts(blocks), [False] * 4, [False] * 4, 1)
    assert not opens_kept_section(blocks, _texts(blocks), [False, False, False, True], [False] * 4, 1)  # opens a notice
    assert not opens_kept_section(blocks, _texts(blocks), [False] * 4, [False] * 4, 0)  # no heading
    over_heading = [GUIDE[0], heading, Block("h3", "Pulling drafts"), GUIDE[1]]
    assert not opens_kept_section(over_heading, _texts(over_heading), [False] * 4, [False] * 4, 1)
    over_list = [GUIDE[0], heading, Block("li", "31 votes"), Block("li", "12 votes")]
    assert not opens_kept_section(over_list, _texts(over_list), [False] * 4, [False] * 4, 1)


def test_a_heading_over_prose_stays_and_over_a_heading_goes() -> None:
    heading = _linked_heading("Sign up your team: code review")
    section = [GUIDE[0], GUIDE[1], heading, GUIDE[2], GUIDE[3]]
    assert remove_boilerplate(section, (), metadata=Metadata(url=DOCS)).removed == []
    over_heading = [GUIDE[0], GUIDE[1], heading, Block("h3", "Pulling drafts"), GUIDE[2], GUIDE[3]]
    removed = remove_boilerplate(over_heading, (), metadata=Metadata(url=DOCS)).removed
    assert [removal.text for removal in removed] == [heading.text]
    assert removed[0].rule.startswith("score:")
