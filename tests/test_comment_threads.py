"""Readers' comment threads by the DOM's shape (newsgrab/html/threads.py): a box whose children repeat
one unit, each a name (or an avatar), a date and a text of its own, is a thread, with its markup
words after two comments, by its shape alone after three with a control or an avatar in each. A
live blog's entries (headlines), a reference list (dates and fragment links set into prose), an
interview's turns (two names taking turns) and two bare comments are not. Inside the article region
its blocks go as `structure.comments:<cues>`; a thread that is most of the region (a forum's page)
stays. The content stage looks only under the elements whose class or id names a comment section
(html/threadgate.py): a bare thread under no such name is not looked for. All samples are invented."""

from __future__ import annotations

import lxml.html
import pytest

import newsgrab
from newsgrab.clean.threads import thread_blocks
from newsgrab.data import load_toml
from newsgrab.html.threadgate import PageElements, gated_threads, section_roots
from newsgrab.html.threads import _marked, _repeats, thread_containers, thread_cues, threads_again
from newsgrab.meta.pagescan import scan_page
from newsgrab.model import Block

PAGE = "https://www.harbour-example.org/news/2024/05/quay-cranes-night-shift.html"

#: the article's own paragraphs (long enough to be the region's matter)
ARTICLE = "".join(f"<p>{text}</p>" for text in (
    "The port authority said on Tuesday that the new quay cranes will work through the night from June, "
    "a change it has planned for two years and which the dockers' union accepted last week.",
    "Night shifts will be paid a third more than day shifts, and no docker will work more than two nights "
    "in a row, according to the agreement signed by both sides at the harbour office.",
    "Residents of the streets above the quay have asked for the cranes' floodlights to be dimmed after "
    "midnight, and the authority has promised to test shaded lamps on two cranes first.",
    "The first ship to be unloaded overnight is expected on the third of June, the harbour master said, "
    "and the authority will publish the noise measurements of the first month on its website.",
))


def _wordpress_thread(count: int = 3) -> str:
    """A thread as a blog engine writes it: markup words, a name, a date, a text, a reply link."""
    people = ["Mara Lindqvist", "quaywatcher", "Jonas B."][:count]
    items = "".join(
        f'<li class="comment depth-1"><div class="comment-author"><img src="/a/{i}.png" width="40" height="40">'
        f'<b class="fn">{name}</b> <span>says:</span></div>'
        f'<div class="comment-meta"><a href="#c{i}">May {10 + i}, 2024 at 9:1{i} pm</a></div>'
        f'<p>I live above the quay and the lamps are already too bright, comment number {i}.</p>'
        f'<a class="comment-reply-link" href="#respond">Reply</a></li>'
        for i, name in enumerate(people))
    return f'<h3>{count} comments</h3><ol class="comment-list">{items}</ol>'


def _bare_thread(count: int = 3) -> str:
    """A thread whose markup names nothing (utility classes), in German: avatar, name, time, text, buttons."""
    people = ["Hafenfreundin", "K. Otto", "moewe_77", "Lena S."][:count]
    items = "".join(
        f'<div class="x1 p-2"><img src="/u/{i}.jpg" width="32" height="32"><div class="x2"><span>{name}</span>'
        f'</div><div class="x3">vor {i + 2} Stunden</div>'
        f'<div class="x4">Endlich kommen die Nachtschichten, das hat lange gedauert, Beitrag {i}.</div>'
        f'<div class="x5"><button>Antworten</button><button>Melden</button></div></div>'
        for i, name in enumerate(people))
    return f'<div class="x0">{items}</div>'


def _named(thread: str) -> str:
    """`thread` under a section whose id names it in Dutch ("reacties"), as a CMS writes it."""
    return f'<section id="reacties">{thread}</section>'


def _box(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(html, create_parent="div")


def test_a_marked_thread_of_comments_is_one() -> None:
    found = thread_containers(_box(_wordpress_thread()))
    assert len(found) == 1
    container, hint = found[0]
    assert container.tag == "ol"
    assert hint.startswith("comment-thread:units=3+markup")


def test_a_thread_is_told_by_its_shape_alone_in_any_language() -> None:
    found = thread_containers(_box(_bare_thread()))
    assert [hint for _el, hint in found] == ["comment-thread:units=3+avatar+control"]


def test_two_bare_comments_are_not_enough_but_two_marked_ones_are() -> None:
    assert thread_containers(_box(_bare_thread(2))) == []
    assert len(thread_containers(_box(_wordpress_thread(2)))) == 1


def test_a_live_blogs_entries_are_not_comments() -> None:
    entries = "".join(
        f'<div class="entry"><img src="/r/{i}.jpg" width="40" height="40"><span>Dana Whitfield</span>'
        f'<time>1{i}:05</time><h3>Crane {i} starts its first night shift</h3>'
        f'<p>The crane lifted its first container at five past ten, watched by the union.</p>'
        f'<button>Share</button></div>' for i in range(4))
    assert thread_containers(_box(f"<div>{entries}</div>")) == []


def test_a_reference_list_is_not_a_thread() -> None:
    refs = "".join(
        f'<li id="cite-{i}"><a href="#ref-{i}">^</a> <span>Harbour Board (May {i + 1}, 2019). '
        f'<a href="/reports/{i}">"Night shifts on the quay"</a>. Port Gazette. Retrieved 2020.</span></li>'
        for i in range(5))
    assert thread_containers(_box(f"<ol>{refs}</ol>")) == []


def test_an_interviews_turns_are_not_a_thread() -> None:
    turns = "".join(
        f'<div class="turn"><img src="/p/{i % 2}.jpg" width="48" height="48"><span>{("Ana Ruiz", "Tom Berg")[i % 2]}'
        f'</span><span>{i}m {10 + i}s</span><p>We talked about the night shifts and what they mean, part {i}.</p>'
        f'<a href="#t{i}">Jump</a></div>' for i in range(6))
    assert thread_containers(_box(f"<div>{turns}</div>")) == []


def test_cues_name_what_every_comment_has() -> None:
    box = _box(_bare_thread(4)).find("div")
    assert thread_cues(box) == ("units=4", "avatar", "control")


def test_the_thread_words_file_fires_on_its_example_and_not_its_counter_example() -> None:
    data = load_toml("thread_words.toml")["markup"]
    assert _marked(lxml.html.fromstring(f'<div class="{data["example"]}"></div>'))
    assert not _marked(lxml.html.fromstring(f'<div class="{data["counter_example"]}"></div>'))


@pytest.mark.parametrize("word", load_toml("thread_words.toml")["markup"]["words"])
def test_each_thread_word_fires_on_its_example_and_not_on_its_hard_negative(word: str) -> None:
    example, negative = load_toml("thread_words.toml")["examples"][word]
    assert word in example.lower() and _marked(lxml.html.fromstring(f'<div id="{example}"></div>'))
    assert not _marked(lxml.html.fromstring(f'<div class="{negative}"></div>'))


def test_only_blocks_the_html_stage_marked_go() -> None:
    blocks = [Block(kind="p", text="Body."), Block(kind="p", text="A comment.", hints=("comment-thread:units=3",)),
              Block(kind="p", text="A button.", hints=("control",))]
    assert thread_blocks(blocks) == {1: ("structure.comments:units=3", "comments")}


def _page(inside: str) -> str:
    return (f"<html><head><title>Quay cranes to work at night</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>Quay cranes to work at night</h1>{ARTICLE}{inside}</article>"
            f"<footer>Harbour Example</footer></body></html>")


@pytest.mark.parametrize("thread", [_named(_bare_thread(4)), _wordpress_thread(3)])
def test_a_thread_inside_the_article_region_goes_and_the_article_stays(thread: str) -> None:
    article = newsgrab.extract(_page(thread), url=PAGE)
    assert "Beitrag" not in article.body and "comment number" not in article.body
    assert all(opening in article.body for opening in ("The port authority said", "Night shifts will be paid",
                                                       "Residents of the streets", "The first ship to be"))


def test_the_bare_threads_comments_go_by_their_shape_with_the_cues() -> None:
    # a marked thread never reaches the pass (the content stage prunes its class words); a bare one does
    article = newsgrab.extract(_page(_named(_bare_thread(4))), url=PAGE)
    comments = [r for r in article.removed if r.category == "comments"]
    assert len(comments) == 12  # each comment's name, time and text, whatever else reads them (the score)
    assert {r.rule for r in comments} == {"structure.comments:units=4+avatar+control"}
    assert all(opening in article.body for opening in ("The port authority said", "Night shifts will be paid",
                                                       "Residents of the streets", "The first ship to be"))


def test_a_thread_that_is_most_of_the_region_stays() -> None:
    # a forum's page: the posts are the page's matter, not comments under an article
    page = ("<html><head><title>Night shifts?</title></head><body><div class='forum'><h1>Night shifts?</h1>"
            f"{_named(_bare_thread(4))}</div></body></html>")
    article = newsgrab.extract(page, url=PAGE)
    assert not any(r.rule.startswith("structure.comments") for r in article.removed)


# --- the brief's must-not families and the unit in other scripts (stop 51), all invented ---

def _latest_list(teaser: str = "") -> str:
    """A "latest" box: dated headline links to other stories of the site, a thumbnail each."""
    heads = ["Ferry timetable changes for the winter months", "Quay cranes pass their first safety test",
             "Harbour museum opens a new hall on Saturday", "Fish market moves to the old customs house"]
    return "<ul class='latest'>" + "".join(
        f'<li><img src="/t/{i}.jpg" width="80" height="60"><a href="/news/2024/05/story-{i}.html">{head}</a>'
        f'<span class="ago">{i + 1} h</span>{teaser}</li>' for i, head in enumerate(heads)) + "</ul>"


def test_a_latest_list_of_dated_headlines_is_not_a_thread() -> None:
    assert thread_containers(_box(_latest_list())) == []


def test_a_latest_list_with_short_headlines_and_thumbnails_is_not_a_thread() -> None:
    # a headline of three words reads as a name line and a thumbnail as an avatar: what keeps the
    # box out is that its only text of its own is the time, no unit says anything beside its link
    heads = ["Cranes start tonight", "Museum reopens", "Ferry fares rise", "Market moves"]
    box = "<ul>" + "".join(
        f'<li><img src="/t/{i}.jpg" width="80" height="60"><a href="/news/2024/05/s-{i}.html">{head}</a>'
        f'<span>{i + 1} h</span><a href="#share-{i}">Share</a></li>' for i, head in enumerate(heads)) + "</ul>"
    assert thread_containers(_box(box)) == []


def test_a_recent_posts_box_whose_only_loose_text_is_its_dates_is_not_a_thread() -> None:
    # a thumbnail (an avatar's size), a linked headline and a date line under it: the date is no
    # text of the unit's own, so the units say nothing and are no comments
    heads = ["Harbour board names a new chair", "Ferry fares rise in June", "Quay cranes pass a safety test"]
    box = "<ul>" + "".join(
        f'<li><a href="/2024/05/{i}/s.html"><img src="/t/{i}.jpg" width="75" height="50"></a>'
        f'<a href="/2024/05/{i}/s.html">{head}</a> <br><small>May {20 - i}, 2024</small> <br></li>'
        for i, head in enumerate(heads)) + "</ul>"
    assert thread_containers(_box(box)) == []


def test_a_question_and_answer_interview_is_not_a_thread() -> None:
    # speakers' names and their words, no date: a comment has its date
    turns = "".join(
        f'<div class="qa"><img src="/p/{i}.jpg" width="48" height="48"><b>{("Harbour Review", "Ines Caldwell")[i % 2]}'
        f'</b><p>We asked about the night shifts and the floodlights over the quay, question {i}.</p>'
        f'<a href="#q{i}">Link</a></div>' for i in range(6))
    assert thread_containers(_box(f"<div>{turns}</div>")) == []


def test_a_live_blogs_dated_entries_without_headlines_are_not_comments() -> None:
    # the entries ARE the article: a time and a text each, and either no name or the same reporter's
    anonymous = "".join(
        f'<div class="post"><time>2{i}:0{i}</time><p>The second crane has now lifted its {i}th container of '
        f'the night.</p><button>Share</button></div>' for i in range(4))
    assert thread_containers(_box(f"<div>{anonymous}</div>")) == []
    signed = "".join(
        f'<div class="post"><img src="/r/dana.jpg" width="40" height="40"><span>Dana Whitfield</span>'
        f'<time>2{i}:0{i}</time><p>The second crane has now lifted its {i}th container of the night.</p>'
        f'<button>Share</button></div>' for i in range(5))
    assert thread_containers(_box(f"<div>{signed}</div>")) == []


def test_a_timeline_in_the_body_is_not_a_thread() -> None:
    # a year on a line of its own and a text, but no name and no avatar beside it
    events = [("1962", "The first quay crane is built by the harbour board's own yard."),
              ("1978", "A second quay opens to the south, with two cranes of its own."),
              ("1995", "The old cranes are replaced by electric ones bought from abroad."),
              ("2024", "Night shifts are agreed between the authority and the union.")]
    items = "".join(f"<li><strong>{year}</strong><p>{text}</p></li>" for year, text in events)
    assert thread_containers(_box(f"<ul class='timeline'>{items}</ul>")) == []


@pytest.mark.parametrize(("names", "ago", "reply", "text"), [
    (["Marin", "C. Dubois", "goeland44"], "il y a {n} jours", "Répondre",
     "Enfin des équipes de nuit sur le quai, il était temps, message {n}."),
    (["港の猫", "佐藤", "kamome"], "{n}時間前", "返信",
     "夜間のクレーン作業がやっと始まるのは良いことだと思います、{n}。"),
])
def test_a_bare_thread_in_other_languages_and_scripts_is_one(names: list[str], ago: str, reply: str,
                                                             text: str) -> None:
    # a name, a relative time, a text and a reply control of any wording, no class word
    items = "".join(
        f'<div class="u"><span>{name}</span><span>{ago.format(n=n + 2)}</span><p>{text.format(n=n)}</p>'
        f'<a href="javascript:void(0)">{reply}</a></div>' for n, name in enumerate(names))
    found = thread_containers(_box(f"<section>{items}</section>"))
    assert [hint for _el, hint in found] == ["comment-thread:units=3+control"]


# --- the detector started from the page scan's walk (stop 52), only under named sections (stop 53) ---

def _scanned(page: str) -> tuple[lxml.html.HtmlElement, PageElements]:
    """A page parsed as the HTML stage parses it, its <body>, and what the page scan gathered on it."""
    tree = lxml.html.document_fromstring(page)
    scan = scan_page(tree, hint_pool=True)
    return tree.body, PageElements(scan.elements, scan.thread_marks)


def _positions(root: lxml.html.HtmlElement, found: list[tuple[lxml.html.HtmlElement, str]]) -> list[tuple[int, str]]:
    order = {el: i for i, el in enumerate(root.iter())}
    return [(order[el], hint) for el, hint in found]


@pytest.mark.parametrize(("inside", "thread"), [(_named(_bare_thread(4)), True), (_wordpress_thread(3), True),
                                               (_latest_list(), False), ("", False)])
def test_the_scans_marks_find_what_a_walk_for_them_finds(inside: str, thread: bool) -> None:
    # a comment-reply script in the head: a mark outside the body, climbing to nothing under it
    page = _page(inside).replace("</head>", "<script id='comment-reply-js' src='/r.js'></script></head>")
    body, scanned = _scanned(page)
    assert _positions(body, gated_threads(body, scanned)) == _positions(body, gated_threads(body))
    assert bool(gated_threads(body, scanned)) is thread


def test_a_bare_thread_under_no_named_section_is_not_looked_for() -> None:
    # the trade the gate makes: the shape alone finds it, the content stage does not look there
    body, scanned = _scanned(_page(_bare_thread(4)))
    assert thread_containers(body) and scanned.marks == [] and gated_threads(body, scanned) == []
    article = newsgrab.extract(_page(_bare_thread(4)), url=PAGE)
    assert not any(r.category == "comments" for r in article.removed)


def test_the_scan_marks_comment_sections_by_class_and_id_also_on_its_metadata_hits() -> None:
    page = ("<html><head><script id='comment-reply-js'></script></head><body><article><h1>Quay</h1><p>Text.</p>"
            "<a class='comments-link' rel='nofollow' href='#respond'>3</a></article>"
            "<div id='disqus_thread'></div><div class='KommentarBox' itemprop='comment'>x</div>"
            "<time class='reply-date'>May 2</time><div class='article-body'>y</div><div id='story'>z</div>"
            "</body></html>")
    scan = scan_page(lxml.html.document_fromstring(page), hint_pool=True)
    # a script holds no section, and the walk reads no script's class or id
    assert [el.get("class") or el.get("id") for el in scan.thread_marks] == [
        "comments-link", "disqus_thread", "KommentarBox", "reply-date"]


def test_the_detector_reads_only_the_outermost_named_sections_under_the_body() -> None:
    page = _page(f"<div id='comments'>{_wordpress_thread(3)}</div><p class='comment-count'>3</p>")
    page = page.replace("</head>", "<script id='comment-reply-js'></script></head>")
    body, scanned = _scanned(page)
    assert [el.get("id") or el.get("class") for el in section_roots(body, scanned.marks)] == [
        "comments", "comment-count"]


def test_dated_children_of_different_kinds_are_no_thread_and_their_units_are_not_read() -> None:
    # a page's sections: a dated header beside a dated footer, and a dated pair made alike
    sections = lxml.html.fromstring("<div><header>May 14, 2024</header><main><p>Text of the page.</p></main>"
                                    "<footer>Updated 09:12</footer></div>")
    assert not _repeats(set(sections.iterchildren("header", "footer")))
    pair = lxml.html.fromstring("<ul><li class='c odd'>May 1</li><li class='c even'>May 2</li></ul>")
    assert _repeats(set(pair))


def test_a_retry_on_the_same_markup_parsed_again_has_the_first_attempts_threads() -> None:
    page = _page(_named(_bare_thread(4)))
    body, scanned = _scanned(page)
    found = gated_threads(body, scanned)
    fresh = lxml.html.document_fromstring(page)
    again = threads_again(found, scanned.elements, fresh)
    assert _positions(fresh, again) == _positions(body.getroottree().getroot(), found)
    assert [el.get("class") for el, _hint in again] == ["x0"] and again[0][0].getroottree().getroot() is fresh
    assert threads_again([], scanned.elements, fresh) == []
