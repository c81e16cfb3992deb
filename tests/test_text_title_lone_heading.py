"""The headline of a page dump whose banner is a few short lines over the page's one main heading
(html2text and markdownify print the `<h1>` as "# ..."): the text reads as one without chrome, and
its one main heading under the banner is the headline. Invented pages, tested both ways.
"""

from __future__ import annotations

from newsgrab.model import Block
from newsgrab.text.blocks import parse_text
from newsgrab.text.titletop import headline_by_lone_heading
from tests.harbour_dump import FERRY_HEADLINE as HEADLINE
from tests.harbour_dump import FERRY_STORY as STORY

#: a banner of a few short lines: a menu's label, a notice asking to send alerts, its button
BANNER = "Sections\n\nWould you like us to tell you when the island timetable changes?\n\nNo, thanks"


def test_the_one_main_heading_under_a_short_banner_is_the_title_with_its_header_under_it() -> None:
    """The notice's question reads as the text's first paragraph, above the heading: without the
    heading the text had no title, and its byline was not read."""
    text = (f"{BANNER}\n\n# {HEADLINE}\n\nThe island will have fewer crossings until spring\n\n"
            f"Ana Ruiz\n\nMar 4, 2024 9:00 a.m. PT\n\n{STORY}")
    meta = parse_text(text).metadata
    assert (meta.title, meta.authors, meta.published) == (HEADLINE, ["Ana Ruiz"], "2024-03-04")


def test_a_heading_under_a_paragraph_is_a_sections_and_not_the_title() -> None:
    """A cleaned text opens with its story: a heading under a paragraph heads a section."""
    text = f"{STORY}\n# What the operator plans\n\nMore crossings in the evening once both boats return.\n"
    assert parse_text(text).metadata.title != "What the operator plans"
    blocks = [Block("p", STORY.split("\n\n")[0]), Block("h1", "What the operator plans"), Block("p", "More.")]
    assert headline_by_lone_heading(blocks) is None


def test_a_text_with_two_main_headings_or_one_on_top_has_no_lone_heading() -> None:
    """Two first-level headings: either may be a section's; one on the first line is the clean
    text's own title, which its reading takes."""
    banner = [Block("p", "SIGN IN"), Block("p", "Island Travel")]
    two = [*banner, Block("h1", HEADLINE), Block("p", "Text."), Block("h1", "Timetable from Monday")]
    assert headline_by_lone_heading(two) is None
    assert headline_by_lone_heading([Block("h1", HEADLINE), Block("p", "Text.")]) is None
    assert headline_by_lone_heading([*banner, Block("h1", HEADLINE), Block("p", "Text.")]) == 2
