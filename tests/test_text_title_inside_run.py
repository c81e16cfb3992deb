"""The headline a few lines inside the run of blocks taken for the article: the run opened early, at
a sign-up notice's sentence printed over the headline, and the headline search (which looks above
the run) took a line of the menu. A headline-shaped line with its byline or dateline under it, under
one paragraph of the run at most, is the headline; a line with a name and a date under it further
into the story is an embedded post's. Invented pages, tested both ways.
"""

from __future__ import annotations

from newsgrab.model import Block
from newsgrab.text.blocks import parse_text
from newsgrab.text.titletop import headline_inside
from tests.harbour_dump import FERRY_HEADLINE as HEADLINE
from tests.harbour_dump import FERRY_STORY as STORY

MENU = "\n\n".join(f"* {item}" for item in ("News", "Sport", "Travel", "Weather", "Islands", "Ferries",
                                             "Opinion", "Podcasts", "Video", "Newsletters", "Follow us",
                                             "Facebook", "Twitter", "Sign in"))
NOTICE = ("By signing up you agree to let the Island Courier send you its morning newsletter and to the "
          "terms of use, which you may read in full on our help pages at any time. We keep your address "
          "for as long as you stay subscribed, share it with no one, and you can leave the list with one "
          "click from the foot of any issue, or by writing to the help desk at the harbour office.")


#: a newsletter's box, printed twice (its sign-up form and its sticky copy)
BLURB = "Each weekday before breakfast, Morning Ferries tells you which boats are running and which are not."


def test_a_dated_headline_under_a_notice_inside_the_run_is_the_title() -> None:
    """The box printed twice counts for nothing, so the run opens at the notice's long sentence."""
    text = (f"{MENU}\n\n{BLURB}\n\n{BLURB}\n\n{NOTICE}\n\nSign Up\n\n* Facebook * Twitter\n\n* Print\n\n"
            f"# {HEADLINE}\n\nBy Ana Ruiz\n\n03/04/2024 08:00 AM EST\n\n{STORY}")
    meta = parse_text(text).metadata
    assert (meta.title, meta.authors) == (HEADLINE, ["Ana Ruiz"])


def test_a_name_and_date_under_a_line_deep_in_the_story_is_an_embedded_posts() -> None:
    """Two paragraphs of the story above it: the line is a quoted post, its attribution under it."""
    para = Block("p", STORY.split("\n\n")[0])
    blocks = [para, Block("p", STORY.split("\n\n")[1]), Block("p", "Ferries cancelled again this morning"),
              Block("p", "— Lena Moravec (@lenam) March 4, 2024"), Block("p", STORY.split("\n\n")[2])]
    assert headline_inside(blocks, 0, len(blocks)) is None
    one = [Block("p", NOTICE), Block("p", "Sign Up"), Block("h1", HEADLINE), Block("p", "By Ana Ruiz"), para]
    assert headline_inside(one, 0, len(one)) == 2
