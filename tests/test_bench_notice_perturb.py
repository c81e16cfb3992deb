"""bench/notice_perturb.py's variations of a page: each changes only what it says (the URL, the
links' form, the host, list tags, where a headline's link sits) and keeps the text."""

from __future__ import annotations

import lxml.html

from bench.notice_perturb import varied

URL = "https://www.quayside-gazette.example/2026/05/02/keeper-retires"
PAGE = (b'<html><head><link rel="canonical" href="https://www.quayside-gazette.example/2026/05/02/keeper-retires">'
        b'<meta property="og:url" content="https://www.quayside-gazette.example/2026/05/02/keeper-retires">'
        b"</head><body><article><p>The keeper retired on Monday after forty years on the rock.</p>"
        b'<ul><li><a href="/2026/04/30/ferry-route-opens">New ferry route to the islands opens</a></li>'
        b'<li><a href="https://other.example/x">Elsewhere</a></li></ul>'
        b'<p>See <a href="/2026/03/01/old">the earlier story</a> for the long history of the plan.</p>'
        b"</article></body></html>")


def _tree(page: bytes | str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(page)


def test_nourl_drops_the_given_url_the_canonical_and_og_url() -> None:
    page, args = varied(PAGE, {"url": URL}, "nourl")
    assert args["url"] is None and "canonical" not in page and "og:url" not in page
    assert "forty years on the rock" in page


def test_absolute_and_relative_rewrite_only_the_sites_links() -> None:
    page, _ = varied(PAGE, {"url": URL}, "absolute")
    hrefs = [a.get("href") for a in _tree(page).iter("a")]
    assert hrefs[0] == "https://www.quayside-gazette.example/2026/04/30/ferry-route-opens"
    page, _ = varied(PAGE, {"url": URL}, "relative")
    hrefs = [a.get("href") for a in _tree(page).iter("a")]
    assert hrefs == ["/2026/04/30/ferry-route-opens", "https://other.example/x", "/2026/03/01/old"]
    page, _ = varied(PAGE.replace(b'"/2026/03/01/old"', f'"{URL}"'.encode()), {"url": URL}, "relative")
    assert [a.get("href") for a in _tree(page).iter("a")][2] == "/2026/05/02/keeper-retires"


def test_sister_moves_the_pages_url_not_its_links() -> None:
    old = "https://www.quayside-gazette.example/2026/03/01/old"
    page, args = varied(PAGE.replace(b'"/2026/03/01/old"', f'"{old}"'.encode()), {"url": URL}, "sister")
    assert args["url"] == "https://m.quayside-gazette.example/2026/05/02/keeper-retires"
    assert 'href="https://m.quayside-gazette.example/2026/05/02/keeper-retires"' in page
    assert f'href="{old}"' in page


def test_divs_and_wrap_change_the_markup_not_the_text() -> None:
    page, _ = varied(PAGE, {"url": URL}, "divs")
    assert not list(_tree(page).iter("li", "ul")) and "New ferry route" in page
    page, _ = varied(PAGE, {"url": URL}, "wrap")
    tree = _tree(page)
    card = next(a for a in tree.iter("a") if a.get("href") == "/2026/04/30/ferry-route-opens")
    assert card.find("div") is not None and card.text_content().strip() == "New ferry route to the islands opens"
    # a paragraph that opens on no link, or on a link of less than half its text, is not wrapped
    inline = next(a for a in tree.iter("a") if a.get("href", "").endswith("/old"))
    assert inline.getparent().tag == "p"
