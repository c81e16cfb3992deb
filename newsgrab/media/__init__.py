"""Media: what a URL is (image, video, audio, embed host) and the media an HTML element holds.

`classify` works on URLs alone (text input uses it without loading lxml); `elements` reads HTML
elements and never changes the tree; `captions` and `credittail` read a picture's caption and credit
off an element's text or a converter's line (the text path's headline ranking and the boilerplate
pass ask whether a line is a credited caption); `labels` reads a line that labels the one medium it
printed ("Video: <address>") as that medium, for both paths. Hands on `Media` items. Imports no other
stage.
"""
