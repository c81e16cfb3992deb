"""The page's authors: every source in order of trust, people told from publishers.

Order of trust: JSON-LD Person > meta author (`AUTHOR_KEYS`: author, article:author, dc.creator,
parsely/sailthru, ...) > microdata > rel=author links > byline- or author-named elements (one at a
time, in document order) > links to an author's page in the article header ("By <a
href=/author/nora-vale>Nora Vale</a>" in an unnamed element) > a labelled line in the article
header ("<p>By Jane Doe | May 3, 2021</p>", "Von Anna Berg", "Por Lucía Marín": a byline label of
data/byline_words.toml opening a short line by the headline, then whole names) > linked whole names right
before the date under the headline, with no label ("<a href=/profiles/janedoe8/>Jane Doe</a> | May
14, 2019", `namedate`) > a linked name and a role there ("<a href=/bio/27281/Jane+Doe>Jane Doe</a>
Contributor", `namedate.role_name_line`) > a labelled line with a date, or whose names link to their own author pages,
further down, still before the body ("Dec 13, 2016 / By Jane Doe" in a meta bar the header does not
reach, `afterheadline`; "By <a href=/staff/jane-doe/>Jane Doe</a>") > linked names by a date there,
with no label ("<a href=/user/jane-doe>Jane Doe</a> 05.24.16", `namedate.dated_linked_names`) > whole names in an
HTML <address> there (`addressnames`) > a schema.org Person item
between the headline and the body under any property (`personitem`) > the writer's headshot there,
its alt text naming the person its byline line names (`avatarnames`) > a link preview's labelled
<meta> pair (twitter:label1 "Written by" beside twitter:data1, `labelpairs`) > JSON-LD authors typed
as organisations. The byline readers stand by the story's <h1>, past a banner <h1> (`bannerhead`). The
first source naming a person wins; organisations (agencies, the site itself) count only when no source
names a person.

A publisher is not a person even when it looks like one: a meta author that names the site, its
publisher or the page's copyright holder ("Condé Nast", "© 2022 Condé Nast") is passed over for a
later source that names a person, unless the visible byline names it too (a personal blog's author
holds its copyright).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import cast

import lxml.etree
import lxml.html

from newsgrab.meta.addressnames import address_names
from newsgrab.meta.afterheadline import Step, is_dated, stretch
from newsgrab.meta.authorlinks import LABEL_START_RE as _LABEL_START_RE
from newsgrab.meta.authorlinks import author_link_name as author_link_name
from newsgrab.meta.authorlinks import may_name_author_page as _may_name_author_page
from newsgrab.meta.avatarnames import avatar_names
from newsgrab.meta.bannerhead import past_banner
from newsgrab.meta.dates import DATE_PHRASE_RE, NUMERIC_STAMP_RE, has_date
from newsgrab.meta.elementtext import block_spaced_text, has_blocks, line_lead, short_spaced_text
from newsgrab.meta.headerzone import header_parts
from newsgrab.meta.jsonld import JsonLdInfo
from newsgrab.meta.labelpairs import labelled_authors
from newsgrab.meta.lexicon import byline_words
from newsgrab.meta.namedate import dated_linked_names, dated_name_line, outlet_name_line, role_name_line
from newsgrab.meta.nameparts import name_shaped
from newsgrab.meta.pagescan import PageScan, meta_label
from newsgrab.meta.people import clean_name, credits_next, is_phrase, keep_people, split_authors
from newsgrab.meta.personitem import holds_person, person_item_names
from newsgrab.meta.roles import is_organisation
from newsgrab.meta.shownnames import as_shown, title_end
from newsgrab.meta.titles import fold_title, site_keys
from newsgrab.whitespace import fold_space

AUTHOR_KEYS = ("author", "article:author", "og:article:author", "dc.creator", "dcterms.creator", "parsely-author",
               "sailthru.author", "byl", "citation_author", "twitter:creator:name", "cxenseparse:author")
#: meta keys that name the publisher or the holder of the page's copyright
PUBLISHER_KEYS = ("publisher", "dc.publisher", "dcterms.publisher", "article:publisher", "copyright", "dc.rights",
                  "dcterms.rights", "rights")
#: how a meta value that is an address or a handle starts: no name
_NOT_NAME_VALUES = ("http://", "https://", "@")
#: what surrounds the holder's name in a copyright line ("Copyright (c) Condé Nast 2022. All rights reserved.")
_COPYRIGHT_NOISE_RE = re.compile(
    r"copyright|\(c\)|©|all rights reserved|\b(?:19|20)\d\d\b|[-–—,.]", re.IGNORECASE
)


_WORDS = byline_words()
#: the hrefs of the links in an element and of the element itself, in document order (plain strings)
_HREFS = lxml.etree.XPath("descendant-or-self::a/@href", smart_strings=False)
#: the links in an element (or the element itself) whose title ends with the link's own text and says more
#: ("<a title="Posts by Nora Vale">Nora Vale</a>"; `authorlinks.titled_name` reads what it says)
_TITLED_LINKS = lxml.etree.XPath(
    "descendant-or-self::a[@title][string-length(normalize-space(@title)) > string-length(normalize-space(.))]"
    "[substring(normalize-space(@title), string-length(normalize-space(@title))"
    " - string-length(normalize-space(.)) + 1) = normalize-space(.)]")
_WORD_RE = re.compile(r"\w+")
#: an opener right after a number, inside a line: the date or time first, then the byline ("Tuesday 15
#: October 2019 by Jane Doe", "6:20 AM PST 03/12/2019 by Jane Doe", "Published Oct 11, 2022 By Jane Doe")
_DATED_OPENER_RE = re.compile(rf"(?<=\d)\s+(?:{_WORDS.alternation(_WORDS.openers)})(?:\s+(?=\w)|\s*$)", re.IGNORECASE)
#: the digits of a date or time that DATE_PHRASE_RE leaves to others ("11/19/2019", "09:18", "2019年3月2日"): the
#: number before such an opener is a date's, not a count's or a year's ("Built in 1931 by Frank Lloyd Wright")
_NUMERIC_STAMP_RE = NUMERIC_STAMP_RE
#: the same labels anywhere in a text, as whole words: a header part without one holds no labelled byline
_LABEL_INSIDE_RE = re.compile(rf"(?<!\w)(?:{_WORDS.grouped_alternation(_WORDS.text_labels())})(?!\w)", re.IGNORECASE)
#: characters; a labelled line under a headline longer than this is a sentence ("By the time the ..."), or a
#: teaser, not a byline
MAX_LABELLED_LINE_CHARS = 120
#: the elements of a picture and its caption: a credit there names the photographer
_CAPTION_TAGS = ("figure", "figcaption")
#: the bit of a `stretch` step's mask for the dated labelled line's walk (`_opens_with_label` its first predicate)
_LABEL_WALK = 1


def read_authors(scan: PageScan, ld: JsonLdInfo, site_name: str | None,
                 url: str | None = None) -> tuple[list[str], str] | None:
    """(authors, source label) of a page, or None when no source names anyone."""
    sites = [s for s in (site_name, ld.publisher, ld.site_name) if s]
    own = site_keys(sites, url)
    scan = past_banner(scan, own, url)
    publishers = _publishers(scan)
    # the names the page gives itself: its metadata's and domain's, and the <title>'s end part
    stated = own | title_end(scan.title_tag)
    shown: str | None = None  # the folded text of the visible bylines, read only when a publisher is named
    fallback: tuple[list[str], str] | None = None
    for names, label, visible in _author_sources(scan, ld, sites):
        names = _unique(names)
        if not names:
            continue
        people = [n for n in names if not is_organisation(n, sites)]
        if people and ((publishers and any(is_organisation(n, publishers) for n in people))
                       or (not visible and any(fold_title(n) in stated for n in people))):
            if shown is None:
                shown = fold_title(" ".join(text for text, _kind in scan.bylines))
            people = [n for n in people if fold_title(n) in shown or not (
                is_organisation(n, publishers) or (not visible and fold_title(n) in stated))]
        if people:
            if visible and fallback is not None and _header_prefers(fallback[0], people, scan):
                return fallback
            return as_shown(_without_own_name(keep_people(people, sites), own), scan), label
        if fallback is None:
            fallback = (names, label)
    return fallback


def _header_prefers(organisations: list[str], people: list[str], scan: PageScan) -> bool:
    """Whether the article header (`headerzone`) prints one of `organisations` and none of `people`:
    "By Jewish Business News Correspondent" under the headline, with the rel=author links of the
    related stories further down naming people. Position and self-reference, no words: the byline of
    the page's own story sits by its headline; a visible byline naming people elsewhere on the page
    beats an organisation only when the header does not print that organisation instead."""
    if scan.headline is None:
        return False
    header = f" {_folded_words(' '.join(text for _part, text in header_parts(scan, preceding_first=False)))} "
    return any(f" {_folded_words(n)} " in header for n in organisations) and not any(
        f" {_folded_words(n)} " in header for n in people)


def _folded_words(text: str) -> str:
    """Casefolded words joined by one space: names are looked for in a text as whole words."""
    return " ".join(_WORD_RE.findall(text.casefold()))


def _without_own_name(names: list[str], own: set[str]) -> list[str]:
    """The names without the site's own, when a person is left: "Piers Hallorann, Futurism" on
    futurism.com, "Wendell K. Orr, Cleveland.com" on cleveland.com. Self-reference, not an organisation
    word: a byline part that is exactly the page's domain label (or site name) names the publisher.
    Exact, not contained: "Mark Cleveland" on cleveland.com is a person."""
    people = [n for n in names if fold_title(n) not in own]
    return people or names


def _publishers(scan: PageScan) -> list[str]:
    """Names of the page's publisher and copyright holder from its meta tags (URLs left out)."""
    found = []
    for key in PUBLISHER_KEYS:
        for value in scan.meta.get(key, ()):
            if not value.startswith(_NOT_NAME_VALUES):
                holder = fold_space(_COPYRIGHT_NOISE_RE.sub(" ", value))
                if holder:
                    found.append(holder)
    return found


def _author_sources(scan: PageScan, ld: JsonLdInfo, sites: list[str]) -> Iterator[tuple[list[str], str, bool]]:
    """(names, label, visible) of each author source in order of trust, split only when asked for;
    `visible`: read from the page's text (a byline element or link), not stated by structured data;
    `sites`: the page's own names (a headshot is never the site's logo).

    A generator: the first source naming a person ends the search, so later bylines are never
    split (`split_authors` is several regex passes).
    """
    yield [n for a in ld.authors if a.is_person for n in [clean_name(a.name)] if n], "json-ld", False
    for key in AUTHOR_KEYS:
        values = [v for v in scan.meta.get(key, ()) if not v.startswith(_NOT_NAME_VALUES)]
        yield [n for v in values for n in split_authors(v)], meta_label(key), False
    # explicit markup (microdata, rel=author) names each author in its own element: one source per
    # kind; a class-named byline element holds them all, so the first such element is one source
    for kind, label in (("microdata", "microdata"), ("rel-author", "byline")):
        yield _names([text for text, k in scan.bylines if k == kind], explicit=True), label, True
    for text, k in scan.bylines:
        if k == "byline":
            yield _names([text]), "byline", True
    yield _names(_header_author_links(scan)), "byline", True
    yield _header_labelled_line(scan), "byline", True
    yield dated_name_line(scan), "byline", True
    yield role_name_line(scan), "byline", True
    yield outlet_name_line(scan), "byline", True
    # the elements after the headline, walked once for both readers (bit _LABEL_WALK: the labelled line's)
    steps = stretch(scan.headline, _opens_with_label, holds_person) if scan.headline is not None else []
    yield _dated_labelled_line(steps), "byline", True
    yield dated_linked_names(steps), "byline", True
    yield address_names(steps), "byline", True
    pictures: list[lxml.html.HtmlElement] = []  # the <img> elements of the stretch the Person items are read in
    yield [n for n in _names(person_item_names(steps, pictures)) if name_shaped(n)], "microdata", True
    yield avatar_names(pictures, sites), "byline", True
    # a link preview's labelled pair ("Written by" / "Jane Doe", `labelpairs`): after every byline the
    # page shows, as it names the account that posted the story, not always its writer
    yield [n for v in labelled_authors(scan.meta) if not v.startswith(_NOT_NAME_VALUES) for n in split_authors(v)], \
        "twitter", False
    yield [n for a in ld.authors if not a.is_person for n in [clean_name(a.name)] if n], "json-ld", False


def _names(texts: list[str], explicit: bool = False) -> list[str]:
    """The names in visible bylines: split, and phrases left out ("View author archive" beside the name:
    page text, where a meta or JSON-LD value is written as a name)."""
    return [n for text in texts for n in split_authors(text, explicit=explicit, marked=True) if not is_phrase(n)]


def _header_author_links(scan: PageScan) -> list[str]:
    """The texts of links to an author's page in the article header (`headerzone`), where the link's
    text is its own slug: "By <a href="/author/nora-vale">Nora Vale</a>" in an element named like
    nothing. Self-reference and position, not a class name: a tag page ("/people/prince") or a
    related story's byline further down the page is not read. Most header parts link no author page
    (a Wikipedia article's body, hundreds of links): their hrefs, read in C, are ruled out by one search."""
    if scan.headline is None or not _WORDS.author_paths:
        return []
    names = []
    for part, _text in header_parts(scan, preceding_first=False):
        # the links whose title ends with their own text, found in C (`titled_name` reads them): a Wikipedia
        # body titles each of its hundreds of links with its target's name, none with more than the text
        titled = cast(list[lxml.html.HtmlElement], _TITLED_LINKS(part))
        # all its hrefs at once (a test one href passes, their joined text passes too)
        by_href = _may_name_author_page(" ".join(cast(list[str], _HREFS(part))))
        if not titled and not by_href:
            continue
        titled_set = set(titled)
        for link in part.iter("a") if by_href else titled:
            href, title = link.get("href") or "", link.get("title") if link in titled_set else None
            if title or _may_name_author_page(href):  # the href before the text: reading a link's text costs more
                text = author_link_name(link.text_content(), href, title)
                if text and not credits_next(line_lead(link)):  # "Illustration by <a>Ada Lin</a>"
                    names.append(text)
    return names


def _header_labelled_line(scan: PageScan) -> list[str]:
    """The names of the first line of the article header (`headerzone`) that opens with a byline label,
    in an element named like nothing: "<p>By Jane Doe | May 3, 2021</p>", "<div><span>Von</span>
    <a>Anna Berg</a></div>" right under the headline. Position and shape, not a class name: the line
    sits by the headline, before the body, opens with a label of data/byline_words.toml and is short;
    what follows the label must split into names (`split_authors`; no phrase, no login: "By admin",
    "By the time the council met"). A line that gives the date first has its opener inside
    (`_dated_byline`: "Tuesday 22 October 2019 by Jane Doe")."""
    if scan.headline is None:
        return []
    for part, text in header_parts(scan, preceding_first=False):
        if not _LABEL_INSIDE_RE.search(text):
            continue
        read = 0  # characters of the elements' own text walked past: the header's text ends within them
        for el in part.iter():
            if read > len(text):
                break
            read += len(el.text.strip()) if el.text else 0
            if not isinstance(el.tag, str) or not el.text or _in_caption(el):
                continue
            if not _LABEL_START_RE.match(el.text) or not _opens_byline(el):
                dated = _dated_byline(el)
                if dated:
                    return dated
                continue
            el, line = _labelled_line(el)
            if not line or line not in text:
                continue
            names = _names([block_spaced_text(el) if has_blocks(el) else line])
            if names and all(name_shaped(name) for name in names):
                return names
    return []


def _labelled_line(el: lxml.html.HtmlElement) -> tuple[lxml.html.HtmlElement, str]:
    """The short line a byline label opens in `el`, and the element that holds it: the label's
    parent when the label stands alone in its element ("<span>By</span> <a>Jane</a>")."""
    line = short_spaced_text(el, MAX_LABELLED_LINE_CHARS)
    if line and not _LABEL_START_RE.sub("", line).strip(":： "):
        parent = el.getparent()
        el = parent if parent is not None else el
        line = short_spaced_text(el, MAX_LABELLED_LINE_CHARS)
    return el, line


def _dated_labelled_line(steps: list[Step]) -> list[str]:
    """The names of a labelled line with a date, after the headline but beyond the article header
    (`headerzone`'s levels and characters): "<span>By Jane Doe</span> • 12/16/16 12:21pm" below a
    lead picture and its standfirst, "Dec 13, 2016 / <span>By <a>Jane Doe</a></span>" in a
    meta bar four containers away from the <h1>. Position, shape and a date, no class name: the line
    opens with a byline label (`_LABEL_START_RE`), its names are whole names, a date stands in it or
    in the short element around it (a byline is a short line of names by the date), or each name is
    the text of a link to that person's own page (`_linked`: the address agrees), and it comes
    before the body starts (`afterheadline.stretch`: a text piece of BODY_PIECE_CHARS) in the headline's
    <article> or <main>; a related story's "By ..." lower down, a picture's credit (no date, or in a
    <figure>) and a sentence ("By the end of 2019") are not read. Tried after every other visible
    source: with the structured authors and byline-named markup taken out of the tune pages (as an
    unseen site may write them), it names the right author on 6 more pages of 5 sites of the fold it
    was built on, none wrongly, and on 1 more of the other fold; the linked names without a date, on
    2 more sites of that fold (pitchfork's "By <a href=/staff/...>", ehow's "<a
    href=/contributor/...>By ...</a>"), none lost on either fold (bench/author_ablation.py)."""
    for el, own, mask in steps:
        if not mask & _LABEL_WALK:
            continue
        if not own or not _LABEL_START_RE.match(own) or _in_caption(el):
            continue
        # the label opens its line, or follows the date on it ("Dec 13, 2016 / By Jane Doe"; a name's
        # particle follows a name: "Anton D. Von Brandt")
        if not (_opens_byline(el) or has_date(line_lead(el))):
            continue
        el, line = _labelled_line(el)
        if line:
            names = _names([line])
            if names and all(name_shaped(name) for name in names) and (is_dated(el) or _linked(el, names)):
                return names
    return []


def _linked(el: lxml.html.HtmlElement, names: list[str]) -> bool:
    """Whether each of `names` is the text of a link to that person's own page in `el`, or of the link
    around it ("By <a href=/staff/larry-quennell/>Larry Quennell</a>", "<a
    href=/contributor/lucy_akins/><span>By Lucy Akins</span></a>"): the address agrees with the line."""
    around = next(el.iterancestors("a"), None)
    links = [*el.iter("a"), *([around] if around is not None else [])]
    linked = {fold_title(name) for link in links
              if (name := author_link_name(link.text_content(), link.get("href") or "", link.get("title")))}
    return all(fold_title(name) in linked for name in names)


def _opens_with_label(el: lxml.html.HtmlElement) -> bool:
    """Whether `el`'s own text opens with a byline label ("By", "Von:", "Author:")."""
    return bool(el.text and _LABEL_START_RE.match(el.text))


def _in_caption(el: lxml.html.HtmlElement) -> bool:
    """Whether `el` is a picture's caption or in one: "By Jane Doe/Getty Images" under the lead picture
    credits the photographer (markup, not words: a <figure> or <figcaption>)."""
    return el.tag in _CAPTION_TAGS or next(el.iterancestors(*_CAPTION_TAGS), None) is not None


def _dated_byline(el: lxml.html.HtmlElement) -> list[str]:
    """The names after a date or time and an opener in the line that `el` opens ("Tuesday 15 October
    2019 by Hollis T. Brann", WordPress's "Posted on May 3, 2021 by Jane Doe" in one text); [] when
    its own text holds no opener right after a number."""
    own = el.text or ""
    if not _DATED_OPENER_RE.search(own):
        parent = el.getparent()
        # the date in its own element, the opener after it: "<span>5:45 AM 11/19/2019</span> by <span>Jane"
        if parent is None or not own.rstrip()[-1:].isdigit() or not _DATED_OPENER_RE.search(
                f"{own.rstrip()[-1:]}{el.tail or ''}"):
            return []
        el = parent
    if line_lead(el):
        return []
    line = short_spaced_text(el, MAX_LABELLED_LINE_CHARS)
    found = _DATED_OPENER_RE.search(line)
    if found is None or not (_NUMERIC_STAMP_RE.search(line[:found.start()]) or DATE_PHRASE_RE.search(
            line[:found.start()])):
        return []
    names = _names([line[found.start():]])
    return names if names and all(name_shaped(name) for name in names) else []


def _opens_byline(el: lxml.html.HtmlElement) -> bool:
    """Whether the label that opens `el`'s text opens a byline: at the start of a line, or in lower case
    after a date or time on the same line ("2019年3月2日09:18 <span>by 深海</span>"). A capitalised label
    after other words is a particle inside a name: "<span>Anton D.</span> <span>Von Brandt</span>"."""
    lead = line_lead(el)
    return not lead or ((el.text or "").lstrip()[:1].islower() and lead[-1:].isdigit())


def _unique(names: Iterable[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for name in names:
        key = fold_title(name)
        if key and key not in seen:
            seen.add(key)
            out.append(fold_space(name))
    return out
