"""A photo's caption run into its credit with no label's colon: "... in 2023.Credit Jane Doe/EPA".

The HTML path splits a caption from its credit by their elements; a whole-page converter prints
both on one line, and `media.captions.ends_with_credit` reads the credit only where a label and a
colon (or "by") open it ("... Photo: Jane Doe"). Pages also credit a picture with the label alone
or with an agency's tag: "... the budget in 2023.CreditCreditJane Doe/EPA, via Shutterstock" (the
label printed twice, once for the screen reader), "... electoral votes. | AP Photo Close" (a
lightbox's close button after it), "... on Monday. (AP Photo/Jane Doe)". The shape holds in every
language: a sentence ends inside the line, and the few words after its full stop are a credit, a
credit label (data/credit_words.toml, read through the HTML path's list) among their first words
or a slash between two names ("Jane Doe/Reuters"). A headline does not end a sentence and go on
with a credit; one made of two sentences goes on with words ("Rates Rise Again. Markets Shrug").
"""

from __future__ import annotations

import re
from functools import cache

from newsgrab.data import load_toml

#: a sentence's full stop inside a line: after two letters or digits ("in 2023.", "votes."; not an
#: initial's or an initialism's, "M. Kuhn", "U.S. Army"), maybe a closing quote, a separator
_STOP_RE = re.compile(r"[^\W_]{2}\.[\"”’)]*\s*(?:[|•·–—-]\s*)?(?=[^\W\d_(]|\()")
#: words after the last full stop at most for them to be a credit, not a sentence
MAX_TAIL_WORDS = 8
#: words of the tail among which a credit label opens the credit ("AP Photo", "Getty Images Photo")
LABEL_REACH = 2
#: two names on either side of a slash: an agency's tag and its photographer ("AP Photo/Jane Doe",
#: "Jane Doe/Reuters"); letters, not digits ("24/7", "9/11")
_SLASH_RE = re.compile(r"[^\W\d_]/[^\W\d_]")


@cache
def _label_re() -> re.Pattern[str]:
    """A credit label of data/credit_words.toml at a word's start ("Credit", "CreditCreditJane":
    converters run the label into the name), among the tail's first words (read once)."""
    labels = {word.lower() for words in load_toml("credit_words.toml")["labels"].values() for word in words}
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})", re.IGNORECASE)


def ends_with_bare_credit(text: str) -> bool:
    """Whether a line is a caption run into a credit that no colon opens: the words after its last
    sentence's full stop (MAX_TAIL_WORDS at most) open with a credit label within LABEL_REACH words,
    or hold a slash between two names."""
    if "." not in text:
        return False  # (most lines: no sentence ends inside them)
    stops = list(_STOP_RE.finditer(text))
    if not stops:
        return False
    tail = text[stops[-1].end():].lstrip("(")
    words = tail.split()
    if not words or len(words) > MAX_TAIL_WORDS:
        return False
    label = _label_re()
    return any(label.match(word.lstrip("|(")) for word in words[:LABEL_REACH]) or bool(_SLASH_RE.search(tail))
