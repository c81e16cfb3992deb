"""The labelled date line (meta/labeldate.py): a line that opens with the page's publication label and
a date, read when no other source of newsgrab's dates the page; where it fires and where it must not."""

from __future__ import annotations

import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.page import read_metadata

_TEXT = "<p>" + "A sentence of the story goes on here. " * 10 + "</p>"


def dated(body: str, lang: str = "en") -> tuple[str | None, str | None]:
    meta = read_metadata(parse_html(f'<html lang="{lang}"><head></head><body>{body}</body></html>'))
    return meta.published, meta.provenance.get("published")


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # no <h1>: the headline is a <dt>, the date line the text after its list
    ('<div class="news"><dl class="head"><dt>항구의 폭풍</dt></dl>기사입력 :[ 2020-06-04 10:30 ]'
     f'<div class="story">{_TEXT}</div></div>', "ko", "2020-06-04"),
    (f"<h1>Storm</h1>{_TEXT}<div><div><p>Published: Dec. 22, 2016, 6:47 p.m.</p></div></div>", "en", "2016-12-22"),
    (f"<h1>Sturm</h1>{_TEXT}<div><div><span>Veröffentlicht am 12. März 2024</span></div></div>", "de",
     "2024-03-12"),
    # a weekday before the date, an update after it
    (f"<h1>Storm</h1>{_TEXT}<div><div><p>Posted on Tuesday 15 October 2019 | Updated 16 October 2019</p>"
     "</div></div>", "en", "2019-10-15"),
])
def test_a_labelled_date_line_dates_the_page(body: str, lang: str, expected: str) -> None:
    assert dated(body, lang) == (expected, "date-label")


@pytest.mark.parametrize(("body", "lang"), [
    # the word in a sentence, or before a name: no date line
    (f"<h1>Storm</h1>{_TEXT}<div><div><p>Photos posted while the storm hit on 3 May 2021 went far.</p></div></div>",
     "en"),
    (f"<h1>Storm</h1>{_TEXT}<ul><li><p>Posted by: a reader, 27 Sep 2011</p></li></ul>", "en"),
    # comments' lines that disagree, a line in the footer, a line in a link
    (f"<h1>Storm</h1>{_TEXT}<ol><li><p>Posted: 3 May 2021</p></li><li><p>Posted: 4 May 2021</p></li></ol>", "en"),
    (f"<h1>Storm</h1>{_TEXT}<footer><p>Published: 3 May 2021</p></footer>", "en"),
    (f'<h1>Storm</h1>{_TEXT}<p><a href="/old">Published: 3 May 2021</a></p>', "en"),
    # a Korean word that starts like the label ("the date you entered") is no label
    (f"<h1>항구의 폭풍</h1>{_TEXT}<div><div><p>입력하신 날짜 2020-06-04</p></div></div>", "ko"),
])
def test_no_date_when_the_line_is_no_labelled_date_of_the_page(body: str, lang: str) -> None:
    assert dated(body, lang) == (None, None)


def test_the_line_is_not_read_when_another_source_dates_the_page() -> None:
    body = f"<h1>Storm</h1><p class='byline'>By Ann, May 2, 2020</p>{_TEXT}<div><p>Published: 3 May 2021</p></div>"
    assert dated(body) == ("2020-05-02", "dateline")
