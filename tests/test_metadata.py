"""Page metadata: each source, the order of trust, the cross-checks, and the traps users complain about.

The samples/meta-*.html pages are our own real-style pages (WordPress + Yoast, a CMS with
conflicting sources, a microdata blog cross-post, a live blog full of embeds).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.etree
import lxml.html
import pytest

import newsgrab
from newsgrab.html.parse import parse_html
from newsgrab.meta.entry import only_entry
from newsgrab.meta.jsonld import parse_jsonld, read_jsonld
from newsgrab.meta.language import normalise_tag
from newsgrab.meta.lexicon import byline_words
from newsgrab.meta.page import read_metadata
from newsgrab.meta.titles import clean_title, site_keys
from newsgrab.model import Metadata
from tests.conftest import SAMPLES


def meta_of(name: str, url: str | None = None) -> Metadata:
    return read_metadata(parse_html((SAMPLES / name).read_text("utf-8")), url)


def page(head: str = "", body: str = "", lang: str = "en") -> lxml.html.HtmlElement:
    return parse_html(f'<html lang="{lang}"><head>{head}</head><body>{body}</body></html>')


# ------------------------------------------------------------------ samples, field by field
def test_wordpress_yoast_page() -> None:
    meta = meta_of("meta-wordpress-yoast.html")
    assert meta.title == "Harbour dredging plan approved after two-year wait"  # no " | Northshore Courier"
    assert meta.authors == ["Aisha Rahman", "Tom Pellow"]  # Person nodes reached through @id references
    assert meta.published == "2023-03-14T08:30:00+00:00"
    assert meta.modified == "2023-03-15T11:02:41+00:00"
    assert meta.site_name == "Northshore Courier"
    assert meta.url == "https://www.northshorecourier.co.uk/2023/03/14/harbour-dredging-plan-approved/"
    assert meta.language == "en-GB"
    assert meta.tags == ["Harbour", "Fishing", "Council", "Local News"]
    assert meta.description and meta.description.startswith("Councillors backed the £14m scheme")
    assert meta.original_source is None  # the canonical is on the page's own domain
    assert meta.provenance == {
        "url": "canonical", "site_name": "opengraph", "title": "json-ld", "authors": "json-ld",
        "published": "json-ld", "modified": "json-ld", "description": "opengraph", "language": "html-lang",
        "tags": "opengraph", "media": "opengraph",
    }
    assert [(m.kind, m.role) for m in meta.media] == [("image", "lead")]


def test_conflicting_sources_page() -> None:
    url = "https://valleyherald.example/2024/02/07/rail-operator-fined"
    meta = meta_of("meta-conflicting-sources.html", url)
    # og:title and the <h1> are the site's name: the headline comes from JSON-LD
    assert (meta.title, meta.provenance["title"]) == ("Rail operator fined over winter timetable collapse", "json-ld")
    # JSON-LD and meta name the publisher as author: the people in the visible byline win
    assert (meta.authors, meta.provenance["authors"]) == (["Dana Whitfield", "Luis Ortega"], "byline")
    # JSON-LD says Feb 6; the URL and the dateline both say Feb 7: two witnesses beat one
    assert (meta.published, meta.provenance["published"]) == ("2024-02-07", "dateline")
    assert meta.modified == "2024-02-09"  # never taken for published; the sidebar's Feb 11/12 are ignored
    assert meta.description == "The regulator says thousands of cancellations could have been avoided."  # broken JSON
    assert meta.language == "en" and meta.provenance["language"] == "detected"
    assert [(m.kind, m.url) for m in meta.media] == [
        ("video", "https://media.valleyherald.example/clips/eastgate-platform.mp4")]


def test_conflicting_sources_without_the_url_trust_json_ld() -> None:
    meta = meta_of("meta-conflicting-sources.html")
    assert (meta.published, meta.provenance["published"]) == ("2024-02-06T17:45:00-05:00", "json-ld")
    assert meta.url is None


def test_microdata_crosspost_page() -> None:
    meta = meta_of("meta-microdata-crosspost.html", "https://blog-am-fluss.example/2021/07/09/fernwaerme/")
    assert meta.title == "Stadtwerke erhöhen Fernwärmepreise um zwölf Prozent"
    assert (meta.authors, meta.provenance["authors"]) == (["Jana Petersen", "Holger Brandt"], "microdata")
    # Dublin Core gives the day; the <time itemprop> on that day gives the time and zone
    assert meta.published == "2021-07-09T10:00:00+02:00"
    assert meta.modified == "2021-07-10T08:15:00+02:00"
    assert meta.site_name == "Blog am Fluss"
    assert (meta.language, meta.provenance["language"]) == ("de", "detected")
    assert meta.tags == ["Energie", "Stadtwerke", "Mieten"]
    # the canonical points at another domain: a cross-post, so the page keeps its own URL
    assert meta.url == "https://blog-am-fluss.example/2021/07/09/fernwaerme/"
    assert meta.original_source is not None
    assert meta.original_source.url == "https://www.weser-rundschau.example/lokales/fernwaerme-preise-steigen-100.html"
    assert meta.provenance["original_source"] == "canonical"


def test_liveblog_page_media_and_people() -> None:
    meta = meta_of("meta-embeds-liveblog.html")
    assert meta.authors == ["Priya Natarajan", "Owen Hughes"]
    assert meta.url == "https://bayline.example/live/storm-odile-latest"
    assert meta.published == "2025-10-21T06:05:00+00:00"
    assert meta.tags == ["weather", "storm odile"]
    assert [(m.kind, m.url, m.provider) for m in meta.media] == [
        ("video", "https://www.youtube.com/watch?v=Lm4kT9pQw2E", "YouTube"),
        ("audio", "https://cdn.bayline.example/podcast/storm-briefing-ep212.mp3", None),
    ]


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.glob("meta-*.html")))
def test_read_metadata_leaves_the_tree_alone(name: str) -> None:
    tree = parse_html((SAMPLES / name).read_text("utf-8"))
    before = lxml.html.tostring(tree)
    meta = read_metadata(tree, "https://example.org/a")
    assert lxml.html.tostring(tree) == before
    set_fields = {f for f in ("url", "title", "description", "authors", "published", "modified", "site_name",
                              "language", "tags") if getattr(meta, f)}
    assert set_fields <= set(meta.provenance)  # every field set says where it came from


_TAG_END_RE = re.compile(r"(<[a-zA-Z/][^<>]*>)")


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.glob("*.html")))
def test_comments_and_processing_instructions_anywhere_are_read_past(name: str) -> None:
    """A comment or PI after every tag of a page (where readers expect an element) never raises.

    (Those inside <script> change what JSON-LD says, and the content stage may weigh them, so
    only the answer is asserted: an article with a body whenever the plain page has one.)
    """
    html = _TAG_END_RE.sub(r"\1<!-- c --><?pi x?>", (SAMPLES / name).read_text("utf-8"))
    plain = newsgrab.extract((SAMPLES / name).read_bytes(), url="https://example.org/a")
    article = newsgrab.extract(html, url="https://example.org/a")
    assert bool(article.body) == bool(plain.body)


# ------------------------------------------------------------------ traps
def test_email_the_author_and_publisher_are_not_authors() -> None:
    tree = page('<meta name="author" content="Daily Ledger"><meta property="og:site_name" content="Daily Ledger">',
                '<h1>Bridge reopens</h1><div class="byline">By <a rel="author" href="/p/kim">Kim Osei</a> '
                '<a href="mailto:k@ledger.example">Email the author</a></div><p>Text.</p>')
    assert read_metadata(tree).authors == ["Kim Osei"]


def test_the_publisher_in_meta_author_gives_way_to_the_person() -> None:
    tree = page('<meta name="author" content="Condé Nast">'
                '<meta name="copyright" content="Copyright (c) Condé Nast 2022">'
                '<meta property="article:author" content="Ivy Rose Marlow">',
                '<h1>Rosetta</h1><div class="byline">By Ivy Rose Marlow</div><p>Text.</p>'
                '<footer>© 2022 Condé Nast. All rights reserved.</footer>')
    assert read_metadata(tree).authors == ["Ivy Rose Marlow"]


def test_a_blogger_who_holds_the_copyright_is_still_the_author() -> None:
    tree = page('<meta name="author" content="Marta Klein"><meta name="copyright" content="© 2024 Marta Klein">',
                '<h1>Notes</h1><div class="post-author">Marta Klein</div><p>Text.</p>'
                '<div class="comment-author">Bob Stone</div>')
    assert read_metadata(tree).authors == ["Marta Klein"]


@pytest.mark.parametrize(
    "byline",
    [
        '<span class="author-meta">By</span> <a class="author-link" href="/staff/duncan-pryce">Duncan Pryce</a>',
        '<div itemprop="author" itemscope><meta itemprop="name" content="Duncan Pryce"></div>',
        '<nav class="post-by"><span itemprop="author"><span itemprop="name">Duncan Pryce</span></span></nav>',
        '<div class="byline">By Duncan Pryce<script>var byline = {"name": "tracker"};</script></div>',
    ],
)
def test_bylines_in_markup_pages_use(byline: str) -> None:
    tree = page("", f'<article><div class="head"><h1>Anglosphere</h1>{byline}</div><p>Text.</p></article>')
    assert read_metadata(tree).authors == ["Duncan Pryce"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # the paper the writer works for on a line (block) of its own under the name: not part of the name
        ('<div class="article_byline"><div>By <span>Joe Pratt</span></div>'
         '<div class="flex"><div>Harbor Post</div><time>Dec 13, 2016 at 3:45 pm</time></div></div>', ["Joe Pratt"]),
        ('<div class="byline"><p>Ann Lee</p><p>Staff Writer</p></div>', ["Ann Lee"]),
        # inline elements inside one line join: a name split over spans is one name
        ('<div class="byline">By <span>Joe</span> <b>Pratt</b> and <span>Ann Lee</span></div>',
         ["Joe Pratt", "Ann Lee"]),
        ('<div class="byline"><div>By</div><div>Joe Pratt</div></div>', ["Joe Pratt"]),
        ('<div class="author"><a href="/p/ben-cole">Ben Cole</a><div class="author-title">Games Editor</div></div>',
         ["Ben Cole"]),
    ],
)
def test_the_lines_of_a_byline_element_are_separate_parts(byline: str, expected: list[str]) -> None:
    tree = page("", f'<article><div class="head"><h1>Anglosphere</h1>{byline}</div><p>Text.</p></article>')
    assert read_metadata(tree).authors == expected


def test_a_site_nav_is_still_chrome() -> None:
    tree = page("", '<nav class="menu"><span itemprop="author">Site Owner</span></nav>'
                    '<main><div><div><h1>Story</h1><p>Text.</p></div></div></main>')
    assert read_metadata(tree).authors == []


def test_organisation_kept_when_it_is_the_only_author() -> None:
    tree = page('<meta name="author" content="Reuters">', "<h1>Markets fall</h1><p>Text.</p>")
    assert read_metadata(tree).authors == ["Reuters"]


def test_related_article_dates_are_never_taken() -> None:
    tree = page("", '<article><h1>Main story</h1><p>Body text of the main story.</p></article>'
                    '<aside><time datetime="2024-05-02">May 2, 2024</time></aside>'
                    '<div class="related-posts"><time datetime="2024-05-03">May 3</time></div>'
                    '<article><h2>Other story</h2><time datetime="2024-05-04">May 4</time></article>')
    assert read_metadata(tree).published is None


def test_visible_time_in_the_article_is_taken() -> None:
    tree = page("", '<article><h1>Main story</h1><time datetime="2024-05-01T09:00:00+01:00">1 May</time>'
                    '<p>Body.</p></article><article><h2>Other</h2><time datetime="2024-05-04">4 May</time></article>')
    meta = read_metadata(tree)
    assert (meta.published, meta.provenance["published"]) == ("2024-05-01T09:00:00+01:00", "time")


def test_modified_is_never_taken_for_published_when_a_publication_date_exists() -> None:
    tree = page('<meta property="article:modified_time" content="2024-06-02T10:00:00Z">'
                '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H",'
                '"dateModified":"2024-06-02T10:00:00Z"}</script>',
                '<h1>H</h1><p class="byline">May 30, 2024</p><p>Updated <time datetime="2024-06-02">June 2</time></p>')
    meta = read_metadata(tree)
    assert (meta.published, meta.provenance["published"]) == ("2024-05-30", "dateline")
    assert meta.modified == "2024-06-02T10:00:00+00:00"


def test_a_page_whose_only_date_is_its_update_is_dated_by_it() -> None:
    tree = page("", '<h1>H</h1><div class="byline">By Ann Lee</div>'
                    '<div class="article-date">Updated on December 12, 2016 09:22 AM</div><p>x</p>')
    meta = read_metadata(tree)
    assert (meta.published, meta.provenance["published"]) == ("2016-12-12", "dateline")
    assert meta.modified == "2016-12-12"


def test_modified_before_published_is_dropped() -> None:
    tree = page('<meta property="article:published_time" content="2024-06-05">'
                '<meta property="article:modified_time" content="2024-06-01">')
    meta = read_metadata(tree)
    assert (meta.published, meta.modified) == ("2024-06-05", None)


def test_site_name_is_not_the_title() -> None:
    tree = page('<title>Daily Ledger</title><meta property="og:site_name" content="Daily Ledger">'
                '<meta property="og:title" content="Daily Ledger">', "<h1>Daily Ledger</h1><p>x</p>")
    assert read_metadata(tree).title is None


def test_an_app_name_that_is_the_headline_is_no_site_name() -> None:
    # syndication CMSs (MSN, Yahoo) write the story's headline into application-name; taken for the
    # site's name it made the headline be dropped as "the bare site name"
    headline = "Harbour dredging plan approved after two-year wait"
    tree = page(f'<title>{headline}</title><meta name="application-name" content="{headline}">',
                f"<h1>{headline}</h1><p>x</p>")
    meta = read_metadata(tree)
    assert (meta.title, meta.site_name) == (headline, None)


def test_a_short_app_name_beside_the_same_banner_stays_the_site_name() -> None:
    tree = page('<title>Harbour dredging plan approved | Ledger</title><meta name="application-name" content="Ledger">',
                "<h1>Ledger</h1><p>x</p>")
    meta = read_metadata(tree)
    assert (meta.site_name, meta.title) == ("Ledger", "Harbour dredging plan approved")


def test_url_date_is_the_last_resort() -> None:
    meta = read_metadata(page("", "<h1>H</h1><p>x</p>"), "https://ledger.example/2019/11/05/h/")
    assert (meta.published, meta.provenance["published"]) == ("2019-11-05", "url")


def test_visible_date_disagreeing_with_the_url_is_not_believed() -> None:
    tree = page("", '<h1>H</h1><p class="dateline">March 3, 2020</p><p>x</p>')
    meta = read_metadata(tree, "https://ledger.example/2019/11/05/h/")
    assert meta.published == "2019-11-05"


def test_visible_date_later_than_the_pages_own_modification_is_not_published() -> None:
    tree = page('<meta property="article:modified_time" content="2024-03-02T08:00:00Z">',
                '<h1>H</h1><p><span class="timestamp">March 9, 2024</span></p>'
                '<p class="entry-date">March 1, 2024</p><p>x</p>')
    assert read_metadata(tree).published == "2024-03-01"


def test_canonical_is_made_absolute_and_base_url_is_the_fallback() -> None:
    assert read_metadata(page('<link rel="canonical" href="/news/a">'), "https://ledger.example/x?y").url == (
        "https://ledger.example/news/a")
    assert read_metadata(page(), "https://ledger.example/x").url == "https://ledger.example/x"


@pytest.mark.parametrize(
    ("canonical", "page", "crosspost"),
    [
        ("https://www.bbc.com/news/world-1", "https://www.bbc.co.uk/news/world-1", False),
        ("https://edition.example-news.com/a", "https://amp.example-news.com/a", False),
        ("https://www.weser-rundschau.example/a", "https://blog-am-fluss.example/a", True),
        ("https://medium.com/@jane/a", "https://janedoe.blog/a", True),
    ],
)
def test_off_site_canonical_is_a_crosspost(canonical: str, page: str, crosspost: bool) -> None:
    meta = read_metadata(parse_html(f'<html><head><link rel="canonical" href="{canonical}"></head></html>'), page)
    assert (meta.original_source is not None) is crosspost
    assert meta.url == (page if crosspost else canonical)


def test_json_ld_original_source() -> None:
    tree = page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"H",'
                '"isBasedOn":{"@type":"NewsArticle","url":"https://wire.example/a/1",'
                '"publisher":{"@type":"Organization","name":"Wire Service"}}}</script>')
    source = read_metadata(tree).original_source
    assert source is not None and (source.name, source.url) == ("Wire Service", "https://wire.example/a/1")


def test_page_media_from_player_cards_and_json_ld() -> None:
    tree = page('<meta name="twitter:player" content="https://www.youtube.com/embed/dQw4w9WgXcQ">'
                '<meta name="twitter:player" content="https://widgets.example.org/player.html">'
                '<script type="application/ld+json">{"@type":"VideoObject","name":"Clip",'
                '"embedUrl":"https://player.vimeo.com/video/76979871"}</script>')
    meta = read_metadata(tree)
    assert [(m.kind, m.url, m.provider) for m in meta.media] == [
        ("video", "https://vimeo.com/76979871", "Vimeo"),
        ("video", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "YouTube"),
    ]


# ------------------------------------------------------------------ pieces
@pytest.mark.parametrize(
    ("title", "site", "h1", "expected"),
    [
        ("Storm hits coast | Example News", "Example News", None, "Storm hits coast"),
        ("Example News - Storm hits coast", "Example News", None, "Storm hits coast"),
        ("Storm hits coast | World | The Example News", "Example News", None, "Storm hits coast | World"),
        ("Storm hits coast – examplenews.com", None, None, "Storm hits coast"),
        ("Ebb: Shared Tide Tables Online — ebb extension for Quaymaster", None,
         "ebb extension for Quaymaster", "Ebb: Shared Tide Tables Online — ebb extension for Quaymaster"),
        # the banner h1 "V8" does not make the brand the headline; " · V8" is a brand all the same
        ("Outside the web: WebAssembly binaries · V8", None, "V8", "Outside the web: WebAssembly binaries"),
        ("Saltmarsh Bay - Wikipedia", None, "Saltmarsh Bay", "Saltmarsh Bay"),
        # a headline part that merely ends with the site's name is not the site's name
        ("A day at the fair @ Steven's home :: PIXNET ::", "Steven's home", None, "A day at the fair @ Steven's home"),
        ("Why the storm hit so hard - Analysis - Example", None, "Why the storm hit so hard",
         "Why the storm hit so hard"),
        ("Biden: the interview", None, None, "Biden: the interview"),
    ],
)
def test_clean_title(title: str, site: str | None, h1: str | None, expected: str) -> None:
    keys = site_keys([site], "https://www.examplenews.com/a")
    assert clean_title(title, keys, [h1] if h1 else []) == expected


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        ("マインドマップ風のツリーを描画できる「Treeviz」:phpspot開発日誌", "https://phpspot.org/blog/a.html",
         "マインドマップ風のツリーを描画できる「Treeviz」"),
        ("Re:Zero gets a new season", "https://anime.example/a", "Re:Zero gets a new season"),
        ("Tesla on Instagram: “The first car”", "https://www.instagram.com/p/x/",
         "Tesla on Instagram: “The first car”"),
    ],
)
def test_a_site_name_joined_without_spaces_goes(title: str, url: str, expected: str) -> None:
    assert clean_title(title, site_keys([None], url)) == expected


def test_the_title_and_og_title_pair_names_the_site() -> None:
    tree = page('<title>Harbour fees to rise in spring – Lakeside Post</title>'
                '<meta property="og:title" content="Harbour fees to rise in spring">'
                '<meta name="twitter:title" content="Harbour fees to rise in spring – Lakeside Post">')
    meta = read_metadata(tree, "https://lp-news.example/a")
    assert meta.title == "Harbour fees to rise in spring"
    from newsgrab.meta.titles import paired_site_keys

    assert paired_site_keys(["Harbour fees to rise in spring – Lakeside Post", "Harbour fees to rise in spring"]) == {
        "lakesidepost"}
    # beside an og:title that is the site's own name, the headline is not a site name
    assert paired_site_keys(["Harbour fees to rise in spring | Lakeside Post", "Lakeside Post"]) == set()
    assert paired_site_keys(["Biden: the interview", "Biden"]) == set()  # a colon is headline punctuation


def test_the_shown_headline_beats_a_social_version_of_it() -> None:
    tree = page('<meta property="og:title" content="Harbour row: Quayside snubs Mara Quill, says settle Tolls and '
                'Berths locally | Coast News">',
                "<h1>Quayside snubs Mara Quill, says settle T&amp;B locally</h1><p>x</p>")
    assert read_metadata(tree).title == "Quayside snubs Mara Quill, says settle T&B locally"


_FULL_HEADLINE = "Harbour dredging plan for the old port approved after two-year wait, council says"


@pytest.mark.parametrize(
    ("og_title", "expected"),
    [
        # the share card's title is the shown headline with words left out: the shown one is the full headline
        ("Harbour dredging plan approved after two-year wait", _FULL_HEADLINE),
        # ...not when the words come in another order (another headline) or are too few to be a headline
        ("Council approves harbour dredging plan after wait", "Council approves harbour dredging plan after wait"),
        ("Harbour dredging plan", "Harbour dredging plan"),
    ],
)
def test_the_shown_headline_beats_a_shortened_share_card_title(og_title: str, expected: str) -> None:
    tree = page(f'<meta property="og:title" content="{og_title}">', f"<h1>{_FULL_HEADLINE}</h1><p>x</p>")
    assert read_metadata(tree).title == expected


@pytest.mark.parametrize(
    "h1",
    ["Business Monday", "Rail fares rise againUltima hora: more news", "Bridge closure extended to March"],
)
def test_a_section_banner_or_glued_h1_does_not_replace_the_title(h1: str) -> None:
    tree = page('<meta property="og:title" content="Rail fares rise again">', f"<h1>{h1}</h1><p>x</p>")
    assert read_metadata(tree).title == "Rail fares rise again"


def test_clean_title_work_grows_with_the_parts_not_their_square(monkeypatch: pytest.MonkeyPatch) -> None:
    """400 " | " parts (an unclosed <title> holding a page of table cells) are each folded once."""
    from newsgrab.meta import titles

    calls = 0
    fold = titles.fold_title

    def counting_fold(text: str) -> str:
        nonlocal calls
        calls += 1
        return fold(text)

    monkeypatch.setattr(titles, "fold_title", counting_fold)
    title = " | ".join(f"cell {i} of a table" for i in range(400))
    assert clean_title(title, {"examplenews"}, ["Storm hits coast"]) == title
    assert calls <= 400 + 2  # each part once, and the h1


def test_unclosed_title_element_gives_the_title_before_the_markup() -> None:
    rows = "".join(f"<tr><td>cell {i} | total {i}</td></tr>" for i in range(400))
    tree = parse_html(f"<html><head><title>Storm hits coast | Example News<meta name=x content=y></head>"
                      f"<body><table>{rows}</table></body></html>")
    meta = read_metadata(tree)
    assert (meta.title, meta.provenance["title"]) == ("Storm hits coast", "title-tag")


def test_a_title_is_never_longer_than_a_title() -> None:
    tree = page(f'<meta property="og:title" content="{"word " * 200}">', "<h1>Storm hits coast</h1><p>x</p>")
    assert read_metadata(tree).title == "Storm hits coast"


def test_broken_json_ld_is_read() -> None:
    assert parse_jsonld('{"a": 1,}') == [{"a": 1}]
    assert parse_jsonld('<!--\n{"a": "line\nbreak"}\n-->') == [{"a": "line\nbreak"}]
    assert parse_jsonld('{"a": 1}{"b": 2}') == [{"a": 1}, {"b": 2}]
    assert parse_jsonld("not json") == []


def test_json_ld_nested_past_the_decoder_or_with_an_endless_number_is_read_as_far_as_it_goes() -> None:
    # found by the s37 fuzz campaign: both escaped extract as an internal error (RecursionError, and
    # Python's ValueError for an integer of more than 4,300 digits)
    deep = "[" * 100_000 + "]" * 100_000
    assert parse_jsonld('{"headline": "Kept"}' + deep) == [{"headline": "Kept"}]
    assert parse_jsonld('{"@graph": ' + '{"a": ' * 5_000 + "1" + "}" * 5_001) == []
    assert parse_jsonld('{"headline": "Kept", "wordCount": ' + "7" * 50_000 + ', "n": 12}') == [
        {"headline": "Kept", "wordCount": None, "n": 12}]
    article = newsgrab.extract(f'<html><head><title>Harbour plan</title><script type="application/ld+json">'
                               f'{{"@type": "NewsArticle", "headline": "Harbour plan", "author": {deep}}}</script>'
                               f"</head><body><article><h1>Harbour plan</h1><p>{'The council met. ' * 20}</p>"
                               "</article></body></html>")
    assert article.title == "Harbour plan"


def test_json_ld_strings_are_unescaped_and_split() -> None:
    script = json.dumps({"@type": "BlogPosting", "headline": "Dropbox&#8217;s task framework",
                         "author": "Jane Doe and John Smith"})
    info = read_jsonld([script])
    assert info is not None and info.title == "Dropbox’s task framework"
    assert [a.name for a in info.authors] == ["Jane Doe", "John Smith"]


def test_json_ld_listed_articles_are_not_the_page() -> None:
    script = json.dumps({"@type": "ItemList", "itemListElement": [
        {"@type": "NewsArticle", "headline": "Other", "datePublished": "2020-01-01"}]})
    info = read_jsonld([script])
    assert info is not None and info.title is None and info.published is None


def test_without_an_article_node_the_pages_own_node_names_the_author() -> None:
    # a Yoast @graph with no Article: the WebPage's author is an @id reference to a Person node
    graph = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "https://ledger.example/#website", "name": "Ledger"},
        {"@type": "WebPage", "@id": "https://ledger.example/p/#webpage", "name": "Harbour plan",
         "author": {"@id": "https://ledger.example/#/schema/person/1"}},
        {"@type": "Person", "@id": "https://ledger.example/#/schema/person/1", "name": "Nora Vale"}]})
    info = read_jsonld([graph])
    assert info is not None and [(a.name, a.is_person) for a in info.authors] == [("Nora Vale", True)]
    # a video page names its uploader on its VideoObject, a medical page its writer (degrees after the name)
    for node in ({"@type": "VideoObject", "name": "Clip", "author": {"@type": "Person", "name": "Ana Ruiz"}},
                 {"@type": "MedicalWebPage", "author": {"@type": "Person", "name": "Ana Ruiz, MS, RD"}}):
        tree = page(f'<script type="application/ld+json">{json.dumps(node)}</script>', "<h1>Clip</h1>")
        assert read_metadata(tree).authors == ["Ana Ruiz"]


def test_without_an_article_node_a_site_or_list_names_no_author() -> None:
    # the site's node, its publisher's and a list of other pages describe no page: their authors are not its
    for node in ({"@type": "WebSite", "name": "Ledger", "author": {"@type": "Person", "name": "Nora Vale"}},
                 {"@type": "ItemList", "author": {"@type": "Person", "name": "Nora Vale"}, "itemListElement": []}):
        info = read_jsonld([json.dumps(node)])
        assert info is not None and info.authors == []
    # with an article node, the article's author is the page's, not a WebPage's beside it
    article = {"@type": "NewsArticle", "headline": "H", "author": {"@type": "Person", "name": "Ana Ruiz"}}
    graph = json.dumps({"@graph": [{"@type": "WebPage", "author": {"@type": "Person", "name": "Web Master"}}, article]})
    info = read_jsonld([graph])
    assert info is not None and [a.name for a in info.authors] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("en_us", "en-US"), ("EN", "en"), ("zh-hant-tw", "zh-Hant-TW"), ("x-default", None), ("", None), ("und", None)],
)
def test_language_tags(tag: str, expected: str | None) -> None:
    assert normalise_tag(tag) == expected


# ------------------------------------------------------------------ benchmark floor (skips without ../shared)
def test_agreement_with_readability_reference_does_not_regress(shared: Path) -> None:
    """Floors a little under today's figures (bench/metadata_agreement.py prints the full table)."""
    from bench.metadata_agreement import agree

    pages = shared / "bench" / "readability" / "pages"
    hits = {"title": 0, "date": 0}
    totals = {"title": 0, "date": 0}
    for case in sorted(p for p in pages.iterdir() if (p / "expected-metadata.json").exists()):
        ref = json.loads((case / "expected-metadata.json").read_text("utf-8"))
        meta = read_metadata(parse_html((case / "source.html").read_text("utf-8", errors="replace")))
        for field, got, want in (("title", meta.title, ref.get("title")), ("date", meta.published,
                                                                          ref.get("publishedTime"))):
            if want:
                totals[field] += 1
                hits[field] += agree(field, got, want)
    assert hits["title"] / totals["title"] >= 0.75
    assert hits["date"] / totals["date"] >= 0.9


# ------------------------------------------------------------------ author-page links in the article header
def _header_with_link(href: str, text: str) -> lxml.html.HtmlElement:
    return page("", f'<article><h1>Harbour dredging plan approved</h1><p class="dek">Work starts in May.</p>'
                    f'<div class="story__info"><span>By <a href="{href}">{text}</a></span></div>'
                    f'<p>{"The council voted on Tuesday. " * 12}</p></article>')


@pytest.mark.parametrize("path_word", byline_words().author_paths)
def test_a_link_to_the_authors_page_beside_the_headline_names_the_author(path_word: str) -> None:
    # an element named like nothing, but the link's text is its own slug: the author's page
    meta = read_metadata(_header_with_link(f"https://ledger.example/{path_word}/nora-vale-2/", "Nora Vale"))
    assert (meta.authors, meta.provenance["authors"]) == (["Nora Vale"], "byline")


@pytest.mark.parametrize(
    "href",
    [
        "https://ledger.example/Author/nora-vale/?ref=byline",  # any case, a query after the path
        "https://ledger.example/auth\nor/nora-vale/",  # a line break urlsplit removes from the path
    ],
)
def test_an_author_link_the_href_prefilter_must_not_miss(href: str) -> None:
    # the href is searched for "/<path word>/" before it is split; these still reach the split
    meta = read_metadata(_header_with_link(href, "Nora Vale"))
    assert meta.authors == ["Nora Vale"]


@pytest.mark.parametrize(
    ("href", "text"),
    [
        ("https://ledger.example/people/prince/", "Prince"),  # a tag page, not an author's
        ("https://ledger.example/author/nora-vale/", "More stories"),  # the text is not the slug
        ("https://ledger.example/author/jdoe/", "jdoe"),  # a login
    ],
)
def test_other_links_beside_the_headline_name_no_author(href: str, text: str) -> None:
    assert read_metadata(_header_with_link(href, text)).authors == []


def test_a_related_storys_author_link_below_the_article_is_not_read() -> None:
    tree = page("", '<article><h1>Harbour dredging plan approved</h1>'
                    f'<p>{"The council voted on Tuesday. " * 12}</p></article>'
                    '<ul class="ws-list"><li><a href="/author/keira-lachlan/">Keira Lachlan</a></li></ul>')
    assert read_metadata(tree).authors == []


# ------------------------------------------------------------------ the page's only hAtom entry
def _blog(entries: int, author_markup: str) -> lxml.html.HtmlElement:
    """A Blogger-style page: the blog's column is a widget, each post an hentry whose footer says who posted."""
    post = ('<div class="post hentry"><h3 class="post-title">Open flow for small chips</h3>'
            f'<div class="post-body">{"I wrote a toolchain this spring. " * 10}</div>'
            f'<div class="post-footer"><div class="post-footer-line post-footer-line-1">'
            f'<span class="post-author vcard">Posted by {author_markup}</span></div></div></div>')
    return page("", '<div class="header"><h1 class="title">Silicon notes</h1></div>'
                    f'<div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">{post * entries}</div></div>')


@pytest.mark.parametrize("markup", [
    '<span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">'
    'Andrew Tolland</span></span>',  # Blogger's microdata
    '<a href="https://www.blogger.com/profile/1" rel="author" title="author profile">Andrew Tolland</a>',
])
def test_author_markup_in_the_only_entrys_footer_names_the_author(markup: str) -> None:
    assert read_metadata(_blog(1, markup)).authors == ["Andrew Tolland"]


def test_author_markup_in_a_list_of_entries_or_an_entrys_comments_names_no_one() -> None:
    markup = '<a href="https://www.blogger.com/profile/1" rel="author">Andrew Tolland</a>'
    assert read_metadata(_blog(2, markup)).authors == []  # a list page: each entry is a teaser
    comment = f'<div class="comment-block">{markup}</div>'  # a comment inside the entry stays foreign
    assert read_metadata(_blog(1, comment)).authors == []


def test_the_only_entry_is_read_off_the_pages_elements() -> None:
    """The entry is the one element whose class holds `hentry` or `h-entry` as a whole token, found
    in the page scan's own list of elements; classes that only hold the letters ("entry-content",
    "entry-footer") are not entries, and a second entry makes the page a list."""
    post = ('<article class="post-7 post type-post h-entry"><h1 class="entry-title">Open flow</h1>'
            '<div class="entry-content"><p>I wrote a toolchain.</p></div><footer class="entry-footer">x</footer>'
            '</article>')
    tree = page("", f'<div class="site-content">{post}</div>')
    found = only_entry(list(tree.iter(lxml.etree.Element)))
    assert found is not None and found.tag == "article"
    two = page("", f'<div class="site-content">{post}{post}</div>')
    assert only_entry(list(two.iter(lxml.etree.Element))) is None
    assert only_entry(list(page("", '<div class="entry-content"><p>x</p></div>').iter(lxml.etree.Element))) is None


def test_links_beside_a_byline_are_not_names() -> None:
    tree = page("", '<article><h1>Harbour dredging plan approved</h1>'
                    '<div class="byline">By <a rel="author" href="/author/oli-penhale/">Oli Penhale</a>'
                    '<a rel="author" href="/author/oli-penhale/">View author archive</a>'
                    '<a rel="author" href="/author/oli-penhale/feed/">Get author RSS feed</a></div>'
                    f'<p>{"The council voted on Tuesday. " * 12}</p></article>')
    assert read_metadata(tree).authors == ["Oli Penhale"]


@pytest.mark.parametrize(
    ("byline", "url", "expected"),
    [
        # a byline part that is exactly the page's domain label names the publisher, not a second person
        ("By Vera Tan, Harborlight", "https://harborlight.example/2021/05/story", ["Vera Tan"]),
        ("By Vera Tan | Harbor.com", "https://www.harbor.com/news/story", ["Vera Tan"]),
        # ...but a person whose name only holds the label stays, and so does the label when it is all there is
        ("By Vera Tan and Mark Harbor", "https://harbor.example/story", ["Vera Tan", "Mark Harbor"]),
        ("By Harborlight", "https://harborlight.example/story", ["Harborlight"]),
        # on another site the same part is the partner outlet, a lone word beside a full name (people.py)
        ("By Vera Tan, Harborlight", "https://other.example/story", ["Vera Tan"]),
    ],
)
def test_a_byline_part_that_is_the_sites_own_name_is_no_person(byline: str, url: str, expected: list[str]) -> None:
    tree = page("", f'<article><h1>Ferry timetable changes</h1><div class="byline">{byline}</div>'
                    '<p>Text.</p></article>')
    assert read_metadata(tree, url).authors == expected



def _header_with_bare_link(href: str, text: str) -> lxml.html.HtmlElement:
    # no "By" label and no class that names a byline: only the link's path and text can name the author
    return page("", f'<article><h1>Harbour dredging plan approved</h1><p class="dek">Work starts in May.</p>'
                    f'<div class="story__info"><span><a href="{href}">{text}</a> · 4 min read</span></div>'
                    f'<p>{"The council voted on Tuesday. " * 12}</p></article>')


@pytest.mark.parametrize("path_word", sorted({*byline_words().author_paths, "contributor", "contributors"}))
def test_an_unlabelled_link_to_the_authors_page_names_the_author(path_word: str) -> None:
    # magazines that pay freelancers link them as contributors (vice.com, newyorker.com, ehow.com, wired.com)
    meta = read_metadata(_header_with_bare_link(f"https://ledger.example/{path_word}/nora-vale/", "Nora Vale"))
    assert meta.authors == ["Nora Vale"]


@pytest.mark.parametrize(
    ("href", "text"),
    [
        ("https://ledger.example/users/login/", "Log In"),  # an account link: its text is its slug too
        ("https://ledger.example/person/nora-vale/", "Nora Vale"),  # a topic page about a person
    ],
)
def test_path_words_of_accounts_and_topics_name_no_author(href: str, text: str) -> None:
    assert read_metadata(_header_with_bare_link(href, text)).authors == []
