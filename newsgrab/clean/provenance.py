"""The provenance shape: which publication a syndicated piece came from, read from its credit.

A cross-post credits its source in the publisher's own words ("This article was originally
published on X", "Dieser Artikel erschien zuerst am <date> in <Publikation>", "Source: X", a link to
the original). Rules know some wordings; this module reads the shape they share, in any order:

- a *cue*: a word of publication history (the `provenance` lists of notice_cues.toml: originally,
  first, zuerst, initialement, originalmente, pierwotnie, oorspronkelijk, впервые...) or a source
  label ("Source:", "Quelle:", "Fuente:") opening the block or one of its ` | `-separated parts;
- a *name* next to it: the text of a link, a capitalised or quoted phrase (credits.py), a bare
  domain ("reprinted from example.org"), else the host of a link to another site;
- a *link* next to it whose host is not the page's own: the original piece's address.

The name is then finished the same way whoever captured it (a rule's named group, this shape, a text
header line: `finish_name`): it stops at a date, a URL or a `name_ends` phrase ("... under a Creative
Commons license", "... with permission"), loses its quotes, keeps a capitalised article right before
it ("Le Petit Exemple", "El País") and grows into the domain it opens ("valleycourier" of
"valleycourier.example.com", which a rule's `[^.]` cut), whose address is then the source's URL. In
text input a credit has no link: the URL on its line or alone on the next line is its link.

"Next to" is within `NEAR_CHARS` of the cue: a credit's link sits in the credit, while the links
of a notice line that merely holds a provenance word far away ("... appears in print. Order
Reprints | Subscribe") name nothing. Credits that only say who helped write the piece or where the
page's own print edition ran it (newsgrab/data/provenance.toml `no_source`) name no source.

Two credits hold no provenance word and are read by their shape (credit_shapes.py): a print-issue
line ("... appears in the May 2024 issue of X"), a source only when X is not the page's own
magazine, and a credit in Japanese, Chinese or Korean, whose words the cues cannot cut apart and
whose name has no capitals (Xで…に掲載した記事からの転載, 原载于《X》, X에 게재).

The result says which cue fired (`Credit.cue`), so `provenance.original_source` and `--explain`
can tell a reader why the pass named that source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from newsgrab import urls
from newsgrab.clean.credit_shapes import cjk_credit, print_issue_name, spells_site
from newsgrab.clean.credits import DOMAIN_RE as _DOMAIN_RE
from newsgrab.clean.credits import credited_date, credited_name
from newsgrab.clean.lexicon import WordSet, platforms, words_of
from newsgrab.clean.views import BlockText, PageFacts
from newsgrab.data import load_toml
from newsgrab.meta.dates import DATE_PHRASE_RE, may_hold_date
from newsgrab.model import Block, Link

#: characters between a credit's cue word and the link or domain that names its source, at most
NEAR_CHARS = 90
#: characters; a name longer than this is a sentence the capture ran into, not a publication
MAX_NAME_CHARS = 80
_URL_RE = re.compile(r"https?://[^\s<>()\"']+", re.IGNORECASE)
#: the parts of a line that may each open with a source label ("23 March 2017 | Source: X")
_PART_RE = re.compile(r"\s[|·•]\s")
#: where a captured name runs on into another credit or sentence ("X / Photo credit: Y", "X | Y",
#: "Example Monthly. Follow her"; not "U.S. News", whose dots follow single letters), or into its
#: date ("X - Originally posted ...", "X, 4. März": a converter's link text that ran past the name),
#: or into the clause after it ("X, where this story first appeared": a name holds no ", <lower case>")
_NAME_END_RE = re.compile(r"\s+[/|·•–—-]\s+|;\s|,\s*(?=\d)|,\s+(?=[a-zß-ÿа-яё])|(?<=[a-zà-ÿ]{3})\.\s+(?=\w)")
#: a year standing alone after a name ("© Example Post 2024"), where the name stops
_YEAR_RE = re.compile(r"(?<![\w.])(?:19|20)\d\d(?![\w.])")
#: the word right before a name ("dans *Le* ", "in *L'*"), which may be its article
_ARTICLE_BEFORE_RE = re.compile(r"(?<=[\s«“„\"(])(\w+(?:['’]|\s+))$")
_QUOTES = "«»“”„\"'‘’‹›"


@dataclass(frozen=True, slots=True)
class Credit:
    """What one credit says of the original source, and which cue found it."""

    name: str | None
    url: str | None
    published: str | None
    #: `provenance-word` or `source-label`, then `+` and where the name came from (`link-text`,
    #: `name`, `domain`, `link-host`) or `+date`
    cue: str


@cache
def _data() -> dict[str, object]:
    return load_toml("provenance.toml")


@cache
def no_source_words() -> WordSet:
    """The phrases of a credit that names no source (every language of provenance.toml)."""
    entries: list[str] = []
    for section in _data().values():
        if isinstance(section, dict):
            entries += [str(entry) for entry in section.get("no_source", ())]
    return WordSet.of(entries)


def examples() -> dict[str, tuple[str, str]]:
    """Each language's (no_source_example, source_example), for the tests."""
    return {language: (str(section["no_source_example"]), str(section["source_example"]))
            for language, section in _data().items() if isinstance(section, dict) and "no_source_example" in section}


@cache
def _name_data() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """(where a name stops: a `name_ends` phrase, a URL or an opening parenthesis; the capitalised
    articles a name may open with; the words that introduce a date), from every language."""
    ends: set[str] = set()
    articles: set[str] = set()
    openers: set[str] = set()
    for section in _data().values():
        if isinstance(section, dict):
            ends.update(str(entry) for entry in section.get("name_ends", ()))
            articles.update(str(entry) for entry in section.get("name_articles", ()))
            openers.update(str(entry).casefold() for entry in section.get("date_openers", ()))
    phrases = "|".join(re.escape(end).replace(r"\ ", r"\s+") for end in sorted(ends, key=len, reverse=True))
    stop = re.compile(rf"\s+(?:{phrases})(?!\w)|\s*\(?\s*https?://|\s+\(", re.IGNORECASE)
    return stop, frozenset(articles), frozenset(openers)


def name_examples() -> dict[str, tuple[str, str, str, str]]:
    """Each language's (name_example, name_expected, name_negative, name_negative_expected)."""
    keys = ("name_example", "name_expected", "name_negative", "name_negative_expected")
    return {language: tuple(str(section[key]) for key in keys)  # type: ignore[misc]
            for language, section in _data().items() if isinstance(section, dict) and "name_example" in section}


def finish_name(name: str | None, text: str, page_host: str | None = None) -> tuple[str | None, str | None]:
    """The publication a credit names as the credit writes it, and the URL a bare domain gives
    (`https://` + the domain), from a name captured in the credit `text` by a rule or the shape.

    The name stops at a date (and the `date_openers` word before it), a year, a URL or an opening
    parenthesis, a `name_ends` phrase, the end of its sentence; it loses its quotes; it takes back
    a capitalised `name_articles` word the capture left out ("en El Diario" -> "El Diario"); a name
    that opens a domain in the text becomes the domain, and a domain right after the name ("X
    (x.example.org)") gives the URL; a closing bracket the name does not open is the credit's
    ("(Source: X)"). None when nothing of a name is left."""
    if not name or name.casefold().startswith(("http://", "https://")):
        return name or None, None  # "Source: https://...": the caller names it by its host
    stop, articles, openers = _name_data()
    name = stop.split(name.strip().strip(_QUOTES + " .,:;"), maxsplit=1)[0]
    date = DATE_PHRASE_RE.search(name) if may_hold_date(name) else None
    year = _YEAR_RE.search(name)
    cut = min((m.start() for m in (date, year) if m is not None and m.start() > 0), default=len(name))
    words = name[:cut].rstrip(" ,.(–—-").split()
    while len(words) > 1 and words[-1].casefold() in openers:  # "X on" of "X on 3 May 2024"
        words.pop()
    if len(words) > 1 and words[0].islower() and words[0].capitalize() in articles:
        words.pop(0)  # "the Valley Courier": a lower-case article is the sentence's, not the name's
    name = (trim_name(" ".join(words).strip(_QUOTES + " .,:;")) or "").strip(_QUOTES + " .,:;")
    while name[-1:] in (")", "]") and {")": "(", "]": "["}[name[-1]] not in name:
        name = name[:-1].rstrip(" .,:;")  # "(Source: [12]X)": the credit's bracket closes, not the name's
    if not name:
        return None, None
    at = text.find(name)
    article = _ARTICLE_BEFORE_RE.search(text, 0, at) if at > 0 else None
    if article is not None and article.group(1).strip() in articles and article.start() > 0:
        name = article.group(1) + name
    at = text.casefold().find(name.casefold())
    end = at + len(name)
    for match in _DOMAIN_RE.finditer(text, max(at, 0)) if at >= 0 else ():
        domain = match.group(1)
        opens = match.start(1) == at and domain.casefold().startswith(name.casefold())
        if page_host is not None and site_of(domain) == site_of(page_host):
            continue
        if opens:
            return domain, f"https://{domain.lower()}"  # the name opens the domain: "valleycourier.example.com"
        if end <= match.start(1) <= end + 3:
            return name, f"https://{domain.lower()}"  # the domain right after it: "X (x.example.org)"
    return name, None


def site_of(host: str | None) -> str:
    """The registrable part of a host: `www.news.example.co.uk` -> `example.co.uk` (`urls.registrable`)."""
    return urls.registrable(host)


def names_no_source(view: BlockText, page: PageFacts) -> bool:
    """Whether the credit's only provenance words are those of a contribution or a print-edition
    line ("Jane Roe contributed reporting", "appears in print"), or it is a print-issue line naming
    the page's own magazine (`own_print_issue`): it names no other publication."""
    if own_print_issue(view.text, page):
        return True
    phrases = no_source_words()
    hit = phrases.first_hit(view.words, view.present)
    if hit is None:
        return False
    rest = ["_" if word in phrases.words else word for word in view.words]
    for parts in (phrase for found in phrases.phrases.values() for phrase in found):
        for i in range(len(rest) - len(parts) + 1):
            if tuple(rest[i : i + len(parts)]) == parts:
                rest[i : i + len(parts)] = ["_"] * len(parts)
    return page.vocabulary["provenance"].first_hit(rest, frozenset(rest)) is None


def own_print_issue(text: str, page: PageFacts) -> bool:
    """Whether `text` is a print-issue line ("... appears in the May 2024 issue of X") whose X is the
    page's own site (credit_shapes.spells_site): the page's own print edition, no source."""
    if "issue" not in text.casefold():
        return False
    name = print_issue_name(text)
    if not name:
        return False
    names = page.names
    site_names = [[word] for word in names.words] + [list(p) for found in names.phrases.values() for p in found]
    return spells_site(name, site_names, page.domain_labels)


def _shaped(text: str, page: PageFacts) -> tuple[str, str, str | None, list[int]] | None:
    """A credit no provenance word or source label finds: (kind, name, ISO date or None, offsets of
    its cue) of a print-issue line naming another magazine or of a credit in Japanese, Chinese or
    Korean read by its shape (credit_shapes.py). A print-issue line is read only on a page that
    knows its own site (a URL, a domain its text prints, a site name): on the others whether the
    magazine is the page's own cannot be told (a text dump of a magazine's page names its own print
    issue), and no source is better than the page's own name as its source."""
    if "issue" in text.casefold() and (name := print_issue_name(text)):
        known = page.domain_labels or page.names.words or page.names.phrases
        return ("print-issue", name, None, [0]) if known else None
    if not text.isascii() and (found := cjk_credit(text)) is not None:
        return "provenance-word", found[0], found[1], [found[2]]
    return None


def _cue(view: BlockText, page: PageFacts) -> tuple[str, list[int]] | None:
    """Which cue the block holds (`provenance-word` before `source-label`) and where: the offsets
    in its text of each cue word or label."""
    vocabulary = page.vocabulary
    folded = view.folded
    if "provenance" in view.hits:
        first = view.hits["provenance"].split()[0]
        at_words = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(first), folded)]
        return "provenance-word", at_words or [0]
    labels = vocabulary["source_labels"]
    offsets: list[int] = []
    at = 0
    for part in _PART_RE.split(view.text):
        start = view.text.find(part, at)
        if labels.opens(words_of(part)) and re.match(r"\W*\w[\w ]{0,20}?\s*[:\-–—]", part):
            offsets.append(start)
        at = start + len(part)
    if labels.opens(view.words) and 0 not in offsets:
        offsets.insert(0, 0)
    return ("source-label", offsets) if offsets else None


def _near(offsets: list[int], start: int, end: int) -> bool:
    return any(start - NEAR_CHARS <= at <= end + NEAR_CHARS for at in offsets)


def read_credit(view: BlockText, page: PageFacts, page_host: str | None = None) -> Credit | None:
    """The original source a credit names, or None when the block holds no provenance cue or its
    credit names no other publication. `page_host`: the host of the page's own URL, so that a link
    to another site reads as the original's address."""
    if view.block.kind in ("caption", "media") or names_no_source(view, page):
        return None
    found = _cue(view, page)
    shaped = _shaped(view.text, page) if found is None else None
    if found is not None:
        kind, offsets = found
    elif shaped is not None:
        kind, offsets = shaped[0], shaped[3]
    else:
        return None
    text = view.text
    own = site_of(page_host) if page_host else ""
    near_links: list[Link] = []
    foreign: Link | None = None
    for link in view.block.links:
        at = text.find(link.text) if link.text else -1
        if at < 0 or not _near(offsets, at, at + len(link.text)):
            continue
        near_links.append(link)
        host = urls.hostname(link.url)
        if foreign is None and host and site_of(host) != own and site_of(host).split(".")[0] not in platforms():
            foreign = link
    name: str | None
    if shaped is not None:  # the shape read the name: a CJK credit's link is its whole clause
        name, how = shaped[1], "shape"
    else:
        near_view = replace(view, block=replace(view.block, links=near_links))
        name = credited_name(near_view, page, authors_too=True)
        how = "link-text" if name and any(name == link.text.strip(" .,:;") for link in near_links) else "name"
        if kind == "source-label" and how == "name":
            name = labelled_name(text, offsets, name)
        if name is None and kind == "provenance-word":
            name = leading_name(text, offsets)
    if name is None:
        domain = next((m for m in _DOMAIN_RE.finditer(text)
                       if _near(offsets, m.start(), m.end()) and site_of(m.group(1)) != own), None)
        if domain is not None:
            name, how = domain.group(1), "domain"
    if name is None and foreign is not None:
        name, how = (urls.hostname(foreign.url) or "").removeprefix("www.") or None, "link-host"
    name, domain_url = finish_name(name, text, page_host)
    url = foreign.url if foreign is not None else _named_link(near_links, name)
    url = url or text_url(text, page_host) or domain_url
    date = credited_date(text) or (shaped[2] if shaped is not None else None)
    if not (name or url or date):
        return None
    return Credit(name, url, date, f"{kind}+{how if name else 'date' if date else 'link'}")


#: what follows a source label: its colon, then the name up to where the part goes on
_AFTER_LABEL_RE = re.compile(r"\s*[:：]\s*(?P<rest>[^|/;()\[\]]{2,80})")
#: the words of a name's run after a source label: letters, and the dots and hyphens names hold
_NAME_WORD_RE = re.compile(r"[^\W\d_][\w.’'&-]*")
#: the words a name after a source label may hold at most (a longer rest is a sentence)
MAX_LABEL_NAME_WORDS = 6
#: a name-shaped phrase opening the block, set off from the cue right after it by a dash, a bar or a
#: colon ("Example Post - Originally posted March 3, 2024", "Example Post | First published ...")
_LEADING_NAME_RE = re.compile(r"[\W_]*(?P<name>[^\W\d_][^\n|–—:()]{1,60}?)(?:\s*\(https?://[^\s)]+\))?\s+[-–—|:]\s+")


def labelled_name(text: str, offsets: list[int], name: str | None) -> str | None:
    """The name after a source label ("Источник: Портовый вестник", "Fonte: Gazzetta del porto"):
    the label's part from its colon up to a URL, a bracket, a bar, a slash or the part's end, whose
    first word the capitalised run `name` found. A language that capitalises only a name's first
    word (Russian, Polish, Italian) leaves the others out of the run; the label says where the
    name ends. None, or `name` as it was, when the rest is no name (digits, a sentence's length)."""
    for at in offsets:
        label = re.match(r"\W*\w[\w ]{0,20}?(?=\s*[:：])", text[at:])
        after = _AFTER_LABEL_RE.match(text, at + label.end()) if label else None
        if after is None:
            continue
        rest = re.split(r"\s+https?://|[.,](?:\s|$)", after.group("rest").strip(), maxsplit=1)[0].strip(" .,")
        words = rest.split()
        if (name and rest.startswith(name) and len(words) <= MAX_LABEL_NAME_WORDS
                and all(_NAME_WORD_RE.fullmatch(word) for word in words)):
            return rest
    return name


def leading_name(text: str, offsets: list[int]) -> str | None:
    """The name-shaped phrase that opens the credit when the cue follows it across a dash, a bar or a
    colon ("Example Post - Originally posted March 3, 2024"): the outlet before the verb."""
    match = _LEADING_NAME_RE.match(text)
    if match is None or not match.group("name")[:1].isupper() or match.end() not in offsets:
        return None
    return match.group("name").strip()


def trim_name(name: str | None) -> str | None:
    """A captured name without the credit it runs on into ("X / Photo credit: Y" -> "X"), or None
    when it is too long to be a publication's name."""
    if not name:
        return None
    name = _NAME_END_RE.split(name, maxsplit=1)[0].strip(" .,:;")
    return name if name and len(name) <= MAX_NAME_CHARS else None


def text_url(text: str, page_host: str | None) -> str | None:
    """The first address written out in a credit's text that leads to another site (text input
    has no link markup: "Originally published by X (https://...)")."""
    own = site_of(page_host) if page_host else ""
    return next((m.group().rstrip(".,;:") for m in _URL_RE.finditer(text)
                 if site_of(urls.hostname(m.group())) != own), None)


def url_after(blocks: Sequence[Block], name: str, page_host: str | None) -> str | None:
    """The original's address alone on the line after the credit naming `name` (text input has no
    link markup: "Quelle: X" then "https://x.example/artikel"), when it leads to another site."""
    folded = name.casefold()
    for block, after in pairwise(blocks):
        line = after.text.strip()
        if folded in block.text.casefold() and _URL_RE.fullmatch(line) and len(block.text) <= 2 * NEAR_CHARS:
            host = urls.hostname(line)
            if host and (page_host is None or site_of(host) != site_of(page_host)):
                return line.rstrip(".,;:")
    return None


def _named_link(links: list[Link], name: str | None) -> str | None:
    """The link named like the source ("[Example Times](url)"), else the one link, else None."""
    if name:
        folded = name.casefold()
        for link in links:
            if folded in link.text.casefold():
                return link.url
    return links[0].url if len(links) == 1 else None
