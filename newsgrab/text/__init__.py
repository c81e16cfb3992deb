"""Stage 2 for text input: scraped or converted text to blocks, and the metadata its header lines hold.

Takes the decoded text, hands on blocks (the same `Block` the HTML stage makes) and a `Metadata`.
Uses `meta` for dates and names and `media` for URLs; never imports `html`, `clean` or `api`.
"""
