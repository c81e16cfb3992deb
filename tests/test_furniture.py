"""Page furniture by shape (newsgrab/clean/furniture.py): a breadcrumb trail over the article goes,
the same shape amid the article (a how-to's path through a menu), in code or in a title stays, and a
page with many trails keeps them (its content lists paths). A short block giving an address at the
page's own site goes as a contact line; another site's address, a package version, a long paragraph
or an editor's note stays. A label ending in a colon that closes the page goes (its box went before
the pass); one with something after it, a sentence or a long line stays."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import newsgrab
from newsgrab.clean.boilerplate import remove_boilerplate
from newsgrab.clean.furniture import (
    BREADCRUMB,
    ORPHAN_LABEL,
    OWN_ADDRESS,
    furniture_blocks,
    gives_own_address,
    is_breadcrumb,
    is_orphan_label,
)
from newsgrab.model import Block, Link, Metadata
from newsgrab.options import Options

PAGE = "https://www.harbour-example.org/events/2019/forum-kansai.html"


def _linked(text: str, linked: list[str]) -> Block:
    links = [Link(part, f"https://www.harbour-example.org/{i}") for i, part in enumerate(linked)]
    return Block(kind="p", text=text, links=links, link_chars=sum(len(part) for part in linked))


def _prose(text: str) -> Block:
    return Block(kind="p", text=text)


BODY = [
    _prose("The harbour forum met in Kansai this year, and more than four hundred engineers came to it."),
    _prose("Speakers from the port authority described how the new quay cranes are scheduled overnight."),
    _prose("The next forum will be held in the spring, the organisers said, in a city still to be chosen."),
]
TRAIL = _linked("Home > Events > Forum 2019 > Kansai", ["Home", "Events", "Forum 2019"])


def test_a_linked_trail_is_a_breadcrumb() -> None:
    assert is_breadcrumb(TRAIL, TRAIL.text)
    full_width = _linked("HOME ＞ イベント情報 ＞ 関西フォーラム", ["HOME", "イベント情報"])
    assert is_breadcrumb(full_width, full_width.text)


@pytest.mark.parametrize("block", [
    _prose("Open Settings > Privacy > Camera and switch the app off."),  # a sentence: its crumbs are not short labels
    _prose("$ echo 'fix' >> file1 > out > log"),  # shell code doubles the mark
    _prose("<숨바꼭질> 시청률 > <그녀말> > 주말극"),  # a title bracketed
    _prose("Home > Events"),  # two crumbs are no trail
    _linked("Home > Events > Forum 2019 > Kansai", ["Kansai"]),  # in HTML a trail's crumbs are links
])
def test_not_a_breadcrumb(block: Block) -> None:
    assert not is_breadcrumb(block, block.text)


def test_the_trail_over_the_article_goes() -> None:
    result = remove_boilerplate([TRAIL, *BODY], (), metadata=Metadata(url=PAGE))
    assert [removal.rule for removal in result.removed] == [BREADCRUMB[0]]
    assert result.removed[0].category == "navigation"
    assert result.kept == BODY


def test_a_trail_amid_the_article_stays() -> None:
    """A menu path without a sentence of its own, but below the article's first paragraph."""
    path = _prose("Settings > Privacy > Camera")
    blocks = [BODY[0], path, *BODY[1:]]
    assert furniture_blocks(blocks, [b.text for b in blocks], first_body=0) == {}
    assert remove_boilerplate(blocks, (), metadata=Metadata(url=PAGE)).kept == blocks


def test_a_page_of_trails_keeps_them() -> None:
    """Three trail-shaped blocks: the page's content lists paths (a site map, a how-to's menus)."""
    paths = [_prose(f"Settings > Privacy > {name}") for name in ("Camera", "Microphone", "Location")]
    blocks = [*paths, *BODY]
    assert furniture_blocks(blocks, [b.text for b in blocks], first_body=3) == {}
    assert furniture_blocks(blocks[2:], [b.text for b in blocks[2:]], first_body=1) == {0: BREADCRUMB}


def test_no_breadcrumb_on_a_page_without_a_body() -> None:
    """Without a body span the footer sweep would take all that follows the trail."""
    blocks = [TRAIL, _prose("Kansai"), _prose("Photos"), _prose("Programme")]
    assert remove_boilerplate(blocks, (), metadata=Metadata(url=PAGE)).removed == []


SITE = "harbour-example.org"


@pytest.mark.parametrize("text", [
    "Got a tip about the port's new cranes? Write to the reporter at jane_roe@harbour-example.org.",
    "Qu'avons-nous oublié ? Écrivez-moi à j.roe@harbour-example.org et dites-le-moi !",
    "(Jane Roe/jroe@news.harbour-example.org)",  # a host under the site
])
def test_an_address_at_the_pages_own_site_is_a_contact_line(text: str) -> None:
    assert gives_own_address(text, SITE)
    blocks = [BODY[0], _prose(text), *BODY[1:]]  # amid the article, where the score reads no short block
    assert furniture_blocks(blocks, [b.text for b in blocks], 0, SITE) == {1: OWN_ADDRESS}


def test_the_pass_removes_a_contact_line_amid_the_article_that_the_score_keeps() -> None:
    line = _prose("Is the crane story wrong? The reporter is at jane_roe@harbour-example.org.")
    blocks = [BODY[0], line, *BODY[1:]]
    result = remove_boilerplate(blocks, (), metadata=Metadata(url=PAGE))
    assert [r.rule for r in result.removed] == [OWN_ADDRESS[0]]
    other_site = remove_boilerplate(blocks, (), metadata=Metadata(url="https://www.other-example.org/a/b-c-d.html"))
    assert line.text in [b.text for b in other_site.kept]


@pytest.mark.parametrize("text", [
    # another site's address: what the article is about (a scam's sender, a press office)
    "Did you get a message from refunds@harbour-example-tax.com? The port authority says it is a scam.",
    "The company did not answer e-mails sent to press@cranes.example.",
    # not an address: a package version
    "npm install quay-crane@3.0.0 --save-dev",
    # a long paragraph that ends on the address is the article's
    "The harbour forum met in Kansai this year, and more than four hundred engineers came to it. " * 5
    + "Questions went to forum@harbour-example.org.",
    # a handle, no address
    "Follow the writer @harbour-example.org on every network.",
])
def test_not_a_contact_line(text: str) -> None:
    assert not gives_own_address(text, SITE)


def test_an_address_in_the_head_or_an_editors_note_stays() -> None:
    byline = _prose("By Jane Roe, jroe@harbour-example.org")
    blocks = [byline, *BODY]
    assert furniture_blocks(blocks, [b.text for b in blocks], 1, SITE) == {}
    note = _prose("Correction: an earlier version misstated the crane's height. "
                  "Write to corrections@harbour-example.org.")
    assert gives_own_address(note.text, SITE)
    result = remove_boilerplate([BODY[0], note, *BODY[1:]], (), metadata=Metadata(url=PAGE))
    assert note.text in [b.text for b in result.kept]
    assert furniture_blocks([*BODY, note], [b.text for b in [*BODY, note]], 0, "") == {}  # no page URL


@pytest.mark.parametrize("text", ["More on the port:", "Weiterlesen zum Hafen:", "港湾の関連記事：", "Tagged under:"])
def test_a_label_closing_the_page_is_left_from_its_box(text: str) -> None:
    label = Block(kind="li", text=text)
    assert is_orphan_label(label, text)
    blocks = [*BODY, label]
    assert furniture_blocks(blocks, [b.text for b in blocks], 0) == {3: ORPHAN_LABEL}
    result = remove_boilerplate(blocks, (), metadata=Metadata(url=PAGE))
    assert result.kept == BODY and [r.rule for r in result.removed] == [ORPHAN_LABEL[0]]


def test_a_label_with_something_after_it_or_a_sentence_stays() -> None:
    """A label over the gallery it introduces (the media block is still there), a closing sentence
    that ends on a colon's worth of words, a long line, a linked label, one in the page's head."""
    gallery = [*BODY, _prose("Photos from the quay:"), Block(kind="media", text="")]
    assert furniture_blocks(gallery, [b.text for b in gallery], 0) == {}
    for text in ("The crane is back. Read on:", "Here is what the port authority's chair told the forum:"):
        blocks = [*BODY, _prose(text)]
        assert not is_orphan_label(blocks[-1], text)
        assert furniture_blocks(blocks, [b.text for b in blocks], 0) == {}
    linked = _linked("Forum programme:", ["Forum programme"])
    assert not is_orphan_label(linked, linked.text)
    head = [_prose("Kansai:")]
    assert furniture_blocks(head, ["Kansai:"], 0) == {}  # the page's only block: no article before it


# ------------------------------------------------------------------ real pages (../shared)

def _rules(article: newsgrab.Article) -> list[tuple[str, str]]:
    return [(removal.rule, block.text) for block, removal in article.timeline if removal is not None]


def test_real_pages_where_the_own_address_goes(shared: Path) -> None:
    """Tune half, two sites: a magazine's box amid the article asking readers to write to the
    reporter at the magazine's domain, a newspaper columnist's request for mail under the column."""
    key = "d48aeb9cf2f2ff15769a57513249b4a6a669159f3e50b335e741d4206a824e88"
    root = shared / "bench" / "scrapinghub"
    url = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))[key]["url"]
    article = newsgrab.extract(gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes()), url=url)
    assert [rule for rule, _ in _rules(article)].count(OWN_ADDRESS[0]) == 1
    truth = json.loads((shared / "bench" / "meta" / "metascraper" / "truth.json").read_text(encoding="utf-8"))
    item = next(entry for entry in truth if entry["id"] == "nytimes__nytimes_article")
    raw = gzip.decompress((shared / "bench" / "meta" / "metascraper" / item["file"]).read_bytes())
    article = newsgrab.extract(raw, url=item.get("url"))
    assert [rule for rule, _ in _rules(article)].count(OWN_ADDRESS[0]) == 1


def test_real_page_where_it_must_not_fire(shared: Path) -> None:
    """A build how-to's install commands (a package name, "@", a version) are its body."""
    truth = json.loads((shared / "bench" / "meta" / "metascraper" / "truth.json").read_text(encoding="utf-8"))
    item = next(entry for entry in truth if entry["id"] == "medium")
    raw = gzip.decompress((shared / "bench" / "meta" / "metascraper" / item["file"]).read_bytes())
    article = newsgrab.extract(raw, url=item.get("url"))
    assert any("@3.0.0" in block.text for block, removal in article.timeline if removal is None)
    assert OWN_ADDRESS[0] not in [rule for rule, _ in _rules(article)]


def test_real_pages_where_an_orphan_label_goes(shared: Path) -> None:
    """Tune half, three sites, each page's last block a label whose list of links went as chrome:
    a newspaper's tag box label (Readability test page), a tech site's and a morning show's labels
    over their pruned related boxes (the notice score takes the last two first when the rules are on)."""
    raw = (shared / "bench" / "readability" / "pages" / "bug-1255978" / "source.html").read_bytes()
    article = newsgrab.extract(raw, url="http://fakehost/test/page.html")
    assert [rule for rule, _ in _rules(article)].count(ORPHAN_LABEL[0]) == 1
    truth = {name: json.loads((shared / "bench" / "meta" / name / "truth.json").read_text(encoding="utf-8"))
             for name in ("metascraper", "postlight")}
    for dataset, doc in (("metascraper", "zdnet"), ("postlight", "www.today.com")):
        item = next(entry for entry in truth[dataset] if entry["id"] == doc)
        raw = gzip.decompress((shared / "bench" / "meta" / dataset / item["file"]).read_bytes())
        blocks = [block for block, _ in newsgrab.extract(raw, url=item.get("url"),
                                                         options=Options(keep=frozenset({"all"}))).timeline]
        assert furniture_blocks(blocks, [b.text for b in blocks], 1)[len(blocks) - 1] == ORPHAN_LABEL


def test_real_page_where_an_orphan_label_must_not_go(shared: Path) -> None:
    """Tune half: a news site's label over the photos that close its story stays with them (the
    media blocks after it)."""
    key = "34a7328535ad4e60b059f81d37eec5d25c2bc8de"
    root = shared / "bench" / "scrapinghub"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    key = next(name for name in truth if name.startswith(key))
    raw = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
    article = newsgrab.extract(raw, url=truth[key]["url"], options=Options(keep=frozenset({"all"})))
    blocks = [block for block, _ in article.timeline]
    last_text = max(i for i, block in enumerate(blocks) if block.text)
    assert blocks[last_text].text.rstrip().endswith(":") and blocks[-1].kind == "media"
    assert ORPHAN_LABEL not in furniture_blocks(blocks, [b.text for b in blocks], 1).values()
