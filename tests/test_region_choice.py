"""How the scoring climbs from its best candidate (`scoring._promote`), on pages written for these
tests: which near-best candidates vote for a shared ancestor, and which do not."""

from __future__ import annotations

from newsgrab.html import extract_html

RUN = ("The harbour board voted on Monday to rebuild the old pier before the summer season, after "
       "two winters of storms had closed its far end to walkers and anglers alike")


def _texts(html: str) -> list[str]:
    return [b.text for b in extract_html(html, "https://gazette.example/pier").blocks]


def _one_paragraph_story(runs: int) -> str:
    """A story of one <p> (its runs split by <br><br>) in a nest of wrappers that each wear a word
    of an article's container (main, content, story, article), between a source line and an update line,
    in a page frame with a sidebar and a box of offers below."""
    text = "<br><br>".join(f"{RUN}, part {n} of the story" for n in range(runs))
    return (
        "<html><head><title>Harbour board rebuilds the pier</title></head><body>"
        "<div id='main'><div id='content'><div class='story'><div class='article'>"
        "<div class='hd'><h1>Harbour board rebuilds the pier</h1>"
        "<p class='source'>Coast Gazette 9 March 18:45</p></div>"
        f"<div class='article-main'><div class='para'><p>{text}</p></div></div>"
        "<div class='ft'><p>Updated 9 March 18:45</p></div></div></div>"
        "<div id='right'><ul><li><a href='/tides'>Tide tables</a></li></ul></div></div>"
        "<div id='bottom'><div><p>Offers for readers</p></div></div></div></body></html>"
    )


def test_the_wrappers_of_a_short_story_do_not_vote_it_up_to_the_frame() -> None:
    """The wrappers around one paragraph score alike (their tag and class weights over a few
    points): as votes they lifted the region to the page's frame, and its source line, update line
    and offers box came with it."""
    for runs in (1, 2, 3):
        texts = _texts(_one_paragraph_story(runs))
        assert len(texts) == 1, texts
        assert texts[0].startswith("The harbour board voted") and "part 0 of the story" in texts[0]
        assert "Updated 9 March" not in "\n".join(texts) and "Offers" not in "\n".join(texts)


SECTION = ("The council heard from residents of the {name} ward, who asked for a crossing by the "
           "school, a bus stop nearer the clinic, and longer opening hours at the library, and the "
           "council promised an answer by the spring, when its budget for the {name} ward is set.")


WARDS = ("north", "harbour", "hill", "mill")


def _sectioned_story() -> str:
    """A story in four sections side by side, each in its own wrappers beside a picture of the ward,
    under one column: no section is a sibling of another's paragraphs' container."""
    sections = "".join(
        f"<div class='part'><div class='part-body'><h2>The {name} ward</h2>"
        + "".join(f"<p>{SECTION.format(name=name)} Point {n}.</p>" for n in range(3))
        + f"</div><div class='part-picture'><img src='/{name}.jpg' alt=''></div></div>"
        for name in WARDS)
    return (
        "<html><head><title>What the wards asked for</title></head><body><div id='frame'>"
        f"<div id='primary'><div class='story'><h1>What the wards asked for</h1>{sections}</div></div>"
        "<div id='secondary'><p>Tide tables for the week, with the times of high water.</p></div>"
        "</div></body></html>"
    )


def test_sections_side_by_side_still_vote_for_the_story_that_holds_them() -> None:
    """The other side: near-best candidates that are not wrappers of the best one (the other
    sections) still lift the region to their shared ancestor, so every section is in the body."""
    text = "\n".join(_texts(_sectioned_story()))
    for name in WARDS:
        assert f"residents of the {name} ward" in text
    assert "Tide tables" not in text
