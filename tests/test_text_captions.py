"""A photo's alt text and caption, printed one under the other by lynx and w3m, are not article text."""

from __future__ import annotations

from newsgrab.text.blocks import parse_text

_STORY = (
    "The outer harbour reopened on Thursday after three days of repairs to the crane on the north "
    "quay, and by seven o'clock the first boats were queuing at the slipway.\n\n"
    "{middle}"
    "Fishermen said the delay had cost them most of a week's catch, though the council promised to "
    "look again at the compensation scheme before the end of the month.\n\n"
    "The harbour master said the north quay would stay closed to lorries until the spring.\n"
)


def _body(middle: str) -> list[str]:
    return [block.text for block in parse_text(_STORY.format(middle=middle)).blocks]


def test_a_caption_printed_twice_in_a_row_leaves_the_body() -> None:
    caption = "An artist's concept of the new crane on the north quay, seen from the slipway."
    body = _body(f"{caption}\n\n{caption}\n\n")
    assert caption not in body
    assert len(body) == 3 and body[0].startswith("The outer harbour")


def test_a_video_caption_printed_twice_with_a_photo_between_leaves_the_body() -> None:
    caption = "Video: In this talk the harbour master explains how the crane is repaired."
    body = _body(f"{caption}\n\n![crane](https://img.example/crane.jpg)\n\n{caption}\n\n")
    assert caption not in body


def test_a_sentence_repeated_further_apart_or_a_short_line_twice_stays() -> None:
    question = "What made you start cooking for other people?"
    body = _body(f"{question}\n\nMy grandmother, mostly, and a lot of practice.\n\n{question}\n\n"
                 "Hear, hear!\n\nHear, hear!\n\n")
    assert body.count(question) == 2
    assert body.count("Hear, hear!") == 2


def test_a_caption_printed_again_with_its_credit_in_parentheses_leaves_the_body() -> None:
    caption = "The slow simulated drift of a harbour sandbank, with deep water shown in blue."
    body = _body(f"{caption}\n\n{caption} (Image credit: Harbour Simulation Collaboration)\n\n")
    assert not any(text.startswith("The slow simulated drift") for text in body)


def test_a_paragraph_that_opens_with_the_subheading_above_it_stays() -> None:
    body = _body("The council's decision on the quay\n\n"
                 "The council's decision on the quay (taken late on Tuesday) surprised the fishermen, "
                 "who had expected another month of delays.\n\n")
    assert "The council's decision on the quay" in body
    assert any(text.startswith("The council's decision on the quay (taken") for text in body)


def test_lynx_image_file_names_in_brackets_are_not_text() -> None:
    body = _body("[netgearr6700.jpg?width=640&amp;fit=bounds&amp;height=480&amp;quality=2 0&amp;dpr=0.05] "
                 "Clip the coupon on the product page before the price goes back up.\n\n"
                 "[https://cdn.example/video/20191119/harbour1119_167x94.jpg] The crane was lifted "
                 "back onto the quay on Wednesday morning.\n\n")
    assert "Clip the coupon on the product page before the price goes back up." in body
    assert "The crane was lifted back onto the quay on Wednesday morning." in body
    assert not any(".jpg" in text for text in body)


def test_a_bracketed_word_or_a_link_labelled_with_a_file_name_stays_text() -> None:
    body = _body("Officials said the [Syrian] forces had left the camp before the talks began.\n\n"
                 "The full report is in [report-2019.pdf](https://council.example/report-2019.pdf) and "
                 "the map in [quay-map.png](https://council.example/quay-map.png).\n\n")
    assert "Officials said the [Syrian] forces had left the camp before the talks began." in body
    assert "The full report is in report-2019.pdf and the map in quay-map.png." in body


_MENU = "\n".join(f"  * [{w}](/{w.lower()}/)" for w in
                  ("Home", "News", "Local", "Region", "Business", "Sport", "Weather", "Culture", "Opinion"))
_ARTICLE = _STORY.format(middle="")


def test_the_headline_printed_a_second_time_is_not_in_the_body() -> None:
    # markdownify: the <title> line first, the page's heading again a few lines down
    page = ("Fishermen Return to the Outer Harbour\n\nBack to the overview\n\nBy Lena Moravec\n\n"
            f"Fishermen Return to the Outer Harbour\n\n{_ARTICLE}")
    doc = parse_text(page)
    assert doc.metadata.title == "Fishermen Return to the Outer Harbour"
    assert "Fishermen Return to the Outer Harbour" not in [block.text for block in doc.blocks]
    # lynx: the headline again under a gallery inside the story
    first, rest = _ARTICLE.split("\n\n", 1)
    page = (f"{_MENU}\n\n# Fishermen Return to the Outer Harbour\n\nBy Lena Moravec\n\n{first}\n\n"
            f"Image 1 of 5\n\nFishermen Return to the Outer Harbour\n\n{rest}")
    doc = parse_text(page)
    assert doc.metadata.title == "Fishermen Return to the Outer Harbour"
    assert "Fishermen Return to the Outer Harbour" not in [block.text for block in doc.blocks]


def test_a_paragraph_that_only_holds_the_headline_words_stays() -> None:
    page = (f"{_MENU}\n\n# Fishermen Return to the Outer Harbour\n\nBy Lena Moravec\n\n{_ARTICLE}\n"
            "Fishermen return to the outer harbour, and the town goes back to work.\n")
    texts = [block.text for block in parse_text(page).blocks]
    assert texts[-1] == "Fishermen return to the outer harbour, and the town goes back to work."


def test_a_text_that_is_one_paragraph_printed_over_and_over_keeps_it() -> None:
    # a test page that repeats its one paragraph: with no other prose, the copies are the article
    paragraph = ("The harbour master said the north quay would stay closed to lorries until the spring, "
                 "when the new crane is due to arrive.")
    body = [block.text for block in parse_text(f"Harbour news\n\n{paragraph}\n\n{paragraph}\n\n").blocks]
    assert body.count(paragraph) == 2


def test_a_caption_printed_twice_beside_an_article_still_leaves_when_copies_are_kept_elsewhere() -> None:
    # the safety net needs the body to lose all its prose: here the story's paragraphs stay, the caption goes
    caption = "An artist's concept of the new crane on the north quay, seen from the slipway."
    body = _body(f"{caption}\n\n{caption}\n\n")
    assert caption not in body and any(text.startswith("Fishermen said") for text in body)
