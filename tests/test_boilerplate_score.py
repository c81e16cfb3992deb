"""The notice score: each cue of newsgrab/clean/cues.py on a block that has it and on one that
does not, the word lists' own example sentences both ways in every language, the weights file, and
the pass removing a notice no rule was written for (HTML and text alike) with its cues shown."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.clean import cues
from newsgrab.clean.boilerplate import remove_boilerplate
from newsgrab.clean.lexicon import examples, languages, notice_cue_data, vocabulary
from newsgrab.clean.score import PAGE_CUES, RULE_PREFIX, NoticeScorer, Weights, packaged_weights
from newsgrab.clean.views import BlockText, PageFacts
from newsgrab.model import Block, Link, Media, Metadata
from newsgrab.rules import packaged_rules

PAGE = Metadata(site_name="Harbour Post", url="https://www.harbourpost.example/news/1", authors=["Ann Lee"],
                language="en")
BODY = [
    "The council voted on Tuesday to close the old swimming pool at the end of the summer season.",
    "Repairs to the roof and the boiler would have cost more than building a new pool, officials said.",
    "A new leisure centre with two pools is planned for the site of the former bus depot by 2027.",
]


def view(text: str, metadata: Metadata | None = PAGE, **kw: object) -> tuple[BlockText, PageFacts]:
    page = PageFacts.of(metadata)
    block = Block(kind=str(kw.pop("kind", "p")), text=text, **kw)  # type: ignore[arg-type]
    return BlockText.of(block, text, page.vocabulary), page


def fires(cue: str, text: str, metadata: Metadata | None = PAGE, **kw: object) -> float:
    seen, page = view(text, metadata, **kw)
    return cues.TEXT_CUES[cue](seen, page)


# ------------------------------------------------------------------ each cue, both ways
@pytest.mark.parametrize(
    ("cue", "yes", "no"),
    [
        ("self-reference", "Read more from the Harbour Post team.", "Read more from the city's harbour office."),
        ("self-reference", "Write to letters@harbourpost.example", "Write to letters@council.example"),
        ("publisher-voice", "Our newsroom depends on readers.", "Our neighbours depend on the ferry."),
        ("publisher-voice", "Nothing on this site is sponsored.", "Nothing on this street is new."),
        ("reader-address", "If you value this, tell a friend.", "If officials value this, they will act."),
        # the piece speaks of itself (a contributor credit, a share prompt), not of a report in the news
        ("self-description", "Maren Tolliver contributed to this report.", "The report was published on Monday."),
        ("self-description", "Be sure to share this post with your family!", "This is the post office's busiest week."),
        ("call-to-action", "Donations keep the lights on.", "The lights stayed on all night."),
        # a platform's name is no call on its own; the call says what to do there
        ("call-to-action", "Find us on Facebook and Instagram.", "A photo she posted to Facebook started a backlash."),
        ("call-to-action", "On Twitter? Follow the desk there.", "Its customers include PayPal, Box and Twitter."),
        ("imperative", "Subscribe to the morning briefing.", "Subscribe now, pay later offers helped some of "
                                                            "them reach their first thousand readers within weeks."),
        ("imperative", "Please donate what you can.", "The trust asked people to give what they could."),
        ("imperative", "Follow us for the latest.", "Follow the money, one councillor said."),
        # the comments prompt asks the reader; islanders who tell a reporter something are news
        ("imperative", "Tell us what YOU think...", "Islanders tell us the ferry is always late."),
        # the piece or its publisher, as the subject, is sponsored; news tells of sponsors of other things
        ("disclosure", "This sponsored deal is brought to you by Harbour Bank.",
         "A panel on Tuesday sponsored by Harbour Bank discussed the findings."),
        ("disclosure", "Disclosure: Harbour Post may earn a commission on products featured on this page.",
         "Participants signed a legal disclaimer before the harbour swim."),
        ("notice-topic", "Copyright 2024, all rights reserved.", "The pool closes at the end of the summer."),
        # the circled sign Korean and Japanese sites write for "©" is one; a clause's "(c)" is not
        ("notice-topic", "저작권자 ⓒ 한빛일보, 무단전재 및 재배포금지", "Clause 4(c) of the harbour act was repealed."),
        # a commission earned on a purchase is a disclosure; the commission that governs is news
        ("notice-topic", "We may earn a commission when you buy through these links.",
         "The harbour commission approved the new ferry timetable."),
        ("provenance", "This article first appeared in the Northern Ledger.", "The novel was first published "
                                                                              "in 1962 and sold poorly."),
        ("provenance", "Originally published on 3 May 2021.", "The ferry operator will publish on Monday."),
        ("author-bio", "Ann Lee is a reporter who writes about housing.", "Ann Lee, a spokesperson, said no."),
        ("author-bio", "Jane Roe is a freelance journalist.", "The journalist asked for the minutes."),
        # the page's own author named (a notice about who wrote the piece), not another person
        ("names-author", "Ann Lee is on Twitter at annlee_writes.", "Ann Walsh, the harbour master, is on leave."),
        ("names-author", "Email Ann Lee at ann@example.org", "Lee Ann Marina reopens on Monday."),
        ("handles-urls", "Follow @harbourpost for updates", "Follow the river to the old mill."),
        ("reported-speech", "The pool will close, the mayor said.", "Tell us what you think."),
        ("reported-speech", "\u201cIt is over,\u201d she wrote.", "It is over."),
        ("no-sentence", "More from the desk", "More rain is due on Friday."),
        ("headline", "Storm Closes Three Harbours Along The Coast", "The storm closed three harbours."),
    ],
)
def test_each_cue_fires_on_its_shape_and_not_on_prose(cue: str, yes: str, no: str) -> None:
    assert fires(cue, yes) > 0, yes
    assert fires(cue, no) == 0, no


def test_a_circled_copyright_sign_goes_after_the_article_and_an_enumeration_in_it_stays() -> None:
    """"ⓒ" is a word of its own, as "©" is (lexicon.WORD_RE): the copyright line a text ends on goes;
    an article paragraph that numbers its points ⓐ, ⓑ, ⓒ holds the sign too, and stays."""
    body = ["시의회는 화요일 오래된 수영장을 여름 시즌이 끝나면 폐쇄하기로 의결했다. 지붕과 보일러 수리 비용이 "
            "새 수영장 건설보다 많이 들 것이라고 관계자들은 설명했다.",
            "신청자는 ⓐ 신청서, ⓑ 신분증 사본, ⓒ 통장 사본을 다음 달 말까지 구청에 제출해야 한다고 시는 밝혔다.",
            "새 레저센터에는 수영장 두 곳이 들어서며 옛 버스 차고지 자리에 2027년까지 지어질 예정이다. 시는 "
            "공사 기간 동안 인근 학교 수영장을 주민에게 개방하기로 했다."]
    notice = "저작권자 ⓒ 한빛일보, 무단전재 및 재배포금지"
    blocks = [Block("p", text, origin=f"line {n}") for n, text in enumerate([*body, notice], start=1)]
    kept = [block.text for block in remove_boilerplate(blocks, (), metadata=Metadata(language="ko")).kept]
    assert kept == body


def test_form_cues_read_the_block_not_its_words() -> None:
    assert fires("heading", "About us", kind="h3") == 1 and fires("heading", "About us") == 0
    assert fires("list-item", "Older story", kind="li") == 1 and fires("list-item", "Older story") == 0
    assert fires("quotation", "We never gave up.", kind="quote") == 1 and fires("quotation", "We never gave up.") == 0
    linked = "Older story one"
    assert fires("link-share", linked, links=[Link(linked, "https://x.example/1")], link_chars=len(linked)) == 1.0
    assert fires("link-share", linked) == 0.0
    assert fires("shortness", "") == 1.0 and fires("shortness", "x" * 300) == 0.0
    assert 0 < fires("shortness", "x" * 120) < 1
    assert fires("markup", "Donate", hints=("control",)) == 1 and fires("markup", "Donate") == 0


def test_a_one_word_byline_is_no_author_to_name() -> None:
    """A byline of one word is an agency or a desk ("Reuters", "Staff"), not a person a notice tells of."""
    agency = Metadata(url="https://www.harbourpost.example/news/1", authors=["Reuters"])
    assert fires("names-author", "Reuters is on Twitter at reuters.", agency) == 0
    assert fires("names-author", "Reuters is on Twitter at reuters.", Metadata(authors=["Reuters Staff"])) == 0
    assert fires("names-author", "Follow Reuters Staff on Twitter.", Metadata(authors=["Reuters Staff"])) == 1


def test_a_site_name_of_generic_words_is_no_self_reference() -> None:
    generic = Metadata(site_name="News", url=None)
    assert fires("self-reference", "More news from around the world.", generic) == 0


def test_a_verb_of_saying_that_opens_the_block_is_an_instruction() -> None:
    assert fires("reported-speech", "Tell us what you think in the comments.") == 0
    assert fires("reported-speech", "Share the road, the new signs tell drivers.") == 1


@pytest.mark.parametrize(
    ("language", "yes", "no"),
    [
        ("ru", "Поддержите реформу, призвал министр депутатов.", "Поддержите нашу редакцию."),
        ("fr", "Nous percevons une commission sur chaque achat.", "La commission du port a validé les horaires."),
        ("es", "Recibimos una comisión si compras desde estos enlaces.", "La comisión del puerto aprobó el horario."),
    ],
)
def test_reported_calls_and_earned_commissions_in_other_languages(language: str, yes: str, no: str) -> None:
    """A call the article reports ("..., urged the minister") is reported speech; a commission earned
    on a purchase is a notice's topic, the commission that governs is not."""
    page = Metadata(language=language)
    cue = "reported-speech" if language == "ru" else "notice-topic"
    assert fires(cue, yes, page) == 1, yes
    assert fires(cue, no, page) == 0, no


def test_german_sie_is_the_reader_only_capitalised_mid_sentence() -> None:
    german = Metadata(language="de")
    assert fires("reader-address", "Wenn Ihnen der Artikel gefällt, unterstützen Sie uns.", german) == 1
    assert fires("reader-address", "Die Ministerin sagte, sie werde zurücktreten.", german) == 0


# ------------------------------------------------------------------ the word lists, per language
_EXAMPLE_CUES = {
    "call_to_action": ("call-to-action", ("reader-address", "publisher-voice", "imperative")),
    "provenance": ("provenance", ()),
    "author_bio": ("author-bio", ()),
    "publisher_voice": ("publisher-voice", ()),
    "self_description": ("self-description", ()),
}


def _language_examples() -> list[tuple[str, str, str, str]]:
    found = []
    for language, sentences in examples().items():
        for key in _EXAMPLE_CUES:
            found.append((language, key, sentences[f"{key}_example"], sentences[f"{key}_negative"]))
    return found


def test_every_language_has_every_list_and_example() -> None:
    assert set(languages()) >= {"en", "de", "fr", "es", "it", "pt", "ru", "pl", "nl"}
    data = notice_cue_data()
    for language in languages():
        section = data[language]
        assert isinstance(section, dict)
        for key in ("reader", "we", "publisher", "provenance", "professions", "bio_verbs", "attribution"):
            assert section.get(key), f"{language}: no {key}"
        assert {"donation", "newsletter", "follow", "share", "comments"} <= set(section["actions"]), language
        for key in _EXAMPLE_CUES:
            assert f"{key}_example" in section and f"{key}_negative" in section, f"{language}: {key}"


@pytest.mark.parametrize(("language", "key", "example", "negative"), _language_examples())
def test_each_languages_example_fires_and_its_negative_does_not(
    language: str, key: str, example: str, negative: str
) -> None:
    """The example sentence of a cue holds its shape in that language; the hard negative, which
    shares words with it, does not (for a call: a call *and* the reader or publisher or an opening verb)."""
    metadata = Metadata(language=language, authors=[])
    cue, with_one_of = _EXAMPLE_CUES[key]

    def holds(text: str) -> bool:
        seen, page = view(text, metadata)
        if not cues.TEXT_CUES[cue](seen, page):
            return False
        return not with_one_of or any(cues.TEXT_CUES[other](seen, page) for other in with_one_of)

    assert holds(example), f"{language} {key}: {example}"
    assert not holds(negative), f"{language} {key}: {negative}"


def test_vocabulary_of_an_unknown_language_is_every_language() -> None:
    assert vocabulary("sv").hits(["spenden"]) and vocabulary("sv").hits(["subscribe"])
    assert "action:donation" in vocabulary("de-AT").hits(["spenden"])


# ------------------------------------------------------------------ the weights
def test_packaged_weights_name_known_cues_and_keep_the_priors_sign() -> None:
    weights = packaged_weights()
    known = set(cues.TEXT_CUES) | set(PAGE_CUES)
    for name in weights.weights:
        assert set(name.split("*")) <= known, name
    assert 0 < weights.anchor_threshold <= weights.threshold < 1
    for strong in ("provenance", "author-bio", "imperative", "after-body"):
        assert weights.weights.get(strong, 0) > 0, strong


def test_weights_file_errors_are_named() -> None:
    with pytest.raises(ValueError, match="unknown cue"):
        Weights.parse('threshold = 0.5\n[weights]\n"shouting" = 1.0\n')
    with pytest.raises(ValueError, match="anchor_threshold"):
        Weights.parse("threshold = 0.5\nanchor_threshold = 0.9\n")


def test_a_product_weighs_only_when_both_cues_fire() -> None:
    weights = Weights.parse('bias = -1.0\nthreshold = 0.5\n[weights]\n"reader-address*call-to-action" = 3.0\n')
    assert weights.logit({"reader-address": 1.0}) == -1.0
    assert weights.logit({"reader-address": 1.0, "call-to-action": 1.0}) == 2.0
    assert weights.contributions({"reader-address": 1.0, "call-to-action": 1.0}) == [
        ("reader-address*call-to-action", 3.0)]


def test_verdict_names_its_strongest_cues() -> None:
    scorer = NoticeScorer(PageFacts.of(PAGE))
    seen, _ = view("Support the Harbour Post: donate today and keep our newsroom independent.")
    found = scorer.verdict(seen, {**scorer.text_cues(seen), "after-body": 1.0})
    assert found is not None
    rule, category = found
    assert rule.startswith(RULE_PREFIX) and category == "donation"
    assert all(name in packaged_weights().weights for name in rule[len(RULE_PREFIX):].split("+"))


# ------------------------------------------------------------------ the pass
def p(text: str, **kw: object) -> Block:
    return Block(kind="p", text=text, **kw)  # type: ignore[arg-type]


def test_unseen_notices_go_by_score_and_body_about_the_same_topics_stays() -> None:
    body = [*BODY, "Donations to the swimming club have fallen since the closure was announced, its treasurer said."]
    notices = [
        "Harbour Post is funded by readers like you. Chip in today to keep our reporting free.",
        "Ann Lee is a reporter at the Harbour Post who writes about local government.",
    ]
    result = remove_boilerplate([p(t) for t in body + notices], packaged_rules(), metadata=PAGE)
    assert [b.text for b in result.kept] == body
    assert [r.category for r in result.removed] == ["donation", "author-bio"]
    assert all(r.rule.startswith(RULE_PREFIX) for r in result.removed)


def test_without_metadata_the_score_still_reads_the_shapes() -> None:
    result = remove_boilerplate([p(t) for t in [*BODY, "This article first appeared in the Northern Ledger."]], ())
    assert [r.category for r in result.removed] == ["syndication"]
    assert result.original_source is not None and result.original_source.name == "Northern Ledger"


def test_a_credit_the_score_finds_fills_the_original_source_with_its_date() -> None:
    credit = "This essay was first published by Coastal Review on 3 May 2021."
    result = remove_boilerplate([p(t) for t in [*BODY, credit]], (), metadata=PAGE)
    source = result.original_source
    assert source is not None and source.name == "Coastal Review"
    assert source.published is not None and source.published.startswith("2021-05-03")


def test_a_block_carrying_a_recording_is_not_scored() -> None:
    audio = p("Download the full briefing as an audio file.", media=[Media("audio", "https://x.example/a.m4a")])
    result = remove_boilerplate([p(t) for t in BODY] + [audio], (), metadata=PAGE)
    assert audio in result.kept


def test_score_that_would_take_most_of_the_page_takes_nothing() -> None:
    # a one-paragraph sales pitch speaks to its reader throughout: the score is not for such pages
    pitch = ["Subscribe today and you get every issue.", "Sign up now and you save half.", "Join us today."]
    result = remove_boilerplate([p(t) for t in pitch], (), metadata=PAGE)
    assert [b.text for b in result.kept] == pitch


def test_score_that_would_take_more_than_half_of_a_page_with_a_body_takes_nothing() -> None:
    """The share guard apart from the no-body one: one paragraph of article and three calls to act
    longer than it together; one call alone still goes."""
    body = ["The council voted on Tuesday to close the old swimming pool at the end of the summer season."]
    calls = ["Subscribe to the Harbour Post today and you get every issue at home.",
             "Sign up for our newsletter now and you save half on your first year.",
             "Follow us on Facebook and Twitter for more news from the harbour."]
    assert remove_boilerplate([p(t) for t in body + calls], (), metadata=PAGE).removed == []
    one = remove_boilerplate([p(t) for t in body + calls[:1]], (), metadata=PAGE)
    assert [r.text for r in one.removed] == calls[:1]


def test_keep_keeps_a_scored_category() -> None:
    blocks = [p(t) for t in [*BODY, "Sign up for our free newsletter to get the Harbour Post in your inbox."]]
    assert remove_boilerplate(blocks, (), metadata=PAGE).removed
    assert not remove_boilerplate(blocks, (), frozenset({"newsletter"}), metadata=PAGE).removed


def li(text: str, linked: str) -> Block:
    return Block(kind="li", text=text, links=[Link(linked, "https://www.harbourpost.example/x")],
                 link_chars=len(linked))


def test_a_list_of_links_after_the_article_never_anchors_it() -> None:
    # a run of linked list items, most of them headlines, is other stories: its last teaser reads
    # as a sentence but does not make the list article body, so the list lies after the body
    teaser = ("Planning a weekend by the sea? Check out our guide to the quietest beaches on the coast, "
              "the cafés that open early and the walks that end at a harbour pub.")
    headlines = ["Ferry fares to rise in the spring", "The last lighthouse keeper of the bay",
                 "Why the harbour wall keeps cracking"]
    blocks = [p(t) for t in BODY] + [p("More From the Harbour Post")]
    blocks += [li(t, t) for t in headlines] + [li(teaser, "our guide to the quietest beaches")]
    result = remove_boilerplate(blocks, packaged_rules(), metadata=PAGE)
    gone = {r.text for r in result.removed}
    assert "More From the Harbour Post" in gone and set(headlines) <= gone
    assert [b.text for b in result.kept][: len(BODY)] == BODY


def test_an_item_of_a_list_of_links_is_marked_for_the_score() -> None:
    """`link-list` is set on the items of a run of linked headlines, not on linked references that
    end as sentences nor on the article's paragraphs."""
    from newsgrab.clean.span import notice_cues

    headlines = ["Ferry fares to rise in the spring", "The last lighthouse keeper of the bay",
                 "Why the harbour wall keeps cracking"]
    references = ["Harbour board minutes, 3 May 2024. Retrieved 4 May 2024.",
                  "Council report on the pool roof and boiler. Retrieved 6 May 2024."]
    blocks = [p(t) for t in BODY] + [li(t, t) for t in headlines] + [p("Notes")]
    blocks += [li(t, t.split(".")[0]) for t in references]
    found = notice_cues(blocks, (), PAGE, every_block=True)
    marked = [b.text for b, c in zip(blocks, found, strict=True) if c and c.get("link-list")]
    assert marked == headlines


def test_a_list_of_linked_references_is_still_the_article() -> None:
    references = ["Harbour board minutes, 3 May 2024. Retrieved 4 May 2024.",
                  "Council report on the pool roof and boiler. Retrieved 6 May 2024.",
                  "Leisure centre plans for the bus depot site. Retrieved 9 May 2024."]
    blocks = [p(t) for t in BODY] + [li(t, t.split(".")[0]) for t in references]
    result = remove_boilerplate(blocks, packaged_rules(), metadata=PAGE)
    assert [b.text for b in result.kept] == BODY + references


HTML = """<html lang="en"><head><title>Pool to Close | Harbour Post</title>
<meta property="og:site_name" content="Harbour Post"></head><body><article><h1>Pool to Close</h1>
<p class="byline">By Ann Lee</p>
{body}
<p>Keep the Harbour Post free for everyone: chip in today. <img src="/img/paypal-logo.png" alt="PayPal"></p>
<p>Ann Lee is a reporter at the Harbour Post who writes about local government.</p>
</article></body></html>"""


def test_html_and_text_paths_remove_the_same_unseen_notices() -> None:
    body = "\n".join(f"<p>{t}</p>" for t in BODY)
    html = newsgrab.extract(HTML.format(body=body).encode(), url="https://www.harbourpost.example/pool")
    assert html.body == "\n\n".join(BODY)
    assert {r.category for r in html.removed} == {"donation", "author-bio"}
    text = "Pool to Close\n\nBy Ann Lee\n\n" + "\n\n".join(BODY) + (
        "\n\nKeep the Harbour Post free for everyone: chip in today.\n\n"
        "Ann Lee is a reporter at the Harbour Post who writes about local government.\n")
    plain = newsgrab.extract(text, url="https://www.harbourpost.example/pool")
    assert plain.body == "\n\n".join(BODY)
    assert all(r.rule.startswith(RULE_PREFIX) for r in plain.removed)


def test_html_blocks_carry_the_markup_hints() -> None:
    from newsgrab.html import extract_html

    page = extract_html(HTML.format(body="\n".join(f"<p>{t}</p>" for t in BODY)))
    hints = {b.text[:20]: b.hints for b in page.blocks}
    assert "payment-logo" in hints["Keep the Harbour Pos"]
    assert hints[BODY[0][:20]] == ()


def test_the_scorer_skips_only_cues_that_cannot_fire() -> None:
    """`text_cues` leaves out the cues a block's kind, links, hints or words rule out
    (`CUE_KINDS`, `CUE_GATES`...); on every block of the corpus and the samples that changes nothing."""
    from pathlib import Path

    from newsgrab.options import Options

    root = Path(__file__).parent
    paths = sorted((root / "boilerplate_corpus").glob("*.html")) + sorted((root.parent / "samples").glob("*.*"))
    checked = 0
    for path in paths:
        article = newsgrab.extract_file(path, options=Options(keep=frozenset({"all"})))
        scorer = NoticeScorer(PageFacts.of(article))
        for block, _ in article.timeline:
            if not block.text:
                continue
            seen = BlockText.of(block, block.text, scorer.page.vocabulary)
            every = {name: value for name, cue in cues.TEXT_CUES.items() if (value := cue(seen, scorer.page))}
            assert scorer.text_cues(seen) == every, block.text
            checked += 1
    assert checked > 500


def test_the_fit_reads_the_plain_prose_the_pass_skips() -> None:
    """bench/notice_weights.py fits on `notice_cues(..., every_block=True)`: the plain prose the
    deployed pass leaves unread (by a length the weights set) is read there, so the fit's rows do not
    depend on the weights being fitted; a rule's block stays unread both ways."""
    from newsgrab.clean.span import notice_cues

    credit = p("Copyright 2024 Harbour Post. All rights reserved.")
    blocks = [p(t) for t in BODY] + [credit]
    rules = tuple(packaged_rules())
    deployed = notice_cues(blocks, rules, PAGE)
    fitted = notice_cues(blocks, rules, PAGE, every_block=True)
    assert deployed[0] is None and fitted[0] is not None and "shortness" in fitted[0]  # plain prose
    assert deployed[3] is None and fitted[3] is None  # matched by a copyright rule


def test_a_disclosure_in_german_names_the_piece_or_the_site_as_its_subject() -> None:
    german = Metadata(site_name="Hafenpost", url="https://www.hafenpost.example/x", language="de", authors=[])
    assert fires("disclosure", "Dieser Beitrag enthält Affiliate-Links.", german)
    assert fires("disclosure", "Hinweis: Die Hafenpost erhält eine Provision, wenn Sie hier kaufen.", german)
    assert not fires("disclosure", "Der Verein hat vor dem Rennen einen Haftungsausschluss unterschrieben.", german)


def test_a_disclosure_amid_the_article_goes_wherever_it_sits() -> None:
    """Too long for the score to read amid the article (over 80 characters), or read but too short of
    other cues for it to take: the `disclosure` cue alone removes it (`structure.disclosure`)."""
    from newsgrab.clean.boilerplate import DISCLOSURE

    def amid(text: str) -> list[Block]:  # the article's middle, outside the zones the score reads at its ends
        return [p(t) for t in BODY * 2] + [p(text)] + [p(t) for t in BODY * 2]

    long_one = "Disclosure: Harbour Post earns a commission when readers buy the kettles and lamps we review below."
    short_one = "This sponsored offer comes to you from Quayside Bank."
    for text in (long_one, short_one):
        result = remove_boilerplate(amid(text), (), metadata=PAGE)
        assert [(r.rule, r.text) for r in result.removed] == [(DISCLOSURE[0], text)]
    # news that tells of a sponsor with another subject, amid the article, stays
    story = "The regatta, sponsored by Quayside Bank, drew forty boats and a crowd of several thousand."
    assert remove_boilerplate(amid(story), (), metadata=PAGE).removed == []
    # an editor's note that discloses stays
    note = "Update: this sponsored offer comes to you from Quayside Bank and now ends on Friday."
    assert note in [b.text for b in remove_boilerplate(amid(note), (), metadata=PAGE).kept]


@pytest.mark.parametrize(("text", "expected"), [
    ("Read more at example.org today", True),
    ("Ends with a dot .com and then site.net", True),  # the first domain is no address: the next one is
    ("A sentence. Com is not a domain here", False),
    ("Nothing .com and nothing .org either", False),
    ("Write to desk@paper or visit us", True),
])
def test_has_address_reads_each_domain_until_one_follows_a_word(text: str, expected: bool) -> None:
    from newsgrab.clean.views import has_address

    assert has_address(text) is expected


@pytest.mark.parametrize("key", [
    "287e4d9f4af31733aad6534aefb2bd00fb344ec8",  # a games site's deals: a sponsor named with the deal as subject
    "5fbc7ccb504c755ae23a85499a17518483d7862b",  # a tech site's gift list: the site's commission, under a label
])
def test_real_pages_where_a_disclosure_amid_the_article_goes(shared: object, key: str) -> None:
    """Tune half, two sites (ScrapingHub): the disclosure sits amid the article, under a heading."""
    import gzip
    import json
    from pathlib import Path

    from newsgrab.clean.boilerplate import DISCLOSURE

    root = Path(str(shared)) / "bench" / "scrapinghub"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    full = next(name for name in truth if name.startswith(key))
    raw = gzip.decompress((root / "html" / f"{full}.html.gz").read_bytes())
    article = newsgrab.extract(raw, url=truth[full]["url"])
    assert [removal.rule for _, removal in article.timeline if removal is not None].count(DISCLOSURE[0]) == 1
