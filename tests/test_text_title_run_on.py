"""A piece of a sentence is no headline (text/titlerun.py): a line whose sentence the next line goes
on with, in small letters, is what a converter prints of a paragraph broken at its links. Where no
other line near the story is its headline, the `<title>` line that BeautifulSoup and markdownify
print first names it, when it shares a word with the story. Tested both ways: a headline over its
photo's file name, over its byline in small letters, wrapped over two lines the `<title>` names
joined, and a dump whose first line is the page's chrome. Invented pages, shaped like the dumps.
"""

from __future__ import annotations

from newsgrab.model import Block
from newsgrab.text.blocks import parse_text
from newsgrab.text.title import find_title
from newsgrab.text.titlerun import runs_on
from newsgrab.text.titleshape import page_title_parts
from tests.harbour_dump import HEADLINE, MENU

#: a paragraph of the story as BeautifulSoup prints it when two of its words are links: three lines,
#: the first shaped like a headline
BROKEN = ("The crane of the north quay lifted the first boat at seven and the harbour office said",
          "the outer basin",
          "would stay open through the weekend while the gearbox is checked again.")
#: the story under it, long paragraphs of prose
PARAGRAPHS = [f"Paragraph {n} of the report: the harbour crane was repaired in three days, and the boats "
              "of the north quay went back to sea the same evening, as the fishermen had hoped." for n in range(1, 6)]


def _dump(first_line: str, header: list[str]) -> str:
    """A whole-page dump: `first_line`, the site's name and menu, `header`, the story and the menu."""
    lines = "\n\n".join([*header, *PARAGRAPHS])
    return f"{first_line}\n\nHarbour Gazette\n\n{MENU}\n\n{lines}\n\n{MENU}\n"


def test_a_piece_of_a_sentence_gives_way_to_the_headline_the_title_line_names() -> None:
    """The broken paragraph's first line was taken for the headline; the `<title>` names it."""
    text = _dump(f"{HEADLINE} | Harbour Gazette", list(BROKEN))
    assert parse_text(text).metadata.title == HEADLINE


def test_no_title_line_sharing_a_word_with_the_story_no_headline_from_it() -> None:
    """A lynx or w3m dump opens with the page's chrome: a line that shares no word with the story
    is not taken for the headline, a piece of a sentence or not."""
    blocks = [Block("p", "Skip to main content"), *(Block("li", word) for word in ("Home", "News", "Local")),
              *(Block("p", line) for line in BROKEN), *(Block("p", text) for text in PARAGRAPHS)]
    assert find_title(blocks, 4 + len(BROKEN)).text != "Skip to main content"


def test_a_line_is_a_piece_when_the_next_goes_on_in_small_letters() -> None:
    blocks = [Block("p", line) for line in BROKEN]
    assert runs_on(blocks, 0, [])
    assert runs_on(blocks, 1, [])
    assert not runs_on(blocks, 2, [])  # the last piece ends the sentence


def test_a_headline_over_its_photo_file_byline_or_standfirst_is_no_piece() -> None:
    """Under a headline sit its photo's file name in small letters, its byline ("by ..."), or a
    standfirst in capitals; a headline that ends with a question mark runs on into nothing."""
    for under in ("north quay crane.jpg", "by Ana Ruiz", "Repairs took longer than planned, the office said."):
        assert not runs_on([Block("p", HEADLINE), Block("p", under)], 0, [])
    assert not runs_on([Block("p", "Will the crane hold?"), Block("p", "the office thinks so")], 0, [])
    assert not runs_on([Block("h2", HEADLINE)], 0, [])  # nothing under it


def test_a_headline_wrapped_over_two_lines_the_title_names_joined_is_no_piece() -> None:
    """A page that sets its headline's second half in small letters prints it on a line of its own:
    the `<title>` line names the two joined, and the search reports them so (titlejoin.py)."""
    head, tail = "How the harbour crane", "came back after three days"
    blocks = [Block("p", f"{head} {tail} | Harbour Gazette"), Block("p", head), Block("p", tail)]
    assert runs_on(blocks, 1, [])
    assert not runs_on(blocks, 1, page_title_parts(blocks[0]))


def test_a_headline_over_its_photo_file_name_stays_the_title() -> None:
    """Without a `<title>` line (a lynx dump), the headline with its photo's file name, standfirst and
    byline under it is taken, as before."""
    header = [HEADLINE, "north quay crane.jpg", "Repairs took longer than planned, the office said.",
              "By Ana Ruiz"]
    assert parse_text(_dump("Skip to main content", header)).metadata.title == HEADLINE
