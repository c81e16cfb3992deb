"""A comment section after the story, opened by its heading (newsgrab/clean/commentsection.py): invented
pages of several comment systems and languages where it fires, and the stories where it must not."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.clean.commentsection import is_comment_heading
from newsgrab.data import load_toml

STORY = "".join(
    f"<p>Paragraph {n} of the report says the harbour crane was repaired on day {n} and that the boats "
    f"went back out the same evening, which the fishermen had waited for since the storm.</p>" for n in range(1, 6))
STORY_TEXT = "\n\n".join(
    f"Paragraph {n} of the report says the harbour crane was repaired on day {n} and that the boats went back "
    f"out the same evening, which the fishermen had waited for since the storm." for n in range(1, 6))


def _page(tail: str, head: str = "") -> str:
    return ("<html><head><title>The Crane Is Fixed</title></head><body><article><h1>The Crane Is Fixed</h1>"
            f"<p class='byline'>By Mara Lind{head}</p>{STORY}{tail}</article></body></html>")


def _removed(html: str, kind: str = "html") -> dict[str, str]:
    return {removal.text: removal.rule for removal in newsgrab.extract(html, kind=kind).removed}


def _body(html: str, kind: str = "html") -> str:
    return newsgrab.extract(html, kind=kind).body


@pytest.mark.parametrize("language", sorted(load_toml("comment_headings.toml")))
def test_every_language_heading_example_is_a_heading_and_its_hard_negative_is_not(language: str) -> None:
    entry = load_toml("comment_headings.toml")[language]
    assert is_comment_heading(entry["example"])
    assert not is_comment_heading(entry["hard_negative"])


@pytest.mark.parametrize("heading", ["12 comments", "Responses (4)", "3 Kommentare", "One thought on “The Crane”",
                                     "4 Responses to \"The Crane Is Fixed\"", "Comments: 7", "评论 (12)",
                                     "2件のコメント", "댓글 3", "Комментарии (8)", "Kommentare"])
def test_a_count_and_the_word_for_comments_is_a_heading(heading: str) -> None:
    assert is_comment_heading(heading)


@pytest.mark.parametrize("line", ["12 comments on the plan were received by the council before the vote.",
                                  "3 responses to the housing crisis",
                                  "Readers sent 12 comments", "The comments of the minister",
                                  "Comments from the mayor on the new quay and what it will cost the island's ferries"])
def test_a_sentence_or_a_phrase_about_comments_is_no_heading(line: str) -> None:
    assert not is_comment_heading(line)


WORDPRESS = ("<h3>12 thoughts on “The Crane Is Fixed”</h3><ol><li><p>Tom Reed says:</p><p>March 3, 2024 at 9:12 am</p>"
             "<p>Great news for the island, the boats were stuck in the harbour for weeks and everyone worried.</p>"
             "<p>Reply</p></li><li><p>Ann Ross says:</p><p>March 4, 2024 at 7:40 pm</p>"
             "<p>Took them long enough, the crane had been broken since the winter storm and nobody came.</p>"
             "<p>Reply</p></li></ol><h3>Leave a Reply</h3><p>Your email address will not be published.</p>")
GERMAN = ("<h2>3 Kommentare</h2><p>Gerd M.</p><p>12. März 2024 um 14:02</p>"
          "<p>Endlich ist der Kran repariert, das hat ja lange gedauert mit der Reparatur im Hafen von Lindholm.</p>"
          "<p>Antworten</p><p>Ina K.</p><p>vor 3 Stunden</p>"
          "<p>Die Fischer haben wochenlang gewartet, und niemand von der Stadt hat sich gemeldet, unglaublich.</p>")
FRENCH = ("<h2>Réactions (2)</h2><p>Jean D.</p><p>le 3 mars 2024 à 9h12</p>"
          "<p>Bonne nouvelle pour l'île, les bateaux étaient bloqués depuis des semaines dans le port.</p>")


@pytest.mark.parametrize("tail", [WORDPRESS, GERMAN, FRENCH])
def test_a_comment_section_under_its_heading_goes_whole(tail: str) -> None:
    removed = _removed(_page(tail))
    body = _body(_page(tail))
    assert "Paragraph 5 of the report" in body
    assert not any(word in body for word in ("Great news", "Endlich", "Bonne nouvelle", "Fischer"))
    assert any(rule.startswith("structure.comment-section") for rule in removed.values())


def test_a_comment_section_in_a_text_dump_goes_too() -> None:
    text = (f"The Crane Is Fixed\n\n{STORY_TEXT}\n\n5 Comments\n\nTom Reed\n\nMarch 3, 2024 at 9:12 am\n\n"
            "Great news for the island, the boats were stuck in the harbour for weeks and everyone worried.\n\n"
            "Reply\n")
    body = _body(text, kind="text")
    assert "Paragraph 5 of the report" in body
    assert "Great news for the island" not in body


def test_a_story_section_called_comments_without_dated_entries_stays() -> None:
    tail = ("<h3>Comments</h3><p>The harbour master said the repair had been planned for a year and that the "
            "crane would be inspected again in the spring, when the ferries return.</p>")
    body = _body(_page(tail))
    assert "The harbour master said the repair" in body


def test_a_story_quoting_a_readers_comment_and_a_dated_timeline_stay() -> None:
    tail = ("<p>One reader, Tom Reed, commented on our site: the boats were stuck in the harbour for weeks and "
            "everyone was worried about the winter catch.</p><h3>Timeline</h3><ul><li>March 1, 2024</li>"
            "<li>The crane breaks down during the storm and the harbour closes for the fishing fleet.</li>"
            "<li>March 3, 2024</li><li>The repair crew arrives on the morning ferry from the mainland.</li></ul>")
    body = _body(_page(tail))
    assert "One reader, Tom Reed, commented" in body
    assert "The repair crew arrives" in body


def test_a_count_of_comments_in_the_byline_opens_no_section_above_the_story() -> None:
    html = _page("", head=" | 12 comments").replace("<p>Paragraph 1", "<p>March 3, 2024</p><p>Paragraph 1")
    body = _body(html)
    assert all(f"Paragraph {n} of the report" in body for n in range(1, 6))
