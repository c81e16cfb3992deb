"""Names inside a title that are not the headline: the site's name abbreviated by its domain, the
page's own authors, and names its <meta> tags state alone.

Each is recognised by what the page says of itself, not by words of one language:

- "The New York Times" on nytimes.com: the words' starts spell the domain's label (`abbreviates`).
- "Headline - by Ansel Varrow", "Headline - Petra Dunmore and Lina Rosskopf - POLITICO.com": a
  part made of the names the page gives as its authors (meta author, JSON-LD, byline), whatever joins
  them ("by", "and", "von", "文："): what is left once the names are taken out is a short word or
  two (`names_people`).
- "Headline - 中国日报网" beside <meta name="source" content="中国日报网">, "Headline : 동아닷컴" beside
  <meta name="writer" content="동아닷컴">: a short last part that some <meta> states as its whole value
  names the site, the source, the section or the writer, whatever the key (`stated_values`).

`second_headings` reads the other side: the <h2> texts that may show the headline itself where the
page's only <h1> is its banner (`page._choose_title`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping

import lxml.html

from newsgrab import settings
from newsgrab.data import load_toml
from newsgrab.memo import Memo
from newsgrab.whitespace import fold_space

#: words; a name with fewer or more words is not taken for an abbreviated domain label (`abbreviates`)
MIN_ABBREVIATED_WORDS = 2
#: words; a part with more words is not a name (a headline)
MAX_NAME_WORDS = 4
#: characters; a domain label shorter than this is not read as an abbreviation ("ap" in "Apple Pie")
MIN_ABBREVIATION_CHARS = 4
#: characters; a folded author's name shorter than this is not looked for in a title part ("Al")
MIN_PERSON_KEY_CHARS = 4
#: characters (folded) a byline part holds besides the names: "by", "and", "von", "writtenby"
MAX_BYLINE_GLUE_CHARS = 10

#: characters; a longer <meta> value is a sentence, not a name
MAX_STATED_CHARS = 80
#: pieces of <meta> keys whose value may be the headline itself or its topic, not a name ("og:title",
#: "sailthru.headline", nytimes' "hdl", "twitter:image:alt", "keywords", "article:tag")
_HEADLINE_KEY_PIECES = ("title", "headline", "hdl", "description", "keyword", "tag", "alt", "summary",
                        "abstract", "subject", "caption")
#: keys that hold the headline on many pages: <meta itemprop="name"> in an Article's microdata
_HEADLINE_KEYS = frozenset({"name"})


def _holds_headline(key: str) -> bool:
    return key in _HEADLINE_KEYS or any(piece in key for piece in _HEADLINE_KEY_PIECES)


#: <meta> keys remembered with their verdict: a page has ~30 keys, each searched for up to eleven
#: pieces, and pages share their keys (1,871 keys of 324 distinct on every third ScrapingHub page)
MAX_REMEMBERED_KEYS = 1024
_HEADLINE_KEY: Memo[str, bool] = Memo(_holds_headline, MAX_REMEMBERED_KEYS)

#: <h2> elements read at most for a headline shown one level down (`second_headings`)
MAX_SECOND_HEADINGS = 10

#: what folding drops (as `titles.fold_title` does): punctuation, spaces and underscores
_NON_WORD_RE = re.compile(r"[\W_]+")


def abbreviates(part: str, keys: set[str]) -> bool:
    """Whether a short part is a name that a key (a domain label) shortens: each word gives its start,
    in order, and the starts spell the key ("The New York Times" -> "nytimes", "New York Daily News" ->
    "nydailynews", "Crónicas de Marés" -> "cronicasmares"). A word may give nothing (an
    article, a preposition), the last must give something, and at least two words must, so a key that
    is one word of the part is left to `titles.names_site`. Accents are folded, as domains spell them."""
    words = [w for w in (ascii_fold(w) for w in part.split()) if w]
    if not MIN_ABBREVIATED_WORDS <= len(words) <= MAX_NAME_WORDS:
        return False
    return any(len(k) >= MIN_ABBREVIATION_CHARS and _spells(k, words) for k in keys)


def _spells(key: str, words: list[str]) -> bool:
    """Whether starts of `words`, in order, spell `key` (see `abbreviates`). Walked as a set of
    reachable (position in key, words used, capped at the minimum) states, so a repetitive title
    ("aaaa aaaa aaaa" on aaaaaaaa.example) costs the key's length per word, not its powers."""
    states = {(0, 0)}
    for i, word in enumerate(words):
        reached: set[tuple[int, int]] = set() if i == len(words) - 1 else set(states)  # a word may give nothing
        for pos, used in states:
            size = 0
            while size < len(word) and pos + size < len(key) and key[pos + size] == word[size]:
                size += 1
                reached.add((pos + size, min(used + 1, MIN_ABBREVIATED_WORDS)))
        states = reached
    return (len(key), MIN_ABBREVIATED_WORDS) in states


def ascii_fold(word: str) -> str:
    """A word folded as a domain writes it: casefolded, accents and punctuation dropped ("Reflexão" ->
    "reflexao")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return _NON_WORD_RE.sub("", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _spelling_tables() -> tuple[dict[int, str], dict[int, str]]:
    """The letters of data/ascii_spellings.toml as two `str.translate` tables: each letter's first
    spelling ("ü" -> "u") and its last ("ü" -> "ue")."""
    letters: dict[str, list[str]] = load_toml("ascii_spellings.toml")["letters"]
    return ({ord(k): v[0] for k, v in letters.items()}, {ord(k): v[-1] for k, v in letters.items()})


_SPELLING_TABLES = _spelling_tables()


def _ascii_spellings(folded: str) -> tuple[str, ...]:
    out: list[str] = []
    for table in _SPELLING_TABLES:
        spelled = ascii_fold(folded.translate(table))
        if spelled and spelled.isascii() and spelled != folded and spelled not in out:
            out.append(spelled)
    return tuple(out)


def spelled_in(folded: str, keys: set[str]) -> bool:
    """Whether a folded name is one of `keys` exactly, as written or as a domain spells it in ASCII
    (`ascii_spellings`): the exact test both the title's site parts and a "Site: Headline" prefix take."""
    return folded in keys or any(spelled in keys for spelled in ascii_spellings(folded))


#: folded names remembered with their ASCII spellings (a site repeats its name on every page)
MAX_REMEMBERED_SPELLINGS = 1024
_SPELLINGS: Memo[str, tuple[str, ...]] = Memo(_ascii_spellings, MAX_REMEMBERED_SPELLINGS)


def ascii_spellings(folded: str) -> tuple[str, ...]:
    """The ways a domain spells a folded name in ASCII: "süddeutschezeitung" -> ("suddeutschezeitung",
    "sueddeutschezeitung"), "estadão" -> ("estadao",). Marks dropped, and the letters Unicode does not
    decompose spelled as data/ascii_spellings.toml says. Empty for a name already in ASCII and for one
    that is not all Latin letters (a domain in ASCII never spells "日本経済新聞"): only a name a domain's
    label can equal is worth comparing with one."""
    return () if folded.isascii() else _SPELLINGS[folded]


def people_keys(names: Iterable[str]) -> tuple[str, ...]:
    """Folded forms of the page's authors, longest first (so "annamaria" is taken out before "anna"),
    without the names too short to be told from a word."""
    keys = {_NON_WORD_RE.sub("", name.casefold()) for name in names}
    return tuple(sorted((k for k in keys if len(k) >= MIN_PERSON_KEY_CHARS), key=len, reverse=True))


def names_people(folded: str, people: tuple[str, ...]) -> bool:
    """Whether a title part (folded) is a byline: it holds one of the page's authors (`people_keys`) and
    little else, a word or two that join or introduce the names ("by Emil R. Haddon", "Petra Dunmore
    and Lina Rosskopf"), shorter than the names themselves. A part that only mentions an author
    ("Interview with Ansel Varrow") holds more than that."""
    rest = folded
    for key in people:
        rest = rest.replace(key, "")
    taken = len(folded) - len(rest)
    return taken > 0 and len(rest) <= MAX_BYLINE_GLUE_CHARS and len(rest) < taken


def stated_values(meta: Mapping[str, list[str]]) -> Iterator[str]:
    """The values of the page's <meta> tags (key -> values, as `pagescan.PageScan.meta` holds them)
    that may be names: short, and under a key that does not hold the headline or its topic. A title's
    last part equal to one of them is not the headline (`titles.clean_title`'s `stated`)."""
    for key, values in meta.items():
        if _HEADLINE_KEY[key]:
            continue
        yield from (value for value in values if len(value) <= MAX_STATED_CHARS)


def second_headings(tree: lxml.html.HtmlElement) -> list[str]:
    """The texts of the page's first `MAX_SECOND_HEADINGS` <h2> elements, as long as a title may be:
    where the page's only <h1> is its banner, the headline is shown in an <h2>."""
    texts: list[str] = []
    for heading in tree.iter("h2"):
        text = fold_space(heading.text_content())
        if 0 < len(text) <= settings.MAX_TITLE_CHARS:
            texts.append(text)
        if len(texts) >= MAX_SECOND_HEADINGS:
            break
    return texts



def title_site_part(ends: Iterable[str], headline: str, keys: set[str]) -> str | None:
    """The site's name as the page's <title> prints it, for a page whose metadata names no site: of
    the title's end parts (`ends`: the last and the first part of "Headline - Site", split at its
    separators), the first that is not the headline and that one of `keys` names whole (a domain
    label, "Wikipedia" on en.wikipedia.org; the part one title adds to another, "Headline | Brand"
    beside og:title "Headline") or that a domain label abbreviates ("Business Today" on
    businesstoday.in). Self-reference, not words: a part the page's own address or its other title
    names is the site's, in any language; a part nothing names (a section, a slogan) names none."""
    head = _NON_WORD_RE.sub("", headline.casefold())
    for part in ends:
        folded = _NON_WORD_RE.sub("", part.casefold())
        if not folded or folded == head or len(part.split()) > MAX_NAME_WORDS:
            continue
        if (folded in keys or folded.removeprefix("the") in keys or abbreviates(part, keys)
                or spelled_in(folded, keys)):
            return fold_space(part)
    return None
