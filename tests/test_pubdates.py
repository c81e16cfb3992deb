"""A page's publication date: each source in its order of trust, and the cross-checks between them."""

from __future__ import annotations

import importlib.util

import lxml.html
import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta import htmldate_fallback
from newsgrab.meta.page import read_metadata
from newsgrab.model import Metadata


def page(head: str = "", body: str = "", lang: str = "en") -> lxml.html.HtmlElement:
    return parse_html(f'<html lang="{lang}"><head>{head}</head><body>{body}</body></html>')


def dated(tree: lxml.html.HtmlElement, url: str | None = None) -> tuple[str | None, str | None]:
    meta: Metadata = read_metadata(tree, url)
    return meta.published, meta.provenance.get("published")


# ------------------------------------------------------------------ local day of a UTC timestamp
def test_a_utc_timestamp_takes_the_local_time_the_dateline_prints() -> None:
    tree = page('<meta property="article:published_time" content="2016-12-23T00:47:31Z">',
                '<h1>Two arrested</h1><p class="dateline">Published: Dec. 22, 2016, 6:47 p.m.</p><p>x</p>')
    assert dated(tree) == ("2016-12-22T18:47:31-06:00", "opengraph")


def test_a_utc_timestamp_takes_the_day_the_url_and_dateline_agree_on() -> None:
    tree = page('<meta property="article:published_time" content="2019-03-12T03:47:15+00:00">',
                '<h1>Landers</h1><p class="byline">by Hal Brennock — March 11, 2019</p><p>x</p>')
    assert dated(tree) == ("2019-03-11", "dateline")


def test_a_utc_timestamp_the_other_sources_confirm_stays() -> None:
    tree = page('<meta property="article:published_time" content="2019-03-12T03:47:15+00:00">',
                '<h1>Landers</h1><p class="byline">by Hal Brennock — March 12, 2019</p><p>x</p>')
    assert dated(tree) == ("2019-03-12T03:47:15+00:00", "opengraph")


def test_witnesses_of_the_day_before_and_the_day_after_move_a_utc_timestamp_nowhere() -> None:
    # the URL names the 11th and the byline the 13th: each is a day the stamp could be somewhere, and
    # together they say nothing of the local day (the first in source order used to win)
    tree = page('<meta property="article:published_time" content="2019-03-12T11:47:15+00:00">',
                '<h1>Landers</h1><p class="byline">by Hal Brennock — March 13, 2019</p><p>x</p>')
    assert dated(tree, "https://example.com/2019/03/11/landers/") == ("2019-03-12T11:47:15+00:00", "opengraph")
    # with one of them alone, it gives the day, as before
    assert dated(tree) == ("2019-03-13", "dateline")


def test_midnight_utc_is_a_bare_day_and_is_not_shifted() -> None:
    tree = page('<meta property="article:published_time" content="2016-11-28T00:00:00.000Z">',
                '<h1>Lessons</h1><p class="byline">By James Wood November 27, 2016</p><p>x</p>')
    assert dated(tree)[0] == "2016-11-28T00:00:00+00:00"


def test_a_timestamp_with_the_pages_own_zone_is_never_shifted() -> None:
    tree = page('<meta property="article:published_time" content="2019-02-13T00:30:00+09:00">',
                '<h1>Scans</h1><p class="byline">February 12, 2019</p><p>x</p>')
    assert dated(tree)[0] == "2019-02-13T00:30:00+09:00"


# ------------------------------------------------------------------ sources
def test_a_yoast_graph_whose_only_dated_node_is_the_webpage() -> None:
    graph = ('{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Blog"},'
             '{"@type":"WebPage","name":"Post","datePublished":"2021-03-04T10:00:00+00:00",'
             '"dateModified":"2021-03-05T09:00:00+00:00"},'
             '{"@type":"VideoObject","name":"Clip","uploadDate":"2019-01-01","datePublished":"2019-01-01"}]}')
    meta = read_metadata(page(f'<script type="application/ld+json">{graph}</script>', "<h1>Post</h1><p>x</p>"))
    assert (meta.published, meta.modified) == ("2021-03-04T10:00:00+00:00", "2021-03-05T09:00:00+00:00")


def test_abbr_published_title_is_the_date() -> None:
    tree = page("", '<h1>Post</h1><abbr class="published" title="2008-11-03T14:30:00+01:00">Nov 3</abbr><p>x</p>')
    assert dated(tree) == ("2008-11-03T14:30:00+01:00", "dateline")


def test_a_java_style_meta_date_is_read() -> None:
    tree = page('<meta name="publishdate" content="Tue Sep 08 10:15:00 EDT 2015">', "<h1>H</h1><p>x</p>")
    assert dated(tree) == ("2015-09-08T10:15:00-04:00", "meta")


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("de", "Von Anna Berg, 30.07.2019", "2019-07-30"),
        ("de", "21. Januar 2022, 14:05 Uhr", "2022-01-21"),
        ("fr", "Publié le 9 juin 2019", "2019-06-09"),
        ("ko", "입력 2020. 06. 04. 오전 10:30", "2020-06-04"),
        ("en-US", "August 06, 2019", "2019-08-06"),
        ("pl", "9 lipca 2021", "2021-07-09"),
        ("nl", "9 juli 2021", "2021-07-09"),
    ],
)
def test_a_date_printed_under_the_headline_in_the_pages_language(lang: str, line: str, expected: str) -> None:
    tree = page("", f"<article><h1>Headline</h1><div><span>{line}</span></div><p>{'Body text. ' * 30}</p></article>",
                lang=lang)
    assert dated(tree) == (expected, "header")


@pytest.mark.parametrize(("lang", "expected"), [("en-US", "2021-03-04"), ("en-GB", "2021-04-03"), ("de", "2021-04-03")])
def test_a_numeric_date_is_read_the_way_the_pages_language_writes_it(lang: str, expected: str) -> None:
    tree = page("", '<h1>H</h1><p class="post-date">03/04/2021</p><p>x</p>', lang=lang)
    assert dated(tree)[0] == expected


def test_an_ambiguous_numeric_date_takes_the_reading_the_url_agrees_with() -> None:
    tree = page("", '<h1>H</h1><p class="post-date">03/04/2021</p><p>x</p>', lang="en-US")
    assert dated(tree, "https://news.example/2021/04/03/h/") == ("2021-04-03", "dateline")


def test_the_date_under_the_headline_beats_a_date_above_it() -> None:
    tree = page("", '<div class="issue-date">December 5, 2016 Issue</div><h1>H</h1>'
                    '<p class="byline">By James Wood, November 27, 2016</p><p>x</p>')
    assert dated(tree) == ("2016-11-27", "dateline")


def test_header_search_stays_inside_the_article() -> None:
    tree = page("", '<main><article><h1>Main story</h1><p>x</p></article>'
                    '<div class="teaser"><span>May 3, 2024</span></div></main>')
    assert dated(tree) == (None, None)


#: a review page's header: the <h1> nests three deep in the title block; the facts box ("Reviewed:")
#: is a sibling of the whole block, one level further out than a byline beside the headline
_REVIEW_HEADER = ('<article><header><div class="title-block"><div class="col"><div class="inner">'
                  '<h1>Album title</h1><ul><li>Artist</li></ul></div></div><div class="score">6.2</div></div>'
                  '<div class="genre">Albums</div>'
                  '<div class="facts"><ul><li><p>Label:</p><p>Sacred Bones</p></li>'
                  '<li><p>Reviewed:</p><p>June 7, 2019</p></li></ul></div></header>'
                  '<div class="body"><p>x</p></div></article>')


def test_a_date_in_the_facts_box_beside_the_headline_block_is_read() -> None:
    assert dated(page("", _REVIEW_HEADER)) == ("2019-06-07", "header")


@pytest.mark.usefixtures("no_htmldate")
def test_a_date_beyond_the_headline_blocks_container_is_not_read() -> None:
    # the same facts box one level further out (beside the <header>) is another part of the page: the
    # header search leaves it, and only the last resort (the page's one date-only element) reads it
    outside = _REVIEW_HEADER.replace("</header>", "").replace('<div class="facts">', '</header><div class="facts">')
    tree = page("", outside)
    assert dated(tree) == ("2019-06-07", "lone-date")
    two_dates = outside.replace('<div class="body">', '<div class="body"><p>June 9, 2019</p>')
    assert dated(page("", two_dates)) == (None, None)


def test_a_container_that_holds_the_headline_is_not_page_chrome() -> None:
    tree = page("", '<div class="detailBodyContainer withSidebar"><h1>H</h1><div class="byline">'
                    '<time datetime="2022-10-14T16:20:52.800Z">Posted: Oct 14, 2022</time></div><p>x</p></div>'
                    '<div class="sidebar"><time datetime="2022-10-20">Oct 20</time></div>')
    assert dated(tree) == ("2022-10-14T16:20:52+00:00", "time")


# ------------------------------------------------------------------ the htmldate fallback
#: a page only htmldate dates: a <small> far below the headline, whose date newsgrab's own search never reads
_SMALL_PRINT = ("<h1>Repo</h1><p>" + "A sentence of the notes. " * 12 + "</p>"
                "<div><div><small>Built 2020-07-07</small></div></div>")


def test_htmldate_is_asked_only_when_nothing_else_dates_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("htmldate")
    monkeypatch.setattr(htmldate_fallback, "available", lambda: True)
    body = _SMALL_PRINT
    assert dated(page("", body)) == ("2020-07-07", "htmldate")
    dated_page = page('<meta property="article:published_time" content="2021-01-05">', body)
    assert dated(dated_page) == ("2021-01-05", "opengraph")


def test_htmldate_leaves_the_tree_it_reads_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fallback hands htmldate the page's own tree, which the content stage reads next: the
    search removes elements (an iframe, an svg, scripts) only from a copy of its own. These pages
    reach that search (no date in the head, JSON-LD or abbr), one through its text-only last step."""
    pytest.importorskip("htmldate")
    monkeypatch.setattr(htmldate_fallback, "available", lambda: True)
    bodies = [
        '<h1>Repo</h1><iframe src="/ad"></iframe><svg><path d="M0"/></svg><script>var a = 1;</script>'
        '<relative-time datetime="2020-07-07T12:10:51Z">on Jul 7</relative-time><p>x</p>',
        '<h1>Notes</h1><style>p {}</style><iframe src="/ad"></iframe><p>Written 2019-03-14 at the lake.</p>',
    ]
    for body, expected in zip(bodies, ["2020-07-07", "2019-03-14"], strict=True):
        tree = page("", body)
        before = lxml.html.tostring(tree)
        found = htmldate_fallback.find_published(tree, None)
        assert found is not None and found.iso == expected
        assert lxml.html.tostring(tree) == before


@pytest.mark.parametrize(("body", "url"), [
    ("<p>Built 2020-07-07</p>", None),  # a year, a month and a day in the text
    ('<span class="date">20190305</span>', None),  # glued in eight digits, in an element htmldate reads
    ("<p>Datum: 05.03.19</p>", None),  # a two-digit year after a label, a day and a month
    ('<abbr data-utime="1583400000">x</abbr>', None),  # a Unix time htmldate reads
    ('<span class="date">\u0662\u0660\u0661\u0669\u0660\u0663\u0660\u0665</span>', None),  # digits `int` reads
    ("<p>x</p>", "https://example.com/2019/03/05/story"),  # the URL
])
def test_the_htmldate_gate_lets_through_every_form_of_a_date(body: str, url: str | None) -> None:
    """Each a date htmldate's search finds (checked when it is installed), and the gate lets it by."""
    assert htmldate_fallback.may_date(page("", body), url)
    markup = f"<html><body>{body}</body></html>"  # the same page read from its markup
    assert htmldate_fallback.may_date(parse_html(markup), url, markup)
    if importlib.util.find_spec("htmldate") is not None:
        from htmldate import find_date

        assert find_date(page("", body), url=url, original_date=True, extensive_search=False)


@pytest.mark.parametrize("body", [
    "<p>Filed &#50;&#48;&#49;&#57;-03-05</p>",  # a year written in character references: digits only once parsed
    '<ABBR DATA-UTIME="1583400000">x</ABBR>',  # the attribute in capitals, which libxml2 lower-cases
])
def test_the_htmldate_gate_reads_the_markup_as_the_tree_holds_it(body: str) -> None:
    markup = f"<html><body>{body}</body></html>"
    assert htmldate_fallback.may_date(parse_html(markup), None, markup)


def test_the_htmldate_gate_on_markup_stops_a_page_without_a_year() -> None:
    markup = "<html><body><h1>Notes</h1><p>Version 1.2.3 has 450 users; 12 of them pay 9.99 a month.</p></body></html>"
    assert not htmldate_fallback.may_date(parse_html(markup), "https://example.com/notes/12", markup)


def test_the_htmldate_gate_stops_a_page_without_a_year(monkeypatch: pytest.MonkeyPatch) -> None:
    """Numbers that are no date (a count, a version, a price, a phone number without a year shape):
    htmldate is not asked."""
    htmldate = pytest.importorskip("htmldate")
    monkeypatch.setattr(htmldate_fallback, "available", lambda: True)
    asked: list[object] = []
    monkeypatch.setattr(htmldate, "find_date", lambda *args, **kwargs: asked.append(args) or "2020-07-07")
    tree = page("", "<h1>Notes</h1><p>Version 1.2.3 has 450 users; 12 of them pay 9.99 a month. Call 555 0134.</p>")
    assert not htmldate_fallback.may_date(tree, "https://example.com/notes/12")
    assert htmldate_fallback.find_published(tree, "https://example.com/notes/12") is None
    assert asked == []
    found = htmldate_fallback.find_published(page("", _SMALL_PRINT), None)  # asked where it may date
    assert len(asked) == 1 and found is not None and found.iso == "2020-07-07"


def test_without_htmldate_such_a_page_has_no_date() -> None:
    assert dated(page("", _SMALL_PRINT)) == (None, None)


# ------------------------------------------------------------------ the page's date-only elements (lonedate.py)
@pytest.fixture
def no_htmldate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(htmldate_fallback, "find_published", lambda _tree, _url, _markup=None: None)


#: the body's first paragraph: the article header ends before it, so the dates after it are no header's
_TEXT = "<p>" + "A sentence of the article's text goes on. " * 8 + "</p>"


@pytest.mark.usefixtures("no_htmldate")
@pytest.mark.parametrize(("body", "lang", "expected"), [
    # a product page: the date under a label in the page's language, in a definition list
    (f"<h1>Kochbuch</h1>{_TEXT}<dl><dt>Erscheinungstermin</dt><dd>2019/3/5</dd><dt>Seiten</dt><dd>212</dd></dl>",
     "de", "2019-03-05"),
    # a press release: the date alone in a paragraph below the text, twice the same day
    (f"<h1>New keyboard</h1>{_TEXT}<table><tr><td><p>2019.03.05</p></td></tr></table>"
     "<div><span>2019.03.05</span></div>", "en", "2019-03-05"),
    (f"<h1>Anuncio</h1>{_TEXT}<p>9 de julio de 2021</p>", "es", "2021-07-09"),
    # day first, as the page's language writes it (htmldate reads it so too)
    (f"<h1>Arrombamento</h1>{_TEXT}<div>05/10/2018</div>", "pt-BR", "2018-10-05"),
    (f"<h1>記事</h1>{_TEXT}<p>2019年3月5日</p>", "ja", "2019-03-05"),
])
def test_the_one_day_the_date_only_elements_name(body: str, lang: str, expected: str) -> None:
    assert dated(page("", body, lang)) == (expected, "lone-date")


@pytest.mark.usefixtures("no_htmldate")
@pytest.mark.parametrize("body", [
    # a list of items whose dates disagree: none of them is the page's
    f"<h1>News</h1>{_TEXT}<ul><li><p>2019.03.05</p><p>New mouse</p></li><li><p>2019.02.11</p><p>New pad</p></li></ul>",
    # a date inside a link (an archive or calendar link), in a sidebar, in a footer
    f'<h1>Post</h1>{_TEXT}<p><a href="/archive/2019/03/05">2019/03/05</a></p>',
    f'<h1>Post</h1>{_TEXT}<div class="sidebar"><p>2019.03.05</p></div>',
    f"<h1>Post</h1>{_TEXT}<footer><p>2019.03.05</p></footer>",
    # a date inside a sentence is not a date-only element, nor a year alone
    f"<h1>Post</h1>{_TEXT}<p>We met on 2019.03.05 at the lake.</p><p>© 2019</p>",
])
def test_no_day_when_the_date_only_elements_are_not_the_pages(body: str) -> None:
    assert dated(page("", body)) == (None, None)


def test_the_date_only_elements_are_not_read_when_another_source_dates_the_page() -> None:
    body = f"<h1>Post</h1><p class='byline'>By Ann, May 2, 2020</p>{_TEXT}<p>2019.03.05</p>"
    assert dated(page("", body)) == ("2020-05-02", "dateline")


@pytest.mark.parametrize(("dateline", "lang"), [
    ("Publicerad 9 juli 2021 kl. 10.00 | Uppdaterad 10 juli 2021", "sv"),
    ("Publisert 9. juli 2021 | Oppdatert 10. juli 2021", "no"),
    ("Offentliggjort 9. juli 2021 | Opdateret 10. juli 2021", "da"),
    ("Julkaistu 9. heinäkuuta 2021 | Päivitetty 10. heinäkuuta 2021", "fi"),
    ("Publikováno 9. července 2021 | Aktualizováno 10. července 2021", "cs"),
    ("Yayınlanma: 9 Temmuz 2021 | Güncelleme: 10 Temmuz 2021", "tr"),
    ("Diterbitkan Jumat, 9 Juli 2021 | Diperbarui 10 Juli 2021", "id"),
    ("Publicat 9 iulie 2021 | Actualizat 10 iulie 2021", "ro"),
])
def test_a_dateline_in_each_language_gives_its_publication_not_its_update(dateline: str, lang: str) -> None:
    meta = read_metadata(page("", f'<h1>Rubrik</h1><p class="dateline">{dateline}</p><p>x</p>', lang))
    assert (meta.published, meta.modified) == ("2021-07-09", "2021-07-10")
