"""text/mediaside.py: the header readers count text blocks only; media-only blocks come back where printed.

Invented samples: a news page's chrome, a headline, a gallery of pictures on lines of their own and a
byline with its date under the first paragraph, where the lookahead under the first paragraph counted
the pictures as blocks and lost the date behind them.
"""

from __future__ import annotations

import newsgrab
from newsgrab.model import Block
from newsgrab.text.mediaside import set_aside

CHROME = (
    "[Home](https://example.org/) [World](https://example.org/world) [Sport](https://example.org/sport)"
    " [Opinion](https://example.org/opinion)\n\n[Subscribe](https://example.org/subscribe)\n\n"
)
FIRST = (
    "The ferries that link the islands to the mainland ran again on Sunday, three days after the storm"
    " closed the harbour and left two piers under water."
)
REST = (
    "Crews worked through the night to clear the slipways, and the first boat left at seven with a full"
    " deck of cars and a queue of foot passengers behind it.\n\nThe harbour master said the timetable"
    " would be back to normal by Wednesday if the wind keeps dropping as forecast.\n"
)


def _gallery(count: int) -> str:
    return "".join(f"![](https://example.org/img/p{i}.jpg)\n\n" for i in range(count))


def _page(pictures: int) -> str:
    return (
        CHROME
        + "# Harbour ferries return after the storm\n\n"
        + FIRST
        + "\n\n"
        + _gallery(pictures)
        + "By Jane Doe, March 3, 2024\n\n"
        + REST
    )


def test_a_dateline_under_a_gallery_is_read_as_under_one_picture() -> None:
    for pictures in (1, 5, 6):
        article = newsgrab.extract(_page(pictures).encode(), kind="text")
        assert article.authors == ["Jane Doe"]
        assert article.published == "2024-03-03"
        assert "March 3" not in article.body


def test_the_pictures_stay_media_in_their_order_and_out_of_the_body() -> None:
    article = newsgrab.extract(_page(5).encode(), kind="text")
    assert [item.url for item in article.media] == [f"https://example.org/img/p{i}.jpg" for i in range(5)]
    assert "![" not in article.body and "example.org/img" not in article.body
    assert article.body.startswith(FIRST)


def test_put_back_places_each_group_above_the_block_printed_under_it() -> None:
    one, two, three = (Block(kind="p", text=word) for word in ("one", "two", "three"))
    pic = [Block(kind="media", text="") for _ in range(4)]
    texts, aside = set_aside([pic[0], one, pic[1], two, pic[2], three, pic[3]])
    assert texts == [one, two, three]
    # `two` was taken as a header line: its picture goes above the next body block
    assert [id(b) for b in aside.put_back([one, three], texts, 0, 3)] == [id(one), id(pic[1]), id(pic[2]), id(three)]
    # the chrome's picture above `one` and the one after the article stay out
    assert [id(b) for b in aside.put_back([one, two, three], texts, 0, 3)] == [
        id(one),
        id(pic[1]),
        id(two),
        id(pic[2]),
        id(three),
    ]
    # from the top of a pasted article (low -1) the picture above its first line comes back first
    assert id(aside.put_back([one, two, three], texts, -1, 3)[0]) == id(pic[0])


def test_a_text_without_media_is_its_own_list() -> None:
    blocks = [Block(kind="p", text="one"), Block(kind="h2", text="two")]
    texts, aside = set_aside(blocks)
    assert texts is blocks and aside.put_back(blocks, texts, -1, 2) is blocks
