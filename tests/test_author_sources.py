"""Which author source wins on a page: an organisation's byline by the headline against teasers'
bylines further down, and every person of a microdata author element."""

from __future__ import annotations

import json

import lxml.html
import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.page import read_metadata

_BODY = f'<p>{"The startup said the round was led by two funds. " * 8}</p>'
#: the related-stories column of a magazine theme: each teaser with its writer's rel=author link
_TEASERS = ('<div class="col-side"><div class="post-info"><a rel="author" href="/author/mia-tran/">Mia Tran</a>'
            ' May 3, 2021</div><div class="post-info"><a rel="author" href="/author/raul-ortiz/">Raul Ortiz</a>'
            ' June 9, 2021</div></div>')


def _page(head: str, body: str) -> lxml.html.HtmlElement:
    return parse_html(f'<html lang="en"><head><meta property="og:site_name" content="Harbor Ledger">{head}</head>'
                      f"<body>{body}</body></html>")


def _person_ld(name: str) -> str:
    return ('<script type="application/ld+json">'
            + json.dumps({"@type": "NewsArticle", "author": {"@type": "Person", "name": name}}) + "</script>")


def test_an_organisations_byline_by_the_headline_beats_teasers_bylines() -> None:
    tree = _page(_person_ld("Harbor Ledger Correspondent"),
                 '<div class="post"><h1>Startup raises $50 million</h1>'
                 '<div class="post-info-wrap">By <span itemprop="author">Harbor Ledger Correspondent</span>'
                 f' Published January 20, 2016</div>{_BODY}</div>{_TEASERS}')
    assert read_metadata(tree).authors == ["Harbor Ledger Correspondent"]


def test_a_person_by_the_headline_still_beats_the_publisher() -> None:
    tree = _page('<meta name="author" content="Harbor Ledger">',
                 '<div class="post"><h1>Startup raises $50 million</h1><div class="post-info-wrap">By '
                 f'<a rel="author" href="/author/mia-tran/">Mia Tran</a></div>{_BODY}</div>')
    assert read_metadata(tree).authors == ["Mia Tran"]


def test_a_person_below_the_article_beats_an_organisation_the_header_does_not_print() -> None:
    # the writer's box after the story: no organisation byline by the headline to prefer
    tree = _page('<meta name="author" content="Harbor Ledger">',
                 f'<div class="post"><h1>Startup raises $50 million</h1>{_BODY}'
                 '<div class="about"><a rel="author" href="/author/mia-tran/">Mia Tran</a></div></div>')
    assert read_metadata(tree).authors == ["Mia Tran"]


def test_every_name_of_a_microdata_author_element_is_read() -> None:
    names = '<span itemprop="name">Paula Wise</span><span itemprop="name">Fatma Husein, The Associated Press</span>'
    tree = _page("", f'<h1>Outlook dims</h1><div class="hidden" itemprop="author" itemscope>{names}</div>{_BODY}')
    assert read_metadata(tree).authors == ["Paula Wise", "Fatma Husein"]
    one = '<div itemprop="author" itemscope><span itemprop="name">Paula Wise</span><span>Staff</span></div>'
    assert read_metadata(_page("", f"<h1>Outlook dims</h1>{one}{_BODY}")).authors == ["Paula Wise"]


# ------------------------------------------------------------------ post meta named like chrome, under the headline
@pytest.mark.parametrize(
    "meta_line",
    [
        # nytimes.com: the byline line sits in "story-meta-footer" under the <h1>'s container
        '<div class="story-meta-footer"><p class="byline-dateline"><span class="byline">By '
        '<span class="byline-author">NORA BLAKE</span></span></p></div>',
        # observer.com (a WordPress theme): the byline beside a comment count, in "entry-meta social-comments"
        '<div class="entry-meta social-comments">By <span class="author" itemprop="author">'
        '<a rel="author" href="/author/nora-blake/">Nora Blake</a></span> • 3 comments</div>',
    ],
)
def test_a_byline_in_post_meta_named_like_chrome_beside_the_headline_is_read(meta_line: str) -> None:
    body = f'<article><header class="story-header"><h1>Harbor fees rise again</h1>{meta_line}</header>{_BODY}</article>'
    assert [n.casefold() for n in read_metadata(_page("", body)).authors] == ["nora blake"]


def test_a_teaser_block_beside_the_headline_stays_foreign() -> None:
    # the same container with a heading of its own is another story's teaser: its byline is not the page's
    teaser = ('<div class="story-meta-footer"><h3>Ferry timetable changes</h3>'
              '<p class="byline">By Raul Ortiz</p></div>')
    body = f'<article><header class="story-header"><h1>Harbor fees rise again</h1>{teaser}</header>{_BODY}</article>'
    assert read_metadata(_page("", body)).authors == []
