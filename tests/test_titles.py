"""The page title's choice among <h1>s and its shown form (newsgrab/meta/titles.py, page.py's `_read_title`).

Each rule has pages where it must fire and a page where it must not; the headlines are made up in the
shape of the real pages that showed the family (bench/meta: refinery29, fandom, cnn, rollingstone,
reactpodcast, sanwa).
"""

from __future__ import annotations

import lxml.html
import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.page import read_metadata
from newsgrab.meta.titles import headline_h1, shown_form, site_keys


def page(head: str = "", body: str = "") -> lxml.html.HtmlElement:
    return parse_html(f"<html><head>{head}</head><body>{body}</body></html>")


# ------------------------------------------------------------------ the shown form of the headline
@pytest.mark.parametrize(
    ("title", "shown", "expected"),
    [
        # a share card written with straight quotes; the <h1> shows curly ones
        ("Harbour fees rise, and it's the ferry's fault", "Harbour fees rise, and it’s the ferry’s fault",
         "Harbour fees rise, and it’s the ferry’s fault"),
        ("'Low tide': a town waits for its harbour", "‘Low tide’: a town waits for its harbour",
         "‘Low tide’: a town waits for its harbour"),
        # a full stop the feed adds and the <h1> has not (CJK headlines too)
        ("指紋認証でサインインできるマウスを発売。", "指紋認証でサインインできるマウスを発売",
         "指紋認証でサインインできるマウスを発売"),
        # not another case: an <h1> in capitals is styling, the share card keeps the headline's case
        ("Harbour fees rise again", "HARBOUR FEES RISE AGAIN", "Harbour fees rise again"),
        # not other words
        ("Harbour fees rise again", "Harbour fees rise once more", "Harbour fees rise again"),
        ("Harbour fees rise again", None, "Harbour fees rise again"),
    ],
)
def test_shown_form(title: str, shown: str | None, expected: str) -> None:
    assert shown_form(title, shown) == expected


def test_the_title_takes_the_shown_headlines_quotes() -> None:
    tree = page('<meta property="og:title" content="Why the ferry won\'t run | Lakeside Post">'
                '<meta property="og:site_name" content="Lakeside Post">',
                "<h1>Why the ferry won’t run</h1><p>x</p>")
    meta = read_metadata(tree)
    assert (meta.title, meta.provenance["title"]) == ("Why the ferry won’t run", "opengraph")


# ------------------------------------------------------------------ a banner <h1> before the headline
def test_headline_h1_passes_over_a_banner() -> None:
    keys = site_keys(["Lakeside Post"], "https://www.lakesidepost.example/a")
    assert headline_h1(["Lakeside Post", "Ferry won’t run this winter"], keys) == "Ferry won’t run this winter"
    # a headline that names the site is still a headline (longer than twice the name)
    assert headline_h1(["Lakeside Post readers vote to keep the winter ferry"], keys) == (
        "Lakeside Post readers vote to keep the winter ferry")
    # every <h1> the site's name: the first, as before
    assert headline_h1(["Lakeside Post", "Lakeside Post"], keys) == "Lakeside Post"
    assert headline_h1([], keys) is None


def test_the_headline_after_a_banner_h1_confirms_the_share_card_title() -> None:
    tree = page('<meta property="og:title" content="\'Low tide\': How a town waited for its harbour">'
                '<meta property="og:site_name" content="Lakeside Post">'
                '<title>How a town waited for its harbour - Lakeside Post</title>',
                "<h1>Lakeside Post</h1><h1>‘Low tide’: How a town waited for its harbour</h1><p>x</p>")
    assert read_metadata(tree).title == "‘Low tide’: How a town waited for its harbour"


def test_a_second_h1_that_is_not_the_headline_changes_nothing() -> None:
    tree = page('<meta property="og:title" content="Ferry won\'t run this winter">'
                '<meta property="og:site_name" content="Lakeside Post">',
                "<h1>Lakeside Post</h1><h1>Most read</h1><p>x</p>")
    assert read_metadata(tree).title == "Ferry won't run this winter"
