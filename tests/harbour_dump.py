"""Shared pieces of the text-byline tests (tests/test_text_card_byline.py, test_text_stamped_byline.py,
test_text_reading_time.py): one invented news story, its headline and the site's menu, printed as a
whole-page converter prints a page, so each test only writes the lines around the headline it is
about. The text-title tests (test_text_title.py, test_text_title_plain.py, test_text_title_shapes.py,
test_text_far_title.py) take the menu, and the last two the council story."""

from __future__ import annotations

MENU = "\n".join(f"  * {word}" for word in ("Home", "News", "Local", "Sport", "Weather", "Culture", "Opinion"))
HEADLINE = "The harbour crane is back after three days of repairs"
DEK = "Repairs to the north quay took longer than planned, and the first boats queued at dawn."
STORY = (
    "The harbour office reopened the outer basin on Thursday after three days of work on the crane of "
    "the north quay, and by seven o'clock the fishing boats were already queuing at the slipway.\n\n"
    "\"We lost the best week of the season,\" said the harbour master, who has run the port for "
    "twenty-two years, as the crane lifted the first boat of the morning into the water.\n\n"
    "The office said the crane had been inspected twice since the autumn and that its gearbox "
    "failed during the storm on Monday night, when the wind reached ninety kilometres an hour.\n"
)

#: another story, with no headline of its own, for the text-title tests that print their own header
COUNCIL_STORY = (
    "The harbour council voted on Thursday to send its own delegate to the United Nations ocean "
    "conference, after three years of asking the ministry to do so.\n\n"
    "\"We have been asking for a seat for three years,\" said Mara Lind, who chairs the council, as the "
    "vote was counted in the old customs house.\n\n"
    "The delegate will speak on the fishing quotas that the conference sets for the northern waters, "
    "the council said in a statement after the meeting.\n"
)


def page(above: str, below: str, story: str = STORY) -> str:
    """A dump of the site's name, its menu, `above`, the headline, `below`, the story and the menu again."""
    return f"Harbour Gazette\n\n{MENU}\n\n{above}\n\n{HEADLINE}\n\n{below}\n\n{story}\n{MENU}\n"


def indented(*lines: str) -> str:
    """`lines` as a whole-page converter prints a page's closing menu: each on its own, indented."""
    return "\n\n".join(f"   {line}" for line in lines)


def numbered_story(first: str, second: str, paragraphs: int = 5) -> str:
    """`paragraphs` indented two-line paragraphs, each `first` and `second` with "{n}" filled in: a
    story long enough for the text path to find its span, in the words of the test that prints it."""
    return "\n\n".join(f"   {first.format(n=n)}\n   {second.format(n=n)}" for n in range(1, paragraphs + 1))


def removal_categories(text: str) -> dict[str, str | None]:
    """Each block of `text` (read as text) with the category of the rule that removed it, or None."""
    import newsgrab

    return {block.text: removal.category if removal else None
            for block, removal in newsgrab.extract(text, kind="text").timeline}


#: the crane story as four long paragraphs, for dumps whose tests add a line of their own among them
CRANE = [
    f"Paragraph {n} of the report says the harbour crane was repaired on day {n} and that the boats "
    "went back out the same evening, which the fishermen had waited for since the storm." for n in range(1, 5)]


def crane_dump(*paragraphs: str) -> str:
    """A text with the crane story's headline and date over `paragraphs`, each a block of its own."""
    return "The Crane Is Fixed\n\nMarch 3, 2024\n\n" + "\n\n".join(paragraphs) + "\n"


def removal_rules(text: str) -> dict[str, str]:
    """The rule that removed each block of `text` read as text, by the block's text."""
    import newsgrab

    return {removal.text: removal.rule for removal in newsgrab.extract(text, kind="text").removed}


#: a second story (the island ferry), its headline in title case, for the text-title tests of a
#: headline found inside or under a banner (test_text_title_inside_run.py, test_text_title_lone_heading.py)
FERRY_HEADLINE = "Ferry Timetable Shrinks as Two Boats Go for Repairs"
FERRY_STORY = (
    "The island ferry will run four crossings a day instead of seven from Monday, the operator said, "
    "after both of its older boats were taken out of the water for hull repairs.\n\n"
    "\"We know it is the worst time of year for it,\" said Marta Olsen, who runs the booking office at "
    "the harbour, as the first cancelled sailings were pinned to the board.\n\n"
    "The operator expects the first boat back by the end of the month and the second in early spring, "
    "and says it will add evening crossings once both have returned.\n\n"
    "Regular passengers have already been told to book ahead, and the harbour office said the car deck "
    "would be reserved for islanders on the busiest crossings of the week.\n"
)
