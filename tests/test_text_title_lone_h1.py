"""The headline of a whole-page dump whose one first-level heading sits far above the story run
(html2text and markdownify print a page's `<h1>` as "# ..."): a reference page's table of contents
between them, or the heading on the text's first line. Invented pages, tested both ways."""

from __future__ import annotations

from newsgrab.model import Block
from newsgrab.text.blocks import parse_text
from newsgrab.text.title import PAGE_TITLE_LOOKBACK, _lone_h1
from tests.harbour_dump import STORY

#: a reference page's table of contents, longer than the main-heading search reaches
CONTENTS = "\n".join(f"  * {n} Part {n} of the crane's history" for n in range(1, PAGE_TITLE_LOOKBACK + 20))
#: the photo's caption printed right over the story: a plain headline-shaped line with no byline or date
CAPTION = "The north quay crane in the winter of 1910"


def _reference(top: str) -> str:
    return f"{top}\n\nFrom the harbour archive, the free encyclopedia\n\n{CONTENTS}\n\n{CAPTION}\n\n{STORY}"


def test_the_one_first_level_heading_over_a_long_contents_list_is_the_title() -> None:
    assert parse_text(_reference("# North Quay Crane")).metadata.title == "North Quay Crane"
    # on the text's first line too, where the main-heading search does not look (the `<title>` line's place)
    text = f"# North Quay Crane\n\n{CONTENTS[:200]}\n\n{CAPTION}\n\n{STORY}"
    assert parse_text(text).metadata.title == "North Quay Crane"


def test_a_plain_headline_with_its_byline_and_date_stays_the_title_under_a_logo_heading() -> None:
    """The hard negative: a news page whose one `<h1>` is its logo prints its headline plainly, over
    the byline and the date."""
    text = (f"# Harbour Gazette\n\n{CONTENTS}\n\nFishermen queue as the north quay crane reopens\n\n"
            f"By Lena Moravec\n\nMarch 4, 2024\n\n{STORY}")
    assert parse_text(text).metadata.title == "Fishermen queue as the north quay crane reopens"


def test_two_first_level_headings_far_up_name_no_title() -> None:
    """A page that marks its sections' or teasers' titles as `<h1>` too: neither is the headline."""
    text = _reference("# North Quay Crane\n\n# Harbour Archive")
    assert parse_text(text).metadata.title not in ("North Quay Crane", "Harbour Archive")


def test_lone_h1_is_the_only_h1_out_of_the_main_heading_searchs_reach() -> None:
    story = [Block("p", "Text of the story.")]
    far = [Block("h1", "North Quay Crane"), *[Block("li", f"Part {n}") for n in range(PAGE_TITLE_LOOKBACK + 5)]]
    assert _lone_h1([*far, *story], len(far)) == 0
    near = [Block("p", "Harbour Archive"), Block("h1", "North Quay Crane"), Block("li", "Part 1")]
    assert _lone_h1([*near, *story], len(near)) is None  # the main-heading search reaches it
    assert _lone_h1([Block("h1", "North Quay Crane"), *story], 1) == 0  # the first line: passed over there
    two = [*far, Block("h1", "Harbour Archive")]
    assert _lone_h1([*two, *story], len(two)) is None
