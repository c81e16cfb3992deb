"""A matrix of invented cross-posts whose provenance notice credits the original source in many
real-world shapes, read by both paths (HTML and text dumps), to find the shapes the bench does not hold.

    PYTHONPATH=$PWD .venv/bin/python bench/source_matrix.py            # every case, then the pass counts
    PYTHONPATH=$PWD .venv/bin/python bench/source_matrix.py --failed   # only the failures

Issue 12: the tune half's cross-posts all name their source and the holdout's a third of them, so
the reader had learned its examples. This probe asks for the shapes a reader names without looking
at any page: the sea-wall story (tests/sea_wall.py, or bench/date_matrix.py's invented translations)
with one provenance notice at its end or its start, in every language of the rules, worded as a
publisher words it ("This article was originally published by X", "Dieser Beitrag erschien zuerst
bei X", "Source: X", "Via X", "X - Originally posted <date>"), the outlet plain, linked, in italics,
quoted, or given only by its link ("originally published [here](url)", named from the link's host),
with or without its URL printed, before or after a date. The text path reads the same notice as the
converters print it: plain text, a markdown link `[X](url)`, lynx's `[12]X` with a References list.

A case passes when the page's `original_source` has the outlet's name (case-folded) and, when the
notice gives an address, that address. The hard negatives must name no source: a contributor credit
("Reporting by ..."), a print-edition credit ("A version of this article appears in print ..."), a
quote attribution inside the story ("..., the Valley Courier reported"), a photo credit. Every name,
address and sentence is invented.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.date_matrix import STORIES

#: the cross-post's own page, whose links are not the original's
PAGE_URL = "https://harbourgazette.example/news/sea-wall-vote"
DATE = {"en": "March 4, 2024", "de": "4. März 2024", "fr": "4 mars 2024", "es": "4 de marzo de 2024",
        "it": "4 marzo 2024", "pt": "4 de março de 2024", "nl": "4 maart 2024", "pl": "4 marca 2024",
        "ru": "4 марта 2024"}
#: each language's invented outlet and the address of its original piece
OUTLETS = {
    "en": ("Valley Courier", "https://www.valleycourier.example/2024/03/04/sea-wall-vote/"),
    "de": ("Nordsee Kurier", "https://www.nordseekurier.example/region/ufermauer-123.html"),
    "fr": ("Le Petit Riverain", "https://www.petitriverain.example/societe/digue-port-elwyn"),
    "es": ("Diario del Puerto", "https://www.diariodelpuerto.example/noticias/malecon"),
    "it": ("Gazzetta del Porto", "https://www.gazzettadelporto.example/cronaca/diga"),
    "pt": ("Jornal da Costa", "https://www.jornaldacosta.example/noticias/paredao"),
    "nl": ("Havenkrant", "https://www.havenkrant.example/nieuws/zeewering"),
    "pl": ("Kurier Portowy", "https://www.kurierportowy.example/wiadomosci/wal"),
    "ru": ("Портовый вестник", "https://portvestnik.example/news/damba"),
}

#: (language, the notice with `{o}` for the outlet and `{d}` for the date): the wordings a reader
#: names without looking at any page; `{o}` before or after the date, the verb before or after `{o}`
WORDINGS: list[tuple[str, str]] = [
    ("en", "This article was originally published by {o}."),
    ("en", "This story was originally published by {o} on {d}."),
    ("en", "First published in {o} on {d}."),
    ("en", "This article first appeared on {d} in {o}."),
    ("en", "{o} - Originally posted {d}"),
    ("en", "Republished with permission from {o}."),
    ("en", "This piece is republished from {o} under a Creative Commons license."),
    ("en", "Source: {o}"),
    ("en", "Via {o}"),
    ("de", "Dieser Beitrag erschien zuerst bei {o}."),
    ("de", "Dieser Artikel erschien zuerst am {d} im {o}."),
    ("de", "Quelle: {o}"),
    ("fr", "Cet article a été initialement publié sur {o}."),
    ("fr", "Cet article a d'abord été publié le {d} par {o}."),
    ("fr", "Source : {o}"),
    ("es", "Este artículo fue publicado originalmente en {o}."),
    ("es", "Publicado originalmente en {o} el {d}."),
    ("es", "Fuente: {o}"),
    ("it", "Questo articolo è stato pubblicato originariamente su {o}."),
    ("it", "Fonte: {o}"),
    ("pt", "Este artigo foi publicado originalmente em {o}."),
    ("pt", "Fonte: {o}"),
    ("nl", "Dit artikel verscheen eerder op {o}."),
    ("nl", "Bron: {o}"),
    ("pl", "Artykuł ukazał się pierwotnie w serwisie {o}."),
    ("pl", "Źródło: {o}"),
    ("ru", "Статья впервые опубликована в издании «{o}»."),
    ("ru", "Источник: {o}"),
    # the verb after the outlet, a domain for a name, a feed's footer, other verbs of each language
    ("en", "The post Harbour Towns Brace For Record Tides appeared first on {o}."),
    ("en", "This post originally appeared on {o} and is reposted with permission."),
    ("en", "Cross-posted from {o}."),
    ("en", "Reprinted with permission from {o}. All rights reserved."),
    ("de", "Der Text ist zuerst bei {o} erschienen."),
    ("de", "Erstveröffentlichung: {o}, {d}"),
    ("fr", "Cet article est paru initialement dans {o}."),
    ("fr", "Article publié initialement sur {o} le {d}."),
    ("es", "Este artículo se publicó originalmente en {o}."),
    ("it", "L'articolo è stato pubblicato per la prima volta su {o}."),
    ("pt", "Publicado originalmente em {o} em {d}."),
    ("nl", "Oorspronkelijk gepubliceerd op {o}."),
    ("pl", "Tekst pierwotnie opublikowany w serwisie {o}."),
    ("ru", "Материал впервые опубликован на сайте «{o}»."),
    ("en", "Copyright 2024 {o}. Reprinted with permission."),
    ("de", "© 2024 {o}. Nachdruck mit freundlicher Genehmigung."),
    # stop 54 (issue 12, left by stop 53): a pointer to the original with no word of publication history,
    # a bracketed source at the story's end, a writer's bio that says where the story first ran
    ("en", "Read the original article on {o}."),
    ("en", "Read the original at {o}."),
    ("de", "Den Originalartikel lesen Sie bei {o}."),
    ("fr", "Lire l'article original sur {o}."),
    ("es", "Lea el artículo original en {o}."),
    ("en", "(Source: {o})"),
    ("de", "(Quelle: {o})"),
    ("es", "(Fuente: {o})"),
    ("en", "Jane Doe is a reporter for {o}, where this story first appeared."),
    ("de", "Erika Muster ist Redakteurin bei {o}, wo dieser Text zuerst erschien."),
    ("fr", "Jeanne Exemple est journaliste à {o}, où cet article a d'abord été publié."),
]

#: the ways a notice prints its outlet: (name, path, how the outlet is written, whether the name
#: shows and whether the address does). `{n}` is the name, `{u}` the address, `{r}` a lynx reference
_HTML_OUTLETS = [
    ("plain", "{n}", True, False),
    ("linked", '<a href="{u}">{n}</a>', True, True),
    ("italic", "<em>{n}</em>", True, False),
    ("italic link", '<a href="{u}"><em>{n}</em></a>', True, True),
    ("name + url printed", "{n} ({u})", True, True),
]
_TEXT_OUTLETS = [
    ("plain", "{n}", True, False),
    ("markdown link", "[{n}]({u})", True, True),
    ("markdown italic", "*{n}*", True, False),
    ("lynx reference", "[12]{n}", True, True),
    ("name + url printed", "{n} ({u})", True, True),
]


@dataclass(frozen=True)
class Case:
    """One invented cross-post: its path, wording, outlet markup and place, the document and the
    original source it must give (None: the page names no source)."""

    path: str
    shape: str
    form: str
    place: str
    doc: str
    name: str | None
    url: str | None = None
    #: whether the page is read with its own URL (a text dump usually comes without one)
    page_url: bool = True


def html_page(lang: str, notice: str, place: str, body_extra: str = "") -> str:
    """The story under its headline on a page of the cross-poster, the notice at its `place`."""
    title, story = STORIES[lang]
    top = notice if place == "start" else ""
    end = notice if place == "end" else ""
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            "<header><nav><a href='/'>Harbour Gazette</a> <a href='/news'>News</a></nav></header>"
            f"<main><article><h1>{title}</h1>{top}<p>{story}</p>{body_extra}{end}</article></main>"
            "<footer><p>Harbour Gazette, Port Elwyn</p></footer></body></html>")


def text_dump(lang: str, notice: str, place: str, references: str = "") -> str:
    """The story as a converter prints it, the notice at its `place`, lynx's References at the end."""
    title, story = STORIES[lang]
    top = f"{notice}\n\n" if place == "start" else ""
    end = f"\n\n{notice}" if place == "end" else ""
    refs = f"\n\nReferences\n\n   1. https://harbourgazette.example/\n{references}" if references else ""
    return f"{title}\n\n{top}{story}{end}{refs}\n"


def wording_cases() -> Iterator[Case]:
    """Every wording with every outlet form, at the end of the story and at its start."""
    for lang, wording in WORDINGS:
        outlet, address = OUTLETS[lang]
        date = DATE[lang]
        for place in ("end", "start"):
            for form, markup, _named, has_url in _HTML_OUTLETS:
                shown = markup.format(n=outlet, u=address)
                notice = f"<p>{wording.format(o=shown, d=date)}</p>"
                yield Case("html", f"{lang} {wording!r}", form, place, html_page(lang, notice, place), outlet,
                           address if has_url else None)
            for form, markup, _named, has_url in _TEXT_OUTLETS:
                shown = markup.format(n=outlet, u=address)
                refs = f"  12. {address}\n" if form == "lynx reference" else ""
                yield Case("text", f"{lang} {wording!r}", form, place,
                           text_dump(lang, wording.format(o=shown, d=date), place, refs), outlet,
                           address if has_url else None)
                if form in ("plain", "markdown link"):  # a dump is often read without its page's URL
                    yield Case("text", f"{lang} {wording!r}", form, f"{place}, no URL",
                               text_dump(lang, wording.format(o=shown, d=date), place, refs), outlet,
                               address if has_url else None, page_url=False)


#: (language, a notice whose outlet is given only by its link, the link's text)
LINK_ONLY = [
    ("en", "This article was originally published {here}.", "here"),
    ("en", "Read the {here} at the original site.", "original article"),
    ("de", "Dieser Beitrag erschien zuerst {here}.", "hier"),
    ("fr", "Cet article a été initialement publié {here}.", "ici"),
    ("es", "Este artículo fue publicado originalmente {here}.", "aquí"),
]


def link_only_cases() -> Iterator[Case]:
    """The outlet given only by its link: named from the link's host (without `www.`)."""
    for lang, wording, text in LINK_ONLY:
        _outlet, address = OUTLETS[lang]
        host = address.split("/")[2].removeprefix("www.")
        notice = wording.format(here=f'<a href="{address}">{text}</a>')
        yield Case("html", f"{lang} {wording!r}", "link only", "end",
                   html_page(lang, f"<p>{notice}</p>", "end"), host, address)
        yield Case("text", f"{lang} {wording!r}", "markdown link only", "end",
                   text_dump(lang, wording.format(here=f"[{text}]({address})"), "end"), host, address)
        yield Case("text", f"{lang} {wording!r}", "markdown link only", "end, no URL",
                   text_dump(lang, wording.format(here=f"[{text}]({address})"), "end"), host, address, page_url=False)


#: (language, a credit naming its source by a bare domain, the domain)
DOMAIN_ONLY = [
    ("de", "Quelle: nordseekurier.de, dpa", "nordseekurier.de"),
    ("en", "Originally published at valleycourier.com on March 4, 2024.", "valleycourier.com"),
    ("fr", "Source : petitriverain.fr", "petitriverain.fr"),
]


def domain_cases() -> Iterator[Case]:
    """The outlet given by a bare domain (lower case, so no capitalised run names it): the domain is
    the name and `https://` + the domain its address."""
    for lang, notice, domain in DOMAIN_ONLY:
        yield Case("html", f"{lang} {notice!r}", "bare domain", "end", html_page(lang, f"<p>{notice}</p>", "end"),
                   domain, f"https://{domain}")
        yield Case("text", f"{lang} {notice!r}", "bare domain", "end", text_dump(lang, notice, "end"), domain,
                   f"https://{domain}")


def whole_notice_cases() -> Iterator[Case]:
    """The notice as a whole set in italics or small print, the way templates set it apart."""
    outlet, address = OUTLETS["en"]
    for wrapper in ("<p><em>{}</em></p>", '<p class="note"><small>{}</small></p>', "<p><i>{}</i></p>"):
        for wording in ("This article was originally published by {o}.", "Republished with permission from {o}."):
            notice = wrapper.format(wording.format(o=f'<a href="{address}">{outlet}</a>'))
            yield Case("html", f"en {wording!r}", f"whole notice {wrapper[:12]}", "end",
                       html_page("en", notice, "end"), outlet, address)
    for wording in ("This article was originally published by {o}.", "Republished with permission from {o}."):
        yield Case("text", f"en {wording!r}", "whole notice *...*", "end",
                   text_dump("en", "*" + wording.format(o=f"[{outlet}]({address})") + "*", "end"), outlet, address)
        yield Case("text", f"en {wording!r}", "whole notice _..._", "end",
                   text_dump("en", "_" + wording.format(o=outlet) + "_", "end"), outlet, None)


#: (name, the notice's HTML): the notice in the markup templates give it, the English outlet linked
_HTML_SETTINGS = [
    ("editor's note", "<p><em>Editor's note: This story was originally published by {a}.</em></p>"),
    ("long blurb", "<p>This article was originally published by {a}, an independent newsroom covering the "
                   "harbour towns of the north coast. Sign up for its weekly newsletter to get stories like "
                   "this one in your inbox.</p>"),
    ("label in bold", "<p><strong>Source:</strong> {a}</p>"),
    ("aside box", '<aside class="republish"><p>This story first appeared in {a}.</p></aside>'),
    ("blockquote", "<blockquote><p>This article was first published by {a}.</p></blockquote>"),
    ("div, no paragraph", '<div class="source-note">Originally published at {a}</div>'),
    ("with contributor credit", "<p>Jane Doe contributed reporting.</p><p>This story was first published by {a}.</p>"),
    ("credit in small print", "<p><small>Republished from {a} with permission.</small></p>"),
]
#: (name, the notice as a converter wraps it): html2text and lynx break lines near 78 columns
_TEXT_SETTINGS = [
    ("wrapped at 78", "This article was originally published by {a}, an independent newsroom\ncovering the "
                      "harbour towns of the north coast."),
    ("wrapped inside the link", "This story was first published by [Valley\nCourier]({u})."),
    ("editor's note", "_Editor's note: This story was originally published by {a}._"),
    ("label in bold", "**Source:** {a}"),
    ("quoted block", "> This article was first published by {a}."),
]


def setting_cases() -> Iterator[Case]:
    """The English notice in the markup and line breaks templates and converters give it."""
    outlet, address = OUTLETS["en"]
    for place in ("end", "start"):
        for name, markup in _HTML_SETTINGS:
            notice = markup.format(a=f'<a href="{address}">{outlet}</a>')
            yield Case("html", "en setting", name, place, html_page("en", notice, place), outlet, address)
        for name, markup in _TEXT_SETTINGS:
            notice = markup.format(a=f"[{outlet}]({address})", u=address)
            yield Case("text", "en setting", name, place, text_dump("en", notice, place), outlet, address)


#: notices and sentences that credit no original source
NEGATIVES: list[tuple[str, str, str]] = [
    ("en", "contributor credit", "Reporting by Jane Doe; editing by John Roe."),
    ("en", "contributor credit", "Jane Doe contributed reporting from Port Elwyn."),
    ("en", "print-edition credit", "A version of this article appears in print on March 5, 2024, Section A, Page 12 "
                                   "of the New York edition."),
    ("de", "contributor credit", "Mitarbeit: Max Mustermann."),
    ("fr", "contributor credit", "Jeanne Exemple a contribué à cet article."),
    ("es", "contributor credit", "Con información de Ana Ejemplo."),
    # a pointer to another document, not to the story's original
    ("en", "further reading", "Read the full report on the Harbour Engineering Office website."),
    ("de", "further reading", "Den vollständigen Bericht lesen Sie beim Hafenamt."),
    ("en", "writer's bio", "Jane Doe is a reporter for the Valley Courier who covers the harbour towns."),
    ("en", "writer's bio", "Jane Doe is a freelance writer whose work has appeared in the Valley Courier."),
    ("de", "writer's bio", "Erika Muster ist Redakteurin beim Nordsee Kurier und schreibt über die Küste."),
]


def negative_cases() -> Iterator[Case]:
    """Contributor and print-edition credits, a quote attribution inside the story, a photo credit."""
    for lang, what, notice in NEGATIVES:
        shape = f"must-not {lang} {notice[:32]!r}"
        yield Case("html", shape, what, "end", html_page(lang, f"<p>{notice}</p>", "end"), None)
        yield Case("text", shape, what, "end", text_dump(lang, notice, "end"), None)
    quote = ("<p>The old wall had cracked in two places after the January storm, the Valley Courier reported, "
             "and the council's engineers said it would not last another winter.</p>")
    yield Case("html", "must-not", "quote attribution", "body", html_page("en", "", "end", quote), None)
    yield Case("text", "must-not", "quote attribution", "body",
               text_dump("en", quote.removeprefix("<p>").removesuffix("</p>"), "end"), None)
    claim = ('<p>Source: <a href="https://engineering.portelwyn.example/report">Harbour Engineering Office, '
             "March 1, 2024</a></p><p>The council said it would decide on the wall before the autumn storms, and "
             "the engineers repeated that the old wall would not last another winter.</p>")
    yield Case("html", "must-not", "a claim's source amid the story", "body", html_page("en", "", "end", claim), None)
    yield Case("text", "must-not", "a claim's source amid the story", "body", text_dump(
        "en", "Source: [Harbour Engineering Office, March 1, 2024](https://engineering.portelwyn.example/report)\n\n"
        "The council said it would decide on the wall before the autumn storms, and the engineers repeated that "
        "the old wall would not last another winter.", "end"), None)
    photo = ('<figure><img src="/img/wall.jpg" alt="The old wall"><figcaption>The old wall at low tide. '
             "Photo: Valley Courier / Jane Doe</figcaption></figure>")
    yield Case("html", "must-not", "photo credit", "body", html_page("en", "", "end", photo), None)
    photo_source = ('<figure><img src="/img/tide.jpg" alt="The tide gauge"><figcaption>The tide gauge at the '
                    "harbour mouth. (Source: Reuters)</figcaption></figure>")
    yield Case("html", "must-not", "photo's (Source: X)", "body", html_page("en", "", "end", photo_source), None)
    yield Case("text", "must-not", "photo credit", "end",
               text_dump("en", "The old wall at low tide. Photo: Valley Courier / Jane Doe", "end"), None)


def all_cases() -> list[Case]:
    """Every case of the matrix, in print order."""
    return [*wording_cases(), *link_only_cases(), *domain_cases(), *whole_notice_cases(), *setting_cases(),
            *negative_cases()]


def run(case: Case) -> tuple[str | None, str | None]:
    """(name, url) of the original source the path gives for the case's document."""
    import newsgrab

    article = newsgrab.extract(case.doc, kind=case.path, url=PAGE_URL if case.page_url else None)
    source = article.original_source
    return (source.name, source.url) if source is not None else (None, None)


def passes(case: Case, got: tuple[str | None, str | None]) -> bool:
    """Whether the source read is the case's: the name case-folded, the address when it has one;
    a must-not case passes when no name is read (an address alone names nobody)."""
    name, url = got
    if case.name is None:
        return name is None
    return (name or "").casefold().strip() == case.name.casefold() and (case.url is None or url == case.url)


def main(argv: list[str] | None = None) -> int:
    import newsgrab

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--failed", action="store_true", help="print only the failures")
    args = ap.parse_args(argv)
    totals: dict[str, list[int]] = {}
    for case in all_cases():
        try:
            got = run(case)
        except newsgrab.NewsgrabError as exc:
            got = (f"error: {exc}", None)
        ok = passes(case, got)
        for key in (case.path, f"{case.path} {'must-not' if case.name is None else 'credits'}"):
            count = totals.setdefault(key, [0, 0])
            count[0] += ok
            count[1] += 1
        if ok and args.failed:
            continue
        print(f"{'ok  ' if ok else 'FAIL'} {case.path:4} {case.shape[:62]:62} {case.form:20} {case.place:12} "
              f"want {case.name!r} {case.url or ''} got {got[0]!r} {got[1] or ''}")
    print("\n" + ", ".join(f"{key}: {passed}/{total}" for key, (passed, total) in sorted(totals.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
