"""Two self-references of a whole-page dump that tell the headline (text/titleshape.py): lynx's first
line of the page's `<link>` titles, where a blog's comments feed is titled with the post's headline,
names the headline as the `<title>` line does (`link_line_names`, title.py's `page_title` fact); and
a headline in title case has a name's shape ("The Quay Clock"), but a person's name is not made of
the words the story prints in small letters (`reads_as_name`, title.py's `name` fact). Invented
pages, tested both ways: the site's name and the banner in the link line are no headline, and a
person's name stays a name."""

from __future__ import annotations

from newsgrab.model import Block
from newsgrab.text.titleshape import reads_as_name
from tests.harbour_dump import COUNCIL_STORY


def _blocks(*texts: str) -> list[Block]:
    return [Block(kind="p", text=text) for text in texts]


def test_a_title_case_headline_of_the_story_s_common_words_reads_as_no_name() -> None:
    article = _blocks(*COUNCIL_STORY.split("\n\n"))
    assert not reads_as_name("The Customs House Vote", article)  # "the", "customs", "house", "vote"
    assert reads_as_name("Mara Lind", article)  # named in the story, never in small letters
    assert reads_as_name("Anna Berg", article)


def test_a_name_with_one_common_word_of_two_stays_a_name() -> None:
    """At most half its words in small letters: "Will Wood", a section's "Harbour Monday"."""
    article = _blocks("He will walk there on Monday.")
    assert reads_as_name("Will Wood", article)
