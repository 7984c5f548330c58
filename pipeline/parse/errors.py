"""Errors a parser raises for input it cannot read."""


class ParseError(Exception):
    """A document that cannot be read; the message is one human-readable line."""
