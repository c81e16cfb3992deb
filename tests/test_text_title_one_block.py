"""A text of one block has no title: that block is its story (text/titleshape.opens_with_title).

A page whose whole story is one list item or one short paragraph comes out of a converter as one
block, shaped like a headline often enough (no full stop at its end, under 150 characters). Taken
as the title it left the body empty; the HTML path takes no title from such a page either. A text
with anything else in it keeps its first line as its title. Invented texts, each tested both ways.
"""

from __future__ import annotations

from newsgrab.model import Block
from newsgrab.text.blocks import parse_text
from newsgrab.text.titleshape import opens_with_title

ONE_STEP = "  1. Check the tide table before you leave the harbour. Then call the office on channel 12, T"
HEADLINE = "Ferry crews walk out over the winter timetable"
PARAGRAPH = ("Ferry crews stopped work on Monday morning over the new winter timetable, which they say leaves "
             "no time to rest between crossings.")


def test_a_text_of_one_block_keeps_it_as_its_story_without_a_title() -> None:
    """A one-item list as html2text prints it, and a lone headline-shaped line."""
    for text in (ONE_STEP, HEADLINE):
        document = parse_text(text + "\n")
        assert document.metadata.title is None
        assert [block.text for block in document.blocks] == [text.strip()]
    assert not opens_with_title([Block("p", HEADLINE)])


def test_a_first_line_with_anything_under_it_is_still_the_title() -> None:
    """The same line over one paragraph is the text's headline, and the paragraph its story."""
    document = parse_text(f"{HEADLINE}\n\n{PARAGRAPH}\n")
    assert document.metadata.title == HEADLINE
    assert [block.text for block in document.blocks] == [PARAGRAPH]
    assert opens_with_title([Block("p", HEADLINE), Block("p", PARAGRAPH)])
