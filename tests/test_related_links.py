"""Links to other stories found by shape (newsgrab/clean/related.py): article-shaped paths, teasers,
the closing run after the body and the teaser on its own, each firing where it should and not on
body prose that links a story; then on real pages of ../shared (skipped when it is absent)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import newsgrab
from newsgrab.clean.boilerplate import RELATED_RULE, remove_boilerplate
from newsgrab.clean.related import (
    CLOSING_RUN,
    ON_ITS_OWN,
    PROMO,
    article_shaped,
    is_promo,
    is_teaser,
    related_blocks,
)
from newsgrab.model import Block, Link, Metadata
from newsgrab.options import Options

SITE = "https://www.example-news.com"
PAGE = f"{SITE}/2024/05/02/world/harbour-strike-ends.html"


def _teaser(headline: str, path: str, rest: str = "", kind: str = "li") -> Block:
    text = f"{headline}{rest}"
    return Block(kind=kind, text=text, links=[Link(headline, SITE + path)], link_chars=len(headline))


def _prose(text: str, links: list[Link] | None = None) -> Block:
    links = links or []
    return Block(kind="p", text=text, links=links, link_chars=sum(len(link.text) for link in links))


BODY = [
    _prose("The dock workers' strike ended on Thursday after the port authority agreed to a new contract."),
    _prose("Union leaders said the deal raises wages by six percent over three years and restores overtime."),
    _prose("Ships that had waited offshore for nine days began to unload their cargo on Friday morning."),
]


@pytest.mark.parametrize("url", [
    f"{SITE}/2017/06/29/smarter-living/mosquitoes.html",          # a date in the path
    f"{SITE}/story/google-fitbit-future-of-wearables/",            # a slug of several words
    f"{SITE}/politik/article123456789",                            # a long id
    f"{SITE}/blog/archives/2022/08/post_743.html",                 # a date, whatever the slug
])
def test_article_shaped_paths(url: str) -> None:
    assert article_shaped(url)


@pytest.mark.parametrize("url", [
    f"{SITE}/",                                          # the home page
    f"{SITE}/wirtschaft/",                               # a section
    f"{SITE}/tag/climate-change-policy-news/",           # a tag page, however long its slug
    "https://en.wikipedia.org/wiki/Under_the_Red_Sky",   # a wiki's title names a thing, not a story
])
def test_not_article_shaped_paths(url: str) -> None:
    assert not article_shaped(url)


def test_a_teaser_opens_with_a_headline_linking_an_article_of_the_site() -> None:
    site = "example-news.com"
    assert is_teaser(_teaser("How the port strike was settled", "/2024/05/01/port-talks.html"), "How the port "
                     "strike was settled", site)
    bulleted = _teaser("How the port strike was settled", "/2024/05/01/port-talks.html", ": a timeline of talks.")
    assert is_teaser(bulleted, "• " + bulleted.text, site)
    # another site's article, a link too short to be a headline, a link inside prose: no teaser
    other = Block(kind="li", text="How the port strike was settled",
                  links=[Link("How the port strike was settled", "https://elsewhere.org/2024/05/01/talks")],
                  link_chars=31)
    assert not is_teaser(other, other.text, site)
    short = _teaser("Read more", "/2024/05/01/port-talks.html", " about the talks and what comes next.")
    assert not is_teaser(short, short.text, site)
    # a kicker may come first (a section's link, "Read also:"); a headline deep in a sentence is no teaser
    kicked = Block(kind="p", text="World · How the port strike was settled", links=[
        Link("World", SITE + "/world/"), Link("How the port strike was settled", SITE + "/2024/05/01/talks.html")],
        link_chars=36)
    assert is_teaser(kicked, kicked.text, site)
    deep = _prose("Officials who spent nine days at the table explained how the port strike was settled.",
                  [Link("how the port strike was settled", SITE + "/2024/05/01/talks.html")])
    assert not is_teaser(deep, deep.text, site)
    inline = _prose("The port authority had rejected an earlier offer, as we reported in March, and talks stalled.",
                    [Link("as we reported in March", SITE + "/2024/03/11/port-offer-rejected.html")])
    assert not is_teaser(inline, inline.text, site)


def test_the_closing_run_goes_and_the_body_stays() -> None:
    """Teasers with a line of summary each, as paragraphs: sentences the notice score keeps."""
    blocks = [*BODY,
              Block(kind="h2", text="More from World"),
              _teaser("Ferry fares to rise in the autumn", "/2024/04/30/world/ferry-fares.html",
                      ": the operator says its fuel costs have doubled since last year.", kind="p"),
              _teaser("Why the harbour needs dredging again", "/2024/04/28/world/harbour-dredging.html",
                      ": silt from the spring floods has narrowed the channel to one lane.", kind="p")]
    texts = [b.text for b in blocks]
    found = related_blocks(blocks, texts, [False] * len(blocks), PAGE)
    assert found == {3: CLOSING_RUN, 4: CLOSING_RUN, 5: CLOSING_RUN}  # the heading is the run's label
    result = remove_boilerplate(blocks, (), metadata=Metadata(url=PAGE))
    assert [b.text for b in result.kept] == [b.text for b in BODY]  # the heading goes with the run it names
    assert [r.rule for r in result.removed][-2:] == [f"{RELATED_RULE}-{CLOSING_RUN}"] * 2


def test_the_labels_over_and_amid_the_closing_run_go_with_it() -> None:
    """A box of links under the article with a label of its own (a paragraph, not a heading: no
    rule knows its words) and a second label between its teasers: both go with the run, and the
    short line that closes the page under the last teaser is not the run's."""
    blocks = [*BODY,
              _prose("Elsewhere on the quays"),
              _teaser("Ferry fares to rise in the autumn", "/2024/04/30/world/ferry-fares.html"),
              _teaser("Why the harbour needs dredging again", "/2024/04/28/world/harbour-dredging.html"),
              Block(kind="h3", text="Picked by the night desk"),
              _teaser("A crane driver's forty years above the docks", "/2024/04/20/world/crane-driver.html"),
              _prose("Filed from the harbour office")]
    found = related_blocks(blocks, [b.text for b in blocks], [False] * len(blocks), PAGE)
    assert found == dict.fromkeys((3, 4, 5, 6, 7), CLOSING_RUN)


def test_a_short_sentence_over_the_run_and_a_label_over_one_teaser_stay() -> None:
    """What ends as a sentence over the run is the article's closing line, however short; a label
    over a single teaser is no run's label (one teaser after the body makes no run)."""
    closing = _prose("The port reopens on Monday.")
    run = [_teaser("Ferry fares to rise in the autumn", "/2024/04/30/world/ferry-fares.html"),
           _teaser("Why the harbour needs dredging again", "/2024/04/28/world/harbour-dredging.html")]
    blocks = [*BODY, closing, *run]
    assert related_blocks(blocks, [b.text for b in blocks], [False] * len(blocks), PAGE) == {4: CLOSING_RUN,
                                                                                             5: CLOSING_RUN}
    one = _teaser("Ferry fares to rise in the autumn", "/2024/04/30/world/ferry-fares.html",
                  ", the operator says, as its fuel costs have doubled.", kind="p")
    blocks = [*BODY, _prose("Elsewhere on the quays"), one]
    assert related_blocks(blocks, [b.text for b in blocks], [False] * len(blocks), PAGE) == {}


def test_one_paragraph_linking_a_story_after_the_body_stays() -> None:
    """One teaser-shaped paragraph after the body is no run, and it is a sentence, not mostly link."""
    last = _prose("How the port strike was settled is told in our timeline of the talks, day by day.",
                  [Link("How the port strike was settled", SITE + "/2024/05/01/port-talks.html")])
    blocks = [*BODY, last]
    assert related_blocks(blocks, [b.text for b in blocks], [False] * len(blocks), PAGE) == {}


def test_a_teaser_on_its_own_amid_the_body() -> None:
    headline = "Ferry fares to rise in the autumn"
    read_also = _prose(f"Read also: {headline}", [Link(headline, SITE + "/2024/04/30/world/ferry-fares.html")])
    blocks = [BODY[0], read_also, *BODY[1:]]
    assert related_blocks(blocks, [b.text for b in blocks], [False] * len(blocks), PAGE) == {1: ON_ITS_OWN}
    # a linked heading amid the article heads a section of a list article: it stays
    section = Block(kind="h3", text="19) Ingrid Goes West", links=[
        Link("19) Ingrid Goes West", SITE + "/2017/8/8/16107088/ingrid-goes-west-review")], link_chars=20)
    blocks = [BODY[0], section, *BODY[1:]]
    assert related_blocks(blocks, [b.text for b in blocks], [False] * len(blocks), PAGE) == {}


def test_a_label_then_only_its_link_stands_alone_though_it_ends_as_a_sentence() -> None:
    """"<label>: <headline link>!" amid the body: the label lowers its link share under
    `SOLO_LINK_SHARE` and the "!" or "." makes it a sentence, yet all it says after the label is the link."""
    for label, headline, end in (("Pro tip: ", "Get more pre-race meal ideas here", "!"),
                                 ("Lesen Sie auch: ", "Warum der Hafen wieder gebaggert wird", "."),
                                 ("関連記事：", "港のストライキが終わった理由とその影響", "。")):
        block = _prose(f"{label}{headline}{end}", [Link(headline, SITE + "/2024/04/28/world/harbour-dredging.html")])
        assert block.link_density < 0.8
        blocks = [BODY[0], block, *BODY[1:]]
        assert related_blocks(blocks, [b.text for b in blocks], [False] * len(blocks), PAGE) == {1: ON_ITS_OWN}


def test_a_label_then_a_link_and_more_words_or_a_link_ending_a_sentence_stays() -> None:
    headline = "Why the harbour needs dredging again"
    url = SITE + "/2024/04/28/world/harbour-dredging.html"
    more = _prose(f"Background: {headline} was the question the council put to engineers last spring.",
                  [Link(headline, url)])
    # no label: a short sentence whose end links a story (a question to the reader) is the article's
    unlabelled = _prose(f"Does the port still need it? {headline}.", [Link(headline, url)])
    # the label is too long to be one: a sentence with a colon
    long_label = _prose(f"The council asked its engineers one question last spring: {headline}.",
                        [Link(headline, url)])
    for block in (more, unlabelled, long_label):
        blocks = [BODY[0], block, *BODY[1:]]
        assert related_blocks(blocks, [b.text for b in blocks], [False] * len(blocks), PAGE) == {}, block.text


def _promo(text: str, link: str, url: str = "https://go.example.org/x1") -> Block:
    return _prose(text, [Link(link, url)])


def test_a_labelled_promotion_closed_by_its_one_link_goes_wherever_the_link_points() -> None:
    """"<label>: <blurb>, <call link>.": the link is the last words and names nothing, so the
    shape holds for a series page, a shop or a short link of another host, and with no page URL."""
    for block in (_promo("Harbour Nights: our podcast on the people who work the docks after dark. Listen here.",
                         "here", SITE + "/podcasts/harbour-nights/"),
                  _promo("Also from us: The Tide Tables, a novel by Ann Reed, on sale here.", "here"),
                  _promo("Hafenbuch: Die Geschichte des Hafens in Bildern, jetzt bestellen. Hier entlang!",
                         "Hier entlang")):
        assert is_promo(block, block.text), block.text
        blocks = [*BODY, block]
        assert related_blocks(blocks, [b.text for b in blocks], [False] * len(blocks), None) == {3: PROMO}
    heading = Block(kind="h3", text="Read Next: the tide tables, in a novel, available here.",
                    links=[Link("here", "https://go.example.org/x1")], link_chars=4)
    assert is_promo(heading, heading.text)


def test_a_promotion_needs_a_label_a_blurb_and_one_closing_link_that_names_nothing() -> None:
    for block in (
        # article prose ending on a link: no label
        _promo("The full ruling of the port tribunal, all forty pages of it, can be read here.", "here"),
        # a label and its link, no blurb (a wiki's hatnote, a photo credit)
        _promo("Main article: Harbour", "Harbour"),
        _promo("Photo: Reuters", "Reuters"),
        # the closing link names a service, a handle, an address or a number
        _promo("Harbour Nights: the people who work the docks after dark, streaming on Harbourflix.", "Harbourflix"),
        _promo("Account: the harbour master posts daily at @harbourmaster", "@harbourmaster"),
        _promo("More info: the port's own page on the strike is at port.example", "port.example"),
        _promo("Listen: the docks after dark, episode 12", "episode 12"),
        # the link is not the closing words, or is long
        _promo("Harbour Nights: listen here to our podcast on the people of the docks.", "here"),
        _promo("Harbour Nights: our podcast on the docks. Listen to every episode on our site.",
               "every episode on our site"),
    ):
        assert not is_promo(block, block.text), block.text
    two_links = _prose("Star Wars: The Last Jedi is streaming now and on sale at the harbour shop.",
                       [Link("streaming", "https://a.example/1"), Link("harbour shop", "https://b.example/2")])
    assert not is_promo(two_links, two_links.text)


def test_an_editors_note_closed_by_a_link_stays() -> None:
    note = _promo("Update: the port authority has published the new contract in full. Read it here.", "here")
    assert is_promo(note, note.text)  # the shape alone would take it: the pass keeps editor's notes
    result = remove_boilerplate([*BODY, note], (), metadata=Metadata(url=PAGE))
    assert note.text in [block.text for block in result.kept]
    promo = _promo("Harbour Nights: stories of the people who work the docks after dark. Find them here.", "here")
    result = remove_boilerplate([*BODY, promo], (), metadata=Metadata(url=PAGE))
    assert [r.rule for r in result.removed] == [f"{RELATED_RULE}-{PROMO}"]


def test_no_page_url_no_site_nothing_found() -> None:
    blocks = [*BODY, _teaser("Ferry fares to rise in the autumn", "/2024/04/30/world/ferry-fares.html"),
              _teaser("Why the harbour needs dredging again", "/2024/04/28/world/harbour-dredging.html")]
    assert related_blocks(blocks, [b.text for b in blocks], [False] * len(blocks), None) == {}


# ------------------------------------------------------------------ real pages (../shared)

def _meta_page(shared: Path, dataset: str, doc: str, keep_all: bool = True) -> newsgrab.Article:
    """A page of ../shared/bench/meta; `keep_all`: the pass removes nothing (its blocks, for a run
    of the pass with no rule loaded)."""
    truth = json.loads((shared / "bench" / "meta" / dataset / "truth.json").read_text(encoding="utf-8"))
    item = next(entry for entry in truth if entry["id"] == doc)
    raw = gzip.decompress((shared / "bench" / "meta" / dataset / item["file"]).read_bytes())
    options = Options(keep=frozenset({"all"})) if keep_all else Options()
    return newsgrab.extract(raw, url=item.get("url"), options=options)


def _related_rules(article: newsgrab.Article) -> list[str]:
    """The related rules that fire on the page with no rule loaded: what a publisher nobody wrote a
    rule for gets (some of these blocks a phrase rule also takes, first, when the rules are on)."""
    result = remove_boilerplate([block for block, _ in article.timeline], (), frozenset(), article)
    return [r.rule for r in result.removed if r.rule.startswith(RELATED_RULE + "-")]


def _shapes(article: newsgrab.Article) -> list[str]:
    """The shapes `related_blocks` finds on the page's blocks, asked alone (no block removed before)."""
    blocks = [block for block, _ in article.timeline]
    return list(related_blocks(blocks, [b.text for b in blocks], [False] * len(blocks), article.url).values())


@pytest.mark.parametrize(("dataset", "doc", "shape", "at_least"), [
    ("metascraper", "nytimes__nytimes_article", CLOSING_RUN, 6),  # a lifestyle section's closing bullets
    ("postlight", "phpspot.org", CLOSING_RUN, 10),                # the blog's recent entries, all links
    ("postlight", "phpspot.org", ON_ITS_OWN, 2),                  # previous / next article lines
    ("metascraper", "cnet", ON_ITS_OWN, 1),                       # "Read: <the Spanish edition>"
])
def test_real_pages_where_it_fires(shared: Path, dataset: str, doc: str, shape: str, at_least: int) -> None:
    assert _shapes(_meta_page(shared, dataset, doc)).count(shape) >= at_least


def test_real_pages_where_the_run_takes_its_labels(shared: Path) -> None:
    """Two tune-half sites, asked alone (no rule before it): a lifestyle section's two headings, one
    over its closing bullets and one amid them, and a blog's heading over its recent entries go with
    the run they name; none of them is a link."""
    for dataset, doc, headings in (("metascraper", "nytimes__nytimes_article", 2), ("postlight", "phpspot.org", 1)):
        article = _meta_page(shared, dataset, doc)
        blocks = [block for block, _ in article.timeline]
        found = related_blocks(blocks, [b.text for b in blocks], [False] * len(blocks), article.url)
        assert sum(blocks[i].kind in ("h2", "h3") and not blocks[i].links for i in found) == headings


def test_real_page_where_a_label_then_its_link_stands_alone(shared: Path) -> None:
    """A meal-plan post's "Pro tip: <link to another post>!" lines amid the plan (ScrapingHub, tune
    half): two of them are the label and the link alone; the third goes on in words of its own."""
    key = "5f03fc173ebc6abdfae50b96ce0b05a6137b7d3f2ef379be35a9bb8ca9f49e87"
    root = shared / "bench" / "scrapinghub"
    url = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))[key]["url"]
    raw = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
    article = newsgrab.extract(raw, url=url, options=Options(keep=frozenset({"all"})))
    assert _shapes(article).count(ON_ITS_OWN) == 2


def test_real_page_where_the_pass_removes_the_run(shared: Path) -> None:
    """In the pass with no rule loaded, the closing run goes as related reading; so with the rules."""
    whole = _meta_page(shared, "metascraper", "nytimes__nytimes_article")
    assert _related_rules(whole).count(f"{RELATED_RULE}-{CLOSING_RUN}") >= 6
    result = remove_boilerplate([block for block, _ in whole.timeline], (), frozenset(), whole)
    run = [r.text for r in result.removed if r.rule == f"{RELATED_RULE}-{CLOSING_RUN}"]
    article = _meta_page(shared, "metascraper", "nytimes__nytimes_article", keep_all=False)
    assert run and not any(text in article.body for text in run)  # the run's headlines are gone


def test_real_page_where_it_must_not_fire(shared: Path) -> None:
    """Wikipedia's discography: a list of linked album titles is the article's body."""
    assert _shapes(_meta_page(shared, "metascraper", "wikipedia")) == []
    article = _meta_page(shared, "metascraper", "wikipedia", keep_all=False)
    assert not _related_rules(article)
    assert "Under the Red Sky (1990)" in article.body


def _readability_page(shared: Path, name: str) -> newsgrab.Article:
    raw = (shared / "bench" / "readability" / "pages" / name / "source.html").read_bytes()
    return newsgrab.extract(raw, url="http://fakehost/test/page.html", options=Options(keep=frozenset({"all"})))


def test_real_pages_where_a_promotion_goes(shared: Path) -> None:
    """Two tune-half sites: a tech site's two promotions of its series under the article (the series'
    name as the label, a line on it, a one-word link), a blog's heading that promotes a book."""
    assert _shapes(_readability_page(shared, "cnet")).count(PROMO) == 2
    assert _shapes(_meta_page(shared, "postlight", "thoughtcatalog.com")).count(PROMO) == 1


def test_real_page_where_a_promotion_must_not_be_found(shared: Path) -> None:
    """An encyclopedia's "Main article: <title>" lines (a label and its link, no blurb) are its body."""
    article = _readability_page(shared, "wikipedia")
    assert any(block.text.startswith("Main article:") for block, _ in article.timeline)
    assert PROMO not in _shapes(article)
