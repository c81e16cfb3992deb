"""A date in the lines between the headline and the story's first paragraph that no header reader's
shape takes (issue 13; text/datefallback.py `date_under_headline`, `header_line_day`): a byline and
a two-date line a converter glued into one, a kicker before a numeric date, a photo's credit after
the date. The place is the cue; held the other way with a caption's sentence that ends in a date, a
last change alone, a long clause after the date, a line linked whole and a date already read."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.model import Block, Metadata
from newsgrab.text.datefallback import LINES_UNDER_HEADLINE, date_under_headline, header_line_day
from tests.test_text_date_fallback import NAV
from tests.test_text_date_fallback import PARAS as FALLBACK_PARAS

PARAS = FALLBACK_PARAS[:5]  # the storm story of tests/test_text_date_fallback.py, its menu above it


def _page(under: str) -> str:
    """A dump with a menu, a headline, `under` under it, five paragraphs and a footer."""
    return (f"{NAV}\n\n# Storm over the harbour\n\n{under}\n\n" + "\n\n".join(PARAS)
            + "\n\n[About us](/about/) [Privacy](/privacy/)\n")


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # a byline and a two-date line that a converter printed as one line
        ("Harbour Desk By Harbour Desk The Harbour Times on March 4, 2019 at 9:10 AM, updated March 4, 2019 at 9:15 AM",
         "2019-03-04"),
        ("EXCLUSIVE 04/17/2015 08:30 AM PT", "2015-04-17"),  # a kicker before a US numeric date
        ("* EXCLUSIVE 04/17/2015 08:30 AM PT", "2015-04-17"),  # as a markdown list item inside a heading
        ("Mar 7, 2018 harbour / istock / harbour / istock", "2018-03-07"),  # a photo's credit after it
        ("2021/6/9 18:05（6/9 19:40", "2021-06-09"),  # an update time cut off at the converter's line break
        ("Ann Other | 31.05.2022 | 4 comments", "2022-05-31"),
        ("Ann Other | 10/12/2022 09:00 AM EDT", "2022-10-12"),  # a US time zone: month first
    ],
)
def test_header_line_day_reads_a_glued_header_line(line: str, published: str) -> None:
    assert (header_line_day(line) or "")[:10] == published


@pytest.mark.parametrize(
    "line",
    [
        # a caption: lower-case words before the date that are no byline or date label
        "The harbour crane seen from the ferry terminal in Harbourtown on March 2, 2023",
        "Boats moored in the harbour before the storm. Photo taken on March 2, 2023",  # a sentence ends before it
        "The pier before the storm, March 2, 2023.",  # a sentence's full stop ends the line
        "Updated March 4, 2019 at 9:15 AM",  # a last change alone is no publication date
        "Closing on March 4, 2019, updated fares apply",  # a last change's label that dates nothing
        # a clause after the date: a dek that opens with one
        "March 4, 2019 was the day the harbour froze over for the first time in forty years and nobody sailed",
        "Storm over the harbour",  # no date
        "Ann Other | 05/10/2018 | 4 comments",  # 5 October or May 10: nothing tells which
    ],
)
def test_header_line_day_turns_down_sentences_and_updates(line: str) -> None:
    assert header_line_day(line) is None


def _blocks(*texts: str) -> list[Block]:
    return [Block(kind="p", text=text) for text in texts]


def test_date_under_headline_reads_the_first_header_line_under_the_headline() -> None:
    blocks = _blocks("Storm over the harbour", "By Ann Other", "EXCLUSIVE 04/17/2015 08:30 AM PT", *PARAS)
    meta = Metadata()
    assert date_under_headline(blocks, 0, 3, meta) == 2
    assert (meta.published or "")[:10] == "2015-04-17"


def test_date_under_headline_holds_to_the_lines_above_the_story_and_what_is_known() -> None:
    blocks = _blocks("Storm over the harbour", *PARAS[:2], "EXCLUSIVE 04/17/2015 08:30 AM PT", *PARAS[2:])
    assert date_under_headline(blocks, 0, 1, Metadata()) is None  # under the story's first paragraph
    meta = Metadata(published="2016-11-27")
    assert date_under_headline(_blocks("Storm", "EXCLUSIVE 04/17/2015", *PARAS), 0, 2, meta) is None
    assert meta.published == "2016-11-27"
    assert date_under_headline(_blocks("Storm", "EXCLUSIVE 04/17/2015", *PARAS), None, 2, Metadata()) is None
    far = _blocks("Storm", *(["Print"] * LINES_UNDER_HEADLINE), "EXCLUSIVE 04/17/2015", *PARAS)
    assert date_under_headline(far, 0, LINES_UNDER_HEADLINE + 2, Metadata()) is None
    linked = [Block(kind="p", text="Storm"), Block(kind="p", text="Ferry Report March 4, 2019", link_chars=26)]
    assert date_under_headline([*linked, *_blocks(*PARAS)], 0, 2, Metadata()) is None  # another story's headline


def test_a_dateline_glued_to_a_photos_credit_under_the_headline_dates_the_text() -> None:
    article = newsgrab.extract(_page("By Ann Other\n\nMar 7, 2018 harbour / istock / harbour / istock"), kind="text")
    assert article.title == "Storm over the harbour"
    assert (article.published or "")[:10] == "2018-03-07"
    assert "istock" not in article.body and PARAS[0] in article.body


def test_a_captions_date_under_the_headline_dates_nothing() -> None:
    caption = "The harbour crane seen from the ferry terminal in Harbourtown on March 2, 2023"
    article = newsgrab.extract(_page(caption), kind="text")
    assert article.title == "Storm over the harbour"
    assert article.published is None
