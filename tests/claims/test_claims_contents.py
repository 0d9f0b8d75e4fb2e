"""The learned content choice (``unfog.claims.contents``): the content spans the parse offers a
claim, named by how each is formed, on sentences of our own; the packaged model picks one of them."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from unfog.claims import ClaimStage
from unfog.claims.candidate import Candidate, text_of
from unfog.claims.contents import Span, alternatives, load_content_model, span_features
from unfog.claims.lexicon import Lexicon
from unfog.settings import Settings


class Recorder:
    """A content chooser that notes the alternatives of each claim and keeps the rule's span."""

    def __init__(self) -> None:
        self.seen: dict[str, dict[str, str]] = {}

    def choose(self, c: Candidate, raw: Span, doc: Doc, lex: Lexicon) -> Span:
        offered = {how: text_of(doc, span) for span, hows in alternatives(c, raw, doc) for how in hows}
        self.seen.setdefault(text_of(doc, c.cue), offered)
        return c.content


def offered(nlp: Language, text: str, cue: str) -> dict[str, str]:
    stage = ClaimStage.from_settings(Settings())
    rec = Recorder()
    stage.content_model = rec
    doc = nlp(text)
    stage.finish(stage.proposals(doc), doc)
    assert cue in rec.seen, rec.seen
    return rec.seen[cue]


@pytest.mark.parametrize(
    ("text", "cue", "how", "words"),
    [
        # an object noun with its modifiers, and without them
        (
            "The mayor praised the efforts of volunteers who cleared the roads after the storm.",
            "praised",
            "subtree",
            "the efforts of volunteers who cleared the roads after the storm",
        ),
        (
            "The mayor praised the efforts of volunteers who cleared the roads after the storm.",
            "praised",
            "core",
            "the efforts",
        ),
        (
            "The coach discussed the injury on a local radio show.",
            "discussed",
            "sent-end",
            "the injury on a local radio show",
        ),
        # a clause, and the clause with what the sentence adds after a comma
        (
            "She said the plan would fail, however the council approved it anyway.",
            "said",
            "subtree",
            "the plan would fail",
        ),
        (
            "She said the plan would fail, however the council approved it anyway.",
            "said",
            "sent-end",
            "the plan would fail, however the council approved it anyway",
        ),
        # a quote split by its source and cue, as one span, and the first quote alone
        (
            '"We will rebuild," the mayor said, "and we will do it quickly."',
            "said",
            "quote-pair",
            '"We will rebuild," the mayor said, "and we will do it quickly."',
        ),
        ('"We will rebuild," the mayor said, "and we will do it quickly."', "said", "quote", '"We will rebuild,"'),
        # a quote over two sentences after a colon
        (
            'The minister said: "The border stays closed. Trade will resume next month."',
            "said",
            "quote",
            '"The border stays closed. Trade will resume next month."',
        ),
        # the content and the sentence after it
        (
            "The report concluded that prices rose sharply in the spring. Wages fell behind.",
            "concluded",
            "next-sent",
            "that prices rose sharply in the spring. Wages fell behind",
        ),
        # a trailing relative clause: the rule's span leaves it out as the author's aside, the
        # sentence's end keeps it (annotators do either: the learned choice decides)
        (
            "The envoy said the ferry would sail on the island route, which was closed in May.",
            "said",
            "bound",
            "the ferry would sail on the island route",
        ),
        (
            "The envoy said the ferry would sail on the island route, which was closed in May.",
            "said",
            "sent-end",
            "the ferry would sail on the island route, which was closed in May",
        ),
        # content before the cue: from the sentence's start
        ("Prices will rise next year, the bank said.", "said", "sent-start", "Prices will rise next year"),
        # up to the first comma
        (
            "The union warned that wages would fall, and that jobs would go.",
            "warned",
            "clause",
            "that wages would fall",
        ),
        # the object of a preposition on a light verb's noun, or on the cue itself
        ("The governor offered a strong defence of the new tax.", "offered", "noun-prep-obj", "the new tax"),
        ("The company made no apology for the long delays.", "made", "prep-obj", "the long delays"),
        (
            "The council praised the firefighters for their quick response.",
            "praised",
            "prep-obj",
            "their quick response",
        ),
        # from the cue's end: an object with its infinitive; never the cue's own adjunct
        (
            "The board asked the new director to explain the losses.",
            "asked",
            "after-cue",
            "the new director to explain the losses",
        ),
        ("The senator said on Tuesday that her budget would pass.", "said", "after-cue", None),
        # the cue's subject with its complement, the cue inside (a raising verb)
        (
            "The new bridge seemed to ease the traffic downtown.",
            "seemed",
            "with-subj",
            "The new bridge seemed to ease the traffic downtown",
        ),
        # the subject alone: the stimulus of an 'amuse'-class verb, what the attitude is about
        (
            "The long delay at the port of Velden angered the tenants of Kaga.",
            "angered",
            "subject",
            "The long delay at the port of Velden",
        ),
        ("The new toll frustrates many drivers in Port Velden.", "frustrates", "subject", "The new toll"),
        # no subject alone when the content is before the cue
        ("Prices will rise next year, the bank said.", "said", "subject", None),
        # a relative clause's antecedent with the clause: the noun fills the reported clause's gap
        (
            "Kaga residents said the council picked exactly the kind of judge that they fear the mayor would appoint.",
            "fear",
            "rel-head",
            "exactly the kind of judge that they fear the mayor would appoint",
        ),
        ("The mayor said the bridge would reopen in May.", "said", "rel-head", None),
    ],
)
def test_alternatives(nlp: Language, text: str, cue: str, how: str, words: str | None) -> None:
    got = offered(nlp, text, cue)
    assert got.get(how) == words, got
    assert "bound" in got


def test_model_picks_an_alternative(nlp: Language) -> None:
    model = load_content_model()
    assert model is not None and len(model.weights) > 100
    stage = ClaimStage.from_settings(Settings())
    assert stage.content_model is not None
    text = "She said the plan would fail, however the council approved it anyway."
    doc = nlp(text)
    claims = stage.candidates(doc)
    said = next(c for c in claims if text_of(doc, c.cue) == "said")
    spans = [span for span, _ in alternatives(said, said.content, doc)]
    assert said.content in spans


def test_features_name_how_the_span_is_formed(nlp: Language) -> None:
    stage = ClaimStage.from_settings(Settings())
    doc = nlp("Prices will rise next year, the bank said.")
    c = next(c for c in stage.proposals(doc) if text_of(doc, c.cue) == "said")
    feats = span_features(c, c.content, ("sent-start",), c.content, doc, stage.lexicon)
    assert "how=sent-start" in feats and f"how=sent-start|kind={c.kind}" in feats


def feats_of(nlp: Language, text: str, cue: str, how: str) -> list[str]:
    """The features of the alternative formed ``how`` for the claim on ``cue``."""
    stage = ClaimStage.from_settings(Settings())
    doc = nlp(text)
    found: list[str] | None = None

    class Features:
        def choose(self, c: Candidate, raw: Span, doc: Doc, lex: Lexicon) -> Span:
            nonlocal found
            if text_of(doc, c.cue) == cue:
                for span, hows in alternatives(c, raw, doc):
                    if how in hows:
                        found = span_features(c, span, hows, raw, doc, lex)
            return c.content

    stage.content_model = Features()
    stage.finish(stage.proposals(doc), doc)
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("text", "cue", "how", "feature", "present"),
    [
        # the span takes in the cue's own adjunct (where or when the saying happened)
        ("The coach discussed the injury on a local radio show.", "discussed", "sent-end", "cue-adj=prep", True),
        ("The coach discussed the injury on a local radio show.", "discussed", "core", "cue-adj=prep", False),
        # what follows the span belongs to the cue, not to what is said
        ("The coach discussed the injury on a local radio show.", "discussed", "core", "next=cue", True),
        ("The mayor praised the efforts of volunteers who cleared the roads.", "praised", "core", "next=inside", True),
        # a coordinated clause with a subject of its own: taken in, or cut off
        (
            "The mayor said the bridge would open in May, but the builder disputed the date.",
            "said",
            "sent-end",
            "conj-in=own-cue",
            True,
        ),
        (
            "The mayor said the bridge would open in May, but the builder disputed the date.",
            "said",
            "bound",
            "conj-out=own-cue",
            True,
        ),
        (
            "The mayor said the bridge would open in May and close in June.",
            "said",
            "bound",
            "conj-in=shared",
            True,
        ),
    ],
)
def test_structure_features(nlp: Language, text: str, cue: str, how: str, feature: str, present: bool) -> None:
    got = feats_of(nlp, text, cue, how)
    assert (feature in got) == present, got
