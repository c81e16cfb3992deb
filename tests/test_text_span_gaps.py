"""A list of other stories' headlines amid a story is a gap the text span crosses, not the story's end
(text/gaps.py, text/span.py `_bridge_gaps`): a story, a "more from" box of five headlines, the story
goes on. Not crossed when what follows the list is a comment thread, the footer, or another article
under its own headline and byline; nor is a menu or a list of teasers with summaries a gap. The
pages are written for these tests."""

from __future__ import annotations

import newsgrab
from newsgrab.text.gaps import is_byline, is_headline, opens_with_byline

MENU = ["Home", "News", "Sport", "Business", "Weather", "Opinion", "Culture", "Contact"]
FIRST = [
    "The harbour board voted on Tuesday to close the old pier for repairs, after engineers found that two "
    "of its timber piles had rotted through below the waterline.",
    "Members said the work would take most of the summer and cost about four hundred thousand pounds, "
    "which the council has agreed to lend from its reserves.",
    "Fishing boats that tie up at the pier will move to the north quay while the repairs go on, the "
    "harbour master said, and the ferry will keep its usual timetable.",
    "Residents who had asked for the pier to be rebuilt in stone were told that the board could not "
    "afford it this year, but that the idea would be looked at again.",
]
SECOND = [
    "The board's chair, Mara Lind, said the decision had not been easy. \"We know how much the pier "
    "means to the town, and we want it back open by the autumn.\"",
    "A public meeting on the plans will be held at the town hall next Thursday evening, and the drawings "
    "can be seen at the library until then.",
    "Engineers will start by driving new steel piles beside the rotten ones, a job that needs calm "
    "weather and low tides, so the first weeks depend on the sea.",
    "The pier was built in 1891 and last repaired in the nineteen-seventies, when its deck was replaced "
    "after a winter storm tore away a third of the planks.",
]
HEADS = [
    "Council approves new cycle lanes on the seafront road",
    "Ferry operator warns of delays over the bank holiday",
    "Lifeboat crew rescues two walkers cut off by the tide",
    "School sports day moved to the park after flooding",
    "Local bakery wins regional award for its sourdough loaf",
]
TAIL = ["Share", "Tweet", "Email"]


def _list(style: str) -> list[str]:
    """The box of headlines as a converter prints it: markdown links, lynx's bullets, bare lines."""
    if style == "markdown":
        return ["## More from the Harbour Times", *(f"* [{h}](https://harbourtimes.example/news/{n})"
                                                    for n, h in enumerate(HEADS))]
    if style == "lynx":
        return ["More from the Harbour Times", *(f"   * {h}" for h in HEADS)]
    return list(HEADS)


def _page(middle: list[str], after: list[str], first: list[str] = FIRST) -> str:
    lines = ["# Harbour Times", *(f"[{m}](/{m.lower()})" for m in MENU),
             "# Old pier to close for summer repairs", "By Nora Vale", *first, *middle, *after, *TAIL,
             *(f"[{m}](/{m.lower()})" for m in MENU)]
    return "\n\n".join(lines) + "\n"


def _kept(text: str) -> list[str]:
    article = newsgrab.extract(text.encode("utf-8"), kind="text")
    return [block.text for block, removed in article.timeline if removed is None]


def _resumed(text: str, paragraphs: list[str]) -> int:
    kept = _kept(text)
    return sum(1 for paragraph in paragraphs if paragraph in kept)


def test_the_story_goes_on_after_a_list_of_headlines_in_every_print() -> None:
    for style in ("markdown", "lynx", "bare"):
        assert _resumed(_page(_list(style), SECOND), SECOND) == len(SECOND), style


def test_a_list_printed_as_picture_headline_and_kicker_lines_is_a_gap() -> None:
    # lynx and w3m print a card list as a picture's name, the headline and a kicker for each card: the
    # kicker, printed once per card, is not a comment thread's control
    triples = [line for n, head in enumerate(HEADS) for line in (f"[pier-{n}.jpg]", head, "News")]
    assert _resumed(_page(triples, SECOND), SECOND) == len(SECOND)


def test_the_lead_above_the_list_is_kept_when_the_part_below_is_longer() -> None:
    # the longer part under the list wins the span; the shorter lead above it joins across the list
    first, second = FIRST[:2], SECOND + FIRST[2:]
    assert _resumed(_page(_list("markdown"), second, first), first) == len(first)


def test_a_comment_thread_after_the_list_is_not_the_story() -> None:
    comments = []
    # (commenters' handles: a person's name right above the first comment reads as another byline)
    for name, words in (("pierwatch", "the pier has been falling apart for years"),
                        ("oldsalt_62", "the planks at the far end have been loose since spring"),
                        ("kitm", "four hundred thousand pounds seems a lot for a few piles")):
        comments += [name, f"I have said it before and I will say it again: {words}, and nobody cared.",
                     f"The board should have acted long ago, when {name} and the others first wrote to it.",
                     "Reply"]
    assert _resumed(_page(_list("markdown"), comments), comments) == 0
    # the repeated control is what tells: the same comments without it read as the story going on
    plain = [line for line in comments if line != "Reply"]
    assert _resumed(_page(_list("markdown"), plain), plain) > 0


def test_the_footer_after_the_list_is_not_the_story() -> None:
    about = ["Harbour Times is the independent newspaper of the town and its harbour, published every day "
             "since 1894 by its own staff.",
             "We are owned by a trust that keeps the paper independent of any party and any company, and we "
             "answer to our readers.",
             "© 2026 Harbour Times. All rights reserved."]
    assert _resumed(_page(_list("markdown"), about), about[:2]) == 0


def test_another_article_under_its_headline_and_byline_is_not_the_story() -> None:
    other = ["# Ferry operator warns of delays over the bank holiday", "By Tom Kessel", *SECOND]
    assert _resumed(_page(_list("markdown"), other), SECOND) == 0


def test_a_menu_amid_the_text_is_no_gap() -> None:
    menu = [f"[{m}](/{m.lower()})" for m in MENU]
    assert _resumed(_page(menu, SECOND), SECOND) == 0


def test_teasers_with_their_summaries_after_the_story_are_not_resumed_prose() -> None:
    teasers = []
    for head in HEADS:
        teasers += [f"[{head}](https://harbourtimes.example/news/{len(teasers)})",
                    "The town's news in brief, with the pictures and the reactions of our readers."]
    assert _resumed(_page([], teasers), teasers[1::2]) == 0


def test_the_header_above_a_run_of_captions_is_not_the_story() -> None:
    # above the story: its standfirst, its byline run into the author's bio, a dateline, the lead
    # photo's caption and credit printed twice; the captions are no headlines, the byline marks a header
    header = ["Why the town's old pier has to close for a whole summer",
              "By Nora Vale, who has covered the harbour and its boats for the paper since the floods of 2009.",
              "Jun 7, 2026, 8:54 AM UTC |", "The old pier at low tide.", "Photo: Ola Berg / Harbour Times",
              "The old pier at low tide.", "Photo: Ola Berg / Harbour Times"]
    lines = ["# Harbour Times", *(f"[{m}](/{m.lower()})" for m in MENU), "# Old pier to close for summer repairs",
             *header, *FIRST, *SECOND, *TAIL, *(f"[{m}](/{m.lower()})" for m in MENU)]
    kept = _kept("\n\n".join(lines) + "\n")
    assert header[0] not in kept and FIRST[0] in kept


def test_headline_and_byline_shapes() -> None:
    assert is_headline("Council approves new cycle lanes")
    assert not is_headline("The old pier at low tide.")  # a caption
    assert not is_headline("Jun 7, 2026, 8:54 AM UTC |")  # a dateline
    assert opens_with_byline("By Nora Vale, who has covered the harbour and its boats for the paper since 2009.")
    assert not opens_with_byline("By Monday, the board will have decided what to do with the pier.")
    assert not is_headline("Weather")
    assert not is_headline("Sign up now")
    assert is_headline("港口委员会投票决定关闭旧码头进行维修")  # CJK: no spaces, as many characters
    assert is_byline("By Tom Kessel")
    assert is_byline("Von Anna Schmidt")
    assert is_byline("Tom Kessel")
    assert not is_byline("By the numbers: five things to know")
    assert not is_byline("Council approves new cycle lanes on the seafront road")
