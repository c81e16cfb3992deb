"""Turn blocks into the article's text: plain `body` text, or Markdown for `--format markdown`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the model imports this module to render `body`; blocks are only read here
    from newsgrab.model import Block

#: Block kinds that carry no text of their own in the body (media holders, rules).
_SILENT_KINDS = frozenset({"hr", "media"})


def _join(parts: list[tuple[str, str]]) -> str:
    """Join rendered blocks: list items of one list on consecutive lines, others by a blank line."""
    out: list[str] = []
    prev_kind = ""
    for kind, text in parts:
        if out:
            out.append("\n" if (kind == "li" and prev_kind == "li") else "\n\n")
        out.append(text)
        prev_kind = kind
    return "".join(out)


def render_text(blocks: Sequence[Block]) -> str:
    """The `body` field: plain text, no markup, paragraphs separated by one blank line."""
    return _join([(b.kind, b.text) for b in blocks if b.kind not in _SILENT_KINDS and b.text])


def _markdown_block(block: Block, number: int) -> str:
    text = block.text
    if block.kind.startswith("h") and block.kind[1:].isdigit():
        return "#" * int(block.kind[1:]) + " " + text
    if block.kind == "li":
        return f"{number}. {text}" if block.ordered else f"- {text}"
    if block.kind == "quote":
        return "\n".join("> " + line for line in text.splitlines())
    if block.kind == "pre":
        return "```\n" + text + "\n```"
    if block.kind == "caption":
        return "*" + text + "*"
    return text


def render_markdown(blocks: Sequence[Block], title: str | None = None) -> str:
    """Markdown for humans: headings, lists, quotes and code kept; media as image/link lines."""
    parts: list[tuple[str, str]] = []
    if title:
        parts.append(("h1", "# " + title))
    number = 0
    for block in blocks:
        number = number + 1 if (block.kind == "li" and block.ordered) else 0
        if block.text and block.kind not in _SILENT_KINDS:
            parts.append((block.kind, _markdown_block(block, number)))
        for item in block.media:
            label = item.caption or item.alt or item.kind
            prefix = "!" if item.kind == "image" else ""
            parts.append(("media", f"{prefix}[{label}]({item.url})"))
    return _join(parts)
