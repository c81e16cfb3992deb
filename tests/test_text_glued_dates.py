"""A date glued to a name, a label or a section on one line under the headline (issue 13): a converter
that joins inline elements prints "Harbour Daily 4/23/2018 Jane Doe", "Jane Doe 3/14/15 9:26am
Yesterday 9:26am", "March 2nd, 2014 in Weather", which no dateline reader reads. Held both ways:
the line's shape (`glued_date`) and its place (`read_glued_dates`: right under a printing of the
headline, never a teaser's line further down)."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.model import Block, Metadata
from newsgrab.text.gluedate import glued_date, read_glued_dates, unglued_date

STORY = ("The storm felled many trees overnight and blocked several streets across the old town, the fire "
         "brigade said on Monday, and crews worked through the night to clear them before the morning rush.")
HEADLINE = "Storm fells trees across the harbour town"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Harbour Daily 4/23/2018 Jane Doe", "2018-04-23"),  # the source, the date, the author
        ("Jane Doe 3/14/15 9:26am Yesterday 9:26am", "2015-03-14"),  # a relative stamp after it
        ("March 2nd, 2014 in Weather", "2014-03-02"),  # the section after it
        ("First Posted: 07-19-11 04:05 PM | Updated: 07-20-11 10:15 AM", "2011-07-19"),  # the update cut off
        ("Jane Doe - 28.06.2022", "2022-06-28"),  # a dotted date, read day first as every reader does
        ("港湾日報 2020年8月3日 山田太郎", "2020-08-03"),  # a script without case
    ],
)
def test_one_date_between_names_or_labels_is_read(line: str, published: str) -> None:
    assert glued_date(line) == published


@pytest.mark.parametrize(
    "line",
    [
        "On May 5, 2019 the council met in the town hall",  # a sentence: lower-case words
        "The storm, which hit on May 5, 2019, felled trees",  # a clause's marks
        "March 3 - March 5, 2021 Harbour Festival",  # two days: an event's
        "Harbour Daily 05/03/2021 Jane Doe",  # either order: only the page's language could tell
        "Jane Doe Page 2 May 5, 2019",  # another number among the words
        "May 5, 2019",  # a date alone: the dateline readers' own
        "Updated May 5, 2019 Jane Doe",  # only a last change's date
    ],
)
def test_a_sentence_an_event_or_an_unknown_order_is_not_read(line: str) -> None:
    assert glued_date(line) is None


def _read(lines: list[str], headline: int) -> tuple[Metadata, set[int]]:
    blocks = [Block(kind="h1" if i == headline else "p", text=text) for i, text in enumerate(lines)]
    blocks.append(Block(kind="p", text=STORY))
    meta = Metadata()
    return meta, read_glued_dates(blocks, headline, HEADLINE, meta)


def test_the_line_under_the_headline_dates_the_story() -> None:
    meta, taken = _read(["Harbour Daily", HEADLINE, "Harbour Daily 4/23/2018 Jane Doe"], headline=1)
    assert meta.published == "2018-04-23"
    assert taken == {2}


def test_the_line_under_another_printing_of_the_headline_dates_the_story() -> None:
    lines = ["Harbour Daily", "* Home", "* Weather", HEADLINE, "March 2nd, 2014 in Weather", "Menu", "Search",
             "Sign in", "More", HEADLINE]
    meta, taken = _read(lines, headline=9)
    assert meta.published == "2014-03-02"
    assert taken == {4}


@pytest.mark.parametrize(
    "lines",
    [
        [HEADLINE, "Read more", "Share", "Print", "Ann Other • February 15, 2017"],  # a teaser's, further down
        ["Ann Other • February 15, 2017", "Harbour Daily", HEADLINE],  # above the headline
        [HEADLINE, "* Ann Other • February 15, 2017"],  # a list's item: a teaser list
    ],
)
def test_the_same_shape_elsewhere_is_not_read(lines: list[str]) -> None:
    headline = lines.index(HEADLINE)
    blocks = [Block(kind="li" if text.startswith("* ") else "h1" if i == headline else "p",
                    text=text.removeprefix("* ")) for i, text in enumerate(lines)]
    meta = Metadata()
    assert read_glued_dates(blocks, headline, HEADLINE, meta) == set()
    assert meta.published is None


def test_a_whole_page_dump_is_dated_by_its_glued_line() -> None:
    text = "\n\n".join(["Harbour Daily", "* News\n* Weather\n* Sport", f"# {HEADLINE}",
                        "Harbour Daily 4/23/2018 Jane Doe", STORY, STORY.replace("storm", "gale"), "About us"])
    article = newsgrab.extract(text, kind="text")
    assert article.published == "2018-04-23"
    assert "4/23/2018" not in article.body


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Harbour WeeklyApril 9, 2018", "2018-04-09"),  # the source's name run into the month (no space)
        ("Kettle Gazette21 March 2019", "2019-03-21"),  # a day-first date (found glued before too)
        ("Jane DoeJuly 4th, 2017 in Weather", "2017-07-04"),  # the author's name, the section after it
    ],
)
def test_a_date_glued_to_the_name_before_it_is_read(line: str, published: str) -> None:
    assert glued_date(line) == published


@pytest.mark.parametrize(
    ("line", "unglued"),
    [
        ("Harbour WeeklyApril 9, 2018", "Harbour Weekly April 9, 2018"),
        ("By Ann OtherFebruary 15, 2017", "By Ann Other February 15, 2017"),
        ("Kettle Gazette21 March 2019", "Kettle Gazette21 March 2019"),  # a digit: the date phrase is found as it is
        ("iPhone 12 May 2021 review", "iPhone 12 May 2021 review"),  # a capital inside a word, no date after it
        ("McDonald March in Dublin", "McDonald March in Dublin"),  # a month's name, no date
        ("Covid19 cases rose 5% in 2020", "Covid19 cases rose 5% in 2020"),  # a digit after a letter, no date
    ],
)
def test_only_a_whole_date_after_a_lower_case_letter_is_parted(line: str, unglued: str) -> None:
    assert unglued_date(line) == unglued


def test_a_teaser_list_of_glued_lines_under_the_story_is_not_read() -> None:
    """The same glue in a list of other stories under the article (each "NameDate" its own day) is
    no line under the headline: position keeps it out."""
    text = "\n\n".join(["Harbour Daily", f"# {HEADLINE}", "By Jane Doe", STORY, STORY.replace("storm", "gale"),
                        "More stories", "Ferry timetable changes for the winter", "Ann OtherFebruary 15, 2017",
                        "New bakery opens on the quay", "Ivo MarshMarch 2, 2018"])
    article = newsgrab.extract(text, kind="text")
    assert article.published is None


def test_a_whole_page_dump_is_dated_by_a_date_glued_to_its_source() -> None:
    text = "\n\n".join(["Harbour Daily", "* News\n* Weather\n* Sport", f"# {HEADLINE}",
                        "Harbour WeeklyApril 9, 2018", STORY, STORY.replace("storm", "gale"), "About us"])
    assert newsgrab.extract(text, kind="text").published == "2018-04-09"


#: a song's lines: a page of short lines, no paragraph of prose (the article starts at the text's top)
VERSES = ["The tide comes in across the stones", "I hear the gulls above the bay", "The lamps are lit along the quay",
          "And still I wait for you to stay"]


def test_a_text_of_short_lines_is_dated_by_the_glued_line_under_its_headline() -> None:
    """A page of short lines (a song's, a poem's) has no paragraph for the article to start at, and is
    read as a text that opens with its title line: the glued line under a printing of the headline
    dates it as it dates a text with chrome."""
    text = "\n\n".join([HEADLINE, HEADLINE, "Home", "Privacy", HEADLINE, "March 2nd, 2014 in Folk", *VERSES])
    article = newsgrab.extract(text, kind="text")
    assert article.published == "2014-03-02"
    assert "in Folk" not in article.body


def test_a_text_of_short_lines_reads_no_glued_line_further_down() -> None:
    text = "\n\n".join([HEADLINE, HEADLINE, "Home", "Privacy", HEADLINE, *VERSES, "Read more", "Share",
                        "Ann Other • February 15, 2017"])
    assert newsgrab.extract(text, kind="text").published is None
