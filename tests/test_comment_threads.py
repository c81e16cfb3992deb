"""Readers' comment threads by the DOM's shape (newsgrab/html/threads.py): a box whose children repeat
one unit, each a name (or an avatar), a date and a text of its own, is a thread, with its markup
words after two comments, by its shape alone after three with a control or an avatar in each. A
live blog's entries (headlines), a reference list (dates and fragment links set into prose), an
interview's turns (two names taking turns) and two bare comments are not. Inside the article region
its blocks go as `structure.comments:<cues>`; a thread that is most of the region (a forum's page)
stays. All samples are invented."""

from __future__ import annotations

import lxml.html
import pytest

import newsgrab
from newsgrab.clean.threads import thread_blocks
from newsgrab.data import load_toml
from newsgrab.html.threads import _marked, thread_containers, thread_cues
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


def test_only_blocks_the_html_stage_marked_go() -> None:
    blocks = [Block(kind="p", text="Body."), Block(kind="p", text="A comment.", hints=("comment-thread:units=3",)),
              Block(kind="p", text="A button.", hints=("control",))]
    assert thread_blocks(blocks) == {1: ("structure.comments:units=3", "comments")}


def _page(inside: str) -> str:
    return (f"<html><head><title>Quay cranes to work at night</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>Quay cranes to work at night</h1>{ARTICLE}{inside}</article>"
            f"<footer>Harbour Example</footer></body></html>")


@pytest.mark.parametrize("thread", [_bare_thread(4), _wordpress_thread(3)])
def test_a_thread_inside_the_article_region_goes_and_the_article_stays(thread: str) -> None:
    article = newsgrab.extract(_page(thread), url=PAGE)
    assert "Beitrag" not in article.body and "comment number" not in article.body
    assert all(opening in article.body for opening in ("The port authority said", "Night shifts will be paid",
                                                       "Residents of the streets", "The first ship to be"))


def test_the_bare_threads_comments_go_by_their_shape_with_the_cues() -> None:
    # a marked thread never reaches the pass (the content stage prunes its class words); a bare one does
    article = newsgrab.extract(_page(_bare_thread(4)), url=PAGE)
    comments = [r for r in article.removed if r.category == "comments"]
    assert len(comments) == 12  # each comment's name, time and text, whatever else reads them (the score)
    assert {r.rule for r in comments} == {"structure.comments:units=4+avatar+control"}
    assert all(opening in article.body for opening in ("The port authority said", "Night shifts will be paid",
                                                       "Residents of the streets", "The first ship to be"))


def test_a_thread_that_is_most_of_the_region_stays() -> None:
    # a forum's page: the posts are the page's matter, not comments under an article
    page = ("<html><head><title>Night shifts?</title></head><body><div class='forum'><h1>Night shifts?</h1>"
            f"{_bare_thread(4)}</div></body></html>")
    article = newsgrab.extract(page, url=PAGE)
    assert not any(r.rule.startswith("structure.comments") for r in article.removed)
