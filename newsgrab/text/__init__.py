"""Stage 3 for text input: scraped or converted text to blocks, and the metadata it carries.

Takes the decoded text, hands on blocks (the same `Block` the HTML stage makes) and a `Metadata`.
The text may be a pasted article or a whole page as an HTML-to-text converter printed it (html2text,
markdownify, inscriptis, BeautifulSoup's get_text, lynx, w3m): the article is found inside it.

- headerblock.py: a known header block at the top (reader-service dump, e-mail header, front matter)
- markup.py, wrap.py, lines.py, brackets.py: the converters' syntax and wrapping, lines back to units (raw blocks)
- inline.py: links, images, emphasis and markers inside a unit: plain text, links, media
- mathml.py, placeholders.py: what a converter prints that a browser does not show as words:
  lynx's MathML markup (the formula's text stays), w3m's pictures named by their file
- span.py, closing.py: which run of blocks is the article (shape only), to its short last sentences
- mediaside.py: media-only blocks set aside while the readers below count blocks, put back after
- title.py, header.py, around.py: the headline, and the byline, dates and tags around it
- titled.py: a headline another line prints beside the site's name ("<headline> | Site"), as a `<title>`
- titleshape.py, echo.py, teasers.py: what title.py asks of a line (headline-shaped? retold by the
  story?) and the label lines and teaser lists that sit above or below a headline
- site.py: the site's name, from what the text prints of it twice (its `<title>` line, a copyright
  line, its logo at both ends, confirmed by a domain it prints or links to), and without a URL the
  domain it links to or prints most (`TextDocument.own_domain`, the pass's stand-in for the page's host)
- byline.py: the byline labels (data/byline_words.toml) and bare names header.py reads
- cards.py: bare names a byline's shape vouches for (a time stamp after them, a role line or an
  author's link under them), read by around.py before a name-shaped line beside the headline
- ends.py: end-anchored patterns ("ends with a full stop") searched only where a match can start
- captiontwice.py: a caption printed twice in a row, and the headline printed again, out of the body
- blocks.py: `parse_text`, the order of the above

Uses `meta` for dates and names and `media` for URLs; never imports `html`, `clean` or `api`.
"""
