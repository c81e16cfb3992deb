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
"""

from __future__ import annotations

from dataclasses import replace

import lxml.html

from newsgrab.meta.scanresult import PageScan
from newsgrab.meta.titles import fold_title, names_site

#: the text of an element outside any <svg> (a logo's <title>/<desc> is no shown word)
_SHOWN_TEXT = ".//text()[not(ancestor::svg)]"


def past_banner(scan: PageScan, keys: set[str]) -> PageScan:
    """`scan`, or a copy of it whose headline is the first <h1> after a banner <h1> that names the site
    (the copy walks its own article header: `header_sides` starts empty)."""
    headline = scan.headline
    if headline is None or not _is_banner(headline, keys):
        return scan
    for h1 in headline.getroottree().iter("h1"):
        if h1 is not headline and fold_title(h1.text_content()) and not _is_banner(h1, keys):
            return replace(scan, headline=h1, header_sides={})
    return scan


def _is_banner(h1: lxml.html.HtmlElement, keys: set[str]) -> bool:
    """Whether an <h1> shows the site's name or a logo: its whole text names the site, or all of its
    text is inside an <svg> (none shown as words); an empty <h1> is no banner (nothing says whose)."""
    whole = fold_title(h1.text_content())
    if not whole:
        return False
    # (most <h1> hold no drawing: their whole text is what they show, with no XPath to read it)
    shown = whole if h1.find(".//svg") is None else fold_title("".join(h1.xpath(_SHOWN_TEXT)))
    return not shown or names_site(shown, keys)
