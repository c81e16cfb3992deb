"""Markdown links that html2text and markdownify spread over several lines, put back on one line."""

from __future__ import annotations

from newsgrab.text.blocks import parse_text
from newsgrab.text.inline import convert_inline
from newsgrab.text.markup import join_split_links


def _joined(text: str) -> list[str]:
    return [line for line in join_split_links(text.split("\n")) if line]


def test_a_share_bar_of_icon_links_wrapped_over_many_lines_is_read_link_by_link() -> None:
    # html2text: each link holds an icon image, and both URLs wrap at hyphens: five lines a link
    text = (
        "[\n"
        "![Icon Google Plus](https://cdn.example/themes/magazine/img/icons/icon-\n"
        "google.png)\n"
        "](https://plus.example/share?url=https://news.example/2019/11/20/solar-\n"
        "costs/) [\n"
        "![Icon WhatsApp](https://cdn.example/themes/magazine/img/icons/icon-\n"
        "whatsapp.png)\n"
        "](whatsapp://send?text=https://news.example/2019/11/20/solar-costs/)"
    )
    lines = _joined(text)
    assert len(lines) == 1
    inline = convert_inline(lines[0], base=None)
    assert inline.text == ""  # icons without words: no markup is left over as text
    assert [media.url for media in inline.media] == [
        "https://cdn.example/themes/magazine/img/icons/icon-google.png",
        "https://cdn.example/themes/magazine/img/icons/icon-whatsapp.png"]


def test_a_link_title_wrapped_onto_its_own_line_stays_the_title() -> None:
    text = (
        "[ Source: Defence Ministry, October 25, 2019\n"
        "](https://ministry.example/news/more.htm?id=12258560@egNews\n"
        '"Source: Defence Ministry, October 25, 2019")'
    )
    inline = convert_inline(_joined(text)[0], base=None)
    assert inline.text == "Source: Defence Ministry, October 25, 2019"
    assert [link.url for link in inline.links] == ["https://ministry.example/news/more.htm?id=12258560@egNews"]


def test_a_paragraph_of_wrapped_links_keeps_its_sentences() -> None:
    text = (
        "The earbuds dropped to an all-time low, and the [Wireless Charging\n"
        "Case](https://shop.example/Wireless-Charging-\n"
        "Case/dp/B07PYLT6DN?tag=x-20) is down to $164.99. Even the brand\n"
        "new [Earbuds Pro](https://shop.example/Earbuds-\n"
        "Pro/dp/B07ZPC9QD4?tag=x-20) are discounted right now! [Smart\n"
        "Watches](https://shop.example/Watch-GPS-38mm-Space-\n"
        "Aluminium/dp/B07K37HKT8?tag=x-20) start at $169.99, and a [Phone\n"
        "Seven](https://shop.example/Phone-\n"
        "Seven/dp/B01N9YOF3R?tag=x-20) costs $199.\n"
    )
    body = parse_text(text).blocks
    assert [b.text for b in body] == [
        "The earbuds dropped to an all-time low, and the Wireless Charging Case is down to $164.99. "
        "Even the brand new Earbuds Pro are discounted right now! Smart Watches start at $169.99, and a Phone "
        "Seven costs $199."]


def test_a_bracket_that_never_closes_joins_nothing_however_many_links_follow() -> None:
    lines = ["[Editor's picks", *(f"* [Story number {n}](/story/{n})" for n in range(12)), "", "A paragraph."]
    assert join_split_links(lines) == lines


def test_a_labelled_link_to_a_video_or_audio_file_is_media_as_in_html_and_keeps_its_words() -> None:
    # the HTML path takes <a href="...mp4">words</a> as media (media.elements._media_link); a
    # converter prints that anchor as a markdown link, so the text path does the same
    inline = convert_inline("Watch [the full interview](https://cdn.example/video/2021/interview.mp4) here.")
    assert inline.text == "Watch the full interview here."
    assert [(m.kind, m.url) for m in inline.media] == [("video", "https://cdn.example/video/2021/interview.mp4")]
    audio = convert_inline("[Listen to the episode](https://cdn.example/pod/ep12.mp3)")
    assert [(m.kind, m.url) for m in audio.media] == [("audio", "https://cdn.example/pod/ep12.mp3")]


def test_a_labelled_link_to_a_page_or_a_picture_is_no_media() -> None:
    # a link to an article or to an image file is a link (the HTML path does not take <a href=x.jpg> either)
    for target in ("https://news.example/2021/07/09/afghan-army", "https://cdn.example/photos/full.jpg"):
        inline = convert_inline(f"See [this page]({target}) for more.")
        assert inline.media == []
        assert [link.url for link in inline.links] == [target]
