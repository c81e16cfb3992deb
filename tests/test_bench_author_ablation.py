"""bench/author_ablation.py: what the ablation takes out of a page, and what it leaves."""

from __future__ import annotations

from bench.author_ablation import ablate, meta_names

_PAGE = (
    '<html><head><title>Ferry fares rise</title><meta name="author" content="Mia Tran">'
    '<meta property="article:author" content="https://lakeside.example/mia">'
    '<meta name="twitter:creator" content="@miatran"><meta name="description" content="Fares up again">'
    '<meta property="og:site_name" content="Lakeside Post">'
    '<script type="application/ld+json">{"author": {"@type": "Person", "name": "Mia Tran"}}</script>'
    "</head><body><h1>Ferry fares rise</h1><p class='byline author-name' itemprop='author'>"
    "By <a rel='author' href='/author/mia-tran'>Mia Tran</a></p><p>Körper.</p></body></html>"
)


def test_ablate_drops_structured_authors_and_byline_markup_words() -> None:
    out = ablate(_PAGE.encode("utf-8"))
    assert "ld+json" not in out and 'name="author"' not in out and "article:author" not in out
    assert "twitter:creator" not in out
    assert "byline" not in out and "author-name" not in out and 'itemprop="author"' not in out
    assert 'rel="author"' not in out


def test_ablate_keeps_the_visible_byline_its_link_and_other_metadata() -> None:
    out = ablate(_PAGE.encode("utf-8"))
    assert "By <a" in out and 'href="/author/mia-tran"' in out and ">Mia Tran</a>" in out
    assert "og:site_name" in out and 'name="description"' in out and "Körper." in out


def test_meta_names_folds_as_metabench_does() -> None:
    assert meta_names("By Mia Tran and Raul Ortiz") == {"mia tran", "raul ortiz"}
    assert meta_names(["Mia  Tran.", "(Raul Ortiz)"]) == {"mia tran", "raul ortiz"}
    assert meta_names(None) == frozenset()
