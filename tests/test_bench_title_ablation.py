"""bench/title_ablation.py: what each ablation takes out of a page, and what it leaves."""

from __future__ import annotations

from bench.title_ablation import MODES, fold, no_structured, no_title_tag

_PAGE = (
    '<html><head><title>Ferry fares rise | Lakeside Post</title>'
    '<meta property="og:title" content="Ferry fares rise"><meta name="twitter:title" content="Fares up">'
    '<meta property="og:site_name" content="Lakeside Post">'
    '<script type="application/ld+json">{"headline": "Ferry fares rise"}</script>'
    "</head><body><h1>Ferry fares rise again</h1><p>Body.</p></body></html>"
)


def test_no_structured_drops_json_ld_and_title_meta_but_keeps_the_site_name_and_title() -> None:
    out = no_structured(_PAGE)
    assert "ld+json" not in out and "og:title" not in out and "twitter:title" not in out
    assert 'content="Lakeside Post"' in out and "<title>Ferry fares rise | Lakeside Post</title>" in out
    assert "<h1>Ferry fares rise again</h1>" in out


def test_no_title_tag_drops_only_the_title_element() -> None:
    out = no_title_tag(_PAGE)
    assert "<title>" not in out and "og:title" in out and "ld+json" in out


def test_h1_only_leaves_the_h1_and_the_site_name() -> None:
    out = MODES["h1-only"](_PAGE)
    assert "<title>" not in out and "og:title" not in out and "ld+json" not in out
    assert "<h1>Ferry fares rise again</h1>" in out and "og:site_name" in out


def test_fold_is_metabench_s_title_comparison() -> None:
    assert fold("  Ferry\u00a0Fares   Rise ") == "ferry fares rise"
    assert fold("Cafe\u0301") == fold("Café") and fold(None) == ""
