"""A headline wrapped over two lines is taken whole when the `<title>` line names the two joined and
not the chosen line alone (text/titlejoin.py). BeautifulSoup and markdownify print the `<title>`
first; a page that styles its headline's two halves apart prints them on two lines. A kicker over the
headline stays out: the `<title>` names the headline alone. Invented pages, shaped like BeautifulSoup's dumps."""

from __future__ import annotations

from newsgrab.model import Block
from newsgrab.text.blocks import parse_text
from newsgrab.text.titlejoin import joined_headline
from newsgrab.text.titleshape import page_title_parts
from tests.harbour_dump import COUNCIL_STORY, MENU

HEAD = "Why the Harbour Council Wants"
TAIL = "Its Own Seat at the Ocean Conference"


def _page(title_line: str, header: list[str]) -> str:
    lines = "\n\n".join(header)
    return f"{title_line}\n\nHarbour Gazette\n\n{MENU}\n\n{lines}\n\nBy Anna Berg\n\n{COUNCIL_STORY}\n{MENU}\n"


def test_a_headline_over_two_lines_the_title_names_whole_is_joined() -> None:
    page = _page(f"{HEAD} {TAIL} | Harbour Gazette", ["Local News", HEAD, TAIL])
    assert parse_text(page).metadata.title == f"{HEAD} {TAIL}"


def test_a_kicker_over_the_headline_stays_out() -> None:
    headline = f"{HEAD} {TAIL}"
    for title_line in (f"{headline} | Harbour Gazette", f"Local News | {headline} | Harbour Gazette"):
        assert parse_text(_page(title_line, ["Local News", headline])).metadata.title == headline


def test_no_join_without_the_title_line_or_past_a_byline() -> None:
    blocks = [Block("p", f"{HEAD} {TAIL} | Harbour Gazette"), Block("p", HEAD), Block("p", TAIL),
              Block("p", "By Anna Berg")]
    named = page_title_parts(blocks[0])
    assert joined_headline(blocks, 2, named) == f"{HEAD} {TAIL}"
    assert joined_headline(blocks, 1, named) == f"{HEAD} {TAIL}"
    assert joined_headline(blocks, 2, []) is None  # w3m, inscriptis: no <title> line printed
    blocks[1] = Block("p", "March 3, 2021")  # a date above: no part of a headline
    assert joined_headline(blocks, 2, page_title_parts(Block("p", f"March 3, 2021 {TAIL} | Harbour Gazette"))) is None
