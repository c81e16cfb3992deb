"""The text path's pictures by their URL: a scheme-relative address gets https, a reader service's
"URL Source:" is the base of relative ones, and a tracker's pixel, a logo or a blank is no picture.

Invented samples; each mechanism is tested where it fires and where it must not.
"""

from __future__ import annotations

import newsgrab
from newsgrab.media.classify import is_placeholder_url, is_stray_image_url
from newsgrab.text.inline import convert_inline, media_url, real_url

STORY = (
    "The ferries that link the islands to the mainland ran again on Sunday, three days after the storm"
    " closed the harbour and left two piers under water.\n\nCrews worked through the night to clear the"
    " slipways, and the first boat left at seven with a full deck of cars and a queue of foot passengers"
    " behind it.\n\nThe harbour master said the timetable would be back to normal by Wednesday if the wind"
    " keeps dropping as forecast.\n"
)


def test_a_scheme_relative_picture_gets_https_whatever_the_base() -> None:
    assert media_url("//cdn.example.org/2024/03/ferries.jpg", None) == "https://cdn.example.org/2024/03/ferries.jpg"
    assert media_url("//cdn.example.org/a.jpg", "http://news.example.org/x") == "https://cdn.example.org/a.jpg"
    inline = convert_inline("![Ferries at the quay](//cdn.example.org/2024/03/ferries.jpg)")
    assert [item.url for item in inline.media] == ["https://cdn.example.org/2024/03/ferries.jpg"]
    assert inline.text == ""


def test_a_scheme_relative_link_is_left_to_the_base() -> None:
    # a link's host votes for the dump's own site (text/site.py): no base, no link, as before
    assert real_url("//go.vendor.example/fwlink/?id=1", None) is None
    assert convert_inline("[Ad choices](//go.vendor.example/fwlink/?id=1)").links == []
    assert media_url("/img/ferries.jpg", None) is None  # a path with no base is still nothing


def test_stray_images_by_url() -> None:
    assert is_stray_image_url("https://stats.wp.com/g.gif?blog=1&v=ext")  # a pixel host (data: [filters])
    assert is_stray_image_url("https://secure-uk.imrworldwide.com/cgi-bin/m?ci=uk-000&cg=0")
    assert is_stray_image_url("https://newsroom.sc.omtrdc.net/b/ss/newsroomprod/1/H.27/s123")
    assert not is_stray_image_url("https://imrworldwide-photos.example.org/2024/quay.jpg")  # the name, not the host
    assert is_stray_image_url("https://news.example.org/assets/img/site-logo.png")  # furniture in the path
    assert is_stray_image_url("https://news.example.org/assets/img/blank.gif")  # a placeholder
    assert is_placeholder_url("https://news.example.org/assets/spacer_1x1.gif")
    assert not is_stray_image_url("https://cdn.example.org/2024/03/ferries-at-the-quay.jpg")
    assert not is_stray_image_url("https://cdn.example.org/photos/adelaide-harbour.jpg")  # "ad" is a word, not a part
    assert not is_placeholder_url("https://cdn.example.org/photos/blanket-bog-walk.jpg")


def _dump(head: str) -> str:
    return head + "# Harbour ferries return after the storm\n\n![Ferries at the quay](/img/ferries.jpg)\n\n" + STORY


def test_a_reader_service_url_source_is_the_base_of_relative_pictures() -> None:
    reader = (
        "Title: Harbour ferries return after the storm\n\nURL Source: https://news.example.org/2024/03/ferries\n\n"
        "Markdown Content:\n"
    )
    article = newsgrab.extract(_dump(reader).encode(), kind="text")
    assert [item.url for item in article.media] == ["https://news.example.org/img/ferries.jpg"]
    assert article.url == "https://news.example.org/2024/03/ferries"
    # without the block, a relative picture has no address: no media, and no text either
    plain = newsgrab.extract(_dump("").encode(), kind="text")
    assert plain.media == []
    assert "ferries.jpg" not in plain.body and "Ferries at the quay" not in plain.body


def test_pixels_and_logos_leave_media_but_not_the_body() -> None:
    text = (
        "![](//stats.wp.com/g.gif?blog=1)\n\n![Harbour News](https://news.example.org/img/site-logo.png)\n\n"
        "# Harbour ferries return after the storm\n\n"
        "![Ferries at the quay](//cdn.example.org/2024/03/ferries.jpg)\n\n"
        + STORY
        + "\n![](https://news.example.org/img/blank.gif)\n"
    )
    article = newsgrab.extract(text.encode(), kind="text")
    assert [item.url for item in article.media] == ["https://cdn.example.org/2024/03/ferries.jpg"]
    assert article.body == STORY.strip()
