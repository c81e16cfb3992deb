"""A blog's `<title>` line, "Blog Name: Post title", over a header of taglines (text/titleline.py).

BeautifulSoup and markdownify print the page's `<title>` first; a blog's reads "<blog's name>:
<post's title>", and its header prints the blog's name alone as its banner right under it, then
the blog's tagline (a sentence or two), a motto, the date, and the post's title alone over the
post. A colon alone does not tell a blog's name from a headline's kicker ("Analysis: ..."), nor
does the name printed somewhere on the page (a column's name right over its headline): the banner
right under the `<title>` line does. The post's title may sit under the tagline's sentences, which
the first-paragraph search stops at, so it is looked for in the first TITLE_PART_REACH blocks.
Invented pages, shaped like BeautifulSoup's dumps of a blog.
"""

from __future__ import annotations

from newsgrab.model import Block
from newsgrab.text.blocks import parse_text
from newsgrab.text.titleline import TITLE_PART_REACH, headline_shown_under_title

BLOG = "Tide Tables and Other Stories"
POST = "Why the ferry runs late in March"
TAGLINE = ("Notes from a harbour master's desk.", "Written between two tides by a retired pilot.")
POST_TEXT = (
    "Every spring somebody asks me why the morning ferry leaves the quay ten minutes after the timetable "
    "says it will, and every spring I give the same answer about the tides and the sand bar.",
    "The bar at the harbour mouth moves a little every winter, and in March the pilots wait for the water "
    "to rise over it before they take a loaded ferry out.",
)


def _blocks(*lines: str) -> list[Block]:
    return [Block(kind="p", text=line) for line in lines]


def _blog(first: str, banner: str, *, kicker: str | None = None) -> str:
    """A blog's dump: the `<title>` line, the banner, the tagline, a motto, the date, the post."""
    head = [first, banner, *TAGLINE, '"Every tide comes back, and so do I"', "Tuesday, March 4, 2025"]
    head += [kicker] if kicker else []
    return "\n\n".join([*head, POST, *POST_TEXT]) + "\n"


def test_a_blogs_title_line_gives_the_post_title_its_header_prints() -> None:
    """The blog's name before the colon is the banner under the line: the post's title is the rest,
    printed alone over the post under the tagline's sentences."""
    document = parse_text(_blog(f"{BLOG}: {POST}", BLOG))
    assert document.metadata.title == POST


def test_a_kicker_before_the_colon_stays_in_the_headline() -> None:
    """With no banner under the line that prints the name before the colon, the colon opens a
    kicker ("Analysis: ..."), which the headline keeps, as the HTML path keeps it."""
    document = parse_text(_blog(f"Analysis: {POST}", "Harbour Courier"))
    assert document.metadata.title == f"Analysis: {POST}"


def test_a_columns_name_right_over_the_rest_is_no_banner() -> None:
    """The name printed right over the post's title is a column's kicker over its headline, not the
    blog's banner: the headline stays whole."""
    blocks = _blocks(f"{BLOG}: {POST}", BLOG, POST, *POST_TEXT)
    assert headline_shown_under_title(blocks, 3) is None
    lower = _blocks(f"{BLOG}: {POST}", BLOG, *TAGLINE, BLOG, POST, *POST_TEXT)
    assert headline_shown_under_title(lower, 3) is None


def test_the_post_title_is_looked_for_past_the_taglines_sentences() -> None:
    """Under the tagline's sentences, within TITLE_PART_REACH blocks; not in the post further down."""
    blocks = _blocks(f"{BLOG}: {POST}", BLOG, *TAGLINE, "Tuesday, March 4, 2025", POST, *POST_TEXT)
    assert headline_shown_under_title(blocks, 2) == POST
    far = _blocks(f"{BLOG}: {POST}", BLOG, *TAGLINE, *(["Tuesday, March 4, 2025"] * TITLE_PART_REACH), POST)
    assert headline_shown_under_title(far, 2) is None
