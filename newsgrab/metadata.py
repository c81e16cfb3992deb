"""Page metadata from the intact tree (first version: title and canonical URL)."""

from __future__ import annotations

import lxml.html

from newsgrab.model import Metadata
from newsgrab.text import fold_space


def read_metadata(tree: lxml.html.HtmlElement, base_url: str | None = None) -> Metadata:
    """Title, canonical URL and the like, with the source of each recorded in `provenance`."""
    meta = Metadata(url=base_url)
    og = tree.xpath("//meta[@property='og:title']/@content")
    if og:
        meta.title, meta.provenance["title"] = fold_space(str(og[0])), "opengraph"
    else:
        title = tree.findtext(".//title")
        if title:
            meta.title, meta.provenance["title"] = fold_space(title), "title-tag"
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    if canonical:
        meta.url, meta.provenance["url"] = str(canonical[0]), "canonical"
    return meta
