"""A box of calls set into a text dump's article goes whole (clean/callbox.py): a call, the blurb that
sells it to the reader, a second call. The article's paragraph between two calls, a list of steps and a
teaser card's "Read more" stay. Every text is invented."""

from __future__ import annotations

import newsgrab

_BEFORE = [
    "The harbour board voted on Tuesday to close the north quay for repairs until the spring tides pass.",
    "Fishermen who moor there will use the old ferry berth, which the board cleared last week for the purpose.",
]
_AFTER = [
    "The repairs are expected to cost about two million, to be paid from the port's reserve fund this year.",
    "A spokeswoman said the quay would reopen in April if the weather allowed the divers to finish on time.",
    "Until then the ferry timetable stays as it is, and the night crossing keeps its usual berth at the pier.",
]
_HEADLINE = "# Harbour board closes the north quay"


def _extract(middle: list[str]) -> newsgrab.Article:
    text = "\n\n".join([_HEADLINE, *_BEFORE, *middle, *_AFTER])
    return newsgrab.extract(text.encode(), kind="text")


def test_a_newsletter_box_between_paragraphs_goes_whole() -> None:
    box = ["Sign up for The Tide Table",
           "Hi, I'm Jane Doe, the desk's night editor. Send me your questions and I'll send you the week's tides.",
           "Sign up via push alert"]
    article = _extract(box)
    for line in box:
        assert line not in article.body
    assert any(r.rule == "structure.call-box" and r.category == "newsletter" for r in article.removed)
    for paragraph in (*_BEFORE, *_AFTER):
        assert paragraph in article.body


def test_a_reported_paragraph_between_two_calls_stays() -> None:
    """The article's paragraph reports what someone said: no blurb, whatever calls stand around it."""
    reported = "You have to sign up before Friday, the harbour master told the fishermen at the meeting."
    article = _extract(["Sign up for The Tide Table", reported, "Subscribe"])
    assert reported in article.body
    assert not any(r.rule == "structure.call-box" for r in article.removed)


def test_a_list_of_steps_that_sound_like_calls_stays_the_articles() -> None:
    """A list's items are the article's steps, not a box: no call box is read in them."""
    steps = ["- Sign up for a harbour pass at the kiosk by the pier",
             "- If you already have a pass, show it to the ferry crew to board",
             "- Sign up for the season ticket using the same card as your pass"]
    article = _extract(steps)
    assert not any(r.rule == "structure.call-box" for r in article.removed)


def test_a_teaser_card_between_read_more_calls_is_no_call_box() -> None:
    """"Read more" opens another story's card (related reading), not a call to subscribe, donate or follow."""
    card = "Ever wondered why the tide table changes each spring? You are not alone in asking."
    article = _extract(["Read more", card, "Read more"])
    assert not any(r.rule == "structure.call-box" for r in article.removed)


def test_html_input_is_not_read() -> None:
    """An HTML page's box is one element the stage reads; its paragraphs carry no text origin."""
    html = ("<html><body><article><h1>Harbour board closes the north quay</h1>"
            + "".join(f"<p>{p}</p>" for p in _BEFORE)
            + "<p>Sign up for The Tide Table</p><p>Hi, I'm Jane Doe. I'll send you the week's tides.</p>"
            + "<p>Sign up via push alert</p>" + "".join(f"<p>{p}</p>" for p in _AFTER)
            + "</article></body></html>")
    article = newsgrab.extract(html.encode(), kind="html")
    assert not any(r.rule == "structure.call-box" for r in article.removed)
