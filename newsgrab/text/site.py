"""The site's own name in a text dump, read by self-reference: what the page says of itself twice.

A page names its site in its furniture: the `<title>` line that BeautifulSoup and markdownify print
first ("Headline | Site", "Site - Headline"), the copyright line of its footer ("© 2019 Site"), its
logo's alt text at the top and the foot ("WIRED" ... "WIRED"), and the addresses it prints (its links,
"desk@site.org", "site.com/subscribe"). Each of these alone is often something else: a `<title>`'s
last part may be a section ("Headline - Auto News"), a copyright line names the owner ("© Dow Jones &
Company" on the WSJ, the original publisher on a cross-post), a line printed at the top and the foot
is a menu entry ("Home", "Twitter"), and the host a page links to most is often a CDN or a shop. So a
name is taken only when a second, independent printing says the same (`read_site`):

- the site's own domain names it: the caller's URL (or a reader service's `URL Source:`), or the
  domain the text links to or prints most (an owner or a CDN is linked less often than the site's
  own pages); for a `<title>` part, any domain the text prints. A domain names a name when its label
  is the name folded ("CityAM" on cityam.com), with or without "the", or the name's words spell it
  ("The New York Times" -> nytimes: `meta.titlenames.abbreviates`, as the HTML path's `<title>`
  reading does);
- or a copyright line's holder repeats it (a `<title>` part, a line printed at both ends), or the
  header prints the holder as a line of its own (the logo's text over the page: lynx and w3m print
  no links, so no domain can confirm it). Only the header's lines count: a parent company's name is
  printed alone in the footer's menu; where its logo heads the page it is taken (CRN's parent).

The name is reported in the page's own spelling (the `<title>`'s, else the copyright line's), with
the source it was read from as `provenance.site_name` (`title-line`, `copyright`, `repeated-line`).
A wrong name would make the notice score's self-reference cue fire on body paragraphs that mention
it: a name with no second printing is left out. Shape only, no word lists: the copyright sign and
the word "copyright", which the web writes in every language, are the one literal.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache

from newsgrab import urls
from newsgrab.meta.titlenames import MAX_NAME_WORDS, abbreviates
from newsgrab.meta.titles import fold_title, site_keys, starts_name
from newsgrab.model import Block, Metadata
from newsgrab.text.namephrase import MIN_NAME_WORDS_BEFORE_TAIL, is_person_name
from newsgrab.text.titleshape import TITLE_SEPARATOR_RE
from newsgrab.whitespace import fold_space

#: blocks at either end of a dump where its header and footer furniture is read
EDGE_BLOCKS = 40
#: characters; a line longer than this is no logo, menu entry or copyright holder's line
MAX_FURNITURE_CHARS = 160
#: characters a name has at most (longer lines are not read as one)
MAX_NAME_CHARS = 80
#: characters a folded name has at least (shorter ones are initials that name many things)
MIN_NAME_CHARS = 3
#: a copyright line's holder: the sign or the word, a year or a span of years, then the name up to
#: the first stop ("© 2019 Example News. All rights reserved", "Copyright (C) 2009-2019 Example, Inc.")
_COPYRIGHT_RE = re.compile(
    r"(?:©|ⓒ|\(c\)|\bcopyright\b)\s*(?:©|ⓒ|\(c\))?\s*"
    r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)?\d\d|present))?\s*,?\s*)?"
    r"(?P<name>[^\W\d_][^.,;:|©ⓒ()\[\]]{0,60})",
    re.IGNORECASE,
)
#: a year after a copyright holder's name, and what follows it ("pv magazine 2019", "Example 2019 - ISSN ...")
_YEAR_TAIL_RE = re.compile(r"\s+(?:19|20)\d\d\b.*$")
#: a host printed in text: in a URL, an e-mail address or bare ("example.com", "news.example.co.uk")
_HOST_RE = re.compile(r"(?<![\w.-])(?:https?://|[\w.+-]+@)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,12})\b",
                      re.IGNORECASE)
#: what every host `_HOST_RE` finds ends with, a dot and two letters of its top-level domain (the same
#: flags, so the same letters): a text without it is not searched for hosts. The host pattern tries
#: each word of a text as an address's user and as a host, backtracking through it, and finds none in
#: nine of ten edge lines (a menu entry, a sentence); the two characters are found in a tenth of its time
_HOST_END_RE = re.compile(r"\.[a-z]{2}", re.IGNORECASE)
#: times the host a text prints or links to most is printed or linked to at least, to be its own
MIN_OWN_HOST_COUNT = 2
#: words after the site's name at the end of an author's phrase at most: its edition ("BuzzFeed UK")
MAX_SITE_TAIL_EXTRA_WORDS = 1
#: hosts counted at most (a link farm prints thousands)
MAX_HOSTS = 400
#: top-level domains a bare "word.word" must end with to be read as a host, not an abbreviation or
#: a file name ("U.S", "index.html"); a URL's or e-mail's host needs none of this
_BARE_TLD_RE = re.compile(r"\.(?:com|org|net|info|biz|io|co|news|[a-z]{2})$", re.IGNORECASE)
#: two-letter file extensions, which `_BARE_TLD_RE` would take for a country's domain ("app.js")
_FILE_EXTENSIONS = frozenset({"js", "md", "py", "sh", "gz", "ts", "rb"})


#: the hosts a text links to or prints (`_hosts`): how often each registrable domain, and the full hosts
Hosts = tuple[Counter[str], set[str]]


def read_site(blocks: list[Block], meta: Metadata, hosts: Hosts | None = None) -> None:
    """Fill `meta.site_name` from what the text (all its blocks, the page's furniture too) prints
    twice (see the module), when nothing filled it before, or when a "Site, Date" header line did and
    the page's `<title>` line or both its ends name another (the header line was a card's or a byline's)."""
    if not blocks:
        return
    if not meta.site_name:
        found = site_name(blocks, meta.title, meta.url, hosts)
        if found is not None:
            meta.site_name, meta.provenance["site_name"] = found
    elif meta.provenance.get("site_name") == "header-line":
        # a "Name, Date" line gave the name: a pasted article's own, or in a whole page a card's
        # ("Auto News, May 3"), an agency's or a byline's. The page's `<title>` line (or a line
        # printed at both ends) outranks it; a copyright line does not: a cross-post prints its
        # original's, and links to the original more than to itself
        found = site_name(blocks, meta.title, meta.url, hosts)
        if found is not None and fold_title(found[0]) != fold_title(meta.site_name) and (
                found[1] != "copyright" or _own_over_unlinked(found[0], meta, hosts)):
            meta.site_name, meta.provenance["site_name"] = found


def _own_over_unlinked(holder: str, meta: Metadata, hosts: Hosts | None) -> bool:
    """Whether a copyright line's holder outranks the header line's name: the page's own domain (the
    caller's URL's, or the one the text links to most) spells the holder, and no domain the text links
    to, even once, spells the header line's name. A cross-post's "Site, Date" line names the
    cross-post, which it links to ("Support Tidewater Courier"), while its footer credits the original;
    a "Tag, Date" line under a headline ("Nissan November 20, 2019": a brand's category and the day,
    read as a "Name, Date" line once an author link named the author) names nothing the page links."""
    if hosts is None or meta.site_name is None:
        return False
    own = site_keys((), meta.url) if meta.url else set()
    if meta.url is None and (domain := own_domain(hosts)) is not None:
        own |= _host_keys(domain)
    if not _named_by(holder, set(own)):
        return False
    every = set().union(*(_host_keys(domain) for domain in hosts[0]))  # each domain linked, once is enough
    return not _named_by(meta.site_name, every | own)


def site_name(blocks: list[Block], title: str | None, url: str | None, hosts: Hosts | None = None
              ) -> tuple[str, str] | None:
    """(the site's name, the source it was read from) or None (see the module): `title` is the
    headline the text path chose, `url` the caller's. The sources in order: the `<title>` line's
    part, the copyright lines' holders (the footer's first; confirmed by a domain, then by a line of
    the header that prints the holder alone), the lines printed at both ends (read
    last, and only when a domain or a holder may confirm them: most texts print many). `hosts`:
    `edge_hosts(blocks)` when the caller has it (read once for this and `own_domain`)."""
    affix = title_affix(blocks[0].text, title)
    edges = _edges(blocks)
    holders = _holders(edges)
    repeated = repeated_lines(blocks) if affix is None and not holders else None
    if repeated is not None and not repeated:  # nothing a domain could confirm: spare reading them
        return None
    hosts = hosts if hosts is not None else _hosts(blocks, edges)
    full = hosts[1]
    # the site's own domain: the caller's URL, and the one the text links to or prints most
    own = site_keys((), url) if url else set()
    if (linked := own_domain(hosts)) is not None:
        own |= _host_keys(linked)
    if affix is not None:
        # a `<title>` part is a name or a section: any domain the text prints may confirm it is a name,
        # in its furniture or, when none there does, in its article
        if _named_by(affix, own.union(*(_host_keys(host) for host in full))):
            return affix, "title-line"
        inside = _printed_hosts(blocks[EDGE_BLOCKS:len(blocks) - EDGE_BLOCKS], Counter(), set()) - full
        if inside and _named_by(affix, set().union(*(_host_keys(host) for host in inside))):
            return affix, "title-line"
        if fold_title(affix) in {fold_title(holder) for holder in holders}:
            return affix, "title-line"
    for holder in holders:
        if _named_by(holder, own):
            return holder, "copyright"
    # a holder the header also prints as a line of its own (the logo's text over the page): two
    # printings that need no domain, which a dump without links lacks
    alone = _printed_alone(blocks[:EDGE_BLOCKS]) if holders else set()
    for holder in holders:
        if fold_title(holder) in alone:
            return holder, "copyright"
    if not own and not holders:
        return None
    named = {fold_title(holder) for holder in holders}
    for line in repeated if repeated is not None else repeated_lines(blocks):
        if _named_by(line, own) or fold_title(line) in named:
            return line, "repeated-line"
    return None


def edge_hosts(blocks: list[Block]) -> Hosts:
    """The hosts the text links to (anywhere) or prints in its furniture (`EDGE_BLOCKS` at either end)."""
    return _hosts(blocks, _edges(blocks))


def _edges(blocks: list[Block]) -> list[Block]:
    """The text's furniture: its first and last `EDGE_BLOCKS` blocks (each once on a short text)."""
    return blocks[:EDGE_BLOCKS] + blocks[max(EDGE_BLOCKS, len(blocks) - EDGE_BLOCKS):]


def own_domain(hosts: Hosts) -> str | None:
    """The domain a text without a URL is the page of (`hosts`: its `edge_hosts`): the one it links
    to or prints most, at least `MIN_OWN_HOST_COUNT` times and more than any other (a copyright
    owner, a menu entry or a CDN is linked less often than the site's own pages), or None. The
    boilerplate pass reads it as the HTML path reads the page's URL: a short block giving an e-mail
    address at that domain is the publisher's own contact line (`furniture.gives_own_address`)."""
    counts = hosts[0]
    if not counts:
        return None
    ranked = counts.most_common(2)
    if ranked[0][1] >= MIN_OWN_HOST_COUNT and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def own_keys(meta: Metadata, hosts: Hosts) -> set[str]:
    """The folded names the page goes by (`titles.site_keys`): the site's name `read_site` found, the
    caller's URL's domain, and without a URL the domain the text links to or prints most (`own_domain`)."""
    keys = site_keys((meta.site_name,), meta.url)
    if meta.url is None and (own := own_domain(hosts)) is not None:
        keys |= _host_keys(own)
    return keys


def linked_keys(hosts: Hosts) -> set[str]:
    """The folded names of each domain the text links to or prints at its ends at least
    `MIN_OWN_HOST_COUNT` times: its own, its print edition's (cleveland.com links "The Plain Dealer"
    to plaindealer.com), a network it shares to; a name one of them spells is an organisation's."""
    return set().union(*(_host_keys(domain) for domain, times in hosts[0].items() if times >= MIN_OWN_HOST_COUNT))


def cut_site_tails(authors: list[str], own: set[str], linked: set[str]) -> list[str]:
    """The authors without the site's name glued after a person's ("Nora Vale Harbour Post" ->
    "Nora Vale", "Nora Vale BuzzFeed UK" with its edition after it), and without an author that is
    the site's name exactly when a person is left (as the HTML path's `_without_own_name`): a converter
    runs a byline card's name and its publication's line into one, and the whole run was reported.
    `own`: `own_keys`; `linked`: `linked_keys`, whose names are cut as tails, never dropped alone (a
    person's own web site is linked from their byline: "Nora Vale" on a page linking noravale.com).
    Self-reference, no word list: the tail must be a name the page's domains spell, after a name of
    MIN_NAME_WORDS_BEFORE_TAIL words or more, so a person whose surname is a word of the site's name
    ("Ana Harbour" on The Harbour Post) or whose given name is the site's one-word name keeps it."""
    keys = own | linked
    if not keys:
        return authors
    cut = [name_before_site(name, keys) for name in authors]
    people = [name for name in cut if fold_title(name) not in own and fold_title(name).removeprefix("the") not in own]
    return people or cut


def name_before_site(who: str, keys: set[str]) -> str:
    """`who` without a tail that names the site (`cut_site_tails`), or as it is."""
    words = who.split()
    for start in range(MIN_NAME_WORDS_BEFORE_TAIL, len(words)):
        if not words[start][0].isupper():
            continue
        for end in range(len(words), start, -1):
            if len(words) - end > MAX_SITE_TAIL_EXTRA_WORDS:
                break
            if _named_by(" ".join(words[start:end]), keys) and all(word[0].isupper() for word in words[end:]):
                head = " ".join(words[:start])
                return head if is_person_name(head) else who
    return who


def at_own_host(hosts: Hosts, domain: str | None) -> str | None:
    """`domain` when the text links to or prints it at its bare or "www." host, else None: the
    site's own pages, addresses and footer live there ("www.example.com/about", "desk@example.com"),
    while a service an article is about is reached at its users' hosts ("app-name.service.com"),
    and an archive's copy at its own ("web.archive.org"). The boilerplate pass reads the labels of
    this one, not of any most-printed domain, as the page naming itself (`PageFacts.of`): a wrong
    one would take the article's lines that print it for the site's notices."""
    if domain is None:
        return None
    full = hosts[1]
    return domain if domain in full or "www." + domain in full else None


@lru_cache(maxsize=4096)
def _host_keys(host: str) -> frozenset[str]:
    """`titles.site_keys` of a bare host, kept across the texts of a batch: a text may print a hundred
    hosts, and the same ones (its own, the networks it shares to) recur on every page of a site."""
    return frozenset(site_keys((), "http://" + host))


def _named_by(name: str, keys: set[str]) -> bool:
    """Whether a domain's keys name `name`: its label is the name folded, with or without "the", or
    the name's words spell it (`abbreviates`)."""
    folded = fold_title(name)
    return (folded in keys or folded.removeprefix("the") in keys or abbreviates(name, keys)
            or any(starts_name(folded, key) for key in keys))


def _holders(edges: list[Block]) -> list[str]:
    """The copyright lines' holders among the blocks at the text's ends, the footer's first, once each."""
    out: list[str] = []
    for block in reversed(edges):
        for holder in copyright_holders(block.text):
            if all(fold_title(holder) != fold_title(other) for other in out):
                out.append(holder)
    return out


def title_affix(line: str, title: str | None) -> str | None:
    """The part of a `<title>`-style line ("Headline | Site", "Site - Headline") at the other end
    from the headline the text chose, when it is short enough to be a name."""
    if not title or len(line) > MAX_FURNITURE_CHARS * 2:
        return None
    parts = TITLE_SEPARATOR_RE.split(line)
    if len(parts) < 2:
        return None
    head = fold_title(title)
    if fold_title(parts[0]) == head:
        affix = parts[-1]
    elif fold_title(parts[-1]) == head:
        affix = parts[0]
    else:
        return None
    affix = fold_space(affix)
    return affix if _name_shaped(affix) else None


def copyright_holders(text: str) -> Iterator[str]:
    """The names a copyright line gives its holder ("© 2019 Example News. All rights reserved" ->
    "Example News"), a few words each."""
    if len(text) > MAX_FURNITURE_CHARS:
        return
    if not ("©" in text or "ⓒ" in text or "opyright" in (folded := text.casefold()) or "(c)" in folded):
        return
    for match in _COPYRIGHT_RE.finditer(text):
        name = _YEAR_TAIL_RE.sub("", fold_space(match["name"])).strip(" -–—")
        if _name_shaped(name):
            yield name


def repeated_lines(blocks: list[Block]) -> list[str]:
    """Short lines printed alone both among the first and the last EDGE_BLOCKS blocks (a logo's alt
    text, a menu entry), in the order of the footer."""
    if len(blocks) <= EDGE_BLOCKS:
        return []
    head = {fold_title(block.text) for block in blocks[:EDGE_BLOCKS] if _name_shaped(block.text)}
    out: list[str] = []
    for block in blocks[max(EDGE_BLOCKS, len(blocks) - EDGE_BLOCKS):]:
        if (_name_shaped(block.text) and fold_title(block.text) in head and block.text not in out
                and "©" not in block.text):  # a copyright line is read for its holder
            out.append(block.text)
    return out


def _printed_alone(edges: list[Block]) -> set[str]:
    """The name-shaped lines (folded) among `edges` that print a name alone, copyright lines left out."""
    return {fold_title(block.text) for block in edges
            if _name_shaped(block.text) and next(copyright_holders(block.text), None) is None}


def _name_shaped(text: str) -> bool:
    """A few words (MAX_NAME_WORDS at most) with a letter, no sentence."""
    if len(text) > MAX_NAME_CHARS or text.endswith((".", "!", "?", ":")):
        return False
    words = text.split()
    return (0 < len(words) <= MAX_NAME_WORDS and any(map(str.isalpha, text))
            and len(fold_title(text)) >= MIN_NAME_CHARS)


def _hosts(blocks: Iterable[Block], edges: Iterable[Block]) -> tuple[Counter[str], set[str]]:
    """The registrable domains (`registrable`) of the blocks' links and of the addresses the text
    prints at its ends (its header and footer: the article's prose is not searched), each with the
    times it is linked to or printed (a text printed twice counted once: a menu entry "example.com"
    at the top and the foot is one printing), and the full hosts ("news.example.com": a subdomain
    may be the name a `<title>` gives, "Sky News")."""
    linked = Counter(_link_host(link.url) for block in blocks for link in block.links)
    hosts: Counter[str] = Counter()
    full: set[str] = set()
    for host, times in linked.items():  # a page links to a few hosts many times: each read once
        if host and (domain := registrable(host)):
            hosts[domain] += times
            full.add(host)
    return hosts, _printed_hosts(edges, hosts, full)


def _printed_hosts(blocks: Iterable[Block], counts: Counter[str], full: set[str]) -> set[str]:
    """`full` with the hosts the blocks' text prints (each distinct text once), counted in `counts`."""
    texts: set[str] = set()
    for block in blocks:
        if "." not in block.text or block.text in texts or len(full) >= MAX_HOSTS:
            continue
        texts.add(block.text)
        if _HOST_END_RE.search(block.text) is None:
            continue
        for match in _HOST_RE.finditer(block.text):
            host = match[1].lower()
            bare = not match[0].startswith(("http", "HTTP")) and "@" not in match[0]
            if bare and (not _BARE_TLD_RE.search(host) or host.rsplit(".", 1)[-1] in _FILE_EXTENSIONS):
                continue
            counts[registrable(host)] += 1
            full.add(host)
    return full


def _link_host(url: str) -> str:
    """The host of a link's URL: sliced out of an absolute http(s) URL (most links), else `urls.host`."""
    if url.startswith(("https://", "http://")):
        return url.split("/", 3)[2].rsplit("@", 1)[-1].split(":")[0].lower()
    return urls.host(url)


def registrable(host: str) -> str:
    """The part of a host a site registers (`urls.registrable`: "news.example.co.uk" ->
    "example.co.uk", "myaccount.example.com" -> "example.com"; a subdomain's label names a service,
    "myaccount", "checkout", "go", which a menu entry would spell), or "" for a host of one label."""
    return urls.registrable(host) if "." in host.lower().rstrip(".") else ""
