"""bench/notice_lost_cues.py's pure part: the family a text miss falls in, from the HTML path's verdict."""

from __future__ import annotations

from bench.notice_lost_cues import _MISS_RE, family


def test_a_notice_the_html_path_misses_too_lost_nothing_in_conversion() -> None:
    assert family("kept") == "html keeps it too"
    assert family("?") == "html never hands it on"


def test_a_rule_or_a_shape_of_the_html_path_is_markup_the_converter_dropped() -> None:
    assert family("related structure.related-run") == "html rule or structure"
    assert family("syndication syndication.print-issue") == "html rule or structure"


def test_the_score_family_names_the_cues_a_conversion_can_lose() -> None:
    assert family("follow score:after-body+imperative+link-share+shortness") == "html score: link-share+after-body"
    # a product of cues names a losable cue too
    assert family("contact score:self-reference*call-to-action+after-body*shortness") == "html score: after-body"
    assert family("newsletter score:reader-address*call-to-action+shortness") == "html score: words only"


def test_a_miss_line_as_notice_converted_writes_it_is_read_and_a_lost_body_line_is_not() -> None:
    line = ("MISS tune:B lynx harbour.example meta/goose3/content__test_harbour [follow] -> kept "
            "(html: follow score:after-body+link-share): 'Follow the Harbour Post on Mastodon!'")
    found = _MISS_RE.match(line)
    assert found is not None
    assert found.groups()[:5] == ("tune:B", "lynx", "harbour.example", "meta/goose3/content__test_harbour", "follow")
    assert found.group(7) == "follow score:after-body+link-share"
    assert _MISS_RE.match(line.replace("MISS", "LOST", 1)) is None
