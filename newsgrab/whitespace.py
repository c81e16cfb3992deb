"""Text normalisation shared by every stage (one definition of "the same text"), and the cut of
lower-cased ASCII text into words that several stages' tokenisers share."""

from __future__ import annotations

import codecs
import re
from typing import Final

_SPACE_RE = re.compile(r"[\s\u00a0\u200b\u2009\u202f]+")
_LOWER_LETTERS: Final = frozenset(range(ord("a"), ord("z") + 1))
#: every ASCII character but a-z made a space (`ascii_letter_runs`)
_NOT_LETTER: Final = {code: " " for code in range(128) if code not in _LOWER_LETTERS}
#: every ASCII character but A-Z and a-z made a space (`ascii_alpha_runs`)
_NOT_ALPHA: Final = {code: " " for code in range(128) if not chr(code).isalpha()}
#: every ASCII character but a-z, 0-9 and "_" made a space (`ascii_word_runs`)
_NOT_WORD: Final = {code: " " for code in range(128)
                    if code not in _LOWER_LETTERS and not chr(code).isdigit() and chr(code) != "_"}


def fold_space(text: str) -> str:
    """Collapse runs of whitespace (incl. no-break and zero-width spaces) to one space; strip.

    Fast paths: a printable text has no whitespace but the plain space (every other space,
    U+200B included, is not printable), so without a double space or one at either end it is
    folded already (most paragraph texts are); `str.split()` splits on exactly the characters
    `\\s` matches and is twice as fast as the regex; only U+200B needs the regex.
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    if "\u200b" not in text:
        return " ".join(text.split())
    return _SPACE_RE.sub(" ", text).strip()


def ascii_letter_runs(lowered: str) -> list[str]:
    """The runs of a-z in `lowered`, an ASCII text (lower-cased by the callers; capitals are not a-z
    to the regex either): what `re.findall("[a-z]+")` gives. `str.translate` (a C loop with a
    per-character cache on ASCII) makes every other character a space and `str.split` cuts at
    them: several times faster than the regex, which tries its character class at every position
    and makes each match through a match object."""
    return lowered.translate(_NOT_LETTER).split()


def ascii_alpha_runs(text: str) -> list[str]:
    """The runs of letters (A-Z and a-z) in `text`, an ASCII text: what `re.findall(r"[^\\W\\d_]+")`
    gives on it (see `ascii_letter_runs`), capitals kept."""
    return text.translate(_NOT_ALPHA).split()


def ascii_word_runs(lowered: str) -> list[str]:
    """The runs of a-z, 0-9 and "_" in `lowered`, an ASCII text without capitals: what
    `re.findall(r"\\w+")` gives on it (see `ascii_letter_runs`; `\\w` holds A-Z too, hence the
    capitals' absence)."""
    return lowered.translate(_NOT_WORD).split()


class _WordCharacter(Exception):
    """Raised by the `_GAP_ERRORS` handler, and caught in `ascii_gapped`: the text holds a non-ASCII
    word character, so only the regex cuts it right."""


def _gap(error: UnicodeError) -> tuple[str, int]:
    """The encode error handler of `ascii_gapped`: a run of non-ASCII characters none of which is a
    word character (`str.isalnum`, what `\\w` means beyond ASCII) becomes one space."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    if any(map(str.isalnum, error.object[error.start:error.end])):
        raise _WordCharacter
    return " ", error.end


#: the name `_gap` is registered under (codecs' handler names are process-wide: hence the prefix)
_GAP_ERRORS: Final = "newsgrab.word_gap"
codecs.register_error(_GAP_ERRORS, _gap)


def ascii_gapped(lowered: str) -> str | None:
    """`lowered` as ASCII, each run of non-ASCII characters that are not word characters (curly
    quotes, dashes, no-break and thin spaces, ellipses, bullets, signs) made a space; None when it
    holds a non-ASCII word character (an accented or Cyrillic letter, a CJK character, a superscript
    digit). To a regex cutting words (`\\w+`, `[^\\W\\d_]+`) such a character only parts two words,
    as the space does, so `ascii_letter_runs` / `ascii_word_runs` of the result give the regex's
    words. Why: article prose nearly always holds a curly quote or a dash, which kept it off the
    ASCII cut; the ASCII encoder walks the text in C and calls the handler once a run of them."""
    if lowered.isascii():
        return lowered
    try:
        return lowered.encode("ascii", _GAP_ERRORS).decode("ascii")
    except _WordCharacter:
        return None
