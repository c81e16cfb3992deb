"""A closing box of other stories that a converter printed without links, under its own label
(newsgrab/clean/textshapes.py `labelled_headline_lists`, `structure.related-list`): each item a headline,
a headline with its teaser after a colon ("How to Mend a Crab Pot: Three fishermen show ..."), or a
headline in a script written without spaces. Held both ways, on our own samples: the article's own
lists (prose after them, no label over them, a data sheet of fields) stay."""

from __future__ import annotations

import newsgrab
from newsgrab.clean.shapes import fold
from newsgrab.clean.textshapes import is_headline_item, is_headline_teaser, labelled_headline_lists
from newsgrab.model import Block

STORY = [f"Paragraph {n} of the report says the harbour crane was repaired on day {n} and that the boats "
         "went back out the same evening, which the fishermen had waited for since the storm." for n in range(1, 5)]
TEASERS = ["How to Mend a Crab Pot Before Winter: Three fishermen show the knots they trust most.",
           "The Best Ferry Rides Along the Northern Coast: From short hops to overnight crossings, our picks.",
           "Why the Fish Market Moved Inland: The move took a decade and cost more than planned.",
           "What to Pack for a Week on the Islands: A short list for travellers who hate checking bags."]
LABEL = "Best of Harbour Living"


def _run(label: str | None, items: list[str], kind: str = "li", after: str | None = None) -> list[bool]:
    blocks = [Block("p", text) for text in STORY]
    if label is not None:
        blocks.append(Block("p", label))
    blocks += [Block(kind, item) for item in items]
    if after is not None:
        blocks.append(Block("p", after))
    blocks = [Block(b.kind, b.text, origin=f"line {n}") for n, b in enumerate(blocks, 1)]  # text input
    texts = [fold(b.text) for b in blocks]
    return labelled_headline_lists(blocks, texts, [None] * len(blocks))


def test_a_headline_with_its_teaser_is_a_headline_item() -> None:
    assert all(is_headline_teaser(item) and is_headline_item(item) for item in TEASERS)
    assert not is_headline_teaser("Check the knots first: most pots fail at the hinge, the fishermen said.")
    assert not is_headline_teaser("Jane Doe: You can follow her reports from the island on the radio.")
    assert not is_headline_teaser("Oregon: Employers may not ask an applicant for a password.")
    assert not is_headline_teaser("What's in the box: two earphones, a case and a cable.")  # sentence case
    assert not is_headline_teaser("Why the Fish Market Moved Inland: Ten Years Later")  # no teaser sentence


def test_a_headline_in_a_script_without_spaces_is_one_by_its_characters() -> None:
    assert is_headline_item("港のフェリー時刻表が二度書き換えられた理由")
    assert not is_headline_item("港の話")  # a word or two
    assert not is_headline_item("港のフェリー時刻表が二度書き換えられた。")  # a sentence


def test_the_box_under_its_label_goes_with_the_label() -> None:
    assert _run(LABEL, TEASERS) == [False] * 4 + [True] * 5
    cjk = ["港のフェリー時刻表が二度書き換えられた理由", "魚市場が内陸へ移った十年の経緯と費用",
           "島のバスは新しい岸壁で何が変わるのか", "灯台守の航海日誌に残された不思議な記録"]
    assert _run("最新記事", cjk) == [False] * 4 + [True] * 5


def test_an_html_page_is_left_to_its_markup() -> None:
    blocks = [Block("p", text) for text in [*STORY, LABEL]] + [Block("li", item) for item in TEASERS]
    assert not any(labelled_headline_lists(blocks, [fold(b.text) for b in blocks], [None] * len(blocks)))


def test_the_article_s_own_lists_stay() -> None:
    assert not any(_run(None, TEASERS))  # no label over it: left to the score
    assert not any(_run(LABEL, TEASERS, after=STORY[0].replace("Paragraph 1", "A last paragraph")))  # prose after
    fields = ["Base score of the flaw: 9.8 (critical)", "Attack vector noted: the network",
              "Privileges it requires: none at all", "User action it needs: none at all"]
    assert not any(_run("Details of the flaw", fields))  # a data sheet
    assert not any(_run("What the crew brought along:", TEASERS))  # a colon announces the article's list
    assert not any(_run(LABEL, TEASERS, kind="p"))  # paragraphs, not a list
    # short phrases under a short line, in a script written with spaces: as often the article's own
    assert not any(_run("What goes in the pot", ["Two cups of dried beans", "A large onion, chopped fine",
                                                 "Three cloves of garlic", "A pinch of sea salt"]))


def test_in_a_text_dump_the_box_goes_and_the_story_stays() -> None:
    text = ("The Crane Is Fixed\n\nMarch 3, 2024\n\n" + "\n\n".join(STORY) + f"\n\n{LABEL}\n\n"
            + "\n".join(f"  * {item}" for item in TEASERS) + "\n")
    article = newsgrab.extract(text, kind="text")
    rules = {r.text: r.rule for r in article.removed}
    assert rules.get(LABEL) == "structure.related-list"
    assert all(rules.get(item) == "structure.related-list" for item in TEASERS)
    assert all(paragraph in article.body for paragraph in STORY)
