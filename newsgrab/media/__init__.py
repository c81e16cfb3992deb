"""Media: what a URL is (image, video, audio, embed host) and the media an HTML element holds.

`classify` works on URLs alone (text input uses it without loading lxml); `elements` reads HTML
elements and never changes the tree. Hands on `Media` items. Imports no other stage.
"""
