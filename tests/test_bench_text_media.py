"""bench/text_media.py: the URL normalisation and the found / extra counts it tables."""

from __future__ import annotations

from types import SimpleNamespace

from bench.text_media import compare, media_keys, normalise


def test_normalise_drops_scheme_www_query_and_fragment() -> None:
    assert normalise("https://www.Example.org/img/a.jpg?w=800&q=75#top") == "example.org/img/a.jpg"
    assert normalise("//cdn.example.org/img/a.jpg") == "cdn.example.org/img/a.jpg"
    assert normalise("http://example.org:8080/v/clip.mp4/") == "example.org:8080/v/clip.mp4"


def test_normalise_drops_a_size_variants_mark() -> None:
    assert normalise("https://example.org/uploads/2024/03/quay-1040x572.jpg") == "example.org/uploads/2024/03/quay.jpg"
    assert (
        normalise("//upload.example.org/thumb/a/ab/Quay.jpg/220px-Quay.jpg")
        == "upload.example.org/thumb/a/ab/Quay.jpg/Quay.jpg"
    )
    # a number that is no size mark stays: a year, a photo's own number
    assert normalise("https://example.org/photos/2024-03-quay.jpg") == "example.org/photos/2024-03-quay.jpg"
    assert normalise("https://example.org/photos/quay-1040.jpg") == "example.org/photos/quay-1040.jpg"


def test_normalise_keeps_the_path_apart() -> None:
    assert normalise("https://example.org/img/a.jpg") != normalise("https://example.org/img/b.jpg")
    assert normalise("https://example.org/img/a.jpg") != normalise("https://other.org/img/a.jpg")


def test_compare_counts_found_and_extra() -> None:
    assert compare({"a", "b", "pixel"}, {"a", "b", "c", "d"}) == (2, 4, 1, 3)
    assert compare(set(), {"a"}) == (0, 1, 0, 0)
    assert compare({"a"}, set()) == (0, 0, 1, 1)


def test_media_keys_take_pictures_and_videos_only() -> None:
    item = SimpleNamespace
    article = SimpleNamespace(
        media=[
            item(kind="image", url="https://example.org/a.jpg?x=1"),
            item(kind="video", url="//example.org/v.mp4"),
            item(kind="embed", url="https://player.example.net/e/1"),
        ]
    )
    assert media_keys(article) == {"example.org/a.jpg", "example.org/v.mp4"}
