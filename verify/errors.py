"""Errors that mean "the input is wrong": the CLI prints them as one line and exits 2."""


class InputError(Exception):
    """Bad user input (article, claim file, cassette, option): a one-line message, no traceback."""
