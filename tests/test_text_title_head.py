"""Two self-references of a whole-page dump that tell the headline (text/titleshape.py): lynx's first
line of the page's `<link>` titles, where a blog's comments feed is titled with the post's headline,
names the headline as the `<title>` line does (`link_line_names`, title.py's `page_title` fact); and
a headline in title case has a name's shape ("The Quay Clock"), but a person's name is not made of
the words the story prints in small letters (`of_common_words`, against title.py's `name` fact). Invented
pages, tested both ways: the site's name and the banner in the link line are no headline, and a
person's name stays a name."""

from __future__ import annotations

import pytest

from newsgrab.model import Block
from newsgrab.text.blocks import parse_text
from newsgrab.text.titleshape import link_line_names, lower_words, names_people, of_common_words
from tests.harbour_dump import COUNCIL_STORY, MENU

#: a list of other stories' headlines above the story's own header, as a "latest" box prints them
TEASERS = "\n\n".join((
    "Ferry timetable changes for the winter months across the northern islands",
    "Lighthouse keepers return to the outer rock after forty years away",
    "Council votes to send its own delegate to the ocean conference",
    "Fish market moves to the old customs house while the roof is repaired",
))
HEADER = "Harbour Politics\n\nThe Customs House Vote\n\nBy Anna Berg\n\nMarch 3, 2021"
LINK_LINE = ("#Harbour Gazette » Feed Harbour Gazette » Comments Feed Harbour Gazette » The Customs House "
             "Vote Comments Feed alternate alternate")


def _dump(first: str) -> str:
    return f"{first}\n\nHarbour Gazette\n\n{MENU}\n\n{TEASERS}\n\n{HEADER}\n\n{COUNCIL_STORY}\n{MENU}\n"


def test_the_headline_the_link_line_names_outranks_a_teaser_the_story_retells() -> None:
    assert parse_text(_dump(LINK_LINE)).metadata.title == "The Customs House Vote"


def test_without_the_link_line_the_teaser_that_the_story_retells_wins() -> None:
    """The case the cue is for: the teaser retells the story more than its short headline does."""
    assert parse_text(_dump("Skip to content")).metadata.title != "The Customs House Vote"


def _blocks(*texts: str) -> list[Block]:
    return [Block(kind="p", text=text) for text in texts]


def test_the_link_line_names_the_post_after_a_separator_not_the_site_nor_the_banner() -> None:
    blocks = _blocks(LINK_LINE, "Harbour Gazette", "Harbour Politics", "The Customs House Vote", "By Anna Berg")
    assert link_line_names(blocks, 0, len(blocks)) == ["thecustomshousevote"]


@pytest.mark.parametrize("first", [
    "#Harbour Gazette Harbour Politics Harbour Sport Harbour Weather",  # section feeds: a menu's words
    "# The Customs House Vote",  # a markdown heading, not lynx's line
    "The Customs House Vote » Harbour Gazette",  # a <title> line: page_title_parts reads it
])
def test_no_link_line_names_nothing(first: str) -> None:
    blocks = _blocks(first, "Harbour Gazette", "Harbour Politics", "The Customs House Vote")
    assert link_line_names(blocks, 0, len(blocks)) == []


def _reads_as_name(line: str, article: list[Block]) -> bool:
    """title.py's `name` fact: shaped like a name, and not made of the article's common words."""
    return names_people(line) and not of_common_words(line, lower_words("\n".join(b.text for b in article)))


def test_a_title_case_headline_of_the_story_s_common_words_reads_as_no_name() -> None:
    article = _blocks(*COUNCIL_STORY.split("\n\n"))
    assert not _reads_as_name("The Customs House Vote", article)  # "the", "customs", "house", "vote"
    assert _reads_as_name("Mara Lind", article)  # named in the story, never in small letters
    assert _reads_as_name("Anna Berg", article)


def test_a_name_with_one_common_word_of_two_stays_a_name() -> None:
    """At most half its words in small letters: "Will Wood", a section's "Harbour Monday"."""
    assert _reads_as_name("Will Wood", _blocks("He will walk there on Monday."))
