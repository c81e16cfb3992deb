"""A teaser card whose link wraps its block (`<a href><div><h3>headline</h3></div></a>`, written with
indented markup): the headline block carries the link (newsgrab/html/blocks.py), so the related-links
reader sees a teaser as it does when the link sits inside the heading; a card whose blocks all went
lends its link to no block after it, and a list article's item heading wrapped so still heads its prose."""

from __future__ import annotations

import newsgrab

SITE = "https://www.quayside-gazette.example"
PROSE = ("The lighthouse keeper retired on Monday after forty years on the rock, and the council said "
         "her successor will run the light from the harbour office in town from the first of June. "
         "Visitors may climb the tower on weekends once the new railing is finished.")
BODY = "".join(f"<p>{PROSE} ({n})</p>\n" for n in range(4))
HEADLINES = ["Harbour fees rise for the summer season", "New ferry route to the islands opens"]


def _card(n: int, headline: str, blurb: str = "") -> str:
    return (f'<a href="{SITE}/2026/04/2{n}/story-number-{n}-of-the-week">\n  <div>\n    <h3>{headline}</h3>\n'
            f"{blurb}  </div>\n</a>\n")


def _page(inner: str) -> str:
    return f"<html><body><article>\n<h1>Keeper retires</h1>\n{inner}</article></body></html>"


def test_a_card_links_its_headline_and_the_teasers_go() -> None:
    """The headline of each card is a short line all link: the HTML stage drops it as it drops a
    heading that holds its link, and the article's paragraphs stay."""
    cards = "".join(_card(n, h) for n, h in enumerate(HEADLINES))
    article = newsgrab.extract(_page(BODY + f"<section>\n{cards}</section>\n"), url=f"{SITE}/2026/05/02/keeper")
    assert not any(h in article.body for h in HEADLINES)
    assert article.body.count(PROSE) == 4


def test_a_teaser_whose_link_wraps_its_paragraph_goes_amid_the_body() -> None:
    """"Ferries: <headline>" set between two paragraphs, its link wrapping the paragraph's box: the
    block carries the link (all of it is link) and goes as the short link line it is (without the
    link it read as a paragraph of the article); the paragraphs stay."""
    teaser = (f'<a href="{SITE}/2026/04/20/harbour-fees-rise-for-the-summer">\n  <div>\n'
              f"    <p>Ferries: {HEADLINES[0]}</p>\n  </div>\n</a>\n")
    half = BODY.count("</p>") // 2
    parts = BODY.split("</p>\n")
    page = _page("</p>\n".join(parts[:half]) + "</p>\n" + teaser + "</p>\n".join(parts[half:]))
    article = newsgrab.extract(page, url=f"{SITE}/2026/05/02/keeper")
    assert HEADLINES[0] not in article.body
    assert article.body.count(PROSE) == 4


def test_a_card_whose_blocks_all_went_links_no_paragraph_after_it() -> None:
    empty_card = f'<a href="{SITE}/2026/04/20/an-empty-card-of-the-week">\n  <div>\n    <p> </p>\n  </div>\n</a>\n'
    article = newsgrab.extract(_page(empty_card + BODY), url=f"{SITE}/2026/05/02/keeper")
    assert all(not b.links for b, _ in article.timeline if PROSE in b.text)
    assert article.body.count(PROSE) == 4


def test_a_list_articles_heading_wrapped_in_its_link_still_heads_its_prose() -> None:
    items = "".join(_card(n, f"{n + 1}) {h}") + f"<p>{PROSE}</p>\n" for n, h in enumerate(HEADLINES))
    article = newsgrab.extract(_page(BODY + items), url=f"{SITE}/2026/05/02/keeper")
    assert all(f"{n + 1}) {h}" in article.body for n, h in enumerate(HEADLINES))
    assert not [r for r in article.removed if r.category == "related"]
