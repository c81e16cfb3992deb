"""The headline of a story whose run of prose find_span opened far below it (text/titlefar.py): a
story that opens with three short paragraphs and then long lists reads to find_span as starting
under the lists, and the headline search above that run took a subheading there, with no byline or
date under it. The story's own headline is still printed with its dateline and byline under it and
over paragraphs that retell it. A teaser with its own date, a photo's caption with a credit and a
line of two sentences are not taken. Invented pages, tested both ways.
"""

from __future__ import annotations

from newsgrab.model import Block
from newsgrab.text.blocks import parse_text
from newsgrab.text.titlefar import headline_over_story

HEADLINE = "The Harbour Ferry Timetable Change: What Riders Need"
MENU = "Harbour Council\n" + "\n".join(f"  • {item}" for item in ("Home", "News", "Services", "Events", "Contact"))
OPENING = (
    "The harbour ferry timetable changes next week, and riders will need to check the new sailing times "
    "before they travel.\n\n"
    "The council agreed the new timetable after a winter of delays on the north crossing. Ferries will "
    "leave every twenty minutes at peak times.\n\n"
    "The change follows a long review of the crossing and its piers. Riders told the council they wanted "
    "later sailings in summer.")
BOARDS = "\n".join(f"  • Pier {n} notice board, {('north', 'south')[n % 2]} landing" for n in range(1, 29))
ROUTES = "\n".join(f"  • Route {n} keeps its {('fares', 'stops', 'boats', 'crews')[n % 4]}" for n in range(1, 29))
CLOSING = (
    "After March 10, 2021, the office at the south pier will answer questions in person, from seven in the "
    "morning until late in the evening, every day of the week including public holidays and the summer "
    "festival weekends.\n\n"
    "The council will publish a review of the first month in April, with figures on how many boats left on "
    "time and how many people used the new late boats during the first weeks.\n\n"
    "Staff at both piers will hand out printed copies for the first two weeks, and the council's travel page "
    "will carry a searchable version that anyone can print or save to a phone before setting out.\n\n"
    "Anyone who misses a boat in the first month can ask for a refund at the office, and the council has "
    "said it will look at every claim made in those weeks with care.")
FOOTER = "\n".join(f"  • {item}" for item in ("About the council", "Jobs", "Privacy"))


def page(headline: str, opening: str) -> str:
    """A council's news page: menu, breadcrumb, the headline with its dateline and byline, a short
    opening, two long lists under subheadings, and the story's longer closing paragraphs."""
    return (f"{MENU}\n\nYou are here\n\n 1. Home\n 2. Notices\n\n{headline}\n\n"
            "March 3, 2021 at 9:15 AM ET by Elin Marsh\nShare Print Email\n\n"
            f"{opening}\n\nWhere the timetable is posted\n\n{BOARDS}\n\nServices that stay the same\n\n"
            f"{ROUTES}\n\nWhere to ask about the new sailings\n\n{CLOSING}\n\n{FOOTER}\n")


def test_the_dated_headline_over_its_own_opening_is_the_title_far_above_the_run() -> None:
    """The run opens at the closing paragraphs, some 70 blocks under the headline."""
    meta = parse_text(page(HEADLINE, OPENING)).metadata
    assert (meta.title, meta.authors, meta.published) == (HEADLINE, ["Elin Marsh"], "2021-03-03")


def test_a_dated_teaser_over_paragraphs_of_another_story_is_not_the_title() -> None:
    """The same page with a library notice's teaser where the headline was: dated, but what follows
    it does not retell it (another story's opening), so it is no headline of the story below."""
    teaser = "Library Opening Hours Extended for Exam Season"
    title = parse_text(page(teaser, OPENING)).metadata.title
    assert title != teaser


def test_captions_names_and_lines_of_two_sentences_are_not_taken() -> None:
    """A photo's caption ending with its credit or run into it, a newsletter's blurb of two sentences
    and a gallery's caption naming people, each over a dateline and paragraphs that retell it, far
    above the run, are not the headline; the headline in their place is."""
    dateline = Block("p", "March 3, 2021 at 9:15 AM ET by Elin Marsh")
    paras = [Block("p", part) for part in OPENING.split("\n\n")]
    lists = [Block("li", f"Pier {n} notice board") for n in range(60)]
    lines = ("Riders wait for the new ferry timetable at the north pier © Harbour Archive",
             "Riders wait for the new ferry timetable at the north pier.Harbour Archive",
             "Ferry riders get the timetable news first. Sign up for the weekly letter!",
             "Daniel Reyes North Pier")
    named = Block("p", "Pier master Daniel Reyes of the north pier rang the bell for the first boat on the new "
                       "timetable, and riders cheered as it left on time.")
    for text in lines:
        blocks = [Block("p", "Harbour Council"), Block("p", text), dateline, named, *paras, *lists, Block("p", "After")]
        assert headline_over_story(blocks, len(blocks) - 1) is None, text
    blocks = [Block("p", "Harbour Council"), Block("p", HEADLINE), dateline, *paras, *lists, Block("p", "After")]
    assert headline_over_story(blocks, len(blocks) - 1) == 1


def test_a_dated_line_near_the_run_is_left_to_the_ranking() -> None:
    """Within ECHO_LOOKBACK blocks of the run the headline search weighed the line already (a photo's
    alt text over a dateline under the headline it found): it is not taken back here."""
    dateline = Block("p", "March 3, 2021 at 9:15 AM ET by Elin Marsh")
    paras = [Block("p", part) for part in OPENING.split("\n\n")]
    blocks = [Block("p", "Harbour Council"), Block("p", HEADLINE), dateline, *paras, Block("p", "After")]
    assert headline_over_story(blocks, len(blocks) - 1) is None


def test_a_teaser_over_its_cut_summary_is_not_taken() -> None:
    """A related story's teaser far above the run, with its byline, date and a summary cut short
    that retells it, is no story's headline: a story's opening paragraph runs whole."""
    teaser = Block("p", "The Harbour Ferry Timetable Change: What Riders Need")
    summary = Block("p", "The harbour ferry timetable changes next week, and riders will need to check the new "
                         "sailing times before they...")
    lists = [Block("li", f"Pier {n} notice board") for n in range(60)]
    blocks = [Block("p", "Harbour Council"), teaser, Block("p", "March 3, 2021 at 9:15 AM ET by Elin Marsh"),
              summary, *lists, Block("p", "After")]
    assert headline_over_story(blocks, len(blocks) - 1) is None
    blocks[3] = Block("p", summary.text.removesuffix("...") + " travel.")
    assert headline_over_story(blocks, len(blocks) - 1) == 1
