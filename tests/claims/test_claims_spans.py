"""Constructions added for PolNeAR-style attribution (own sentences): a cue inside a relative or
wh-clause ('which he said had ...'), a quote opened inside the content that runs on past its
sentence, a sentence-opening setting ('In a speech last July, ...') that is no content, 'As X noted,
Y', a second 'that'-clause under one cue, and the scorer's carrier and as-clause features. Plus the
open frames' word lists, read from their data file."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.claims import ClaimStage
from unfog.claims.learned import CueModel, features
from unfog.claims.lexicon import load_lexicon
from unfog.claims.open import load_open_frames

from .support import by_cue, run


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Farmers blamed the new levy, which the minister said had doubled their costs.",
            "said",
            "the minister",
            "which the minister said had doubled their costs",
        ),
        (
            "They built a scheme that engineers say is the cheapest way to store power.",
            "say",
            "engineers",
            "that engineers say is the cheapest way to store power",
        ),
        (
            "The strike was what several unions said was a warning to the government.",
            "said",
            "several unions",
            "what several unions said was a warning to the government",
        ),
    ],
)
def test_cue_inside_relative_clause(
    nlp: Language, stage: ClaimStage, text: str, cue: str, source: str, content: str
) -> None:
    c = by_cue(run(nlp, stage, text), cue)
    assert c.source is not None and c.source.span is not None
    assert text[c.source.span[0] : c.source.span[1]] == source
    assert c.content.text == content


@pytest.mark.parametrize(
    ("text", "first", "second", "source", "content"),
    [
        (
            "The rebels deny the accusation and say the talks must go on.",
            "deny",
            "say",
            "The rebels",
            "the talks must go on",
        ),
        (
            "The army confirmed the strike but said no civilians were hurt.",
            "confirmed",
            "said",
            "The army",
            "no civilians were hurt",
        ),
        (
            "Officials rejected the claim and insisted that the border remained open.",
            "rejected",
            "insisted",
            "Officials",
            "that the border remained open",
        ),
    ],
)
def test_coordinated_cues_share_a_subject(
    nlp: Language, stage: ClaimStage, text: str, first: str, second: str, source: str, content: str
) -> None:
    """Two reporting verbs joined under one subject: two claims, both with that subject; the
    second's content is its own complement (guard rows: this held before issue 13)."""
    claims = run(nlp, stage, text)
    a, b = by_cue(claims, first), by_cue(claims, second)
    for c in (a, b):
        assert c.source is not None and c.source.span is not None
        assert text[c.source.span[0] : c.source.span[1]] == source
    assert b.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "The tax, which analysts have estimated to cost billions, was dropped.",
        "The road that the army said it had cleared was mined again.",
    ],
)
def test_relative_clause_without_reported_subject_is_not_widened(nlp: Language, stage: ClaimStage, text: str) -> None:
    """Only a clause whose own subject is the relative pronoun holds the cue: 'which analysts have
    estimated to cost' (object) and 'that the army said it had cleared' (the clause has 'it') keep
    their usual reading."""
    for c in run(nlp, stage, text):
        assert not (c.content.text.startswith("which analysts") or c.content.text.startswith("that the army"))


@pytest.mark.parametrize(
    ("text", "cue", "tail"),
    [
        (
            'The mayor said that the repairs were "only a start. The whole district needs new pipes."',
            "said",
            'The whole district needs new pipes."',
        ),
        (
            'The colonel told reporters that the unit was "exhausted. We need rest before winter."',
            "told",
            'We need rest before winter."',
        ),
    ],
)
def test_quote_opened_inside_content_runs_on(nlp: Language, stage: ClaimStage, text: str, cue: str, tail: str) -> None:
    c = by_cue(run(nlp, stage, text), cue)
    assert c.content.text.endswith(tail), c.content.text


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        ("In a speech last July, the senator warned of higher prices.", "In a speech last July"),
        ("On Friday morning, the general complained about the weather.", "On Friday morning"),
    ],
)
def test_setting_before_cue_is_no_content(nlp: Language, text: str, setting: str) -> None:
    """A sentence-opening phrase without a verb or a quote is where and when, not what was said."""
    lex = load_lexicon()
    props = ClaimStage(lex, CueModel({}, 0.0, 0.0)).proposals(nlp(text))
    doc = nlp(text)
    assert all(doc[c.content[0] : c.content[1]].text != setting for c in props)


def test_open_frames_from_data() -> None:
    frames = load_open_frames()
    assert {"be", "seem"} <= frames.copulas
    assert "on" in frames.adj_preps and "on" in frames.noun_preps  # quoted in YAML, not a boolean
    assert "that" in frames.adj_preps and "that" not in frames.noun_preps


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "As the agency reported, the bridge was closed for repairs.",
            "reported",
            "the agency",
            "the bridge was closed for repairs",
        ),
        (
            "As analysts have pointed out, the reserves are running low.",
            "pointed out",
            "analysts",
            "the reserves are running low",
        ),
        (
            "The convoy never reached the city, as the governor noted on Monday.",
            "noted",
            "the governor",
            "The convoy never reached the city",
        ),
    ],
)
def test_as_clause_reports_its_main_clause(nlp: Language, text: str, cue: str, source: str, content: str) -> None:
    """'As X noted, Y': the cue in the 'as'-clause reports the clause it modifies."""
    doc = nlp(text)
    props = ClaimStage(load_lexicon(), CueModel({}, 0.0, 0.0)).proposals(doc)
    hits = [c for c in props if doc[c.cue[0] : c.cue[1]].text == cue]
    assert hits, [doc[c.cue[0] : c.cue[1]].text for c in props]
    c = hits[0]
    assert c.source is not None and doc[c.source[0] : c.source[1]].text == source
    assert doc[c.content[0] : c.content[1]].text == content


@pytest.mark.parametrize("text", ["As expected, the talks failed.", "He raised the fees, as he said he would."])
def test_as_clause_with_own_complement_or_no_subject(nlp: Language, text: str) -> None:
    """No subject ('as expected') or a complement of its own ('as he said he would'): not the
    construction; the main clause is no content of that cue."""
    doc = nlp(text)
    props = ClaimStage(load_lexicon(), CueModel({}, 0.0, 0.0)).proposals(doc)
    main = {"the talks failed", "He raised the fees"}
    assert all(doc[c.content[0] : c.content[1]].text not in main for c in props)


@pytest.mark.parametrize(
    ("text", "cue", "feature", "present"),
    [
        ("The rebels released a statement saying the bridge was theirs.", "saying", "carrier", True),
        ("The rebels crossed a bridge saying nothing at all.", "saying", "carrier", False),
        ("As the agency reported, the bridge was closed.", "reported", "as-clause", True),
        ("The agency reported that the bridge was closed.", "reported", "as-clause", False),
    ],
)
def test_construction_features(nlp: Language, text: str, cue: str, feature: str, present: bool) -> None:
    lex = load_lexicon()
    doc = nlp(text)
    props = [c for c in ClaimStage(lex, CueModel({}, 0.0, 0.0)).proposals(doc) if doc[c.cue[0]].text == cue]
    assert props
    assert (feature in features(props[0], doc, lex)) is present


def test_carrier_feature_on_the_verb_taking_the_carrier(nlp: Language) -> None:
    """'released a statement on Monday, describing ...': the participle may hang on the verb."""
    lex = load_lexicon()
    text = "The militia released a statement on Monday, describing its fighters as volunteers."
    doc = nlp(text)
    props = [c for c in ClaimStage(lex, CueModel({}, 0.0, 0.0)).proposals(doc) if doc[c.cue[0]].text == "describing"]
    assert props and "carrier" in features(props[0], doc, lex)



@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The minister argued that prices would fall, and that wages would rise.",
            "argued",
            "that prices would fall, and that wages would rise",
        ),
        (
            "Officials warned that the river could flood, but that the dam would hold.",
            "warned",
            "that the river could flood, but that the dam would hold",
        ),
        (
            "He said the town was quiet, but that shelling resumed at night.",
            "said",
            "the town was quiet, but that shelling resumed at night",
        ),
    ],
)
def test_second_that_clause_on_the_cue(nlp: Language, text: str, cue: str, content: str) -> None:
    """'said that A, but that B': the parse may hang B on the cue itself; both are its content."""
    doc = nlp(text)
    props = ClaimStage(load_lexicon(), CueModel({}, 0.0, 0.0)).proposals(doc)
    hits = [c for c in props if doc[c.cue[0] : c.cue[1]].text == cue]
    assert hits and doc[hits[0].content[0] : hits[0].content[1]].text == content


def test_conjoined_action_is_not_content(nlp: Language) -> None:
    """'said A, and then he left': a clause of its own, without 'that', is not content."""
    doc = nlp("The envoy said that the talks had failed, and then he left the capital.")
    props = ClaimStage(load_lexicon(), CueModel({}, 0.0, 0.0)).proposals(doc)
    hits = [c for c in props if doc[c.cue[0]].text == "said"]
    assert hits and "left" not in doc[hits[0].content[0] : hits[0].content[1]].text


@pytest.mark.parametrize(
    ("text", "cue", "after"),
    [
        ("The mayor said that the bridge was closed.", "said", "after=end"),
        ("The mayor denied the claims in a statement on Friday.", "denied", "after=prep"),
        ("Rebels Claim Two Towns Near the Border as Army Says Lines Hold\n\nText.", "Claim", "after=title"),
    ],
)
def test_after_content_feature(nlp: Language, text: str, cue: str, after: str) -> None:
    """The scorer sees what follows the content in its sentence (how sure its end is)."""
    lex = load_lexicon()
    doc = nlp(text)
    props = [c for c in ClaimStage(lex, CueModel({}, 0.0, 0.0)).proposals(doc) if doc[c.cue[0]].text == cue]
    assert props and after in features(props[0], doc, lex)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # an extra space before the source is a token of its own
        ('"The bridge will reopen next week,"  the engineer said.', "said", '"The bridge will reopen next week,"'),
        ('"Nobody was hurt,"\u00a0the fire chief said.', "said", '"Nobody was hurt,"'),
        # a relative clause on the addressee ends before the quote that goes on after it
        (
            '"We have rebuilt the school," she told the villagers, who had gathered in the square. '
            '"The children can come back on Monday."',
            "told",
            '"We have rebuilt the school," she told the villagers, who had gathered in the square. '
            '"The children can come back on Monday."',
        ),
    ],
)
def test_quote_bounds(nlp: Language, text: str, cue: str, content: str) -> None:
    doc = nlp(text)
    cands = ClaimStage(load_lexicon(), CueModel({}, 0.0, 0.0)).candidates(doc)
    hits = [c for c in cands if doc[c.cue[0] : c.cue[1]].text == cue]
    assert hits and doc[hits[0].content[0] : hits[0].content[1]].text == content
