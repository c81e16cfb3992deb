"""A story's last sentence too short to count as prose stays in the body (newsgrab/text/closing.py).

The samples are invented: a whole-page dump with a menu above the story and a footer under it, as a
converter prints a page, and a story that ends on a short paragraph of its own.
"""

from __future__ import annotations

import newsgrab
from newsgrab.model import Block
from newsgrab.text.closing import MAX_CLOSING_SENTENCES, closing_sentences, is_closing_sentence

MENU = ["Home", "World", "Business", "Sport", "Weather", "Podcasts", "Newsletters", "Sign in"]
STORY = [
    "The harbour board voted on Tuesday to close the old ferry pier after engineers found cracks in two of its "
    "concrete piles, a decision that ends a crossing run from the same spot for ninety years.",
    "Ferries will use the freight quay until a new pier is built, the board said, which will add about ten "
    "minutes to each crossing and move the ticket office to a temporary cabin near the car park.",
    "Fishermen who tie up beside the pier have been told to move their boats by the end of the month, and "
    "the board has offered them berths in the inner basin at no extra cost until the work is done.",
]
FOOTER = ["Most read", "Contact us", "Terms of use", "Privacy policy", "Cookie settings", "Advertise",
          "Accessibility help", "Jobs"]


def _page(*tail: str) -> str:
    return "\n\n".join([*MENU, "Harbour board closes the old ferry pier", *STORY, *tail, *FOOTER]) + "\n"


def _block(text: str, kind: str = "p", link_chars: int = 0) -> Block:
    return Block(kind=kind, text=text, link_chars=link_chars)


def test_the_storys_short_last_sentence_stays_in_the_body() -> None:
    body = newsgrab.extract(_page("The new pier should open in 2027."), kind="text").body
    assert body.endswith("The new pier should open in 2027.")
    assert "Contact us" not in body


def test_without_it_the_body_ends_at_the_last_long_paragraph() -> None:
    # the same page with the footer right under the story: nothing to take (and the mechanism adds nothing)
    body = newsgrab.extract(_page(), kind="text").body
    assert body.endswith(STORY[-1])


def test_short_statements_are_closing_sentences() -> None:
    for text in ("The new pier should open in 2027.", "She did not reply to our calls.",
                 "“We will miss it,” one skipper said.", "Die Fähre fährt ab Montag wieder."):
        assert is_closing_sentence(_block(text)), text


def test_chrome_shaped_like_a_short_line_is_not() -> None:
    for text in (
        "More by Nora Vale and Tom Reed.",  # a byline or a list of names: mostly capitals
        "Updated at 9:41 a.m.",  # a time stamp: too few words without a digit
        "Ready to save more on your bills?",  # a question to the reader
        "Join our weekly newsletter today!",  # an exclamation
        "Read more stories like this...",  # an ellipsis: a teaser's cut
        "Contact us",  # a label: no full stop
        "The harbour board voted on Tuesday to close the pier.",  # prose already: span.py counts it
    ):
        assert not is_closing_sentence(_block(text)), text
    assert not is_closing_sentence(_block("Read the full report here.", link_chars=26))
    assert not is_closing_sentence(_block("The pier should open in 2027.", kind="li"))


def test_at_most_a_few_sentences_are_taken() -> None:
    blocks = [_block(STORY[0])] + [_block(f"Line number {n} of the story ends here.") for n in range(5)]
    assert closing_sentences(blocks, 1) == 1 + MAX_CLOSING_SENTENCES
    assert closing_sentences(blocks, len(blocks)) == len(blocks)


def test_a_question_under_the_story_stays_out_of_the_body() -> None:
    body = newsgrab.extract(_page("Ready to save more on your bills?"), kind="text").body
    assert "Ready to save" not in body
    assert body.endswith(STORY[-1])
