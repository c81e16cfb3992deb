"""A site's name before a colon written as colons are written, against the name and a space after it
("Marsh Notes: A good enough map", "ねこぶろぐ: 記事"): the <title>'s first part names the site when it is
one of the site's names exactly (its metadata, its domain, a link to its front page), and goes. A
headline's own colon stays ("Harbour World: Sources say ...", "Guardian readers: tell us ..."), since
headlines use that colon themselves: only a whole name counts, not one that starts with the site's."""

from __future__ import annotations

import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.page import read_metadata
from newsgrab.meta.titles import clean_title, site_keys

_BODY = f'<p>{"The council voted to rebuild the harbour wall before the winter storms. " * 6}</p>'


def _title(title: str, url: str, banner: str = "") -> str | None:
    tree = parse_html(f"<html><head><title>{title}</title></head><body>{banner}<div>{_BODY}</div></body></html>")
    return read_metadata(tree, url).title


@pytest.mark.parametrize(("title", "banner", "expected"), [
    # a blog's name, known only from the link to its front page (no <h1>, no og:site_name)
    ("Marsh Notes: A good enough map", '<div class="brand"><a href="/">Marsh Notes</a></div>',
     "A good enough map"),
    ("ねこぶろぐ: 春の庭づくりと小さな池の記録", '<p><a href="https://neko.example.jp/">ねこぶろぐ</a></p>',
     "春の庭づくりと小さな池の記録"),
])
def test_a_site_name_before_an_attached_colon_goes(title: str, banner: str, expected: str) -> None:
    url = "https://neko.example.jp/archives/2562" if "ねこぶろぐ" in title else "https://marsh.example.org/2024/02/map.html"
    assert _title(title, url, banner) == expected


def test_the_domain_names_the_site_before_the_colon() -> None:
    keys = site_keys([], "https://www.harbourpost.example/news/wall")
    assert clean_title("Harbourpost: Council votes to rebuild the wall", keys) == "Council votes to rebuild the wall"


@pytest.mark.parametrize(("title", "url"), [
    # a headline's own colon: the part names no site
    ("Harbour World: Sources say the council will rebuild the wall", "https://www.crn.example/news/1"),
    # a part that only starts with the site's name is a headline's subject, not the site
    ("Guardian readers: tell us about the harbour wall", "https://www.guardian.example/news/1"),
    # a colon with spaces on both sides is `SEPARATOR_RE`'s; one without a space after is a word's ("Re:Zero")
    ("Re:Zero gets a new season at last", "https://anime.example/news/1"),
])
def test_a_headlines_own_colon_stays(title: str, url: str) -> None:
    assert clean_title(title, site_keys([], url)) == title


def test_a_front_page_link_named_otherwise_leaves_the_colon_title_whole() -> None:
    title = "Harbour World: Sources say the council will rebuild the wall"
    assert _title(title, "https://marsh.example.org/2024/02/map.html",
                  '<div class="brand"><a href="/">Marsh Notes</a></div>') == title
