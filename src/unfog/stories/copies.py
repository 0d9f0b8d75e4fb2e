"""Near-identical texts: syndicated copies and reposts of one article are one source.

A text's signature is a min-hash of its word 5-shingles (64 hashes); a few bands of it index the
documents, so that a new document is compared only with the documents sharing a band. Two texts are
copies when the estimated Jaccard similarity of their shingles is at least ``COPY_JACCARD`` (a
reworded lead or an added byline keeps a copy a copy; two reports of one event written separately
share far fewer shingles).
"""

from __future__ import annotations

import hashlib
import re

SHINGLE = 5
HASHES = 64
ROWS = 4  # hashes per band: 16 bands
COPY_JACCARD = 0.7
_WORD = re.compile(r"\w+")
_MASK = (1 << 61) - 1
_SEEDS = [int.from_bytes(hashlib.sha256(f"unfog-minhash-{i}".encode()).digest()[:8], "big") for i in range(HASHES)]


def _shingles(text: str) -> set[int]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        words = words + [""] * (SHINGLE - len(words))
    return {
        int.from_bytes(hashlib.blake2b(" ".join(words[i:i + SHINGLE]).encode(), digest_size=8).digest(), "big")
        for i in range(len(words) - SHINGLE + 1)
    }


def signature(text: str) -> list[int]:
    sh = _shingles(text)
    return [min(((h ^ seed) * 0x9E3779B97F4A7C15) & _MASK for h in sh) for seed in _SEEDS]


def bands(sig: list[int]) -> list[str]:
    return [
        f"{i}:" + hashlib.blake2b(repr(sig[i:i + ROWS]).encode(), digest_size=8).hexdigest()
        for i in range(0, len(sig), ROWS)
    ]


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two texts' shingles."""
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a) if a and len(a) == len(b) else 0.0


def is_copy(a: list[int], b: list[int]) -> bool:
    return similarity(a, b) >= COPY_JACCARD
