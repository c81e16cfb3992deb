"""Packaged data files that are not boilerplate rules."""
