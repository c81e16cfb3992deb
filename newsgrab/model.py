"""The data newsgrab hands back: blocks while working, an Article at the end.

Both input kinds (HTML and plain text) become the same list of `Block`s before the boilerplate
pass, so one rule set serves both. Media and links hang off the block they were found in, so a
removed notice takes its PayPal link or share-button image with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsgrab.render import render_text

SCHEMA_VERSION = 1


#: Fixed enum of removal categories (documented in the JSON Schema and README).
REMOVAL_CATEGORIES = (
    "share",
    "follow",
    "newsletter",
    "donation",
    "syndication",
    "copyright",
    "disclaimer",
    "translate",
    "comments",
    "related",
    "author-bio",
    "contact",
    "advertisement",
    "image-credit",
    "separator",
    "navigation",
)


@dataclass(slots=True)
class Link:
    """A hyperlink found in the article text: its visible text and absolute target."""

    text: str
    url: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "url": self.url}


#: `Media.role` of the page's lead image (og:image, the JSON-LD image, the picture by the headline)
LEAD_ROLE = "lead"


@dataclass(slots=True)
class Media:
    """One embedded media item. `kind` is image, video, audio or embed; `role` is "lead" for the page's
    lead image (listed first), else None."""

    kind: str
    url: str
    caption: str | None = None
    credit: str | None = None
    alt: str | None = None
    provider: str | None = None
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "url": self.url,
            "caption": self.caption,
            "credit": self.credit,
            "alt": self.alt,
            "provider": self.provider,
            "role": self.role,
        }


@dataclass(slots=True)
class Block:
    """A unit of article text with its structure kept (heading, list item, quote, ...).

    `kind` is one of p, h1-h6, li, quote, pre, table, caption, hr (a rule) or media (a block that
    holds only media). `text` is plain text (no markup). `links` and `media` are what the block carried, so they
    leave with it when the boilerplate pass removes the block. `link_chars` counts characters of
    `text` that sit inside links (for link density). `ordered` marks an item of a numbered list.
    `origin` says where the block came from: `line N` for text input; for HTML the element's path
    (`article/p[3]`), given only when asked for (`extract_html(..., origins=True)`: the paths cost a
    tenth of the serialiser's time and nothing in the output reads them), else "".
    `hints` name what the HTML around the block says of it when that marks page furniture (a
    button, a form field, a payment logo, a class such as "promo" or "footer"); the notice score
    reads them (newsgrab/clean/cues.py). Text input has none.
    """

    kind: str
    text: str
    links: list[Link] = field(default_factory=list)
    media: list[Media] = field(default_factory=list)
    link_chars: int = 0
    ordered: bool = False
    origin: str = ""
    hints: tuple[str, ...] = ()

    @property
    def link_density(self) -> float:
        """Share of the text that is link text (0 for an empty block)."""
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass(slots=True)
class Removal:
    """One block the boilerplate pass took out of the article region, and the rule that did it."""

    rule: str
    category: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "category": self.category, "text": self.text}


@dataclass(slots=True)
class OriginalSource:
    """The publication a syndicated piece came from."""

    name: str | None = None
    url: str | None = None
    published: str | None = None

    def is_empty(self) -> bool:
        return not (self.name or self.url or self.published)

    def fill(self, other: OriginalSource | None = None, *, name: str | None = None, url: str | None = None,
             published: str | None = None) -> OriginalSource:
        """Fill the gaps (never overwrite) from `other` and/or the values given; returns self.

        The one way two findings about the source combine: the first reader to find a value keeps
        it (metadata before header lines before notices), later ones only fill what is missing.
        """
        if other is not None:
            name, url, published = name or other.name, url or other.url, published or other.published
        self.name = self.name or name
        self.url = self.url or url
        self.published = self.published or published
        return self

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "url": self.url, "published": self.published}


@dataclass(slots=True)
class InputInfo:
    """Where the input came from and how it was read.

    `offset`, `line` and `id` locate a record inside a container file (`path`): a WARC or ARC
    record's byte offset and record id, a JSON Lines record's line number and its `id` field. They
    are left out of the JSON for a plain file, so its record is the same as before they existed.
    """

    path: str | None
    kind: str
    encoding: str | None
    bytes: int
    offset: int | None = None
    line: int | None = None
    id: str | int | None = None

    def to_dict(self) -> dict[str, Any]:
        info: dict[str, Any] = {"path": self.path, "kind": self.kind, "encoding": self.encoding, "bytes": self.bytes}
        info.update(self.location())
        return info

    def location(self) -> dict[str, Any]:
        """Where a record sits in its container (`offset` or `line`, and `id`): only the keys that are set."""
        return {key: value for key, value in (("offset", self.offset), ("line", self.line), ("id", self.id))
                if value is not None}


@dataclass(slots=True)
class Metadata:
    """Article metadata as gathered by the metadata stage, with where each value came from."""

    url: str | None = None
    title: str | None = None
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    site_name: str | None = None
    language: str | None = None
    tags: list[str] = field(default_factory=list)
    original_source: OriginalSource | None = None
    #: field name -> source label ("json-ld", "opengraph", "meta", "byline", "header-line", ...)
    provenance: dict[str, str] = field(default_factory=dict)
    #: media known from page-level metadata (og:video, JSON-LD VideoObject), not from a block
    media: list[Media] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class Article(Metadata):
    """The result for one input: its metadata (the fields of `Metadata`) plus the cleaned article.

    `media` here is every media item (the kept blocks' and the page-level ones), and `provenance`
    covers every field, the original source found in a notice included. `to_dict()` gives schema
    v1 with a fixed key order.
    """

    input: InputInfo
    blocks: list[Block] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: every block of the article region in order, each with its Removal or None when kept;
    #: not serialised: it feeds `--explain`, which shows what went and why in place
    timeline: list[tuple[Block, Removal | None]] = field(default_factory=list)
    #: fields a JSON Lines record carried besides its text, url and id (`--carry`); the `record`
    #: key of the JSON, left out when there are none
    record: dict[str, Any] | None = None

    @property
    def body(self) -> str:
        """Plain text: blocks separated by a blank line, consecutive list items by a newline."""
        return render_text(self.blocks)

    def to_dict(self) -> dict[str, Any]:
        """The JSON record: every key of `ARTICLE_KEYS`, in that order, as plain JSON values."""
        out = {key: SCHEMA_VERSION if key == "schema_version" else _plain(getattr(self, key)) for key in ARTICLE_KEYS}
        if self.record:
            out["record"] = dict(self.record)
        return out


#: the keys of an article record in output order (schema v1; the JSON Schema lists the same keys in
#: the same order, and a test holds the two together). Each names an attribute of `Article`. The
#: optional `record` key (carried JSON Lines fields) follows them when there is one.
ARTICLE_KEYS = (
    "schema_version", "input", "url", "title", "description", "authors", "published", "modified", "site_name",
    "original_source", "language", "tags", "body", "media", "links", "removed", "warnings", "provenance",
)


def _plain(value: Any) -> Any:
    """A JSON value from an attribute: records by their `to_dict`, lists and dicts copied."""
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return dict(value)
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if to_dict is not None else value
