"""Malformed URLs in scraped pages never fail a page (urllib raises ValueError on some of them)."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab import urls


@pytest.mark.parametrize("bad", ["http://[::1", "http://[bad/img.jpg", "https://[::1/x]"])
def test_helpers_answer_none_for_malformed_urls(bad: str) -> None:
    assert urls.split(bad) is None
    assert urls.join("https://news.example/a/", bad) is None
    assert urls.host(bad) == ""


def test_join_and_host_on_good_urls() -> None:
    assert urls.join("https://news.example/a/b.html", "../img/c.jpg") == "https://news.example/img/c.jpg"
    assert urls.join(None, "/x") == "/x"
    assert urls.host("https://user@WWW.News.Example:8080/p") == "www.news.example"


@pytest.mark.parametrize(
    "href",
    ["https://other.example/a/b?x=1#top", "http://news.example/a", "https://news.example/a?", "https://news.example/a#",
     "https://news.example/a?#f", "https://news.example/a;p", "http:///a", "https://news.example/a\tb",
     "https://bücher.example/a", "https://news.example/a b ", "https://[::1]/x", "//cdn.example/x.jpg", "rel/x"],
)
def test_join_fast_path_for_absolute_urls_matches_urljoin(href: str) -> None:
    from urllib.parse import urljoin

    for base in ("https://news.example/2024/story", "http://news.example/"):
        expected = urljoin(base, href)
        if expected.startswith(("http:///", "https:///")):
            expected = None  # a web address with no host leads nowhere (test_join_drops_...)
        assert urls.join(base, href) == expected
    assert urls.join("http://[::1/base", href) is None  # a malformed base fails every join


@pytest.mark.parametrize(
    "href",
    ["/wiki/Tide", "/a/b.html?x=1&y=2#top", "/a#x?y", "/", "/a/", "/a//b", "/a/./b", "/a/../b", "/a/..", "/a?",
     "/a#", "/a?#f", "/a;p", "/a\tb", "/bücher", "/a b", "/a\x01", "/[x]", "//cdn.example/x.jpg"],
)
def test_join_fast_path_for_root_relative_urls_matches_urljoin(href: str) -> None:
    """A path from the root joins as the base's scheme and host plus the path, where urljoin would
    give exactly that; every other case (dot segments, empty queries, controls) is urljoin's."""
    from urllib.parse import urljoin

    for base in ("https://News.Example/2024/story?x#f", "HTTP://news.example:8080", "https://[::1]/x", "ftp://h/x"):
        assert urls.join(base, href) == urljoin(base, href)
    assert urls.join("http://[::1/base", href) is None  # a malformed base fails every join
    assert urls._root_relative_kept("/wiki/Tide") and urls._origin("HTTP://news.example/a") == "http://news.example"
    assert not urls._root_relative_kept("/a/../b") and urls._origin("ftp://h/x") is None


@pytest.mark.parametrize(
    "url",
    ["https://news.example/a.jpg", "http://[::1", "https://[::1]/x", "https://b\u00fccher.example/a", "rel/a b", ""],
)
def test_parses_agrees_with_split(url: str) -> None:
    assert urls.parses(url) == (urls.split(url) is not None)


PAGE = """<html><head><link rel="canonical" href="http://[::1/x">
<meta property="og:image" content="http://[bad/img.jpg"></head><body><article>
<p>The first paragraph of a story carries a <a href="http://[::1/broken">broken link</a> inside its sentence.</p>
<p><img src="http://[::1/img.jpg" alt="x"><img src="/img/ok.jpg" alt="A working picture"></p>
<p>The second paragraph goes on with more text, so that the article is long enough to be found.</p>
</article></body></html>"""


def test_page_with_malformed_urls_is_extracted_without_them() -> None:
    art = newsgrab.extract(PAGE, url="https://news.example/2024/story")
    assert "broken link inside its sentence" in art.body
    assert [m.url for m in art.media] == ["https://news.example/img/ok.jpg"]
    assert art.links == []


RELATIVE = """<html><head>{head}<link rel="canonical" href="https://canonical.example/news/story"></head><body><article>
<p>The committee met on Thursday and agreed <a href="report.pdf">the annual report</a> after a short debate.</p>
<p>Members said the figures were better than expected, and that the reserve fund would not be touched.</p>
<p>The report goes to the full council next month, where a vote is expected to pass without trouble.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("head", "url", "expected"),
    [
        ("", None, "https://canonical.example/news/report.pdf"),  # canonical when nothing else is known
        ("", "https://given.example/a/page", "https://given.example/a/report.pdf"),  # --url beats canonical
        ('<base href="https://base.example/b/">', "https://given.example/a/page", "https://base.example/b/report.pdf"),
        ('<base href="/c/">', "https://given.example/a/page", "https://given.example/c/report.pdf"),  # relative base
    ],
)
def test_relative_links_resolve_base_then_url_then_canonical(head: str, url: str | None, expected: str) -> None:
    art = newsgrab.extract(RELATIVE.format(head=head), url=url)
    assert [lk.url for lk in art.links] == [expected]


@pytest.mark.parametrize(
    ("url", "base", "expected"),
    [
        ("/news/a", "https://news.example/x/y", "https://news.example/news/a"),
        (" https://other.example/a ", "https://news.example/", "https://other.example/a"),
        ("\x10https://other.example/a\x00 ", "https://news.example/", "https://other.example/a"),
        ("\x1f/news/a\t", "https://news.example/x/y", "https://news.example/news/a"),
        ("\x10\u00a0\x0bhttps://other.example/a\u3000\x1f", None, "https://other.example/a"),
        ("//cdn.example/i.jpg", "http://news.example/", "https://cdn.example/i.jpg"),
        ("//cdn.example/i.jpg", None, "https://cdn.example/i.jpg"),
        ("/news/a", None, None),
        ("", "https://news.example/", None),
        ("#top", "https://news.example/", None),
        ("data:image/png;base64,AAAA", "https://news.example/", None),
        ("javascript:void(0)", "https://news.example/", None),
        ("mailto:desk@news.example", "https://news.example/", None),
        ("http://[::1", "https://news.example/", None),
    ],
)
def test_absolute_gives_web_urls_only(url: str, base: str | None, expected: str | None) -> None:
    assert urls.absolute(url, base) == expected


def test_absolute_keeps_a_relative_url_without_base_only_when_asked() -> None:
    assert urls.absolute("img/a.jpg", None, keep_relative=True) == "img/a.jpg"
    assert urls.absolute("img/a.jpg", "https://news.example/x/", keep_relative=True) == "https://news.example/x/img/a.jpg"


@pytest.mark.parametrize(
    "href",
    ["https://other.example/a/b?x=1#top", "http://news.example", "http://:80/x", "http://a\\b/c", "https://n.example/a?",
     "http:///a", "http://#x", "https://?q", "http://news.example/a\tb", "https://b\u00fccher.example/a",
     "https://[::1]/x", "HTTP://news.example/a", "ftp://h/a"],
)
def test_absolute_keeps_a_web_url_as_urlsplit_reads_it(href: str) -> None:
    """An http(s) URL with a host comes back as it is, without the split `absolute` makes of
    other values: the answer urllib's split gives."""
    from urllib.parse import urlsplit

    parts = urlsplit(href)
    expected = href if parts.scheme.lower() in urls.WEB_SCHEMES and parts.netloc else None
    assert urls.absolute(href, "https://news.example/2024/story") == expected


@pytest.mark.parametrize("href", ["/news/a", "../img/c.jpg", "a/./b", "?page=2", "/a;p", "/a\tb", "#top", "/[x]"])
def test_absolute_joins_a_relative_url_as_urljoin_does(href: str) -> None:
    """A relative URL joined against an http(s) base needs no split of the result either."""
    from urllib.parse import urljoin, urlsplit

    for base in ("https://news.example/2024/story", "http://fakehost/test/page.html", "ftp://h/x/"):
        joined = urljoin(base, href)
        parts = urlsplit(joined)
        web = parts.scheme in urls.WEB_SCHEMES and parts.netloc and not href.startswith("#")
        assert urls.absolute(href, base) == (joined if web else None)


@pytest.mark.parametrize(("host", "site"), [
    ("nora.blogspot.com", "nora.blogspot.com"),  # a platform's blog is a site of its own
    ("www.nora.blogspot.com", "nora.blogspot.com"),
    ("harbour.wordpress.com", "harbour.wordpress.com"),
    ("www.medium.com", "medium.com"),  # the platform's own pages
    ("news.example.com", "example.com"),  # a site's own subdomain
    ("www.news.example.co.uk", "example.co.uk"),
])
def test_registrable_reads_hosting_platforms_site_by_site(host: str, site: str) -> None:
    assert urls.registrable(host) == site


@pytest.mark.parametrize("href", ["http://", "https://", "http://?q=1", "http://#top"])
def test_join_drops_a_web_address_with_no_host(href: str) -> None:
    """A CMS's empty link field prints `href="http://"`: no page is behind it (found by
    tests/test_properties_cards.py), with a base of another scheme or without one. (Against a base of
    its own scheme urljoin reads "https://" as the base itself, a page that exists.)"""
    assert urls.join("ftp://harbourpost.example/2024/ferry", href) is None
    assert urls.join(None, href) is None
    if href.startswith("http:"):
        assert urls.join("https://harbourpost.example/2024/ferry", href) is None


def test_join_keeps_what_has_a_host_or_is_relative() -> None:
    base = "https://harbourpost.example/2024/ferry"
    assert urls.join(base, "http://tides.example/") == "http://tides.example/"
    assert urls.join(base, "/weather") == "https://harbourpost.example/weather"
    assert urls.join(None, "/weather") == "/weather"
    assert urls.join(base, "mailto:desk@harbourpost.example") == "mailto:desk@harbourpost.example"
