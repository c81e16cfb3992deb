"""HTML samples: behaviour beyond the body's sentences (links, media, structure).

What each sample's body must keep and lose lives with its golden file, in
tests/golden/<slug>.checks.toml (checked by test_golden.py), one home for sample expectations.
"""

from __future__ import annotations

import tomllib

import newsgrab
from tests.conftest import GOLDEN, SAMPLES


def _extract(slug: str) -> newsgrab.Article:
    checks = tomllib.loads((GOLDEN / f"html-{slug}.checks.toml").read_text(encoding="utf-8"))
    return newsgrab.extract_file(SAMPLES / f"html-{slug}.html", url=checks.get("url"))


def test_links_are_absolute_and_stay_with_their_block() -> None:
    article = _extract("wordpress-share-bar")
    urls = [link.url for link in article.links]
    assert "https://millbrookledger.example/tag/old-mill-bridge/" in urls
    assert not any("share=" in url or url.startswith("#") for url in urls)


def test_gallery_images_stay_as_media_when_captions_go() -> None:
    article = _extract("gallery-captions")
    media = [m.url for m in article.media]
    assert "https://riversidetimes.example/img/festival-03.jpg" in media
    assert "Doris Keane, 81, wins" not in article.body


def test_structure_is_kept_for_markdown() -> None:
    kinds = [(b.kind, b.ordered) for b in _extract("list-heavy").blocks]
    assert ("h2", False) in kinds
    assert ("li", True) in kinds and ("li", False) in kinds
    table = [b for b in _extract("drupal-node").blocks if b.kind == "table"]
    assert table and table[0].text.splitlines()[0] == "Branch | Saturday | Sunday"


def test_amp_media_are_read_and_the_lead_image_above_the_body_is_kept() -> None:
    """<amp-img> is read like <img> (one list of media tags, in newsgrab.media.elements), and a lead
    image standing alone between the headline and the body joins the article as media."""
    media = _extract("amp-article").media
    assert [(m.kind, m.url, m.alt) for m in media] == [
        ("image", "https://www.coastalherald.example/img/heat-1200.jpg", "Beachgoers at Port Ellis")
    ]
