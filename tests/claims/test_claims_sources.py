"""Claims stage: who speaks for a cue verb (``speakers.source_of``), independent of the learned
scorer: participles under prepositions, raising verbs, cues after a closing quote, participles
on made texts, datelines, reports joined to a reported clause (own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.claims import ClaimStage
from unfog.claims.candidate import text_of
from unfog.claims.cues import verb_candidates
from unfog.claims.lexicon import load_lexicon
from unfog.claims.open import adjective_candidates, load_open_frames
from unfog.settings import Settings

from .support import by_cue, run


def source_for(nlp: Language, text: str, cue: str) -> str | None:
    """The source text of the verb candidate whose cue reads ``cue``."""
    doc = nlp(text)
    found = [c for c in verb_candidates(doc, load_lexicon(), open_verbs=True) if text_of(doc, c.cue).lower() == cue]
    assert found, f"no candidate with cue {cue!r}"
    c = found[0]
    return None if c.source is None else text_of(doc, c.source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a participle under a preposition speaks for the subject of the verb it hangs on
        ("The minister responded by saying that the talks would go on.", "saying", "The minister"),
        ("The colonel left the briefing after adding that the road was mined.", "adding", "The colonel"),
        (
            "The mayor has been the loudest in denouncing the plan to close the bridge.",
            "denouncing",
            "The mayor",
        ),
        # raising verbs: the raised subject is no source, unless a cue verb follows
        ("The army appears to have regained the hill.", "appears", None),
        ("It seems that the ceasefire is holding.", "seems", None),
        # the passive of an attitude verb has the holder for subject; other passives name no one
        ("The residents are convinced that the dam will hold.", "convinced", "The residents"),
        ("The voters are split on whether the mayor should resign.", "split on", "The voters"),
        # a cue right after a closing quote speaks for the noun phrase after it
        (
            '"The bridge is gone," said Olena Koval, a farmer who lives by the river.',
            "said",
            "Olena Koval",
        ),
        # a quoted title inside the sentence is not a quote the cue closes
        (
            'On the broadcast of "Morning Report," the governor said the pass was open.',
            "said",
            "the governor",
        ),
        # a participle on a made text speaks for its maker
        ("The council approved a resolution condemning the shelling of the port.", "condemning", "The council"),
        ("The ministry shot back in an article stating that the figures were false.", "stating", "The ministry"),
        # ... but a passive participle on a noun names no one
        ("The town, known for its salt mines, was shelled again.", "known", None),
        # a dateline is not the speaker
        (
            "KHARKIV — Regional governor Oleh Synehubov said on Monday that two people were hurt.",
            "said",
            "Regional governor Oleh Synehubov",
        ),
        # a report joined by the parse to the reported clause is the reporter's
        (
            "The commander said the town was calm and praised the engineers for rebuilding the bridge.",
            "praised",
            "The commander",
        ),
    ],
)
def test_sources(nlp: Language, text: str, cue: str, source: str | None) -> None:
    assert source_for(nlp, text, cue) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("It is unclear whether the convoy reached the city.", None),
        ("The mayor is confident that the water supply will hold.", "The mayor"),
    ],
)
def test_adjective_sources(nlp: Language, text: str, source: str | None) -> None:
    """An expletive 'it' before an attitude adjective holds no view."""
    doc = nlp(text)
    found = adjective_candidates(doc, load_lexicon(), load_open_frames())
    assert found
    assert (None if found[0].source is None else text_of(doc, found[0].source)) == source


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether the bridge would reopen, the engineer said no.",
        "Speaking to reporters in the port, the captain said on Monday.",
    ],
)
def test_setting_before_cue_is_no_content(nlp: Language, text: str) -> None:
    """A participle clause before the source sets the scene; it is not what was said."""
    doc = nlp(text)
    found = [c for c in verb_candidates(doc, load_lexicon(), open_verbs=True) if text_of(doc, c.cue) == "said"]
    assert all(not text_of(doc, c.content).startswith(("Asked", "Speaking")) for c in found)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a relative pronoun speaks for the noun phrase it hangs on: the source's words run from it
        ("Volunteers joined a charity that says the shelter will close.", "says", "a charity that"),
        (
            "A local charity, which says the shelter will close, has asked for donations.",
            "says",
            "A local charity, which",
        ),
        ("The farmers, who said the harvest had failed, asked for aid.", "said", "The farmers, who"),
        # a subject that is no relative pronoun keeps its own words
        ("The council said the shelter will close.", "said", "The council"),
    ],
)
def test_relative_pronoun_source_span(nlp: Language, text: str, cue: str, source: str) -> None:
    stage = ClaimStage.from_settings(Settings())
    claim = by_cue(run(nlp, stage, text), cue)
    assert claim.source is not None
    assert text[claim.source.span[0] : claim.source.span[1]] == source


def test_role_nouns_of_phrase_is_no_maker(nlp: Language) -> None:
    """'The leader of X, Y, said': the 'of' phrase of a role noun is where its holder belongs, not
    who made the words (``choose._agent``), even when the parse hangs the name on that phrase."""
    stage = ClaimStage.from_settings(Settings())
    text = (
        "The leader of the Kaga Front, Ivo Brask, said in a televised speech on Sunday that his men would "
        "not attend the talks planned for next month, according to a translation by the Velden Monitor."
    )
    c = by_cue(run(nlp, stage, text), "said")
    assert c.source is not None and c.source.name == "Ivo Brask"
