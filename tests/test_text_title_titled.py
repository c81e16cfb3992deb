"""A headline that another line of the dump prints beside the site's name and a separator, as a
`<title>` does ("<headline> | Harbour Gazette" in a sticky header over the story), is named by
that line (text/titled.py, the `titled` fact of text/titlepoints.py): w3m, inscriptis and lynx
print no `<title>`, but such a line names the headline the same way. A line does not name itself,
a menu's short parts name nothing, and the first line (the `<title>` BeautifulSoup prints, counted
as `page_title`) is left to that fact. The dumps are invented."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.meta.titles import fold_title
from newsgrab.model import Block
from newsgrab.text import titlepoints, titleshape
from newsgrab.text.titled import titled, titled_parts
from tests.harbour_dump import DEK, HEADLINE, MENU, STORY

#: a subheading between the share row and the byline: nearer the byline than the headline, it
#: would win without the fact
SUB = "Boats queued at the slipway from seven on Thursday morning"


def _dump(sticky: str) -> str:
    """A paper's page as inscriptis prints it: the sticky header's line, the section, the headline and
    its standfirst, the share row, a subheading, the byline and the story."""
    return (f"Harbour Gazette\n\n{MENU}\n\n{sticky}\n\nLocal · Updated\n\n{HEADLINE}\n\n{DEK}\n\n"
            f"Share this\n\n{SUB}\n\nBy Jane Doe · Posted: Mar 2, 2021 9:27 AM\n\n{STORY}\n{MENU}\n")


def _blocks(*texts: str) -> list[Block]:
    return [Block("p", text) for text in texts]


def test_the_headline_printed_beside_the_site_name_is_the_title() -> None:
    assert newsgrab.extract(_dump(f"{HEADLINE} | Harbour Gazette"), kind="text").title == HEADLINE


def test_the_name_may_come_first_or_be_cut_off() -> None:
    assert newsgrab.extract(_dump(f"Harbour Gazette - {HEADLINE}"), kind="text").title == HEADLINE
    assert newsgrab.extract(_dump(f"{HEADLINE} |"), kind="text").title == HEADLINE


def test_without_the_fact_the_subheading_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(titlepoints.POINTS, "titled", 0)
    assert newsgrab.extract(_dump(f"{HEADLINE} | Harbour Gazette"), kind="text").title == SUB


def test_a_sticky_line_without_a_separator_names_nothing() -> None:
    assert newsgrab.extract(_dump("Harbour Gazette Live"), kind="text").title == SUB


def test_a_line_does_not_name_itself() -> None:
    blocks = _blocks("Harbour Gazette", "Jane Doe, Harbour Gazette Bureau |", "Jane Doe, Harbour Gazette Bureau")
    parts = titled_parts(blocks)
    assert not titled(blocks, 1, parts)
    assert titled(blocks, 2, parts)


def test_a_menu_of_short_parts_and_the_first_line_name_nothing() -> None:
    assert titled_parts(_blocks("Harbour Gazette", "Home | News | Sport | Weather")) == {}
    assert titled_parts(_blocks(f"{HEADLINE} | Harbour Gazette", HEADLINE)) == {}


def test_two_long_parts_name_neither() -> None:
    line = f"{HEADLINE} | Ferry timetables change for the winter season"
    assert titled_parts(_blocks("Harbour Gazette", line)) == {}


#: every separator TITLE_SEPARATOR_RE splits at, with the spaces a converter prints around it
_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " · ", " • ", " » ", " « ", "  |\t", " -\u00a0")


@pytest.mark.parametrize("separator", _SEPARATORS)
def test_the_separator_hint_holds_wherever_a_separator_splits(separator: str) -> None:
    # the hint gates the split (titled_parts reads every block): it must hold in every line the split cuts
    line = f"Ferry fares rise again for island commuters{separator}Harbour Gazette"
    assert titleshape.TITLE_SEPARATOR_RE.search(line) is not None
    assert titleshape.TITLE_SEPARATOR_HINT_RE.search(line) is not None
    assert titled_parts(_blocks("first line", line)) == {fold_title("Ferry fares rise again for island commuters"): {1}}


@pytest.mark.parametrize("line", [
    "Ferry fares rise again for island commuters on Monday",  # prose: spaces, no separator
    "Ferry fares rise again for island commuters in 2024-25",  # a hyphen inside a word
    "Ferry fares rise again for island commuters (at 10:30)",  # a colon inside a time
    "Ferry fares rise again for island commuters|Harbour Gazette",  # a bar without spaces splits nothing
])
def test_the_separator_hint_fails_where_no_separator_may_split(line: str) -> None:
    # no separator's character with a space after it: the split is skipped, and would have cut nothing
    assert titleshape.TITLE_SEPARATOR_HINT_RE.search(line) is None
    assert titleshape.TITLE_SEPARATOR_RE.search(line) is None
    assert titled_parts(_blocks("first line", line)) == {}
