"""Claims stage: frames, relays, channels, stance, framing and actor resolution (own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.claims import ClaimStage
from unfog.claims.lexicon import load_lexicon
from unfog.model import Actor, ActorMention

from .support import by_cue, run


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "According to the border guard, the drones crossed at night.",
            "According to",
            "the border guard",
            "the drones crossed at night",
        ),
        (
            "The drones crossed at night, according to the border guard.",
            "according to",
            "the border guard",
            "The drones crossed at night",
        ),
        ("Per Reuters, the talks were postponed.", "Per", "Reuters", "the talks were postponed"),
        (
            "The talks were postponed, as per Interfax.",
            "as per",
            "Interfax",
            "The talks were postponed",
        ),
    ],
)
def test_frames(nlp: Language, stage: ClaimStage, text: str, cue: str, source: str, content: str) -> None:
    c = by_cue(run(nlp, stage, text), cue)
    assert c.source is not None and c.source.name == source
    assert c.content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "relays"),
    [
        ("According to Reuters, the minister said that the dam was intact.", "said", ["Reuters"]),
        ("Per Interfax, the governor stated that ten homes burned.", "stated", ["Interfax"]),
        ("The commander told Reuters that his unit had withdrawn.", "told", ["Reuters"]),
        ("The commander told his soldiers that the unit had withdrawn.", "told", []),
        # a bare name that an earlier mention introduced as an outlet ('the local broadcaster X')
        (
            "The mayor was interviewed on Monday by the local broadcaster Vassa. She told Vassa that the "
            "bridge would reopen.",
            "told",
            ["Vassa"],
        ),
        ("The minister said that the dam was intact.", "said", []),
    ],
)
def test_relays(nlp: Language, stage: ClaimStage, text: str, cue: str, relays: list[str]) -> None:
    c = by_cue(run(nlp, stage, text), cue)
    assert [r.name for r in c.relays] == relays


@pytest.mark.parametrize(
    ("text", "cue", "channel"),
    [
        ("The governor wrote in a Telegram post that the airport was hit.", "wrote", "telegram"),
        ("The battalion wrote on Telegram that two of its medics were missing.", "wrote", "telegram"),
        ("The clan elders boasted via Facebook that their men held the ford.", "boasted", "social media"),
        ("The coastguard issued a communique saying that the ferry had sunk.", "saying", "statement"),
        ("In a video, the commander said that his men were surrounded.", "said", "video"),
        ("The ministry said in a statement that the talks had failed.", "said", "statement"),
        ("The minister said that the talks had failed.", "said", None),
    ],
)
def test_channels(nlp: Language, stage: ClaimStage, text: str, cue: str, channel: str | None) -> None:
    c = by_cue(run(nlp, stage, text), cue)
    assert (c.channel.name if c.channel else None) == channel


@pytest.mark.parametrize(
    ("text", "cue", "stance", "framing"),
    [
        ("The army said that the town was taken.", "said", "asserts", "neutral"),
        ("The rebels claimed that the town was taken.", "claimed", "asserts", "distancing"),
        ("The army confirmed that the town was taken.", "confirmed", "confirms", "endorsing"),
        ("The army denied that the town was taken.", "denied", "denies", "neutral"),
        ("The general warned that the city would be attacked.", "warned", "threatens", "neutral"),
        ("The rebels accused the army of shelling the market.", "accused", "accuses", "neutral"),
        ("The mayor said the army had allegedly shelled the market.", "said", "asserts", "distancing"),
        ("The army did not confirm that the town was taken.", "confirm", "other", "neutral"),
    ],
)
def test_stance_and_framing(nlp: Language, stage: ClaimStage, text: str, cue: str, stance: str, framing: str) -> None:
    c = by_cue(run(nlp, stage, text), cue)
    assert (c.stance, c.framing) == (stance, framing)


def test_source_resolves_to_overlapping_actor(nlp: Language, stage: ClaimStage) -> None:
    text = "The Northern Brigade entered the valley. The group said that it had taken the pass."
    start = text.index("The group")
    actor = Actor(
        id="a1",
        name="Northern Brigade",
        mentions=[
            ActorMention(span=(4, 20), text="Northern Brigade"),
            ActorMention(span=(start, start + 9), text="The group", kind="coref"),
        ],
    )
    c = by_cue(run(nlp, stage, text, [actor]), "said")
    assert c.source is not None
    assert (c.source.actor, c.source.name, c.source.span) == ("a1", "Northern Brigade", (start, start + 9))


def test_lexicon_is_the_stages_own(stage: ClaimStage) -> None:
    """The stage parsed its lexicon once in from_settings and holds it; a fresh load is an equal,
    separate object (no process-wide cache that another pipeline's settings could replace)."""
    assert stage.lexicon == load_lexicon() and stage.lexicon is not load_lexicon()
    lex = load_lexicon()
    assert lex.verbs["say"].stance == "asserts"
    assert lex.channel_of(["a", "short", "Telegram", "post"]) == "telegram"


@pytest.mark.parametrize(
    ("text", "n_claims"),
    [
        ("Harbour Master: the pier will stay shut until spring", 1),
        ("Related: the pier will stay shut until spring", 0),
        ("Analysis: divers search the flooded harbour at dawn", 0),
    ],
)
def test_headline_labels_are_no_sources(nlp: Language, stage: ClaimStage, text: str, n_claims: int) -> None:
    assert len([c for c in run(nlp, stage, text) if c.cue.text == ":"]) == n_claims


@pytest.mark.parametrize(
    ("text", "cue", "relay", "channel"),
    [
        # 'by phone': the medium is the channel, the outlet told a relay
        ("A local commander told AFP by phone that the road was cut.", "told", "AFP", "phone"),
        ("A nurse told Reuters by telephone that the clinic had run out of fuel.", "told", "Reuters", "phone"),
        ("The doctor told the BBC over the phone that supplies were running low.", "told", "the BBC", "phone"),
        ("The governor said in a phone call that the dam had held.", "said", None, "phone"),
    ],
)
def test_phone_channel(nlp: Language, stage: ClaimStage, text: str, cue: str, relay: str | None, channel: str) -> None:
    c = by_cue(run(nlp, stage, text), cue)
    assert c.channel is not None and c.channel.name == channel
    assert [r.name for r in c.relays] == ([relay] if relay else [])
