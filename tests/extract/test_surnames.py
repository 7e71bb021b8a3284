"""Whose name is the document's person's: a name is the person's by the surname, past a
generational suffix (``core._same_surname``, which keeps "In his book …, A.I. Kitov claims" the
book of *Anatoly Kitov* and not of another author). The documents are constructed.
"""

from __future__ import annotations

from singleton.extract.core import _same_surname
from singleton.extract.resolve import DocResolver


def test_same_surname_is_past_a_generational_suffix() -> None:
    r = DocResolver("John Smith Jr.", "John Smith Jr. (born 1950) is an American painter.")
    assert _same_surname("J. Smith", r)
    assert _same_surname("John Smith Jr.", r)
    assert not _same_surname("Jane Doe", r)
    assert not _same_surname("Jr.", r)
