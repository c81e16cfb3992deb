"""URL helpers that never raise: scraped pages hold malformed URLs ("http://[::1", stray brackets).

`urllib.parse` raises ValueError on some of them; one bad href must not fail a whole page, so every
stage resolves and splits URLs through these functions (`absolute` is the one way an attribute
value becomes a web URL).
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import SplitResult, urljoin, urlsplit

_ABSOLUTE_PREFIXES = ("http://", "https://")
#: the schemes of web URLs: what `absolute` hands on (data:, javascript:, mailto:, ftp: are not pages or media)
WEB_SCHEMES = frozenset({"http", "https"})
#: characters after which `urljoin` rewrites an absolute URL instead of returning it: tab, CR and LF
#: are deleted, `;` may split off empty params, brackets are IPv6 hosts (validated, may raise)
_REWRITTEN_CHARS = ("\t", "\n", "\r", ";", "[", "]", "?#")
#: second-level labels under which a site registers one label further left (news.bbc.co.uk -> bbc.co.uk)
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "ne", "or", "go", "edu"})
#: hosting platforms that give each site a name of its own under theirs (nora.blogspot.com,
#: harbour.wordpress.com): there the site is one label further left, as under a second-level label, so
#: two blogs on one platform are two sites (the public suffix list counts these hosts as suffixes too).
#: Kept here beside `_SECOND_LEVEL`: this module sits below the data package and reads no file
_SHARED_HOSTS = frozenset({"blogspot.com", "wordpress.com", "substack.com", "github.io", "tumblr.com",
                           "livejournal.com", "typepad.com", "wixsite.com", "weebly.com", "over-blog.com",
                           "hatenablog.com", "medium.com", "ghost.io", "netlify.app", "pages.dev"})
#: base URLs whose "does it parse" verdict is remembered (one a page; a batch goes through few sites)
_MAX_CACHED_BASES = 256
#: what a browser strips from both ends of a URL before reading it (WHATWG URL: C0 controls and
#: space): `str.strip` keeps most C0 controls, and `urlsplit` strips them from the start only from
#: Python 3.11.4 on, so a value like "\x10https://..." came out with its control character
C0_CONTROLS_AND_SPACE = "".join(map(chr, range(0x21)))
#: slug words (with a letter, split at hyphens) that make a path segment an article's
MIN_SLUG_WORDS = 3
#: a date in a path (/2017/06/29/, /2017-06-29, /20170629) or a long number (an article id)
_DATE_OR_ID_RE = re.compile(r"(?:^|/)(?:19|20)\d\d(?:/|-)[01]?\d(?:/|-|$)|(?:19|20)\d\d[01]\d[0-3]\d|\d{5,}")
_EXTENSION_RE = re.compile(r"\.(?:s?html?|php|aspx?|jsp|cms)$", re.IGNORECASE)
_SLUG_SPLIT_RE = re.compile(r"[-+]+")
#: path segments of listing pages: a link there points at many articles, not one
_LISTING_SEGMENTS = frozenset({"tag", "tags", "category", "categories", "topic", "topics", "author", "authors",
                               "search", "section", "sections", "feed", "page", "label", "user", "profile"})
#: the start of an absolute URL: a scheme and its colon (what the article schema asks of `url`)
_SCHEME_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def split(url: str) -> SplitResult | None:
    """`urlsplit(url)`, or None when the URL is malformed."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def hostname(url: str | None) -> str | None:
    """`urlsplit(url).hostname` (lower-cased, without user and port), or None when there is none or the
    URL does not parse: the host of a URL read from a page's text or markup, which may be anything
    ("http://[::1", where `urlsplit` raises)."""
    parts = split(url) if url else None
    return parts.hostname if parts is not None else None


def parses(url: str) -> bool:
    """Whether `split(url)` gives a result: `urlsplit` raises only on a bracketed (IPv6) host that
    is malformed and on a non-ASCII host that NFKC-normalises into a delimiter, so an ASCII URL
    without brackets needs no split (pages hold many image URLs)."""
    if url.isascii() and "[" not in url and "]" not in url:
        return True
    return split(url) is not None


def join(base: str | None, url: str) -> str | None:
    """`url` made absolute against `base` (unchanged without a base), or None when either is malformed
    or the result is a web address with no host (an `href="http://"` left by a CMS's empty field).

    Fast path: most hrefs of a news page are already absolute, and `urljoin` gives such a URL back
    unchanged (after a split and an unsplit) unless it holds something the round trip rewrites;
    `_kept_as_is` tells those apart without splitting.
    """
    if base and _kept_as_is(url) and _parses(base):
        return url
    if base and url[:1] == "/" and _root_relative_kept(url):
        origin = _origin(base)
        if origin is not None:
            return origin + url
    try:
        joined = urljoin(base, url) if base else url
    except ValueError:
        return None
    host_start = http_host_start(joined)
    if host_start and (len(joined) == host_start or joined[host_start] in "/?#"):
        return None  # "http://" or "https:///path": a web address with no host leads nowhere
    return joined


def http_host_start(url: str) -> int:
    """Where the host of an `http://` or `https://` URL starts (7 or 8), 0 for any other scheme: the
    fast paths that read a host or keep a URL as it is start from the scheme's length."""
    if url.startswith("https://"):
        return 8
    if url.startswith("http://"):
        return 7
    return 0


def _kept_as_is(url: str) -> bool:
    """Whether `urljoin(base, url)` returns `url` itself for any base that parses.

    An http(s) URL with a host, all ASCII (a non-ASCII host is NFKC-checked and may raise), with no
    character `urlsplit` deletes, no `;` params, no bracketed host, and no empty query or fragment
    (`http://x/a?` and `http://x/a#` lose their delimiter in the round trip).
    """
    host_start = http_host_start(url)
    return (
        host_start > 0
        and len(url) > host_start
        and url[host_start] not in "/?#"
        and url.isascii()
        and url[-1] not in "?#"
        and not any(part in url for part in _REWRITTEN_CHARS)
    )


def _root_relative_kept(url: str) -> bool:
    """Whether `urljoin(base, url)` is `url` after the base's scheme and host, for an http(s) base:
    a path from the root ("/wiki/Tide"), all printable ASCII, with no segment urljoin rewrites (an
    empty one, "." or ".."), none of `_REWRITTEN_CHARS` and no empty query or fragment. Most
    relative links of a page are of this kind (a wiki's, a CMS's), and urljoin splits both URLs on
    every call."""
    return (
        "//" not in url
        and "/." not in url
        and url.isascii()
        and url.isprintable()
        and url[-1] not in "?#"
        and not any(part in url for part in _REWRITTEN_CHARS)
    )


@lru_cache(maxsize=_MAX_CACHED_BASES)
def _origin(base: str) -> str | None:
    """"scheme://host" of an http(s) base that parses (as urljoin writes it: the scheme lower-cased),
    else None (the join is left to urljoin)."""
    parts = split(base)
    if parts is None or parts.scheme not in WEB_SCHEMES or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}"


@lru_cache(maxsize=_MAX_CACHED_BASES)
def _parses(base: str) -> bool:
    """Whether `base` splits without error (urljoin splits it on every call and fails when it does not)."""
    return split(base) is not None


def absolute(url: str | None, base: str | None, *, keep_relative: bool = False) -> str | None:
    """`url` (an href, src or content value) as an absolute http(s) URL, resolved against `base`.

    None when it is empty, malformed, a fragment, or of another scheme (data:, javascript:, mailto:).
    A scheme-relative "//host/x" becomes https://host/x whatever the base (saved pages carry bases
    like http://fakehost/, and hosts that serve scheme-relative assets serve them over https). A
    relative URL with no base to resolve it against is None, or itself with `keep_relative` (media
    found on a page read without its URL are still worth listing; a relative canonical URL is not
    a canonical URL).
    """
    if not url:
        return None
    url = url.strip()
    if url and (url[0] < "!" or url[-1] < "!"):  # a C0 control at an end, which `strip` keeps (rare)
        url = _strip_edges(url)
    if _kept_as_is(url):
        # an http(s) URL with a host that splits as it is (what `_kept_as_is` checks): the answer
        # below without a split, for most links and images of a page
        return url
    parts = split(url)
    if not url or url.startswith("#") or parts is None:
        return None
    if parts.scheme:
        return url if parts.scheme.lower() in WEB_SCHEMES and parts.netloc else None
    if url.startswith("//"):
        return absolute("https:" + url, None)
    if not base:
        return url if keep_relative else None
    joined = join(base, url)
    if joined is not None and _kept_as_is(joined):  # joined against an http(s) base: no split either
        return joined
    resolved = split(joined) if joined else None
    return joined if resolved is not None and resolved.scheme.lower() in WEB_SCHEMES else None


def page_url(url: str | None) -> str | None:
    """The page address a caller gives (`extract(url=...)`, a web archive's or a JSON Lines record's)
    as the record can carry it: its ends stripped as a browser strips them, None when it is empty
    or has no scheme ("example.com/news/a", "/news/a"), or does not parse ("http://[::1", a bracketed
    host left open). Such a value is no absolute address: the record's `url` would not be one, and
    links cannot be resolved against it (the stages that read its host raised on the last)."""
    if not url:
        return None
    url = _strip_edges(url.strip())
    return url if _SCHEME_RE.match(url) and parses(url) else None


def _strip_edges(url: str) -> str:
    """`url` without C0 controls and whitespace (any Unicode space, as `str.strip` has it) at its ends,
    in any mix ("\x10 https://..."): stripped by turns until neither takes anything more."""
    while True:
        stripped = url.strip(C0_CONTROLS_AND_SPACE).strip()
        if stripped == url:
            return url
        url = stripped


def host(url: str | None) -> str:
    """The lower-cased host name of `url` without port, or "" when there is none or it is malformed."""
    parts = split(url or "")
    return host_of(parts) if parts else ""


def host_of(parts: SplitResult) -> str:
    """`host` of a URL already split: its lower-cased host name without a user or a port."""
    return parts.netloc.lower().rsplit("@", 1)[-1].split(":")[0]


def registrable(host: str | None) -> str:
    """The part of a host a site registers: "www.news.example.co.uk" -> "example.co.uk",
    "myaccount.example.com" -> "example.com", "nora.blogspot.com" -> itself (a platform's site, see
    `_SHARED_HOSTS`; a host of one label is returned as it is)."""
    labels = (host or "").lower().rstrip(".").split(".")
    if len(labels) >= 3 and ((labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2)
                             or (".".join(labels[-2:]) in _SHARED_HOSTS and labels[-3] != "www")):
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def names_a_page(url: str) -> bool:
    """Whether `url`'s path names one page, whatever it is (a video's landing page, `?vid=123`, a
    short path): not the home page, not a listing page (`/tag/`), not a wiki's underscored title
    (`/wiki/Under_the_Red_Sky` names a thing). Looser than `article_shaped`: clean/related.py asks it
    of the links of a box of them amid the article, which its shape already marks as furniture."""
    parts = split(url)
    if parts is None:
        return False
    segments = [s for s in parts.path.split("/") if s]
    return (bool(segments) and "_" not in segments[-1]
            and _LISTING_SEGMENTS.isdisjoint(s.casefold() for s in segments))


def article_shaped(url: str) -> bool:
    """Whether `url`'s path names one article: a date or a long id in it, or a segment that is a
    slug of `MIN_SLUG_WORDS` words or more, and no segment of a listing page (`/tag/`, `/author/`);
    False for a URL that does not split. The related-links reader (clean/related.py) asks it of a
    teaser's link, the text path's name reader (text/nameunder.py) of a name's link."""
    parts = split(url)
    if parts is None:
        return False
    path = parts.path
    segments = [s for s in path.split("/") if s]
    if not segments or not _LISTING_SEGMENTS.isdisjoint(s.casefold() for s in segments):
        return False
    if _DATE_OR_ID_RE.search(path):
        return True
    for segment in segments:
        words = [w for w in _SLUG_SPLIT_RE.split(_EXTENSION_RE.sub("", segment)) if any(c.isalpha() for c in w)]
        if len(words) >= MIN_SLUG_WORDS:
            return True
    return False
