"""A matrix of invented articles with the publication date printed in many real-world shapes, read by
both paths (HTML and text), to find the date shapes the bench does not hold.

    PYTHONPATH=$PWD .venv/bin/python bench/date_matrix.py            # the pass/fail table per path
    PYTHONPATH=$PWD .venv/bin/python bench/date_matrix.py --failed   # only the failures

Every article is tests/sea_wall.py's story (or a short invented translation of its first paragraph for
the languages the calendar words claim), never a bench page's text. A case names the date's shape
(language and format), where it is printed (the byline element, a `<time>` without datetime, a
dateline paragraph, the URL only, a vendor's meta tag, JSON-LD on a WebPage node; in a text dump:
under the title, in a byline row, in a dateline, at the end), and the day the page must give, or None
where the only date on the page is one that must not be taken (a related teaser's, a comment's, an
event's inside the body, a copyright year, a photo credit's, a relative time).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.sea_wall import PARAGRAPHS, STORY, TITLE

#: the first paragraph of the story in each language the matrix prints dates in (invented translations)
STORIES: dict[str, tuple[str, str]] = {
    "en": (TITLE, " ".join(PARAGRAPHS)),
    "de": ("Hafenstädte rüsten sich für Rekordfluten, der Rat vertagt die Abstimmung",
           "Der Rat von Port Elwyn hat die Abstimmung über die neue Ufermauer zum dritten Mal vertagt, und die "
           "Bewohner des unteren Hafens müssen sich nun ohne die versprochene Mauer auf die Springfluten "
           "vorbereiten. Die Ingenieure sagen, dass die alte Mauer an zwei Stellen gerissen ist und dass sie "
           "nicht mehr lange hält."),
    "fr": ("Les villes portuaires se préparent à des marées record",
           "Le conseil de Port Elwyn a reporté pour la troisième fois son vote sur la nouvelle digue, et les "
           "habitants du bas port doivent affronter les grandes marées sans la barrière que les ingénieurs "
           "leur avaient promise. Les ingénieurs disent que le vieux mur est fissuré en deux endroits et "
           "qu'il ne tiendra pas longtemps."),
    "es": ("Las ciudades portuarias se preparan para mareas récord",
           "El consejo de Port Elwyn aplazó por tercera vez su votación sobre el nuevo malecón, y los vecinos "
           "del puerto bajo tendrán que enfrentar las mareas de primavera sin la barrera que los ingenieros "
           "les habían prometido. Los ingenieros dicen que el muro viejo está roto en dos lugares y que no "
           "aguantará mucho más."),
    "it": ("Le città portuali si preparano a maree record",
           "Il consiglio di Port Elwyn ha rinviato per la terza volta il voto sulla nuova diga, e gli abitanti "
           "del porto basso dovranno affrontare le maree di primavera senza la barriera che gli ingegneri "
           "avevano promesso. Gli ingegneri dicono che il vecchio muro è crepato in due punti e che non "
           "reggerà a lungo."),
    "pt": ("Cidades portuárias se preparam para marés recorde",
           "O conselho de Port Elwyn adiou pela terceira vez a votação sobre o novo paredão, e os moradores do "
           "porto baixo vão enfrentar as marés de primavera sem a barreira que os engenheiros tinham "
           "prometido. Os engenheiros dizem que o muro velho está rachado em dois lugares e que não vai "
           "aguentar muito tempo."),
    "nl": ("Havensteden zetten zich schrap voor recordgetijden",
           "De gemeenteraad van Port Elwyn heeft de stemming over de nieuwe zeewering voor de derde keer "
           "uitgesteld, en de bewoners van de lage haven moeten de springtij zonder de beloofde muur "
           "doorstaan. De ingenieurs zeggen dat de oude muur op twee plaatsen gescheurd is en dat hij het "
           "niet lang meer houdt."),
    "pl": ("Miasta portowe szykują się na rekordowe przypływy",
           "Rada Port Elwyn po raz trzeci przełożyła głosowanie w sprawie nowego wału, a mieszkańcy dolnego "
           "portu muszą stawić czoła wiosennym przypływom bez bariery, którą obiecali inżynierowie. Inżynierowie "
           "mówią, że stary mur jest pęknięty w dwóch miejscach i że nie wytrzyma długo."),
    "ru": ("Портовые города готовятся к рекордным приливам",
           "Совет Порт-Элвина в третий раз отложил голосование по новой дамбе, и жителям нижней гавани придётся "
           "встретить весенние приливы без барьера, который обещали инженеры. Инженеры говорят, что старая "
           "стена треснула в двух местах и что она долго не продержится."),
    "ja": ("港町が記録的な高潮に備える",
           "ポートエルウィンの議会は新しい防波堤の採決を三度目の延期とし、下の港の住民は技術者が約束した防壁のないまま"
           "春の大潮を迎えることになった。技術者によると、古い壁は二か所でひびが入っており、長くはもたないという。"),
    "zh": ("港口城镇准备迎接创纪录的潮水",
           "埃尔温港议会第三次推迟了对新海堤的投票，下港区的居民将在没有工程师承诺的屏障的情况下迎接春季大潮。"
           "工程师说，旧墙已经在两处开裂，撑不了多久。"),
    "ko": ("항구 도시들이 기록적인 조수에 대비한다",
           "포트 엘윈 의회는 새 방파제에 대한 표결을 세 번째로 연기했고, "
           "아래 항구의 주민들은 기술자들이 약속한 방벽 없이 "
           "봄철 대조를 맞아야 한다. 기술자들은 낡은 벽이 두 곳에서 갈라졌으며 오래 버티지 못할 것이라고 말한다."),
}

#: (language, the date as printed, the day it names): the shapes the calendar words claim
SHAPES: list[tuple[str, str, str]] = [
    ("en", "March 4, 2024", "2024-03-04"),
    ("en", "4 March 2024", "2024-03-04"),
    ("en", "Monday, March 4, 2024", "2024-03-04"),
    ("en", "Mon, 4 Mar 2024", "2024-03-04"),
    ("en", "Mar. 4, 2024", "2024-03-04"),
    ("en", "Sept. 4, 2024", "2024-09-04"),
    ("en", "March 4th, 2024", "2024-03-04"),
    ("en", "4th March 2024", "2024-03-04"),
    ("en", "March 4, 2024 3:15 p.m. ET", "2024-03-04"),
    ("en", "March 4, 2024 at 10:15 AM EST", "2024-03-04"),
    ("en", "4 March 2024, 15:15 GMT", "2024-03-04"),
    ("en", "2024-03-04 10:15", "2024-03-04"),
    ("en", "03/14/2024", "2024-03-14"),
    ("de", "4. März 2024", "2024-03-04"),
    ("de", "04.03.2024, 10:15 Uhr", "2024-03-04"),
    ("de", "Montag, 4. März 2024", "2024-03-04"),
    ("de", "4.3.2024", "2024-03-04"),
    ("fr", "4 mars 2024 à 10h15", "2024-03-04"),
    ("fr", "lundi 4 mars 2024", "2024-03-04"),
    ("fr", "1er mars 2024", "2024-03-01"),
    ("fr", "04/03/2024 à 10h15", "2024-03-04"),
    ("es", "4 de marzo de 2024", "2024-03-04"),
    ("es", "lunes, 4 de marzo de 2024, 10:15", "2024-03-04"),
    ("es", "04/03/2024 10:15", "2024-03-04"),
    ("it", "4 marzo 2024", "2024-03-04"),
    ("it", "lunedì 4 marzo 2024, ore 10:15", "2024-03-04"),
    ("pt", "4 de março de 2024", "2024-03-04"),
    ("pt", "04/03/2024 às 10h15", "2024-03-04"),
    ("nl", "4 maart 2024", "2024-03-04"),
    ("nl", "maandag 4 maart 2024, 10:15 uur", "2024-03-04"),
    ("pl", "4 marca 2024 r.", "2024-03-04"),
    ("pl", "04.03.2024, 10:15", "2024-03-04"),
    ("ru", "4 марта 2024 г.", "2024-03-04"),
    ("ru", "4 марта 2024, 10:15", "2024-03-04"),
    ("ja", "2024年3月4日", "2024-03-04"),
    ("ja", "2024年3月4日 10時15分", "2024-03-04"),
    ("zh", "2024年3月4日 10:15", "2024-03-04"),
    ("ko", "2024. 3. 4.", "2024-03-04"),
    ("ko", "2024.03.04 10:15", "2024-03-04"),
]

#: the byline's word and the published label per language (for the rows that print one)
BY = {"en": "By", "de": "Von", "fr": "Par", "es": "Por", "it": "Di", "pt": "Por", "nl": "Door", "pl": "",
      "ru": "", "ja": "", "zh": "", "ko": ""}
PUBLISHED = {"en": "Published", "de": "Veröffentlicht", "fr": "Publié le", "es": "Publicado", "it": "Pubblicato",
             "pt": "Publicado em", "nl": "Gepubliceerd", "pl": "Opublikowano", "ru": "Опубликовано",
             "ja": "公開日", "zh": "发布时间", "ko": "입력"}


@dataclass(frozen=True)
class Case:
    """One invented article: its path, shape, place, the document and the day it must give."""

    path: str
    shape: str
    place: str
    doc: str
    expected: str | None
    url: str | None = None


def _html(lang: str, head: str = "", top: str = "", body_extra: str = "", after: str = "",
          first: str | None = None) -> str:
    title, story = STORIES[lang]
    paragraph = f"<p>{first}</p>" if first is not None else ""
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>'
            f"<header><nav><a href='/'>Harbour Gazette</a></nav></header><main><article><h1>{title}</h1>{top}"
            f"{paragraph}<p>{story}</p>{body_extra}</article>{after}</main>"
            "<footer><p>Harbour Gazette</p></footer></body></html>")


def _text(lang: str, top: str = "", end: str = "", first: str | None = None) -> str:
    title, story = STORIES[lang]
    story = STORY.rstrip("\n") if lang == "en" else story  # the English story's three paragraphs
    lead = f"{first}\n\n" if first is not None else ""
    return f"{title}\n\n{top}\n\n{lead}{story}\n\n{end}\n"


def _byline(lang: str, date: str) -> str:
    by = BY[lang]
    return f"{by} Jane Doe".strip() if by else "Jane Doe"


def shape_cases() -> Iterator[Case]:
    """Each language's date shapes in the places a page prints its date."""
    for lang, printed, day in SHAPES:
        shape = f"{lang} {printed!r}"
        name = _byline(lang, printed)
        yield Case("html", shape, "byline element", _html(
            lang, top=f'<div class="byline"><span class="author">{name}</span> '
                      f'<span class="date">{printed}</span></div>'), day)
        yield Case("html", shape, "<time> no datetime", _html(lang, top=f"<p><time>{printed}</time></p>"), day)
        yield Case("html", shape, "published label", _html(
            lang, top=f'<p class="meta">{PUBLISHED[lang]} {printed}</p>'), day)
        yield Case("text", shape, "under title", _text(lang, top=printed), day)
        yield Case("text", shape, "byline row", _text(lang, top=f"{name} | {printed}"), day)
        yield Case("text", shape, "published label", _text(lang, top=f"{PUBLISHED[lang]} {printed}"), day)


def place_cases() -> Iterator[Case]:
    """The English date in the other places of both paths."""
    day = "2024-03-04"
    yield Case("html", "en", "dateline paragraph", _html(
        "en", first="PORT ELWYN, March 4 (Reuters) - The council met again."), None)
    yield Case("html", "en", "dateline paragraph with year", _html(
        "en", first="PORT ELWYN, March 4, 2024 (Reuters) - The council met again."), day)
    yield Case("html", "en", "URL only", _html("en"), day,
               url="https://harbour.example.com/news/2024/03/04/harbour-towns-brace-for-record-tides/")
    yield Case("html", "en", "URL only, compact", _html("en"), day,
               url="https://harbour.example.com/news/20240304/harbour-towns-brace-for-record-tides.html")
    for attr, name, value in (
        ("property", "article:published_time", "2024-03-04T10:15:00+01:00"),
        ("name", "pubdate", "2024-03-04"),
        ("name", "publishdate", "20240304"),
        ("name", "date", "2024-03-04"),
        ("name", "DC.date.issued", "2024-03-04"),
        ("name", "dcterms.created", "2024-03-04"),
        ("name", "sailthru.date", "2024-03-04 10:15:00"),
        ("name", "parsely-pub-date", "2024-03-04T10:15:00Z"),
        ("itemprop", "datePublished", "2024-03-04T10:15:00Z"),
        ("name", "citation_publication_date", "2024/03/04"),
        ("name", "article.published", "2024-03-04T10:15:00Z"),
        ("name", "cXenseParse:recs:publishtime", "2024-03-04T10:15:00Z"),
        ("property", "og:published_time", "2024-03-04T10:15:00Z"),
    ):
        expected = day
        yield Case("html", "meta", f"{attr}={name}", _html(
            "en", head=f'<meta {attr}="{name}" content="{value}">'), expected)
    yield Case("html", "json-ld", "WebPage node", _html("en", head=(
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage",'
        '"name":"Harbour towns","datePublished":"2024-03-04T10:15:00Z"}</script>')), day)
    yield Case("html", "json-ld", "graph WebPage + Organization", _html("en", head=(
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization",'
        '"name":"Harbour Gazette","foundingDate":"1999-01-01"},{"@type":"WebPage","datePublished":'
        '"2024-03-04T10:15:00Z","dateModified":"2024-03-06T10:15:00Z"}]}</script>')), day)
    yield Case("text", "en", "dateline", _text(
        "en", first="PORT ELWYN, March 4, 2024 (Reuters) - The council met again."), day)
    yield Case("text", "en", "dateline no year", _text(
        "en", first="PORT ELWYN, March 4 (Reuters) - The council met again."), None)
    yield Case("text", "en", "at the end", _text("en", end="Published 4 March 2024"), day)
    yield Case("text", "en", "at the end, labelled time", _text(
        "en", end="Published: 4 March 2024, 10:15"), day)
    yield Case("text", "de", "at the end", _text("de", end="Veröffentlicht am 4. März 2024"), day)
    # the label in an element of its own, the date wrapped in the next one (a term/definition pair),
    # the same class on both dates: the printed label tells the update from the publication
    for lang, pair in (
        ("en", '<div class="meta"><div class="updated-date">Updated:</div><div class="updated-date"><span>'
               '<time>March 6, 2024</time></span></div><div class="updated-date">Original:</div>'
               '<div class="updated-date"><span><time>March 4, 2024</time></span></div></div>'),
        ("en", '<div class="meta"><div class="date">Last updated</div><div class="date">March 6, 2024</div>'
               '<div class="date">Published</div><div class="date">March 4, 2024</div></div>'),
        ("en", '<div class="meta"><div class="date">Published</div><div class="date">March 4, 2024</div>'
               '<div class="date">Updated</div><div class="date">March 6, 2024</div></div>'),
        ("de", "<dl><dt>Aktualisiert</dt><dd><time>06.03.2024</time></dd><dt>Erstellt</dt>"
               "<dd><time>04.03.2024</time></dd></dl>"),
        ("fr", '<ul class="meta"><li><span>Mis à jour le</span></li><li><span class="date">6 mars 2024</span></li>'
               '<li><span>Publié le</span></li><li><span class="date">4 mars 2024</span></li></ul>'),
    ):
        yield Case("html", "label apart", f"{lang} {pair[:40]}...", _html(lang, top=pair), day)
    # must not: a standfirst that ends in "updated" is no label of the date under it
    yield Case("html", "label apart", "standfirst ending in 'updated'", _html("en", top=(
        "<p>The council says the flood maps for the lower harbour will be updated</p>"
        '<div class="meta"><span><time>March 4, 2024</time></span></div>'
        '<p class="meta">Tide tables: <span class="date">March 6, 2024</span></p>')), day)
    # published beside updated: published wins
    for path in ("html", "text"):
        for row in ("Published March 4, 2024, updated March 6, 2024",
                    "Updated March 6, 2024 | Published March 4, 2024",
                    "Updated: 06.03.2024 Published: 04.03.2024",
                    "First published on Mon 4 Mar 2024 10.15 GMT"):
            expected = day
            if path == "html":
                yield Case(path, "updated beside", row, _html("en", top=f'<p class="meta">{row}</p>'), expected)
            else:
                yield Case(path, "updated beside", row, _text("en", top=row), expected)
        for lang, row in (("de", "Veröffentlicht: 04.03.2024 | Aktualisiert: 06.03.2024"),
                          ("de", "Aktualisiert am 06.03.2024, erstellt am 04.03.2024"),
                          ("fr", "Publié le 4 mars 2024, mis à jour le 6 mars 2024"),
                          ("es", "Actualizado: 06/03/2024 Publicado: 04/03/2024")):
            if path == "html":
                yield Case(path, "updated beside", f"{lang} {row}", _html(lang, top=f'<p class="meta">{row}</p>'), day)
            else:
                yield Case(path, "updated beside", f"{lang} {row}", _text(lang, top=row), day)
        # numeric dates whose order only the language tells
        for lang, printed, day_ in (("en", "03/04/2024", "2024-03-04"), ("de", "04.03.2024", "2024-03-04"),
                                    ("fr", "04/03/2024", "2024-03-04"), ("es", "04/03/2024", "2024-03-04"),
                                    ("it", "04/03/2024", "2024-03-04"), ("pt", "04/03/2024", "2024-03-04"),
                                    ("nl", "04-03-2024", "2024-03-04")):
            if path == "html":
                yield Case(path, "numeric order", f"{lang} {printed}", _html(
                    lang, top=f'<p class="meta">{PUBLISHED[lang]} {printed}</p>'), day_)
            else:
                yield Case(path, "numeric order", f"{lang} {printed}", _text(
                    lang, top=f"{PUBLISHED[lang]} {printed}"), day_)
        # relative times: no date unless the page has another
        if path == "html":
            yield Case(path, "relative", "3 hours ago", _html("en", top='<p class="meta">3 hours ago</p>'), None)
            yield Case(path, "relative", "3 hours ago + meta", _html(
                "en", top='<p class="meta">3 hours ago</p>',
                head='<meta property="article:published_time" content="2024-03-04T10:15:00Z">'), day)
        else:
            yield Case(path, "relative", "3 hours ago", _text("en", top="By Jane Doe | 3 hours ago"), None)
            yield Case(path, "relative", "vor 3 Stunden", _text("de", top="Von Jane Doe | vor 3 Stunden"), None)


def must_not_cases() -> Iterator[Case]:
    """Pages whose only date is one the article's date must never be."""
    yield Case("html", "must-not", "related teaser", _html("en", after=(
        '<aside class="related"><h2>Related</h2><ul><li><a href="/news/pier">Pier reopens after storm</a> '
        '<span class="date">12 May 2025</span></li></ul></aside>')), None)
    yield Case("html", "must-not", "comment's date", _html("en", after=(
        '<section class="comments"><h2>Comments</h2><div class="comment"><span class="author">harbourfan</span> '
        '<time>12 May 2025</time><p>The wall should have been built years ago.</p></div></section>')), None)
    yield Case("html", "must-not", "event date in body", _html("en", body_extra=(
        "<p>The vote on 12 May 2025 will decide whether the wall is built before the autumn storms.</p>")), None)
    yield Case("html", "must-not", "copyright year", _html("en", after="<p>© 2023 Harbour Gazette</p>"), None)
    yield Case("html", "must-not", "photo credit", _html("en", body_extra=(
        '<figure><img src="/w.jpg" alt="The wall"><figcaption>The old wall. Photo: Jane Doe, 12 May 2025'
        "</figcaption></figure>")), None)
    yield Case("text", "must-not", "related teaser", _text("en", end=(
        "Related\n\nPier reopens after storm\n12 May 2025")), None)
    yield Case("text", "must-not", "comment's date", _text("en", end=(
        "Comments\n\nharbourfan 12 May 2025\nThe wall should have been built years ago.")), None)
    yield Case("text", "must-not", "event date in body", _text("en", end=(
        "The vote on 12 May 2025 will decide whether the wall is built before the autumn storms.")), None)
    yield Case("text", "must-not", "copyright year", _text("en", end="© 2023 Harbour Gazette"), None)
    yield Case("text", "must-not", "photo credit", _text("en", end="Photo: Jane Doe, 12 May 2025"), None)


def all_cases() -> list[Case]:
    """Every case of the matrix, in print order."""
    return [*shape_cases(), *place_cases(), *must_not_cases()]


def run(case: Case, extract: Callable[..., object]) -> str | None:
    """The day the path gives for the case's document (the day only: a time and zone printed beside
    it are the parser's business, tested in tests/test_dates.py)."""
    article = extract(case.doc, kind=case.path, url=case.url)
    published = getattr(article, "published", None)
    return published[:10] if isinstance(published, str) else None


def main(argv: list[str] | None = None) -> int:
    import newsgrab

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--failed", action="store_true", help="print only the failures")
    args = ap.parse_args(argv)
    totals: dict[str, list[int]] = {}
    for case in all_cases():
        try:
            got = run(case, newsgrab.extract)
        except newsgrab.NewsgrabError as exc:
            got = f"error: {exc}"
        ok = got == case.expected
        count = totals.setdefault(case.path, [0, 0])
        count[0] += ok
        count[1] += 1
        if ok and args.failed:
            continue
        print(f"{'ok  ' if ok else 'FAIL'} {case.path:4} {case.shape:40} {case.place:34} "
              f"want {case.expected} got {got}")
    print("\n" + ", ".join(f"{path}: {passed}/{total} pass" for path, (passed, total) in totals.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
