"""Media-only blocks set aside while the header is read, and put back where they were printed.

A picture a converter prints on a line of its own (`![alt](src)`, an `IFRAME:` line) becomes a block
with no text and its media. The header readers count blocks: windows of N blocks around the headline,
"the line after the title", the first lines of a pasted article read in order until one is no header
line. A media block counted among them pushes a byline or a dateline out of a window, stands between a
headline and its dek, or stops the in-order reading under a title ("Title" / picture / "By Jane Doe").
Every text reader of the header therefore reads the text blocks only (`set_aside`), and the media blocks
come back afterwards at the place they were printed (`put_back`): between the body's paragraphs, or
before the first paragraph when they sat between the headline and the story (the lead picture).
One mechanism for every reader, rather than a `kind != "media"` test in each.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgrab.model import Block


@dataclass(slots=True)
class MediaAside:
    """The media-only blocks of a text, each group keyed by the index (among the text blocks) of the
    text block printed right under it; `len(texts)` for pictures after the last text block."""

    above: dict[int, list[Block]]

    def put_back(self, body: list[Block], texts: list[Block], low: int, high: int) -> list[Block]:
        """`body` (text blocks of `texts`, in order) with the media printed between text blocks `low`
        and `high` (the groups above the text blocks `low + 1` to `high - 1`) put back: each group
        before the first body block printed under it, at the end when none is (the lines under it were
        header lines). A group outside that range (the page's chrome, a teaser's thumbnail beyond the
        article) stays out; the videos, sounds and posts printed after the text's last block are
        inside it when `high` is the end of the text (a story that ends the text with its video's
        address), not its pictures (a site's badge, a tracker's pixel close a dump as often)."""
        groups = sorted(at for at in self.above if low < at < high)
        played = [m for m in self.above.get(high, ()) if any(i.kind != "image" for i in m.media)] if (
            high == len(texts)) else []
        if played:  # after every text block: what plays, last
            body = [*body, *played]
        if not groups:
            return body
        where = {id(block): index for index, block in enumerate(texts)}
        out: list[Block] = []
        pending = iter(groups)
        at = next(pending, None)
        for block in body:
            index = where.get(id(block))
            while at is not None and index is not None and at <= index:
                out.extend(self.above[at])
                at = next(pending, None)
            out.append(block)
        while at is not None:
            out.extend(self.above[at])
            at = next(pending, None)
        return out


def set_aside(blocks: list[Block]) -> tuple[list[Block], MediaAside]:
    """The text blocks (every block that is not media only), and the media blocks set aside."""
    if not any(block.kind == "media" for block in blocks):
        return blocks, MediaAside({})
    texts: list[Block] = []
    above: dict[int, list[Block]] = {}
    for block in blocks:
        if block.kind == "media":
            above.setdefault(len(texts), []).append(block)
        else:
            texts.append(block)
    return texts, MediaAside(above)
