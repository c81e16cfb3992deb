"""The author's box closing a story in a whole-page dump (issue 13; text/authorbox.py): a byline over a
bio that opens with the byline's person ("By Nora Vale" / "@noravale" / "Nora has covered ..."),
read when nothing else named the author; held the other way with a related teaser's byline over
another headline, a name in capitals or of one word, a bare name inside the story (a list article's
person over the paragraph about them), and authors already read. Every text is invented."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.model import Block, Metadata
from newsgrab.text.authorbox import read_author_box, read_named_bio

PARAS = [
    "The ferry company said on Monday that the evening crossing would stop running from the first of May.",
    "Passengers who use the late boat to get home from the mainland said they had not been told in advance.",
    "The company blamed the price of fuel and a shortage of crew, and said the morning boats would not change.",
    "Island councillors asked for a meeting with the operator and the regional transport office this week.",
]
BIO = "Nora has covered the islands and their ferries for the Courier since 2009, from a desk on the quay."


def _blocks(*lines: str) -> list[Block]:
    return [Block(kind="p", text=line) for line in lines]


@pytest.mark.parametrize(
    "box",
    [
        ("By Nora Vale", BIO),
        ("By Nora Vale @noravale", BIO),
        ("By", "Nora Vale", "@noravale", BIO),
        ("Written by", "Nora Vale", BIO),
        ("Nora Vale", "Nora Vale (@noravale) writes about the islands and the boats that serve them."),
        ("Von Nora Vale", "Nora schreibt seit 2009 über die Inseln und die Fähren zum Festland."),
    ],
)
def test_a_byline_over_a_bio_that_opens_with_its_name_names_the_author(box: tuple[str, ...]) -> None:
    meta = Metadata()
    blocks = _blocks("Home", *PARAS, *box, "Related", "New pier opens", "By Ada Lin", "Bus fares rise", "By Tom Fox")
    assert read_author_box(blocks, 1, 1 + len(PARAS), meta) == 1 + len(PARAS)
    assert meta.authors == ["Nora Vale"]
    assert meta.provenance["authors"] == "author-box"


@pytest.mark.parametrize(
    "box",
    [
        # a related teaser: its byline over the next teaser's headline
        ("By Ada Lin", "New pier opens at the north harbour as the council looks for a second ferry operator."),
        # a desk or a wire signs with one word or in capitals: no person to vouch for
        ("By Reuters", "Reuters is a news agency that reports from the islands and the mainland every day."),
        ("By NORA VALE", "NORA has covered the islands and their ferries for the Courier since 2009, on the quay."),
        # the bio too short to be one: a teaser's line
        ("By Nora Vale", "Nora on the ferries"),
    ],
)
def test_a_byline_without_its_own_bio_names_nobody(box: tuple[str, ...]) -> None:
    meta = Metadata()
    blocks = _blocks("Home", *PARAS, *box)
    assert read_author_box(blocks, 1, 1 + len(PARAS), meta) is None
    assert meta.authors == []


def test_a_bare_name_inside_the_story_is_a_list_article_person() -> None:
    meta = Metadata()  # "Nora Vale" / "Nora Vale, 34, runs ...": one item of a list of people, in the span
    blocks = _blocks("Home", *PARAS, "Nora Vale", "Nora Vale runs the quay café and has kept it open through "
                     "three winters of storms.", *PARAS)
    assert read_author_box(blocks, 1, len(blocks), meta) is None
    assert meta.authors == []


def test_authors_already_read_are_kept() -> None:
    meta = Metadata(authors=["Tom Fox"])
    blocks = _blocks("Home", *PARAS, "By Nora Vale", BIO)
    assert read_author_box(blocks, 1, 1 + len(PARAS), meta) is None
    assert meta.authors == ["Tom Fox"]


def test_a_whole_page_dump_names_the_author_from_its_box() -> None:
    text = "\n\n".join([
        "Harbour Courier", "News Sport Weather", "Ferry ends its evening crossing",
        "Share Tweet Save", *PARAS, "By", "Nora Vale", "@noravale", BIO,
        "More from the Courier", "New pier opens at the north harbour", "By Ada Lin, 2h ago",
        "Bus fares to rise in June", "By Tom Fox, 4h ago", "Contact us | Terms | Privacy"])
    article = newsgrab.extract(text, kind="text")
    assert article.authors == ["Nora Vale"]


NAMED_BIO = "Nora Vale is the harbour reporter for the Courier. You can write to her or follow her on the quay."


def test_a_bio_under_the_story_names_the_name_printed_by_the_headline() -> None:
    meta = Metadata()  # the author's card over the headline, her bio far under the story
    blocks = _blocks("Home", "Nora Vale", "Follow this reporter", "Ferry ends its evening crossing", *PARAS,
                     "Share", "Comments", "More stories", "Bus fares rise", NAMED_BIO)
    assert read_named_bio(blocks, 3, 4, meta) == 1
    assert meta.authors == ["Nora Vale"]


@pytest.mark.parametrize("card", ["Tom Fox", "Harbour News"])
def test_a_bio_of_someone_not_printed_by_the_headline_names_nobody(card: str) -> None:
    meta = Metadata()  # another name by the headline (a teaser's, a menu's): the bio is a quoted expert's
    blocks = _blocks("Home", card, "Ferry ends its evening crossing", *PARAS, NAMED_BIO)
    assert read_named_bio(blocks, 2, 3, meta) is None
    assert meta.authors == []


def test_a_name_by_the_headline_without_a_bio_names_nobody_here() -> None:
    meta = Metadata()
    blocks = _blocks("Home", "Nora Vale", "Ferry ends its evening crossing", *PARAS)
    assert read_named_bio(blocks, 2, 3, meta) is None
