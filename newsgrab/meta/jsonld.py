"""JSON-LD read tolerantly: the article node, its people, dates, publisher and media.

Publishers' JSON-LD is often broken: trailing commas, raw newlines inside strings, HTML comments or
CDATA wrappers, two objects pasted into one <script>, or a `@graph` (Yoast) whose author is only an
`{"@id": ...}` reference to a Person node elsewhere in the graph. `parse_jsonld` repairs what it can
and skips what it cannot; `read_jsonld` flattens the nodes and picks the article.

Only top-level nodes, `@graph` members and a WebPage's `mainEntity` count as candidates: articles
listed inside an `ItemList` or `hasPart` are related stories, whose dates must never be taken.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from newsgrab.meta.people import split_authors

#: schema.org types whose node describes the page's own article
ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle",
        "satiricalarticle", "scholarlyarticle", "techarticle", "report", "liveblogposting",
        "socialmediaposting", "discussionforumposting", "medicalscholarlyarticle", "posting", "webcontent",
    }
)
#: node types that are a site or an organisation (publisher, site name)
ORG_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "website", "localbusiness"})
VIDEO_TYPES = frozenset({"videoobject"})
AUDIO_TYPES = frozenset({"audioobject", "podcastepisode"})
_PAGE_TYPES = frozenset({"webpage", "itempage", "collectionpage", "aboutpage", "profilepage"})
#: node types whose dates are not the page's: the site, its owners and people, and media objects
#: (a video's datePublished is when the clip went up, often long before the article)
_UNDATED_TYPES = ORG_TYPES | VIDEO_TYPES | AUDIO_TYPES | {"person", "imageobject", "breadcrumblist", "searchaction"}
#: node types that never describe the page itself: whose author, if any, is not the page's
_NOT_PAGE_TYPES = ORG_TYPES | {"person", "breadcrumblist", "searchaction", "itemlist"}

_TRAILING_COMMA_RE = re.compile(r",\s*([}\]])")
_WRAPPER_RE = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$")
#: what a stripped script body starts or ends with when _WRAPPER_RE has anything to remove
_WRAPPER_STARTS = ("<!--", "//", "<![CDATA[")
_WRAPPER_ENDS = ("-->", "]]>")
_JS_COMMENT_RE = re.compile(r"^\s*//[^\n]*$", re.MULTILINE)


@dataclass(slots=True)
class Author:
    """One author as JSON-LD gives it: a name, and whether the node says it is a person."""

    name: str
    is_person: bool


@dataclass(slots=True)
class JsonLdInfo:
    """What the article node (and the site/publisher nodes beside it) say about the page."""

    title: str | None = None
    description: str | None = None
    authors: list[Author] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    created: str | None = None
    publisher: str | None = None
    site_name: str | None = None
    url: str | None = None
    language: str | None = None
    tags: list[str] = field(default_factory=list)
    section: list[str] = field(default_factory=list)
    #: dates of the page's other nodes, when no article node gives one: a Yoast `@graph` whose only
    #: dated node is the WebPage, or a node of another creative type (Recipe, Review, ...)
    page_published: str | None = None
    page_modified: str | None = None
    based_on: str | None = None
    based_on_name: str | None = None
    source_organization: str | None = None
    #: the article's image (its `image`, else the page node's primaryImageOfPage, image or thumbnailUrl)
    image: str | None = None
    #: (kind, url) of VideoObject/AudioObject nodes: "video"/"audio" and contentUrl or embedUrl
    media: list[tuple[str, str]] = field(default_factory=list)


def parse_jsonld(text: str) -> list[Any]:
    """Every JSON value in one <script> body, repairing the common breakages; [] when hopeless."""
    text = text.strip()
    if text.startswith(_WRAPPER_STARTS) or text.endswith(_WRAPPER_ENDS):
        # only then can _WRAPPER_RE match (the text is stripped); its end branch is otherwise
        # tried at every position of what can be a 10 KB script
        text = _WRAPPER_RE.sub("", text).strip()
    if not text:
        return []
    # repair (two regex passes over what can be a 10 KB script) only what does not parse as it is
    values = _decode_all(text)
    if values:
        return values
    return _decode_all(_TRAILING_COMMA_RE.sub(r"\1", _JS_COMMENT_RE.sub("", text)))


#: digits of the longest integer a script's JSON is read with: Python refuses to convert a longer one
#: (`sys.get_int_max_str_digits`, 4,300) with a ValueError, and no page means such a number
MAX_INT_DIGITS = 4000


def _int(digits: str) -> int | None:
    """A JSON integer, or None for one of thousands of digits (a broken or hostile script)."""
    return int(digits) if len(digits) <= MAX_INT_DIGITS else None


def _decode_all(text: str) -> list[Any]:
    """Decode one or more concatenated JSON values (strict=False accepts raw newlines in strings).

    A value nested deeper than Python's decoder recurses (about a thousand arrays or objects) ends
    the script's values, as broken JSON does: what came before it is kept.
    """
    decoder = json.JSONDecoder(strict=False, parse_int=_int)
    values: list[Any] = []
    index = 0
    while index < len(text):
        while index < len(text) and text[index] in " \t\r\n;,":
            index += 1
        if index >= len(text):
            break
        try:
            value, index = decoder.raw_decode(text, index)
        except (json.JSONDecodeError, RecursionError):
            return values
        values.append(value)
    return values


def _types(node: dict[str, Any]) -> set[str]:
    raw = node.get("@type")
    items = raw if isinstance(raw, list) else [raw]
    return {str(t).rsplit("/", 1)[-1].lower() for t in items if isinstance(t, str)}


def _top_nodes(values: Iterable[Any]) -> Iterable[dict[str, Any]]:
    """Top-level nodes, @graph members and mainEntity, not nested lists of related items."""
    for value in values:
        if isinstance(value, list):
            yield from _top_nodes(value)
        elif isinstance(value, dict):
            if "@graph" in value:
                yield from _top_nodes(value["@graph"] if isinstance(value["@graph"], list) else [value["@graph"]])
            if "@type" in value:
                yield value
                main = value.get("mainEntity")
                if isinstance(main, dict | list) and _types(value) & _PAGE_TYPES:
                    yield from _top_nodes([main])


def _text(value: Any) -> str | None:
    """A plain string out of a JSON-LD value (string, {"@value"}, {"name"}, or the first of a list)."""
    if isinstance(value, str):
        # CMSs (Yoast, for one) put HTML entities in JSON strings: "Dropbox&#8217;s"
        return (html.unescape(value) if "&" in value else value).strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list):
        for item in value:
            found = _text(item)
            if found:
                return found
        return None
    if isinstance(value, dict):
        return _text(value.get("@value") or value.get("name") or value.get("url") or value.get("@id"))
    return None


def _url(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list):
        return next((u for u in (_url(v) for v in value) if u), None)
    if isinstance(value, dict):
        return _url(value.get("url") or value.get("@id"))
    return None


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    if isinstance(value, dict):
        name = _text(value.get("name"))
        return [name] if name else []
    return []


def _authors(value: Any, index: dict[str, dict[str, Any]]) -> list[Author]:
    items = value if isinstance(value, list) else [value]
    found: list[Author] = []
    for item in items:
        if isinstance(item, str):
            text = _text(item)
            if text and not text.startswith(("http://", "https://")):
                # a plain string may name several people: "Jane Doe and John Smith"
                found += [Author(name, is_person=True) for name in split_authors(text)]
            continue
        if not isinstance(item, dict):
            continue
        if "name" not in item and isinstance(item.get("@id"), str):
            item = index.get(item["@id"], item)
        name = _text(item.get("name"))
        if name and not name.startswith(("http://", "https://")):
            types = _types(item)
            found.append(Author(name, is_person=not (types & ORG_TYPES)))
    return found


def _resolve(value: Any, index: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        return index.get(value["@id"], value)
    return value


def _score(node: dict[str, Any]) -> int:
    """Prefer the node that looks most like a full article description."""
    keys = ("headline", "datePublished", "author", "articleBody", "publisher")
    return sum(1 for key in keys if node.get(key))


def read_jsonld(scripts: Iterable[str]) -> JsonLdInfo | None:
    """The article information from the page's ld+json script bodies, or None when there is none."""
    nodes = [node for text in scripts for node in _top_nodes(parse_jsonld(text))]
    if not nodes:
        return None
    index = {str(n["@id"]): n for n in nodes if isinstance(n.get("@id"), str)}
    info = JsonLdInfo()
    articles = [n for n in nodes if _types(n) & ARTICLE_TYPES]
    if articles:
        _fill_article(info, max(articles, key=_score), index)
    else:
        info.authors = _page_authors(nodes, index)
    for node in nodes:
        types = _types(node)
        if "website" in types and not info.site_name:
            info.site_name = _text(node.get("name"))
        elif types & (ORG_TYPES - {"website"}) and not info.publisher and node.get("name") and not articles:
            info.publisher = _text(node.get("name"))
        if types & (VIDEO_TYPES | AUDIO_TYPES):
            _add_media(info, node)
        if not info.language and types & _PAGE_TYPES:
            info.language = _text(node.get("inLanguage"))
        if not info.image and types & (_PAGE_TYPES | ARTICLE_TYPES):
            info.image = _image(node, index)
        if not types & _UNDATED_TYPES:
            info.page_published = info.page_published or _text(node.get("datePublished"))
            info.page_modified = info.page_modified or _text(node.get("dateModified"))
    return info


def _page_authors(nodes: list[dict[str, Any]], index: dict[str, dict[str, Any]]) -> list[Author]:
    """The authors of a page whose JSON-LD has no article node: those of the node that describes the
    page itself, whatever its type (a Yoast `@graph` puts the post's author on its `WebPage`; a
    medical page, a review or a video page names it on its `MedicalWebPage`, `Review` or
    `VideoObject`). The site's, its publisher's and people's own nodes describe no page."""
    own = [n for n in nodes if (n.get("author") or n.get("creator")) and not _types(n) & _NOT_PAGE_TYPES]
    if not own:
        return []
    node = max(own, key=_score)
    return _authors(node.get("author") or node.get("creator"), index)


def _fill_article(info: JsonLdInfo, node: dict[str, Any], index: dict[str, dict[str, Any]]) -> None:
    info.title = _text(node.get("headline")) or _text(node.get("name"))
    info.description = _text(node.get("description"))
    info.authors = _authors(node.get("author") or node.get("creator"), index)
    info.published = _text(node.get("datePublished"))
    info.modified = _text(node.get("dateModified"))
    info.created = _text(node.get("dateCreated"))
    publisher = _resolve(node.get("publisher"), index)
    info.publisher = _text(publisher.get("name") if isinstance(publisher, dict) else publisher)
    info.url = _url(node.get("url")) or _url(node.get("mainEntityOfPage"))
    info.language = _text(node.get("inLanguage"))
    info.image = _image(node, index)
    info.tags = _strings(node.get("keywords"))
    info.section = _strings(node.get("articleSection"))
    based = _resolve(node.get("isBasedOn") or node.get("isBasedOnUrl"), index)
    if based:
        info.based_on = _url(based)
        if isinstance(based, dict):
            owner = _resolve(based.get("publisher"), index)
            info.based_on_name = _text(owner.get("name") if isinstance(owner, dict) else owner) or _text(
                based.get("name")
            )
    source = _resolve(node.get("sourceOrganization"), index)
    info.source_organization = _text(source.get("name") if isinstance(source, dict) else source)
    for key in ("video", "audio", "associatedMedia"):
        items = node.get(key)
        for item in items if isinstance(items, list) else [items]:
            if isinstance(item, dict):
                _add_media(info, _resolve(item, index))


def _image(node: dict[str, Any], index: dict[str, dict[str, Any]]) -> str | None:
    """The URL of a node's image: a string, an ImageObject (its url or contentUrl), a list of either, or
    an {"@id"} reference to an ImageObject elsewhere in the graph (Yoast's "#primaryimage")."""
    for key in ("image", "primaryImageOfPage", "thumbnailUrl"):
        value = node.get(key)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                item = index.get(item["@id"], item) if set(item) == {"@id"} and isinstance(item["@id"], str) else item
                item = item.get("url") or item.get("contentUrl")
            if isinstance(item, str) and item.strip().startswith(("http", "/")):
                return item.strip()
    return None


def _add_media(info: JsonLdInfo, node: dict[str, Any]) -> None:
    types = _types(node)
    kind = "audio" if types & AUDIO_TYPES else "video" if types & VIDEO_TYPES else None
    if kind is None:
        return
    url = _url(node.get("contentUrl")) or _url(node.get("embedUrl"))
    if url and (kind, url) not in info.media:
        info.media.append((kind, url))
