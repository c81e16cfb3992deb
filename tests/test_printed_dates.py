"""The story's printed date as the witness between the page's other dates (meta/pubdates.py):
machine values that name different days, a clock printed before its date, a UTC stamp's day in the
zone the page prints its own times in, and an update time given as the publication. Every page here
is our own sample in the shape of a real one."""

from __future__ import annotations

from tests.test_pubdates import dated, page

# ------------------------------------------------------------------ machine values that disagree
#: an embedded clip's own microdata comes first in the page; the story's follows it
_CLIP = ('<div itemscope itemtype="https://schema.org/VideoObject">'
         '<meta itemprop="datePublished" content="2019-05-08T09:02:41Z"></div>')
_STORY = '<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="{}"></div>'


def test_the_machine_date_the_printed_byline_names_beats_an_embedded_clips() -> None:
    tree = page("", '<h1>Ferry service cut</h1><cite class="byline">By ANNA WEST <abbr>May 7, 2019 '
                    f'4:12 PM</abbr></cite><p>x</p>{_CLIP}{_STORY.format("2019-05-07T20:12:09Z")}')
    assert dated(tree)[0] == "2019-05-07T20:12:09+00:00"


def test_the_first_machine_date_stays_when_the_printed_byline_names_its_day() -> None:
    tree = page("", '<h1>Ferry service cut</h1><cite class="byline">By ANNA WEST <abbr>May 8, 2019 '
                    f'5:02 AM</abbr></cite><p>x</p>{_CLIP}{_STORY.format("2019-05-07T20:12:09Z")}')
    assert dated(tree)[0] == "2019-05-08T09:02:41+00:00"


def test_a_datepublished_holding_the_update_time_loses_to_the_printed_first_time() -> None:
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Dam report out",'
          ' "datePublished": "2022-03-09T01:05:00.000Z", "dateModified": "2022-03-09T14:40:00.000Z"}</script>')
    shown = ('<div><time datetime="2022-03-09T01:05:00.000Z">Mar. 8, 2022, 10:15 PM UTC / Updated Mar. 9, '
             '2022, 1:05 AM UTC</time><meta itemprop="datePublished" content="2022-03-08T22:15:00.000Z"></div>')
    tree = page(ld, f"<article><h1>Dam report out</h1>{shown}<p>x</p></article>")
    assert dated(tree)[0] == "2022-03-08T22:15:00+00:00"


# ------------------------------------------------------------------ a UTC stamp whose day the page prints
_STAMP = '<meta property="article:published_time" content="2020-09-14T23:00:00.000Z">'


def test_a_utc_stamp_whose_day_the_byline_prints_stays() -> None:
    tree = page(_STAMP, "<article><h1>Topic maps</h1><small>On 9/14/2020 by @ljmarsh</small><p>x</p></article>")
    assert dated(tree) == ("2020-09-14T23:00:00+00:00", "opengraph")


# (stop 46 also built a header witness for a lone UTC stamp and a masthead's "today" losing to the
# header's date; each fired on one tune site only and was left on branch s36-hdate, not merged)


# ------------------------------------------------------------------ a clock printed before its date
def test_a_clock_and_zone_printed_before_the_date_are_read() -> None:
    from newsgrab.meta.dates import parse_date

    assert parse_date("Published 10:48 pm EST, Monday, March 2, 2020") == "2020-03-02T22:48:00-05:00"
    assert parse_date("Posted at 6:15 AM on April 9, 2021") == "2021-04-09"  # no zone: the day alone


def test_numbers_before_a_date_that_are_no_clock_are_left_alone() -> None:
    from newsgrab.meta.dates import parse_stamp

    for text in ("Release 2.40 March 2, 2020", "Won 3:1, March 2, 2020", "Chapter 12: March 2, 2020"):
        stamp = parse_stamp(text)
        assert stamp is not None and (stamp.iso, stamp.clock) == ("2020-03-02", None)


# ------------------------------------------------------------------ the page's own clock for a UTC stamp
def test_a_utc_stamp_takes_the_local_time_a_dateline_prints_before_its_date() -> None:
    tree = page('<meta property="article:published_time" content="2020-03-03T03:48:51Z">'
                '<meta itemprop="datePublished" content="2020-03-03T03:48:55Z">',
                '<h1>Late goal</h1><p class="dateline">Published 10:48 pm EST, Monday, March 2, 2020</p><p>x</p>')
    assert dated(tree) == ("2020-03-02T22:48:51-05:00", "opengraph")


def test_a_utc_stamp_takes_the_zone_the_page_prints_its_update_in() -> None:
    tree = page('<meta property="article:published_time" content="2020-03-03T02:05:10Z">'
                '<meta property="article:modified_time" content="2020-03-03T06:31:40Z">',
                '<h1>Council race</h1><p class="dateline">Updated 1:31 am EST, Tuesday, March 3, 2020</p><p>x</p>')
    assert dated(tree) == ("2020-03-02T21:05:10-05:00", "opengraph")


def test_a_utc_stamp_stays_when_the_pages_zone_keeps_its_day() -> None:
    tree = page('<meta property="article:published_time" content="2020-03-03T15:05:10Z">',
                '<h1>Council race</h1><p class="dateline">Updated 1:31 pm EST, Tuesday, March 3, 2020</p><p>x</p>')
    assert dated(tree) == ("2020-03-03T15:05:10+00:00", "opengraph")


# ------------------------------------------------------------------ the update time is no publication date
_SHOWN = ('<div class="article-date"><time datetime="2021-06-04T18:45:00.000Z">{}</time>'
          '<meta itemprop="datePublished" content="2021-06-04T14:10:37.000Z"></div>')


def test_a_published_time_that_is_the_printed_update_gives_way_to_the_printed_first_one() -> None:
    tree = page('<meta property="article:published_time" content="2021-06-04T18:45:00.000Z">',
                '<h1>Rail strike</h1>' + _SHOWN.format("June 4, 2021, 2:10 PM UTC / Updated June 4, 2021, "
                                                         "6:45 PM UTC") + "<p>x</p>")
    assert dated(tree)[0] == "2021-06-04T14:10:37+00:00"


def test_a_published_time_the_page_prints_as_published_stays() -> None:
    tree = page('<meta property="article:published_time" content="2021-06-04T18:45:00.000Z">',
                '<h1>Rail strike</h1>' + _SHOWN.format("June 4, 2021, 6:45 PM UTC / Updated June 4, 2021, "
                                                         "9:02 PM UTC") + "<p>x</p>")
    assert dated(tree)[0] == "2021-06-04T18:45:00+00:00"


def test_a_page_whose_only_printed_date_is_its_update_keeps_the_machine_date() -> None:
    tree = page('<meta property="article:published_time" content="2021-06-04T18:45:00.000Z">',
                '<h1>Rail strike</h1><p class="dateline">Updated June 4, 2021, 6:45 PM UTC</p><p>x</p>')
    assert dated(tree)[0] == "2021-06-04T18:45:00+00:00"
