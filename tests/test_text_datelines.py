"""Datelines of a text header in the forms the HTML path reads (issue 13): two dates on one line (the
publication and its last change), a weekday before the date, CJK and year-first dates, a slashed
date that a US time zone makes month first, a two-digit-year date with dots or dashes whose shape says
it is month first, a date split over two lines. Each is held both ways: the line is read, and a sentence
or a line of the same words in another shape is not."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.model import Block, Metadata
from newsgrab.text.around import read_around
from newsgrab.text.datelines import date_over_break
from newsgrab.text.headerdates import is_dateline, name_date

STORY = "The storm felled many trees overnight and blocked several streets, the fire brigade said on Monday."


def _read(line: str) -> newsgrab.Article:
    return newsgrab.extract(f"Storm over the harbour\n\n{line}\n\n{STORY}\n\n{STORY}", kind="text")


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        ("Mar. 3, 2021, 9:23 PM UTC / Updated Mar. 4, 2021, 12:34 AM UTC", "2021-03-03", "2021-03-04T00:34:00+00:00"),
        ("12. März 2024 , aktualisiert 13. März 2024, 10:15 Uhr | Quelle: Hafenblatt", "2024-03-12", "2024-03-13"),
        ("on March 3, 2021 at 9:00 AM, updated March 3, 2021 at 10:00 AM", "2021-03-03", "2021-03-03"),
        # the reverse: the last change first, the publication labelled after it
        ("Fri 5 Mar 2021 18.00 GMT First published on Thu 4 Mar 2021 10.00 GMT", "2021-03-04T10:00:00+00:00",
         "2021-03-05T18:00:00+00:00"),
    ],
)
def test_a_line_of_two_dates_gives_the_publication_and_the_last_change(
        line: str, published: str, modified: str) -> None:
    article = _read(line)
    assert (article.published, article.modified) == (published, modified)
    assert "2021" not in article.body and "2024" not in article.body


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        # the desk's or the byline's name before the first date (a theme's "<name> on <date>, updated <date>")
        ("Metro Desk on May 6, 2020 at 8:15 AM, updated May 6, 2020 at 9:40 AM", "2020-05-06", "2020-05-06"),
        ("Ann Other, 14 April 2019 / Updated 15 April 2019", "2019-04-14", "2019-04-15"),
    ],
)
def test_a_name_before_a_line_of_two_dates_is_read_with_them(line: str, published: str, modified: str) -> None:
    article = _read(line)
    assert (article.published[:10], article.modified[:10]) == (published, modified)  # type: ignore[index]
    assert "2020" not in article.body and "2019" not in article.body


@pytest.mark.parametrize(
    "line",
    [
        "Metro Desk on May 6, 2020 at 8:15 AM, updated May 6, 2020 at 9:40 AM",
        "Ann Other, 14 April 2019 / Updated 15 April 2019",
    ],
)
def test_a_name_before_two_dates_keeps_the_line_no_dateline_alone(line: str) -> None:
    """A dateline names nobody (the headline search and the date fallback take a bare one as the page's
    own): the name keeps the whole line out, as it keeps "Ann Other, 14 April 2019" out."""
    assert not is_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "The vote was held on 3 March 2021 and updated rules apply since 4 March 2021 in the harbour.",
        "Closing on March 3, 2021, updated terms apply",  # the part after the label holds no date
    ],
)
def test_a_sentence_with_two_dates_is_no_dateline(line: str) -> None:
    article = _read(line)
    assert article.published is None
    assert line in article.body


@pytest.mark.parametrize(
    ("line", "published", "authors"),
    [
        ("Tuesday 2 March 2021 by Jane Doe", "2021-03-02", ["Jane Doe"]),
        ("Tuesday 2 March 2021 by Jane Q. Doe", "2021-03-02", ["Jane Q. Doe"]),
        ("Thu 4 Mar 2021 10.00 GMT", "2021-03-04", []),
    ],
)
def test_a_weekday_before_the_date_opens_a_dateline(line: str, published: str, authors: list[str]) -> None:
    article = _read(line)
    assert (article.published, article.authors) == (published, authors)


def test_a_sentence_opening_with_a_weekday_is_not_read() -> None:
    line = "Tuesday 2 March 2021 was the day the harbour wall gave way under the waves."
    article = _read(line)
    assert article.published is None and line in article.body


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("2021年3月4日（木） 09時30分", "2021-03-04"),
        ("公開日 2021年3月4日", "2021-03-04"),
        ("2021/3/4 21:20（3/4 22:08 更新）", "2021-03-04"),
        ("2021.03.04 09:30", "2021-03-04"),
    ],
)
def test_cjk_and_year_first_dates_are_read_as_the_html_path_reads_them(line: str, published: str) -> None:
    article = _read(line)
    assert (article.published, article.authors, article.site_name) == (published, [], None)
    assert "2021" not in article.body


def test_a_sentence_opening_with_a_cjk_date_is_not_read() -> None:
    line = "2021年3月4日に発表された計画によると、港の工事は来年の春まで続く見通しだという。"
    article = _read(line)
    assert article.published is None and line in article.body


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("10/12/2022 09:00 AM EDT", "2022-10-12"),  # October 12th: a US zone after it
        ("05/04/2016 11:00 AM PT", "2016-05-04"),
        ("10/12/2022 09:00 CET", None),  # either order: a European zone tells nothing
        ("10/11/2022", None),
    ],
)
def test_a_us_time_zone_makes_a_slashed_date_month_first(line: str, published: str | None) -> None:
    assert _read(line).published == published


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a label of a language that writes dates day first reads an ambiguous numeric date that way
        ("Publié le 05/04/2013 à 17:08", ("published", "2013-04-05")),
        ("Mis à jour le 06/04/2013 à 10:37", ("modified", "2013-04-06")),
        ("Veröffentlicht am 05/04/2013", ("published", "2013-04-05")),
        # an English label may be either: the separator decides as before (slashes month first)
        ("Published 05/04/2013", ("published", "2013-05-04")),
        # a date that is no riddle reads the same under any label
        ("Publié le 2013-04-05", ("published", "2013-04-05")),
    ],
)
def test_a_labels_language_orders_a_numeric_date(line: str, expected: tuple[str, str]) -> None:
    from newsgrab.text.header import labelled_date

    assert labelled_date(line) == expected


def test_no_english_label_reads_day_first() -> None:
    from newsgrab.meta.lexicon import date_labels

    assert "published" not in date_labels().day_first and "updated" not in date_labels().day_first
    assert "publié le" in date_labels().day_first


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("[harbour](//example.com/tags/harbour/) Sept. 2, 2016", "2016-09-02"),  # a tag's link, no absolute URL
        ("[Harbour Post](https://example.com/)October 13, 2016", "2016-10-13"),  # the site's link glued to it
        ("[weather](//example.com/weather/)Mar 3, 2021 9:00 AM", "2021-03-03"),
    ],
)
def test_a_section_link_before_a_date_is_a_dateline(line: str, published: str) -> None:
    article = _read(line)
    assert article.published == published
    assert "20" not in article.body.replace(STORY, "")


@pytest.mark.parametrize(
    "line",
    [
        "harbour Sept. 2, 2016",  # no markup says the word is a label: a sentence's end
        "[the council said](https://example.com/council/) Sept. 2, 2016",  # a linked phrase, no label
        "[harbour](https://example.com/tags/harbour/) Sept. 2, 2016 was the day the storm came",
    ],
)
def test_a_phrase_before_a_date_is_no_section_link(line: str) -> None:
    assert _read(line).published is None


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("03.24.21", "2021-03-24"),  # no 24th month: month first
        ("* 03.24.21", "2021-03-24"),  # a theme's list of header items
        ("03.04.21 5:42 AM", "2021-03-04"),  # a 12-hour clock: a US page's, month first
        ("03-24-21 05:18 PM", "2021-03-24"),
        ("24.03.21", None),  # day first, as German pages print it: not month first, and not guessed
        ("03.04.21", None),  # 3 April or 4 March: nothing tells
        ("03.04.21 17:42", None),  # a 24-hour clock tells nothing either
    ],
)
def test_a_short_year_date_with_dots_or_dashes_is_month_first_only_when_it_says_so(
        line: str, published: str | None) -> None:
    assert _read(line).published == published


def _around(*lines: str) -> tuple[Metadata, set[int]]:
    """What `read_around` reads under a headline from these lines (a whole page's header window)."""
    blocks = [Block(kind="h1", text="Storm over the harbour"), *(Block(kind="p", text=line) for line in lines),
              Block(kind="p", text=STORY)]
    meta = Metadata()
    taken = read_around(blocks, 0, len(blocks) - 1, meta, names_before=len(blocks) - 1, title_at=(0,))
    return meta, taken


@pytest.mark.parametrize(
    ("first", "second", "published"),
    [
        ("May 24,", "2016 7:00 a.m. PT", "2016-05-24"),  # a date's parts in elements of their own
        ("Thursday, March 3rd,", "2021", "2021-03-03"),
        ("Sep", "30, 2016 7:00 AM", "2016-09-30"),
    ],
)
def test_a_date_split_over_two_lines_is_read_whole(first: str, second: str, published: str) -> None:
    meta, taken = _around(first, second)
    assert (meta.published or "")[:10] == published
    assert {1, 2} <= taken  # both halves leave the body


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ships came in May", "26 stayed until 2016"),  # no date runs over the break
        ("The council met in May", "26, 2016 was the day it voted"),  # a sentence's end, then a sentence
        ("Chapter 5", "2016 results"),
    ],
)
def test_lines_that_only_meet_at_a_number_are_no_split_date(first: str, second: str) -> None:
    meta, taken = _around(first, second)
    assert meta.published is None
    assert not {1, 2} & taken


def test_a_line_holding_a_whole_date_is_read_alone() -> None:
    # the next line's number is not the date's: "Mar 3, 2021" is whole, "2021 Harbour Post" a footer-like line
    assert date_over_break("Mar 3, 2021", "2021 Harbour Post") is None
    meta, _ = _around("Mar 3, 2021", "2019 was a stormy year")
    assert meta.published == "2021-03-03"


@pytest.mark.parametrize(
    ("url", "line", "published", "source"),
    [
        # nothing printed dates the story: the day its own address spells
        ("https://harbour.example/news/2019/11/19/storm-over-the-harbour/", "By Jane Doe", "2019-11-19", "url"),
        ("https://harbour.example/2021-03-04-storm-over-the-harbour", "By Jane Doe", "2021-03-04", "url"),
        # a printed date wins over the address's, which is a fallback only
        ("https://harbour.example/news/2019/11/19/storm/", "By Jane Doe, November 20, 2019", "2019-11-20", None),
        # an address with no day in it dates nothing
        ("https://harbour.example/news/storm-over-the-harbour-2019/", "By Jane Doe", None, None),
    ],
)
def test_a_text_with_no_printed_date_takes_the_day_its_url_spells(
        url: str, line: str, published: str | None, source: str | None) -> None:
    article = newsgrab.extract(f"Storm over the harbour\n\n{line}\n\n{STORY}\n\n{STORY}", kind="text", url=url)
    assert article.published == published
    assert (article.provenance.get("published") == "url") == (source == "url")


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # a link that holds a headline and its date, whole: a related story's, not this one's header
        ("[Ferry Services Resume After the Storm July 30, 2018](https://example.com/2018/07/30/ferries/)", None),
        ("[Harbour Daily, July 30, 2018](https://example.com/)", None),
        # the same words unlinked, a link before the date, or a date alone as a link are header lines
        ("Harbour Daily, July 30, 2018", "2018-07-30"),
        ("[Harbour Daily](https://example.com/) July 30, 2018", "2018-07-30"),
        ("[July 30, 2018](https://example.com/2018/07/30/storm/)", "2018-07-30"),
    ],
)
def test_a_headline_and_date_linked_whole_is_another_page_s(line: str, published: str | None) -> None:
    article = _read(line)
    assert article.published == published
    assert (article.site_name == "Harbour Daily") == (published is not None and "Harbour" in line)


@pytest.mark.parametrize(("line", "name"), [
    ("/ February 20, 2016", None),  # a byline's separator before the date, its name in a link the line lost
    ("Harbour Desk / February 20, 2016", "Harbour Desk"),
    ("Harbour Desk · February 20, 2016", "Harbour Desk"),
    ("• February 20, 2016", None),
    # a slash inside the name stays
    ("AC/DC Fan Club, February 20, 2016", "AC/DC Fan Club"),
])
def test_a_header_lines_name_loses_the_separators_before_its_date(line: str, name: str | None) -> None:
    found = name_date(line)
    assert found is not None
    assert found[0] == name
    assert found[1] == "February 20, 2016"
