"""The page's language: the one it declares, else one detected from its text.

Declared tags (html lang, Content-Language, og:locale, JSON-LD inLanguage) are normalised to BCP 47
casing ("en_us" -> "en-US"). Detection uses py3langid, imported lazily: it is only needed when a page
declares nothing, and loading its model costs about half a second once per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import lxml.html

from newsgrab.text import fold_space

_TAG_RE = re.compile(r"^(?P<primary>[a-zA-Z]{2,3})(?:[-_](?P<rest>[a-zA-Z0-9]{2,8}(?:[-_][a-zA-Z0-9]{1,8})*))?$")
#: characters of page text given to the detector (enough for a stable guess; scoring time grows
#: with length: about 2 ms per 1,000 characters)
DETECT_SAMPLE_CHARS = 1200
#: characters; below this the text is too short for a detection worth reporting
MIN_DETECT_CHARS = 80
#: characters; paragraphs shorter than this are menus and captions, not prose
MIN_PARAGRAPH_CHARS = 40
_NOT_LANGUAGES = frozenset({"xx", "und", "mul", "zxx", "none"})


def normalise_tag(tag: str | None) -> str | None:
    """A BCP 47 tag in its usual casing, or None when `tag` is not one ("x-default", "", "und")."""
    if not tag:
        return None
    match = _TAG_RE.match(tag.strip().split(",")[0].strip())
    if not match or match["primary"].lower() in _NOT_LANGUAGES:
        return None
    primary = match["primary"].lower()
    if not match["rest"]:
        return primary
    parts = [p for p in re.split(r"[-_]", match["rest"]) if p]
    shaped = [p.upper() if len(p) == 2 else p.title() if len(p) == 4 else p.lower() for p in parts]
    return "-".join([primary, *shaped])


def first_declared(candidates: Iterable[tuple[str | None, str]]) -> tuple[str, str] | None:
    """The first valid (tag, source) among `candidates`, in the caller's order of trust."""
    for raw, source in candidates:
        tag = normalise_tag(raw)
        if tag:
            return tag, source
    return None


def sample_text(tree: lxml.html.HtmlElement) -> str:
    """Prose from the page's paragraphs, up to DETECT_SAMPLE_CHARS (read-only)."""
    parts: list[str] = []
    total = 0
    for p in tree.iter("p"):
        text = fold_space(p.text_content())
        if len(text) >= MIN_PARAGRAPH_CHARS:
            parts.append(text)
            total += len(text)
            if total >= DETECT_SAMPLE_CHARS:
                break
    return " ".join(parts)[:DETECT_SAMPLE_CHARS]


def detect_language(text: str) -> str | None:
    """The language of `text` as an ISO 639-1 code, or None when the text is too short to tell."""
    if len(text) < MIN_DETECT_CHARS:
        return None
    try:
        import py3langid  # type: ignore[import-untyped]
    except ImportError:  # an optional install: without it, undeclared pages get no language
        return None
    code, _score = py3langid.classify(text)
    return str(code) if code else None
