"""In-document resolution: pronouns, bare surnames and short names refer back to a full name.

The document's main entity is its title (Wikipedia disambiguator stripped: "Willi Schneider
(skeleton racer)" -> "Willi Schneider") when the source has one, else the first full
(two-word or longer) subject the extractor meets. A mention resolves to the main entity when it
is a pronoun, or when its name is compatible with the main entity's name: the same key, a bare
surname or first name of it, the same first and last words (middle names added or left out),
initials that fit ("N. C. Wyeth" ~ "Newell Convers Wyeth"), or the main name's words all present
(a nickname "Wilfried "Willi" Schneider" ~ "Willi Schneider"). Facts are counted under the main
entity's key, so one person is one subject however the document spells them. Other bare
surnames resolve to an earlier full name in the same document that ends with them.
"""

from __future__ import annotations

import re

from singleton.extract.normalize import canonical_key, entity_key, generational_or_roman

_DISAMBIG = re.compile(r"\s*\([^()]*\)\s*$")
PRONOUNS = frozenset(["he", "she", "it", "they", "his", "her", "its", "their", "him", "them"])
_NICK_RX = re.compile(r"[\"“”„«»]\s*([^\"“”„«»]{1,40}?)\s*[\"“”„«»]")


def strip_disambiguator(title: str) -> str:
    return _DISAMBIG.sub("", title or "").strip()


def name_tokens(name: str) -> list[str]:
    """Key tokens without generational suffixes (for comparing names)."""
    return [t for t in canonical_key(name).split() if not generational_or_roman(t)]


def nickname_tokens(name: str) -> list[str]:
    return [t for m in _NICK_RX.finditer(name or "") for t in canonical_key(m.group(1)).split()]


def compatible(name: str, main: str) -> bool:
    """Whether ``name`` (as written) can refer to the entity called ``main``."""
    a, b = name_tokens(name), name_tokens(main)
    if not a or not b:
        return False
    if a == b:
        return True
    if len(a) == 1:
        # a bare surname or first name of the main entity (only of a multi-word main name, so
        # "Paris" does not absorb every one-word subject)
        return len(b) >= 2 and (a[0] == b[-1] or a[0] == b[0])
    if len(b) == 1:
        return False
    if a[-1] == b[-1]:
        if a[0] == b[0]:
            return True  # middle names added or dropped
        # initials: "n c wyeth" ~ "newell convers wyeth"
        ia, ib = a[:-1], b[:-1]
        if len(ia) == len(ib) and all(
            x[0] == y[0] and (len(x) == 1 or len(y) == 1) for x, y in zip(ia, ib, strict=True)
        ):
            return True
        nick = set(nickname_tokens(name)) | set(nickname_tokens(main))
        full = set(a) | nick
        full_b = set(b) | nick
        if set(b) <= full or set(a) <= full_b:
            return True
    # a longer official name that contains the whole main name ("Jefferson Madeira da Silva")
    if len(b) >= 2 and len(a) > len(b):
        n = len(b)
        if any(a[i : i + n] == b for i in range(len(a) - n + 1)):
            return True
    return False


class DocResolver:
    """Resolves subject mentions within one document."""

    def __init__(self, title: str | None, text: str | None = None) -> None:
        t = strip_disambiguator(title) if title else ""
        self.main_text: str | None = t or None
        self.main_key: str | None = canonical_key(t) if t else None
        self._title_keys = {entity_key(t, k) for k in ("person", "work")} if t else set()
        self.from_title = bool(t)
        self.text = text
        self.full_names: dict[str, str] = {}  # last token -> full name as written

    def is_pronoun(self, text: str) -> bool:
        return text.strip().lower() in PRONOUNS

    def main(self) -> tuple[str, str] | None:
        if self.main_text and self.main_key:
            return self.main_text, self.main_key
        return None

    def resolve(self, text: str | None, kind: str, pos: int = -1) -> tuple[str, str] | None:
        """(subject_text, subject_key) for a mention, or None when it cannot be resolved.

        ``text`` None means the statement has no explicit subject: the main entity.
        """
        if text is None or self.is_pronoun(text):
            return self.main()
        key = entity_key(text, kind)
        if not key:
            return None
        if self.main_text is not None and (
            key == self.main_key
            or key in self._title_keys
            or (kind == "person" and compatible(text, self.main_text))
        ):
            return self.main_text, self.main_key  # type: ignore[return-value]
        ntok = len(key.split())
        if kind == "person":
            if ntok == 1:
                full = self.full_names.get(key) or self._earlier_full_name(text, pos)
                if full is not None:
                    self.full_names[key] = full
                    return full, canonical_key(full)
                return None  # a lone unknown surname is too ambiguous to count
            self.full_names.setdefault(key.split()[-1], text)
        if self.main_text is None and ntok >= 2 and kind in ("person", "organization", "work"):
            # no title: the first full name met becomes the main entity
            self.main_text, self.main_key = text, key
        return text, key

    def _earlier_full_name(self, token: str, pos: int) -> str | None:
        """The first "First [Middle] Token" written before ``pos`` (bounded look-back)."""
        if self.text is None or pos <= 0 or not token.strip():
            return None
        from singleton.extract.patterns import NAME

        lo = max(0, pos - LOOKBACK)
        rx = re.compile(rf"(?P<n>{NAME})")
        tok = token.strip()
        for m in rx.finditer(self.text, lo, pos):
            name = m.group("n")
            words = canonical_key(name).split()
            if len(words) >= 2 and words[-1] == canonical_key(tok):
                return name
        return None


LOOKBACK = 20_000
