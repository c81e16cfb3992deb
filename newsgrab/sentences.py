"""What ends a sentence, in the scripts we read: one definition for every stage that finds, counts or
tests sentence ends (the content stage's prose level, the notice score's calls to act and its
"ends as a sentence" test).

A sentence ends with a full stop, a question or exclamation mark or an ellipsis, followed by space or
the end of the text, with closing quotes and brackets allowed between; the CJK full-width marks and
the Devanagari danda end one wherever they stand (those scripts put no space after them).
"""

from __future__ import annotations

import re

#: marks that end a sentence when space or the end of the text follows them
SPACED_ENDS = ".!?…"
#: marks that end a sentence wherever they stand (CJK full stop, question and exclamation marks; danda)
UNSPACED_ENDS = "。！？।"
#: closing quotes and brackets that may stand between a sentence's mark and the space after it (a
#: quote closes with ” or ’ in English, “ or ‘ and « in German, » in French; CJK corner brackets)
CLOSERS = "'\"’”“‘»«)]）」』"

SENTENCE_END_RE = re.compile(
    rf"[{re.escape(SPACED_ENDS)}][{re.escape(CLOSERS)}]*(?=\s|$)|[{UNSPACED_ENDS}][{re.escape(CLOSERS)}]*"
)
_ENDS = frozenset(SPACED_ENDS + UNSPACED_ENDS)


def ends_sentence(text: str) -> bool:
    """Whether `text` ends as a sentence does (closing quotes and brackets aside)."""
    return text.rstrip(CLOSERS)[-1:] in _ENDS


def count_sentence_ends(text: str) -> int:
    """How many sentences end in `text`."""
    return len(SENTENCE_END_RE.findall(text))
