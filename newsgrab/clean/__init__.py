"""Cleaning passes that work on blocks, shared by HTML and text input."""
