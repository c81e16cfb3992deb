"""One pass over the intact tree for every element that can carry metadata.

A single walk finds <meta>, <link>, ld+json scripts, <title>, <h1>, <time>, microdata `itemprop`,
rel=author/tag links and byline- or date-ish classes (`scanwalk.signals`: a plain `iter` with cheap
tests per element, rather than one XPath with many contains() tests, which lxml evaluates more
slowly); Python then sorts the hits. Nothing is changed in the tree: metadata is read before cleaning.

Visible candidates (bylines, <time>, body microdata) are dropped when they sit in page chrome or in
another story's teaser: an aside/footer/nav, a related/recommended/comments block, or an <article>
other than the one holding the page's <h1>. That is where related-article dates come from.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html
from lxml import etree

from newsgrab.memo import Memo
from newsgrab.meta.classnames import MAX_REMEMBERED_NAMES, name_test, words_test
from newsgrab.meta.dateattrs import carries_datetime, epoch_value
from newsgrab.meta.dates import DATE_PHRASE_RE, may_hold_date, parse_stamp
from newsgrab.meta.elementtext import (
    block_spaced_text,
    has_blocks,
    label_before,
    lead_text,
    short_spaced_text,
    spaced_text,
)
from newsgrab.meta.entry import in_entry, in_header, is_author_markup, only_entry
from newsgrab.meta.lexicon import date_labels
from newsgrab.meta.metatags import MICRODATA_PROPS as MICRODATA_PROPS
from newsgrab.meta.metatags import meta_label as meta_label
from newsgrab.meta.metatags import take_meta
from newsgrab.meta.scanresult import PageScan as PageScan
from newsgrab.meta.scanresult import TimeHint as TimeHint
from newsgrab.meta.scanresult import take_byline
from newsgrab.meta.scanwalk import AUTHOR_CLASS_WORDS, CLASS_FLAGS, ID_FLAGS, SIGNAL, signals
from newsgrab.meta.titles import title_text
from newsgrab.whitespace import fold_space

#: class/id words of containers whose dates and names belong to other stories or to page chrome
_FOREIGN_RE = re.compile(
    r"related|recommend|more-?(?:stories|news|from)|also-?read|read-?next|sidebar|widget|teaser|promo|"
    r"trending|popular|most-?read|comment|footer|newsletter|outbrain|taboola|carousel|rail|"
    r"author-?(?:bio|box|about)|about-?the-?author",
    re.IGNORECASE,
)
_FOREIGN_TAGS = frozenset({"aside", "footer", "nav"})
#: the foreign tags that a template also uses, right beside the headline, for the story's own post meta
#: ("<header><h1>...</h1></header><footer class=meta>By ...</footer>", "<nav class=pst-by>Edited by ...")
POST_META_TAGS = frozenset({"footer", "nav"})
#: ancestors looked at when deciding whether a candidate sits in a foreign container
MAX_CONTEXT_DEPTH = 12
#: the headline's nearest ancestors: an <aside>, <footer> or <nav> whose parent is one of them sits in
#: the article's header (post meta), not in the page's chrome; so does a container named like chrome
#: without a heading (`entry.in_header`)
HEADER_ANCESTORS = 2
#: characters; a byline element longer than this is a paragraph or an author bio, not a byline
MAX_BYLINE_CHARS = 160
#: h1 elements remembered (the first is the headline; more are usually logos or widgets)
MAX_H1 = 3
_BYLINE_CLASS_RE = re.compile(r"byline|author(?!i[tz]|ity)|dateline|writer|contributor|" + AUTHOR_CLASS_WORDS, re.I)
#: `_BYLINE_CLASS_RE` as a test, without IGNORECASE on ASCII names (`classnames.name_test`)
_is_byline_name = name_test(_BYLINE_CLASS_RE)
#: byline candidates by how explicit their markup is: microdata, then rel=author, then class names
BYLINE_RANK = {"microdata": 0, "rel-author": 1, "byline": 2}
#: rel words of the links `_take_visible` reads (a byline, a tag or category)
_VISIBLE_RELS = frozenset({"author", "tag", "category"})
#: a modification label anywhere in an element's classes, itemprop or lead text ("date-updated",
#: "dateModified", "Aktualisiert"): substrings, since class names glue words together
_is_modified_hint = words_test(date_labels().modified)
_IS_FOREIGN_NAME: Final[Memo[str, bool]] = Memo(name_test(_FOREIGN_RE), MAX_REMEMBERED_NAMES)


def is_post_meta(tag: str, level: int) -> bool:
    """Whether a <footer> or <nav> after the headline, beside it or its container `level` up, is the
    story's own post meta (POST_META_TAGS, HEADER_ANCESTORS) rather than the page's chrome."""
    return level < HEADER_ANCESTORS and tag in POST_META_TAGS


def is_chrome(el: lxml.html.HtmlElement) -> bool:
    """Whether `el`'s class or id names page chrome or another story's teaser (related, sidebar, ...)."""
    return _IS_FOREIGN_NAME[_classes(el)]


def _classes(el: lxml.html.HtmlElement) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def _foreign(el: lxml.html.HtmlElement, main_article: lxml.html.HtmlElement | None,
             cache: dict[lxml.html.HtmlElement, bool | None], header: set[lxml.html.HtmlElement]) -> bool:
    """In page chrome or another story's teaser (see module docstring).

    Explicit semantic markup (itemprop, rel=author, <time itemprop>) is believed inside <aside> and
    <footer>, where blogs put their post meta; a related-stories class still rules it out.
    `cache` holds the verdict on class names per ancestor, so siblings do not walk up again; the
    headline's ancestors are in it as None (the climb stops there): a container that holds the
    page's own headline is not another story's, whatever its class says ("withSidebar"). An <aside>,
    <footer> or <nav> right beside the headline (its parent is in `header`, the headline's nearest
    ancestors) is the article's own post meta ("<nav class=byline>", "<footer class=meta>").
    """
    explicit = el.get("itemprop") is not None or "author" in (el.get("rel") or "")
    node = el.getparent()
    depth = 0
    while node is not None and depth < MAX_CONTEXT_DEPTH:
        tag = node.tag
        if tag in _FOREIGN_TAGS and not (explicit and tag != "nav") and node.getparent() not in header:
            return True
        if tag == "article" and main_article is not None and node is not main_article:
            return True
        if node is main_article or tag == "body":
            return False
        verdict = cache.get(node, False)
        if verdict is None:  # holds the headline
            return False
        if verdict is False and node not in cache:
            verdict = cache[node] = _IS_FOREIGN_NAME[_classes(node)] and not in_header(node, header)
        if verdict:
            return True
        node = node.getparent()
        depth += 1
    return False


def _main_article(h1: lxml.html.HtmlElement | None) -> lxml.html.HtmlElement | None:
    node = h1
    while node is not None:
        if node.tag == "article":
            return node
        node = node.getparent()
    return None


def scan_page(tree: lxml.html.HtmlElement, hint_pool: bool = False) -> PageScan:
    """Collect every metadata signal of `tree` (read-only), and the hint pool when asked."""
    scan = PageScan()
    root = tree.getroottree().getroot()
    lang = root.get("lang") or root.get("xml:lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    scan.html_lang = lang.strip() if lang else None
    bases: list[lxml.html.HtmlElement] = []
    elements = list(tree.iter(etree.Element))
    if hint_pool:
        scan.elements = elements
    hits = signals(tree, elements, bases, scan.hint_pool if hint_pool else None, scan.thread_marks)
    cache: dict[lxml.html.HtmlElement, bool | None] = {}
    first_h1 = next((el for el in hits if el.tag == "h1"), None)
    main = _main_article(first_h1)
    header: set[lxml.html.HtmlElement] = set()
    entry: list[lxml.html.HtmlElement | None] = []  # the page's only hAtom entry, once looked up (meta/entry.py)
    if first_h1 is not None:
        scan.headline = first_h1
        ancestors = list(first_h1.iterancestors())
        cache.update(dict.fromkeys(ancestors))
        header.update(a for a in ancestors[:HEADER_ANCESTORS] if a.tag not in ("body", "html"))
    for position, el in enumerate(hits):
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag == "meta":
            take_meta(scan, el)
        elif tag == "link":
            if scan.canonical is None and "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
                scan.canonical = el.get("href", "").strip()
        elif tag == "script":
            if el.text:
                scan.jsonld.append(el.text)
        elif tag == "title":
            parent = el.getparent()
            # a <title> right under <body> is the head's: lxml moves it there when the head holds
            # something only a body may (a stray <div>, text); one deeper is an SVG icon's label
            if scan.title_tag is None and parent is not None and parent.tag in ("head", "html", "body"):
                scan.title_tag = title_text(el.text_content(), raw_markup=True)
        elif tag == "h1":
            if el is first_h1:
                scan.headline_position = position
            text = title_text(el.text_content())
            if text and len(scan.h1) < MAX_H1:
                scan.h1.append(text)
        if tag in ("meta", "link", "script", "title") or not _may_show(el, tag):
            continue
        if _foreign(el, main, cache, header):
            if not is_author_markup(el):
                continue
            if not entry:  # looked up once, and only on a page with author markup in a foreign place
                entry.append(only_entry(elements))
            if entry[0] is None or not in_entry(el, entry[0], _IS_FOREIGN_NAME.__getitem__):
                continue
        _take_visible(scan, el, tag, position)
    scan.bylines.sort(key=lambda pair: BYLINE_RANK[pair[1]])  # stable: document order within a rank
    # the first <base> whose parent is a <head> (what `.//head/base` finds), when it has an href
    base = next((el for el in bases if (parent := el.getparent()) is not None and parent.tag == "head"), None)
    if base is not None and base.get("href"):
        scan.base_href = base.get("href", "").strip()
    scan.base_hrefs = [href for href in (el.get("href") for el in bases) if href is not None]
    return scan


def _may_show(el: lxml.html.HtmlElement, tag: str) -> bool:
    """Whether `_take_visible` could take anything from `el`, asked before `_foreign` climbs its ancestors.

    Most rel links of a page are rel=nofollow/noopener (neither author nor tag) and not named like a
    byline, and some class-named hits are themselves named like page chrome; `_take_visible` ignores
    them, so they need no climb and no text.
    """
    if (el.get("itemprop") or "").strip():
        return True
    if tag == "a":
        if not _VISIBLE_RELS.isdisjoint((el.get("rel") or "").lower().split()):
            return True
        cls, ident = el.get("class"), el.get("id")
        # the verdicts the walk looked up already (`scanwalk.signals`: the link's class and id were read)
        if not ((cls and CLASS_FLAGS[cls] & SIGNAL) or (ident and ID_FLAGS[ident] & SIGNAL)):
            return False
    return not _IS_FOREIGN_NAME[_classes(el)] or carries_datetime(el, tag)


def _take_visible(scan: PageScan, el: lxml.html.HtmlElement, tag: str, position: int) -> None:
    itemprop = (el.get("itemprop") or "").strip()
    timelike = carries_datetime(el, tag)
    if timelike:
        shown = fold_space(el.text_content())
        stamp = el.get("datetime") or (shown if may_hold_date(shown) else epoch_value(el) or shown)
        if stamp:
            hint = f"{_classes(el)} {itemprop} {lead_text(el)}"
            modified = _is_modified_hint(hint)
            scan.times.append(TimeHint(stamp.strip(), modified, "time", position))
    if itemprop:
        for prop in itemprop.split():
            if prop == "author":
                # <meta itemprop="name" content="Ines Caldwell"> inside the author element carries it in
                # content; an author element can hold one itemprop=name per person (each a byline)
                for name in el.findall(".//*[@itemprop='name']") or [el]:
                    value = (name.get("content") if name is not el else None) or short_spaced_text(
                        name, MAX_BYLINE_CHARS)
                    if value:
                        scan.bylines.append((value, "microdata"))
            elif prop in MICRODATA_PROPS:
                value = el.get("content") or el.get("datetime") or el.get("href") or fold_space(el.text_content())
                if value:
                    scan.microdata.setdefault(prop, []).append(value)
        return
    if tag == "a" and not _VISIBLE_RELS.isdisjoint((el.get("rel") or "").lower().split()):
        rel = (el.get("rel") or "").lower().split()
        text = fold_space(el.text_content())
        if "author" in rel and text:
            text = spaced_text(el)
            scan.bylines.append((text, "rel-author"))
        elif ("tag" in rel or "category" in rel) and text and len(text) <= MAX_BYLINE_CHARS:
            scan.tags.append(text)
        return
    if timelike or _IS_FOREIGN_NAME[_classes(el)]:
        return
    text = short_spaced_text(el, MAX_BYLINE_CHARS)
    if not may_hold_date(text) and (epoch := epoch_value(el)):  # "8/17/13 11:04am" over data-publishtime
        scan.times.append(TimeHint(epoch, _is_modified_hint(f"{_classes(el)} {text}"), "timestamp",
                                   position))
    if not text:
        return
    if _is_byline_name(_classes(el)):
        take_byline(scan, el, block_spaced_text(el) if has_blocks(el) else text)
    # <abbr class="published" title="2021-07-09T10:00:00+02:00">July 9</abbr> (hAtom): the title is the date
    value = (el.get("title") or text) if tag == "abbr" else text
    if may_hold_date(value) and (DATE_PHRASE_RE.search(value) or parse_stamp(value)):
        modified = _is_modified_hint(f"{_classes(el)} {text}")
        if not _is_modified_hint(text) and _is_modified_hint(label := label_before(el)):
            value = f"{label} {value}"  # <div>Updated:</div><div>Mar 6, 2018</div>: the dateline is cut by its label
        scan.times.append(TimeHint(value, modified, "dateline", position))
