"""Attributions the parse splits apart (own sentences): a quote and its bare 'She said.' parsed as
two sentences, a quote that runs on into the next paragraph without a closing mark, 'called for X
to resign' (the parse makes 'for' a clause mark); and the scorer's feature of a cue reported inside
another attribution's content ('noted that experts say ...')."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.claims import ClaimStage
from unfog.claims.candidate import Candidate
from unfog.claims.learned import CueModel, features
from unfog.claims.lexicon import load_lexicon


@pytest.fixture(scope="module")
def wide() -> ClaimStage:
    """A stage that proposes everything (an empty model: the scorer's decision is not tested)."""
    return ClaimStage(load_lexicon(), CueModel({}, 0.0, 0.0))


def proposals(nlp: Language, stage: ClaimStage, text: str, cue: str) -> list[tuple[str, bool]]:
    doc = nlp(text)
    found: list[Candidate] = [c for c in stage.proposals(doc) if doc[c.cue[0] : c.cue[1]].text == cue]
    return [(str(doc[c.content[0] : c.content[1]].text).strip(), c.open) for c in found]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            '"The levy has doubled what we pay for diesel." The farmer said.',
            "said",
            '"The levy has doubled what we pay for diesel."',
        ),
        (
            "The mayor spoke at length.\n\n"
            '"We will rebuild every bridge in this valley before the winter comes. Nobody will be left '
            'behind." She said.',
            "said",
            '"We will rebuild every bridge in this valley before the winter comes. Nobody will be left behind."',
        ),
        (
            '"We will rebuild every bridge before winter," the mayor said. "Nobody will be left behind. '
            'Every family will get help.\n\n"The money is already there," she added.',
            "said",
            '"We will rebuild every bridge before winter," the mayor said. "Nobody will be left behind. '
            "Every family will get help.",
        ),
        ("The union called for the minister to resign.", "called for", "the minister to resign"),
        ("Protesters pushed for the council to reopen the library.", "pushed for", "the council to reopen the library"),
    ],
)
def test_split_attributions_get_their_content(
    nlp: Language, wide: ClaimStage, text: str, cue: str, content: str
) -> None:
    assert content in [c for c, _ in proposals(nlp, wide, text, cue)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # the cue's own sentence says something: the quote before it is not its content
        ('"The levy has doubled." The farmer said the bank had refused him a loan.', "said"),
        # a quote that opens a sentence of its own is no content of a cue with nothing before it
        ("The farmer said.", "said"),
    ],
)
def test_quote_before_needs_a_bare_cue(nlp: Language, wide: ClaimStage, text: str, cue: str) -> None:
    assert all(c != '"The levy has doubled."' for c, _ in proposals(nlp, wide, text, cue))


@pytest.mark.parametrize(
    ("text", "cue", "outer"),
    [
        ("The minister noted that engineers say the dam is safe.", "say", "verb"),
        ('"Engineers say the dam is safe," the minister said.', "say", "verb-left"),
        ("According to the ministry, engineers say the dam is safe.", "say", "frame"),
        ("Engineers say the dam is safe.", "say", None),
        # the outer cue itself is not nested in what it reports
        ("The minister noted that engineers say the dam is safe.", "noted", None),
    ],
)
def test_nested_cue_feature(nlp: Language, wide: ClaimStage, text: str, cue: str, outer: str | None) -> None:
    doc = nlp(text)
    found = [c for c in wide.proposals(doc) if doc[c.cue[0] : c.cue[1]].text == cue]
    assert found and found[0].outer == outer
    feats = features(found[0], doc, wide.lexicon)
    assert (f"outer={outer}" in feats) is (outer is not None)
