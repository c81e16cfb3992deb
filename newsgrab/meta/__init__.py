"""Metadata: title, authors, dates, site, language, tags and original source, read from the intact page.

Takes the parsed tree (or text lines, through its helpers), hands on a `Metadata` with the provenance
of each field. Runs before any cleaning. Uses `media` to classify URLs; never imports `html`, `text`,
`clean` or `api`.
"""
