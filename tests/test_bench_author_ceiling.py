"""bench/author_ceiling.py's `place`: where a dump prints the HTML path's author, and what misses it."""

from __future__ import annotations

from types import SimpleNamespace

from bench.author_ceiling import place

_STORY = ("The outer harbour reopened on Thursday after three weeks of repairs to the sea wall, and the "
          "first trawlers were back at their moorings before dusk.")


def _article(title: str, authors: list[str]) -> SimpleNamespace:
    return SimpleNamespace(title=title, authors=authors, body=_STORY)


def test_a_bare_name_under_the_title_is_a_gate_miss_within_five_lines() -> None:
    dump = f"Home\nFishermen Return\nLena Moravec\nMarch 14, 2024\n{_STORY}\n"
    ref = _article("Fishermen Return", ["Lena Moravec"])
    assert place(_article("Fishermen Return", []), ref, dump) == ("printed", "<=5", "alone", "gate")


def test_a_name_only_after_the_story_is_after_the_end_and_a_wrong_title_says_so() -> None:
    dump = f"Fishermen Return\n{_STORY}\nAbout the author: Lena Moravec writes on harbours\n"
    ref = _article("Fishermen Return", ["Lena Moravec"])
    printed, _, _, reading = place(_article("Home", []), ref, dump)
    assert (printed, reading) == ("printed", "title-wrong")
    assert place(_article("Fishermen Return", []), ref, dump)[1] == "after-end"


def test_a_name_printed_nowhere_or_only_as_a_slug() -> None:
    ref = _article("Fishermen Return", ["Lena Moravec"])
    mine = _article("Fishermen Return", [])
    assert place(mine, ref, f"Fishermen Return\n{_STORY}\n")[0] == "unprinted"
    assert place(mine, ref, f"Fishermen Return\n[More](/author/lena-moravec)\n{_STORY}\n")[0] == "slug"
