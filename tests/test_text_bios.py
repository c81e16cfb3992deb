"""The author named by the card under a story (issue 13): a bio that opens with the name, its verb and
a role ("Jane Doe is a Staff Writer at ..."), read when no line near the headline named anyone, and only
after the article or beside the card's other line (the name or the role alone); and a byline's name
printed twice with a byline word between the copies. Held both ways with short texts of our own."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

import newsgrab
from newsgrab.model import Block, Metadata
from newsgrab.text.around import read_around
from newsgrab.text.byline import bio_name, byline_names, is_role_line, undoubled, without_by_copy
from newsgrab.text.farther import read_bio

_DATA = tomllib.loads(resources.files("newsgrab.data").joinpath("byline_words.toml").read_text(encoding="utf-8"))
STORY = "The storm felled many trees overnight and blocked several streets, the fire brigade said on Monday."
QUOTED = "Jane Roe is a senior fellow at the Harbour Institute and has studied storms for twenty years."


@pytest.mark.parametrize("language", sorted(lang for lang, table in _DATA.items() if "bio_example" in table))
def test_each_languages_bio_both_ways(language: str) -> None:
    table = _DATA[language]
    assert bio_name(table["bio_example"]) is not None
    assert bio_name(table["bio_negative"]) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jane Doe (@janedoe) is an Opinion contributor at Example and the host of a daily show.", "Jane Doe"),
        ("Jane Doe is a Staff Writer at Example covering courts.", "Jane Doe"),
        ("Jane Doe covers courts as a senior reporter.", "Jane Doe"),
        # no role a few words on, a comma after the name, an organisation, a name in capitals
        ("Jane Doe is the mother of three and loves the sea, says her editor.", None),
        ("Jane Doe, a reporter, is here.", None),
        ("Example News is a newspaper whose reporter covers courts.", None),
        ("JANE DOE is a reporter.", None),
    ],
)
def test_a_bio_opens_with_a_name_its_verb_and_a_role(text: str, name: str | None) -> None:
    assert bio_name(text) == name


def test_a_role_alone_is_a_card_line() -> None:
    assert is_role_line("Staff Writer") and is_role_line("Ideas Contributor")
    assert not is_role_line("Featured Video") and not is_role_line("The reporter left the room after the vote.")


def _blocks(*texts: str) -> list[Block]:
    return [Block(kind="p", text=text) for text in texts]


def test_a_bio_after_the_article_names_the_author() -> None:
    blocks = _blocks("Storm over the harbour", STORY, STORY, "More stories", "Jane Doe is a reporter at Example.")
    meta = Metadata()
    read_bio(blocks, 3, meta)
    assert meta.authors == ["Jane Doe"]
    assert meta.provenance["authors"] == "author-bio"


def test_a_bio_inside_the_article_needs_its_card_line() -> None:
    # a sentence of a bio's shape inside the story tells of someone it quotes
    meta = Metadata()
    read_bio(_blocks("Storm over the harbour", STORY, QUOTED, STORY), 4, meta)
    assert meta.authors == []
    # the card's role line beside it makes it the author's card, though the span ran on over it
    meta = Metadata()
    read_bio(_blocks("Storm over the harbour", STORY, STORY, "Jane Doe is a Staff Writer at Example.",
                     "Staff Writer", "Site map"), 6, meta)
    assert meta.authors == ["Jane Doe"]


def test_a_byline_near_the_headline_outranks_the_bio() -> None:
    text = f"Storm over the harbour\n\nBy John Roe\n\n{STORY}\n\n{STORY}\n\nJane Doe is a reporter at Example."
    assert newsgrab.extract(text, kind="text").authors == ["John Roe"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane DoeBy Jane Doe, Example Staff", ["Jane Doe"]),
        ("Jane DoeBy\u00a0Jane Doe", ["Jane Doe"]),
        ("Jane Doe by John Roe", []),  # two people: not a copy
    ],
)
def test_a_name_and_its_copy_after_a_byline_word_is_one_name(line: str, names: list[str]) -> None:
    assert byline_names(line) == names


def test_a_one_word_name_and_its_copy_stay() -> None:
    assert without_by_copy("Tom by Tom") == "Tom by Tom"
    assert undoubled("Jane DoeBy Jane Doe") == "Jane Doe"



def _around(*blocks: Block, story_at: int) -> Metadata:
    """The metadata `read_around` reads around a headline at block 0, the story's first paragraph at `story_at`."""
    meta = Metadata()
    read_around(list(blocks), 0, story_at, meta, names_before=story_at, title_at=(0,))
    return meta


def test_a_list_item_name_beside_the_dateline_is_the_byline() -> None:
    headline, date = Block(kind="h1", text="Storm over the harbour"), Block(kind="p", text="12 March 2019 • 2:41pm")
    meta = _around(headline, Block(kind="li", text="Jane Doe"), date, Block(kind="p", text=STORY), story_at=3)
    assert meta.authors == ["Jane Doe"]
    # the same list item with no dateline beside it is a menu's entry
    meta = _around(headline, Block(kind="li", text="Jane Doe"), Block(kind="li", text="Weather"),
                   Block(kind="p", text=STORY), story_at=3)
    assert meta.authors == []


def test_a_name_in_capitals_beside_the_dateline_needs_the_storys_sign_off() -> None:
    headline, story = Block(kind="h1", text="Storm over the harbour"), Block(kind="p", text=STORY)
    glued = Block(kind="p", text="Mar. 14, 2019Updated: Mar. 14, 2019 2:10 a.m.")  # as inscriptis glues them
    signed = _around(headline, Block(kind="p", text="JANE DOE"), glued, story, story, Block(kind="p", text="JANE DOE"),
                     story_at=3)
    assert signed.authors == ["JANE DOE"]
    unsigned = _around(headline, Block(kind="p", text="JANE DOE"), glued, story, story, story_at=3)
    assert unsigned.authors == []
    # a section's name in capitals is printed again in a list, not under a paragraph of the story
    section = _around(headline, Block(kind="p", text="LOCAL WEATHER"), glued, story, Block(kind="p", text="Tags"),
                      Block(kind="li", text="LOCAL WEATHER"), story_at=3)
    assert section.authors == []
