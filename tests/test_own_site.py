"""The page's own site for the same-site link tests (newsgrab/clean/ownsite.py, newsgrab/html/cards.py):
a page read without its URL, on a sister host, or with its links written relative still knows its own
stories' links, and a page whose links spread over other sites, a list article linking its subjects
and a wiki's list of links do not turn into related reading."""

from __future__ import annotations

import lxml.html

import newsgrab
from newsgrab.clean.ownsite import declared_site_name, is_relative, own_site
from newsgrab.clean.related import CLOSING_RUN, related_blocks
from newsgrab.html.cards import is_teaser_card
from newsgrab.model import Block, Link, Metadata

HOST = "https://www.quayside-gazette.example"


def _teaser(headline: str, url: str) -> Block:
    return Block(kind="li", text=headline, links=[Link(headline, url)], link_chars=len(headline))


def _prose(text: str, links: list[Link] | None = None) -> Block:
    links = links or []
    return Block(kind="p", text=text, links=links, link_chars=sum(len(link.text) for link in links))


BODY = [
    _prose("The lighthouse keeper retired on Monday after forty years on the rock, the council said."),
    _prose("Her successor will be the first to run the light remotely from the harbour office in town."),
    _prose("Visitors may climb the tower on weekends from June, when the new railing is finished."),
]
HEADLINES = ["Harbour fees rise for the summer season", "New ferry route to the islands opens",
             "Fishing fleet returns after the storm"]


def _page(urls_of: list[str]) -> list[Block]:
    return [*BODY, *(_teaser(h, u) for h, u in zip(HEADLINES, urls_of, strict=True))]


def _found(blocks: list[Block], page_url: str | None) -> dict[int, str]:
    return related_blocks(blocks, [b.text for b in blocks], [False] * len(blocks), page_url)


def test_relative_links_are_the_pages_own() -> None:
    assert is_relative("/2026/05/02/harbour-fees") and is_relative("story.html") and is_relative("?p=123")
    assert not is_relative("https://www.quayside-gazette.example/a") and not is_relative("//cdn.example/a.js")
    assert not is_relative("mailto:desk@quayside-gazette.example")


def test_without_a_page_url_relative_teasers_after_the_body_are_related() -> None:
    blocks = _page(["/2026/05/01/harbour-fees-rise", "/news/123456/ferry-route", "/?p=48213"])
    found = _found(blocks, None)
    assert [i for i, how in found.items() if how == CLOSING_RUN] == [3, 4, 5]


def test_without_a_page_url_the_host_the_page_links_most_is_its_own_when_its_name_spells_it() -> None:
    blocks = _page([f"{HOST}/2026/05/01/harbour-fees-rise", f"{HOST}/2026/04/30/ferry-route-opens",
                    f"{HOST}/2026/04/29/fleet-returns-after-storm"])
    assert own_site(None, blocks, "The Quayside Gazette") == "quayside-gazette.example"
    found = related_blocks(blocks, [b.text for b in blocks], [False] * len(blocks), None, "Quayside Gazette")
    assert sorted(found) == [3, 4, 5]
    assert own_site(None, blocks) == ""  # no name to check the host against: no site


def test_a_deals_page_read_without_its_url_keeps_its_shops_products() -> None:
    """The host a deals page links most is a shop's, which its own name does not spell: the products
    listed after its opening paragraphs are the article, not related reading."""
    shop = "https://www.bigshop.example"
    products = [Block(kind="p", text=f"{name} for $39.99 (list price $49.99)",
                      links=[Link(name, f"{shop}/{name.replace(' ', '-')}/dp/B0{n}4XY7Z")], link_chars=len(name))
                for n, name in enumerate(("Tide clock with brass bezel", "Waterproof deck shoes for sailing",
                                          "Folding harbour bench with cushion"))]
    blocks = [*BODY, *products]
    assert own_site(None, blocks, "Quayside Gazette") == ""
    assert related_blocks(blocks, [b.text for b in blocks], [False] * len(blocks), None, "Quayside Gazette") == {}


def test_a_sister_host_of_the_page_is_the_same_site() -> None:
    blocks = _page(["https://news.quayside-gazette.example/2026/05/01/harbour-fees-rise",
                    f"{HOST}/2026/04/30/ferry-route-opens", f"{HOST}/2026/04/29/fleet-returns-after-storm"])
    assert sorted(_found(blocks, "https://m.quayside-gazette.example/2026/05/02/lighthouse-keeper")) == [3, 4, 5]


def test_a_roundup_of_other_sites_stories_has_no_own_site_without_a_url() -> None:
    # each teaser on another paper: no host leads, nothing is the page's own
    blocks = _page(["https://www.tidewater-times.example/2026/05/01/harbour-fees-rise",
                    "https://www.saltmarsh-post.example/2026/04/30/ferry-route-opens",
                    "https://www.estuary-daily.example/2026/04/29/fleet-returns-after-storm"])
    assert own_site(None, blocks) == ""
    assert _found(blocks, None) == {}


def test_embedded_posts_of_a_platform_never_stand_for_the_site() -> None:
    posts = [f"https://twitter.com/harbourwatch/status/17{n}0000000000" for n in range(3)]
    assert own_site(None, _page(posts)) == ""


def test_a_body_paragraph_linking_an_earlier_story_stays_without_a_url() -> None:
    earlier = Link("an earlier report", "/2026/03/11/lighthouse-automation-plan")
    blocks = [*BODY, _prose("The plan, first described in an earlier report, was approved in March by the board.",
                            [earlier])]
    assert _found(blocks, None) == {}


def test_a_list_article_linking_its_subjects_and_a_wikis_list_stay() -> None:
    subjects = [Block(kind="li", text=f"{name} — a walk of {km} km along the cliffs, with a café at the end.",
                      links=[Link(name, f"https://{host}/")], link_chars=len(name))
                for name, km, host in (("Gull Point", 6, "gullpoint.example"), ("Seal Cove", 4, "sealcove.example"),
                                       ("Old Mill Bay", 9, "oldmillbay.example"))]
    assert _found([*BODY, *subjects], None) == {}
    wiki = [_teaser(title, f"/wiki/{title.replace(' ', '_')}") for title in
            ("List of lighthouses in Norway", "Lighthouse of Alexandria", "Eddystone Lighthouse history")]
    assert _found([*BODY, *wiki], None) == {}


def test_the_html_stages_card_test_reads_a_sister_host_as_the_site() -> None:
    card = lxml.html.fromstring('<div><h3><a href="https://www.quayside-gazette.example/2026/05/01/harbour-fees">'
                                'Harbour fees rise for the summer</a></h3><p>Berths cost more from June.</p></div>')
    assert is_teaser_card(card, "https://m.quayside-gazette.example/2026/05/02/lighthouse")
    assert not is_teaser_card(card, "https://www.tidewater-times.example/2026/05/02/lighthouse")


def test_a_page_without_its_url_loses_no_related_run() -> None:
    """The whole pass: read without its URL, the page's teasers after the body go as with it."""
    items = "".join(f'<p><a href="{HOST}/2026/04/{20 + n}/story-number-{n}-of-the-week">{h}</a> '
                    "The week in the port, told by our reporters.</p>" for n, h in enumerate(HEADLINES))
    body = "".join(f"<p>{b.text} {b.text}</p>" for b in BODY)
    page = ('<html><head><meta property="og:site_name" content="Quayside Gazette"></head><body><article>'
            f"<h1>Keeper retires</h1>{body}{items}</article></body></html>")
    with_url = newsgrab.extract(page, url=f"{HOST}/2026/05/02/keeper-retires")
    without = newsgrab.extract(page)
    related = [r.text.split(" The week")[0] for r in without.removed if r.category == "related"]
    assert related == [r.text.split(" The week")[0] for r in with_url.removed if r.category == "related"] == HEADLINES
    assert without.body == with_url.body


def test_only_a_site_name_the_markup_declares_confirms_the_links_host() -> None:
    """A text path's site name read off the text's lines counted the links' hosts: no second witness."""
    declared = Metadata(site_name="Quayside Gazette", provenance={"site_name": "opengraph"})
    read_off = Metadata(site_name="Quayside Gazette", provenance={"site_name": "repeated-line"})
    assert declared_site_name(declared) == "Quayside Gazette"
    assert declared_site_name(read_off) is None and declared_site_name(None) is None


def test_two_blogs_on_one_platform_are_two_sites() -> None:
    from newsgrab.clean.related import _same_site

    assert not _same_site("https://bob.blogspot.com/2024/05/the-harbour-walk-in-spring.html", "alice.blogspot.com")
    assert _same_site("https://alice.blogspot.com/2024/05/the-harbour-walk-in-spring.html", "alice.blogspot.com")
