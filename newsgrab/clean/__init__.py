"""Stage 4, cleaning: the in-article boilerplate pass on blocks, the same for HTML and text input.

Takes blocks and the page's metadata, hands on the kept blocks, the `Removal` audit and an original
source found in a notice. Uses the rules (`newsgrab.rules`) and `meta` for dates; never imports a
reading stage (`read`, `html`, `text`) or `api`.
"""
