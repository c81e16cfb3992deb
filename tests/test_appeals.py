"""The publisher's own appeal amid the article (newsgrab/clean/appeals.py): a paragraph too long for
the score to read there, taken when it names the site and the score is clearly sure of it."""

from __future__ import annotations

import pytest

from newsgrab.clean.appeals import appeals
from newsgrab.clean.boilerplate import APPEAL_RULE, remove_boilerplate
from newsgrab.clean.score import NoticeScorer
from newsgrab.clean.views import BlockText, PageFacts
from newsgrab.model import Block, Link, Metadata
from newsgrab.rules import packaged_rules

RULES = packaged_rules()
PAGE = Metadata(site_name="Harbour Post", url="https://www.harbourpost.example/news/2024/05/ferry-timetable")
STORY = [
    "The ferry company will cut its winter timetable to four crossings a day from November, its chief "
    "executive told shareholders on Thursday, blaming fuel costs and a shortage of qualified crew.",
    "Islanders who commute to the mainland said the change would make the first morning sailing too late "
    "for hospital shifts, and the parish council has asked the company to reconsider.",
    "The company said it would review the timetable again in March, once the second vessel returns from "
    "its refit in the shipyard at Greenock, where repairs have run two months over schedule.",
    "A public meeting on the changes is due to be held in the village hall next Tuesday evening, and the "
    "council's transport committee will hear from the company's operations director the week after.",
    "Fuel accounts for nearly a third of the company's running costs, according to its latest annual "
    "report, up from a fifth three years ago, while passenger numbers have yet to recover fully.",
    "The government's islands minister is expected to visit the harbour later this month and has said "
    "she will meet both the company and the parish council while she is there.",
    "Hauliers, who use the first and last crossings for most of their freight, have asked for a meeting "
    "of their own, saying fewer sailings would leave lorries queuing at the pier overnight.",
    "The company's shares closed two percent lower on the news, having lost a fifth of their value since "
    "the start of the year as investors worried about its debts.",
    "Its chief executive said he hoped the cuts would be temporary and that a full timetable would be "
    "restored once a third vessel, ordered last spring, enters service in two years' time.",
]
#: the score reads longer blocks among the first three and the last six (newsgrab/clean/span.py): an
#: appeal after the third paragraph of these nine sits where it reads only short ones
#: a donation box set between two paragraphs: the site by name, its voice, the reader called to give
DONATION_BOX = (
    "Can you spare a moment for the Harbour Post? Every gift, however small, keeps our reporters on the "
    "quayside and our stories free for everyone on the islands. You can support us from £1 a month, "
    "and it takes less than a minute. Thank you.")
#: an invitation to the site's own community, its link the only one
COMMUNITY_CALL = (
    "Readers of the Harbour Post are talking timetables in our forum! Join us every Thursday evening to "
    "ask the newsroom your questions about the ferries, the port and the council.")


def _run(blocks: list[Block]) -> tuple[list[str], list[tuple[str, str]]]:
    result = remove_boilerplate(blocks, RULES, metadata=PAGE)
    return [b.text for b in result.kept], [(r.rule, r.category) for r in result.removed]


def _p(text: str, **kw: object) -> Block:
    return Block(kind="p", text=text, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(("appeal", "category"), [
    (_p(DONATION_BOX), "donation"),
    (_p(COMMUNITY_CALL, links=[Link(text="our forum", url="https://forum.harbourpost.example/")]), "follow"),
])
def test_an_appeal_that_names_the_site_goes_amid_the_article(appeal: Block, category: str) -> None:
    kept, removed = _run([*map(_p, STORY[:3]), appeal, *map(_p, STORY[3:])])
    assert kept == STORY
    assert removed == [(APPEAL_RULE, category)]


@pytest.mark.parametrize("prose", [
    # the site's own fundraising as news: named, but nobody is called to give
    "The Harbour Post said on Monday that more than 2,000 readers had donated to its appeal for a second "
    "reporter on the islands, raising £41,000 in six weeks, twice what the paper had hoped for.",
    # a reader quoted calling on others: reported words, the site named as where they said it
    "\u201cJoin us at the village hall and support the campaign,\u201d Mary Tait, who runs the petition, told the "
    "Harbour Post, adding that more than 600 islanders had already signed it.",
    # the reader addressed and called to act, but the site not named: left to the score's own reading
    "If you travel on the early boat, you should check the new times before November and register for "
    "the company's text alerts, which will give an hour's notice of any cancelled crossing.",
])
def test_article_prose_about_giving_or_joining_stays(prose: str) -> None:
    kept, removed = _run([*map(_p, STORY[:3]), _p(prose), *map(_p, STORY[3:])])
    assert prose in kept
    assert APPEAL_RULE not in {rule for rule, _ in removed}


def test_a_list_item_that_names_the_site_is_not_read_here() -> None:
    # an item of the article's own list (a shop's offer, a service) is left to the score and the list sweep
    item = Block(kind="li", text=DONATION_BOX)
    kept, removed = _run([*map(_p, STORY[:3]), item, *map(_p, STORY[3:])])
    assert DONATION_BOX in kept
    assert APPEAL_RULE not in {rule for rule, _ in removed}


def test_only_blocks_the_score_did_not_read_are_read_here() -> None:
    scorer = NoticeScorer(PageFacts.of(PAGE))
    blocks = [_p(DONATION_BOX), _p(DONATION_BOX)]
    texts = [b.text for b in blocks]
    # a block with a view is one the score already read and decided
    views = [BlockText.of(blocks[0], texts[0], scorer.page.vocabulary), None]
    assert appeals(blocks, texts, views, scorer) == {1: "donation"}


def test_a_page_that_names_nothing_reads_nothing() -> None:
    scorer = NoticeScorer(PageFacts.of(None))
    blocks = [_p(DONATION_BOX)]
    assert appeals(blocks, [DONATION_BOX], [None], scorer) == {}
