"""HTML or text: a converter's dump that quotes a little raw markup is still text."""

from __future__ import annotations

import newsgrab
from newsgrab.read.sniff import sniff_kind

_DUMP = "\n".join([
    "Harbour council approves the new ferry timetable - Portside Gazette",
    "",
    "* [News](https://portside.example/news/)",
    "* [Sport](https://portside.example/sport/)",
    "",
    "Harbour council approves the new ferry timetable",
    "================================================",
    "",
    # markdownify copies a <noscript> tracking pixel through as it stands
    '<div style="position:absolute;"><img width=1 height=1 alt="" src="https://px.example/b?P=1"></div>',
    "",
    *[f"The council voted on the timetable for the {n}th time on Tuesday, and the ferries will run every"
      " half hour from March, the harbour master said after the meeting." for n in range(4, 14)],
    "",
    "<p>Code sample from the article: <em>escaped</em> markup printed by the converter</p>",
    "",
    "Share this story: [Facebook](https://facebook.example/share) [X](https://x.example/share)",
])


def test_a_converter_dump_with_a_few_raw_tags_on_few_lines_is_text() -> None:
    kind, reason = sniff_kind(_DUMP)
    assert kind == "text", reason
    article = newsgrab.extract(_DUMP)  # kind="auto"
    assert article.input.kind == "text"
    assert article.title == "Harbour council approves the new ferry timetable"


def test_an_html_fragment_without_a_root_element_is_html() -> None:
    fragment = "\n".join([
        "<h1>Harbour council approves the new ferry timetable</h1>",
        "<p class=\"byline\">By Ana Ruiz</p>",
        "<p>The council voted on the timetable on Tuesday, and the ferries will run every half hour.",
        "The harbour master said so after the meeting.</p>",
        "<p>Passengers had asked for later sailings for years.</p>",
    ])
    assert sniff_kind(fragment)[0] == "html"
    assert sniff_kind("<p>One.</p><p>Two.</p><p>Three.</p>")[0] == "html"  # all on one line


def test_autolinks_and_stray_angle_brackets_are_not_markup() -> None:
    text = "Read more at <https://portside.example/ferries>\n\nFares rise 3% < inflation, the council said."
    assert sniff_kind(text)[0] == "text"
