"""Errors a user can fix. The CLI prints them as one ``error:`` line and exits 2."""


class UserError(Exception):
    """Bad input or usage: the message says what is wrong and what to do about it."""
