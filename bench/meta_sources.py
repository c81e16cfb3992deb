"""Each tune miss of title or authors beside what every source of its page says: a table before a rule.

    .venv/bin/python bench/meta_sources.py RUN.json --field title       # bench/meta tune misses
    .venv/bin/python bench/meta_sources.py RUN.json --field authors
    .venv/bin/python bench/meta_sources.py --readability --field authors   # the Readability tune misses

A miss read page by page invites a rule for that page. Read as a table, one row a miss with the
page's own sources side by side (title: `<title>`, og:title, twitter:title, the <h1>s, a JSON-LD
headline; authors: the author <meta> keys newsgrab reads, JSON-LD authors, rel=author links, links
to an author's page, byline-named elements), a family shows as a column that repeats over sites
("two sources agree on the truth and newsgrab took a third") and a weak truth shows as a truth that
no source of the page gives (a site suffix the page never writes, a curly quote, a handle). The
last two columns name the sources whose value equals the truth and newsgrab's output (folded as
the benches fold): a row where the truth column names two sources and newsgrab's none is a
candidate for agreement; one where the truth column is empty is a truth to read before tuning.

RUN.json is a `../shared/tools/metabench.py --json` file (newsgrab's verdicts are read from it);
`--readability` runs newsgrab on the Readability pages and compares as bench/metadata_agreement.py
does. Only the tune half is listed (bench/splits.py, by site): holdout pages are never opened.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.metadata_agreement import name_set
from bench.shared_data import SHARED
from bench.splits import TUNE, half_of, site_of_readability_page, site_of_url
from newsgrab.meta.authors import AUTHOR_KEYS

META_ROOT = SHARED / "bench" / "meta"
READABILITY_PAGES = SHARED / "bench" / "readability" / "pages"
#: characters of a source's value shown in a cell
CELL_CHARS = 60
#: values of one source shown (a page may have a dozen h1s or byline elements)
VALUES_SHOWN = 3
_SPACE_RE = re.compile(r"\s+")
#: a CDATA wrapper or an HTML comment around a JSON-LD block's text (JSON does not allow either)
_WRAPPER_RE = re.compile(r"^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$")
_BYLINE_CLASS_XPATH = ("//*[contains(concat(' ', @class, ' '), 'byline') or contains(@class, 'author')"
                       " or @itemprop='author']")


def fold(text: str | None) -> str:
    """NFC, whitespace collapsed, case folded: how metabench and metadata_agreement compare titles."""
    return _SPACE_RE.sub(" ", unicodedata.normalize("NFC", text or "")).strip().casefold()


def _text(value: str | None) -> str:
    return _SPACE_RE.sub(" ", value or "").strip()


def _meta(tree: lxml.html.HtmlElement, key: str) -> list[str]:
    """Values of the <meta> elements named `key` by name, property or itemprop (any case)."""
    found = []
    for el in tree.iter("meta"):
        names = " ".join(el.get(a, "") for a in ("name", "property", "itemprop")).casefold().split()
        if key in names and _text(el.get("content")):
            found.append(_text(el.get("content")))
    return found


def _jsonld(tree: lxml.html.HtmlElement) -> list[Any]:
    """Every JSON-LD object of the page, nested ones and @graph members included."""
    out: list[Any] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().casefold() != "application/ld+json":
            continue
        try:
            stack = [json.loads(_WRAPPER_RE.sub("", script.text or ""))]
        except ValueError:
            continue
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                out.append(item)
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
    return out


def title_sources(tree: lxml.html.HtmlElement) -> dict[str, list[str]]:
    """What the page's own title sources say, in the order a reader meets them."""
    headlines = [h for item in _jsonld(tree) if isinstance(h := item.get("headline"), str) and h.strip()]
    return {
        "<title>": [t for t in (_text(el.text_content()) for el in tree.iter("title")) if t][:1],
        "og:title": _meta(tree, "og:title"),
        "twitter:title": _meta(tree, "twitter:title"),
        "h1": [t for t in (_text(el.text_content()) for el in tree.iter("h1")) if t],
        "json-ld headline": [_text(h) for h in headlines],
    }


def _ld_names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _ld_names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _ld_names(v)]
    return []


def author_sources(tree: lxml.html.HtmlElement) -> dict[str, list[str]]:
    """What the page's own author sources say: meta keys, JSON-LD, links and byline-named elements."""
    links = [a for a in tree.iter("a") if (a.get("rel") or "").casefold() == "author"]
    paths = [a for a in tree.iter("a") if "/author/" in (a.get("href") or "")]
    return {
        # one value a key: several <meta> elements of one key (citation_author) name one list
        "meta": [f"{key}={'; '.join(values)}" for key in AUTHOR_KEYS if (values := _meta(tree, key))],
        "json-ld author": [_text(n) for item in _jsonld(tree) for n in _ld_names(item.get("author"))],
        "rel=author": [_text(a.text_content()) for a in links],
        "/author/ link": [_text(a.text_content()) for a in paths],
        "byline element": [t for t in (_text(el.text_content()) for el in tree.xpath(_BYLINE_CLASS_XPATH)) if t],
    }


def _same(field: str, source_value: str, value: Any) -> bool:
    if field == "authors":
        return bool(name_set(source_value.split("=", 1)[-1])) and name_set(source_value.split("=", 1)[-1]) == \
            name_set(value)
    return bool(fold(source_value)) and fold(source_value) == fold(value if isinstance(value, str) else None)


def agreeing(field: str, sources: dict[str, list[str]], value: Any) -> list[str]:
    """The sources one of whose values equals `value` (folded; authors as a set of names)."""
    return [name for name, values in sources.items() if value and any(_same(field, v, value) for v in values)]


def _cell(values: list[str]) -> str:
    shown = [v if len(v) <= CELL_CHARS else v[:CELL_CHARS] + "…" for v in values[:VALUES_SHOWN]]
    more = f" (+{len(values) - VALUES_SHOWN})" if len(values) > VALUES_SHOWN else ""
    return "; ".join(shown).replace("|", "/") + more


def row(page: str, field: str, tree: lxml.html.HtmlElement, ours: Any, truth: Any) -> str:
    """One line of the table: the page, each source, ours, the truth, who agrees with each."""
    sources = title_sources(tree) if field == "title" else author_sources(tree)
    cells = [page, *(f"{k}: {_cell(v)}" if v else f"{k}: -" for k, v in sources.items())]
    cells += [f"ours: {ours!r}", f"truth: {truth!r}",
              "truth=" + (",".join(agreeing(field, sources, truth)) or "none"),
              "ours=" + (",".join(agreeing(field, sources, ours)) or "none")]
    return "| " + " | ".join(c.replace("\n", " ") for c in cells) + " |"


def meta_misses(run: dict[str, Any], field: str, root: Path) -> list[str]:
    """Rows for newsgrab's tune misses of `field` in a metabench run (holdout pages are not opened)."""
    rows = []
    for page in run["per_page"]:
        if half_of(site_of_url(page["truth"].get("url"))) != TUNE:
            continue
        if page["scores"].get("newsgrab", {}).get(field) is not False:
            continue
        path = root / page["source"] / "pages" / f"{page['id']}.html.gz"
        tree = lxml.html.fromstring(gzip.decompress(path.read_bytes()))
        rows.append(row(f"{page['source']}/{page['id']}", field, tree,
                        page["outputs"]["newsgrab"].get(field), page["truth"].get(field)))
    return rows


def readability_misses(field: str, pages: Path) -> list[str]:
    """Rows for newsgrab's tune misses of `field` on the Readability pages (title, or byline as authors)."""
    from bench.metadata_agreement import agree, newsgrab_fields

    key = "byline" if field == "authors" else field
    rows = []
    for case in sorted(p for p in pages.iterdir() if (p / "expected-metadata.json").exists()):
        if half_of(site_of_readability_page(case.name)) != TUNE:
            continue
        want = json.loads((case / "expected-metadata.json").read_text("utf-8")).get(key)
        html = (case / "source.html").read_bytes()
        got = newsgrab_fields(html)[key]
        if want and not agree(key, got, want):
            rows.append(row(f"readability/{case.name}", field, lxml.html.fromstring(html), got, want))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("run", type=Path, nargs="?", help="a metabench --json file (bench/meta misses)")
    ap.add_argument("--field", choices=("title", "authors"), default="title")
    ap.add_argument("--readability", action="store_true", help="the Readability pages' misses instead")
    ap.add_argument("--root", type=Path, default=META_ROOT, help="the bench/meta pages (default ../shared)")
    args = ap.parse_args(argv)
    if args.readability:
        if not READABILITY_PAGES.is_dir():
            print(f"no Readability pages at {READABILITY_PAGES}: skipped", file=sys.stderr)
            return 0
        rows = readability_misses(args.field, READABILITY_PAGES)
    elif args.run is None:
        ap.error("give a metabench --json file, or --readability")
    else:
        rows = meta_misses(json.loads(args.run.read_text(encoding="utf-8")), args.field, args.root)
    print("\n".join(rows))
    print(f"{len(rows)} tune misses of {args.field}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
