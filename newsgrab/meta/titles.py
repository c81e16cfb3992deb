"""Titles without the site's name: "Storm hits coast | Example News" -> "Storm hits coast".

A <title> (and often og:title) carries the site name, a section, or both, joined by a separator.
A part is dropped from either end when it names the site (site_name, publisher, or the domain);
when nothing is known about the site, a short brand-like last part after " | " is dropped only if
the page's <h1> confirms what is left.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsgrab import urls

_SEPARATOR_RE = re.compile(r"\s+(?:\||–|—|-|::|·|•|»|«|/|:)\s+")
#: words; a trailing part this short, after " | ", looks like a brand or section, not the headline
MAX_BRAND_WORDS = 4
#: separators after which a short unknown last part is taken for a brand
BRAND_SEPARATORS = frozenset({"|", "·", "•", "::", "»"})
#: characters; a folded site name this long is recognised at the start or end of a longer part
MIN_CONTAINED_KEY_CHARS = 5
#: what folding drops: punctuation, spaces and underscores (compiled once: `re.sub` with a pattern
#: string looks it up in re's cache on every call, about 1 us, and titles are folded ~15 times a page)
_UNFOLDED_RE = re.compile(r"[\W_]+")


def fold_title(text: str) -> str:
    """Casefolded, punctuation- and space-free form for comparing titles and names."""
    return _UNFOLDED_RE.sub("", text.casefold())


def site_keys(names: Iterable[str | None], url: str | None) -> set[str]:
    """Folded forms of the site's names and its domain's label ("www.example-news.co.uk" -> "examplenews")."""
    keys = {fold_title(n) for n in names if n}
    keys |= {k.removeprefix("the") for k in keys}
    if url:
        host = urls.host(url).removeprefix("www.")
        if host:
            keys.add(fold_title(host))
            label = host.split(".")[0] if host.count(".") >= 1 else host
            keys.add(fold_title(label))
    return {k for k in keys if len(k) >= 2}


def _names_site(part: str, keys: set[str]) -> bool:
    folded = fold_title(part)
    if not folded:
        return True
    # the site's name alone, or with a little around it: "[Archive of Our Own]", "Courier Online"
    return any(folded == k or folded.removeprefix("the") == k or (
        len(k) >= MIN_CONTAINED_KEY_CHARS and (folded.startswith(k) or folded.endswith(k))
        and len(folded) <= 2 * len(k)) for k in keys)


def clean_title(title: str, keys: set[str], h1: Iterable[str] = (), *, guess: bool = True) -> str:
    """`title` without site-name (and section) parts at either end.

    `guess` allows dropping a short unknown brand after " | " or " · " (for <title> and og:title,
    which carry one; not for a JSON-LD headline, which is the headline alone).
    """
    parts = _SEPARATOR_RE.split(title)
    if len(parts) < 2:
        return title
    seps = _SEPARATOR_RE.findall(title)
    h1_keys = {fold_title(h) for h in h1 if h}
    # the h1 is the surest evidence: a part (or run of parts) equal to it is the headline
    # (a later part only when it is the larger share: a short h1 there is the site's banner, "V8" in
    # "... · V8")
    for start in range(len(parts)):
        for end in range(len(parts), start, -1):
            run = _join(parts, seps, start, end)
            headline_first = start == 0  # "Headline - Site" is the usual order
            if (start, end) != (0, len(parts)) and fold_title(run) in h1_keys and (
                    headline_first or 2 * len(run) >= len(title)):
                return run
    start, end = 0, len(parts)
    while end - start > 1 and _names_site(parts[end - 1], keys):
        end -= 1
    while end - start > 1 and _names_site(parts[start], keys):
        start += 1
    if (start, end) != (0, len(parts)):
        return _join(parts, seps, start, end)
    # nothing known: " | Brand" at the end is still a brand when it is short and the rest is longer
    # (only separators that headlines do not use as punctuation; a dash may be part of the headline)
    if guess and seps[-1].strip() in BRAND_SEPARATORS and len(parts[-1].split()) <= MAX_BRAND_WORDS:
        rest = _join(parts, seps, 0, len(parts) - 1)
        if len(rest.split()) > len(parts[-1].split()):
            return rest
    return title


def _join(parts: list[str], seps: list[str], start: int, end: int) -> str:
    out = parts[start]
    for i in range(start + 1, end):
        out += seps[i - 1] + parts[i]
    return out.strip()
