"""The author's contact element under the headline: an HTML `<address>` that holds whole names.

HTML gives the author's byline an element of its own: `<address>` "represents the contact
information for its nearest article or body element", and templates print the writer's name in it
under the headline ("<time>15.05.2020</time> <address><span>Jane Doe</span></address>",
"<address>By Jane Doe</address>", "<address>Jane Doe &lt;jane@example.org&gt;</address>"), with no
class, label or link that another reader knows. Markup, no words of a language: the cue holds on a
page in any language.

Most `<address>` elements of the web are a postal address or a company's contact block in the page
footer, so three guards:

- position: only an `<address>` in the stretch after the headline and before the body starts
  (`afterheadline.stretch`, which leaves page chrome, a <footer> and an <aside> out) is read;
- shape: its short text (at most MAX_ADDRESS_CHARS) holds no digit but an e-mail's or a web
  address's (a street number, a postcode, a phone number: a postal address), and every part of it
  is a whole name (`nameparts.name_shaped`), at most MAX_ADDRESS_NAMES of them;
- no organisation (`roles.is_organisation`): "Harbour Courier Ltd" is the publisher's contact, not
  a writer;
- a byline says more than the name: a byline label opens the element ("By", "Von", "Par": the
  lexicon's openers, data/byline_words.toml) or a date or time stands in it or in the short element
  around it (`afterheadline.is_dated`). A venue's "<address>Harbour Hall, Port Elwyn</address>" under
  an event's title has neither; beside the event's date it would still be read (no bench page
  holds one: a limit, not a rule).

Found on two tune pages (a German daily prints the name in an <address> beside the date and reading
time; an American monthly prints "By <a>Name</a>" in one) and refused on three (a footer's
copyright line on two pages, an empty one on a third).
"""

from __future__ import annotations

import re

from newsgrab.meta.afterheadline import Step, is_dated
from newsgrab.meta.authorlinks import LABEL_START_RE
from newsgrab.meta.elementtext import short_spaced_text
from newsgrab.meta.nameparts import name_shaped
from newsgrab.meta.people import is_phrase, split_authors
from newsgrab.meta.roles import is_organisation

#: characters; an <address> longer than this is a contact block, not a byline
MAX_ADDRESS_CHARS = 120
#: names; an <address> naming more people is a list of contacts (an editorial board)
MAX_ADDRESS_NAMES = 4
#: what may hold digits in an author's contact line: an e-mail or a web address
_CONTACT_RE = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+", re.IGNORECASE)


def address_names(steps: list[Step]) -> list[str]:
    """The whole names of the first `<address>` after the headline that names people and nothing
    else ("<address>Jane Doe</address>"); [] when there is none."""
    for el, _own, _mask in steps:
        if el.tag != "address":
            continue
        text = short_spaced_text(el, MAX_ADDRESS_CHARS)
        if not text or any(ch.isdigit() for ch in _CONTACT_RE.sub(" ", text)):
            continue
        names = [n for n in split_authors(text, marked=True) if not is_phrase(n)]
        if names and len(names) <= MAX_ADDRESS_NAMES and all(
                name_shaped(n) and not is_organisation(n) for n in names) and (
                LABEL_START_RE.match(text) or is_dated(el)):
            return names
    return []
