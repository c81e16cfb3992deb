"""The names a page gives its own front page: the site's name where no metadata states it.

A page without og:site_name or a JSON-LD publisher still links to its front page, from the logo or
the banner: `<a href="/"><img alt="Lantern Quay Entertainment"></a>`. That link's text, image alt or
title is the site's name as the site writes it, in any language, and so it says which end of a
"Headline – Lantern Quay Entertainment" <title> to drop when the domain alone does not. Read only
when a title still ends in a part nothing else explains, so most pages never walk their links.

The same holds one level down: a section names itself in the links to its own index, whose path the
page's path starts with ("Auto News" linking to /auto-industry-news/ on
/auto-industry-news/all-new-sentra.html), so a "Headline - Auto News" title ends in a section.
"""

from __future__ import annotations

import re

import lxml.html

from newsgrab import urls
from newsgrab.meta.titles import is_home_page
from newsgrab.whitespace import fold_space

#: links to the front page read at most (the logo, the banner, a "Home" item come first)
MAX_HOME_LINKS = 12
#: characters; a longer link text is a teaser or a menu, not the site's name
MAX_NAME_CHARS = 80
#: links to a section of the page's own path read at most (breadcrumbs and menus; a page lists few)
MAX_SECTION_LINKS = 40
#: "tide weekly - Harbours Markets and Technology": the slogan after a separator is not the name
_TAGLINE_RE = re.compile(r"\s+[-–—|:]\s+")


def home_link_names(tree: lxml.html.HtmlElement, page_url: str | None) -> list[str]:
    """Text, image alt and title of the first `MAX_HOME_LINKS` links to the site's root ("/", or the
    page's own host with no path), each without a slogan after a separator."""
    host = urls.host(page_url).removeprefix("www.") if page_url else ""
    names: list[str] = []
    seen = 0
    for link in tree.iter("a"):
        if not _is_root(link.get("href"), host):
            continue
        seen += 1
        texts = [link.text_content(), link.get("title")]
        texts += [img.get("alt") for img in link.iter("img")]
        for text in texts:
            name = fold_space(text or "")
            if 0 < len(name) <= MAX_NAME_CHARS:
                names.append(_TAGLINE_RE.split(name, maxsplit=1)[0])
        if seen >= MAX_HOME_LINKS:
            break
    return names


def _is_root(href: str | None, host: str) -> bool:
    """Whether `href` leads to the front page of the site on `host`: "/", or an absolute URL on that
    host (with or without "www.") with an empty path and no query."""
    if not href:
        return False
    href = href.strip()
    if href == "/":
        return True
    if not host or (href.isascii() and host not in href.lower()
                    and "\t" not in href and "\r" not in href and "\n" not in href):
        # the host sits in an absolute URL's text as it is, but for the characters urlsplit deletes
        # (tab, CR, LF: three `in` tests, cheaper than a generator over them on every link): most
        # links of a page (other hosts, relative paths) need no split
        return False
    parts = urls.split(href)
    return bool(host and parts and parts.netloc.lower().removeprefix("www.") == host
                and parts.path in ("", "/") and not parts.query)


def leads_up(href: str | None, page_url: str | None) -> bool:
    """Whether `href` leads to the site's front page or to a section the page sits in (its path the
    start of the page's path, no query): the link of a masthead or a section's banner, never the
    page's own address (a headline linked to its permalink, "/?p=123" included)."""
    host = urls.host(page_url).removeprefix("www.") if page_url else ""
    if _is_root(href, host):
        return not is_home_page(page_url)
    page = urls.split(page_url) if page_url else None
    if not href or not page or not page.netloc:
        return False
    parts = urls.split(urls.absolute(href, page_url) or "")
    if not parts or parts.query or parts.netloc.lower().removeprefix("www.") != host:
        return False
    section, path = parts.path.rstrip("/"), page.path.rstrip("/")
    return path.startswith(section + "/") if section else bool(path)


def section_link_names(tree: lxml.html.HtmlElement, page_url: str | None) -> list[str]:
    """Text of the first `MAX_SECTION_LINKS` links to a section the page sits in: on the page's host,
    no query, and a path (not the root) that the page's path continues ("/auto-industry-news/" for
    "/auto-industry-news/all-new-sentra.html"): a breadcrumb or the menu item of the page's section."""
    page = urls.split(page_url) if page_url else None
    if not page or not page.netloc:
        return []
    host, path = page.netloc.lower().removeprefix("www."), page.path
    folders = frozenset(path.rstrip("/").split("/")[:-1]) - {""}
    if not folders:
        return []  # a page at the root ("/story.html") sits in no section
    names: list[str] = []
    for link in tree.iter("a"):
        raw = link.get("href")
        if not raw or not _may_lead_to(raw, folders):
            continue
        href = urls.absolute(raw, page_url)
        parts = urls.split(href) if href else None
        if not parts or parts.query or parts.netloc.lower().removeprefix("www.") != host:
            continue
        section = parts.path.rstrip("/")
        if not section or not path.startswith(section + "/") or len(path.rstrip("/")) <= len(section):
            continue
        name = fold_space(link.text_content())
        if 0 < len(name) <= MAX_NAME_CHARS:
            names.append(name)
        if len(names) >= MAX_SECTION_LINKS:
            break
    return names


def _may_lead_to(href: str, folders: frozenset[str]) -> bool:
    """Whether `href` may resolve to one of `folders` (the page's folder names): False only when it
    cannot. A section's path ends in one of the folders the page's path runs through, and a link's
    resolved path ends in the last segment the href itself writes, before its query and fragment,
    so most links of a page ("/wiki/Ocean" on "/wiki/Tide": 3,000 on a Wikipedia page) are ruled
    out without resolving and splitting them twice. Where the href may not write that segment
    whole, it is resolved: a dot segment ("../", "."), which takes a folder of the page's own path,
    and a character `urlsplit` deletes or strips (tab, CR, LF, controls), which may join two parts.
    An href with no path ("?page=2", "#top") resolves to the page itself, which is no section."""
    href = href.strip(" ")  # as `urls.absolute` strips it (any other space is not printable)
    if not href.isprintable() or href[:1] == "." or "/." in href:
        return True
    end = len(href)
    for mark in ("#", "?"):  # the fragment starts at the first "#", the query at the first "?" before it
        cut = href.find(mark, 0, end)
        if cut >= 0:
            end = cut
    last = href[:end].rstrip("/").rpartition("/")[2]
    return last in folders
