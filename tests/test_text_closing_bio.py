"""The author's card that closes a story in a whole-page dump goes as a bio (clean/closingbio.py): it
sits under the story's last paragraph, over the page's furniture (a label over other headlines, a
comment form, comments), whose prose would otherwise anchor the article below the card. Held both
ways: a paragraph of the same shape that introduces someone the story quotes, under which the story
goes on after a subheading, stays. Invented pages."""

from __future__ import annotations

import newsgrab
from newsgrab.clean.closingbio import closing_bios
from newsgrab.model import Block

STORY = [f"Paragraph {n} of the report says the harbour dredger worked through the night on day {n}, and that "
         "the ferries could use the north channel again by morning, which the skippers had asked for since the "
         "spring tides silted it up." for n in range(1, 7)]
CARD = ("Nora Blake is a staff reporter who covers the harbour, the ferries and the fishing fleet for the Gazette. "
        "She has written about the coast since 2011 and lives in the old town with her two dogs and a boat that "
        "rarely leaves its mooring.")
#: the same shape inside a story: someone the report quotes
QUOTED = ("Nora Blake is a professor of marine science at the Harbour Institute and has studied the north "
          "channel and its tides for more than a decade, mostly from a small research boat moored by the lock.")
FURNITURE = [
    "More from the harbour",
    "Dredger returns to the north channel",
    "Ferry timetable changes for the winter",
    "Reader comments",
    "Sam Hollis",
    "I have sailed out of this harbour for thirty years and the channel has never been as shallow as it was this "
    "spring, so the work was long overdue and the council should have paid for it sooner than it did.",
    "Privacy policy",
    "Terms of use",
]


def _page(*blocks: str) -> str:
    return "Channel Open Again After Dredging\n\nMarch 3, 2024\n\n" + "\n\n".join(blocks) + "\n"


def test_the_card_over_the_pages_furniture_goes_as_a_bio() -> None:
    result = newsgrab.extract(_page(*STORY, CARD, *FURNITURE), kind="text")
    removed = {removal.text: removal.category for removal in result.removed}
    assert removed.get(CARD) == "author-bio"
    for paragraph in STORY:
        assert paragraph in result.body


def test_a_quoted_persons_paragraph_under_which_the_story_goes_on_stays() -> None:
    story = [*STORY[:5], QUOTED, "What happens next", STORY[5], *FURNITURE]
    result = newsgrab.extract(_page(*story), kind="text")
    assert QUOTED not in {removal.text for removal in result.removed}
    assert QUOTED in result.body


def _blocks(*lines: tuple[str, str]) -> tuple[list[Block], list[str]]:
    blocks = [Block(kind=kind, text=text, origin=f"line {n}") for n, (kind, text) in enumerate(lines)]
    return blocks, [b.text for b in blocks]


def test_a_card_under_the_story_a_label_over_prose_and_a_card_mid_story() -> None:
    story = [("p", paragraph) for paragraph in STORY]
    bio = lambda k: k == 6  # noqa: E731 - the score reads block 6 as a bio
    never = lambda k: False  # noqa: E731
    # the text ends under the card, or a label over another line of furniture follows it
    assert closing_bios(*_blocks(*story, ("p", CARD)), bio, never) == [6]
    assert closing_bios(*_blocks(*story, ("p", CARD), ("p", FURNITURE[0]), ("p", FURNITURE[1])), bio, never) == [6]
    # a subheading with the story's prose right under it: the next section of the story
    assert closing_bios(*_blocks(*story, ("p", CARD), ("h2", "What happens next"), ("p", STORY[0])), bio, never) == []
    # prose right under it
    assert closing_bios(*_blocks(*story, ("p", CARD), ("p", STORY[0]), ("p", FURNITURE[0])), bio, never) == []
    # more of the story's prose after it than before: not the story's end
    early = [story[0], ("p", CARD), ("p", FURNITURE[0]), ("p", FURNITURE[1]), *story[1:]]
    assert closing_bios(*_blocks(*early), lambda k: k == 1, never) == []


def test_notices_right_under_the_card_are_passed_over() -> None:
    lines = [*(("p", paragraph) for paragraph in STORY), ("p", CARD), ("p", "Email Nora at nora@example.org."),
             ("p", FURNITURE[0]), ("p", FURNITURE[1])]
    blocks, texts = _blocks(*lines)
    assert closing_bios(blocks, texts, lambda k: k == 6, lambda k: k == 7) == [6]
    assert closing_bios(blocks, texts, lambda k: k == 6, lambda k: False) == []
