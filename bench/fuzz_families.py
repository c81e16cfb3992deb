"""The mutation families of bench/fuzz_mutate.py: each breaks a real page one way and returns it as
`extract` is given it (the page, its kind, its URL).

One function a family, named `f_<family>` (the runner lists them by that prefix, `FAMILIES`): truncation,
byte flips, control characters, deep nesting, huge attributes and lines, byte-order marks and lying
charsets, hostile JSON-LD, absurd datetimes, hostile URLs, pathological text and Markdown, broken markup.
Kept apart from the runner so each module stays one concern (the runner: CPU budgets, hangs, findings).
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Callable

#: an input as extract is given it: the page (bytes or text), its kind, its URL
Mutant = tuple[bytes | str, str, str | None]


def body_point(page: bytes, rng: random.Random) -> int:
    """A random place in the page's <body> (or anywhere, when it has none)."""
    i = page.find(b"<body")
    lo = i if i >= 0 else 0
    return rng.randint(lo, len(page))


# ---- families: each returns (data, kind, url)

def f_trunc(rng: random.Random, h: list[bytes], t: list[bytes]) -> Mutant:
    page = rng.choice(h + t)
    cut = rng.randint(0, len(page))
    if rng.random() < 0.3:  # mid tag / entity / utf-8
        for needle in (b"<", b"&", b"\xe2", b"\xc3", b"=\"", b"<!--", b"<script"):
            j = page.find(needle, rng.randint(0, len(page)))
            if j >= 0 and rng.random() < 0.5:
                cut = j + rng.randint(1, 3)
                break
    data = page[:cut]
    if rng.random() < 0.2:
        data = gzip.compress(page)[: rng.randint(10, max(11, len(page) // 3))]
    return data, rng.choice(["auto", "html", "text"]), None


def f_flip(rng: random.Random, h: list[bytes], t: list[bytes]) -> Mutant:
    page = bytearray(rng.choice(h + t))
    for _ in range(rng.choice([1, 4, 32, 256, 2048])):
        if not page:
            break
        page[rng.randrange(len(page))] = rng.randrange(256)
    return bytes(page), rng.choice(["auto", "html", "text"]), None


CTRL = [b"\x00", b"\x01", b"\x08", b"\x0b", b"\x0c", b"\x1b", b"\x1f", b"\x7f", b"\xc2\x85", b"\xe2\x80\xa8",
        b"\xef\xbb\xbf", b"\xef\xbf\xbe", b"\xed\xa0\x80", b"&#0;", b"&#xD800;", b"&#x110000;", b"&#99999999999;",
        b"\r", b"\r\r\r", b"\xe2\x80\x8b", b"\xcc\x81" * 50]


def f_ctrl(rng: random.Random, h: list[bytes], t: list[bytes]) -> Mutant:
    page = bytearray(rng.choice(h + t))
    n = rng.choice([1, 10, 100, 3000])
    for _ in range(n):
        i = rng.randrange(len(page) + 1)
        page[i:i] = rng.choice(CTRL)
    return bytes(page), rng.choice(["auto", "html", "text"]), None


NEST = [(b"<div>", b"</div>"), (b"<b>", b"</b>"), (b"<table><tr><td>", b"</td></tr></table>"),
        (b"<ul><li>", b"</li></ul>"), (b"<blockquote>", b"</blockquote>"), (b"<a href=/x>", b"</a>"),
        (b"<span class=content>", b"</span>"), (b"<p>", b"</p>"), (b"<section><article>", b"</article></section>"),
        (b"<svg>", b"</svg>"), (b"<font>", b""), (b"<i><b>", b""), (b"<li>", b""), (b"<h2>", b""),
        (b"<template>", b"</template>"), (b"<noscript>", b"</noscript>"), (b"<object>", b"</object>"),
        (b"<figure><figcaption>", b"</figcaption></figure>"), (b"<select><option>", b"</option></select>")]


def f_nest(rng: random.Random, h: list[bytes], t: list[bytes]) -> Mutant:
    page = rng.choice(h)
    open_, close = rng.choice(NEST)
    depth = rng.choice([1000, 10_000, 30_000, 100_000])
    inner = b"<p>deep words here and there</p>"
    blob = open_ * depth + inner + (close * depth if rng.random() < 0.7 else b"")
    i = body_point(page, rng)
    if rng.random() < 0.3:
        return b"<html><body>" + blob, "html", None
    return page[:i] + blob + page[i:], rng.choice(["auto", "html"]), None


def f_huge(rng: random.Random, h: list[bytes], t: list[bytes]) -> Mutant:
    page = rng.choice(h)
    i = body_point(page, rng)
    n = rng.choice([100_000, 1_000_000, 5_000_000])
    choice = rng.randrange(8)
    if choice == 0:
        blob = b'<div class="' + b"a" * n + b'">x</div>'
    elif choice == 1:
        blob = b'<a href="http://e.org/' + b"%41" * (n // 3) + b'">link</a>'
    elif choice == 2:
        blob = b"<p>" + b"word " * (n // 5) + b"</p>"
    elif choice == 3:
        blob = b"<p>" + b"x" * n + b"</p>"
    elif choice == 4:
        blob = b"<div " + b" ".join(b"a%d=1" % k for k in range(n // 8)) + b">x</div>"
    elif choice == 5:
        blob = b'<img src="data:image/png;base64,' + b"A" * n + b'">'
    elif choice == 6:
        blob = b"<title>" + b"a | " * (n // 4) + b"</title>"
    else:
        blob = b'<meta name="author" content="' + b"Jane Doe, " * (n // 10) + b'">'
    return page[:i] + blob + page[i:], rng.choice(["auto", "html"]), None


BOMS = [b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"+/v8", b"\x0e\xfe\xff"]
CHARSETS = [b"utf-16", b"utf-16le", b"utf-32", b"shift_jis", b"iso-2022-jp", b"utf-7", b"x-user-defined",
            b"bogus-charset", b"utf-8", b"windows-1252", b"euc-kr", b"gb18030", b"big5", b"koi8-r", b"ascii",
            b"", b"\"", b"utf-8\x00", b"cp65001", b"unicode", b"binary", b"hz-gb-2312", b"iso-8859-8-i",
            b"replacement", b"utf-16be;utf-8", b"mac-roman", b"latin1" * 100]


def f_enc(rng: random.Random, h: list[bytes], t: list[bytes]) -> Mutant:
    page = rng.choice(h + t)
    c = rng.randrange(7)
    if c == 0:
        return rng.choice(BOMS) + page, rng.choice(["auto", "html", "text"]), None
    if c == 1:
        text = page.decode("utf-8", "replace")
        enc = rng.choice(["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-16"])
        data = text.encode(enc, "replace")
        if rng.random() < 0.5:
            data = data[: rng.randint(1, len(data))]  # odd length
        return data, rng.choice(["auto", "html", "text"]), None
    if c == 2:
        cs = rng.choice(CHARSETS)
        tag = rng.choice([b'<meta charset="%s">', b'<meta http-equiv="Content-Type" content="text/html; charset=%s">',
                          b"<?xml version=\"1.0\" encoding=\"%s\"?>"]) % cs
        return tag + page, rng.choice(["auto", "html"]), None
    if c == 3:
        text = page.decode("utf-8", "replace")
        enc = rng.choice(["shift_jis", "euc-kr", "gb18030", "koi8-r", "cp1252", "utf-7", "big5", "iso-2022-jp"])
        return text.encode(enc, "replace"), rng.choice(["auto", "html", "text"]), None
    if c == 4:  # str input with surrogates, BOMs, odd
        text = page.decode("utf-8", "replace")
        pieces = ["\ud800", "\udfff", "\ufeff", "\x00", "\U0010ffff", "\ufffe"]
        lst = list(text)
        for _ in range(rng.choice([1, 20, 500])):
            lst.insert(rng.randrange(len(lst) + 1), rng.choice(pieces))
        return "".join(lst), rng.choice(["auto", "html", "text"]), None
    if c == 5:  # gzip of mutated, gzip of gzip, gzip with trailing garbage
        inner = gzip.compress(page)
        choice = rng.randrange(3)
        if choice == 0:
            return gzip.compress(inner), "auto", None
        if choice == 1:
            return inner + b"garbage\x00\xff" * rng.randint(1, 100), "auto", None
        return inner + inner, "auto", None
    # mixed encodings: latin-1 chunk inside utf-8
    i = rng.randrange(len(page) + 1)
    mixed = "Ça coûte €4 straße".encode(rng.choice(["latin-1", "cp1252", "utf-16-le"]), "replace")
    return page[:i] + mixed + page[i:], rng.choice(["auto", "html", "text"]), None


def _deep_json(depth: int, rng: random.Random) -> str:
    o, c = rng.choice([("[", "]"), ('{"a":', "}"), ('{"@graph":[', "]}"), ('{"author":', "}")])
    return o * depth + '"x"' + c * depth


JSONLD: list[Callable[[random.Random], str]] = [
    lambda rng: _deep_json(rng.choice([1000, 10_000, 100_000]), rng),
    lambda rng: json.dumps({"@type": "NewsArticle", "headline": "h" * 1_000_000}),
    lambda rng: json.dumps({"@type": "NewsArticle", "author": [{"@type": "Person", "name": f"N{i}"}
                                                                for i in range(50_000)]}),
    lambda rng: json.dumps({"@type": ["NewsArticle", 5, None, {}], "headline": {"x": 1}, "author": 5,
                            "datePublished": [], "dateModified": {"@value": 7}, "publisher": "x",
                            "image": 3.5, "url": ["a", None], "name": True}),
    lambda rng: '{"@type":"NewsArticle","datePublished":1e999,"headline":NaN,"author":-Infinity}',
    lambda rng: '{"@type":"NewsArticle","headline":"' + "\\ud800" * 100 + '","author":{"name":"\\u0000"}}',
    lambda rng: '{"@graph": "x", "@type": null}',
    lambda rng: json.dumps([{"@type": "NewsArticle", "author": {"@id": "#a"}},
                            {"@id": "#a", "@type": "Person", "name": {"@id": "#a"}, "author": {"@id": "#a"}}]),
    lambda rng: '{"@type":"NewsArticle","datePublished":"' + "9" * 100_000 + '"}',
    lambda rng: '{"@type":"NewsArticle","headline":' + "1" * 50_000 + '}',
    lambda rng: "{" * 200_000,
    lambda rng: '{"@type":"NewsArticle"' + ',"author":"x"' * 100_000 + "}",
    lambda rng: json.dumps({"@type": "NewsArticle", "author": {"name": [[["x"]]]},
                            "datePublished": "0000-00-00T00:00:00Z", "dateModified": "-1-01-01",
                            "publisher": {"name": {"name": {"name": 1}}}, "mainEntityOfPage": {"@id": 5},
                            "keywords": {"a": 1}, "articleSection": 7, "inLanguage": []}),
    lambda rng: '{"@context":"https://schema.org","@type":"NewsArticle","headline":"</script><p>x</p>"}',
]


def f_jsonld(rng: random.Random, h: list[bytes], t: list[bytes]) -> Mutant:
    page = rng.choice(h)
    blob = b'<script type="application/ld+json">' + rng.choice(JSONLD)(rng).encode("utf-8", "surrogatepass") + \
        b"</script>"
    i = page.find(b"</head>")
    i = i if i >= 0 else 0
    return page[:i] + blob * rng.choice([1, 1, 3]) + page[i:], rng.choice(["auto", "html"]), None


DATES = ["0000-01-01", "0000-00-00T00:00:00Z", "99999-12-31", "-0001-01-01", "2024-01-01T00:00:00-99:99",
         "2024-01-01T00:00:00+14:01", "2024-02-30", "2024-13-45T25:61:61", "1e999", "9" * 400, "-" * 50,
         "2024-01-01T00:00:00.99999999999999999999Z", "2024-06-01T12:00:00+24:00", "2024-06-01T12:00:00-23:59",
         "1970-01-01T00:00:00Z", "9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00", "2024-W99-9",
         "2024-366", "P1Y", "@1717171717", "1717171717171717171717", "2024/06/01 25:00", "June 31, 2024",
         "31 Febuary 20245", "2024-06-01T12:00:00Z" * 1000, "\x00", "2024-06-01T12:00:00+05:30:99",
         "١٤٤٥-٠١-٠١", "２０２４年６月１日", "yesterday", "1 hour ago", "-1 hours ago", "999999999 days ago",
         "2024-06-01T12:00:00 America/Nowhere", "Mon, 32 Jun 2024 99:99:99 +9999", "2024-00-00"]


def f_time(rng: random.Random, h: list[bytes], t: list[bytes]) -> Mutant:
    page = rng.choice(h + t)
    d = rng.choice(DATES)
    if page in t or rng.random() < 0.15:
        # text dump header lines with absurd dates
        lines = page.split(b"\n")
        k = rng.randrange(min(len(lines), 12) + 1)
        lines.insert(k, rng.choice([b"Published %s", b"By Jane Doe | %s", b"Updated: %s", b"%s"]) % d.encode())
        return b"\n".join(lines), rng.choice(["auto", "text"]), None
    shape = rng.choice(['<time datetime="{d}">{d}</time>', '<meta property="article:published_time" content="{d}">',
                       '<meta name="date" content="{d}">', '<span class="date">{d}</span>',
                       '<meta itemprop="datePublished" content="{d}">',
                       '<script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"{d}"}}</script>',
                       '<abbr class="published" title="{d}">x</abbr>'])
    blob = shape.format(d=d.replace('"', "")).encode("utf-8")
    i = body_point(page, rng) if rng.random() < 0.5 else max(page.find(b"</head>"), 0)
    return page[:i] + blob * rng.choice([1, 5]) + page[i:], rng.choice(["auto", "html"]), None


URLS = ["http://[::1", "http://[::1]:99999/", "http://a:99999/", "http://a:-1/", "http://xn--/", "http://xn--a.com/",
        "http://xn--zz-zz.com/", "http://\u0000.com/", "http://ü.com:80/x", "http://%zz/",
        "http://" + "a" * 300 + ".com/",
        "http://" + "a." * 200 + "com/", "http:///x", "//", "http://a..b/", "javascript:alert(1)", "data:,x",
        "http://user:pw@[v1.x]/", "http://[fe80::1%25eth0]/", "https://例え.テスト/", "http://.", "http://a.com:0",
        "http://\ufffd/", "http://a.com/" + "%" * 1000, "http://a b.com/", "mailto:", "http:", "::", "http://[",
        "http://]", "ftp://x:65536", "http://\u200b.com/", "http://a.com/\ud800", "http://xn--" + "a" * 70 + ".com",
        "http://" + "\u00e9" * 64 + ".com", "http://a.com#" + "#" * 1000, "HTTP://A.COM:", "http://1.2.3.4.5/",
        "http://0x7f.1/", "http://a.com/?" + "&a=b" * 5000, "\\\\server\\share", "file:///etc/passwd",
        "http://[::ffff:1.2.3.4]/", "https://a.com:443:443/"]


def f_url(rng: random.Random, h: list[bytes], t: list[bytes]) -> Mutant:
    page = rng.choice(h + t)
    u = rng.choice(URLS)
    if rng.random() < 0.4:
        return page, rng.choice(["auto", "html", "text"]), u
    if page in t:
        lines = page.split(b"\n")
        k = rng.randrange(len(lines) + 1)
        lines.insert(k, rng.choice([b"[link](%s)", b"Originally published at %s", b"%s", b"![img](%s)",
                                    b"<%s>"]) % u.encode("utf-8", "surrogatepass"))
        return b"\n".join(lines), "text", rng.choice([None, "http://news.example.com/a"])
    ue = u.replace('"', "").encode("utf-8", "surrogatepass")
    blob = rng.choice([b'<a href="%s">x</a>', b'<img src="%s">', b'<link rel="canonical" href="%s">',
                       b'<meta property="og:url" content="%s">', b'<base href="%s">',
                       b'<meta property="og:image" content="%s">', b'<img srcset="%s 1x, %s 2x">',
                       b'<iframe src="%s"></iframe>', b'<video><source src="%s"></video>',
                       b'<link rel="amphtml" href="%s">', b'<meta property="og:site_name" content="%s">'])
    blob = blob.replace(b"%s", ue)
    i = body_point(page, rng) if rng.random() < 0.5 else max(page.find(b"</head>"), 0)
    return page[:i] + blob * rng.choice([1, 20]) + page[i:], rng.choice(["auto", "html"]), \
        rng.choice([None, "http://news.example.com/a", u])


MD = ["[", "](", "![", "*", "_", "**", "`", "```", "#", "> ", "- ", "1. ", "|", "(", ")", "<", "\\", "~~", "= ", "---"]


def f_text(rng: random.Random, h: list[bytes], t: list[bytes]) -> Mutant:
    c = rng.randrange(8)
    page = rng.choice(t)
    if c == 0:  # 10^5 lines
        lines = page.split(b"\n")
        out = (lines * (100_000 // max(len(lines), 1) + 1))[:100_000]
        return b"\n".join(out), rng.choice(["auto", "text"]), None
    if c == 1:  # one huge line
        n = rng.choice([1_000_000, 10_000_000])
        return b"Title\n\n" + (b"word " * (n // 5)) + b"\n\nEnd.\n", rng.choice(["auto", "text"]), None
    if c == 2:  # pathological markdown nesting
        tok = rng.choice(MD)
        n = rng.choice([1000, 10_000, 100_000])
        blob = (tok * n).encode()
        i = rng.randrange(len(page) + 1)
        return page[:i] + blob + page[i:], rng.choice(["auto", "text", "html"]), None
    if c == 3:  # mixed tokens random
        n = rng.choice([1000, 20_000, 200_000])
        blob = "".join(rng.choice([*MD, "word ", "\n", "x"]) for _ in range(n)).encode()
        return page + b"\n" + blob, rng.choice(["auto", "text", "html"]), None
    if c == 4:  # 10^5 one-char lines / empty lines
        return b"T\n\n" + rng.choice([b"\n", b"x\n", b"* \n", b"> \n", b"| a |\n", b"#\n", b"----\n"]) * 100_000, \
            rng.choice(["auto", "text"]), None
    if c == 5:  # [[[...]] nesting as link
        n = rng.choice([1000, 10_000, 50_000])
        return page + b"\n\n" + b"[" * n + b"x" + b"](http://a/)" * n + b"\n", rng.choice(["auto", "text"]), None
    if c == 6:  # long paragraph without sentence ends, or many sentence ends
        n = rng.choice([100_000, 1_000_000])
        unit = rng.choice([b"a. ", b"Mr. ", b"x", b"\xe3\x80\x82", b"... ", b"? ", b"A.B.C. "])
        return b"Headline\n\n" + unit * (n // len(unit)) + b"\n", rng.choice(["auto", "text"]), None
    # many short paragraphs with bylines/dates repeated
    unit = rng.choice([b"By Jane Doe\n\n", b"Share this article\n\n", b"Photo: Reuters\n\n", b"12 May 2024\n\n",
                       b"Advertisement\n\n", b"* [Home](/) * [News](/n)\n"])
    return page + unit * rng.choice([1000, 20_000]), rng.choice(["auto", "text"]), None


def f_html_misc(rng: random.Random, h: list[bytes], t: list[bytes]) -> Mutant:
    page = rng.choice(h)
    c = rng.randrange(8)
    i = body_point(page, rng)
    if c == 0:
        blob = b"<!--" * rng.choice([1, 10_000])
    elif c == 1:
        blob = b"<![CDATA[" + b"x" * 1000
    elif c == 2:
        blob = b"<" * rng.choice([10_000, 200_000])
    elif c == 3:
        blob = b"&" + b"#" * 10_000 + b";" + b"&amp" * 50_000
    elif c == 4:
        blob = b"<p>" * rng.choice([10_000, 100_000])
    elif c == 5:
        blob = b"<script>" + b"x" * 100_000  # unclosed script
    elif c == 6:
        blob = b"<br>" * rng.choice([10_000, 100_000])
    else:
        blob = b"<table>" + b"<tr><td>c</td>" * rng.choice([10_000, 50_000]) + b"</table>"
    return page[:i] + blob + page[i:], rng.choice(["auto", "html"]), None


FAMILIES: dict[str, Callable[[random.Random, list[bytes], list[bytes]], Mutant]] = {
    name[2:]: value for name, value in dict(globals()).items() if name.startswith("f_")}
