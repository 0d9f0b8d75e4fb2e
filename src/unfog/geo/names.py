"""Name normalisation shared by the gazetteer builder and the lookups.

``normalize`` gives the key every name is stored and looked up under (lowercase, accents stripped,
dots and apostrophes dropped, hyphens as spaces); ``fold`` is a looser key for transliteration
variants ("Graivoron"/"Grayvoron", "Kyiv"/"Kiyiv"), used only when the exact key finds nothing.
"""

from __future__ import annotations

import re
import unicodedata

_DROP = re.compile(r"[.'\u2019\u2018`´]")
_SPACE = re.compile(r"[\s\-\u2010-\u2015/,]+")
_DOUBLE = re.compile(r"([a-z])\1+")


def strip_accents(text: str) -> str:
    if text.isascii():
        return text  # ASCII is its own NFKD form, with no combining marks
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize(text: str) -> str:
    """The lookup key of a name: 'Saint-Étienne' -> 'saint etienne', 'U.S.' -> 'us'."""
    key = strip_accents(text).lower()
    key = _DROP.sub("", key)
    return _SPACE.sub(" ", key).strip()


def fold(key: str) -> str:
    """A looser key over a normalised one: y->i, w->v, kh->h, doubled letters single."""
    key = key.replace("kh", "h").replace("y", "i").replace("w", "v").replace("j", "i")
    return _DOUBLE.sub(r"\1", key)


def is_latin(text: str) -> bool:
    """True when the name is written in Latin letters (after accents are stripped)."""
    return all(c.isascii() for c in strip_accents(text))
