"""The boilerplate pass on blocks: rules in their scopes, structure for unseen publishers, the
editor's-note guard, `keep`, provenance capture and the audit trail."""

from __future__ import annotations

import newsgrab
from newsgrab.clean.boilerplate import remove_boilerplate
from newsgrab.model import Block, Link
from newsgrab.options import Options
from newsgrab.rules import packaged_rules

RULES = packaged_rules()
BODY = [
    "The council voted on Tuesday to close the old swimming pool at the end of the summer season.",
    "Repairs to the roof and the boiler would have cost more than building a new pool, officials said.",
    "A new leisure centre with two pools is planned for the site of the former bus depot by 2027.",
]


def p(text: str, **kw: object) -> Block:
    return Block(kind="p", text=text, **kw)  # type: ignore[arg-type]


def run(blocks: list[Block], keep: frozenset[str] = frozenset()) -> tuple[list[str], list[tuple[str, str]]]:
    result = remove_boilerplate(blocks, RULES, keep)
    return [b.text for b in result.kept], [(r.rule, r.category) for r in result.removed]


def test_body_paragraphs_stay_and_notices_go_with_an_audit_entry() -> None:
    kept, removed = run([p(t) for t in BODY] + [p("This story was originally published by Example Watch.")])
    assert kept == BODY
    assert removed == [("syndication.originally-published", "syndication")]


def test_trailing_rule_never_fires_inside_the_body() -> None:
    # "Source: ..." is a trailing-scope rule: between body paragraphs it is article text
    middle = "Source: a council report seen by this newspaper, which was published in 2023"
    kept, _ = run([p(BODY[0]), p(middle), p(BODY[1]), p(BODY[2])])
    assert middle in kept


def test_unseen_publisher_footer_goes_with_its_neighbours() -> None:
    footer = [
        p("*"),
        p("Keep us going: chip in what you can this month."),  # no rule knows this wording...
        p("examplenews.org/give"),  # ... a bare address
        p("@examplenews"),  # a handle
        p("Follow on Mastodon", link_chars=18, links=[Link("Follow on Mastodon", "https://x.example/@n")]),
        p("Copyright © Example News 2024"),
    ]
    kept, removed = run([p(t) for t in BODY] + footer)
    assert kept == BODY
    assert [r[0] for r in removed][:1] == ["structure.separator"]
    assert len(removed) == len(footer)


def test_short_closing_sentence_before_the_footer_stays() -> None:
    closing = "It was not immediately clear."
    kept, _ = run([p(t) for t in BODY] + [p(closing), p("*"), p("Copyright © Example News 2024")])
    assert kept == [*BODY, closing]


def test_long_unseen_bio_among_notices_does_not_shield_trailing_notices() -> None:
    blocks = [p(t) for t in BODY] + [
        p("SUPPORT EXAMPLEFRONT:"),  # a trailing-scope rule
        p("Articles by: Example Front"),
        p("Example Front is an independent collective of analysts based in three countries who have written on "
          "conflicts in the region since 2014."),
    ]
    _kept, removed = run(blocks)
    assert ("donation.support-us-heading", "donation") in removed
    assert ("author-bio.articles-by", "author-bio") in removed
    # no rule knows the bio; the notice score reads its shape (a name, "analysts", "have written")
    assert removed[-1][0].startswith("score:") and removed[-1][1] == "author-bio"


def test_editors_note_stays_even_when_it_names_the_source() -> None:
    note = ("Editor's note: This story was originally published by Example Watch. An earlier version misstated "
            "the cost of the pool.")
    result = remove_boilerplate([p(t) for t in BODY] + [p(note)], RULES)
    assert note in [b.text for b in result.kept]
    assert result.original_source is not None and result.original_source.name == "Example Watch"


def test_head_share_bar_goes_but_the_first_paragraph_stays() -> None:
    head = [p("Share"), p("Tweet"), p("Email this story", link_chars=16), p("Share this article on Facebook and X")]
    kept, removed = run(head + [p(t) for t in BODY])
    assert kept == BODY, removed


def test_separator_inside_the_body_stays_when_it_fences_prose() -> None:
    blocks = [p(BODY[0]), p("***"), p(BODY[1]), p(BODY[2])]
    kept, _ = run(blocks)
    assert "***" in kept


def test_keep_category_keeps_the_block_but_still_captures_provenance() -> None:
    notice = p("This article first appeared on Example Dispatch.")
    result = remove_boilerplate([p(t) for t in BODY] + [notice], RULES, frozenset({"syndication"}))
    assert notice in result.kept and not result.removed
    assert result.original_source is not None and result.original_source.name == "Example Dispatch"


def test_provenance_url_comes_from_the_original_article_link() -> None:
    notice = p(
        "This article is republished from The Conversation under a Creative Commons license. "
        "Read the original article.",
        links=[Link("The Conversation", "https://theconversation.com/"),
               Link("original article", "https://theconversation.com/a-story-1")],
    )
    result = remove_boilerplate([p(t) for t in BODY] + [notice], RULES)
    assert result.original_source is not None
    assert result.original_source.to_dict() == {
        "name": "The Conversation", "url": "https://theconversation.com/a-story-1", "published": None,
    }


def test_provenance_date_is_captured() -> None:
    notice = p("This article was originally published on Example Wire on March 3, 2024.")
    result = remove_boilerplate([p(t) for t in BODY] + [notice], RULES)
    assert result.original_source is not None
    assert (result.original_source.name, result.original_source.published) == ("Example Wire", "2024-03-03")


def test_timeline_lists_every_block_in_order() -> None:
    blocks = [p(t) for t in BODY] + [p("*"), p("Become a Member of Example Research")]
    result = remove_boilerplate(blocks, RULES)
    assert [b for b, _ in result.timeline] == blocks
    assert [r.category if r else None for _, r in result.timeline] == [None, None, None, "separator", "donation"]


def test_article_about_donations_keeps_every_sentence() -> None:
    body = [
        "PayPal said on Tuesday that the number of small recurring donations on its platform rose by a fifth.",
        "Support for independent journalism through reader donations grew fastest, a survey of 300 newsrooms found.",
        "Donate now or never, a hospital poster warned last winter, as blood reserves ran low across the region.",
    ]
    kept, removed = run([p(t) for t in body])
    assert kept == body and not removed


def test_keep_all_turns_the_pass_off_through_options() -> None:
    text = "Pool Closes\n\n" + "\n\n".join(BODY) + "\n\n*\n\nBecome a Member of Example Research\n"
    on = newsgrab.extract(text)
    off = newsgrab.extract(text, options=Options(keep=frozenset({"all"})))
    assert "Become a Member" not in on.body and [r.category for r in on.removed] == ["separator", "donation"]
    assert "Become a Member" in off.body and off.removed == []


def test_short_last_paragraphs_that_open_like_prompts_stay() -> None:
    closing = [
        p("Like many towns, it lost its bank in 2019."),
        p("Share the road, the new signs tell drivers."),
        p("Follow the money, one councillor said."),
    ]
    kept, _ = run([p(t) for t in BODY] + closing + [p("Copyright © Example News 2024")])
    assert kept == [*BODY, *(b.text for b in closing)]


def test_head_heading_before_the_body_stays() -> None:
    blocks = [Block(kind="h2", text="What happens next"), p("Share"), *(p(t) for t in BODY)]
    kept, removed = run(blocks)
    assert kept[0] == "What happens next" and removed == [("share.share-this-label", "share")]


def test_provenance_only_editors_note_goes_and_a_correction_contact_line_goes() -> None:
    note = p("Editor's note: This article originally appeared on Example Wire.")
    contact = p("To report a correction, email corrections@example.com.")
    result = remove_boilerplate([p(t) for t in BODY] + [note, contact], RULES)
    assert [b.text for b in result.kept] == BODY
    assert result.original_source is not None and result.original_source.name == "Example Wire"



def test_keep_is_per_category_a_separator_still_goes_unless_kept() -> None:
    blocks = [p(t) for t in BODY] + [p("*"), p("This article first appeared on Example Dispatch.")]
    kept, removed = run(blocks, keep=frozenset({"syndication"}))
    assert kept == [*BODY, "This article first appeared on Example Dispatch."]
    assert removed == [("structure.separator", "separator")]
    kept, removed = run(blocks, keep=frozenset({"syndication", "separator"}))
    assert kept == [b.text for b in blocks] and removed == []


def test_short_closing_section_after_a_break_stays() -> None:
    closing = ["Two weeks later, the boat sank.", "Nobody was hurt."]
    blocks = [p(t) for t in BODY] + [p("* * *"), *(p(t) for t in closing), p("Copyright © Example News 2024")]
    kept, _ = run(blocks)
    assert kept == [*BODY, "* * *", *closing]


def test_picture_source_line_is_not_taken_as_the_original_source() -> None:
    result = remove_boilerplate([p(t) for t in BODY] + [p("Source: Getty Images")], RULES)
    assert [b.text for b in result.kept] == BODY
    assert result.original_source is None


def _linked_item(text: str, link_chars: int) -> Block:
    """A list item whose first `link_chars` characters are a link to another story of the site."""
    slug = "-".join(text.split()[:5]).lower()
    return Block(kind="li", text=text, links=[Link(text[:link_chars], f"https://news.example/story/{slug}")],
                 link_chars=link_chars)


def test_a_teaser_that_reads_as_prose_goes_with_the_list_of_links_it_sits_in() -> None:
    # the third teaser ends as sentences and is mostly unlinked: on its own the score keeps it
    # (tests/test_boilerplate_score.py has the cue-level tests); in a list the pass took most of, it goes
    teaser = ("Could a sailor lost at sea use the stars to find the coast? Our science desk asked three "
              "physicists.")
    teasers = [_linked_item("Why the city's buses keep running late", 38),
               _linked_item("The plan to boost drone batteries with a tiny jet engine", 56), _linked_item(teaser, 58),
               _linked_item("How to opt out of the sites that sell your data", 47)]
    blocks = [p(t) for t in BODY] + [p("More Great Stories"), *teasers]
    kept, removed = run(blocks)
    assert kept == BODY
    assert ("structure.list", "related") in removed
    assert [rule for rule, _ in removed].count("structure.list") == 1


def test_a_list_the_pass_took_half_of_or_less_stays() -> None:
    # sources with a short link each, and one teaser the score takes: the sources stay
    sources = ["Minutes of the council meeting of 12 March 2024, item 7 on the pool",
               "Survey of the roof and the boiler by the county engineers, 2023",
               "Plans for the new leisure centre on the former bus depot site"]
    teaser = _linked_item("Why the city buses keep running late", 36)
    kept, removed = run([p(t) for t in BODY] + [_linked_item(text, 6) for text in sources] + [teaser])
    assert kept == BODY + sources
    assert [rule for rule, _ in removed] == ["score:link-share+after-body+shortness+link-list"]


def test_a_list_after_the_body_goes_as_one_in_text_too() -> None:
    # text input: no links, but the same list under a rule above a copyright line; its headlines go as
    # labels of the footer, the teaser that asks a question (no label: it ends as a sentence) with them
    teaser = "Could a sailor lost at sea use the stars to find the coast?"
    headlines = ["Why the city's buses keep running late", "The plan to boost drone batteries with a tiny jet engine",
                 teaser, "How to opt out of the sites that sell your data"]
    blocks = [p(t) for t in BODY] + [Block(kind="hr", text="______"), p("More Great Stories")]
    footer = [Block(kind="li", text=text) for text in headlines] + [p("Copyright © Example News 2024")]
    kept, removed = run(blocks + footer)
    assert kept == BODY
    assert [rule for rule, _ in removed].count("structure.list") == 1


def test_a_separator_line_is_forty_characters_at_most() -> None:
    from newsgrab.clean.shapes import is_separator

    line = Block(kind="p", text="")
    assert is_separator(line, "*" * 40) and is_separator(line, "* * *") and is_separator(line, "—" * 3 + "\n")
    assert not is_separator(line, "*" * 41) and not is_separator(line, "* " * 30 + "more")
    assert is_separator(Block(kind="hr", text=""), "")


def test_chinese_reprint_ban_goes_after_the_article_but_a_story_quoting_it_stays() -> None:
    # the stock ban closing a Chinese article ("without authorisation, may not reprint") is a trailing
    # rule: a court story that quotes the same words amid its body keeps them
    body = [
        "市中级人民法院周二对一起新闻作品著作权纠纷作出一审判决，被告网站因擅自转载原告的新闻报道，须赔偿原告经济损失及合理开支共计八万元。",
        "判决书写明，原告网站每篇报道末尾均注明“未经授权，不得转载”，被告却在未取得许可的情况下照搬了其中的十二篇全文，并删去了作者署名。",
        "被告代理律师表示，将在收到判决书后十五日内决定是否提起上诉，并称相关文章在原告发出律师函后的第二天就已从网站上全部删除。",
        "原告方面则表示，希望这一判决能够提醒更多网站尊重原创内容，依法取得授权后再行使用他人作品，双方均未透露是否还有其他纠纷。",
    ]
    ban = "本网所有文字、图片及音视频，未经书面授权，不得转载、摘编或改写。"
    kept, removed = run([p(t) for t in body] + [p(ban)])
    assert kept == body
    assert removed == [("zh.copyright.no-reprint", "copyright")]
