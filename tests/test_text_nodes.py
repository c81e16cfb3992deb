"""One-space lines between a paragraph's text nodes (BeautifulSoup's `get_text("\\n")`) are read as
the space they were, inside open sentences only, when the text shows the habit; a list of
capitalised headlines or menu items stays apart."""

from __future__ import annotations

from newsgrab.text.lines import split_blocks
from newsgrab.text.nodes import MIN_SPACE_JOINS, space_joins

#: the shape of a streaming-guide paragraph on a review page: links to services with a whitespace
#: node between each, as get_text("\n") prints them
_LINKED = "\n".join([
    "The Harbour Film is currently", " ", "streaming on Flicks", " ",
    "and ready to rent at", " ", "Reelbox", " ", "and", " ", "Cinestore", ".",
])


def _raws(text: str) -> list[str]:
    return [block.raw for block in split_blocks(text)[0]]


def test_space_lines_inside_a_sentence_join_its_pieces() -> None:
    (raw,) = _raws(_LINKED)  # (the full stop on a line of its own joins as " ." as before: left alone)
    assert raw.startswith("The Harbour Film is currently streaming on Flicks and ready to rent at "
                          "Reelbox and Cinestore")


def test_a_space_line_after_a_stopped_sentence_still_parts_paragraphs() -> None:
    text = _LINKED + "\n \nIt opens in cinemas next spring, the studio said.\n \nsee also the trailer"
    raws = _raws(text)
    assert raws[0].endswith("Cinestore .")
    assert raws[1] == "It opens in cinemas next spring, the studio said."
    assert raws[2] == "see also the trailer"


def test_capitalised_lines_on_both_sides_stay_apart() -> None:
    """A tag menu (a blog's "Application" / "Front End" / "Infrastructure", as on the tune page
    dropbox-blog) is not a sentence, nor is a rail of headlines."""
    menu = "\n".join(["Application", " ", "Front End", " ", "Infrastructure", " ", "Machine Learning"])
    assert _raws(_LINKED + "\n\n" + menu)[1:] == ["Application", "Front End", "Infrastructure", "Machine Learning"]


def test_a_list_of_headlines_stays_apart_and_a_lowercase_piece_still_joins() -> None:
    rail = ["Harbour reopens after repairs", " ", "Council agrees the budget", " ",
            "Ferry timetable changes in spring", " ", "Storm closes the coast road"]
    assert _raws(_LINKED + "\n\n" + "\n".join(rail))[1:] == [line for line in rail if line != " "]
    assert _raws(_LINKED + "\n\n" + "\n".join([rail[0], " ", "after three days of work"]))[1:] == [
        "Harbour reopens after repairs after three days of work"]


def test_a_lone_mark_joins_what_it_marks() -> None:
    """A footnote's caret on its own line, then the cited title (an encyclopedia's reference list)."""
    refs = "\n\n".join("\n".join(["^", " ", f'"Harbour history, part {n}"', ". Gazette."]) for n in range(1, 4))
    assert _raws(refs) == [f'^ "Harbour history, part {n}" . Gazette.' for n in range(1, 4)]


def test_a_few_space_lines_are_not_the_converters_habit() -> None:
    pieces = ["The council met on", " ", "Tuesday evening", "", "and agreed the budget"]
    assert MIN_SPACE_JOINS > 1
    assert space_joins(pieces) == frozenset()
    assert _raws("\n".join(pieces)) == ["The council met on", "Tuesday evening", "and agreed the budget"]


def test_a_line_of_more_than_one_space_is_layout_not_a_joint() -> None:
    text = _LINKED.replace("\n \n", "\n    \n")
    assert len(_raws(text)) > 1


def test_hard_wrapped_text_keeps_reading_its_columns() -> None:
    """A wrapped dump (lynx, w3m) with space lines: the wrap width decides, space lines part blocks."""
    line = "The harbour authority said the quay would reopen to fishing boats after"
    wrapped = "\n".join([line, "repairs."] * 6)
    text = wrapped + "\n" + "\n".join(["Menu one", " ", "more of it", " ", "and more", " ", "and still", " ", "end"])
    assert space_joins(text.split("\n"))  # the lines alone would join...
    assert "Menu one" in _raws(text)  # ...but the text is wrapped, so they do not
