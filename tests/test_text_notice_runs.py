"""A run of notices amid a text dump ends the article above it (clean/noticeruns.py): the block right
above the run is read as after the article, as the HTML path reads it. Where it fires, where it must
not (the story's last paragraph, a paragraph about donations), and not in HTML. Samples written for
these tests."""

from __future__ import annotations

import newsgrab
from newsgrab.clean.boilerplate import remove_boilerplate
from newsgrab.model import Block
from newsgrab.rules import packaged_rules

STORY = [
    "The ferry company said on Monday that the winter timetable would start two weeks earlier this year, "
    "after a summer in which a third of the late crossings ran less than half full.",
    "Islanders had asked for the change after storms cancelled a third of the crossings last November, "
    "leaving commuters stranded on the mainland for two nights in a row.",
    "The harbour board will review the timetable again in the spring, once the new pier is finished and "
    "the second berth can take the larger vessel that now waits offshore.",
    "Shopkeepers on the island said the earlier start would at least make deliveries easier to plan, "
    "though several asked for a later last sailing on Fridays.",
    "A second boat is due to join the route next year, though its crew has not yet been hired and the "
    "company has not said where it will be based.",
]
#: a call to back the show, under the story: what only its place marks as a notice
APPEAL = ("If you enjoyed this episode and you want to help keep the show going, please subscribe wherever "
          "you get your podcasts and share it with a friend who might like it.")
#: the notices the rules know, one after another
RUN = ["Subscribe", "Sign up for our weekly newsletter", "Follow us on Twitter"]
#: a reader's thread printed after them: prose the score keeps, which keeps the span open
THREAD = [
    "Great episode, thanks for having them both on, the part about the night crossings was new to me.",
    "Marta, 2 years ago",
    "I took a lot of notes on the timetable part, especially on how they counted the late passengers.",
]


def _removed(paragraphs: list[str]) -> list[str]:
    article = newsgrab.extract("\n\n".join(paragraphs) + "\n", kind="text")
    return [r.text for r in article.removed]


def test_a_call_above_a_run_of_notices_goes_though_a_thread_follows() -> None:
    removed = _removed([*STORY, APPEAL, *RUN, *THREAD])
    assert APPEAL in removed
    assert not set(STORY + THREAD) & set(removed)


def test_the_storys_last_paragraph_above_a_run_stays() -> None:
    # a paragraph about giving, the story's own: the charity's appeal reported, nobody addressed
    about = ("The lifeboat charity said donations to its winter appeal had doubled since the storms, and "
             "that volunteers would collect on the quay every Saturday until Christmas.")
    removed = _removed([*STORY, about, *RUN, *THREAD])
    assert about not in removed
    assert not set(STORY + THREAD) & set(removed)


def test_a_call_above_only_two_notices_is_left_to_the_score() -> None:
    # two notices in a row are no run: the call stays where the span reads it as amid the article
    removed = _removed([*STORY, APPEAL, *RUN[:2], *THREAD, *STORY[:2]])
    assert APPEAL not in removed


def test_html_blocks_are_not_read_so() -> None:
    # an HTML page ends with its article: its own position cues read the block
    blocks = [Block("p", t) for t in [*STORY, APPEAL, *RUN, *THREAD, *STORY]]
    result = remove_boilerplate(blocks, packaged_rules())
    assert APPEAL in [b.text for b in result.kept]


def test_a_separator_inside_the_run_does_not_break_it() -> None:
    removed = _removed([*STORY, APPEAL, RUN[0], "* * *", *RUN[1:], *THREAD])
    assert APPEAL in removed
    assert not set(STORY + THREAD) & set(removed)
