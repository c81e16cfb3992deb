"""A photo's caption with its credit, printed by a converter as a paragraph of its own between the
article's ("... on the quay (Image: HARBOUR PRESS )", "... on Thursday Credit: Jane Doe/AFP", "... on
Tuesday. (Ana Ruiz/AP)"), leaves the body as the HTML stage takes it out of a figure
(media/credittail.py `is_credited_caption`, clean/textshapes.py `credited_captions`). Held both ways:
a post embedded from a social network (its picture's address at the end), a paragraph that names the
source of its facts, a paragraph with a credit glued on, and a player's label after a paragraph stay.
Invented lines and pages."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsgrab
from newsgrab.clean.textshapes import credited_captions
from newsgrab.media import credittail
from newsgrab.media.credittail import MAX_CAPTION_CHARS, _may_hold_credit, ending_credit, is_credited_caption
from newsgrab.model import Block

_CREDITS = tomllib.loads(resources.files("newsgrab.data").joinpath("credit_words.toml").read_text(encoding="utf-8"))
STORY = [f"Paragraph {n} of the report says the harbour crane was repaired on day {n} and that the boats "
         "went back out the same evening, which the fishermen had waited for since the storm." for n in range(1, 5)]
CAPTIONS = [
    "Ferries wait at the north quay before the storm (Image: HARBOUR PRESS )",
    "A crane lifts the new span into place on Thursday Credit: Mara Lind/AFP",
    "Rowers cross the bay at sunrise on Sunday, May 5, 2024. (Ana Ruiz/AP)",
    "Der Kran hebt das erste Boot ins Wasser. | Foto: Hafenpresse",
    "The harbour master at her desk last week.Credit...Tomas Berg/The Harbour Gazette",
]
#: the article's own lines of the same shape: a line that ends with words after a full stop or a label
ARTICLE_LINES = [
    # an embedded post: its picture's address is no credit
    "Best of luck at the regatta, my friend, and see you at the quay. pic.twitter.com/Ab12Cd34Ef",
    # the source of a paragraph's facts, in English and German
    "Ferry fares rose by a third over the year. Source: Harbour Board",
    "Die Fährpreise stiegen um ein Drittel. Quelle: Hafenamt",
    # a copyright line
    "All photographs of the regatta. © 2024 Harbour Gazette and the photographers",
    # a player's label after a paragraph's last sentence
    "The board will meet again on Monday to decide on the ferry timetable for the summer. Video",
]


@pytest.mark.parametrize("line", CAPTIONS)
def test_a_caption_with_its_credit_is_one(line: str) -> None:
    assert is_credited_caption(line)


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_a_post_a_source_a_copyright_or_a_label_is_not(line: str) -> None:
    assert not is_credited_caption(line)


def test_a_paragraph_with_a_credit_glued_on_is_the_article_s() -> None:
    # a converter prints the credit of the picture under a paragraph on the paragraph's line
    glued = " ".join(STORY[:2]) + " Photo: Mara Lind"
    assert len(glued) > MAX_CAPTION_CHARS
    assert not is_credited_caption(glued)


@pytest.mark.parametrize("language", sorted(_CREDITS["text_sources"]))
def test_every_text_source_label_credits_facts_not_a_picture(language: str) -> None:
    # each label is one the credit pattern reads (so the caption test sees it), and a line ending with
    # it is no caption; the same line ending with a picture's label is one
    labels = {word.lower() for word in _CREDITS["labels"][language]}
    for label in _CREDITS["text_sources"][language]:
        assert label in labels
        assert not is_credited_caption(f"The quay was closed for three days. {label.capitalize()}: Harbour Board")
    picture = next(word for word in _CREDITS["labels"][language] if word not in _CREDITS["text_sources"][language])
    assert is_credited_caption(f"The quay was closed for three days. {picture.capitalize()}: Harbour Press")


def _dump(*paragraphs: str) -> str:
    return "The Crane Is Fixed\n\nMarch 3, 2024\n\n" + "\n\n".join(paragraphs) + "\n"


def test_captions_amid_the_story_go_and_the_story_stays() -> None:
    text = _dump(STORY[0], CAPTIONS[0], STORY[1], CAPTIONS[2], STORY[2], ARTICLE_LINES[0], STORY[3])
    result = newsgrab.extract(text, kind="text")
    removed = {removal.text: (removal.rule, removal.category) for removal in result.removed}
    assert removed == {caption: ("structure.credited-caption", "image-credit")
                       for caption in (CAPTIONS[0], CAPTIONS[2])}
    for paragraph in [*STORY, ARTICLE_LINES[0]]:
        assert paragraph in result.body


def test_html_input_and_list_items_are_not_read() -> None:
    # the HTML stage reads a figure's caption from its element; a list item is a list's
    html = [Block(kind="p", text=CAPTIONS[0], origin="/html/body/p[2]")]
    assert credited_captions(html, [CAPTIONS[0]]) == [False]
    text = [Block(kind="li", text=CAPTIONS[0], origin="line 3"), Block(kind="p", text=CAPTIONS[0], origin="line 5")]
    assert credited_captions(text, [CAPTIONS[0]] * 2) == [False, True]


def test_a_caption_line_that_holds_its_picture_stays_with_it() -> None:
    # markdown prints the picture and its caption on one line: the picture is the article's, and
    # removing the line would take it out of `media` too
    line = f"![Ferries at the quay](https://harbour.example/img/quay.jpg) {CAPTIONS[0]}"
    result = newsgrab.extract(_dump(STORY[0], line, STORY[1], STORY[2]), kind="text")
    assert [media.url for media in result.media] == ["https://harbour.example/img/quay.jpg"]
    assert not any(removal.rule == "structure.credited-caption" for removal in result.removed)


def _labels() -> list[str]:
    data = tomllib.loads(resources.files("newsgrab.data").joinpath("credit_words.toml").read_text(encoding="utf-8"))
    return sorted({word for words in data["labels"].values() for word in words})


@pytest.mark.parametrize("label", _labels())
def test_the_prefilter_lets_every_credit_label_through(label: str) -> None:
    """`_may_hold_credit` spares most lines the credit search: it must never hide a credit, in any
    label of the data file, in any case."""
    for form in (label, label.upper(), label.title()):
        line = f"Boats wait at the north quay at dawn. {form}: Ana Ruiz"
        assert _may_hold_credit(line)
        assert ending_credit(line) is not None
    assert not _may_hold_credit("Boats wait at the north quay at dawn, as they have since May.")


#: pieces of lines the credit prefilter is asked about: heads of credit labels cut anywhere, their
#: capitals, a copyright mark, plain words
_CREDIT_ALPHABET = ["fo", "to", "Foto", "pho", "PHOTO", "(c", ")", "©", "ima", "ge", "Bild", "quelle", "ф", "ото",
                    "źró", "dło", "the quay ", " ", ".", "credit", "Crédit"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_CREDIT_ALPHABET), max_size=8).map("".join))
def test_the_prefilter_finds_a_head_where_the_line_holds_one(text: str) -> None:
    """One search of the grouped pattern answers as asking the lowered line for every head does."""
    assert _may_hold_credit(text) is any(head in text.lower() for head in credittail._label_heads())


def test_the_prefilter_has_a_branch_per_first_character() -> None:
    heads = credittail._label_heads()
    assert credittail._label_heads_re().pattern.count("(?:") == len({head[0] for head in heads})
    assert all(credittail._label_heads_re().search(head) for head in heads)
    assert _may_hold_credit("Ferries wait at the quay. PHOTO: Ana Ruiz")
    assert not _may_hold_credit("Ferries wait at the north quay before the storm.")
