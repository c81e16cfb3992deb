"""A whole-page text dump ends on the page's footer, one block a line: the notice right after the
article (the author's contact line, a bio) sits too far from the end for the score to read a block
that long, unless the closing run of notices is taken for the footer it is (clean/span.py,
`_text_footer`). The pages are short examples written for these tests."""

from __future__ import annotations

from newsgrab.clean.boilerplate import remove_boilerplate
from newsgrab.clean.span import notice_cues
from newsgrab.model import Block, Metadata

STORY = [
    "The ferry company said on Monday that the winter timetable would start two weeks earlier this year.",
    "Islanders had asked for the change after storms cancelled a third of the crossings last November.",
    "The harbour board will review the timetable again in the spring, once the new pier is finished.",
    "Shopkeepers on the island said the earlier start would at least make deliveries easier to plan.",
    "The company's last change to the timetable, four years ago, added a late crossing on Fridays.",
    "That crossing is now the busiest of the week, carrying commuters home and visitors to the hotels.",
    "Fares will not rise this winter, the company said, though fuel costs have gone up since spring.",
    "A second boat is due to join the route next year, though its crew has not yet been hired.",
]
CONTACT = ("Email Ola Berg at ola.berg@example.org or follow her @olaberg. Follow us on Mastodon and on "
           "Bluesky.")
FOOTER = [
    "Island Almanac 2025",
    "Want more? Subscribe to our magazine, the Island Almanac, for the best walks of the year.",
    "Share your thoughts on the new timetable with other readers in the comments below!",
    "Sign up for e-mail newsletters",
    "Get the island's news and the latest timetable changes in your inbox every morning.",
    "No spam, we promise. You can unsubscribe at any time and we will never share your details.",
]
PAGE = Metadata(authors=["Ola Berg"], language="en")


def _blocks(texts: list[str]) -> list[Block]:
    """Blocks as the text path makes them: their origin names a line."""
    return [Block("p", text, origin=f"line {n}") for n, text in enumerate(texts, start=1)]


def _kept(blocks: list[Block]) -> list[str]:
    return [block.text for block in remove_boilerplate(blocks, (), metadata=PAGE).kept]


def test_the_notice_above_a_texts_closing_run_of_notices_is_read_and_goes() -> None:
    kept = _kept(_blocks([*STORY, CONTACT, *FOOTER]))
    assert CONTACT not in kept
    assert kept[: len(STORY)] == STORY  # the article's last paragraph ends the walk, and stays
    # the label line over the sister title's ad ("Island Almanac 2025") is passed over, not an end
    cues = notice_cues(_blocks([*STORY, CONTACT, *FOOTER]), (), PAGE)
    assert cues[len(STORY)] is not None and cues[len(STORY)].get("after-body")


def test_without_a_closing_run_of_notices_the_block_is_not_read_there() -> None:
    # the same contact line followed by more of the article: the walk ends at once, and the line is
    # too long to be read so far from the end
    more = [*STORY[:4], CONTACT, *STORY[4:], *STORY[:3]]
    assert notice_cues(_blocks(more), (), PAGE)[4] is None
    # one notice at the end is no footer: it is read where it sits, the contact line is not
    cues = notice_cues(_blocks([*STORY, CONTACT, *STORY[:5], FOOTER[-1]]), (), PAGE)
    assert cues[len(STORY)] is None


def test_html_blocks_keep_the_tail_window_counted_from_the_end() -> None:
    cues = notice_cues([Block("p", text) for text in [*STORY, CONTACT, *FOOTER]], (), PAGE)
    assert cues[len(STORY)] is None
