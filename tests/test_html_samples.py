"""What each HTML sample is for: sentences its body must keep and chrome it must lose.

One case per layout family (samples/html-*.html). The full-JSON goldens live in tests/golden and are
checked by test_golden.py; these lists say what matters and survive harmless churn. The base URL of
each sample is read from its tests/golden/<slug>.checks.toml, as test_golden.py does.
"""

from __future__ import annotations

import tomllib

import pytest

import newsgrab
from tests.conftest import GOLDEN, SAMPLES

#: slug -> (must_contain, must_not_contain)
CASES: dict[str, tuple[list[str], list[str]]] = {
    "wordpress-share-bar": (
        ["voted 5–2 on Tuesday night", "What changes for drivers", "where the trucks go,” he said."],
        ["Share this:", "Facebook", "Related", "Parking study", "About time.", "Leave a Reply", "Recent Posts",
         "Sign up for our free", "We use cookies", "Posted in", "Dana Whitfield", "Skip to content",
         "Cyclists ride on the shoulder"],
    ),
    "drupal-node": (
        ["Starting March 16, the Eastgate", "New hours at a glance", "Central | 9 a.m. – 6 p.m. | 1 – 5 p.m.",
         "library branches page"],
        ["Release date", "Quick links", "Meeting agendas", "Skip to main content", "Government Center", "Home"],
    ),
    "ghost-post": (
        ["A year ago my partner and I signed the lease", "If the line is longer than the bus shelter",
         "Regulars are everything", "buy a second oven sooner"],
        ["4 min read", "Ines Carvalho", "Sign up for more like this", "Keeping a sourdough starter",
         "Powered by Ghost", "The deck oven, our one big purchase"],
    ),
    "substack-post": (
        ["Last month I took the sleeper from Vienna to Hamburg", "Who is on board",
         "It’s like a hostel that moves"],
        ["reader-supported publication", "Type your email", "Brussels sleeper", "Start Writing", "Sign in"],
    ),
    "medium-story": (
        ["For three years our team spent every second Monday", "Counting instead of guessing",
         "The hard part was never the number.", "poke holes in the plan"],
        ["6 min read", "Follow", "More from Priya Raman", "Retros that actually change", "Sign up"],
    ),
    "amp-article": (
        ["Port Ellis reached 104 degrees", "Check on your older neighbors"],
        ["Advertisement", "By Ken Mori", "Menu", "Terms"],
    ),
    "div-soup": (
        ["Growers in the upper valley say", "We ran the fans from midnight to seven both nights",
         "filling in the online form."],
        ["Frost damage lighter than feared in upper orchards", "Classifieds", "County Extension", "Most Read",
         "E-mail this story", "Copyright"],
    ),
    "table-layout": (
        ["The island ferry will add an early run", "This fixes that.", "5:40 a.m. | Harbor Point | 6:15 a.m."],
        ["Front Page", "Local News", "Print this story", "Copyright 2024", "Classifieds", "Boat slip for rent"],
    ),
    "comments-thread": (
        ["The county changed its recycling rules on January 1", "putting my pizza boxes in the trash."],
        ["Comments (3)", "greenthumb_44", "sorting plant tour", "Add a comment", "Most popular",
         "reader-funded newsroom", "By Omar Haddad"],
    ),
    "gallery-captions": (
        ["More than 20,000 people came to Founders Park", "Founders Park playground fund."],
        ["The crowd at the main stage", "1 of 4", "Previous", "More photo galleries", "Photos by Jun Park"],
    ),
    "live-blog": (
        ["About 45,000 homes are without power", "Engineers have reconnected about 12,000 homes",
         "Rail line to stay closed", "Strongest gust so far: 81mph at Great Dun Fell"],
        ["Share on X", "Share on Facebook", "Most read", "Council tax"],
    ),
    "paywall-teaser": (
        ["From the highway, the new Semicore plant", "all trying to guess how many families"],
        ["Subscribe to keep reading", "Already a subscriber", "$1 a week", "Data center plan", "By Grace Tanaka"],
    ),
    "split-by-ads": (
        ["Twelve school districts will move to a four-day week", "This lets us compete.",
         "before deciding whether to allow other districts to join."],
        ["Advertisement", "Get the Education Briefing", "Recommended", "Teacher pay bill", "Trending",
         "Published Sept. 9"],
    ),
    "multipage-teaser": (
        ["You do not need a week off", "1. Cedar Falls loop", "2. Miller Ridge overlook",
         "start early or come on a weekday."],
        ["Next page", "Tags:", "by Sam Ortega", "Trip reports", "Contact"],
    ),
    "list-heavy": (
        ["Two flashlights or headlamps and spare batteries for each",
         "Fill the car’s gas tank; gas stations need power to pump.",
         "Unplug electronics to protect them", "register with your utility now"],
        ["Related guides", "How to prevent frozen pipes", "reviewed by licensed contractors", "Tools"],
    ),
    "very-short": (
        ["Route 9 reopened in both directions near Fenwick"],
        ["School levy passes", "Tri-County News has covered", "Contact us", "Oct. 2, 2024"],
    ),
    "non-english": (
        ["Die Stadt will bis 2027 eine neue Brücke", "„Das ist die wichtigste Lücke in unserem Radnetz“",
         "Abstellplätze für Fahrräder am Bahnhof."],
        ["Wir verwenden Cookies", "Auf Facebook teilen", "Das könnte Sie auch interessieren", "Impressum",
         "Von Jonas Becker"],
    ),
    "no-article": ([], ["School levy passes", "Read more", "Older posts"]),
}


def _extract(slug: str) -> newsgrab.Article:
    checks = tomllib.loads((GOLDEN / f"html-{slug}.checks.toml").read_text(encoding="utf-8"))
    return newsgrab.extract_file(SAMPLES / f"html-{slug}.html", url=checks.get("url"))


def test_every_html_sample_has_a_case() -> None:
    slugs = {p.name.removeprefix("html-").removesuffix(".html") for p in SAMPLES.glob("html-*.html")}
    assert slugs == set(CASES)


@pytest.mark.parametrize("slug", sorted(CASES))
def test_sample_keeps_body_and_drops_chrome(slug: str) -> None:
    must, must_not = CASES[slug]
    body = _extract(slug).body
    for sentence in must:
        assert sentence in body, f"{slug}: lost {sentence!r}"
    for chrome in must_not:
        assert chrome not in body, f"{slug}: kept {chrome!r}"


def test_no_article_page_gives_no_body_and_a_warning() -> None:
    article = _extract("no-article")
    assert article.body == ""
    assert "no-article" in article.warnings


def test_links_are_absolute_and_stay_with_their_block() -> None:
    article = _extract("wordpress-share-bar")
    urls = [link.url for link in article.links]
    assert "https://millbrookledger.example/tag/old-mill-bridge/" in urls
    assert not any("share=" in url or url.startswith("#") for url in urls)


def test_gallery_images_stay_as_media_when_captions_go() -> None:
    article = _extract("gallery-captions")
    media = [m.url for m in article.media]
    assert "https://riversidetimes.example/img/festival-03.jpg" in media
    assert "Doris Keane, 81, wins" not in article.body


def test_structure_is_kept_for_markdown() -> None:
    kinds = [(b.kind, b.ordered) for b in _extract("list-heavy").blocks]
    assert ("h2", False) in kinds
    assert ("li", True) in kinds and ("li", False) in kinds
    table = [b for b in _extract("drupal-node").blocks if b.kind == "table"]
    assert table and table[0].text.splitlines()[0] == "Branch | Saturday | Sunday"
