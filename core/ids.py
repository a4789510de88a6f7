"""Values from URLs and query strings that should name a row."""


def is_id(value):
    """Whether a value from a URL can be a row id: digits only, short enough for the database."""
    return bool(value) and value.isascii() and value.isdecimal() and len(value) < 16
