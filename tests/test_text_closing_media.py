"""A text that ends with its video's address, alone or under a label ("Watch: https://..."): the video
is the article's, found in `media` as one amid the text is. A closing address of a picture file on
another page's furniture list is not asked about here; a bare closing label still goes."""

from __future__ import annotations

import pytest

from newsgrab import extract

_STORY = (
    "Harbour Towns Brace For Record Tides\n\n"
    "The council of Port Elwyn postponed its vote on the new sea wall for the third time on Monday, leaving "
    "residents of the lower harbour to face the spring tides without the barrier engineers had promised.\n\n"
    "Engineers from the regional water board told the council that this year's spring tides will be the "
    "highest in four decades, and that the old wall at the harbour mouth has cracked in two places.\n\n"
)
_VIDEO = "https://www.bitchute.com/video/kD3h2xTzQw1P/"


@pytest.mark.parametrize("last", [_VIDEO, f"Watch: {_VIDEO}", "Rumble: https://rumble.com/v4abcd-harbour-tides.html"])
def test_a_closing_video_address_is_the_articles_media(last: str) -> None:
    media = extract(_STORY + last + "\n").media
    assert [m.kind for m in media] == ["video"]
    assert media[0].url in last


def test_a_closing_label_with_nothing_of_its_own_still_goes() -> None:
    article = extract(_STORY + "More about:\n")
    assert not article.body.endswith("More about:")
    assert [r.rule for r in article.removed] == ["structure.orphan-label"]


def test_a_rumble_watch_page_is_a_video_kept_as_written() -> None:
    from newsgrab.media.classify import host_for

    watch = "https://rumble.com/v4abcd-harbour-tides.html?e9s=src"
    host = host_for(watch)
    assert host is not None and host.recognises(watch)
    assert host.canonical_url(watch) == watch  # its id is not the player's: no embed address made up
    assert not host.recognises("https://rumble.com/c/HarbourRadio")  # a channel, no one video


def test_a_closing_label_with_only_an_icon_still_goes() -> None:
    article = extract(_STORY + "More about: ![tag](https://cdn.example.com/icons/tag.png)\n")
    assert not article.body.rstrip().endswith("More about:")
    assert [r.rule for r in article.removed] == ["structure.orphan-label"]
