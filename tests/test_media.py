"""Media: embed hosts as data (each example recognised), images, players, embeds, and what is left out."""

from __future__ import annotations

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgrab.html.parse import parse_html
from newsgrab.media.classify import (
    AUDIO_EXTENSIONS,
    VIDEO_EXTENSIONS,
    classify_url,
    extension_kind,
    host_for,
    media_file_link,
    media_hosts,
)
from newsgrab.media.elements import embed_from_blockquote, largest_srcset, media_from_element

BASE = "https://news.example.com/2023/03/14/story/"
REQUIRED_PROVIDERS = {
    "YouTube", "Vimeo", "Dailymotion", "Rumble", "BitChute", "Odysee", "Twitter/X", "Instagram", "TikTok",
    "Facebook", "SoundCloud", "Spotify", "Apple Podcasts",
}


def media_of(body: str, base: str | None = BASE) -> list[tuple[str, str, str | None]]:
    tree = parse_html(f"<html><body><div id='x'>{body}</div></body></html>")
    return [(m.kind, m.url, m.provider) for m in media_from_element(tree.get_element_by_id("x"), base)]


def element(body: str) -> lxml.html.HtmlElement:
    tree = parse_html(f"<html><body><div id='x'>{body}</div></body></html>")
    return tree.get_element_by_id("x")[0]


# ------------------------------------------------------------------ hosts (data)
def test_every_required_provider_is_in_the_data() -> None:
    assert {h.provider for h in media_hosts()} >= REQUIRED_PROVIDERS
    assert len({h.id for h in media_hosts()}) == len(media_hosts())


@pytest.mark.parametrize("host", media_hosts(), ids=lambda h: h.id)
def test_each_host_recognises_its_example(host: object) -> None:
    from newsgrab.media.classify import MediaHost

    assert isinstance(host, MediaHost)
    assert host_for(host.example) is host
    found = classify_url(host.example)
    assert found is not None
    assert (found.kind, found.provider, found.url) == (host.kind, host.provider, host.example_canonical)


@pytest.mark.parametrize("host", media_hosts(), ids=lambda h: h.id)
def test_each_host_example_is_found_in_an_iframe(host: object) -> None:
    from newsgrab.media.classify import MediaHost

    assert isinstance(host, MediaHost)
    assert media_of(f'<iframe src="{host.example.replace("&", "&amp;")}"></iframe>') == [
        (host.kind, host.example_canonical, host.provider)
    ]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/",  # a home page, not a video
        "https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fnews.example.com",  # a like button
        "https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example.com",  # a share button
        "https://open.spotify.com/",
    ],
)
def test_host_pages_that_are_not_items_are_not_media(url: str) -> None:
    assert classify_url(url) is None


def test_media_file_links() -> None:
    assert media_file_link("https://cdn.example.com/a/clip.mp4?x=1") is not None
    assert media_file_link("https://cdn.example.com/ep/12.mp3").kind == "audio"  # type: ignore[union-attr]
    assert media_file_link("https://cdn.example.com/photo.jpg") is None
    assert media_file_link("https://cdn.example.com/a/CLIP.MP4") is not None  # extensions in capitals
    assert media_file_link("https://cdn.example.com/a/clip.mp4/page") is None  # not at the path's end
    assert media_file_link("https://cdn.example.com/a/clip.mp4#t=5") is not None
    assert media_file_link("https://cdn.example.com/a/clip.m\tp4") is not None  # urlsplit drops the tab
    assert media_file_link("https://cdn.example.com/ü/clip.mp4") is not None  # not ASCII: split all the same
    assert media_file_link("https://news.example.com/story.html") is None


def test_played_extensions_are_lower_case_ascii() -> None:
    """media_file_link searches a lower-cased ASCII URL with a case-sensitive pattern of these: an
    extension with a capital or outside ASCII would never be found there."""
    for extension in VIDEO_EXTENSIONS | AUDIO_EXTENSIONS:
        assert extension.isascii() and extension == extension.lower(), extension
    assert media_file_link("https://cdn.example.com/a/Clip.Mp4?v=2") is not None  # mixed case
    assert media_file_link("https://cdn.example.com/a/Harbour-Talk.OPUS").kind == "audio"  # type: ignore[union-attr]


_URL_PIECES = ["https://", "x.org", "/", "a", ".", "mp4", "MP3", "Ogg", "jpg", "?", "#", "\t", "\n", "ü", "[", "]", ":"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_URL_PIECES), max_size=10).map("".join))
def test_media_file_link_gate_agrees_with_the_extension(url: str) -> None:
    """media_file_link's first test (no video or audio extension in an ASCII URL) drops no link
    that `extension_kind` reads as video or audio."""
    kind = extension_kind(url)
    found = media_file_link(url)
    assert (found.kind if found is not None else None) == (kind if kind in ("video", "audio") else None)


# ------------------------------------------------------------------ images
def test_largest_srcset_candidate() -> None:
    assert largest_srcset("a-300.jpg 300w, a-1024.jpg 1024w, a-768.jpg 768w") == "a-1024.jpg"
    assert largest_srcset("a.jpg 1x, a@2x.jpg 2x") == "a@2x.jpg"
    assert largest_srcset("a.jpg") == "a.jpg"
    assert largest_srcset("") is None


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<img src="/img/a.jpg" alt="A">', "https://news.example.com/img/a.jpg"),
        ('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/lazy.jpg">',
         "https://news.example.com/img/lazy.jpg"),
        ('<img src="/img/placeholder.png" data-lazy-src="/img/real.jpg">', "https://news.example.com/img/real.jpg"),
        ('<img src="/img/blank.gif" data-original="/img/orig.jpg">', "https://news.example.com/img/orig.jpg"),
        ('<img src="/img/small.jpg" srcset="/img/s.jpg 400w, /img/l.jpg 1600w">', "https://news.example.com/img/l.jpg"),
        ('<img src="//cdn.example.net/p.jpg">', "https://cdn.example.net/p.jpg"),
        ('<picture><source srcset="/p/s.webp 480w, /p/l.webp 1600w" type="image/webp"><img src="/p/f.jpg"></picture>',
         "https://news.example.com/p/l.webp"),
    ],
)
def test_image_url_choice(markup: str, expected: str) -> None:
    assert media_of(markup) == [("image", expected, None)]


def test_noscript_fallback_is_read_when_the_lazy_image_has_no_url() -> None:
    markup = '<img class="lazyload" src="/img/spacer.gif"><noscript><img src="/img/real.jpg" alt="Real"></noscript>'
    assert media_of(markup) == [("image", "https://news.example.com/img/real.jpg", None)]


def test_noscript_twin_of_a_lazy_image_is_not_a_second_item() -> None:
    markup = '<img data-src="/img/a-1024.jpg"><noscript><img src="/img/a-640.jpg"></noscript>'
    assert media_of(markup) == [("image", "https://news.example.com/img/a-1024.jpg", None)]


@pytest.mark.parametrize(
    "markup",
    [
        '<img src="https://pixel.wp.com/g.gif?blog=1" alt="">',
        '<img src="https://www.facebook.com/tr?id=123&amp;ev=PageView" height="1" width="1">',
        '<img src="/t.gif" width="1" height="1">',
        '<img src="/img/icons/print.png" width="16" height="16">',
        '<img src="https://secure.gravatar.com/avatar/abc?s=96" class="avatar avatar-96 photo">',
        '<img src="/img/site-logo.png" class="custom-logo" alt="The Courier">',
        '<a class="share-facebook" href="#"><img src="/img/fb.png" alt="Facebook"></a>',
        '<div class="social-share"><img src="/img/tw.png" alt="Twitter"></div>',
        '<div class="ad-slot"><img src="/banners/spring-sale.jpg"></div>',
        '<img src="https://s.w.org/images/core/emoji/14.0.0/72x72/1f600.png" class="wp-smiley emoji">',
    ],
)
def test_furniture_and_pixels_are_left_out(markup: str) -> None:
    assert media_of(markup) == []


def test_an_image_whose_alt_mentions_social_work_is_kept() -> None:
    markup = '<img src="/img/visit.jpg" alt="A social worker visits a family in the Westcliff estate on Tuesday">'
    assert media_of(markup) == [("image", "https://news.example.com/img/visit.jpg", None)]


def test_figure_caption_and_credit() -> None:
    markup = ('<figure><img src="/img/flood.jpg" alt="Flooded street">'
              "<figcaption>Residents wade through the high street. Photo: Jane Doe/Reuters</figcaption></figure>")
    [item] = media_from_element(element(markup), BASE)
    assert (item.caption, item.credit, item.alt) == ("Residents wade through the high street.", "Jane Doe/Reuters",
                                                     "Flooded street")


def test_wordpress_caption_box_with_a_credit_element() -> None:
    markup = ('<div class="wp-caption"><img src="/img/mill.jpg" alt="Mill"><p class="wp-caption-text">'
              'The old mill in 1920. <span class="credit">© City Archive</span></p></div>')
    img = element(markup).find(".//img")  # the HTML stage may hand over the <img> alone
    [item] = media_from_element(img, BASE)
    assert (item.caption, item.credit) == ("The old mill in 1920.", "City Archive")


def test_caption_credit_in_brackets() -> None:
    markup = '<figure><img src="/a.jpg"><figcaption>The quay (Credit: Harbour Trust)</figcaption></figure>'
    [item] = media_from_element(element(markup), BASE)
    assert (item.caption, item.credit) == ("The quay", "Harbour Trust")


# ------------------------------------------------------------------ video, audio, embeds
def test_video_sources_are_one_item_preferring_mp4() -> None:
    markup = '<video poster="/p.jpg"><source src="/v/c.webm" type="video/webm"><source src="/v/c.mp4"></video>'
    assert media_of(markup) == [("video", "https://news.example.com/v/c.mp4", None)]


def test_audio_element() -> None:
    expected = [("audio", "https://news.example.com/a/ep1.mp3", None)]
    assert media_of('<audio controls src="/a/ep1.mp3"></audio>') == expected


def test_lazy_iframe_and_figure_caption() -> None:
    markup = ('<figure><iframe data-src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>'
              "<figcaption>Drone footage of the channel.</figcaption></figure>")
    [item] = media_from_element(element(markup), BASE)
    assert (item.kind, item.url, item.provider, item.caption) == (
        "video", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "YouTube", "Drone footage of the channel.")


def test_ad_and_widget_iframes_are_left_out() -> None:
    markup = ('<iframe src="https://googleads.g.doubleclick.net/pagead/ads?client=1"></iframe>'
              '<iframe src="https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fnews.example.com"></iframe>'
              '<iframe src="https://widgets.example.org/poll.html"></iframe>')
    assert media_of(markup) == []


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<blockquote class="twitter-tweet"><p>Road closed.</p>&mdash; Highways (@hw) '
         '<a href="https://twitter.com/hw/status/1850123456789012345?ref_src=twsrc">October 21, 2025</a></blockquote>',
         ("embed", "https://x.com/i/status/1850123456789012345", "Twitter/X")),
        ('<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/reel/DBx7Kq2NyZa/?utm_source=ig">'
         "<a href='https://www.instagram.com/reel/DBx7Kq2NyZa/'>View this post on Instagram</a></blockquote>",
         ("embed", "https://www.instagram.com/reel/DBx7Kq2NyZa/", "Instagram")),
        ('<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@w/video/7428765432109876543">'
         '<section><a href="https://www.tiktok.com/@w">@w</a></section></blockquote>',
         ("video", "https://www.tiktok.com/embed/v2/7428765432109876543", "TikTok")),
    ],
)
def test_embed_blockquotes(markup: str, expected: tuple[str, str, str]) -> None:
    [item] = embed_from_blockquote(element(markup), BASE)
    assert (item.kind, item.url, item.provider) == expected


def test_an_ordinary_quotation_is_not_an_embed() -> None:
    markup = '<blockquote><p>“We have lost a tide a day,” he said.</p><a href="https://twitter.com/x">x</a></blockquote>'
    assert embed_from_blockquote(element(markup), BASE) == []


# ------------------------------------------------------------------ order, dedupe, purity
def test_urls_are_absolute_deduplicated_and_in_order() -> None:
    markup = ('<img src="b.jpg"><img src="/img/a.jpg"><img src="b.jpg">'
              '<iframe src="https://youtu.be/dQw4w9WgXcQ"></iframe>'
              '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ?autoplay=1"></iframe>')
    assert media_of(markup) == [
        ("image", "https://news.example.com/2023/03/14/story/b.jpg", None),
        ("image", "https://news.example.com/img/a.jpg", None),
        ("video", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "YouTube"),
    ]


def test_media_capture_does_not_change_the_tree() -> None:
    markup = ('<figure><img src="/s.gif" data-src="/a.jpg"><noscript><img src="/a.jpg"></noscript>'
              "<figcaption>Cap. Photo: X</figcaption></figure>"
              '<blockquote class="twitter-tweet"><a href="https://twitter.com/a/status/123456789">t</a></blockquote>')
    tree = parse_html(f"<html><body><div id='x'>{markup}</div></body></html>")
    before = lxml.html.tostring(tree)
    media_from_element(tree.get_element_by_id("x"), BASE)
    embed_from_blockquote(tree.find(".//blockquote"), BASE)
    assert lxml.html.tostring(tree) == before


def test_not_an_element_gives_nothing() -> None:
    assert media_from_element("<img src='a.jpg'>", BASE) == []
    assert media_from_element(None, BASE) == []


def test_wordpress_caption_box_caption_survives_the_html_stage() -> None:
    """The HTML stage retags `wp-caption` boxes so their text leaves the body; the image keeps it."""
    import newsgrab

    page = (
        '<html><body><article><div class="entry-content">'
        "<p>The river rose three metres overnight, flooding the lower town and cutting the main road again.</p>"
        '<div id="attachment_51" class="wp-caption aligncenter"><img src="/up/flood-800x533.jpg" alt="Flooded street"'
        ' width="800" height="533"><p class="wp-caption-text">Water covers Mill Street on Tuesday. Photo: Anna Berg'
        "</p></div>"
        "<p>Residents said the warning came too late for most shops to move their stock before the water came.</p>"
        "<p>The council has promised a review of the flood defences, which were last upgraded in 2009 after a"
        " similar event downstream, and said the report would be published before the summer recess.</p>"
        "<p>Insurers have opened a hotline for claims, and volunteers from the rowing club spent the afternoon"
        " ferrying older residents from the terraces by the bridge to the sports hall on the hill.</p>"
        "</div></article></body></html>"
    )
    art = newsgrab.extract(page, url="https://news.example/2024/03/flood")
    assert [(m.url, m.caption, m.credit) for m in art.media] == [
        ("https://news.example/up/flood-800x533.jpg", "Water covers Mill Street on Tuesday.", "Anna Berg")
    ]
    assert "Water covers" not in art.body


# ------------------------------------------------------------------ the lead image (meta/leadimage.py)
_BODY = "".join(f"<p>Paragraph {i} of the story, long enough to be article text for the content stage.</p>"
                for i in range(6))


def lead_of(head: str, article: str, url: str = BASE) -> list[tuple[str, str | None]]:
    import newsgrab

    page = f"<html><head>{head}</head><body><nav><img src='/img/site-logo.png'></nav>{article}</body></html>"
    return [(m.url, m.role) for m in newsgrab.extract(page, url=url).media]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta property="og:image" content="https://cdn.example/photos/flood-1200x630.jpg">',
         "https://cdn.example/photos/flood-1200x630.jpg"),
        ('<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Flood",'
         '"image":{"@id":"https://news.example.com/#primaryimage"}},{"@type":"ImageObject",'
         '"@id":"https://news.example.com/#primaryimage","url":"https://cdn.example/photos/flood.jpg"}]}</script>',
         "https://cdn.example/photos/flood.jpg"),
        ('<meta name="twitter:image" content="/photos/flood-card.jpg">', "https://news.example.com/photos/flood-card.jpg"),
    ],
)
def test_the_lead_image_comes_first_from_metadata(head: str, expected: str) -> None:
    article = (f"<article><h1>Flood closes the river road</h1>{_BODY}"
               "<figure><img src='https://cdn.example/photos/map.jpg' alt='Map'></figure></article>")
    assert lead_of(head, article) == [(expected, "lead"), ("https://cdn.example/photos/map.jpg", None)]


def test_the_picture_above_the_headline_is_the_lead_even_outside_the_article_region() -> None:
    article = ("<div class='hero'><img src='/photos/river-road.jpg' alt='The river road under water' width='1200'>"
               f"</div><h1>Flood closes the river road</h1><div class='story-body'>{_BODY}</div>")
    assert lead_of("", article) == [("https://news.example.com/photos/river-road.jpg", "lead")]


def test_a_lead_that_is_also_in_the_body_is_listed_once_with_what_the_body_knew() -> None:
    import newsgrab

    head = '<meta property="og:image" content="https://cdn.example/photos/flood.jpg">'
    article = (f"<article><h1>Flood closes the river road</h1><p>{_BODY}</p><figure>"
               "<img src='https://cdn.example/photos/flood.jpg' alt='Water'><figcaption>The road at noon.</figcaption>"
               f"</figure>{_BODY}</article>")
    media = newsgrab.extract(f"<html><head>{head}</head><body>{article}</body></html>", url=BASE).media
    assert [(m.url, m.role, m.caption) for m in media] == [
        ("https://cdn.example/photos/flood.jpg", "lead", "The road at noon.")]


@pytest.mark.parametrize(
    "head_or_hero",
    [
        '<meta property="og:image" content="https://news.example.com/static/logos/site-logo.png">',
        '<meta property="og:image" content="https://news.example.com/authors/jane-doe.jpg">',
        '<meta property="og:image" content="https://pixel.wp.com/g.gif">',
        "<img src='/icons/rss.png' width='16' height='16'>",
        "<img src='https://wikimedia.org/api/rest_v1/media/math/render/svg/28a0aa'>",
    ],
)
def test_furniture_is_never_the_lead(head_or_hero: str) -> None:
    head, hero = (head_or_hero, "") if head_or_hero.startswith("<meta") else ("", head_or_hero)
    article = f"<div>{hero}</div><h1>Flood closes the river road</h1><div class='story-body'>{_BODY}</div>"
    media = lead_of(head, article)
    # a picture standing above the headline joins the body's media (html/scoring.py keeps lead media), but
    # a drawing or an icon is never marked the lead; head furniture is not listed at all
    assert "lead" not in [role for _url, role in media]
    assert head_or_hero.startswith("<img src='https://wikimedia") or media == []


def test_furniture_urls() -> None:
    from newsgrab.media.classify import is_furniture_url

    assert is_furniture_url("https://news.example/static/logos/site.png")
    assert is_furniture_url("https://news.example/img/icon-rss.png")
    assert not is_furniture_url("https://news.example/photos/harbour-1200x630.jpg")
    assert not is_furniture_url("https://news.example/photos/logbook.jpg")  # "logbook" is not "logo"
