"""The headline the byline readers stand by: past a banner <h1> that names the site.

The page scan takes the first <h1> as the headline (`pagescan.scan_page`). On some templates the
first <h1> is the site's banner ("<h1><a href=/>POLITICO</a></h1>", "<h1>Engadget</h1>") and the
story's own <h1> comes later; the title reader already passes over it (`titles.headline_h1`), but the
readers that look for a byline by the headline (`headerzone`, `namedate`, `afterheadline`) then
walk the masthead, find no byline there, and the page keeps no author when no markup names one.
Position, markup and self-reference, no words: an <h1> whose whole text is the site's own name (its
metadata or its domain, `titles.site_keys`) or is all a drawing's (the <title> and <desc> of an
<svg> logo: "POLITICO Politico Logo") is the banner, and the first later <h1> that names something
else and is no drawing is the story's headline, as for the title. An <h1> with an icon beside its
words is a headline: only text outside every <svg> counts as shown. Only the author readers get the moved
headline (a copy of the scan): dates and the lead picture keep theirs.

A section's banner is one too: an <h1> all of whose words are the text of links up the site, to its
front page or to a section the page's path runs through ("<h1><a href=/business/monday/>Business
Monday</a></h1>" above the story's <h1> on /business/monday/2016/story.html; a newsletter's or a blog's
name linking home), when a later <h1> follows. Self-reference, no words: a headline linked to its own
page (a permalink, "/?p=123") is no banner, nor is an <h1> with words outside its links.
"""

from __future__ import annotations

from dataclasses import replace

import lxml.html

from newsgrab.meta.homelinks import leads_up
from newsgrab.meta.scanresult import PageScan
from newsgrab.meta.titles import fold_title, headline_sized, names_site

#: the text of an element outside any <svg> (a logo's <title>/<desc> is no shown word)
_SHOWN_TEXT = ".//text()[not(ancestor::svg)]"
#: the kinds of banner <h1>: the site's name or logo, and links up the site
_NAMED, _LINKED = "named", "linked"


def past_banner(scan: PageScan, keys: set[str], url: str | None = None) -> PageScan:
    """`scan`, or a copy of it whose headline is the first <h1> after a banner <h1> that names the site
    or links up it (the copy walks its own article header: `header_sides` starts empty)."""
    headline = scan.headline
    story = _story_h1(headline, keys, url) if headline is not None else None
    return scan if story is None else replace(scan, headline=story, header_sides={})


def section_banners(headline: lxml.html.HtmlElement | None, keys: set[str], url: str | None) -> frozenset[str]:
    """The folded texts of the banner <h1>s before the story's that link up the site (the title reader
    already passes over those that name it, `titles.headline_h1`); empty when the first <h1> is the story's."""
    story = _story_h1(headline, keys, url) if headline is not None else None
    if headline is None or story is None:
        return frozenset()
    banners = set()
    for h1 in headline.getroottree().iter("h1"):
        if h1 is story:
            break
        banners.add(fold_title(h1.text_content()))
    return frozenset(banners - {""})


def _story_h1(headline: lxml.html.HtmlElement, keys: set[str], url: str | None) -> lxml.html.HtmlElement | None:
    """The first <h1> after the banner `headline` that is no banner, or None when `headline` is none.
    After a banner that only links up the site, that <h1> must be headline-sized (`titles.headline_sized`):
    a section's page may hold no story <h1> and a widget's further down ("Comments") is none."""
    kind = _banner_kind(headline, keys, url)
    if kind is None:
        return None
    for h1 in headline.getroottree().iter("h1"):
        text = h1.text_content()
        if h1 is not headline and fold_title(text) and _banner_kind(h1, keys, url) is None:
            return h1 if kind == _NAMED or headline_sized(text) else None
    return None


def _banner_kind(h1: lxml.html.HtmlElement, keys: set[str], url: str | None) -> str | None:
    """Whether an <h1> is a banner, and which: `_NAMED` when it shows the site's name or a logo (its
    whole text names the site, or all of its text is inside an <svg>, none shown as words), `_LINKED`
    when all its words link up the site (`_links_up`); None for the rest, and for an empty <h1>
    (nothing says whose)."""
    whole = fold_title(h1.text_content())
    if not whole:
        return None
    # (most <h1> hold no drawing: their whole text is what they show, with no XPath to read it)
    shown = whole if h1.find(".//svg") is None else fold_title("".join(h1.xpath(_SHOWN_TEXT)))
    if not shown or names_site(shown, keys):
        return _NAMED
    return _LINKED if _links_up(h1, whole, url) else None


def _links_up(h1: lxml.html.HtmlElement, whole: str, url: str | None) -> bool:
    """Whether every word of an <h1> (`whole`, folded) is the text of its links, and each link leads
    to the site's front page or a section above the page (`homelinks.leads_up`)."""
    links = [a for a in h1.iter("a") if a.get("href")]
    if not links or fold_title(" ".join(a.text_content() for a in links)) != whole:
        return False
    return all(leads_up(a.get("href"), url) for a in links)
