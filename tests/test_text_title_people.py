"""A line that names people the way a caption or a byline does is no headline (text/titleshape.py
`names_people`, the `name` fact of text/title.py): the caption of a photo of the people a story is
about ("(L-R) Jane Doe, John Roe, Ann Poe") or a panel's list of speakers, printed between the
headline and the story, retells the story's names as much as its headline does. Invented pages,
tested both ways: a headline that names people and says what they did stays the title."""

from __future__ import annotations

import pytest

from newsgrab.text.blocks import parse_text
from newsgrab.text.titleshape import names_people
from tests.harbour_dump import MENU

STORY = (
    "Tomas Keller, Ines Moreau and Paul Hart stood on the north quay on Thursday when the crane lifted the "
    "first boat of the season back into the water after three days of repairs.\n\n"
    "\"We lost the best week of the season,\" said Keller, who has fished out of the harbour for "
    "twenty-two years, while Moreau and Hart counted the boats queuing at the slipway.\n\n"
    "The harbour office said the crane had been inspected twice since the autumn and that the gearbox "
    "failed during the storm on Monday night.\n"
)


def _title(header: list[str]) -> str | None:
    lines = "\n\n".join(header)
    return parse_text(f"Harbour Gazette\n\n{MENU}\n\n{lines}\n\n{STORY}\n{MENU}\n").metadata.title


@pytest.mark.parametrize("caption", [
    "(L-R) Tomas Keller, Ines Moreau, Paul Hart",
    "Tomas Keller, Ines Moreau and Paul Hart",
])
def test_a_caption_naming_the_people_of_the_story_is_not_the_title(caption: str) -> None:
    header = ["Weather", "Gearbox fixed in time for spring", "By Anna Berg", "March 3, 2021", caption]
    assert _title(header) == "Gearbox fixed in time for spring"


def test_a_headline_that_names_people_and_what_they_did_stays_the_title() -> None:
    header = ["Weather", "Keller, Moreau and Hart win the quay back", "By Anna Berg", "March 3, 2021",
              "The north quay on Thursday"]
    assert _title(header) == "Keller, Moreau and Hart win the quay back"


@pytest.mark.parametrize("line", [
    "Jane Doe",
    "Jane Doe, John Roe, Ann Poe, Tom Lee",
    "(L-R) Jane Doe, John Roe and Ann Poe",
    "Conan O'Neil, Jane Doe and John Roe",
])
def test_names_people_reads_a_name_and_a_list_of_names(line: str) -> None:
    assert names_people(line)


@pytest.mark.parametrize("line", [
    "Doe and Roe Settle Their Suit",
    "Keller, Moreau and Hart win the quay back",
    "Jane Doe, Port's New Chief, Sails On",  # a possessive: a headline in title case, not names
    "Jane Doe, Harbour Master",  # a byline's name and role: one name
    "Santa Fe, New Mexico",  # two title-case parts: a place as much as two names
    "Jane Doe and John Roe",  # no comma: "Icebergs and Existential Dread" reads the same
    "New Year, new laws: boats, cranes and quays",
])
def test_names_people_leaves_headlines_places_and_pairs_alone(line: str) -> None:
    assert not names_people(line)


#: a podcast page as w3m prints it (no heading marks): a short headline, the panel's names under the
#: guests' photos, the players' links, and the story, which names the panel in its first lines
PANEL = "Tomas Keller, Ines Moreau, Paul Hart"
PLAYERS = "Listen on:\n\n  * Podcasts\n  * Radio\n  * RSS"


def test_the_panels_names_get_no_echo_from_the_story_that_names_them() -> None:
    """The story retells the three names (echo, 4 points a word): with it the list outranked the short
    headline over it, whose words the story does not repeat; a line of names gets none."""
    assert _title(["Podcast", "Who Needs the Crane?", PANEL, PLAYERS]) == "Who Needs the Crane?"


def test_a_heading_shaped_like_names_keeps_its_echo() -> None:
    """A markup heading is the page's own headline mark: one shaped like the story's people's names
    (a profile's or an interview's headline) keeps what the story retells of it, and wins where the
    same line printed plain loses."""
    assert _title(["Podcast", "Who Needs the Crane?", f"## {PANEL}", PLAYERS]) == PANEL
