"""Titles without the site's name: "Storm hits coast | Example News" -> "Storm hits coast".

A <title> (and often og:title) carries the site name, a section, or both, joined by a separator.
A part is dropped from either end when it names the site (site_name, publisher, or the domain, whose
ASCII label names "Estadão" on estadao.com.br); when nothing is known about the site, a short
brand-like last part after " | " is dropped only if the page's <h1> confirms what is left. The
shown <h1> also marks where the headline ends when the separator after it has no spaces
("Headline_科技_腾讯网"): what follows, shorter, is a section or the site.
A part that is the page's own authors ("Headline - by Ansel Varrow") goes too; titlenames.py
recognises such names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsgrab import settings, urls
from newsgrab.memo import Memo
from newsgrab.meta.titlenames import abbreviates, ascii_spellings, names_people, spelled_in
from newsgrab.whitespace import fold_space

#: a separator between the parts of a title, with spaces around it ("Headline | Site"); also the
#: double hyphen of plain-text habits ("Headline -- Engadget") and the full-width pipe and hyphen of
#: CJK titles ("見出し － Publickey", "見出し ｜ ガジェット通信")
SEPARATOR_RE = re.compile(r"\s+(?:--|\||｜|–|—|-|－|::|·|•|»|«|/|:)\s+")
#: words; a trailing part this short, after " | ", looks like a brand or section, not the headline
MAX_BRAND_WORDS = 4
#: separators after which a short unknown last part is taken for a brand
BRAND_SEPARATORS = frozenset({"|", "｜", "·", "•", "::", "»"})
#: separators written without spaces (CJK titles): a pipe or a colon, half or full width
_TIGHT_SEPARATOR_RE = re.compile(r"(?<=[\w」』）)\]])[|｜:：](?=\w)")
#: a colon written against the word before it, a space after it: "Site: Headline" (`_without_colon_site`)
ATTACHED_COLON_RE = re.compile(r"(?<=\S)[:：]\s+")
#: a separator right after the shown headline in a title, with or without spaces: what `_headline_prefix`
#: accepts between the headline and a site or section tail
_LEADING_SEPARATOR_RE = re.compile(r"\s*[|｜_:：·•»\-–—]+\s*")
#: characters; a shown headline shorter than this is not looked for at the start of a title ("Re" in
#: "Re:Zero gets a new season")
MIN_PREFIX_HEADLINE_CHARS = 8
#: separators that headlines use as punctuation ("Biden: the interview")
HEADLINE_SEPARATORS = frozenset({":", "/"})
#: characters; a folded site name this long is recognised at the start or end of a longer part
MIN_CONTAINED_KEY_CHARS = 5
#: characters; the word beside the site's name in an edition's name ("pv magazine International") is
#: at most this long
MAX_EDITION_CHARS = 15
#: words; a part between the headline and the site's name this short may be a section, a date, a byline
MAX_SECTION_WORDS = 5
#: parts dropped at most as sections before the site's name ("| Tides | News | Example.co.uk" has two)
MAX_SECTIONS = 3
#: characters; a headline in a script without spaces is at least this long (`_headline_sized`)
MIN_UNSPACED_HEADLINE_CHARS = 12
#: share of a longer name (a domain label) that a part starting it must cover to be that name
NAME_SHARE_OF_KEY = 0.75
#: words; a shown headline shorter than this is not compared with the metadata's title (a section name)
MIN_HEADLINE_WORDS = 5
#: what folding drops: punctuation, spaces and underscores (compiled once: `re.sub` with a pattern
#: string looks it up in re's cache on every call, and titles are folded ~15 times a page)
_UNFOLDED_RE = re.compile(r"[\W_]+")


#: where markup starts inside text: an unclosed <title> swallows the page after it as raw text
_MARKUP_RE = re.compile(r"<[a-zA-Z/!?]")


def title_text(raw: str | None, *, raw_markup: bool = False) -> str | None:
    """A title candidate as read from the page: spaces folded, None when it is longer than any title
    (`settings.MAX_TITLE_CHARS`) or empty. Bounding the length here keeps every later step (splitting
    on separators, comparing with the <h1>) small.

    With `raw_markup` (the text of a <title> element), the text is cut where a tag starts: an unclosed
    <title> holds the rest of the page as text ("Headline | Site<meta ...></head><body>..."), and what
    precedes the first tag is the title the page meant.
    """
    if not raw:
        return None
    markup = _MARKUP_RE.search(raw) if raw_markup else None
    text = fold_space(raw[: markup.start()] if markup else raw)
    return text if 0 < len(text) <= settings.MAX_TITLE_CHARS else None


#: second-level labels of registries ("co.uk", "com.au", "ne.jp"), never a site's own name
_REGISTRY_LABELS = frozenset({"co", "com", "org", "net", "ac", "gov", "ne", "or", "go", "edu", "ad"})


def fold_title(text: str) -> str:
    """Casefolded, punctuation- and space-free form for comparing titles and names (remembered:
    a page folds each of its names, titles and <meta> values several times, 50 folds a page of
    which 15 distinct, and a site repeats its name on every page)."""
    return _FOLDED[text]


def _fold_title(text: str) -> str:
    return _UNFOLDED_RE.sub("", text.casefold())


#: texts remembered folded before the memo empties itself (short strings: a few hundred kB at most)
MAX_REMEMBERED_FOLDS = 4096
_FOLDED: Memo[str, str] = Memo(_fold_title, MAX_REMEMBERED_FOLDS)


def site_keys(names: Iterable[str | None], url: str | None) -> set[str]:
    """Folded forms of the site's names and its domain's label ("www.example-news.co.uk" -> "examplenews")."""
    keys = {fold_title(n) for n in names if n}
    keys |= {k.removeprefix("the") for k in keys}
    if url:
        host = urls.host(url).removeprefix("www.")
        if host:
            keys.add(fold_title(host))
            # every label but the top-level one and the registry's ("co", "com" in co.uk, com.au): the
            # site's own name is not always the first ("blogs.wsj.com" -> "wsj", "en.wikipedia.org")
            labels = [fold_title(label) for label in host.split(".")[:-1] or [host] if label not in _REGISTRY_LABELS]
            keys.update(labels)
            if len(labels) > 1:  # "Sky News" on news.sky.com, "CNET News" on news.cnet.com
                keys |= {"".join(labels), "".join(reversed(labels))}
    return {k for k in keys if len(k) >= 2}


def is_home_page(url: str | None) -> bool:
    """Whether `url` is a site's front page (no path, no query): the one page whose title is the site's
    name ("Learn Knots" beside the <title> "Learn Knots — The best way to learn sailing knots"). On any other
    page a title that is only the site's name names no headline."""
    parts = urls.split(url) if url else None
    return bool(parts and parts.netloc and parts.path in ("", "/") and not parts.query)


def names_site(folded: str, keys: set[str]) -> bool:
    """Whether a part (folded by `fold_title`) is the site's name: as written, or as the domain spells
    it in ASCII ("Estadão" on estadao.com.br, "Süddeutsche Zeitung" on sueddeutsche.de,
    `titlenames.ascii_spellings`)."""
    if not folded:
        return True
    return _names_site(folded, keys) or any(_names_site(spelled, keys) for spelled in ascii_spellings(folded))


def _names_site(folded: str, keys: set[str]) -> bool:
    # the site's name alone, or with a little around it: "[Archive of Our Own]", "Courier Online"
    return any(folded == k or folded.removeprefix("the") == k or (
        len(k) >= MIN_CONTAINED_KEY_CHARS and (folded.startswith(k) or folded.endswith(k))
        and len(folded) <= 2 * len(k)) or starts_name(folded, k) for k in keys)


def names_edition(part: str, keys: set[str]) -> bool:
    """Whether a short part is the site's name and one word more, at either end: an edition, a
    medium or a country ("pv magazine International" on pv-magazine.com, "The Indie Hackers Podcast"
    on indiehackers.com), however long the name. The name must be all the other words, exactly, and
    the word one word of letters, not a phrase of a script written without spaces."""
    words = part.split()
    if not 2 <= len(words) <= MAX_BRAND_WORDS:
        return False
    for rest, extra in ((words[1:], words[0]), (words[:-1], words[-1])):
        if len(extra) > MAX_EDITION_CHARS or not extra.isalpha():
            continue  # a phrase in a script without spaces: "RustのWebAssemblyの中でDOMを扱う MOONGIFT"
        folded = fold_title(" ".join(rest))
        if len(folded) >= MIN_CONTAINED_KEY_CHARS and (folded in keys or folded.removeprefix("the") in keys):
            return True
    return False


def _without_sections(parts: list[str], seps: list[str], end: int) -> int:
    """The end of the headline's parts when the site's name (and what followed it) began at `end`:
    short parts just before it, joined by the same separator as the site's name, are the site's
    sections, a date or a byline ("Headline | Film | The Guardian", "Headline - 26 Sep 2011 - Site").
    The title's own template repeats its separator; a headline's own punctuation is usually another
    ("Greta Lindholm: 'My next movie – ...' | Film | The Guardian" keeps its colon and dash). A colon or
    slash is headline punctuation, and what is left must still be headline-sized ("Brexit - what
    happens next - Site" keeps "what happens next")."""
    sep = seps[end - 1].strip()
    if sep in HEADLINE_SEPARATORS:
        return end
    stop = max(1, end - MAX_SECTIONS)  # a bounded walk: each step joins the head again
    while end > stop and seps[end - 2].strip() == sep and len(parts[end - 1].split()) <= MAX_SECTION_WORDS:
        head = _join(parts, seps, 0, end - 1)
        if not headline_sized(head) or len(head) < 2 * len(parts[end - 1]):
            break
        end -= 1
    return end


def headline_sized(text: str) -> bool:
    """Whether `text` is long enough to be a whole headline: `MIN_HEADLINE_WORDS` words, or for a
    script written without spaces, `MIN_UNSPACED_HEADLINE_CHARS` characters."""
    if " " not in text.strip():
        return len(text.strip()) >= MIN_UNSPACED_HEADLINE_CHARS
    return len(WORD_RE.findall(text)) >= MIN_HEADLINE_WORDS


def starts_name(folded: str, key: str) -> bool:
    """Whether a part is most of a longer name's start: a domain adds a country or a digit to the
    name the title writes ("The Paradigm" on theparadigmng.com, "Publickey" on publickey1.jp)."""
    return (len(folded) >= MIN_CONTAINED_KEY_CHARS and len(key) > len(folded) and key.startswith(folded)
            and len(folded) >= NAME_SHARE_OF_KEY * len(key))


def clean_title(title: str, keys: set[str], h1: Iterable[str] = (), *, guess: bool = True,
                people: tuple[str, ...] = (), stated: frozenset[str] = frozenset()) -> str:
    """`title` without site-name (and section) parts at either end.

    `guess` allows dropping a short unknown brand after " | " or " · " (for <title> and og:title,
    which carry one; not for a JSON-LD headline, which is the headline alone). `people`, the page's
    authors folded (`titlenames.people_keys`), marks a byline part after the headline; `stated`, the
    folded names the page states elsewhere alone (a <meta> value, `titlenames.stated_values`; a link to
    the section it sits in, `homelinks.section_link_names`), a short part after the headline.
    The work grows with the number of parts, not with its square: each part is folded once.
    """
    h1 = [h for h in h1 if h]
    prefix = _headline_prefix(title, h1)
    if prefix:
        return prefix
    parts = SEPARATOR_RE.split(title)
    seps = SEPARATOR_RE.findall(title)
    folded = [fold_title(part) for part in parts]
    # the h1 is the surest evidence: a part (or run of parts) equal to it is the headline
    # (a later part only when it is the larger share: a short h1 there is the site's banner, "V8" in
    # "... · V8")
    h1_keys = {key for key in (fold_title(h) for h in h1 if h) if key} if len(parts) > 1 else set()
    for start in range(len(parts)):
        for key in h1_keys:
            end = _run_end(folded, start, key)
            if end is None or (start, end) == (0, len(parts)):
                continue
            run = _join(parts, seps, start, end)
            if start == 0 or 2 * len(run) >= len(title):  # "Headline - Site" is the usual order
                return run
    return _without_named_parts(title, parts, seps, folded, keys, (people, stated), guess)


def _without_named_parts(title: str, parts: list[str], seps: list[str], folded: list[str], keys: set[str],
                         names: tuple[tuple[str, ...], frozenset[str]], guess: bool) -> str:
    """`title` without the parts at either end that name the site, its sections or the authors (the
    steps of `clean_title` that no <h1> confirms; `names` are its `people` and `stated`)."""
    people, stated = names
    if len(parts) < 2:
        return _without_tight_site(title, keys)
    start, end = 0, len(parts)
    while end - start > 1 and (names_site(folded[end - 1], keys) or abbreviates(parts[end - 1], keys)
                               or names_edition(parts[end - 1], keys)):
        end -= 1
    if end == len(parts) and len(parts) >= 3 and seps[-1] == seps[-2] and (
            names_site(folded[-2], keys) or abbreviates(parts[-2], keys)):
        end -= 2  # the site's name and its slogan: "Headline - Raw Story - Celebrating 18 Years of ..."
    if end < len(parts):
        end = _without_sections(parts, seps, end)
    while end - start > 1 and (_stated_short(parts, folded, start, end - 1, stated)
                               or names_people(folded[end - 1], people)):
        # a name the page states alone elsewhere: "Headline - 中国日报网" beside <meta name="source"
        # content="中国日报网">, "Headline - Auto News" beside a link to /auto-news/; the byline
        # ("Headline - by Ansel Varrow", "Headline - A and B - POLITICO.com")
        end -= 1
    while end - start > 1 and (names_site(folded[start], keys) or abbreviates(parts[start], keys)
                               or names_edition(parts[start], keys)):
        start += 1
    if (start, end) != (0, len(parts)):
        return _join(parts, seps, start, end)
    tight = _without_tight_site(title, keys)
    if tight != title:
        return tight
    # nothing known: " | Brand" at the end is still a brand when it is short and the rest is longer
    # (only separators that headlines do not use as punctuation; a dash may be part of the headline)
    if guess and seps[-1].strip() in BRAND_SEPARATORS and len(parts[-1].split()) <= MAX_BRAND_WORDS:
        rest = _join(parts, seps, 0, len(parts) - 1)
        if len(rest.split()) > len(parts[-1].split()) or _unspaced_brand(rest, parts[-1]):
            return rest
    return title


def _stated_short(parts: list[str], folded: list[str], start: int, at: int, stated: frozenset[str]) -> bool:
    """Whether the part `at` is a name the page states elsewhere (`stated`) and shorter than the parts
    before it: a name is short beside its headline, and a page that states its headline alone in some
    <meta> (itemprop=name, "hdl") writes it first or as the longer part."""
    return folded[at] in stated and len(parts[at]) < sum(len(p) for p in parts[start:at])


def _unspaced_brand(rest: str, last: str) -> bool:
    """Whether `last` is a brand after a headline in a script written without spaces, where words do
    not count ("Headline | ギズモード・ジャパン"): one unspaced run at most half as long as a headline-sized
    rest."""
    return " " not in last.strip() and headline_sized(rest) and 2 * len(last.strip()) <= len(rest)


def headline_h1(h1: list[str], keys: set[str], banners: frozenset[str] = frozenset()) -> str | None:
    """The first <h1> that is not the site's name nor one of the `banners` that link up the site
    (`bannerhead.section_banners`), else the first <h1>: a banner <h1> ("Rolling Stone", "React
    Podcast") often comes before the article's own, and taken as the headline it confirms nothing and
    hides the <h1> that would. When every <h1> names the site, the first still serves: it marks a
    "Site | Other site" title as naming no headline at all."""
    return next((h for h in h1 if h and not names_site(folded := fold_title(h), keys) and folded not in banners),
                h1[0] if h1 else None)


def shown_form(title: str, shown: str | None) -> str:
    """`title` as the page shows it, when the shown headline has the same letters in the same case and
    differs only in punctuation and spaces: share cards and feeds are written with straight quotes and
    a trailing full stop the <h1> does not have ("Let's" for the shown "Let’s")."""
    if shown and shown != title and _UNFOLDED_RE.sub("", shown) == _UNFOLDED_RE.sub("", title):
        return shown
    return title


def _headline_prefix(title: str, h1: list[str]) -> str | None:
    """The shown headline when `title` is that headline, a separator written without spaces or in
    full width, and a shorter tail: "Headline_科技_腾讯网", "Headline-新华网", "Headline：IPA 独立行政法人",
    "Headline ｜ ガジェット通信 GetNews". Such a tail is a section or the site, whatever its language;
    the <h1> says where the headline ends. A longer tail is the headline's own second half ("Lost at
    Sea: Ferries and the road towards Winter" under the <h1> "Lost at Sea")."""
    folded_title = title.casefold()
    for shown in h1:
        if len(shown) < MIN_PREFIX_HEADLINE_CHARS or not folded_title.startswith(shown.casefold()):
            continue
        tail = _LEADING_SEPARATOR_RE.match(title, len(shown))
        rest = title[tail.end():].strip() if tail else ""
        if rest and len(rest) < len(shown):
            return title[: len(shown)].strip()
    return None


def _run_end(folded: list[str], start: int, key: str) -> int | None:
    """The largest `end` for which the folded parts `start:end` spell `key`, or None.

    Separators fold to nothing, so a run of parts folds to its parts' folded forms joined; the walk
    stops at the first part that does not continue `key`, so it reads at most a key's length of parts
    (plus parts that fold to nothing).
    """
    pos, end, i = 0, None, start
    while i < len(folded) and key.startswith(folded[i], pos):
        pos += len(folded[i])
        i += 1
        if pos == len(key):
            end = i
    return end


def _without_tight_site(title: str, keys: set[str]) -> str:
    """`title` without a site name joined by a separator without spaces, as CJK titles write them:
    "マインドマップ風のツリーを描画できる「Treeviz」:phpspot開発日誌" (only a part that names the site goes);
    else without a site's name before a colon written as a colon is, against the name and a space
    after it (`_without_colon_site`)."""
    pieces = _TIGHT_SEPARATOR_RE.split(title)
    if len(pieces) < 2:
        return _without_colon_site(title, keys)
    if names_site(fold_title(pieces[-1]), keys) and pieces[0].strip():
        return title[: title.rfind(pieces[-1]) - 1].strip()
    if names_site(fold_title(pieces[0]), keys) and pieces[-1].strip():
        return title[len(pieces[0]) + 1:].strip()
    return _without_colon_site(title, keys)


def _without_colon_site(title: str, keys: set[str]) -> str:
    """`title` without the site's name before its first colon, where the colon is written against the
    name with a space after it, as colons are written: "Marsh Notes: A good enough map" with a link
    to the front page named "Marsh Notes", "ねこぶろぐ: 春の庭..." (`SEPARATOR_RE` wants spaces on
    both sides, `_TIGHT_SEPARATOR_RE` none). Headlines use this colon themselves ("Expo Week: Sources
    Say ...", "Guardian readers: tell us ..."), so the part must be one of the site's names exactly,
    as written or as the domain spells it, not one that only starts with it (`names_site`)."""
    colon = ATTACHED_COLON_RE.search(title)
    if colon is None:
        return title
    rest = title[colon.end():].strip()
    folded = fold_title(title[: colon.start()])
    if rest and folded and spelled_in(folded, keys):
        return rest
    return title


def paired_site_keys(titles: Iterable[str]) -> set[str]:
    """Site names that one title adds to another: "Headline | Brand" beside "Headline" names "Brand"
    (also "Brand - Headline"). Only whole separator-split parts count, and not after a colon or slash,
    which headlines use themselves ("Biden: the interview" beside "Biden" names no site)."""
    titles = list(titles)
    folded = {fold_title(t) for t in titles}
    keys: set[str] = set()
    for title in titles:
        parts = SEPARATOR_RE.split(title)
        seps = SEPARATOR_RE.findall(title)
        if len(parts) < 2 or seps[-1].strip() in HEADLINE_SEPARATORS or seps[0].strip() in HEADLINE_SEPARATORS:
            continue
        # the added part is the site only when it is the shorter one: beside an og:title that is the
        # site's name, "Headline | Site" names no site in "Headline"
        head, tail = _join(parts, seps, 0, len(parts) - 1), _join(parts, seps, 1, len(parts))
        if fold_title(head) in folded and len(parts[-1].split()) < len(head.split()):
            keys.add(fold_title(parts[-1]))
        if fold_title(tail) in folded and len(parts[0].split()) < len(tail.split()):
            keys.add(fold_title(parts[0]))
    return {k for k in keys if k}


#: words of a title (`headline_sized`; titleversions.py compares two versions of one headline by them)
WORD_RE = re.compile(r"\w+")


def _join(parts: list[str], seps: list[str], start: int, end: int) -> str:
    out = parts[start]
    for i in range(start + 1, end):
        out += seps[i - 1] + parts[i]
    return out.strip()
