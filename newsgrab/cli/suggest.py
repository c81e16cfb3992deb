"""`newsgrab rules suggest DIR...`: propose a rule file from the notices that repeat across a site's pages.

    newsgrab rules suggest pages/ -o harbour.toml     # propose
    newsgrab --rules harbour.toml article.html        # after review

Reads every page under the given folders (and any files given), groups them by site (the page's
URL host, else its site name, else its folder), and writes the rules `newsgrab.clean.suggest`
proposes, in the `--rules` format, to `-o FILE` or stdout. The logic lives in that library module;
this one only reads the inputs and writes the file.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import click

#: file endings read as pages (HTML and text)
PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".txt", ".md", ".text"})


def page_files(inputs: tuple[Path, ...]) -> Iterator[Path]:
    """The page files under the inputs, in name order (a file given is read whatever its ending)."""
    for path in inputs:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES)
        else:
            yield path


@click.command("suggest", context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", metavar="DIR_OR_FILE...", nargs=-1, required=True,
                type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the rule file here (default: stdout).")
@click.option("--min-pages", type=click.IntRange(min=2), default=3, show_default=True,
              help="Pages of a site that must hold a paragraph at the same end.")
@click.option("--min-share", type=click.FloatRange(0.0, 1.0), default=0.2, show_default=True,
              help="Share of a site's pages that must hold it.")
@click.option("--rules", "rule_files", multiple=True, metavar="FILE", type=click.Path(path_type=Path),
              help="Rule files already in use: paragraphs they match are not proposed again; repeatable.")
@click.option("--site", metavar="NAME", help="Treat every page as one site of this name (pages without URLs).")
def suggest_command(inputs: tuple[Path, ...], output: Path | None, min_pages: int, min_share: float,
                    rule_files: tuple[Path, ...], site: str | None) -> None:
    """Propose boilerplate rules from the paragraphs that repeat at the start or end of many
    pages of one site, for review; pass the reviewed file back with `newsgrab --rules FILE`."""
    import newsgrab
    from newsgrab.clean.suggest import Page, suggest, to_toml
    from newsgrab.cli.output import resolved, write_atomic
    from newsgrab.options import Options
    from newsgrab.rules import load_rules

    files = list(page_files(inputs))
    if output is not None and resolved(output) in {resolved(path) for path in (*files, *rule_files)}:
        # a page or a rule file read here is an input, and an input is never overwritten
        raise click.UsageError(f"{output} is also an input: it is never overwritten")
    try:
        rules = load_rules(rule_files)
    except newsgrab.NewsgrabError as exc:
        raise click.UsageError(str(exc)) from exc
    keep_all = Options(keep=frozenset({"all"}))
    pages, failed = [], 0
    for path in files:
        try:
            article = newsgrab.extract_file(path, options=keep_all)
        except newsgrab.NewsgrabError as exc:
            failed += 1
            click.echo(f"suggest: {path}: {exc}", err=True)
            continue
        host = (urlsplit(article.url or "").hostname or "").removeprefix("www.")
        name = site or host or article.site_name or path.parent.name or "site"
        pages.append(Page(name, str(path), [block for block, _ in article.timeline], article))
    found = suggest(pages, rules, min_pages=min_pages, min_share=min_share)
    sources = ", ".join(str(path) for path in inputs)
    text = to_toml(found, f"{len(pages)} pages under {sources}")
    if output is None:
        sys.stdout.write(text)
    else:
        try:
            write_atomic(output, text)  # no half-written rule file after a crash or a full disk
        except OSError as exc:
            raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc
    sites = len({page.site for page in pages})
    click.echo(f"suggest: {len(found)} rule(s) from {len(pages)} page(s) of {sites} site(s)"
               + (f" ({failed} pages unreadable)" if failed else "")
               + (f", written to {output}" if output else ""), err=True)


if __name__ == "__main__":
    suggest_command()
