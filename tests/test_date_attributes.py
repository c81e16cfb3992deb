"""Dates carried in attributes (meta/dateattrs.py): a `datetime` on any element and a Unix time in a
date element's data-* attribute, each where it fires and where it must not."""

from __future__ import annotations

import lxml.html
import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.dateattrs import epoch_value
from newsgrab.meta.page import read_metadata

_TEXT = "<p>" + "A sentence of the story goes on here. " * 10 + "</p>"


def dated(body: str, url: str | None = None) -> tuple[str | None, str | None]:
    meta = read_metadata(parse_html(f'<html lang="en"><head></head><body>{body}</body></html>'), url)
    return meta.published, meta.provenance.get("published")


def element(markup: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(markup)


# ------------------------------------------------------------------ datetime on any element
@pytest.mark.parametrize("tag", ["relative-time", "local-time", "span"])
def test_a_datetime_attribute_on_any_element_is_read_as_a_time(tag: str) -> None:
    body = f'<h1>notes-repo</h1><div><{tag} datetime="2020-07-07T12:10:51Z">9 days ago</{tag}></div>{_TEXT}'
    assert dated(body) == ("2020-07-07T12:10:51+00:00", "time")


def test_the_datetime_nearest_the_headline_wins_over_a_list_below() -> None:
    rows = "".join(f'<li>file{i}.py <time-ago datetime="2018-07-0{i}T13:35:56Z">4 years ago</time-ago></li>'
                   for i in range(1, 4))
    body = f'<h1>notes-repo</h1><relative-time datetime="2020-07-07T12:10:51Z">on Jul 7</relative-time><ul>{rows}</ul>'
    assert dated(body)[0] == "2020-07-07T12:10:51+00:00"


@pytest.mark.parametrize("tag", ["ins", "del"])
def test_an_edit_marks_datetime_is_not_the_pages_date(tag: str) -> None:
    body = f'<h1>Notes</h1><p>Text <{tag} datetime="2020-07-07T12:10:51Z">with an edit</{tag}>.</p>{_TEXT}'
    assert dated(body) == (None, None)


# ------------------------------------------------------------------ Unix times in data-* attributes
def test_a_unix_time_on_a_date_element_whose_text_has_no_year() -> None:
    body = (f'<h1>Back to school</h1><span class="publish-time" data-publishtime="1376751840652">'
            f'<a href="/p">8/17/13 11:04am</a></span>{_TEXT}')
    assert dated(body) == ("2013-08-17T15:04:00+00:00", "timestamp")


def test_a_unix_time_in_seconds_on_a_time_with_a_relative_text() -> None:
    body = f'<h1>Launch</h1><time class="ago" data-time="1470827753">3 hours ago</time>{_TEXT}'
    assert dated(body) == ("2016-08-10T11:15:53+00:00", "time")


def test_the_date_the_element_prints_wins_over_its_unix_time() -> None:
    body = f'<h1>Launch</h1><span class="post-date" data-timestamp="1470827753">May 3, 2019</span>{_TEXT}'
    assert dated(body) == ("2019-05-03", "dateline")


@pytest.mark.parametrize("body", [
    # a list of teasers, each with its own time, and an embed's load time: no date element among them
    f'<h1>Launch</h1>{_TEXT}<ul><li class="entities__item" data-timestamp="1511288258153">Other story</li></ul>',
    f'<h1>Launch</h1>{_TEXT}<iframe data-load-time="1707651983306" src="/embed"></iframe>',
    # a compact day and hour in ten digits is no Unix time, nor a name that says no time
    f'<h1>Launch</h1><span class="publish-date" data-pubtime="2019111905">Tuesday</span>{_TEXT}',
    f'<h1>Launch</h1><span class="publish-date" data-pubdate-id="1470827753">Tuesday</span>{_TEXT}',
])
def test_a_unix_time_outside_a_date_element_is_not_read(body: str) -> None:
    assert dated(body) == (None, None)


@pytest.mark.parametrize(("markup", "expected"), [
    ('<span data-time-ms="1466477165000">x</span>', "2016-06-21T02:46:05+00:00"),
    ('<span data-utime="1466477165">x</span>', "2016-06-21T02:46:05+00:00"),
    ('<span data-tlt-epoch-time="1422791820">x</span>', "2015-02-01T11:57:00+00:00"),
    ('<span data-timezone="1466477165">x</span>', None),
    ('<span data-time="14664771650">x</span>', None),
    ('<span title="1466477165">x</span>', None),
])
def test_epoch_value(markup: str, expected: str | None) -> None:
    assert epoch_value(element(markup)) == expected

