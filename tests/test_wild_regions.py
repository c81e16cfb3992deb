"""Families of wrong regions found on pages the engine was not tuned on (bench/agreement.py), each
with a page in our own words where the fix fires and one where it must not."""

from __future__ import annotations

import lxml.html

from newsgrab.html import extract_html
from newsgrab.html.prompts import is_prompt

POST = (
    "Ranking the lighthouse keepers of the northern coast, one lamp at a time, with notes on who kept "
    "the light burning through the great storm of the winter and who let it fail. "
)
PROMPT = (
    "When you pin a place to a post, the service keeps that place. You can switch places on or off "
    "before each post, and you always have the option to clear your whole place history from your "
    "settings page. Learn more"
)


def _thread_page(panel_class: str) -> str:
    """A thread shown in an overlay (as a social site's permalink view is) and a drop-down prompt
    beside it, whose class is `panel_class`."""
    replies = "".join(f"<li><p>{POST}Reply number {n}.</p></li>" for n in range(3))
    trends = "".join(f"<li><a href='/search?q=topic{n}'>Trending topic number {n} with many posts</a></li>"
                     for n in range(40))
    return (
        "<html><head><title>Keeper on Gazette: lighthouse ranking</title></head><body>"
        f"<div class='{panel_class}'><ul><li><h2>Add a place to your posts</h2><p>{PROMPT}</p>"
        "<div><button>Turn places on</button><button>Not now</button></div></li></ul></div>"
        f"<div class='PostOverlay' id='post-overlay'><div class='PostOverlay-modal'><ol>{replies}</ol></div></div>"
        f"<div class='trends-module'><ul>{trends}</ul></div></body></html>"
    )


def test_a_drop_down_prompt_is_not_the_article() -> None:
    """A drop-down panel (its class says so) is chrome: the thread in the overlay is the text."""
    page = extract_html(_thread_page("geo-disabled-dropdown"), "https://gazette.example/keeper/status/1")
    text = "\n".join(b.text for b in page.blocks)
    assert "pin a place" not in text
    assert "lighthouse keepers" in text


def test_the_same_prompt_without_a_drop_down_class_still_wins() -> None:
    """The other side of the rule: only the class names the panel (this page is what the rule changes)."""
    page = extract_html(_thread_page("geo-disabled-box"), "https://gazette.example/keeper/status/1")
    assert "pin a place" in "\n".join(b.text for b in page.blocks)


STORY = [
    "The river authority opened the new flood gates on Tuesday, two years after the spring floods "
    "that closed the lower town, and said the work came in under its budget.",
    "Engineers tested each gate against the water level of that spring, and the gates held, the "
    "authority's chief engineer told reporters gathered on the bank.",
    "Residents of the lower town, many of whom rebuilt their homes after the floods, watched the "
    "first test from the old stone bridge, some of them with their children.",
    "The authority will publish a report on the tests next month, and it plans to open the gates to "
    "visitors on the first weekend of the summer, weather permitting.",
    "Shop owners on the river street said the gates would let them insure their stock again, which "
    "most of them have not been able to do since the floods, at any price.",
    "The town council thanked the engineers in a short ceremony, and the mayor, who grew up on the "
    "river street, cut a ribbon tied across the first of the seven gates.",
]


def _split_story(first_class: str, rest_class: str, teaser_class: str = "teaser-summary") -> str:
    """A story whose first paragraphs sit in a lead row and the rest in a later row (an ad row
    between), each row with a narrow column beside the text, and a row of other stories below."""
    lead = "".join(f"<p class='{first_class}'>{text}</p>" for text in STORY[:2])
    rest = "".join(f"<p class='{rest_class}'>{text}</p>" for text in STORY[2:])
    teasers = "".join(
        f"<div class='more-item'><h3><a href='/story/{n}'>Other story {n}</a></h3><p class='{teaser_class}'>"
        f"A different story about the "
        f"harbor, the ferries and the island, number {n}, told in a sentence long enough to be prose.</p></div>"
        for n in range(3))
    return (
        "<html><head><title>Flood gates open on the river</title></head><body><main>"
        "<section class='row'><div class='col'><h1>Flood gates open on the river</h1>"
        f"<div class='story-body'>{lead}</div></div><div class='col narrow'><img src='/a.png'></div></section>"
        "<section class='row'><div class='col'><div class='ad-slot'></div></div></section>"
        f"<section class='row'><div class='col'><div class='story-body'>{rest}</div></div>"
        "<div class='col narrow'><img src='/b.png'></div></section>"
        f"<section class='row'>{teasers}</section>"
        "</main></body></html>"
    )


def test_a_story_cut_in_two_rows_joins_by_its_paragraph_class() -> None:
    page = extract_html(_split_story("story-par", "story-par"), "https://river.example/news/gates")
    texts = [b.text for b in page.blocks]
    assert texts == STORY  # both parts, in page order, and not the other stories


def test_paragraphs_of_another_class_stay_out() -> None:
    """The other side: the lead row's paragraphs carry another class than the region's, so they are
    not known to be the story's (what the region alone gives is what stays)."""
    page = extract_html(_split_story("lead-par", "story-par"), "https://river.example/news/gates")
    assert [b.text for b in page.blocks] == STORY[2:]


def test_other_stories_with_the_same_class_but_links_stay_out() -> None:
    """Teasers written with the story's paragraph class join only when they read as prose; a
    teaser that is all link is not."""
    html = _split_story("story-par", "story-par", teaser_class="story-par")
    linked = html.replace("<p class='story-par'>A different", "<p class='story-par'><a href='/x'>A different")
    linked = linked.replace("to be prose.</p>", "to be prose.</a></p>")
    page = extract_html(linked, "https://river.example/news/gates")
    assert [b.text for b in page.blocks] == STORY


def test_other_stories_cards_with_the_same_class_stay_out() -> None:
    """A teaser card (a linked heading over a summary) written with the story's paragraph class is
    another story, even when its summary reads as prose."""
    page = extract_html(_split_story("story-par", "story-par", teaser_class="story-par"),
                        "https://river.example/news/gates")
    assert [b.text for b in page.blocks] == STORY


def _scripted_post(noscript_body: str, visible: str = "") -> str:
    """A blog whose template renders the post by script: the visible page holds the blog's chrome
    and a date, and the post itself sits only in a <noscript> copy inside the post's container."""
    links = "".join(f"<li><a href='/label/{n}'>Label number {n}</a></li>" for n in range(12))
    return (
        "<html><head><title>Flood gates open - River Notes</title>"
        "<meta property='og:type' content='article'></head><body>"
        "<div class='header'><h2>River Notes</h2><div>News from the river authority and the lower town</div></div>"
        "<div class='post'><h2 class='title'>Flood gates open</h2><div class='published'>Tuesday, May 3, 2016</div>"
        f"<div class='post-body' itemprop='articleBody'>{visible}<noscript>{noscript_body}</noscript></div></div>"
        f"<div class='sidebar'><h2>Labels</h2><ul>{links}</ul></div></body></html>"
    )


def test_a_post_only_in_noscript_is_the_body() -> None:
    """A page with no prose but a <noscript> copy of the post: the copy is the body, and says so."""
    copy = "".join(f"<p>{line}</p>" for line in STORY)
    page = extract_html(_scripted_post(copy), "https://river.example/2016/05/flood-gates.html")
    text = "\n".join(b.text for b in page.blocks)
    assert "first test from the old stone bridge" in text
    assert "fallback:noscript-prose" in page.warnings


def test_a_noscript_copy_loses_to_visible_prose() -> None:
    """The other side: the same <noscript> copy beside the visible post is never taken twice, nor
    preferred; a short "enable scripts" wall is never a body."""
    copy = "".join(f"<p>{line}</p>" for line in STORY)
    visible = "".join(f"<p>{line}</p>" for line in STORY)
    page = extract_html(_scripted_post(copy, visible), "https://river.example/2016/05/flood-gates.html")
    text = "\n".join(b.text for b in page.blocks)
    assert text.count("first test from the old stone bridge") == 1
    assert "fallback:noscript-prose" not in page.warnings
    wall = extract_html(_scripted_post("<p>Please turn on scripts to read this blog.</p>"),
                        "https://river.example/2016/05/flood-gates.html")
    assert "turn on scripts" not in "\n".join(b.text for b in wall.blocks)


def _story_with_teasers(in_body: bool) -> str:
    """A story whose body wrapper holds its first paragraphs and, beside them, a box of five other
    stories (linked headings over one-line summaries); the rest of the story in a later part. With
    `in_body` off the wrapper holds the box alone, under its label: a teaser list."""
    teasers = "".join(
        f"<div><h4><a href='/news/2024/05/other-story-{n}'>Other story number {n} on the river</a></h4>"
        f"<p>One line about the other story {n}.</p></div>" for n in range(5))
    lead = "".join(f"<p>{text}</p>" for text in STORY[:2]) if in_body else ""
    rest = "".join(f"<p>{text}</p>" for text in STORY[2:])
    return (
        "<html><head><title>Flood gates open on the river</title></head><body><article>"
        "<h1>Flood gates open on the river</h1>"
        f"<div class='part'><div class='part-text'><div class='c1'>{lead}</div>"
        f"<div class='c2'><h3>More on this story</h3>{teasers}</div></div></div>"
        f"<div class='part'>{rest}</div></article></body></html>"
    )


def test_a_box_of_other_stories_beside_the_paragraphs_goes_alone() -> None:
    """The wrapper's text per linked heading is short, as a teaser list's is; but the headings all
    sit in one box and the rest is prose, so the box goes and the paragraphs stay."""
    page = extract_html(_story_with_teasers(True), "https://river.example/news/gates")
    texts = [b.text for b in page.blocks]
    assert texts[:2] == STORY[:2] and STORY[-1] in texts
    assert not any("Other story" in t or "One line about" in t for t in texts)


def test_a_teaser_list_under_its_label_still_goes_whole() -> None:
    """The other side: only the list's label sits beside the box, so the wrapper is a teaser list."""
    page = extract_html(_story_with_teasers(False), "https://river.example/news/gates")
    texts = [b.text for b in page.blocks]
    assert STORY[-1] in texts
    assert not any("Other story" in t or "More on this story" in t for t in texts)


BANNER = ("<div class='c-e2a9'><p>Your browser is out of date, and some parts of this site may not work as they "
          "should. Update it for more speed and safety; it takes a few minutes, and your bookmarks stay where "
          "they are, along with your saved passwords and your history.</p></div>")
#: a site menu long enough that the boxes below hold less than half of the page's text
MENU = "<nav><ul>" + "".join(f"<li><a href='/section/{n}'>Section of the site number {n}, with its pages</a></li>"
                             for n in range(40)) + "</ul></nav>"


def test_a_banner_does_not_win_when_tokens_took_the_article() -> None:
    """A class word of chrome ("ad" in "non-ad-column") took the article, and the banner left is long
    enough to pass the sieve: the prose tokens took, under the headline, is the body."""
    story = "".join(f"<p>{text}</p>" for text in STORY)
    html = (f"<html><head><title>Flood gates open on the river</title></head><body>{BANNER}"
            "<header><h1>Flood gates open on the river</h1></header>"
            f"<main><section class='non-ad-column'><article>{story}</article></section></main>{MENU}</body></html>")
    page = extract_html(html, "https://river.example/news/gates")
    texts = [b.text for b in page.blocks]
    assert texts == STORY and page.warnings == ["second-opinion:paragraphs"]


def test_prose_tokens_took_away_from_the_headline_stays_out() -> None:
    """The other side: a short note and, far below, a long thread its tokens took. With no headline
    over the thread, the note stays the body."""
    thread = "".join(f"<p>{text} A reader wrote this, number {n}.</p>" for n, text in enumerate(STORY))
    html = (f"<html><head><title>Gate notes</title></head><body>{BANNER}"
            f"<div class='reader-comments'>{thread}</div>{MENU}</body></html>")
    page = extract_html(html, "https://river.example/news/gates")
    text = "\n".join(b.text for b in page.blocks)
    assert "out of date" in text and "A reader wrote" not in text


LETTER = [*STORY,
          "We ask the authority to keep the gates open to visitors through the winter as well, when the "
          "river is at its most beautiful and the town most needs the people who come to see it.",
          "We also ask the council to plant trees along the new bank, where the old ones stood before the "
          "floods, so that the children who watched the test can one day sit in their shade."]


def _letter(box: str) -> str:
    """An open letter in four parts of two paragraphs, each in a text div under its subheading (the
    region climbs from one part's text to the wrapper of all four), and beside them a titled box."""
    parts = "".join(f"<section><h2>Part {n}</h2><div class='text'><p>{LETTER[2 * n]}</p><p>{LETTER[2 * n + 1]}</p>"
                    "</div></section>" for n in range(4))
    return (
        "<html><head><title>An open letter on the flood gates</title></head><body>"
        "<h1>An open letter on the flood gates</h1>"
        f"<div class='letter'>{parts}{box}</div></body></html>"
    )


def _signatories(count: int) -> str:
    """A box of `count` names with roles under a "Signed by" heading."""
    names = "".join(f"<li>Name{n} Surname{n}, Professor of Hydrology, River Institute {n}</li>" for n in range(count))
    return f"<div class='b7'><h3>Signed by</h3><ul>{names}</ul></div>"


def _assert_letter_without_signatories(html: str) -> None:
    texts = [b.text for b in extract_html(html, "https://river.example/letters/gates").blocks]
    assert LETTER[0] in texts and LETTER[-1] in texts
    assert not any("Professor of Hydrology" in t or "Signed by" in t for t in texts)


def test_a_titled_list_beside_the_article_text_is_left_out() -> None:
    """Forty names with roles under a heading, beside the letter: a list, not the letter's prose."""
    _assert_letter_without_signatories(_letter(_signatories(40)))


def test_a_titled_part_of_prose_beside_the_article_text_stays() -> None:
    """The other side: a box under its own heading that reads as prose is judged no list."""
    part = "".join(f"<p>{text} The engineers said so again.</p>" for text in STORY[:3])
    page = extract_html(_letter(f"<div class='b7'><h3>What the engineers found</h3>{part}</div>"),
                        "https://river.example/letters/gates")
    texts = [b.text for b in page.blocks]
    assert LETTER[0] in texts and LETTER[-1] in texts and "What the engineers found" in texts


ASIDE = (
    "Before the gates were built, the lower town flooded nine times in forty years, twice in one "
    "spring, and the insurers left the river street one after another until none was left."
)


def _story_with_box(box: str) -> str:
    """The flood story in one container with `box` set between its second and third paragraphs (as
    an embed or a prompt sits), under a class a build tool writes."""
    paras = [f"<p>{text}</p>" for text in STORY]
    return (
        "<html><head><title>Flood gates open on the river</title></head><body><article>"
        "<h1>Flood gates open on the river</h1>"
        f"<div class='x9f2'>{''.join(paras[:2])}<div class='c-41aa'>{box}</div>{''.join(paras[2:])}</div>"
        "</article></body></html>"
    )


def _texts(html: str) -> list[str]:
    return [b.text for b in extract_html(html, "https://river.example/news/gates").blocks]


def test_a_box_ending_in_a_control_between_the_paragraphs_goes() -> None:
    """A box of prose whose last line is a link a script answers ("#"): a consent box for an embed."""
    texts = _texts(_story_with_box(f"<p><b>Map</b></p><p>{ASIDE}</p><p><a href='#'>Show the map</a></p>"))
    assert STORY[0] in texts and STORY[-1] in texts
    assert not any("insurers left" in t for t in texts)


def test_a_box_ending_in_a_link_to_a_subscription_page_goes() -> None:
    """The same box whose last line sends the reader to a sign-in or subscription page (its path)."""
    line = "<p><a href='/subscribe?from=inset'>Choose</a> or <a href='https://river.example/account/login.html'>in</a></p>"
    texts = _texts(_story_with_box(f"<h3>Read on</h3><p>{ASIDE}</p>{line}"))
    assert STORY[0] in texts and STORY[-1] in texts
    assert not any("insurers left" in t for t in texts)


def test_a_fact_box_ending_in_its_source_link_stays() -> None:
    """The other side: an article's own box between its paragraphs, ending in a link to read (its
    source, another story whose path merely holds an account word), is the article's."""
    for href in ("/reports/flood-gates-2024", "/news/subscribers-protest-price-rise"):
        texts = _texts(_story_with_box(f"<h3>The floods</h3><p>{ASIDE}</p><p><a href='{href}'>The report</a></p>"))
        assert STORY[0] in texts and any("insurers left" in t for t in texts), href


def test_a_box_with_a_control_in_its_prose_stays() -> None:
    """A control inside the box's prose, not on a last line of links (a footnote toggle), keeps it."""
    box = f"<p>{ASIDE} <a href='#'>Note 1</a></p><p>{ASIDE.replace('Before', 'Long before')}</p>"
    texts = _texts(_story_with_box(box))
    assert any("Long before the gates" in t for t in texts)


def test_a_prompt_set_after_the_article_goes() -> None:
    """A titled box set after the container of the paragraphs, ending in a sign-in line, goes too."""
    box = f"<h3>Read on</h3><p>{ASIDE}</p><p><a href='/signup'>Join</a> <a href='/login'>Sign in</a></p>"
    paras = "".join(f"<p>{text}</p>" for text in STORY)
    html = ("<html><head><title>Flood gates open on the river</title></head><body><article>"
            f"<h1>Flood gates open on the river</h1><div class='x9f2'>{paras}</div><div class='c-51'>{box}</div>"
            "</article></body></html>")
    texts = _texts(html)
    assert STORY[0] in texts and STORY[-1] in texts
    assert not any("insurers left" in t for t in texts)


def test_a_box_ending_in_a_form_between_the_paragraphs_goes() -> None:
    """A box of prose ending in a form (its fields and button are gone before the region is read:
    a newsletter or registration box) is a prompt."""
    form = "<form action='/n'><label>E-mail</label><input type='email'><button>Send</button></form>"
    texts = _texts(_story_with_box(f"<h3>Every morning</h3><p>{ASIDE}</p>{form}"))
    assert STORY[0] in texts and STORY[-1] in texts
    assert not any("insurers left" in t for t in texts)


def test_a_bar_of_links_ending_in_sign_in_is_not_judged_a_prompt() -> None:
    """The other side of the prose test: a menu ending in a sign-in line is links, not a prompt's prose."""
    menu = "".join(f"<li><a href='/section/{n}'>Section number {n}</a></li>" for n in range(8))
    box = lxml.html.fragment_fromstring(f"<div><ul>{menu}</ul><p><a href='/login'>Sign in</a></p></div>")
    prompt = lxml.html.fragment_fromstring(f"<div><p>{ASIDE}</p><p><a href='/login'>Sign in</a></p></div>")
    assert not is_prompt(box)
    assert is_prompt(prompt)


def test_a_box_ending_in_a_button_between_the_paragraphs_goes() -> None:
    """A consent box whose only control is a <button> (gone before the region is read; its parent
    keeps the mark): a prompt like one ending in a "#" link."""
    for line in ("<div><button type='button'>Show the map</button></div>",
                 "<p>Already a subscriber? <button>Sign in</button></p>"):
        texts = _texts(_story_with_box(f"<p><b>Map</b></p><p>{ASIDE}</p>{line}"))
        assert STORY[0] in texts and STORY[-1] in texts, line
        assert not any("insurers left" in t for t in texts), line


def test_an_articles_box_with_a_button_stays() -> None:
    """The other side: a fact box's "show more" (a toggle, or mid-text), a gallery's "next", a code
    sample's "copy" and a video's play button in a <figure> keep the box's text."""
    long_before = ASIDE.replace("Before", "Long before")
    boxes = (
        f"<h3>The floods</h3><p>{ASIDE}</p><div><button aria-expanded='false'>Show more</button></div>",
        f"<p>{ASIDE} <button>Show more</button></p><p>{long_before}</p>",
        f"<div><img src='/g/1.jpg'><p>{ASIDE}</p></div><div><button>Next</button></div>",
        f"<p>{ASIDE}</p><pre><code>gates.open(level=2)</code></pre><div><button>Copy</button></div>",
        f"<p>{ASIDE}</p><figure><video src='/v/gates.mp4'></video><div><button>Play</button></div></figure>",
        # an audio player's box: its title and prose, then its icon buttons and clock
        f"<p>{ASIDE}</p><div><button aria-label='Play'><span></span></button><time>00:00</time>|<time>54:01</time>"
        "<button>1x</button></div>",
    )
    for box in boxes:
        texts = _texts(_story_with_box(box))
        assert STORY[0] in texts and any("insurers left" in t for t in texts), box


def _parts_letter(box: str, between: str = "") -> str:
    """The open letter in four text divs of two paragraphs side by side (the region's best candidate
    is their wrapper, which holds whatever is set beside them), with `box` after the last of them
    and `between` after the first."""
    parts = [f"<div class='text'>{''.join(f'<p>{t}</p>' for t in LETTER[n:n + 2])}</div>" for n in (0, 2, 4, 6)]
    return (
        "<html><head><title>An open letter on the flood gates</title></head><body>"
        "<h1>An open letter on the flood gates</h1>"
        f"<div class='article-body'>{parts[0]}{between}{''.join(parts[1:])}{box}</div><p>Letters page</p></body></html>"
    )


def test_a_titled_list_after_the_text_inside_its_wrapper_is_left_out() -> None:
    """Names with roles under a heading after the letter's last part, in the wrapper the region
    chose: a list beside the text, not the letter's."""
    _assert_letter_without_signatories(_parts_letter(_signatories(30)))


def test_a_titled_list_among_or_between_the_parts_stays() -> None:
    """The other side: the same list between two parts of the text (a fact box the letter goes on
    after), or among a part's own paragraphs, is the article's."""
    box = _signatories(30)
    between = [b.text for b in extract_html(_parts_letter("", between=box), "https://river.example/letters/gates").blocks]
    assert LETTER[0] in between and LETTER[-1] in between
    assert any("Professor of Hydrology" in t for t in between)
    among = _parts_letter("").replace(f"<p>{LETTER[-1]}</p>", f"<p>{LETTER[-1]}</p>{box}")
    texts = [b.text for b in extract_html(among, "https://river.example/letters/gates").blocks]
    assert LETTER[0] in texts and any("Professor of Hydrology" in t for t in texts)


def _story_then(box: str) -> str:
    """The flood story in its text div, and after it in the same <article> a box."""
    story = "".join(f"<p>{text}</p>" for text in STORY)
    return (
        "<html><head><title>Flood gates open on the river</title></head><body><article>"
        f"<h1>Flood gates open on the river</h1><div class='c-20'>{story}</div>{box}</article></body></html>"
    )


BIO_TEXT = (
    "Ola Brandt has covered the river and its towns since 2011. Before that she wrote about farming "
    "for a regional weekly, and she still keeps a small orchard on the hill above the lower town. "
    "Her series on the people who rebuilt the river street after the floods won a regional prize, "
    "and she teaches a course on local reporting at the college in the upper town every spring."
)


def test_a_bio_under_a_label_beside_the_article_goes() -> None:
    """A portrait, a heading that labels the card, and text that opens on a name it names again in
    its last link: a person's card, whatever the label says."""
    box = (f"<div class='c-31'><img src='/p/ob.jpg' width='90' height='90'><h4>Our reporter</h4><p>{BIO_TEXT}</p>"
           "<p><a href='/people/ob'>Every story by Ola Brandt</a></p></div>")
    texts = _texts(_story_then(box))
    assert STORY[0] in texts and STORY[-1] in texts
    assert not any("orchard" in t for t in texts)


def test_a_labelled_box_with_a_thumbnail_that_names_no_one_again_stays() -> None:
    """The other side: a thumbnail over a titled part of the article whose text opens on capitalised
    words it does not repeat (a place, a body), or on one capitalised word, is the article's."""
    for opening in ("Lower Town residents", "Engineers"):
        text = f"{opening} will be able to walk on the gates once the tests are over, the authority said. {ASIDE}"
        picture = "<img src='/p/g.jpg' width='90' height='90'>"
        box = f"<div class='c-31'>{picture}<h4>What comes next</h4><p>{text}</p></div>"
        texts = _texts(_story_then(box))
        assert STORY[0] in texts and text in texts, opening


BOATHOUSE = (
    "<div class='c-52'><h3>The boathouse</h3><p>Pier Road 3, 7710 Lower Town<br>Tel. +00 77 1234 5678<br>"
    "boats@lowertown.example</p><p>Summer: daily, 10:00 to 18:00. Rowing boats: 12 an hour; canoes: 9 an hour; "
    "lifejackets free. Winter: weekends, 11:00 to 16:00; closed in January.</p></div>"
)


def _headed_story(box: str, after: int = 0) -> str:
    """The flood story's paragraphs straight in its <article> under the headline, `box` after
    `after` of them."""
    paras = [f"<p>{text}</p>" for text in STORY]
    return (
        "<html><head><title>Flood gates open on the river</title></head><body><article>"
        f"<h1>Flood gates open on the river</h1>{''.join(paras[:after])}{box}{''.join(paras[after:])}"
        "</article></body></html>"
    )


def test_an_address_under_the_headline_goes() -> None:
    """A titled box with a phone number and an e-mail address between the headline and the text:
    a shop's address, not the article's opening."""
    texts = _texts(_headed_story(BOATHOUSE))
    assert STORY[0] in texts and STORY[-1] in texts
    assert not any("1234 5678" in t or "canoes" in t for t in texts)


def test_an_address_among_the_paragraphs_or_a_list_under_the_headline_stays() -> None:
    """The other side: the same box between the paragraphs (a review's fact box), and a titled
    list with no contact's shape under the headline (a recipe's ingredients), are the article's."""
    texts = _texts(_headed_story(BOATHOUSE, after=3))
    assert STORY[0] in texts and any("canoes" in t for t in texts)
    items = "".join(f"<li>{n} cups of river sand, washed and dried</li>" for n in range(2, 9))
    texts = _texts(_headed_story(f"<div class='c-53'><h3>What you need</h3><ul>{items}</ul></div>"))
    assert STORY[0] in texts and any("river sand" in t for t in texts)


def test_a_contact_shape_is_an_e_mail_address_or_a_phone_number() -> None:
    from newsgrab.html.boxes import contact_shaped

    assert contact_shaped("Tel. +00 77 1234 5678") and contact_shaped("call (030) 1234 5678")
    assert contact_shaped("write to boats@lowertown.example")
    assert not contact_shaped("from 2015-2019, for 1,250,000 dollars, on 12.05.2019 at 10:30")
    assert not contact_shaped("reach us @lowertown on the river")


def _story_and_sibling(box: str) -> str:
    """The flood story in its text div straight in <body>, and `box` beside it as a sibling."""
    story = "".join(f"<p>{text}</p>" for text in STORY)
    return (
        "<html><head><title>Flood gates open on the river</title></head><body>"
        f"<h1>Flood gates open on the river</h1><div class='c-20'>{story}</div>{box}</body></html>"
    )


def test_an_address_beside_the_text_does_not_join_it() -> None:
    """A sibling scoring on its commas, reading above half the text's prose level, with a phone
    number and an e-mail address: an address block, which does not join the region."""
    texts = _texts(_story_and_sibling(BOATHOUSE))
    assert STORY[0] in texts and STORY[-1] in texts
    assert not any("canoes" in t for t in texts)


def test_a_sibling_of_the_same_level_without_a_contact_joins() -> None:
    """The other side: the same box with its phone line and e-mail address gone (times and prices
    alone, the rest of the story's facts) joins as before."""
    box = BOATHOUSE.replace("<br>Tel. +00 77 1234 5678<br>boats@lowertown.example", "")
    texts = _texts(_story_and_sibling(box))
    assert STORY[0] in texts and any("canoes" in t for t in texts)


SITE_PROSE = (
    "The Lower Town Courier has been written by the people of the valley since 1952, and it still "
    "is: a cooperative of readers owns it, elects its board each spring and pays for its reporting, "
    "with no owner, no shareholder and no advertiser to answer to, which is rare for a paper, and good."
)


def test_a_sites_own_box_after_the_text_does_not_join_it() -> None:
    """Prose beside the article that ends in a line of links to the site's top pages: the site's
    description of itself, not the story's last part."""
    line = "<p><a href='/about'>Who we are</a> <a href='/contact/'>Write to us</a> <a href='/jobs'>Work here</a></p>"
    texts = _texts(_story_and_sibling(f"<div class='c-60'><h3>The Courier</h3><p>{SITE_PROSE}</p>{line}</div>"))
    assert STORY[0] in texts and STORY[-1] in texts
    assert not any("cooperative of readers" in t for t in texts)


def test_a_part_of_the_story_ending_in_tags_or_a_story_link_joins() -> None:
    """The other side: the same prose ending in a line of tags (a label, links further down), or in
    links to other stories, joins as before."""
    for line in ("<p>Tags: <a href='/tag/floods'>floods</a> <a href='/tag/river'>river</a></p>",
                 "<p><a href='/news/2024/gates'>The gates</a> <a href='/news/2024/bridge'>The bridge</a></p>"):
        texts = _texts(_story_and_sibling(f"<div class='c-60'><h3>The Courier</h3><p>{SITE_PROSE}</p>{line}</div>"))
        assert STORY[0] in texts and any("cooperative of readers" in t for t in texts), line


def _listicle(after_heading: str) -> str:
    """A review of three lamps whose item titles link to the maker's page; `after_heading` is
    what follows the second title (formatted with the item number)."""
    items = []
    for n, text in enumerate(STORY[:3]):
        body = after_heading.format(n=n) if n == 1 else f"<p>{text} {text}</p>"
        items.append(f"<h3><a href='https://maker.example/lamp-{n}'>Lamp number {n} ($30)</a></h3>"
                     f"<div class='embed'><iframe src='https://video.example/embed/{n}'></iframe></div>{body}")
    return (
        "<html><head><title>The three lamps worth buying</title></head><body>"
        "<div class='story'><h1>The three lamps worth buying</h1>"
        f"<p>{STORY[3]}</p><p>{STORY[4]}</p>{''.join(items)}</div></body></html>"
    )


def test_a_linked_heading_over_its_own_prose_stays() -> None:
    """A listicle's item titles are links (to the thing reviewed); each heads a long paragraph of
    prose, past the video between them, so it is a part of the text and not a line of links."""
    page = extract_html(_listicle("<p>" + STORY[1] + " " + STORY[2] + "</p>"), "https://lamps.example/best")
    texts = [b.text for b in page.blocks]
    assert [t for t in texts if t.startswith("Lamp number")] == [f"Lamp number {n} ($30)" for n in range(3)]


def test_a_linked_heading_over_a_blurb_or_a_heading_goes() -> None:
    """The other side: a linked heading over a short blurb (a teaser), or over another heading
    (a "subscribe" line before the comments), is still a line of links."""
    blurb = _listicle("<p>Another lamp, in one line.</p>")
    assert "Lamp number 1 ($30)" not in [b.text for b in extract_html(blurb, "https://lamps.example/best").blocks]
    heading = _listicle("<h3>Comments</h3><p>" + STORY[5] + "</p>")
    assert "Lamp number 1 ($30)" not in [b.text for b in extract_html(heading, "https://lamps.example/best").blocks]


#: the flood story in German, for a page whose template declares English
GERMAN = [
    "Die Flussbehörde hat am Dienstag die neuen Fluttore geöffnet, zwei Jahre nach dem Hochwasser im "
    "Frühjahr, das die Unterstadt geschlossen hatte, und die Arbeiten blieben unter dem Budget.",
    "Die Ingenieure prüften jedes Tor gegen den Wasserstand jenes Frühjahrs, und die Tore hielten, wie "
    "der leitende Ingenieur den Reportern am Ufer sagte, die sich dort versammelt hatten.",
    "Viele Bewohner der Unterstadt, die ihre Häuser nach dem Hochwasser wieder aufgebaut haben, sahen "
    "dem ersten Test von der alten Steinbrücke aus zu, manche von ihnen mit ihren Kindern.",
    "Die Behörde wird im nächsten Monat einen Bericht über die Tests veröffentlichen, und sie will die "
    "Tore am ersten Wochenende des Sommers für Besucher öffnen, wenn das Wetter es erlaubt.",
]


def _declared_english(box: str) -> str:
    """The German story in two text divs side by side under `<html lang="en">`, and after them in
    their wrapper a box."""
    parts = "".join(f"<div class='text'>{''.join(f'<p>{t}</p>' for t in GERMAN[n:n + 2])}</div>" for n in (0, 2))
    return (
        "<html lang='en'><head><title>Fluttore am Fluss geöffnet</title></head><body>"
        f"<h1>Fluttore am Fluss geöffnet</h1><div class='article-body'>{parts}{box}</div>"
        "<p>Leserbriefe</p></body></html>"
    )


def test_a_titled_list_beside_a_text_not_in_the_declared_language_goes() -> None:
    """A list of names beside a text whose page declares a language it is not written in: by the
    declared language's function words the text reads no more as prose than the list does, so
    both are judged by their sentences, and the list goes."""
    names = "".join(f"<li>Vorname{n} Nachname{n}, Professorin für Hydrologie, Institut {n}</li>" for n in range(30))
    texts = _texts(_declared_english(f"<div class='c-77'><h3>Unterzeichnet von</h3><ul>{names}</ul></div>"))
    assert GERMAN[0] in texts and GERMAN[-1] in texts
    assert not any("Hydrologie" in t for t in texts)


def test_a_titled_part_in_prose_beside_a_text_not_in_the_declared_language_stays() -> None:
    """The other side: a titled part of prose after the same text reads as it does by its
    sentences, and stays (by the declared language's words both read near zero, and the part went)."""
    more = " ".join(GERMAN[1:3])
    texts = _texts(_declared_english(f"<div class='c-77'><h3>Wie es weitergeht</h3><p>{more}</p></div>"))
    assert GERMAN[0] in texts and more in texts
