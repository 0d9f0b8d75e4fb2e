"""The learned source choice (``unfog.claims.choose``): the options the parse offers, and the
source the packaged model takes, on sentences of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.claims import ClaimStage
from unfog.claims.candidate import text_of
from unfog.claims.choose import load_source_model, option_features, options
from unfog.claims.sources import source_words
from unfog.settings import Settings

from .support import by_cue, run


@pytest.fixture(scope="module")
def stage() -> ClaimStage:
    return ClaimStage.from_settings(Settings())


def test_model_loads() -> None:
    assert len(load_source_model().weights) > 100


@pytest.mark.parametrize(
    ("text", "cue", "kind", "relation", "words"),
    [
        (
            "Turnout rose, according to an analysis by the Pew Research Center.",
            "according",
            "frame",
            "agent",
            "the Pew Research Center",
        ),
        ("The senator defended the bill, calling it a necessity.", "calling", "verb", "governor", "The senator"),
        ("The mayor issued a statement saying the city would appeal.", "saying", "verb", "host", "a statement"),
        ("The mayor issued a statement saying the city would appeal.", "saying", "verb", "host-maker", "The mayor"),
        ("It was reported that the convoy had been stopped.", "reported", "verb", "none", None),
        # the agent of a participle on the document an 'according to' phrase names
        (
            "The bridge was closed in March, according to a document filed by the port authority.",
            "according",
            "frame",
            "agent",
            "the port authority",
        ),
        (
            "The dam is safe, according to an assessment released by the engineering board.",
            "according",
            "frame",
            "agent",
            "the engineering board",
        ),
        # the nearest name of a person or body before / after the cue in its sentence, outside the content
        (
            "The ferry sat idle for two days, Lena Marsh of the Seafarers Union told the Baltic Times on Friday.",
            "told",
            "verb",
            "named-after",
            "the Baltic Times",
        ),
        # a name inside the given source's phrase is its body, title or relay, no rival speaker
        (
            "The ferry sat idle for two days, Lena Marsh of the Seafarers Union told the Baltic Times on Friday.",
            "told",
            "verb",
            "named-before",
            None,
        ),
        (
            "Outside the court in Riga, the lawyers of Janis Ozols said they would appeal.",
            "said",
            "verb",
            "named-before",
            "Riga",
        ),
        # the agent of a participle that passes words on is a relay, not the maker of a text
        (
            "A military source quoted by the Baltic news agency said the column had withdrawn.",
            "said",
            "verb",
            "agent",
            None,
        ),
        # a person's 'of' phrase is where they belong, not who made a text: no agent
        (
            "The ferry sat idle for two days, Lena Marsh of the Seafarers Union told the Baltic Times on Friday.",
            "told",
            "verb",
            "agent",
            None,
        ),
        # the 'from' / 'by' / 'among' object of a report noun: who the report comes from
        (
            "The mayor faced criticism from the union that the plan would cost jobs.",
            "criticism",
            "noun",
            "from",
            "the union",
        ),
        (
            "Despite warnings from engineers that the bridge was unsafe, the council reopened it.",
            "warnings",
            "noun",
            "from",
            "engineers",
        ),
        ("There was anger among farmers that the subsidy had been cut.", "anger", "noun", "from", "farmers"),
        # not of a verb cue
        ("The mayor heard from the union that the plan would cost jobs.", "heard", "verb", "from", None),
    ],
)
def test_options(
    stage: ClaimStage, nlp: Language, text: str, cue: str, kind: str, relation: str, words: str | None
) -> None:
    doc = nlp(text)
    cand = next(c for c in stage.proposals(doc) if doc[c.cue[0]].lower_ == cue and c.kind == kind)
    offered = {
        rel: (text_of(doc, o.span) if o.span else None)
        for o in options(cand, doc, stage.lexicon)
        for rel in o.relations
    }
    assert offered.get(relation) == words
    assert words is None or relation in offered


@pytest.mark.parametrize(
    ("text", "cue", "words"),
    [
        # a relative pronoun's option runs from the noun phrase its clause hangs on
        ("Farmers met the trade minister, who told them that prices would rise.", "told", "the trade minister, who"),
        (
            "The union backed a strike at the port, which it said would last a week.",
            "said",
            None,  # 'which' is the object of 'said', not its subject: no antecedent to add
        ),
        (
            "A report by the auditors, who found that the accounts were wrong, was published.",
            "found",
            "the auditors, who",
        ),
        ("She thanked the volunteers that warned the village about the flood.", "warned", "the volunteers that"),
    ],
)
def test_relative_words(stage: ClaimStage, nlp: Language, text: str, cue: str, words: str | None) -> None:
    doc = nlp(text)
    cand = next(c for c in stage.proposals(doc) if doc[c.cue[0]].lower_ == cue)
    offered = [
        text_of(doc, o.words) for o in options(cand, doc, stage.lexicon) if o.words is not None and o.name is not None
    ]
    assert (offered[0] if offered else None) == words


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # the body behind a document named in an 'according to' phrase
        (
            "Turnout rose sharply, according to an analysis by the Pew Research Center.",
            "according to",
            "the Pew Research Center",
        ),
        ("Prices fell in May, according to a survey from the Federal Reserve.", "according to", "the Federal Reserve"),
        # the agent of a participle on that document: who filed or released it
        (
            "The bridge was closed in March, according to a document filed by the port authority.",
            "according to",
            "the port authority",
        ),
        # what the parse already gives stays
        ("The governor, who has criticised the plan for months, said it would fail.", "said", "The governor"),
        # (a relative pronoun's words run from the noun phrase it stands for)
        (
            "The governor, who has criticised the plan for months, said it would fail.",
            "criticised",
            "The governor, who",
        ),
        # the noun phrase a relative pronoun stands for comes with it
        ("Farmers met the trade minister, who told them that prices would rise.", "told", "the trade minister, who"),
        ("Officials said the bridge was closed, adding that repairs would take a week.", "adding", "Officials"),
        ("The minister spoke to reporters, insisting that the talks would go on.", "insisting", "The minister"),
        ("After the vote, the mayor issued a statement saying the city would appeal.", "saying", "the mayor"),
        ("It was reported that the convoy had been stopped.", "reported", None),
        # a person with the body they belong to stays the person; a title before a name stays with it
        (
            "The ferry sat idle for two days, Lena Marsh of the Seafarers Union told the Baltic Times on Friday.",
            "told",
            "Lena Marsh of the Seafarers Union",
        ),
        ("At the congress in Oslo, Mayor Tor Dahl said the tunnel would open in May.", "said", "Mayor Tor Dahl"),
    ],
)
def test_chosen_source(stage: ClaimStage, nlp: Language, text: str, cue: str, source: str | None) -> None:
    claim = by_cue(run(nlp, stage, text), cue)
    got = text[claim.source.span[0] : claim.source.span[1]] if claim.source and claim.source.span else None
    assert got == source


@pytest.mark.parametrize(
    ("text", "cue", "option", "feature"),
    [
        # what the option is as a speaker: a name or a body, a pronoun, a text that speaks for its maker, a thing
        ("The ministry said the bridge was safe.", "said", "The ministry", "speaks=speaker"),
        ("She said the bridge was safe.", "said", "She", "speaks=pron"),
        ("The statement said the bridge was safe.", "said", "The statement", "speaks=text"),
        ("The weather showed that the bridge was safe.", "showed", "The weather", "speaks=thing"),
        # how many dependency links separate the option from the cue
        ("The ministry said the bridge was safe.", "said", "The ministry", "path=1"),
        # an option inside what is said is no speaker of it
        ("The mayor said the engineers told him the bridge was safe.", "said", "the engineers", "incontent=True"),
        ("The mayor said the engineers told him the bridge was safe.", "said", "The mayor", "incontent=False"),
    ],
)
def test_option_features(stage: ClaimStage, nlp: Language, text: str, cue: str, option: str, feature: str) -> None:
    doc = nlp(text)
    cand = next(c for c in stage.proposals(doc) if doc[c.cue[0]].lower_ == cue)
    opt = next(o for o in options(cand, doc, stage.lexicon) if o.span is not None and text_of(doc, o.span) == option)
    feats = option_features(cand, opt, doc, stage.lexicon)
    assert any(f.endswith("|" + feature) for f in feats)


@pytest.mark.parametrize(
    ("text", "cue", "words"),
    [
        # a name in apposition to a title joins the source's words, as the stage writes them
        ("A port spokesman, Anna Berg, said the ferries would run again.", "said", "A port spokesman, Anna Berg"),
        # a relative pronoun's words run from the noun phrase it stands for
        ("The council thanked the farmers, who said the harvest was late.", "said", "the farmers, who"),
        ("The inspector said the hull was sound.", "said", "The inspector"),
    ],
)
def test_source_words(stage: ClaimStage, nlp: Language, text: str, cue: str, words: str) -> None:
    doc = nlp(text)
    cand = next(c for c in stage.candidates(doc) if doc[c.cue[0]].lower_ == cue)
    assert cand.source is not None
    assert text_of(doc, source_words(doc, cand.source, cand.name_span, stage.lexicon)) == words
