"""The features of a trigger's modality that scripts/train_modality.py learns from (own sentences)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from spacy.language import Language

from unfog.events import EventStage

# the features belong to the measuring harness, not to the stage: they live beside it in scripts/
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from modality_features import features


@pytest.mark.parametrize(
    ("text", "word", "present", "absent"),
    [
        ("The militia shelled Port Velden.", "shelled",
         {"rule=asserted", "tense=VBD"}, {"neg", "conditional", "question"}),
        ("The militia did not shell Port Velden.", "shell", {"rule=negated", "neg"}, {"aux=will"}),
        ("The militia will shell Port Velden.", "shell", {"rule=future", "aux=will"}, {"neg"}),
        ("The brigade said it would leave Kaga.", "leave", {"aux=would", "gov=reporting"}, {"conditional"}),
        ("If the brigade leaves Kaga, the rebels could advance.", "leaves",
         {"conditional", "if_in_sentence"}, {"gov=reporting"}),
        ("The council refused to reopen the bridge.", "reopen",
         {"rule=negated", "gov=negating_head", "to_infinitive", "gov_tense=VBD"}, {"neg"}),
        ("The envoy failed to reach Kaga.", "reach", {"rule=negated", "gov=negative_implicative"}, set()),
        ("Did the rebels storm the depot?", "storm", {"rule=hypothetical", "question"}, {"neg"}),
        ('"We will not retreat," the colonel said.', "retreat", {"quoted", "neg", "aux=will"}, set()),
    ],
)
def test_features(nlp: Language, stage: EventStage, text: str, word: str, present: set[str],
                  absent: set[str]) -> None:
    tok = next(t for t in nlp(text) if t.text == word)
    got = set(features(tok, stage.knowledge.modality))
    assert present <= got, got
    assert not (absent & got), got
