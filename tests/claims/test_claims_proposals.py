"""One proposal per cue: an open cue (proposed from its frame alone) that shares a word with a frame's
cue is no proposal of its own; the frame wins. 'according to X' is the frame whose object is the
source, never an open verb 'accord' whose content would be that source."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.claims import ClaimStage
from unfog.claims.learned import CueModel
from unfog.claims.lexicon import load_lexicon


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@pytest.mark.parametrize(
    ("text", "cue_word", "source_word"),
    [
        ("According to the port authority, the ferry left two hours late.", "According", "authority"),
        ("The ferry left two hours late, according to the port authority.", "according", "authority"),
        ("Bread cost a fifth more last month, according to figures from the census office.", "according", "figures"),
        ("According to two nurses at the clinic, the generator failed during the night.", "According", "nurses"),
        ("The coach resigned on Friday, as per a statement from the club.", "as", "statement"),
    ],
)
def test_a_frame_is_proposed_once(nlp: Language, text: str, cue_word: str, source_word: str) -> None:
    doc = nlp(text)
    props = ClaimStage(load_lexicon(), CueModel({}, 0.0, 0.0)).proposals(doc)
    at = next(t.i for t in doc if t.text == cue_word)
    on_cue = [c for c in props if c.cue[0] <= at < c.cue[1]]
    assert [c.kind for c in on_cue] == ["frame"]
    src = on_cue[0].source
    assert src is not None and source_word in doc[src[0] : src[1]].text
    frames = [c.cue for c in props if c.kind == "frame"]
    assert not any(c.open and any(_overlap(c.cue, f) for f in frames) for c in props)
