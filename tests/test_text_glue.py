"""Bylines and datelines kept apart from the paragraph join (text/glue.py), on short dumps written
here in the shape of w3m's, lynx's and inscriptis's: both ways, the header line parted from its
neighbour and the wrapped prose that only looks like one kept whole."""

from __future__ import annotations

import textwrap

import pytest

import newsgrab
from newsgrab.text import glue
from newsgrab.text.blocks import parse_text
from newsgrab.text.glue import is_header_break, is_nested_header, opens_with_header
from newsgrab.text.lines import split_blocks

#: prose of our own, wrapped at 78 columns as w3m and html2text wrap it: enough full lines for the
#: document to show its wrap width
_PROSE = textwrap.fill(
    "The harbour authority said on Tuesday that the old ferry terminal would close for repairs "
    "before the summer season, and that passengers should use the temporary pier on the north side "
    "of the bay until the work is finished. Local traders said they had not been told how long the "
    "closure would last, and several asked the council to publish a timetable for the works so that "
    "the market stalls along the quay could plan their deliveries for the coming months.", 78)


def _units(text: str) -> list[str]:
    return [block.raw for block in split_blocks(text)[0]]


def test_a_byline_after_a_full_line_that_stops_a_sentence_is_a_unit_of_its_own() -> None:
    full = "Shipyards are hiring welders again through a programme run by the harbour board."
    assert len(full) > 76  # its next word could not have fitted: the wrap join would take the byline
    text = f"{full}\nBy Jane Doe   Harbourtown     Print Edition: June 5, 2016\n\n{_PROSE}\n"
    units = _units(text)
    assert full in units
    assert "By Jane Doe   Harbourtown     Print Edition: June 5, 2016" in units
    meta = parse_text(f"Ferry terminal to close\n\n{text}").metadata
    assert meta.published is not None and meta.published.startswith("2016-06-05")


def test_a_wrapped_sentence_going_on_with_by_stays_one_paragraph() -> None:
    # the same full line, then a line that opens with "By" but names nobody, and one that goes on
    # from a line that does not stop a sentence: both are the wrapper's breaks
    full = "Shipyards are hiring welders again through a programme that is being extended"
    text = (f"{full}\nby Jane Doe and the harbour board until the end of next year, officials said.\n\n"
            f"The market was quiet this week after the long holiday weekend on the waterfront.\n"
            f"By contrast, the ferries were full from the first crossing to the last one.\n\n{_PROSE}\n")
    units = _units(text)
    assert f"{full} by Jane Doe and the harbour board until the end of next year, officials said." in units
    assert any(unit.startswith("The market was quiet") and unit.endswith("the last one.") for unit in units)


def test_a_byline_over_a_caption_that_fills_the_line_is_parted_from_it() -> None:
    byline = "by Jane Doe (reporting) and John Roe (photography), for the waterfront desk"
    caption = "Main image: The old ferry terminal at dawn, before the repairs. Photograph:"
    assert len(byline) + 1 + len("Main") > 76 and 70 < len(caption) <= 78
    text = f"{byline}\n{caption}\nJohn Roe\n\n{_PROSE}\n"
    units = _units(text)
    assert byline in units
    assert f"{caption} John Roe" in units


def test_a_byline_whose_name_the_wrapper_broke_stays_whole() -> None:
    # the line ends in a capitalised word: the name may go on to the next line
    first = "Edited by Jane Doe, with music and sound design by the harbour band and Isaac"
    second = "Jones. Fact-checking by the desk, with thanks to the people of the waterfront."
    text = f"{first}\n{second}\n\n{_PROSE}\n"
    assert f"{first} {second}" in _units(text)


def test_a_byline_over_the_first_paragraph_in_text_with_no_wrap_width() -> None:
    # inscriptis prints the byline line and the paragraph with no blank line between them, each on
    # one line: two such lines look like a pasted hard-wrapped paragraph
    byline = "Written by Jane Doe in Harbours on 3 March 2021 at 10:12 AM EST. 12 Comments"
    para = ("With the summer season near, the harbour authority has published its plans for the old "
            "ferry terminal, which will close for repairs.")
    text = f"Ferry terminal to close\n\n{byline}\n{para}\n"
    assert _units(text)[1:] == [byline, para]
    meta = parse_text(text).metadata
    assert meta.authors == ["Jane Doe"]
    assert meta.published is not None and meta.published.startswith("2021-03-03")


def test_a_pasted_hard_wrapped_paragraph_is_still_joined() -> None:
    first = "The harbour authority said on Tuesday that the old ferry terminal would close"
    second = "for repairs before the summer season, and that passengers should use the pier."
    assert _units(f"{first}\n{second}\n") == [f"{first} {second}"]


def test_is_header_break_both_ways() -> None:
    assert is_header_break("Trade is up this year.", "By Jane Doe", opens=False, wrapped=True, full=False)
    assert is_header_break("Trade is up this year.", "November 19, 2019", opens=False, wrapped=True, full=False)
    assert not is_header_break("Trade is up this year.", "By contrast, trade is down", opens=False,
                               wrapped=True, full=False)
    assert not is_header_break("trade grew, according to figures released", "November 19, 2019", opens=False,
                               wrapped=True, full=False)
    assert not is_header_break("Updated:", "November 19, 2019", opens=True, wrapped=True, full=False)
    assert is_header_break("By Jane Doe | November 19, 2019", "Main image: the pier", opens=True, wrapped=True,
                           full=True)
    # a short tail, a line that goes on from another, a first word that fitted: the wrapper's breaks
    for opens, wrapped, full in ((True, True, False), (False, True, True), (True, False, True)):
        assert not is_header_break("By Jane Doe | November 19, 2019", "Main image: the pier", opens=opens,
                                   wrapped=wrapped, full=full)
    assert opens_with_header("By Jane Doe, 19 November 2019", "The pier reopened on Monday.")
    assert not opens_with_header("By Jane Doe, 19 November 2019", "and the pier reopened on Monday.")
    assert not opens_with_header("The harbour authority said on Tuesday", "That the pier will close.")


def test_a_byline_nested_under_a_line_in_inscriptis_is_a_unit_of_its_own() -> None:
    # inscriptis indents the byline's block under a breadcrumb's last item (computerworld.com, cio.com) or
    # a card's headline: a new element, though it starts in lower case after a line that stops no sentence
    text = ("       1. Home\n       2. Harbours\n       3. Storm closes the outer harbour for a week\n"
            "                by Jane Doe\n                Senior Reporter\n")
    assert _units(text) == ["Home", "Harbours", "Storm closes the outer harbour for a week", "by Jane Doe",
                            "Senior Reporter"]
    card = "        Storm closes the outer harbour for a week\n            by Jane Doe 6 hours ago\n"
    assert _units(card) == ["Storm closes the outer harbour for a week", "by Jane Doe 6 hours ago"]


def test_a_byline_at_the_column_of_the_line_above_goes_on_from_it() -> None:
    # get_text prints a paragraph's text nodes at one column: "by" goes on with the sentence
    first, second = "The idea has been discussed, for instance, in books", "by Jane Doe, my colleague at the institute"
    assert _units(f"{first}\n{second}\n") == [f"{first} {second}"]
    # nested deeper but no byline ("by contrast"), or a byline with no name after its label
    for second in ("by contrast, the pier stayed open", "by the harbour office"):
        assert len(_units(f"        Storm closes the outer harbour for a week\n            {second}\n")) == 1
    assert is_nested_header("by Jane Doe", 12, 8)
    assert not is_nested_header("by Jane Doe", 8, 8)
    # get_text's text nodes: a space apart, or after a line that ends in a space ("Written by " / "Jane Doe")
    assert not is_nested_header("by Jane Doe, available", 1, 0)
    assert not is_nested_header("on 3 March 2021 at 10:12 AM EST.", 4, 0)
    node = "The First New Universe\n by Jane Doe, available \n"
    assert _units(node) == ["The First New Universe by Jane Doe, available"]


def test_a_date_nested_under_a_line_in_inscriptis_is_a_unit_of_its_own() -> None:
    # inscriptis indents a kicker's date under the lead photo's credit (nymag.com through inscriptis):
    # a new element, though it starts in lower case after a line that stops no sentence
    credit = "    Harbour Board chair Ann Other. Photo: Sam Lens/Agency"
    assert _units(f"{credit}\n      ferries March 4, 2019\n") == [credit.strip(), "ferries March 4, 2019"]
    # a markdown definition list's value nested under its term (archive-of-our-own through markdownify)
    assert _units(":   Posted:\n    :   2019-03-04\n")[-1] == ":   2019-03-04"
    assert is_nested_header("ferries March 4, 2019", 6, 4)
    assert is_nested_header("March 4, 2019 10:15 AM", 6, 4)
    assert not is_nested_header("ferries March 4, 2019", 4, 4)


def test_a_nested_line_that_merely_holds_a_date_goes_on_from_the_line_above() -> None:
    # a reference's wrapped tail (wikipedia through inscriptis): two dates and a sentence's stops, no dateline
    ref = "    1. ^ Ann Other (2021). \"Ferries return to the outer harbour\""
    tail = "      . Harbour Gazette. 19 July 2021 . Retrieved 20 July 2021 ."
    assert len(_units(f"{ref}\n{tail}\n")) == 1
    assert not is_nested_header(tail.strip(), 6, 4)
    # a sentence's next line that names a date in passing
    assert not is_nested_header("ferries ran again on March 4, 2019 after the storm", 6, 4)



@pytest.mark.parametrize("line", ["jeudi 4 juin 2020", "sexta-feira, 22 de outubro de 2010 às 20:13",
                                  "niedziela, 28 maja 2023", "donderdag 4 juni 2020, 17:12", "четверг, 4 июня 2020"])
def test_a_lowercase_weekday_dateline_is_a_header_line_of_its_own(line: str) -> None:
    assert glue.is_weekday_dateline(line)


@pytest.mark.parametrize("line", ["jeudi 4 juin 2020.", "Jeudi 4 juin 2020", "4 juin 2020",
                                  "jeudi dernier, les 4 élus ont voté", "lundi 3 élèves sont partis"])
def test_a_sentence_or_a_date_the_join_already_leaves_alone_is_not_one(line: str) -> None:
    assert not glue.is_weekday_dateline(line)


def test_a_weekday_dateline_under_its_headline_is_not_glued_to_it() -> None:
    """A headline with its dateline on the next line, no blank line between (a converter printing two
    elements): the lower-case weekday read as the rest of the headline, which took the date with it."""
    body = "Le conseil vote le plan du port après deux ans de débats publics et de recours. " * 3
    article = newsgrab.extract(f"Le plan du port adopté\njeudi 4 juin 2020 à 17h12\n\n{body}\n\n{body}", kind="text")
    assert article.title == "Le plan du port adopté"
    assert (article.published or "")[:10] == "2020-06-04"


def test_a_dateline_after_a_credit_in_brackets_is_a_unit_of_its_own() -> None:
    # lynx prints the lead photo's caption, its credit in brackets, and the dateline under it with no
    # blank line between; the credit's bracket closes the caption as a full stop closes a sentence
    caption = "Ferry passengers wait on the temporary pier at the north side of the bay. (Sam Lens / Agency)"
    text = f"Ferry terminal to close for repairs\n\n{textwrap.fill(caption, 76)}\nMarch 4, 2019\n\n{_PROSE}\n"
    units = _units(text)
    assert "March 4, 2019" in units
    assert parse_text(text).metadata.published == "2019-03-04"
    assert is_header_break("(BUTTON)", "Tuesday, March 5, 2019 7:15 AM", opens=True, wrapped=False, full=False)


def test_a_date_after_a_handle_or_a_link_in_brackets_stays_on_its_line() -> None:
    # an embedded post's signature dates the post, and a linked name with its date is one header line
    assert not is_header_break("— Jane Doe (@jdoe)", "March 4, 2019", opens=False, wrapped=True, full=False)
    assert not is_header_break("By [Jane Doe](/author/jane-doe)", "March 4, 2019", opens=True, wrapped=True,
                               full=False)
    # a bracket that no dateline follows, or a date that ends a sentence: the wrapper's break
    assert not is_header_break("The pier (again)", "closes on Monday", opens=False, wrapped=True, full=False)
    assert not is_header_break("The pier (again)", "March 4, 2019.", opens=False, wrapped=True, full=False)
    signature = "— Jane Doe, harbour correspondent for the waterfront desk of the paper (@jdoe)"
    assert len(signature) + 1 + len("March") > 76  # the date's first word could not have fitted
    assert f"{signature} March 4, 2019" in _units(f"{signature}\nMarch 4, 2019\n\n{_PROSE}\n")


def test_a_dateline_over_a_credit_it_did_not_wrap_into_is_a_unit_of_its_own() -> None:
    # a magazine's dateline, then its lead photo's credit in lower case where the credit's first word
    # would have fitted beside the date: the page broke the line, not the wrapper
    text = f"Harbour Desk\nBy Harbour Desk\nMar 4, 2019\nharbour / istock\n\n{_PROSE}\n"
    units = _units(text)
    assert "Mar 4, 2019" in units and "harbour / istock" in units
    assert is_header_break("Mar 4, 2019", "harbour / istock", opens=True, wrapped=False, full=False)


def test_a_dateline_going_on_with_its_times_stays_whole() -> None:
    # the next line holds the date's clock or its update: the same statement
    posted = "Posted at 2019-03-04T09:10:00-0700\nand last updated 2019-03-04 11:10:00-05\n\n" + _PROSE
    assert "Posted at 2019-03-04T09:10:00-0700 and last updated 2019-03-04 11:10:00-05" in _units(posted)
    assert not is_header_break("Mar 4, 2019", "at 9:10 am", opens=True, wrapped=False, full=False)
    # not the unit's first line (a sentence's tail), or a date ending a sentence
    assert not is_header_break("Mar 4, 2019", "harbour / istock", opens=False, wrapped=False, full=False)
    assert not is_header_break("Mar 4, 2019.", "harbour / istock", opens=True, wrapped=False, full=False)
