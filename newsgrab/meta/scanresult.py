"""What the page scan (`pagescan.scan_page`) found: the raw metadata signals of one page, by source.

Kept apart from the scan itself (pagescan.py had grown past 400 lines). Besides the signals it
holds what the readers' helpers read once per page for several readers (`header_sides`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import lxml.html

#: an element of the article header and its text up to the body (`headerzone.header_parts`)
HeaderPart = tuple[lxml.html.HtmlElement, str]


class LazyParts:
    """A walk's parts, read as far as some reader asked and kept: the next reader goes over the kept
    ones and walks on only past them. A reader that stops early (the first picture above the
    headline) leaves the rest unread, as the walk alone would."""

    __slots__ = ("_kept", "_walk")

    def __init__(self, walk: Iterator[HeaderPart]) -> None:
        self._kept: list[HeaderPart] = []
        self._walk: Iterator[HeaderPart] | None = walk

    def __iter__(self) -> Iterator[HeaderPart]:
        index = 0
        while True:
            if index < len(self._kept):
                yield self._kept[index]
                index += 1
                continue
            if self._walk is None:
                return
            part = next(self._walk, None)
            if part is None:
                self._walk = None
                return
            self._kept.append(part)


@dataclass(slots=True)
class TimeHint:
    """A date shown in the page: its raw value, whether it is marked as an update, its source label
    ("time", "dateline") and its place among the page's metadata elements (document order)."""

    value: str
    modified: bool
    label: str
    position: int = 0


@dataclass(slots=True)
class PageScan:
    """Raw metadata signals of one page, by source, before any trust decision."""

    meta: dict[str, list[str]] = field(default_factory=dict)
    jsonld: list[str] = field(default_factory=list)
    canonical: str | None = None
    html_lang: str | None = None
    title_tag: str | None = None
    h1: list[str] = field(default_factory=list)
    #: the first <h1> (the headline) and its place among the metadata elements, for what sits near it
    headline: lxml.html.HtmlElement | None = None
    headline_position: int = -1
    times: list[TimeHint] = field(default_factory=list)
    #: (text, label) of visible byline candidates in document order
    bylines: list[tuple[str, str]] = field(default_factory=list)
    #: the last class-named byline element taken and its index in `bylines`: a next sibling of the same
    #: class is the same byline's next name (`pagescan._take_visible`)
    last_byline: tuple[lxml.html.HtmlElement, int] | None = None
    #: itemprop -> values from body microdata (not <meta> in <head>), for MICRODATA_PROPS only
    microdata: dict[str, list[str]] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    base_href: str | None = None
    #: the href of every <base> that has one, anywhere in the page, in document order (collected by
    #: the same walk: the HTML stage resolves links against the first usable one)
    base_hrefs: list[str] = field(default_factory=list)
    #: with `scan_page(hint_pool=True)`, every element with an itemprop or a class holding one of
    #: HINT_PREFILTER_PIECES (pruning's article-body prefilter), collected by the same walk
    hint_pool: list[lxml.html.HtmlElement] = field(default_factory=list)
    #: with `hint_pool=True`, every element: held so their proxies live on while the content stage
    #: cleans the tree (lxml frees an unreferenced proxy; the prune walk would make them all again)
    elements: list[lxml.html.HtmlElement] = field(default_factory=list)
    #: every element whose class or id names a comment section (`classnames.is_thread_name`), in
    #: document order, head too: the walk reads classes anyway; the thread detector looks under them
    thread_marks: list[lxml.html.HtmlElement] = field(default_factory=list)
    #: the article header's elements and texts per side of the headline (above it or not) and levels
    #: walked, read once for the several readers that ask (`headerzone.header_parts`)
    header_sides: dict[tuple[bool, int], LazyParts] = field(default_factory=dict)


def take_byline(scan: PageScan, el: lxml.html.HtmlElement, text: str) -> None:
    """A class-named byline element's text as a byline candidate of `scan`; the text of a next sibling
    of the same tag and class joins the candidate before it ("<span class=author>Nora Vale</span>,
    <span class=author>Piet Marrow</span>"): a template writes each co-author in an element of their
    own, and the first candidate naming a person is the page's byline (`authors._author_sources`).
    Markup only: a teaser's byline sits in its own card, never beside the story's."""
    last = scan.last_byline
    if last is not None and el.getprevious() is last[0] and last[0].tag == el.tag and (
            last[0].get("class") == el.get("class")):
        index = last[1]
        scan.bylines[index] = (f"{scan.bylines[index][0]}, {text}", "byline")
    else:
        index = len(scan.bylines)
        scan.bylines.append((text, "byline"))
    scan.last_byline = el, index
