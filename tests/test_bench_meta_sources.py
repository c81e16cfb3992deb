"""bench/meta_sources.py: each tune miss beside its page's own sources; holdout pages never opened."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import lxml.html
import pytest

from bench.meta_sources import agreeing, author_sources, main, title_sources
from bench.splits import HOLDOUT, TUNE, half_of

_PAGE = """<html><head><title>Harbour ferry fares rise again | Coastline Daily</title>
<meta property="og:title" content="Harbour ferry fares rise again">
<meta name="twitter:title" content="Harbour ferry fares rise again">
<meta name="author" content="Coastline Media Group">
<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "headline": "Ferry fares up 8%",
 "author": [{"@type": "Person", "name": "Mara Quill"}]}]}</script></head>
<body><h1>Harbour ferry fares rise for the third year</h1>
<p class="byline">By <a rel="author" href="/author/mara-quill/">Mara Quill</a></p></body></html>"""


def test_title_sources_and_who_agrees() -> None:
    sources = title_sources(lxml.html.fromstring(_PAGE))
    assert sources["<title>"] == ["Harbour ferry fares rise again | Coastline Daily"]
    assert sources["json-ld headline"] == ["Ferry fares up 8%"]
    # folded as the benches fold: case and spaces do not matter, a site suffix does
    assert agreeing("title", sources, "harbour  ferry fares rise AGAIN") == ["og:title", "twitter:title"]
    assert agreeing("title", sources, "Harbour ferry fares") == []


def test_author_sources_tell_the_publisher_from_the_byline() -> None:
    sources = author_sources(lxml.html.fromstring(_PAGE))
    assert sources["meta"] == ["author=Coastline Media Group"]
    assert agreeing("authors", sources, ["Mara Quill"]) == ["json-ld author", "rel=author", "/author/ link",
                                                            "byline element"]
    assert agreeing("authors", sources, ["Coastline Media Group"]) == ["meta"]


def _page(host: str) -> dict[str, object]:
    return {"source": "s", "id": host, "truth": {"url": f"https://{host}/a", "title": "Harbour ferry fares rise again"},
            "scores": {"newsgrab": {"title": False}}, "outputs": {"newsgrab": {"title": "Coastline Daily"}}}


def test_only_tune_misses_are_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tune = next(f"site{i}.com" for i in range(40) if half_of(f"site{i}.com") == TUNE)
    held = next(f"site{i}.com" for i in range(40) if half_of(f"site{i}.com") == HOLDOUT)
    (tmp_path / "s" / "pages").mkdir(parents=True)
    (tmp_path / "s" / "pages" / f"{tune}.html.gz").write_bytes(gzip.compress(_PAGE.encode()))
    run = tmp_path / "run.json"  # the holdout page has no file: opening it would raise
    run.write_text(json.dumps({"per_page": [_page(tune), _page(held)]}))
    assert main([str(run), "--field", "title", "--root", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert f"s/{tune}" in out and held not in out
    assert "truth=og:title,twitter:title | ours=none |" in out


def test_a_cdata_wrapped_json_ld_block_is_read() -> None:
    page = """<html><head><script type="application/ld+json">
    <![CDATA[ {"@type": "NewsArticle", "headline": "Night trains return to the coast line"} ]]>
    </script></head><body><h1>Night trains are back</h1></body></html>"""
    assert title_sources(lxml.html.fromstring(page))["json-ld headline"] == ["Night trains return to the coast line"]
    plain = page.replace("<![CDATA[", "").replace("]]>", "")
    assert title_sources(lxml.html.fromstring(plain))["json-ld headline"] == ["Night trains return to the coast line"]
