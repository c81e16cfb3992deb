"""A box of other stories set into or under the article, whose links the converter dropped: a label
of related reading ("Related articles", "More from Harbour", "Read more:", "See also"; the notice words'
`related` list, data/notice_cues.toml) over headline-like lines goes, label and headlines
(clean/textshapes.py `labelled_teasers`, `structure.labelled-teaser`). Held both ways: a subheading
that opens with such a word over prose, the article's own numbered section under a label, and a list of
sentences under "See also" stay. Invented pages."""

from __future__ import annotations

import pytest

import newsgrab

STORY = [f"Paragraph {n} of the report says the harbour crane was repaired on day {n} and that the boats "
         "went back out the same evening, which the fishermen had waited for since the storm." for n in range(1, 5)]


def _dump(*paragraphs: str) -> str:
    return "The Crane Is Fixed\n\nMarch 3, 2024\n\n" + "\n\n".join(paragraphs) + "\n"


TEASERS = ["Ferry operator fined over late sailings on the north route",
           "Harbour board names its first woman chair in a century"]


@pytest.mark.parametrize("label", ["Related articles", "More from Harbour", "Read more:", "See also"])
def test_a_labelled_teaser_box_amid_the_story_goes(label: str) -> None:
    result = newsgrab.extract(_dump(STORY[0], STORY[1], label, *TEASERS, STORY[2], STORY[3]), kind="text")
    removed = {removal.text: (removal.rule, removal.category) for removal in result.removed}
    assert set(removed) == {label, *TEASERS}  # (a rule may know the label's words already)
    assert all(removed[teaser] == ("structure.labelled-teaser", "related") for teaser in TEASERS)
    assert all(paragraph in result.body for paragraph in STORY)


@pytest.mark.parametrize(("label", "under"), [
    # a subheading that opens with a word of related reading, over the story's prose
    ("", ["Watch the tide tables closely this winter", STORY[2]]),
    # the label over the article's own numbered section
    ("Related", ["19) The crane that came back", STORY[2]]),
    # the story's list under "See also": items that are sentences
    ("See also", ["The board publishes its minutes every Friday.", "The crane logs are open to the public."]),
])
def test_a_subheading_a_numbered_section_or_a_list_of_sentences_stays(label: str, under: list[str]) -> None:
    result = newsgrab.extract(_dump(STORY[0], STORY[1], *([label] if label else []), *under, STORY[3]), kind="text")
    assert all(line in result.body for line in under)
    assert not any(removal.rule == "structure.labelled-teaser" for removal in result.removed)
