"""The unlabelled lines of a text's header: a bare name, a subtitle, a name over the first paragraph.

A header line labels itself ("By Jane Doe", "March 3, 2024", "Tags: ..."); text/header.py reads those.
Between them a copied article prints lines with no label: the author's bare name ("Jane Doe" over
"Mar 3, 2023", as Substack and Medium copies have it), the subtitle under the title, a name alone
over the story's first paragraph. Such a line is read only where labelled lines anchor it, and a run
of them is read whole or not at all. Kept apart from header.py, which reads the labelled lines.
"""

from __future__ import annotations

import re

from newsgrab.meta.dates import has_digit
from newsgrab.meta.roles import is_organisation, is_role, person_with_outlet
from newsgrab.model import Block, Metadata
from newsgrab.text.byline import BYLINE_WORDS, PERSON_RE, byline_names, is_role_line
from newsgrab.text.cards import is_card_link
from newsgrab.text.headerdates import is_reading_time
from newsgrab.text.namephrase import AGENCY_RE

#: a cross-post's credit set under its title ("Republished from X", "Reprinted with permission from X",
#: "Cross-posted from X"): no subtitle; the boilerplate pass reads it (and lists it among the removed)
_CREDIT_FROM_RE = re.compile(
    r"^(?:republished|reprinted|reposted|cross-?posted|syndicated)(?: with (?:kind )?permission)? (?:from|by)"
    r"\s+(?-i:[A-Z0-9À-ÖØ-Þ])[^,;]{1,80}$", re.IGNORECASE)
#: characters; the paragraph under a bare name line read as the author is at least this long (prose)
MIN_PROSE_BELOW_NAME = 80
#: characters; a subtitle (dek) is at most this long
MAX_SUBTITLE_CHARS = 250
#: a dot, bullet, slash or at sign between a byline's parts, read as the bar it stands for ("Nora Vale ·
#: Courier · May 3", "Nora Vale / Courier")
BAR_LIKE_RE = re.compile(r"\s+[·•/@]\s+")


def is_unlabelled_candidate(text: str) -> bool:
    """A short line that is not a sentence: maybe a subtitle or an author's bare name."""
    return 0 < len(text) <= MAX_SUBTITLE_CHARS and not text.endswith((".", ":"))


def take_unlabelled(pending: list[Block], meta: Metadata, *, after_title: bool) -> bool:
    """Read unlabelled header lines that sit before a real header line; False if one is not readable.

    A bare person's name ("Jane Doe" above "Mar 3, 2023", as Substack and Medium copies have it)
    becomes the author; a line right after the title becomes the description (a dek/subtitle).
    Anything else means the header ended before these lines, so they stay in the body, and none of
    them is read: a site's menu row over the headline ("News Sport") is no author when the headline
    under it is not a header line either.
    """
    authors, description, provenance = meta.authors, meta.description, dict(meta.provenance)
    for position, block in enumerate(pending):
        if block.text.casefold() in BYLINE_WORDS or is_reading_time(block.text):
            continue  # a byline's word alone ("by" over "Jane Doe": its name was a link), a reading time
        if position and meta.authors and (is_role_line(block.text) or is_card_link(block.text)):
            continue  # the card's rows under the name: "Senior Reporter", "Follow"
        if (names := bare_names(block.text)) and not meta.authors:
            meta.authors = names
            meta.provenance["authors"] = "header-line"
        elif position == 0 and after_title and meta.description is None and not _CREDIT_FROM_RE.match(block.text):
            meta.description = block.text
            meta.provenance["description"] = "header-line"
        else:
            meta.authors, meta.description, meta.provenance = authors, description, provenance
            return False
    return True


def bare_names(text: str) -> list[str]:
    """The people a bare name line names: one person's name ("Jane Doe"), several joined by commas and a
    conjunction ("Jane Doe and Ivo Marsh"), a role after the name ("Jane Doe, Contributor": the byline's
    reader drops it); [] for any other line, and for a role alone ("Senior Editor"). Every name is
    person-shaped (`PERSON_RE`), and none is an organisation's but a wire's (a council, a board, a group
    over the story is its subject, no byline; "Harbour Press Agency" over the date signs it)."""
    if PERSON_RE.match(text):
        if is_role(text) or (is_organisation(text) and not AGENCY_RE.search(text)):
            return []  # a role alone ("Senior Editor"), an organisation
        return [text]
    if (person := person_at_outlet(text)) is not None:
        return [person]  # "Jane Doe / The Harbour Courier": where she writes is no second name
    names = byline_names(text)
    return names if names and all(PERSON_RE.match(name) for name in names) else []


def person_at_outlet(text: str) -> str | None:
    """The person of a "Name | Outlet" line, its bar any of the bars a byline prints ("Jane Doe · The
    Harbour Courier", "Jane Doe / Harbour Courier"): `roles.person_with_outlet` on the line's bars as
    "|"; None when the line is no person beside an outlet."""
    return person_with_outlet(BAR_LIKE_RE.sub(" | ", text))


def name_over_prose(line: Block, below: Block, meta: Metadata) -> bool:
    """Read the one short line between the last header line and the article's first paragraph as its
    author when it is a person's name alone, maybe with an affiliation ("Nora Vale", "Nora Vale,
    University of Harbourtown": a research-news piece, a blog copied with its header) and nothing
    named the author yet; True when it did. The header lines above it anchor it (a name under a
    headline alone may be a kicker or a section's heading), or, right under the headline, the
    outlet the name is printed with (`roles.person_with_outlet`); the paragraph below must be prose."""
    if meta.authors or line.kind != "p" or below.kind != "p" or has_digit(line.text):
        return False
    if len(below.text) < MIN_PROSE_BELOW_NAME or not below.text.rstrip().endswith((".", "!", "?", "\"", "”")):
        return False
    names = byline_names(line.text)
    if len(names) != 1:
        return False
    meta.authors = names
    meta.provenance["authors"] = "header-line"
    return True
