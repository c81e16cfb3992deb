"""Stage 1, reading: raw bytes to text (size limits, gzip, BOM, charset, binary refusal) and HTML-or-text.

Takes bytes, hands on a decoded `str` with the encoding used and the input's kind. Imports only the
shared vocabulary (`errors`, `settings`), never another stage.
"""
