"""Known header blocks at the top of a text: a reader service's dump, an e-mail's header, front matter.

Some tools write the metadata of what they saved as a block of labelled lines before the article:
r.jina.ai's "Title: / URL Source: / Published Time: / Markdown Content:", a mail client's "From: /
Date: / Subject:" (often under a "Forwarded message" line), a static site's `---` YAML or `+++` TOML
front matter. Such a block is read as metadata and taken out of the text, which then goes through
the usual text path. The labels are data (data/header_blocks.toml), so a language is added there.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache

from newsgrab.data import load_toml
from newsgrab.meta.dates import parse_date
from newsgrab.meta.people import split_authors
from newsgrab.model import Metadata
from newsgrab.whitespace import fold_space

_LABEL_LINE_RE = re.compile(r"^\s*(?P<label>[^\W\d][\w .'-]{0,30}?)\s*:\s?(?P<value>.*)$")
_FENCES = {"---": "yaml", "+++": "toml"}
_YAML_ITEM_RE = re.compile(r"^\s*-\s+(?P<value>.*)$")
_EMAIL_NAME_RE = re.compile(r"^\s*\"?(?P<name>[^\"<@]+?)\"?\s*<[^>]+>\s*$")
#: lines a block may take at most before it must have ended
MAX_BLOCK_LINES = 40
#: blank or separator lines allowed above an e-mail header
MAX_LINES_ABOVE_EMAIL = 3
#: header lines an e-mail header needs, one of them From or Subject
MIN_EMAIL_FIELDS = 2
#: provenance label of the metadata read from a header block
PROVENANCE = "header-block"


@dataclass(frozen=True, slots=True)
class _Labels:
    email: dict[str, frozenset[str]]
    forwarded: tuple[str, ...]
    subject_prefix: re.Pattern[str]
    reader: dict[str, frozenset[str]]
    front_matter: dict[str, str]  # key -> field


@cache
def _labels() -> _Labels:
    """The labels of data/header_blocks.toml (read once per process)."""
    data = load_toml("header_blocks.toml")
    email = {name: frozenset(data["email"][name]) for name in ("from", "date", "subject", "to")}
    prefixes = "|".join(re.escape(p) for p in sorted(data["email"]["subject_prefixes"], key=len, reverse=True))
    front = {key: name for name, keys in data["front_matter"].items() for key in keys}
    return _Labels(
        email=email,
        forwarded=tuple(data["email"]["forwarded"]),
        subject_prefix=re.compile(rf"^(?:(?:{prefixes})\s*:\s*)+", re.IGNORECASE),
        reader={name: frozenset(values) for name, values in data["reader"].items()},
        front_matter=front,
    )


@dataclass(slots=True)
class HeaderBlock:
    """What a header block said (field name -> value) and how many lines it took."""

    fields: dict[str, str | list[str]] = field(default_factory=dict)
    lines: int = 0

    def apply(self, meta: Metadata) -> None:
        """Fill `meta` from the block's fields (these come first: the tool wrote them down)."""
        for name, value in self.fields.items():
            if name in ("authors", "tags"):
                values = value if isinstance(value, list) else [value]
                names = [n for v in values for n in (split_authors(v) if name == "authors" else [fold_space(v)]) if n]
                if names:
                    setattr(meta, name, names)
                    meta.provenance[name] = PROVENANCE
            elif name in ("published", "modified"):
                when = parse_date(value if isinstance(value, str) else " ".join(value))
                if when:
                    setattr(meta, name, when)
                    meta.provenance[name] = PROVENANCE
            elif isinstance(value, str) and value.strip():
                setattr(meta, name, fold_space(value))
                meta.provenance[name] = PROVENANCE


def read_header_block(lines: list[str]) -> HeaderBlock | None:
    """The known header block that opens `lines`, or None when they open with none."""
    first = next((i for i, line in enumerate(lines[:MAX_LINES_ABOVE_EMAIL + 1]) if line.strip()), None)
    if first is None:
        return None
    opening = lines[first].strip()
    if opening in _FENCES:
        return _front_matter(lines, first, _FENCES[opening])
    label = _label(opening)
    if label in _labels().reader["title"]:
        return _reader(lines, first)
    return _email(lines, first)


def _label(line: str) -> str | None:
    match = _LABEL_LINE_RE.match(line)
    return " ".join(match["label"].casefold().split()) if match else None


def _front_matter(lines: list[str], first: int, kind: str) -> HeaderBlock | None:
    fence = lines[first].strip()
    end = next((i for i in range(first + 1, min(len(lines), first + MAX_BLOCK_LINES)) if lines[i].strip() == fence),
               None)
    if end is None:
        return None
    body = lines[first + 1: end]
    values = _toml_values(body) if kind == "toml" else _yaml_values(body)
    if values is None:
        return None
    block = HeaderBlock(lines=end + 1)
    keys = _labels().front_matter
    for key, value in values.items():
        name = keys.get(key.casefold())
        if name and value and name not in block.fields:
            block.fields[name] = value
    return block


def _yaml_values(body: list[str]) -> dict[str, str | list[str]] | None:
    """Top-level `key: value` pairs of a YAML block (scalars, inline and block lists); None when a
    line is neither (the block is not front matter)."""
    values: dict[str, str | list[str]] = {}
    current: str | None = None
    for line in body:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _YAML_ITEM_RE.match(line)
        if item and current is not None:
            listed = values.get(current)
            values[current] = [*(listed if isinstance(listed, list) else []), _unquote(item["value"])]
            continue
        if line[:1].isspace() and current is not None:
            continue  # a nested or folded value: not one of ours
        match = _LABEL_LINE_RE.match(line)
        if match is None:
            return None
        current, raw = match["label"].strip(), match["value"].strip()
        if raw.startswith("[") and raw.endswith("]"):
            values[current] = [_unquote(part) for part in raw[1:-1].split(",") if part.strip()]
        elif raw not in ("", "|", ">", "|-", ">-"):
            values[current] = _unquote(raw)
    return values


def _toml_values(body: list[str]) -> dict[str, str | list[str]] | None:
    try:
        data = tomllib.loads("\n".join(body))
    except (tomllib.TOMLDecodeError, RecursionError):  # tomllib recurses per nested array or table
        return None
    out: dict[str, str | list[str]] = {}
    for key, value in data.items():
        if isinstance(value, list):
            out[key] = [str(v) for v in value]
        elif not isinstance(value, dict):
            out[key] = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return out


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _reader(lines: list[str], first: int) -> HeaderBlock | None:
    """r.jina.ai's block: labelled lines down to "Markdown Content:", the page's text below it."""
    reader = _labels().reader
    block = HeaderBlock()
    for index in range(first, min(len(lines), first + MAX_BLOCK_LINES)):
        line = lines[index].strip()
        if not line:
            continue
        label = _label(line)
        if label is None:
            return None
        value = line.split(":", 1)[1].strip()
        if label in reader["content"]:
            block.lines = index + 1
            return block
        for name in ("title", "url", "published"):
            if label in reader[name] and value:
                block.fields[name] = value
    return None


def _email(lines: list[str], first: int) -> HeaderBlock | None:
    """A mail client's header: an optional "Forwarded message" line, then From/Date/Subject/To lines."""
    labels = _labels()
    index = first
    opening = lines[index].strip(" -_=").casefold()
    if any(phrase in opening for phrase in labels.forwarded):
        index += 1
    block = HeaderBlock()
    found = 0
    while index < min(len(lines), first + MAX_BLOCK_LINES):
        line = lines[index].strip()
        label = _label(line) if line else None
        kind = next((name for name, words in labels.email.items() if label in words), None)
        if kind is None:
            break
        value = line.split(":", 1)[1].strip()
        found += 1
        if kind == "subject" and value:
            block.fields["title"] = labels.subject_prefix.sub("", value).strip()
        elif kind == "from":
            name = _EMAIL_NAME_RE.match(value)
            if name:
                block.fields["authors"] = [name["name"].strip()]
        elif kind == "date" and value:
            block.fields.setdefault("published", value)
        index += 1
    if found < MIN_EMAIL_FIELDS or not ({"title", "authors"} & block.fields.keys()):
        return None
    block.lines = index
    return block
