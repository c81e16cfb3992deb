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
from newsgrab.meta.titles import clean_title, headline_h1, shown_form, site_keys


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


# ------------------------------------------------------------------ the shown headline at the start of a title
@pytest.mark.parametrize(
    ("title", "h1", "expected"),
    [
        # a section and the site after underscores, a hyphen, a full-width colon or pipe (CJK news titles)
        ("新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网", "新电脑已可利用记忆自学 人工智能迈上新台阶",
         "新电脑已可利用记忆自学 人工智能迈上新台阶"),
        ("短缺药品保供稳价 全力保障临床用药需求-新华网", "短缺药品保供稳价 全力保障临床用药需求",
         "短缺药品保供稳价 全力保障临床用药需求"),
        ("連休中の情報セキュリティに関する注意喚起：情報処理推進機構", "連休中の情報セキュリティに関する注意喚起",
         "連休中の情報セキュリティに関する注意喚起"),
        ("新聞をスクラップできるペン ｜ ガジェット通信", "新聞をスクラップできるペン", "新聞をスクラップできるペン"),
        # a tail as long as the headline is its second half, not a site ("Artist: Album")
        ("Lost at Sea: Ferries and the road towards Winter", "Lost at Sea",
         "Lost at Sea: Ferries and the road towards Winter"),
        ("Salt and Smoke: Salt and Smoke", "Salt and Smoke", "Salt and Smoke: Salt and Smoke"),
        # no separator after the headline: an attribution in brackets stays
        ("公衆無線LANを安全に使うためのアプリ（CNET Japan）", "公衆無線LANを安全に使うためのアプリ",
         "公衆無線LANを安全に使うためのアプリ（CNET Japan）"),
        # a short <h1> is not looked for
        ("Re:Zero gets a new season", "Re", "Re:Zero gets a new season"),
    ],
)
def test_the_shown_headline_at_the_start_of_a_title(title: str, h1: str, expected: str) -> None:
    assert clean_title(title, site_keys([None], "https://news.example/a"), [h1]) == expected


# ------------------------------------------------------------------ a site's front page is titled by the site's name
@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # the front page: og:title gives the name alone, the <title> adds a slogan (bench/meta: learnnode,
        # milanocittastato)
        ("https://learnharbour.example/", "Learn Harbour"),
        ("https://www.learnharbour.example", "Learn Harbour"),
        # not an article, nor a post addressed by a query on the root ("/?p=123")
        ("https://learnharbour.example/courses/ferries-101", "The best way to learn ferries, tides and knots"),
        ("https://learnharbour.example/?p=123", "The best way to learn ferries, tides and knots"),
    ],
)
def test_a_front_page_is_titled_by_the_sites_name(url: str, expected: str) -> None:
    tree = page('<title>Learn Harbour — The best way to learn ferries, tides and knots</title>'
                '<meta property="og:title" content="Learn Harbour">'
                '<meta property="og:site_name" content="Learn Harbour">', "<p>x</p>")
    assert read_metadata(tree, url).title == expected


def test_an_article_whose_canonical_is_the_front_page_keeps_its_headline() -> None:
    tree = page('<link rel="canonical" href="https://learnharbour.example/">'
                '<title>Ferry fares rise again - Learn Harbour</title>'
                '<meta property="og:title" content="Learn Harbour">'
                '<meta property="og:site_name" content="Learn Harbour">', "<h1>Ferry fares rise again</h1><p>x</p>")
    assert read_metadata(tree, "https://learnharbour.example/2024/ferry").title == "Ferry fares rise again"


def test_a_front_page_whose_every_title_is_the_sites_name_has_that_title() -> None:
    head = ('<title>Città Lagunare</title><meta property="og:title" content="Città Lagunare">'
            '<meta property="og:site_name" content="Città Lagunare">')
    assert read_metadata(page(head, "<h1>Città Lagunare</h1>"), "https://www.cittalagunare.example/").title == (
        "Città Lagunare")
    # on an article page the same shape names no headline: no title rather than the site's name
    article = "https://www.cittalagunare.example/2024/05/x"
    assert read_metadata(page(head, "<h1>Città Lagunare</h1>"), article).title is None


# ------------------------------------------------------------------ the site's name known only from the domain
# (<title> alone: no og:site_name, no <h1> that confirms a part; shapes of bench/meta and ScrapingHub tune pages)
@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        # the site's own label is not the host's first ("blogs.", "en.", "lifestyle.")
        ("Ferry fares rise again - The Harbour - HJN", "https://blogs.hjn.example/harbour/x",
         "Ferry fares rise again - The Harbour"),
        ("Harbour dredging - Lakepedia", "https://en.lakepedia.example/wiki/Harbour_dredging", "Harbour dredging"),
        # the name spelled by the host's labels ("Sky News" on news.sky.com, "CNET News" on news.cnet.com)
        ("Ferry fares rise again for the islands | Isle News", "https://news.isle.example/story/x",
         "Ferry fares rise again for the islands"),
        ("Ferry fares rise again - Harbour Blogs", "https://blogs.harbour.example/x", "Ferry fares rise again"),
        # a domain that adds a country or a digit to the name ("The Paradigm" on theparadigmng.com,
        # "Publickey" on publickey1.jp)
        ("Senate adjourns over two deaths - The Lagoon", "http://www.thelagoonng.example/2018/10/x",
         "Senate adjourns over two deaths"),
        ("Ferry timetable changes for winter - Harbourkey", "https://www.harbourkey1.example/blog/x",
         "Ferry timetable changes for winter"),
        # a name the domain abbreviates ("The New York Times" on nytimes.com, "New York Daily News" on
        # nydailynews.com), accents folded as domains write them
        ("Ferry fares rise again - The Lake City Times", "https://www.lctimes.example/2019/x",
         "Ferry fares rise again"),
        ("Ferry fares rise again – Lake City Daily News", "http://www.lcdailynews.example/news/x",
         "Ferry fares rise again"),
        ("Só quem espera — Mensagens de Reflexão", "https://www.mensagensreflexao.example/quem", "Só quem espera"),
        # not a part that only shares the domain's first letters, nor a word the label merely starts
        ("Ferry fares rise again - Lake City Tide", "https://www.lctimes.example/2019/x",
         "Ferry fares rise again - Lake City Tide"),
        ("Ferry fares rise again - Lake", "https://www.lakesidenews.example/2019/x", "Ferry fares rise again - Lake"),
    ],
)
def test_a_site_name_known_only_from_the_domain_goes(title: str, url: str, expected: str) -> None:
    assert clean_title(title, site_keys([None], url)) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # sections, a date or a byline between the headline and the site, joined by the site's separator
        # (guardian, express.co.uk, accountancyage, politico)
        ("Ferry fares: 'We cannot pay this – not again' | Travel | Lakeside Post",
         "Ferry fares: 'We cannot pay this – not again'"),
        ("Harbour chaos: ferries stop as the strike spreads | World | News | Lakeside Post",
         "Harbour chaos: ferries stop as the strike spreads"),
        ("Institutes back the new harbour rules - 26 Sep 2011 - Lakeside Post",
         "Institutes back the new harbour rules"),
        # the site's name and its slogan after the headline (rawstory, remember8090)
        ("Ferry fares rise for the third time this year - Lakeside Post - Celebrating 18 Years of News",
         "Ferry fares rise for the third time this year"),
        # not the headline's own second half: too short a head is left whole, and so is one after a colon
        ("Brexit - what happens next - Lakeside Post", "Brexit - what happens next"),
        ("Ferry fares rise again for the islands : Travel : Lakeside Post",
         "Ferry fares rise again for the islands : Travel"),
        # not a part joined by another separator than the site's
        ("Ferry fares rise again for the islands | Travel - Lakeside Post",
         "Ferry fares rise again for the islands | Travel"),
    ],
)
def test_sections_before_the_site_name_go(title: str, expected: str) -> None:
    assert clean_title(title, site_keys(["Lakeside Post"], None)) == expected


def test_a_repetitive_name_against_a_repetitive_label() -> None:
    # every split of the label among the words' starts is a path; the walk keeps the reachable states
    # (position, words used) instead, so this answers at once, and rightly: the four words spell the label
    word = "a" * 40
    title = f"{word} {word} - {word} {word} {word} {word}"
    assert clean_title(title, site_keys([None], "https://" + "a" * 50 + ".example/x")) == f"{word} {word}"


# ------------------------------------------------------------------ the site's name from the links to its front page
@pytest.mark.parametrize(
    ("link", "url", "expected"),
    [
        # the logo's alt or the banner's text, on a site whose name the domain does not spell
        # (ScrapingHub tune pages: vortexcannon.org x2, expapp.com)
        ('<a href="/"><img src="/logo.png" alt="Harbour Cannon Entertainment"></a>', "https://hcannon.example/about-bugs/",
         "About the ferry bugs"),
        ('<a href="https://www.hcannon.example/">Harbour Cannon Entertainment</a>', "https://hcannon.example/about-bugs/",
         "About the ferry bugs"),
        # a slogan after the name in the alt text is not part of it
        ('<a href="/"><img alt="Harbour Cannon Entertainment - Games for the coast"></a>',
         "https://hcannon.example/about-bugs/", "About the ferry bugs"),
        # not a link to another page, another site, or the root with a query
        ('<a href="/about/">Harbour Cannon Entertainment</a>', "https://hcannon.example/about-bugs/",
         "About the ferry bugs – Harbour Cannon Entertainment"),
        ('<a href="https://other.example/">Harbour Cannon Entertainment</a>', "https://hcannon.example/about-bugs/",
         "About the ferry bugs – Harbour Cannon Entertainment"),
        ('<a href="/?p=12">Harbour Cannon Entertainment</a>', "https://hcannon.example/about-bugs/",
         "About the ferry bugs – Harbour Cannon Entertainment"),
    ],
)
def test_the_link_to_the_front_page_names_the_site(link: str, url: str, expected: str) -> None:
    tree = page("<title>About the ferry bugs – Harbour Cannon Entertainment</title>", f"{link}<p>x</p>")
    assert read_metadata(tree, url).title == expected


def test_a_front_page_link_that_names_no_part_changes_nothing() -> None:
    # a "Home" item and a logo whose alt is another name leave the title whole (donga.com, gizmodo.jp shapes)
    tree = page("<title>Ferry fares rise again for the islands : 뉴스 : 항구닷컴</title>",
                '<a href="/">오늘의 신문</a><a href="/"><img alt="HARBOUR"></a><p>x</p>')
    assert read_metadata(tree, "https://news.hangu.example/3/all/1").title == (
        "Ferry fares rise again for the islands : 뉴스 : 항구닷컴")


def test_remembered_title_normalisation_is_the_fresh_one() -> None:
    """`norm_title` reads a bounded memo: asked twice, it gives what a fresh normalisation gives."""
    from newsgrab.html import headline

    text = "  The  Harbour\u00a0Report: "
    for _ in range(2):
        assert headline.norm_title(text) == headline._norm_title(text) == "the harbour report"
    assert headline.is_headline("THE HARBOUR REPORT!", headline.norm_title(text))
    for n in range(headline.MAX_REMEMBERED_TITLES + 10):
        _ = headline.norm_title(f"title {n}")
    assert len(headline._NORMED) <= headline.MAX_REMEMBERED_TITLES
