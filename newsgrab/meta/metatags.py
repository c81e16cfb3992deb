"""The page scan's reading of <meta> elements: each content filed under its keys, and the label of
a key's vocabulary ("og:title" is OpenGraph's).

Kept apart from the scan's walk (pagescan.py had grown past 400 lines again); pagescan re-exports
`meta_label` and `MICRODATA_PROPS`, which the readers import from there.
"""

from __future__ import annotations

import lxml.html

from newsgrab.meta.scanresult import PageScan

#: itemprops whose values `PageScan.microdata` keeps: the ones the metadata stage reads (an author
#: itemprop is a byline). Others are not read: an itemprop=articleBody is a whole article, whose
#: folded text nobody reads.
MICRODATA_PROPS = frozenset({"datePublished", "dateModified"})


def meta_label(key: str) -> str:
    """Provenance label of a <meta> key ("og:title" -> "opengraph", "dc.date" -> "dublin-core")."""
    if key.startswith(("og:", "article:", "book:", "profile:")):
        return "opengraph"
    if key.startswith("twitter:"):
        return "twitter"
    if key.startswith(("dc.", "dcterms.")):
        return "dublin-core"
    return "meta"


def take_meta(scan: PageScan, el: lxml.html.HtmlElement) -> None:
    """File a <meta> element's content under each of its keys (and a body <meta itemprop> among the
    microdata values `MICRODATA_PROPS` names)."""
    # the attribute mapping read once: lookups on it cost less than el.get calls, and a page has
    # thirty-odd <meta> elements
    attrs = el.attrib
    content = attrs.get("content")
    if content is None:
        return
    content = content.strip()
    if not content:
        return
    for attr in ("property", "name", "itemprop", "http-equiv"):
        key = attrs.get(attr)
        if key:
            for one in key.lower().split():
                if one.startswith(("dc:", "dcterms:")):
                    one = one.replace(":", ".", 1)  # RDFa "dc:title" and HTML "DC.title" are one key
                scan.meta.setdefault(one, []).append(content)
    itemprop = attrs.get("itemprop")
    if itemprop:
        parent = el.getparent()
        if parent is not None and parent.tag != "head":
            prop = itemprop.strip()
            if prop in MICRODATA_PROPS:
                scan.microdata.setdefault(prop, []).append(content)
