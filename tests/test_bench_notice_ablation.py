"""bench/notice_ablation.py's markup blinding: words go, equal values stay equal, text is untouched."""

from __future__ import annotations

from bench.notice_ablation import blind_page


def test_class_and_id_words_become_tokens_that_keep_equal_values_equal() -> None:
    page = (b'<div class="related-posts card" id="more"><a class="card" href="/a">One</a>'
            b"<a class='card' href=/b>Two</a></div>")
    blind = blind_page(page)
    assert b"related" not in blind and b"more" not in blind
    assert blind.count(b'class="k1"') == 2  # both "card" anchors share one token ...
    assert b'class="k0 k1"' in blind  # ... with the container's second class
    assert b">One</a>" in blind and b'href="/a"' in blind and b"href=/b" in blind


def test_role_aria_and_data_attributes_are_dropped_and_text_kept() -> None:
    page = '<section role="complementary" aria-label="Teilen" data-ad-slot="a>b" lang="de"><p>Größe 5 > 3</p></section>'
    blind = blind_page(page.encode("utf-8"))
    assert blind == '<section lang="de"><p>Größe 5 > 3</p></section>'.encode()


def test_each_page_gets_its_own_tokens() -> None:
    assert blind_page(b'<p class="x">') == blind_page(b'<p class="y">') == b'<p class="k0">'
