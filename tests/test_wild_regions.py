"""Families of wrong regions found on pages the engine was not tuned on (bench/agreement.py), each
with a page in our own words where the fix fires and one where it must not."""

from __future__ import annotations

from newsgrab.html import extract_html

POST = (
    "Ranking the lighthouse keepers of the northern coast, one lamp at a time, with notes on who kept "
    "the light burning through the great storm of the winter and who let it fail. "
)
PROMPT = (
    "When you pin a place to a post, the service keeps that place. You can switch places on or off "
    "before each post, and you always have the option to clear your whole place history from your "
    "settings page. Learn more"
)


def _thread_page(panel_class: str) -> str:
    """A thread shown in an overlay (as a social site's permalink view is) and a drop-down prompt
    beside it, whose class is `panel_class`."""
    replies = "".join(f"<li><p>{POST}Reply number {n}.</p></li>" for n in range(3))
    trends = "".join(f"<li><a href='/search?q=topic{n}'>Trending topic number {n} with many posts</a></li>"
                     for n in range(40))
    return (
        "<html><head><title>Keeper on Gazette: lighthouse ranking</title></head><body>"
        f"<div class='{panel_class}'><ul><li><h2>Add a place to your posts</h2><p>{PROMPT}</p>"
        "<div><button>Turn places on</button><button>Not now</button></div></li></ul></div>"
        f"<div class='PostOverlay' id='post-overlay'><div class='PostOverlay-modal'><ol>{replies}</ol></div></div>"
        f"<div class='trends-module'><ul>{trends}</ul></div></body></html>"
    )


def test_a_drop_down_prompt_is_not_the_article() -> None:
    """A drop-down panel (its class says so) is chrome: the thread in the overlay is the text."""
    page = extract_html(_thread_page("geo-disabled-dropdown"), "https://gazette.example/keeper/status/1")
    text = "\n".join(b.text for b in page.blocks)
    assert "pin a place" not in text
    assert "lighthouse keepers" in text


def test_the_same_prompt_without_a_drop_down_class_still_wins() -> None:
    """The other side of the rule: only the class names the panel (this page is what the rule changes)."""
    page = extract_html(_thread_page("geo-disabled-box"), "https://gazette.example/keeper/status/1")
    assert "pin a place" in "\n".join(b.text for b in page.blocks)
