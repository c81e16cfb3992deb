"""The article's own structure by shape (newsgrab/clean/sections.py): a count the article runs
through ("1. ...", "2. ...", "3. ...") stays, whatever the notice score makes of its items one
block at a time; the same items without the count still go."""

from __future__ import annotations

from newsgrab.clean.boilerplate import remove_boilerplate
from newsgrab.clean.sections import enumerated_items
from newsgrab.model import Block, Link, Metadata

SHOP = "https://www.harbour-example.org/style/2019/winter-outfits.html"
MARKET = [
    Block("p", "The harbour town's winter market opened this week, and its stalls are busier than in years."),
    Block("p", "Our illustrator spent a morning there and drew the outfits that caught her eye among the crowd."),
]
ITEMS = [("Wool coat, Harbour Tailors, $120", "Wool coat"), ("Knitted scarf, Seaside Knits, $25", "Knitted scarf"),
         ("Leather boots, Quay Shoes, $89", "Leather boots"), ("Felt hat, Dockside Hats, $30", "Felt hat")]


def _items(numbered: bool) -> list[Block]:
    return [Block("p", (f"{n}. " if numbered else "") + text, links=[Link(part, "https://shop.example.com/item")],
                  link_chars=len(part)) for n, (text, part) in enumerate(ITEMS, 1)]


def _texts(blocks: list[Block]) -> list[str]:
    return [block.text for block in blocks]


def test_a_count_of_three_or_more_is_enumerated() -> None:
    blocks = [MARKET[0], *_items(True), MARKET[1]]
    assert enumerated_items(blocks, _texts(blocks)) == [False, True, True, True, True, False]
    # a count may start past 1 and pass over what describes an item (its photo, its paragraph)
    later = [Block("p", "4) Felt hat"), Block("media", ""), Block("p", "5) Wool coat"), MARKET[0],
             Block("p", "6) Boots")]
    assert enumerated_items(later, _texts(later)) == [True, False, True, False, True]
    # another number breaks it: "1. 2. 7. 8." holds no count of three
    broken = [Block("p", "1. Wool coat"), Block("p", "2. Felt hat"), Block("p", "7. Boots"), Block("p", "8. Scarf")]
    assert not any(enumerated_items(broken, _texts(broken)))


def test_no_count_no_enumeration() -> None:
    two = [Block("p", "1. Wool coat"), Block("p", "2. Felt hat"), Block("p", "The market closes at six.")]
    skipped = [Block("p", "1. Wool coat"), Block("p", "3. Felt hat"), Block("p", "4. Boots")]
    dated = [Block("p", "23. März 2017, 15:43 Uhr | Quelle: Handelsblatt"), Block("p", "24. März: Nachtrag")]
    years = [Block("p", "2019. A year of storms"), Block("p", "2020. A year of calm"), Block("p", "2021. Again")]
    headed = [Block("h2", "1. Coats"), Block("h2", "2. Hats"), Block("h2", "3. Boots")]
    for blocks in (two, skipped, dated, years, headed):
        assert not any(enumerated_items(blocks, _texts(blocks)))


def test_a_numbered_shopping_list_after_the_article_stays() -> None:
    heading = Block("h2", "Shop the poster here:")
    numbered = [*MARKET, heading, *_items(True)]
    kept = remove_boilerplate(numbered, (), metadata=Metadata(url=SHOP)).kept
    assert all(item in kept for item in numbered[3:]) and all(paragraph in kept for paragraph in MARKET)
    # the same items unnumbered read as a list of links after the article: the pass takes them all
    plain = [*MARKET, heading, *_items(False)]
    assert remove_boilerplate(plain, (), metadata=Metadata(url=SHOP)).kept == MARKET

