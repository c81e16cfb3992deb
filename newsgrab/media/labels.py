"""A line that introduced a medium and printed its address, read as that medium with its caption.

Scraped text prints an embed as its address, and a writer or a converter puts a label before it on the
same line: "Video on Odysee: https://odysee.com/...", "Listen to the interview: https://soundcloud.com/...",
"Photo: https://cdn.example/.../dock.jpg", "Regardez la vidéo : https://...". A cross-post in HTML
does the same in a paragraph of its own (`<p>Video: https://rumble.com/v4...</p>`, the address as text
or as a link showing itself). The text path's inline reader (text/inline.py) takes the address for
media and leaves the label, and the HTML blocks (`printed_medium`) take it out the same way; either
way the label would stand in the body as a line that ends in a colon and introduces nothing: "Video on
Odysee:". Its shape says what it was in any language: short, no sentence ended in it, a colon at its
end, and a medium read from the same line. Such a line is the medium's: its words (two or more;
"Photo" alone names the kind, not the picture) become the medium's caption when it has none, and the
line leaves the text. A line whose address sits inside a
sentence ("As this video https://... shows, the wall cracked.") or after a whole sentence ("The chair
spoke on Monday. Watch: https://...") keeps its text, as does a line that introduces several media (no
one of them is its own).
"""

from __future__ import annotations

from dataclasses import replace

from newsgrab.media.classify import PRINTED_ADDRESS_RE, played_in_text
from newsgrab.model import Media
from newsgrab.sentences import count_sentence_ends

#: characters; a label that introduces its line's medium is at most this long
MAX_MEDIA_LABEL_CHARS = 120
#: words; a label shorter than this names the medium's kind ("Photo:", "Video:"), no caption
MIN_CAPTION_WORDS = 2
#: what ends a label: a colon, the full-width colon
_LABEL_ENDS = (":", "\uff1a")


def as_medium(text: str, media: list[Media], *, drawn: bool = False) -> tuple[str, list[Media]]:
    """(`text`, `media`) as they are, or ("", the medium with the label as its caption) when `text` is
    the label of its line's one medium (see the module docstring). `drawn`: the line draws a picture in
    the converter's syntax (markdown's `![...](...)`): a picture drawn beside a label is its icon ("More
    about: <icon>", "Share: <logo>"), not a picture the writer pasted, so only a played medium (a
    video, a sound, an embed) is such a line's then."""
    label = text.rstrip()
    if (len(media) != 1 or not label.endswith(_LABEL_ENDS) or len(label) > MAX_MEDIA_LABEL_CHARS
            or count_sentence_ends(label) or (drawn and media[0].kind == "image")):
        return text, media
    medium = media[0]
    words = label[:-1].strip()
    if medium.caption or len(words.split()) < MIN_CAPTION_WORDS:
        return "", media
    return "", [replace(medium, caption=words)]


def printed_medium(text: str) -> tuple[str, list[Media]]:
    """An HTML block's text read as the text path reads its line: ("", [the medium]) when `text` is
    one player's printed address alone or with the label that introduces it (see `as_medium`, whose
    rules decide: a label ending in a colon, no sentence ended in it), else (`text`, the played media
    it prints, which stay beside the text as before). Only played media (videos, sounds, embeds): a
    picture's address printed in a paragraph shows no picture."""
    played = played_in_text(text)
    if len(played) != 1:
        return text, played
    rest = " ".join(PRINTED_ADDRESS_RE.sub(" ", text).split())
    if not rest:
        return "", played
    label, media = as_medium(rest, played)
    return (text, played) if label else ("", media)


def with_played(media: list[Media], played: list[Media]) -> list[Media]:
    """`media` with the `played` media a block's text printed added in order, each once: one a link
    showing its address gave already stays where it is, and takes the label's caption when it had
    none."""
    merged = list(media)
    for medium in played:
        at = next((i for i, known in enumerate(merged) if known.url == medium.url), None)
        if at is None:
            merged.append(medium)
        elif merged[at].caption is None and medium.caption is not None:
            merged[at] = replace(merged[at], caption=medium.caption)
    return merged
