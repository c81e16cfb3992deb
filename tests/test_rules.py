"""The rule set as data: every rule fires on its example and stays silent on its hard negative; the
loader refuses bad files with a message that says what is wrong and where."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsgrab
from newsgrab.errors import RuleError
from newsgrab.model import REMOVAL_CATEGORIES
from newsgrab.options import Options
from newsgrab.rules import load_rules, packaged_rules, parse_rules
from newsgrab.rules.matcher import RuleIndex
from newsgrab.whitespace import fold_space

RULES = packaged_rules()
INDEX = RuleIndex(RULES)


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_fires_on_example_and_not_on_hard_negative(rule: newsgrab.rules.Rule) -> None:
    assert rule.fires(fold_space(rule.example)), f"{rule.id} does not fire on its example"
    assert not rule.fires(fold_space(rule.hard_negative)), f"{rule.id} fires on its hard negative"


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_index_finds_every_example(rule: newsgrab.rules.Rule) -> None:
    """The prefiltered index never hides a rule: each example is caught (by it or an earlier rule)."""
    found = RuleIndex(RULES).first(fold_space(rule.example))
    assert found is not None
    assert RULES.index(found[0]) <= RULES.index(rule)


def test_index_agrees_with_a_plain_loop_on_hard_negatives() -> None:
    index = RuleIndex(RULES)
    for rule in RULES:
        text = fold_space(rule.hard_negative)
        plain = next((r for r in RULES if r.fires(text)), None)
        hit = index.first(text)
        assert (hit[0] if hit else None) == plain, rule.id


def test_packaged_files_pass_the_checks_a_user_file_gets() -> None:
    """Packaged rules load unchecked and compile on first use; here they meet the user-file checks."""
    from importlib import resources

    from newsgrab.rules import _NOT_TEXT_RULES

    folder = resources.files("newsgrab.rules")
    checked = [
        rule
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".toml") and entry.name not in _NOT_TEXT_RULES
        for rule in parse_rules(entry.read_text(encoding="utf-8"), entry.name, check=True)
    ]
    assert checked == list(RULES)


def test_rule_ids_are_unique_and_namespaced() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.category in REMOVAL_CATEGORIES
        assert rule.family, f"{rule.id} names no family"
        assert rule.id.split(".")[0] in (rule.category, "de", "fr", "es", "it", "pt", "ru", "zh", "ja", "ko"), rule.id


def test_rule_set_covers_families_and_languages() -> None:
    assert len({r.family for r in RULES}) >= 40
    languages = {r.id.split(".")[0] for r in RULES if r.source.startswith("lang_")}
    assert languages == {"de", "fr", "es", "it", "pt", "ru", "zh", "ja", "ko"}
    assert {r.category for r in RULES} >= set(REMOVAL_CATEGORIES) - {"separator"}


def test_duplicate_ids_across_files_are_refused(tmp_path: Path) -> None:
    clash = tmp_path / "mine.toml"
    first = RULES[0]
    clash.write_text(
        f'[[rule]]\nid = "{first.id}"\ncategory = "share"\nscope = "anywhere"\npattern = "^zzz"\n'
        'example = "zzz"\nhard_negative = "abc"\n',
        encoding="utf-8",
    )
    with pytest.raises(RuleError, match="duplicate rule id"):
        load_rules([clash])


GOOD = (
    'id = "mine.tip-line"\ncategory = "contact"\nscope = "trailing"\npattern = \'^tips to the desk:\'\n'
    'example = "Tips to the desk: desk@example.org"\nhard_negative = "Tips to the desk clerk were banned."\n'
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[rule]\nid = 1", "not valid TOML"),
        ("[[rule]]\n" + GOOD.replace('scope = "trailing"\n', ""), "missing scope"),
        ("[[rule]]\n" + GOOD.replace('"contact"', '"gossip"'), "unknown category 'gossip'"),
        ("[[rule]]\n" + GOOD.replace('"trailing"', '"middle"'), "unknown scope 'middle'"),
        ("[[rule]]\n" + GOOD.replace("'^tips to the desk:'", "'(tips)?'"), "matches the empty string"),
        ("[[rule]]\n" + GOOD.replace("'^tips to the desk:'", "'^tips ('"), "does not compile"),
        ("[[rule]]\n" + GOOD + "max_chars = -3\n", "max_chars must be a positive integer"),
        ("[[rule]]\n" + GOOD + "colour = 'red'\n", "unknown key"),
        ("[[rule]]\n" + GOOD.replace("^tips to the desk:", "^nothing here"), "does not fire on its example"),
        ("[[rule]]\n" + GOOD.replace("Tips to the desk clerk", "Tips to the desk:"), "fires on its hard_negative"),
        ("rule = 3\n", "array of tables"),
    ],
)
def test_loader_rejects_bad_files_with_clear_messages(text: str, message: str) -> None:
    with pytest.raises(RuleError, match=message) as caught:
        parse_rules(text, "my-rules.toml")
    assert "my-rules.toml" in str(caught.value)
    assert caught.value.code == "bad-rules"


def test_user_rules_file_is_loaded_and_applied(tmp_path: Path) -> None:
    path = tmp_path / "desk.toml"
    path.write_text("[[rule]]\n" + GOOD, encoding="utf-8")
    rules = load_rules([path])
    assert rules[-1].id == "mine.tip-line" and rules[-1].source == str(path)
    text = (
        "Bridge Closed for Repairs\n\n"
        "The old bridge over the river closed on Monday for six months of repairs, the city said.\n\n"
        "Commuters will be sent across the northern crossing, which adds about ten minutes to a trip.\n\n"
        "Tips to the desk: desk@example.org\n"
    )
    plain = newsgrab.extract(text)
    assert "mine.tip-line" not in [r.rule for r in plain.removed]
    mine = newsgrab.extract(text, options=Options(extra_rules=(path,)))
    assert "Tips to the desk" not in mine.body
    assert [(r.rule, r.category) for r in mine.removed] == [("mine.tip-line", "contact")]


def test_missing_user_rules_file_is_a_rule_error(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="cannot read rule file"):
        load_rules([tmp_path / "nope.toml"])


def test_readme_lists_every_family_with_an_example() -> None:
    readme = (Path(newsgrab.rules.__file__).parent / "README.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip() for line in readme.splitlines() if line.startswith("| ")}
    missing = sorted({r.family for r in RULES} - rows)
    assert not missing, f"families missing from newsgrab/rules/README.md: {missing}"
    assert len({r.family for r in RULES} - {"generic"}) >= 40


def test_readme_format_example_is_a_valid_rule() -> None:
    readme = (Path(newsgrab.rules.__file__).parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("```toml", 1)[1].split("```", 1)[0]
    (rule,) = parse_rules(block, "README.md")
    assert rule.fires(rule.example) and not rule.fires(rule.hard_negative)


@cache
def _corpus_texts() -> list[str]:
    corpus = Path(__file__).parent / "boilerplate_corpus"
    off = Options(keep=frozenset({"all"}))
    texts = []
    for path in sorted(corpus.glob("*.*")):
        if path.suffix in (".html", ".txt"):
            texts += [fold_space(b.text) for b, _ in newsgrab.extract_file(path, options=off).timeline]
    return [t for t in texts if t]


def test_index_agrees_with_a_plain_loop_on_every_corpus_block() -> None:
    """The prefilter is a superset test: on hundreds of real-style blocks it never changes the answer."""
    index = RuleIndex(RULES)
    texts = _corpus_texts()
    assert len(texts) > 500
    for text in texts:
        plain = next((r for r in RULES if r.fires(text)), None)
        hit = index.first(text)
        assert (hit[0] if hit else None) == plain, text


@pytest.mark.parametrize(
    ("branch", "starts"),
    [
        ("(?:please )?share", {"p", "P", "s", "S"}),
        ("[0-9]+ comments", set("0123456789")),
        (r"\s*©", {" ", "\t", "\n", "\r", "\x0c", "\x0b", "\xa0", "©"}),
        (r"\w+ is a writer", None),  # a word class: any first character
        ("(?:a|b)?", None),  # can match empty: unbounded
        (r"[a\-c]x", {"a", "A", "-", "c", "C"}),  # an escaped "-" is a member, not a range
        (r"[^a-z]+done", None),  # negated
        (r"(?=.*secret)hidden", {"h", "H"}),  # a lookahead matches no text
        (r"(?-i:AB)c", {"a", "A"}),  # scoped flags: the body decides
        (r"\bnote", {"n", "N"}),
        (r"(?:ab)*cd", {"a", "A", "c", "C"}),
        ("{x", None),  # a stray brace is not read: unbounded, never wrong
    ],
)
def test_first_chars_of_anchored_branches(branch: str, starts: set[str] | None) -> None:
    from newsgrab.rules.patterns import first_chars

    assert first_chars(branch) == starts


@pytest.mark.parametrize(
    ("pattern", "width"),
    [("abc", 3), (r"(?:please )?share", 5), (r"\s*©\s*\d{4}", 5), (r"a{2,}b+c*", 3), (r"(?:ab|c)d", 2),
     (r"\bx(?=y)$", 1), (r"[\w .]{2,40} is", 5), (r"(?P<n>ab)c", 3), (r"(?i:ab)", 2)],
)
def test_min_width_of_patterns(pattern: str, width: int) -> None:
    from newsgrab.rules.patterns import min_width

    assert min_width(pattern) == width


def test_min_width_refuses_a_backreference() -> None:
    from newsgrab.rules.patterns import min_width, prefix_pattern

    with pytest.raises(ValueError):
        min_width(r"(a)\1")
    assert prefix_pattern(r"(a)\1bcdefghijklmn", 3) == r"(a)\1bcdefghijklmn"  # unread: the whole pattern


def test_matcher_reads_patterns_with_public_python_only() -> None:
    """The matcher reads patterns with its own scanner: a Python release that reshapes the private
    parser of `re` cannot break it."""
    for module in ("matcher.py", "patterns.py"):
        source = (Path(newsgrab.rules.__file__).parent / module).read_text(encoding="utf-8")
        for private in ("re._", "sre_parse", "sre_constants", "_casefix", "_parser"):
            assert private not in source, (module, private)


def test_case_fold_table_is_the_regex_engines() -> None:
    """Every pair of characters the regex engine matches case-insensitively although `str.lower`
    keeps them apart folds to one text, and every pair in the table is one the engine matches:
    checked over every code point, so a Python whose engine changes fails here, loudly."""
    from newsgrab.rules.patterns import _CASE_FOLDS, fold_case

    groups: dict[str, set[str]] = {}
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        if char.upper() != char or char.lower() != char or char.casefold() != char:
            for key in ("u" + char.upper(), "f" + char.casefold(), "l" + char.lower()):
                groups.setdefault(key, set()).add(char)
    pairs = [(a, b) for members in groups.values() if len(members) > 1 for a in members for b in members
             if a < b and a.lower() != b.lower() and re.fullmatch(re.escape(a), b, re.IGNORECASE)]
    assert len(pairs) > 50
    assert [(a, b) for a, b in pairs if fold_case(a) != fold_case(b)] == []
    for code, usual in _CASE_FOLDS.items():
        assert re.fullmatch(re.escape(chr(code)), usual, re.IGNORECASE), hex(code)


def test_branch_split() -> None:
    from newsgrab.rules.patterns import split_branches

    assert split_branches(r"^a(?:b|c)|[|]d|\|e") == ["^a(?:b|c)", "[|]d", r"\|e"]
    assert split_branches(r"[]|]x|(?:[(]|\))y") == ["[]|]x", r"(?:[(]|\))y"]


def test_items_leads_gates_and_prefixes_of_a_branch() -> None:
    from newsgrab.rules.gates import gates
    from newsgrab.rules.patterns import expand_leads, first_item, prefix_pattern, split_items

    assert first_item(r"(?:a|b)?\x27s c") == ("(?:a|b)?", r"\x27s c")
    assert list(split_items(r"[]x]+\u00a0{2}(?:p(?:q))??z")) == ["[]x]+", r"\u00a0{2}", "(?:p(?:q))??", "z"]
    leads = {lead for lead, _ in expand_leads(r"(?:please )?(?:support|donate to) us\s*now")}
    assert leads == {"please support us", "please donate to us", "support us", "donate to us"}
    # a piece that starts with a class is gated by what must follow it
    assert gates(r"[\w .]{2,40} is licensed under a creative commons") == (" is licensed under a creative commons",)
    assert gates(r"\d+ comments?$") == (" comment",)
    assert gates(r"[\w ]+") is None
    support = r"(?:please )?support (?:me|us) on (?:patreon|ko-?fi)"
    assert prefix_pattern(support, 12) == "(?:please )?support (?:me|us) o"


def test_gated_entries_are_filed_under_rare_words_every_literal_holds() -> None:
    """A gated entry is filed under words each of its literals holds whole: the longest for a lone
    literal, the fewest and longest for several, so a bio gate is not filed under "the" (in most
    paragraphs); a literal that holds no word whole leaves the entry unfiled."""
    from newsgrab.rules.gates import filing_words

    assert filing_words((" all rights reserved ",)) == ("reserved",)
    bio = (" is a ", " is an ", " is the ", " was a ", " was an ", " was the ")
    assert set(filing_words(bio) or ()) == {"is", "was"}
    assert set(filing_words((" can be contacted ", " can be reached ")) or ()) == {"contacted", "reached"}
    assert filing_words((" is a ", " comment")) is None
    # every literal holds a word it is filed under, so a block holding the literal reaches the entry
    for literals in (bio, (" may be contacted ", " may be reached "), (" is a c", " is an ")):
        filed = set(filing_words(literals) or ())
        assert filed and all(filed & set(literal.split()) for literal in literals)
    # the packaged index files no gated entry under "the"
    assert "the" not in INDEX._gated_by_word


def test_a_gate_without_a_whole_word_is_filed_under_words_of_another_literal_set() -> None:
    """A piece whose gate holds no word whole (" ad-free", " nonprofit") is filed under the words
    of another literal set its matches hold (" is ", " are "); one with no such set stays unfiled.
    Filed or not, the index answers as the plain loop does (the tests above), and a block with the
    gate's literal but none of the words cannot match."""
    from newsgrab.rules.gates import word_gate

    piece = r"[\w ]{0,40} (?:is|are) (?:an? )?(?:non-?profit|ad-free)\b"
    assert set(word_gate(piece) or ()) == {"is", "are"}
    assert word_gate(r"\d+ comments?$") is None
    compiled = re.compile(piece, re.IGNORECASE)
    assert compiled.search("The Ledger is a nonprofit newsroom")
    assert not compiled.search("The Ledger, a nonprofit newsroom")  # " nonprofit" but no "is"/"are"
    unfiled = {entry[2] for entry in INDEX._gated_unfiled}
    donation = next(number for number, rule in enumerate(RULES) if rule.id == "donation.we-rely-on-readers")
    assert donation not in unfiled and any(entry[2] == donation for entry in INDEX._gated_by_word["are"])


def test_unfiled_literals_that_open_alike_are_tested_as_their_stem() -> None:
    """An unfiled entry meets every short block, so its literals that share an opening of
    `SELECTIVE_GATE_CHARS` or more are tested as that opening (a text holding one holds it);
    literals that share less stay apart."""
    from newsgrab.rules.gates import stems

    assert stems(("sign up t", "register ", "sign up f", "subscribe", "sign up h")) == (
        "register ", "sign up ", "subscribe")
    assert stems((" non-profit", " nonprofit", " ad-free")) == (" ad-free", " non-profit", " nonprofit")
    for literals in INDEX._gated_unfiled:
        if literals[0] is not None:
            assert literals[0] == stems(literals[0])


def test_case_folding_keeps_the_index_exact() -> None:
    """Python's IGNORECASE matches "ı" to "i" and "ſ" to "s", which str.lower keeps apart; the index
    must not hide such a block from a rule that fires on it."""
    from newsgrab.rules.patterns import fold_case

    assert fold_case("Pleaſe ſupport İndependent journalısm") == fold_case("please support independent journalism")
    index = RuleIndex(RULES)
    for rule in RULES:
        for text in (rule.example.replace("s", "ſ"), rule.example.replace("i", "ı"), rule.example.upper()):
            text = fold_space(text)
            plain = next((r for r in RULES if r.fires(text)), None)
            hit = index.first(text)
            assert (hit[0] if hit else None) == plain, (rule.id, text)


_HEADS = ["", "Note: ", "» ", "The ", "(", "* ", "Editor's note: ", "Jane Doe is a writer. "]
_TAILS = ["", ".", " today", " Read more at example.org.", " (opens in new window)"]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(RULES), st.sampled_from(_HEADS), st.sampled_from(_TAILS), st.integers(0, 40))
def test_index_agrees_with_a_plain_loop_on_reworded_examples(rule: newsgrab.rules.Rule, head: str, tail: str,
                                                             cut: int) -> None:
    """Notices with other openings, endings and truncations: the index answers as the plain loop does."""
    for text in (head + rule.example + tail, head + rule.example[cut:] + tail, rule.hard_negative[cut:] + tail):
        text = fold_space(text)
        if text:
            plain = next((r for r in RULES if r.fires(text)), None)
            hit = INDEX.first(text)
            assert (hit[0] if hit else None) == plain, text


_FILLER = "The council met on Tuesday and the vote was put off. Its chair is a lawyer who is the first to say so. "


def test_long_blocks_meet_gated_rules_literal_by_literal_as_through_their_words() -> None:
    """A block longer than `_direct_above` tests the few gated entries long enough for it literal by
    literal instead of through its words: the same rules pass the prefilter, and the index answers
    as the plain loop does, on every example padded past that length (and on the padding alone)."""
    by_words = RuleIndex(RULES)
    by_words._direct_above = by_words._gated_cap  # every block through its words, as before
    long_rules = [rule for rule in RULES if rule.max_chars > INDEX._direct_above]
    assert long_rules and INDEX._direct_above < INDEX._gated_cap
    for rule in long_rules:
        for text in (_FILLER * 8 + rule.example, rule.example + " " + _FILLER * 8, _FILLER * 8):
            text = fold_space(text)[: rule.max_chars]
            assert len(text) > INDEX._direct_above
            assert INDEX.candidates(text) == by_words.candidates(text), text
            plain = next((r for r in RULES if r.fires(text)), None)
            hit = INDEX.first(text)
            assert (hit[0] if hit else None) == plain, text


#: patterns a user's rule file may hold that stretch the prefilter: empty and optional openings,
#: backreferences, conditionals, lookarounds, scoped and global flags, case traps, odd braces
_TRICKY_PATTERNS = [
    r"^(?:|foo )bar", r"^\bnote\b", r"(?i)^support us", r"(?<=x)yz", r"^(a)\1c", r"^(?P<n>ab)(?(n)c|d)",
    r"^[^a-z]+done", r"^\W*follow us", r"^.{0,5}share this", r"^(?:ab)*cd", r"^(?:ab)+cd", r"^\d{2,} comments",
    r"^(?=.*secret)hidden", r"^(?!no)yes", r"^[ſs]upport", r"^İstanbul", r"^ıi", r"^(?-i:ABC)def", r"^(?s:a.b)",
    r"^\x27quote\x27", r"^\.\.\. more", r"^\$\d+ donation", r"^(?:please|kindly)? ?(?:donate|give)(?: now)?$",
    r"^[]x]y", r"^a{2}b", r"^a{,2}b", r"^\{lit\}", r"^{x", r"end$", r"(?:foo|bar)baz", r"^\s*©\s*\d{4}",
    r"^(?:[\w .]{2,20}) is a writer", r"^ǅungla", r"^ΣΙΓΜΑ", r"^straße", r"^ﬅop",
]
_TRICKY_RULES = tuple(
    newsgrab.rules.Rule(id=f"mine.t{i}", category="share", scope="anywhere", regex=pattern, max_chars=200,
                        family="test", example="", hard_negative="", source="test")
    for i, pattern in enumerate(_TRICKY_PATTERNS)
)
_TRICKY_INDEX = RuleIndex(_TRICKY_RULES)
_TRICKY_WORDS = [
    "foo ", "bar", "note", "Support Us", "ſupport", "xyz", "abac", "abc", "done", "follow us", "share this", "abcd",
    "12 comments", "secret", "hidden", "yes", "no", "İstanbul", "ıi", "ABCdef", "'quote'", "... more",
    "$5 donation", "please donate now", "give", "]y", "aab", "{lit}", "{x", "end", "foobaz", "© 2024",
    "Jane Doe is a writer", "ǆungla", "σιγμα", "STRASSE", "ﬆop", "ſ", "ı", "Σ", "K", ".", "'",
]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_TRICKY_WORDS), min_size=1, max_size=4))
def test_index_agrees_with_a_plain_loop_on_tricky_user_patterns(words: list[str]) -> None:
    """A user's rules go through the same index: whatever they hold, it never hides a match."""
    text = fold_space(" ".join(words))
    plain = next((r for r in _TRICKY_RULES if r.fires(text)), None)
    hit = _TRICKY_INDEX.first(text)
    assert (hit[0] if hit else None) == plain, text


def test_user_rules_error_surfaces_from_extract(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[[rule]]\n" + GOOD.replace('"contact"', '"gossip"'), encoding="utf-8")
    with pytest.raises(RuleError, match=r"bad\.toml: rule 'mine\.tip-line': unknown category 'gossip'"):
        newsgrab.extract("Title\n\nSome text of an article that is long enough.\n", options=Options(extra_rules=(bad,)))


def _probe_lines(name: str) -> list[str]:
    path = Path(__file__).parent / "boilerplate_corpus" / "probes" / name
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


@pytest.mark.parametrize("line", _probe_lines("notices.txt"))
def test_probe_notice_is_matched(line: str) -> None:
    assert INDEX.first(fold_space(line)) is not None


@pytest.mark.parametrize("line", _probe_lines("body_sentences.txt"))
def test_probe_body_sentence_is_not_matched(line: str) -> None:
    hit = INDEX.first(fold_space(line))
    assert hit is None, f"{hit[0].id if hit else ''} fires on an article sentence"


def test_no_dead_rules_every_rule_fires_beyond_its_own_example() -> None:
    """Each rule meets a second, differently worded notice: a corpus block or a probe line."""
    texts = _corpus_texts() + _probe_lines("notices.txt")
    dead = [r.id for r in RULES if not any(r.fires(t) for t in texts if t != fold_space(r.example))]
    assert not dead, f"rules that fire on nothing but their own example: {dead}"


@pytest.mark.parametrize(
    ("credit", "prose"),
    [
        # a credit line named by where its picture sits in the piece ("Heading image:", "Final image:")
        ("Heading image: The Harbour at Dawn by Anna Painter, 1862", "The heading image was chosen by the editors."),
        ("Final image: View of the old mill, by Jan Roe, 1840", "The final image of the series shows the mill."),
        # a video credited as photos are ("Video courtesy of X")
        ("VIDEO COURTESY OF HARBOUR FILMS", "The video, courtesy of a neighbour, shows the flood."),
    ],
)
def test_photo_credit_line_reads_placed_images_and_videos(credit: str, prose: str) -> None:
    rule = next(r for r in RULES if r.id == "image-credit.photo-credit-line")
    assert rule.fires(fold_space(credit)), credit
    assert not rule.fires(fold_space(prose)), prose


def test_open_pieces_test_the_literals_they_require_before_their_regex() -> None:
    """A lead-less piece no gate files (tried on every short block) first tests the one or two
    literals every match of it holds, however short ("/" of "Jane Roe/AFP"); with more it has none."""
    from newsgrab.rules.gates import open_needs

    assert open_needs(r"[\w .\x27’-]{2,60}\s*/\s*(?:getty images|afp|ap|epa)") == ("/",)
    assert open_needs(r"[\w .]{2,60}\s*/\s*(?:getty images|afp)") == ("afp", "getty images")  # the longer pair
    assert open_needs(r"[\w ]{2,30} (?:via|from) (?:ap|epa)") == (" from", " via ")  # cut to one length
    assert open_needs(r"\s*(?:\d{4}\s+)?(?:reuters|afp|dpa|tass)") is None  # four agencies: too many
    assert open_needs(r"[\w ]+") is None
    getty = next(entry for entry in INDEX._open if RULES[entry[3]].id == "image-credit.agency-via-getty")
    assert getty[1] == ("/",)
    no_needs = RuleIndex(RULES)
    no_needs._open = [(chars, None, *rest) for chars, _, *rest in no_needs._open]
    no_needs._dispatch_open()
    assert all(needs is None for entries in no_needs._open_by_char.values() for needs, *_ in entries)
    assert any(entry[1] is not None for entry in INDEX._open)
    for text in [*_corpus_texts(), "Jane Roe/AFP via Getty Images", "Jane Roe / Reuters", "Jane Roe, AFP"]:
        assert INDEX.candidates(text) == no_needs.candidates(text), text


def test_unfiled_pieces_of_one_rule_meet_a_block_as_one_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    """The gated pieces of one rule that no word files ("translate website", "translate this page")
    are one entry: one literal test for the rule, not one per piece. The rules that pass and fire
    are those of the index with one entry per piece, on the corpus and every rule's example."""
    from newsgrab.rules import matcher

    monkeypatch.setattr(matcher, "_one_entry_per_rule", lambda entries: entries)
    per_piece = RuleIndex(RULES)
    numbers = [entry[2] for entry in INDEX._gated_unfiled]
    assert len(numbers) == len(set(numbers)) < len(per_piece._gated_unfiled)
    merged = [entry for entry in INDEX._gated_unfiled if entry[3].startswith("(?:")]
    assert merged and all(entry[0] is not None for entry in merged)
    for entry in merged:  # every piece's literal holds one of the entry's (their union, stemmed)
        pieces = [piece for piece in per_piece._gated_unfiled if piece[2] == entry[2]]
        literals = [literal for piece in pieces for literal in piece[0] or ()]
        assert literals and all(any(stem in literal for stem in entry[0] or ()) for literal in literals)
    for text in [*_corpus_texts(), *(fold_space(rule.example) for rule in RULES if rule.example)]:
        hit, other = INDEX.first(text), per_piece.first(text)
        assert (hit[0] if hit else None) == (other[0] if other else None), text
        assert set(INDEX.candidates(text)) <= set(per_piece.candidates(text)), text


def test_a_filed_entry_is_reached_under_each_word_with_the_literals_that_hold_it() -> None:
    """A block reaches a gated entry through a word the entry is filed under, and a literal in the
    block gives it the word the literal holds whole: under "is" the bio entry tests its "is" literals
    only, under "was" its "was" ones. A block holding both words, one of them only in another
    sentence, still meets the rule (through the word its literal holds), as a plain loop does."""
    from newsgrab.rules.gates import literals_holding

    bio = (" is a ", " is an ", " is the ", " was a ", " was an ", " was the ")
    assert literals_holding(bio, "is") == (" is a ", " is an ", " is the ")
    assert literals_holding(bio, "was") == (" was a ", " was an ", " was the ")
    author = next(number for number, rule in enumerate(RULES) if rule.id == "author-bio.writer-whose-work")
    under_is = [entry[0] for entry in INDEX._gated_by_word["is"] if entry[2] == author]
    under_was = [entry[0] for entry in INDEX._gated_by_word["was"] if entry[2] == author]
    assert under_is and all(literals and all(" is " in literal for literal in literals) for literals in under_is)
    assert under_was and all(literals and all(" was " in literal for literal in literals) for literals in under_was)
    for text in ("Mira Solberg was a reporter at the Harbour Ledger and what she found is here.",
                 "What is next? Tomas Lindqvist was the editor of a regional weekly for ten years.",
                 "The harbour is quiet and the ferry was late, the harbourmaster said."):
        plain = next((rule for rule in RULES if rule.fires(text)), None)
        hit = INDEX.first(text)
        assert (hit[0] if hit else None) == plain, text


def test_an_ascii_block_meets_the_unfiled_entries_without_their_other_scripts() -> None:
    """The unfiled entries an ASCII block meets hold no literal of another script (none could be in
    it) and keep the entries' order; a block in another script still meets them all: a Japanese
    comment count is found, and an English one too, as a plain loop finds them."""
    ascii_entries = INDEX._gated_unfiled_ascii
    assert ascii_entries and all(literals is None or (literals and all(map(str.isascii, literals)))
                                 for literals, *_ in ascii_entries)
    numbers = [entry[2] for entry in INDEX._gated_unfiled]
    assert [entry[2] for entry in ascii_entries] == [n for n in numbers if n in {e[2] for e in ascii_entries}]
    assert len(ascii_entries) < len(INDEX._gated_unfiled)
    for text in ("12件のコメント", "12 comments", "Twelve comments were left on the harbour plan."):
        plain = next((rule for rule in RULES if rule.fires(text)), None)
        hit = INDEX.first(text)
        assert (hit[0] if hit else None) == plain, text
    assert INDEX.first("12件のコメント") is not None and INDEX.first("12 comments") is not None
