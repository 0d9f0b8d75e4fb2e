"""Infinitive cues and their controllers (``unfog.claims.control``): 'X refused to say whether ...'
proposes 'say' with X as its source (subject control), 'urged the minister to explain ...' with the
minister (object control), 'went on the radio to deny ...' with the subject of the verb the purpose
clause hangs on. Sentences of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.claims import ClaimStage
from unfog.claims.candidate import np_span, text_of
from unfog.claims.choose import options
from unfog.claims.control import controller, infinitive
from unfog.claims.lexicon import load_lexicon

from .support import by_cue, run

CONTROL = [
    # subject control: the matrix subject speaks
    ("The harbour master refused to say whether the ferry would sail.", "say", "The harbour master"),
    ("The airline declined to comment about its pilots' walkout.", "comment", "The airline"),
    ("The mayor of Tilbury promised to announce the budget next week.", "announce", "The mayor of Tilbury"),
    ("The union has vowed to reject any deal that cuts pensions.", "reject", "The union"),
    ("A river committee is expected to announce its findings on Friday.", "announce", "A river committee"),
    ("The rice growers want to learn when the canal will reopen.", "learn", "The rice growers"),
    # object control: the object of the matrix verb speaks
    ("The opposition urged the minister to explain why the tender was cancelled.", "explain", "the minister"),
    ("Reporters asked the coach to describe the injury.", "describe", "the coach"),
    ("The senator used the hearing to question the general about the contract.", "question", "The senator"),
    # a purpose clause: the subject of the verb it hangs on
    ("The regional governor went on the radio to deny that the dam had cracked.", "deny", "The regional governor"),
    # conjoined infinitives share the controller
    ("The council decided to postpone the vote and to explain its reasons later.", "explain", "The council"),
]


@pytest.mark.parametrize(("text", "verb", "source"), CONTROL)
def test_controller(nlp: Language, text: str, verb: str, source: str) -> None:
    doc = nlp(text)
    v = next(t for t in doc if t.lower_ == verb)
    assert infinitive(v)
    found = controller(v, load_lexicon())
    assert found is not None
    assert text_of(doc, np_span(found[0])) == source


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master did say the ferry would sail.",  # no infinitive
        "It is hard to say whether the ferry will sail.",  # no controller: an impersonal frame
    ],
)
def test_no_controller(nlp: Language, text: str) -> None:
    doc = nlp(text)
    v = next(t for t in doc if t.lower_ == "say")
    assert not infinitive(v) or controller(v, load_lexicon()) is None


PROPOSED = [
    # the cue runs from the matrix verb of a chain of complements to the infinitive
    ("The harbour master refused to say whether the ferry would sail.", "refused to say", "The harbour master"),
    (
        "The opposition urged the minister to explain why the tender was cancelled.",
        "urged the minister to explain",
        "the minister",
    ),
    ("The union has vowed to continue to deny that it broke the law.", "vowed to continue to deny", "The union"),
    # a purpose clause's cue is the infinitive alone
    ("The regional governor went on the radio to deny that the dam had cracked.", "deny", "The regional governor"),
]


@pytest.mark.parametrize(("text", "cue", "source"), PROPOSED)
def test_proposed_with_controller(stage: ClaimStage, nlp: Language, text: str, cue: str, source: str) -> None:
    doc = nlp(text)
    cand = next(c for c in stage.proposals(doc) if text_of(doc, c.cue) == cue)
    assert cand.open  # the learned scorer judges it
    assert cand.source is not None and text_of(doc, cand.source) == source
    offered = {
        rel: (text_of(doc, o.span) if o.span else None)
        for o in options(cand, doc, stage.lexicon)
        for rel in o.relations
    }
    assert offered["controller"] == source


def test_no_infinitive_without_model(nlp: Language) -> None:
    """Without a learned scorer the lexicon's candidates only: an intention is no report."""
    plain = ClaimStage(load_lexicon())
    doc = nlp("The airline declined to comment about its pilots' walkout.")
    assert not any(doc[c.cue[1] - 1].lower_ == "comment" for c in plain.proposals(doc))


def test_matrix_claim_keeps_subject(stage: ClaimStage, nlp: Language) -> None:
    """Whichever cue the stage keeps, the source is the one who refused, not the infinitive's empty subject."""
    claims = run(nlp, stage, "The harbour master refused to say whether the ferry would sail on Monday.")
    assert claims
    assert all(c.source is not None and c.source.name == "The harbour master" for c in claims)
    assert by_cue(claims, claims[0].cue.text).source is not None
