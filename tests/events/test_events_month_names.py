"""A month's name in a date is no common word of a cue list (own sentences): "March" in "on March
12" is the month, not the noun "march" of the protest cues, so force used on a crowd that no
protest is said to hold stays an attack."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.events import EventStage

from .support import acled, assert_label

CASES = [
    ("Police fired on a crowd of villagers in Port Velden on March 12, killing three.", "Attack"),
    ("Gunmen killed two herders near Kaga on 3 March.", "Attack"),
    # the noun itself still names a protest
    ("Police fired on a march in Port Velden on Sunday, killing three.", "Excessive force against protesters"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_month_is_no_protest_word(nlp: Language, stage: EventStage, text: str, want: str) -> None:
    assert_label(nlp, stage, text, acled, want)
