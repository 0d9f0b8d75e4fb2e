"""The joint decision over one text's claims: of claims whose contents share at least half of each,
the stage keeps the one its scorer is surer of; claims of distinct contents all stay."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.claims import ClaimStage
from unfog.claims.candidate import text_of


@pytest.mark.parametrize(
    ("text", "scores", "kept"),
    [
        # 'released' and 'says' report one content: the surer one stays
        (
            "The ministry released a statement on Monday that says the bridge was destroyed overnight.",
            {"released": 0.6, "says": 0.9},
            ["says"],
        ),
        (
            "The ministry released a statement on Monday that says the bridge was destroyed overnight.",
            {"released": 0.9, "says": 0.6},
            ["released"],
        ),
        # a light verb and its stance noun: one speaker, no frame; the surer one stays
        (
            "The union voiced concern about the plant closures.",
            {"voiced": 0.9, "concern about": 0.6},
            ["voiced"],
        ),
        (
            "The union voiced concern about the plant closures.",
            {"voiced": 0.6, "concern about": 0.9},
            ["concern about"],
        ),
        # two sources, two contents: both stay
        (
            "The governor said the bridge was destroyed, and the mayor claimed that the dam still stood.",
            {"said": 0.9, "claimed": 0.5},
            ["said", "claimed"],
        ),
        # the cited report is a content of its own, not the governor's words
        (
            "The bridge was destroyed overnight, the governor said, citing a report by local officials.",
            {"said": 0.9, "citing": 0.8},
            ["said", "citing"],
        ),
    ],
)
def test_one_claim_per_content(
    nlp: Language, stage: ClaimStage, text: str, scores: dict[str, float], kept: list[str]
) -> None:
    sd = nlp(text)
    chosen = [c for c in stage.proposals(sd) if text_of(sd, c.cue) in scores]
    assert {text_of(sd, c.cue) for c in chosen} == set(scores)
    for c in chosen:
        c.score = scores[text_of(sd, c.cue)]
    assert [text_of(sd, c.cue) for c in stage.finish(chosen, sd)] == kept


def test_stage_keeps_one_of_a_shared_content(nlp: Language, stage: ClaimStage) -> None:
    text = "The ministry released a statement on Monday that says the bridge was destroyed overnight."
    sd = nlp(text)
    contents = [text_of(sd, c.content) for c in stage.candidates(sd)]
    assert len(contents) == 1
    assert "the bridge was destroyed overnight" in contents[0]
