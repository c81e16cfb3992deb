"""One sentence under a comment thread or a stack of dialogs does not win the article span over the
few lines above the thread (text/thread.py, text/span.py): a video page whose description is one
short paragraph, its comments with their repeated controls, then the footer's blurb. The pages are
written for these tests."""

from __future__ import annotations

import newsgrab
from newsgrab.model import Block
from newsgrab.text.span import find_span
from newsgrab.text.thread import MIN_THREAD_REPEATS, lone_prose, thread_between

MENU = ["Upload", "Log in", "Sign up", "Pricing", "Watch", "Explore", "Help"]
HEADER = ["The Harbour Lights festival names its six winners", "By Lumen Films", "12 March 2022"]
DESCRIPTION = "The jury has made its choice! Here are this year's six winning shorts, with the judges' notes."
COMMENTS = [
    ("Marta Ilves", "well deserved"), ("Tom Okafor", "Great picks this year"), ("Ana Sousa", "adorei 👏"),
    ("Jin Park", "wow"), ("Lea Brandt", "Congrats to every winner"),
]
BLURB = ("Our help team answers every question around the clock, and business plans come with a "
         "named account manager.")
FOOTER = ["Contact us", "Products", "Company", "Careers", "Press", "Terms", "Privacy", "© 2025 Lumen Ltd."]


def _thread(controls: bool) -> list[str]:
    """The comments, each with the controls a comment thread prints for every comment (or, without
    them, as lines printed once each)."""
    lines: list[str] = ["Comments", "5"]
    for name, comment in COMMENTS:
        lines += [name, "2 years", "Copy link to comment", comment, "Reply"] if controls else [name, comment]
    return lines


def _page(controls: bool) -> str:
    """The page as w3m prints it: the menu a list, every other element a paragraph."""
    menu = "\n".join(f"  • {entry}" for entry in MENU)
    return "\n\n".join([menu, *HEADER, DESCRIPTION, *_thread(controls), BLURB, *FOOTER]) + "\n"


def _blocks(texts: list[str]) -> list[Block]:
    return [Block("p", text) for text in texts]


def test_the_footers_blurb_under_a_comment_thread_does_not_win_the_span() -> None:
    texts = [*MENU, *HEADER, DESCRIPTION, *_thread(True), BLURB, *FOOTER]
    span = find_span(_blocks(texts))
    assert texts[span.start] == DESCRIPTION
    article = newsgrab.extract(_page(True), kind="text")
    assert article.title == HEADER[0]
    assert DESCRIPTION in article.body and BLURB not in article.body


def test_without_repeated_controls_the_lone_paragraph_keeps_the_span() -> None:
    # the same lines printed once each (a menu, a list of names) are no thread: the longer
    # paragraph wins, as a one-paragraph article under a short standfirst does
    texts = [*MENU, *HEADER, DESCRIPTION, *_thread(False), BLURB, *FOOTER]
    span = find_span(_blocks(texts))
    assert texts[span.start] == BLURB


def test_the_thread_needs_a_short_line_repeated_and_a_lone_sentence_under_it() -> None:
    values = [10.0, -40.0, -48.0, -56.0, -64.0, 50.0]
    assert lone_prose(values, 5, 6) and not lone_prose([50.0, -20.0, 60.0], 0, 3)
    short = _blocks(["story", "Reply", "Share", "Reply", "Share", "blurb"])
    assert not thread_between(short, values, 1, 5)  # each line printed twice only
    repeated = _blocks(["story", *["Reply"] * MIN_THREAD_REPEATS, "Close", "blurb"])
    assert thread_between(repeated, values, 1, 5)
    # a teaser's headline printed again and again is longer than a control
    long_line = "Six films that changed how we see the harbour"
    teasers = _blocks(["story", *[long_line] * MIN_THREAD_REPEATS, "Close", "blurb"])
    assert not thread_between(teasers, values, 1, 5)
