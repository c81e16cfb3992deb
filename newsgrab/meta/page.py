"""Page metadata from the intact tree, each field with the source it came from (`provenance`).

Order of trust, per field (the first source with a usable value wins, then the cross-checks run):

- title: the candidate the page's <h1> confirms (an <h2> where no <h1> but the site's banner is);
  else JSON-LD headline > og:title > twitter:title >
  Dublin Core > <title> > <h1>; site-name parts stripped (titles.py); never the bare site name, except on
  the site's front page (no path, no query), whose title it is. A blog's banner <h1> joined to the
  <title> gives way to the headline shown below it (banner.py), and names the site.
- authors: authors.py (JSON-LD Person > meta author > microdata > rel=author > byline elements;
  people before organisations, a publisher in meta author passed over for a person).
- published, modified: pubdates.py (machine-readable sources, visible dates near the headline, the
  URL, the article header, with cross-checks between them); when none dates the page, htmldate's
  search (htmldate_fallback.py), then the one day the page's date-only elements name (lonedate.py).
- site_name: og:site_name > JSON-LD WebSite > publisher > application-name > the <title>'s end part
  that the domain or the other titles name ("Saltmarsh Bay - Wikipedia" on en.wikipedia.org) > microdata.
- url: <link rel=canonical> > og:url > JSON-LD url > the base URL given, made absolute. A canonical
  on another domain than og:url / the base URL marks a cross-post: it becomes `original_source.url`.
- description: og:description > JSON-LD > meta description > twitter:description > Dublin Core.
- language: html lang > Content-Language > og:locale > JSON-LD inLanguage > detected (language.py).
- tags: article:tag + JSON-LD keywords + rel=tag/category links + articleSection; meta keywords
  only when none of those exist.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import lxml.html

from newsgrab import urls
from newsgrab.media.classify import classify_url
from newsgrab.meta import htmldate_fallback
from newsgrab.meta.authors import read_authors
from newsgrab.meta.banner import banner_headline
from newsgrab.meta.bannerhead import section_banners
from newsgrab.meta.conjunctions import byline_language
from newsgrab.meta.dates import day_first_for
from newsgrab.meta.homelinks import home_link_names, section_link_names
from newsgrab.meta.jsonld import JsonLdInfo, read_jsonld
from newsgrab.meta.language import detect_language, first_declared, sample_text
from newsgrab.meta.leadimage import lead_image
from newsgrab.meta.lonedate import only_shown_date
from newsgrab.meta.microsite import fill_site_name
from newsgrab.meta.pagescan import PageScan, meta_label, scan_page
from newsgrab.meta.pubdates import Found, read_dates
from newsgrab.meta.titlenames import people_keys, second_headings, stated_values, title_site_part
from newsgrab.meta.titles import (
    ATTACHED_COLON_RE,
    HEADLINE_SEPARATORS,
    MIN_HEADLINE_WORDS,
    SEPARATOR_RE,
    clean_title,
    fold_title,
    headline_h1,
    headline_sized,
    is_home_page,
    paired_site_keys,
    shown_form,
    site_keys,
    title_text,
)
from newsgrab.meta.titleversions import shown_beats
from newsgrab.model import Media, Metadata, OriginalSource
from newsgrab.whitespace import fold_space

#: tags kept at most (keyword meta tags can list hundreds of SEO terms)
MAX_TAGS = 30
#: characters; second-level labels this short are registry parts ("co" in co.uk, "com" in com.au)
MAX_SECOND_LEVEL_CHARS = 3
#: characters; a tag longer than this is a sentence, not a keyword
MAX_TAG_CHARS = 60

_DESCRIPTION_KEYS = ("og:description", "@jsonld", "description", "twitter:description", "dc.description",
                     "dcterms.description")
_TITLE_KEYS = ("@jsonld", "og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title",
               "sailthru.title", "@title", "@h1")
_SITE_KEYS = ("og:site_name", "@jsonld-site", "@jsonld-publisher", "application-name", "apple-mobile-web-app-title")
#: site-name keys that some CMSs fill with the page's headline (MSN and Yahoo syndication pages write
#: `<meta name="application-name" content="Headline of the story">`)
_APP_NAME_KEYS = frozenset({"application-name", "apple-mobile-web-app-title"})


_TAGLINE_RE = re.compile(r"\s+[-–—|:]\s+")


def _first_meta(scan: PageScan, keys: Sequence[str]) -> tuple[str, str] | None:
    for key in keys:
        for value in scan.meta.get(key, ()):
            value = fold_space(value)
            if value:
                return value, meta_label(key)
    return None


def read_metadata(tree: lxml.html.HtmlElement, base_url: str | None = None) -> Metadata:
    """Title, authors, dates, site, url, description, language, tags, source and page media of a page.

    Read-only: the tree is not changed (this runs before cleaning). Every field set has its source
    in `provenance`.
    """
    return read_page(tree, base_url)[0]


def read_page(
    tree: lxml.html.HtmlElement, base_url: str | None = None, hint_pool: bool = False, markup: str | None = None
) -> tuple[Metadata, PageScan]:
    """`read_metadata` plus the page scan it read from, so the HTML stage reuses what the scan's
    one walk already found (the <base> elements; with `hint_pool`, pruning's hint candidates) instead
    of searching the tree again. `markup`, the text parsed, spares htmldate's gate a serialization."""
    scan = scan_page(tree, hint_pool)
    ld = read_jsonld(scan.jsonld) or JsonLdInfo()
    meta = Metadata()
    _read_url(meta, scan, ld, base_url)
    _read_site(meta, scan, ld)
    language = _language(scan, ld, tree)  # first: how the page writes numeric dates, which words join names
    with byline_language(language[0] if language else None):  # read before the title (a part may be a byline)
        authors = read_authors(scan, ld, meta.site_name, meta.url)
        _read_title(meta, scan, ld, tree, authors[0] if authors else [])
    fill_site_name(meta, tree, scan.hint_pool if hint_pool else None)
    if authors:
        _set(meta, "authors", authors[0], authors[1])
    _read_dates(meta, scan, ld, tree, language[0] if language else None, markup)
    _read_description(meta, scan, ld)
    if language:
        _set(meta, "language", *language)
    _read_tags(meta, scan, ld)
    _read_source(meta, ld)
    _read_media(meta, scan, ld, urls.absolute(scan.base_href, base_url) or base_url or meta.url)
    return meta, scan


def _set(meta: Metadata, name: str, value: object, source: str) -> None:
    setattr(meta, name, value)
    meta.provenance[name] = source


def _site_label(url: str | None) -> str:
    """The name part of a URL's domain: "news.bbc.co.uk" and "www.bbc.com" are both "bbc".

    The top-level label goes, then short second-level labels ("co", "com", "gov" in co.uk,
    com.au, gov.uk); what is left last is the site's own name. A canonical whose site label
    differs from the page's is on another site (a cross-post), not a mirror or an AMP copy.
    """
    labels = urls.host(url).split(".")
    if len(labels) > 1:
        labels.pop()
    while len(labels) > 1 and len(labels[-1]) <= MAX_SECOND_LEVEL_CHARS:
        labels.pop()
    return labels[-1] if labels else ""


def _read_url(meta: Metadata, scan: PageScan, ld: JsonLdInfo, base_url: str | None) -> None:
    base = urls.absolute(scan.base_href, base_url) or base_url
    og = _first_meta(scan, ("og:url",))
    og_url = urls.absolute(og[0], base) if og else None
    base = base or og_url
    canonical = urls.absolute(scan.canonical, base)
    home = og_url or base_url
    if canonical and home and _site_label(canonical) != _site_label(home):
        meta.original_source = OriginalSource(url=canonical)
        meta.provenance["original_source"] = "canonical"
        canonical = None
    for value, source in ((canonical, "canonical"), (og_url, "opengraph"),
                          (urls.absolute(ld.url, base), "json-ld"), (base_url, "base-url")):
        if value:
            _set(meta, "url", value, source)
            return


def _read_site(meta: Metadata, scan: PageScan, ld: JsonLdInfo) -> None:
    for key in _SITE_KEYS:
        if key == "@jsonld-site":
            found = (ld.site_name, "json-ld") if ld.site_name else None
        elif key == "@jsonld-publisher":
            found = (ld.publisher, "json-ld") if ld.publisher else None
        else:
            found = _first_meta(scan, (key,))
            if found and key in _APP_NAME_KEYS and _is_headline(found[0], scan):
                continue
        if found and not found[0].startswith(("http://", "https://")):
            # "Example News - Your daily briefing": the tagline after a separator is not the name
            name = _TAGLINE_RE.split(fold_space(found[0]), maxsplit=1)[0]
            _set(meta, "site_name", name, found[1])
            return


def _is_headline(name: str, scan: PageScan) -> bool:
    """Whether an app name is the page's headline rather than the site's: as long as a headline
    (`MIN_HEADLINE_WORDS` words) and the same text as the page's <title> or <h1>. Taken for the
    site's name, it would make the title be dropped as "the bare site name". Not og:title: a site
    that writes its own name and slogan there writes the same in application-name (Yahoo News)."""
    if len(name.split()) < MIN_HEADLINE_WORDS:
        return False  # "Engadget" beside an <h1> "Engadget" (the banner) is the site's name
    folded = fold_title(name)
    titles = [scan.title_tag, *scan.h1[:1]]
    return any(folded == fold_title(t) for t in titles if t)


def _read_title(meta: Metadata, scan: PageScan, ld: JsonLdInfo, tree: lxml.html.HtmlElement,
                authors: list[str]) -> None:
    raw: list[tuple[str, str]] = []
    for key in _TITLE_KEYS:
        if key == "@jsonld":
            found = (ld.title, "json-ld") if ld.title else None
        elif key == "@title":
            found = (scan.title_tag, "title-tag") if scan.title_tag else None
        elif key == "@h1":
            found = (scan.h1[0], "h1") if scan.h1 else None
        else:
            found = _first_meta(scan, (key,))
        text = title_text(found[0]) if found else None
        if found and text:
            raw.append((text, found[1]))
    # the site's names: from its metadata and domain, and what one title adds to another (the pair
    # "Headline | Brand" and "Headline" names the brand)
    keys = site_keys((meta.site_name, ld.publisher, ld.site_name), meta.url) | paired_site_keys(t for t, _ in raw)
    if is_home_page(meta.url) and all(fold_title(h) in keys for h in scan.h1[:1]):
        # a front page's title is the site's name, when a title source gives it alone (the others
        # add a slogan: "Learn Knots — The best way to learn sailing knots"); not when an <h1> other than
        # the name heads the page: an article whose canonical URL wrongly points to the front page
        named = next(((text, source) for text, source in raw if fold_title(text) in keys), None)
        if named:
            _set(meta, "title", *named)
            return
    people = people_keys(authors)
    stated = frozenset(fold_title(value) for value in stated_values(scan.meta)) - {""}
    chosen = _choose_title(raw, keys, scan, people, stated, tree, meta.url)
    if chosen and chosen[2] and (SEPARATOR_RE.search(chosen[0]) or ATTACHED_COLON_RE.search(chosen[0])):
        # a part still joined to the title that no metadata explains ("Headline - Part", "Part: Headline"):
        # the site may name itself in the links to its front page (the logo's alt, the banner); read
        # them only now
        home = {fold_title(name) for name in home_link_names(tree, meta.url)} - keys
        # and in the links to the sections it sits in (a breadcrumb: "Headline - Auto News")
        sections = frozenset(fold_title(name) for name in section_link_names(tree, meta.url)) - {""}
        if home - {""} or sections - stated:
            chosen = _choose_title(raw, keys | home, scan, people, stated | sections, tree, meta.url)
            keys = keys | home
    banner = None if is_home_page(meta.url) else banner_headline(raw, scan.h1, tree, keys, meta.url)
    if banner and not (chosen and fold_title(chosen[0]) == fold_title(banner[0])):
        # a blog's name in the first <h1>, "Blog: Post" in the <title>, the post in a heading below
        chosen = banner[0], banner[1], False
    if chosen:
        _set(meta, "title", chosen[0], chosen[1])
        if meta.site_name is None and banner:  # the banner names the site
            _set(meta, "site_name", banner[2], "h1")
        if meta.site_name is None and scan.title_tag:
            _site_from_title(meta, scan.title_tag, chosen[0], keys)


def _site_from_title(meta: Metadata, title: str, headline: str, keys: set[str]) -> None:
    """The site's name from the <title>'s end part that the domain or the other titles name
    (`titlenames.title_site_part`), where no metadata names the site: "Saltmarsh Bay - Wikipedia" on
    en.wikipedia.org. An end part after a colon or slash is the headline's ("Biden: the interview")."""
    parts, seps = SEPARATOR_RE.split(title), SEPARATOR_RE.findall(title)
    if not seps:
        return
    ends = [part for part, sep in ((parts[-1], seps[-1]), (parts[0], seps[0]))
            if sep.strip() not in HEADLINE_SEPARATORS]
    name = title_site_part(ends, headline, keys)
    if name:
        _set(meta, "site_name", name, "title-tag")


def _choose_title(raw: list[tuple[str, str]], keys: set[str], scan: PageScan, people: tuple[str, ...],
                  stated: frozenset[str] = frozenset(), tree: lxml.html.HtmlElement | None = None,
                  url: str | None = None) -> tuple[str, str, bool] | None:
    """(title, source, whether nothing on the page confirms it) among the title sources `raw`, each
    without the parts that `keys` name as the site (and a byline of the authors `people`, a section
    a name the page `stated` elsewhere)."""
    # the headline <h1>: past a banner <h1> that names the site or links up it (`bannerhead`)
    headline = headline_h1(scan.h1, keys, section_banners(scan.headline, keys, url))
    shown_h1 = [headline] if headline else []
    candidates: list[tuple[str, str]] = []
    for text, source in raw:
        if source == "h1" and headline:
            text = headline
        title = clean_title(text, keys, shown_h1, guess=source != "json-ld", people=people, stated=stated)
        if title and fold_title(title) not in keys:
            candidates.append((title, source))
    if not candidates:
        return None
    h1 = {fold_title(h) for h in shown_h1}
    confirmed = next((c for c in candidates if c[1] != "h1" and fold_title(c[0]) in h1), None)
    shown = next((c for c in candidates if c[1] == "h1"), None)
    if confirmed is None and shown is None and tree is not None:
        # no <h1> but the site's banner: the headline is shown one level down, in an <h2> that one of
        # the title sources names whole ("Mara Quill Gets More Harbour Votes Than The Mayor" in
        # sailthru.title and the article header's <h2>, beside a share-card og:title and <title>)
        h2 = {fold_title(text) for text in second_headings(tree)}
        confirmed = next((c for c in candidates if fold_title(c[0]) in h2 and headline_sized(c[0])), None)
    if confirmed is None and shown is not None and shown_beats(candidates[0][1], shown[0], candidates[0][0]):
        # the displayed headline beats the version written for share cards ("Harbour row: Quayside snubs
        # Mara Quill ... | Coast News" for the <h1> "Quayside snubs Mara Quill, says settle T&B locally")
        # and a <title> that is it cut short (`titleversions`); a JSON-LD headline keeps its place
        confirmed = shown
    title, source = confirmed or candidates[0]
    # the headline as shown (curly quotes, no trailing full stop) when it is the same words
    return shown_form(title, headline), source, confirmed is None


def _read_dates(meta: Metadata, scan: PageScan, ld: JsonLdInfo, tree: lxml.html.HtmlElement,
                language: str | None, markup: str | None) -> None:
    published, modified = read_dates(scan, ld, meta.url, language)
    if published is None:  # the last resorts: htmldate's search, then the page's date-only elements
        stamp = htmldate_fallback.find_published(tree, meta.url, markup)
        published = Found(stamp, "htmldate") if stamp else None
        if published is None:
            stamp = only_shown_date(tree, day_first_for(language or scan.html_lang))
            published = Found(stamp, "lone-date") if stamp else None
        if published and modified and modified.stamp.day < published.stamp.day:
            modified = None
    if published:
        _set(meta, "published", published.stamp.iso, published.source)
    if modified:
        _set(meta, "modified", modified.stamp.iso, modified.source)


def _read_description(meta: Metadata, scan: PageScan, ld: JsonLdInfo) -> None:
    for key in _DESCRIPTION_KEYS:
        found = ((ld.description, "json-ld") if ld.description else None) if key == "@jsonld" else _first_meta(
            scan, (key,))
        if found:
            _set(meta, "description", fold_space(found[0]), found[1])
            return


def _language(scan: PageScan, ld: JsonLdInfo, tree: lxml.html.HtmlElement) -> tuple[str, str] | None:
    """(language, source): the one the page declares, else one detected from its text."""
    declared = first_declared(
        [(scan.html_lang, "html-lang")]
        + [(v, "meta") for k in ("content-language", "language", "dc.language") for v in scan.meta.get(k, ())]
        + [(v, "opengraph") for v in scan.meta.get("og:locale", ())]
        + [(ld.language, "json-ld")]
    )
    if declared:
        return declared
    detected = detect_language(sample_text(tree))
    return (detected, "detected") if detected else None


def _read_tags(meta: Metadata, scan: PageScan, ld: JsonLdInfo) -> None:
    groups: list[tuple[list[str], str]] = [
        (scan.meta.get("article:tag", []), "opengraph"),
        (ld.tags, "json-ld"),
        (scan.tags, "rel-tag"),
        (ld.section, "json-ld"),
        ([v for v in scan.meta.get("article:section", [])], "opengraph"),
        ([t for v in scan.meta.get("parsely-tags", ()) for t in v.split(",")], "meta"),
    ]
    if not any(values for values, _ in groups):
        groups = [([t for k in ("news_keywords", "keywords") for v in scan.meta.get(k, ()) for t in v.split(",")],
                   "keywords")]
    seen: set[str] = set()
    for values, label in groups:
        for raw in values:
            tag = fold_space(raw).strip(" #,;")
            key = tag.casefold()
            if tag and len(tag) <= MAX_TAG_CHARS and key not in seen and len(meta.tags) < MAX_TAGS:
                seen.add(key)
                meta.tags.append(tag)
                meta.provenance.setdefault("tags", label)


def _read_source(meta: Metadata, ld: JsonLdInfo) -> None:
    name = ld.based_on_name or ld.source_organization
    url = urls.absolute(ld.based_on, meta.url) if ld.based_on else None
    if not (name or url):
        return
    meta.original_source = (meta.original_source or OriginalSource()).fill(name=name, url=url)
    meta.provenance["original_source"] = "json-ld"


def _read_media(meta: Metadata, scan: PageScan, ld: JsonLdInfo, base: str | None) -> None:
    """Page-level media: the lead image (resolved as the page's links are: <base href>, the caller's
    URL, the canonical URL), og:video/og:audio, JSON-LD media objects, a Twitter player card."""
    lead = lead_image(scan, ld, base)
    if lead is not None:
        meta.media.append(lead[0])
        meta.provenance["media"] = lead[1]
    found: list[tuple[str, str, str]] = []  # (kind, url, source)
    for kind, keys in (("video", ("og:video:secure_url", "og:video:url", "og:video")),
                       ("audio", ("og:audio:secure_url", "og:audio:url", "og:audio"))):
        values = [v for k in keys for v in scan.meta.get(k, ())]
        if values:
            found.append((kind, values[0], "opengraph"))
    found += [(kind, url, "json-ld") for kind, url in ld.media]
    # a Twitter player card names the page's video player: kept when it is a known host's item
    found += [("video", v, "twitter") for v in scan.meta.get("twitter:player", ()) if classify_url(v) is not None]
    seen: set[str] = {item.url for item in meta.media}
    for kind, raw, source in found:
        url = urls.absolute(raw, meta.url)
        if not url or url in seen:
            continue
        seen.add(url)
        item = classify_url(url) or Media(kind=kind, url=url)
        if item.kind == "image":
            continue
        meta.media.append(item)
        meta.provenance.setdefault("media", source)
