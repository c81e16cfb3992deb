"""The page's own site, as the tests that ask "does this link stay on the site?" read it.

A reader tells a link to another story of the same paper from a link out, whatever the page's
address says or lacks: the related-links reader (related.py) asks it of every teaser's link. Two
things about an unseen site have nothing to do with its notices and used to decide them:

- the page read without its URL (no URL given, no canonical, no og:url): its links are then left as
  written, relative ("/2024/05/02/ferry-fares") or absolute, and no site was known, so no link was
  the site's. A relative link points at the page's own site by what it is; and the host the page
  links far more than any other is the site the page is on (a paper links its own stories more than
  anyone else's) when the page's own name for its site spells that host ("The New York Times",
  nytimes.com): a deals page links a shop more than anything, and its name is not the shop's;
- the page's address on a sister host of the site (`m.`, `amp.`, `edition.`, `www.` or none) while
  its links go to another (`www.`, `news.`): the same site, read as the registrable domain
  (`urls.registrable`: "edition.example.com" and "sport.example.com" are both "example.com").

A page whose URL is known keeps it, even when none of its links go there: a deals page linking only
a shop's products (all on one host) is a list article, and its items are its body.

Everything here reads addresses and the name the page gives its site, in any language.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from newsgrab import urls
from newsgrab.clean.credit_shapes import spells_site
from newsgrab.clean.lexicon import platforms
from newsgrab.model import Block, Metadata
from newsgrab.urls import http_host_start

#: a URL's scheme and its colon ("https:", "mailto:"): what a relative link lacks
_SCHEME_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
#: absolute links on one registrable domain from which that domain may stand for the page's site ...
MIN_MAJORITY_LINKS = 3
#: ... when it holds this many times the links of the next domain (a paper links its own stories far
#: more than any one other site; a roundup of other sites' stories spreads its links and has no leader)
MIN_LEAD_RATIO = 2
#: where the text path reads a site name from (newsgrab/text/site.py, text/header.py): the text's lines
TEXT_READ_SITE_SOURCES = frozenset({"title-line", "copyright", "repeated-line", "header-line"})


def site_of(url: str | None) -> str:
    """The host of `url` without a leading "www." ("" when there is none)."""
    host = _plain_host(url) if url else None
    if host is None:
        host = (urls.hostname(url) or "").casefold()
    return host.removeprefix("www.")


#: what makes `_plain_host` leave a URL to urlsplit: characters it deletes (tab, CR, LF), and in the
#: host a user, a port, a bracketed address or a "%" zone, which `.hostname` reads apart
_NOT_PLAIN = ("\t", "\r", "\n")
_NOT_PLAIN_HOST = ("@", ":", "[", "]", "%")


def _plain_host(url: str) -> str | None:
    """`urlsplit(url).hostname` casefolded, read without a split for the common shape (an ASCII
    http(s) URL whose host is a plain name), else None. A link-heavy page (a Wikipedia article's
    references) holds thousands of links, each split only for its host here."""
    start = http_host_start(url)
    if not start or not url.isascii() or any(map(url.__contains__, _NOT_PLAIN)):
        return None
    end = len(url)
    for delimiter in "/?#":
        at = url.find(delimiter, start, end)
        if at >= 0:
            end = at
    host = url[start:end]
    if not host or any(map(host.__contains__, _NOT_PLAIN_HOST)):
        return None
    return host.lower()


@lru_cache(maxsize=256)
def site_key(host: str) -> str:
    """The registrable domain of a host ("www.news.example.co.uk" -> "example.co.uk"), "" for none."""
    return urls.registrable(host) if host else ""


def is_relative(url: str) -> bool:
    """Whether a link was left as the page wrote it, relative to the page ("/2024/05/a", "story.html",
    "?p=123"): no scheme and no host. Links are made absolute when the page's URL is known, so only a
    page read without one has these, and they point at its own site by what they are."""
    return bool(url) and not url.startswith("//") and _SCHEME_RE.match(url) is None


def _leader(hosts: Iterable[str]) -> str:
    """The registrable domain the page links far more than any other (`MIN_MAJORITY_LINKS`,
    `MIN_LEAD_RATIO`), else "". A social network's or a video host's links (embedded posts, a
    channel's videos) are never the page's own site (the lexicon's `platforms`)."""
    counts = Counter(key for key in map(site_key, hosts) if key and key.split(".")[0] not in platforms())
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_MAJORITY_LINKS:
        return ""
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] >= MIN_LEAD_RATIO * runner_up else ""


def declared_site_name(metadata: Metadata | None) -> str | None:
    """The site name the page's markup declares (og:site_name, JSON-LD, microdata, the `<title>`),
    None for one the text path read off the text's lines (`TEXT_READ_SITE_SOURCES`): that reading
    counts the hosts the text's links go to, so it is no second witness of the links' own host."""
    if metadata is None or not metadata.site_name:
        return None
    return None if metadata.provenance.get("site_name") in TEXT_READ_SITE_SOURCES else metadata.site_name


def own_site(page_url: str | None, blocks: Sequence[Block], site_name: str | None = None) -> str:
    """The registrable domain of the page's own site: its URL's, or for a page read without one the
    host its absolute links lead to (`_leader`) when the page's site name spells it (`site_name`:
    "The New York Times" spells nytimes.com, `credit_shapes.spells_site`); "" when neither tells."""
    if page_url and (page := site_key(site_of(page_url))):
        return page
    leader = _leader(site_of(link.url) for block in blocks for link in block.links if not is_relative(link.url))
    if not leader or not site_name:
        return ""
    return leader if spells_site(site_name, [], tuple(leader.split(".")[:-1])) else ""
