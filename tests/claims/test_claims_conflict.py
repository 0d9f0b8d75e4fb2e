"""Claims stage on the constructions of conflict reports (own sentences): a name with a person's
noun in apposition whatever its entity type, a role noun apposed to a personal name, a comment
clause the parse took for a second object, the cue's own participle after it, 'told X' between
two parts of a quote, a comment clause taken for a conjunct, and a body named before a role or a
person's noun (the affiliation)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.claims import ClaimStage
from unfog.model import Document
from unfog.pipeline import Pipeline

from .support import by_cue, run


@pytest.mark.parametrize(
    ("text", "cue", "source", "kind"),
    [
        # a person's noun in apposition makes the name a person's, whatever the recogniser guessed
        (
            "Hanna Roit, an analyst at the Rensk Institute for Security Studies, said the bridge mattered.",
            "said",
            "Hanna Roit",
            "person",
        ),
        # a role noun apposed to a personal name (no article) names the person
        (
            "The militia rejected that account. A spokesman for the group, Karim Vale, wrote on X that "
            "snipers had fired from a hill.",
            "wrote",
            "Karim Vale",
            "person",
        ),
        # a description with an article apposed to a role stays as it was
        (
            "A spokesman for the alliance said that the talks had failed.",
            "said",
            "A spokesman for the alliance",
            "described",
        ),
    ],
)
def test_apposed_person(nlp: Language, stage: ClaimStage, text: str, cue: str, source: str, kind: str) -> None:
    c = by_cue(run(nlp, stage, text), cue)
    assert c.source is not None and c.source.name == source
    assert c.source.type == kind


@pytest.mark.parametrize(
    ("text", "cue", "source", "relays", "content"),
    [
        # a comment clause the parse hangs on the clause before as a second object
        (
            "Two drones hit an ammunition store near the garrison town of Ferrow overnight, the state-run "
            "Norda news agency reported on Wednesday, citing the Defence Ministry of Kelmar.",
            "reported",
            "Defence Ministry of Kelmar",
            ["Norda news agency"],
            "Two drones hit an ammunition store near the garrison town of Ferrow overnight",
        ),
        # the cue's own participle after it is not the rest of the content
        (
            "Naval drones attacked the port early on Sunday, damaging a grain terminal, the Marin News "
            "Agency said, quoting the regional governor, Pavel Oskin.",
            "said",
            "Pavel Oskin",
            ["the Marin News Agency"],
            "Naval drones attacked the port early on Sunday, damaging a grain terminal",
        ),
        # a comment clause the parse joins as a conjunct, its subject hung on the clause before
        (
            "Heavy fighting went on around the town, a regional official who spoke on condition of "
            "anonymity told the Velden Courier.",
            "told",
            "a regional official",
            ["the Velden Courier"],
            "Heavy fighting went on around the town",
        ),
        # 'told X' between two parts of a quote: the outlet the words were given to is a relay
        (
            '"This was not an accident," she told the Lesko Herald. "The damage is on three sections."',
            "told",
            "she",
            ["the Lesko Herald"],
            None,
        ),
    ],
)
def test_comment_clauses_and_told(
    nlp: Language, stage: ClaimStage, text: str, cue: str, source: str, relays: list[str], content: str | None
) -> None:
    c = by_cue(run(nlp, stage, text), cue)
    assert c.source is not None and c.source.name.endswith(source)
    assert [r.name for r in c.relays] == relays
    if content is not None:
        assert c.content.text.rstrip(" ,") == content


@pytest.mark.parametrize(
    "text",
    [
        "A Defence Ministry spokesman, Colonel Piet Arno, told reporters that the column had withdrawn.",
        "Colonel Piet Arno, a Defence Ministry spokesman, told reporters that the column had withdrawn.",
    ],
)
def test_affiliation_before_the_role(nlp: Language, stage: ClaimStage, text: str) -> None:
    """The name premodifying a role is the body the person speaks for."""
    c = by_cue(run(nlp, stage, text), "told")
    assert c.source is not None and c.source.name.endswith("Piet Arno")
    assert c.source.type == "person" and c.source.affiliation == "Defence Ministry"


def test_premodified_person(pipeline: Pipeline) -> None:
    """'a United Nations official': the official speaks, the United Nations is the affiliation."""
    text = "An aid convoy came under fire near the town of Tessel on Monday, a United Nations official said."
    c = by_cue(pipeline.analyze(Document(id="t", text=text)).claims, "said")
    assert c.source is not None and c.source.name == "a United Nations official"
    assert c.source.affiliation == "United Nations" and c.source.actor is None


@pytest.mark.parametrize(
    ("text", "cue", "relays", "channel"),
    [
        # words 'on' a medium went out on it, whatever the noun calls them
        (
            "In comments on state television, the president said the offensive would continue.",
            "said",
            [],
            "television",
        ),
        # a medium named with the compounds of its modifiers
        (
            "A retired general, Tomas Rehn, said on a television talk show that the images were clear.",
            "said",
            [],
            "television",
        ),
        # a newspaper's name the recogniser typed as a person's is still the interviewer
        (
            "The prime minister said in an interview with the Velden Gazette that he would not resign.",
            "said",
            ["the Velden Gazette"],
            "interview",
        ),
    ],
)
def test_media_of_words(
    nlp: Language, stage: ClaimStage, text: str, cue: str, relays: list[str], channel: str
) -> None:
    c = by_cue(run(nlp, stage, text), cue)
    assert [r.name for r in c.relays] == relays
    assert c.channel is not None and c.channel.name == channel


@pytest.mark.parametrize(
    ("text", "cue", "source", "relays"),
    [
        # a newspaper's name the recogniser took for a law or a work is still an outlet told
        (
            "A port official told the Morning Star of Kessel that the fire had spread.",
            "told",
            "A port official",
            ["the Morning Star of Kessel"],
        ),
        # 'Y was quoted by X as saying': a noun with a person's name in apposition can speak
        (
            "The government's chief negotiator, Lars Ekdal, was quoted by the Lenn Herald as saying that the "
            "attack would not stop the talks.",
            "saying",
            "Lars Ekdal",
            ["the Lenn Herald"],
        ),
    ],
)
def test_outlets_told_and_quoting(
    nlp: Language, stage: ClaimStage, text: str, cue: str, source: str, relays: list[str]
) -> None:
    c = by_cue(run(nlp, stage, text), cue)
    assert c.source is not None and c.source.name == source
    assert [r.name for r in c.relays] == relays



def test_partitive_speaker_goes_on(nlp: Language, stage: ClaimStage) -> None:
    """'One of them ... said': one member of the set is someone, named by the group 'them' stands
    for (``anaphora.partitive_of_pronoun``), whom a later 'he' goes on as."""
    text = (
        "Rebel commanders dismissed the claim. One of them said by phone that his unit still held the "
        'village. "We are still here," he said.'
    )
    claims = run(nlp, stage, text)
    first, second = claims[-2], claims[-1]
    assert first.source is not None and first.source.name == "Rebel commanders"
    assert first.source.type == "described"
    assert second.source is not None and second.source.name == "Rebel commanders"


@pytest.mark.parametrize(
    ("text", "cue", "source", "relays", "content"),
    [
        # 'Z, X quoted Y as saying': the reporting clause after the reported one
        (
            "Floods cut the coast road near Ansel on Friday, the Ansel Gazette, a weekly paper, quoted a "
            "fire brigade officer, Nils Ovar, as saying.",
            "saying",
            "Nils Ovar",
            ["the Ansel Gazette"],
            "Floods cut the coast road near Ansel on Friday",
        ),
        # 'Speaking to X, Y said Z': the outlet spoken to is a relay, as in 'told X'
        (
            "Speaking to the Harrow Courier, the town's mayor, Rita Bell, said the road would reopen soon.",
            "said",
            "Rita Bell",
            ["the Harrow Courier"],
            "the road would reopen soon",
        ),
        # a crowd spoken to is no outlet, whatever name stands in its phrase
        (
            "Speaking to dignitaries and crowds watching from Velden Square, the president said the war was over.",
            "said",
            "the president",
            [],
            "the war was over",
        ),
        # 'speaking on condition of anonymity' names no one spoken to
        (
            "Speaking on condition of anonymity, a fire brigade officer said the road would reopen soon.",
            "said",
            "a fire brigade officer",
            [],
            "the road would reopen soon",
        ),
    ],
)
def test_reports_after_and_spoken_to(
    nlp: Language, stage: ClaimStage, text: str, cue: str, source: str, relays: list[str], content: str
) -> None:
    c = by_cue(run(nlp, stage, text), cue)
    assert c.source is not None and c.source.name.endswith(source)
    assert [r.name for r in c.relays] == relays
    assert c.content.text.rstrip(" ,.") == content


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a text put on someone's medium speaks for the medium's keeper
        (
            "The statement, posted on the Interior Ministry's website, said the night curfew in Orsk would end.",
            "Interior Ministry",
        ),
        # 'its website' does not say whose: the text stays the source
        ("A statement posted on its website said the night curfew in Orsk would end.", "A statement"),
    ],
)
def test_text_on_a_keepers_medium(nlp: Language, stage: ClaimStage, text: str, source: str) -> None:
    c = by_cue(run(nlp, stage, text), "said")
    assert c.source is not None and c.source.name.endswith(source)


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # the terms on which a source spoke (that it stays unnamed) are no report
        (
            "A negotiator who requested anonymity to discuss the closed sessions said the truce would hold.",
            ["said"],
        ),
        ("A farmer, who declined to give his name out of fear of reprisals, said the well was poisoned.", ["said"]),
        (
            "Two guards, who asked not to be identified because they were not authorised to discuss the "
            "case, said the prisoners had been moved.",
            ["said"],
        ),
        (
            "An engineer, speaking on condition of anonymity to discuss the repairs, said the dam was safe.",
            ["said"],
        ),
        # a talking verb's 'by' / 'from' phrase says how and where, not what
        ("Major Ilse Roon, speaking by phone from a border post, said the crossing was closed.", ["said"]),
    ],
)
def test_no_claim_in_terms_of_speaking(nlp: Language, stage: ClaimStage, text: str, cues: list[str]) -> None:
    assert [c.cue.text for c in run(nlp, stage, text)] == cues


@pytest.mark.parametrize(
    "text",
    [
        # 'from a border post' is where the speaker was; 'by phone' how the words went out
        "Major Ilse Roon, speaking by phone from a border post, said the crossing was closed.",
        # a passive participle on the source says how it was heard
        "Two farmers reached by telephone said the crossing was closed.",
    ],
)
def test_channel_of_the_participle(nlp: Language, stage: ClaimStage, text: str) -> None:
    c = by_cue(run(nlp, stage, text), "said")
    assert c.channel is not None and c.channel.name == "phone"


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        # a text 'on' a body's website speaks for the body, as one posted there does
        (
            "According to a statement on the harbour board's website, the ferries will sail again on Monday.",
            "harbour board",
            None,
        ),
        # 'agency' after a noun of the body's field is no news agency
        ("Relief agencies said about two thousand people had left the valley.", "Relief agencies", "collective"),
        ("The Kaga news agency said about two thousand people had left the valley.", "Kaga news agency", "outlet"),
    ],
)
def test_keepers_and_agencies(nlp: Language, stage: ClaimStage, text: str, source: str, kind: str | None) -> None:
    c = run(nlp, stage, text)[0]
    assert c.source is not None and c.source.name.endswith(source)
    assert kind is None or c.source.type == kind


def test_surname_after_the_full_name(pipeline: Pipeline) -> None:
    """'Berglund said' after 'Anja Berglund ... told reporters': one person, whatever the
    recogniser made of the lone surname."""
    text = (
        "Norrland's foreign minister, Anja Berglund, told reporters in the capital that no agreement had "
        'been signed. "We are talking, and that is already something," Berglund said.'
    )
    record = pipeline.analyze(Document(id="t", text=text))
    told, said = by_cue(record.claims, "told"), by_cue(record.claims, "said")
    assert told.source is not None and said.source is not None
    assert said.source.actor is not None and said.source.actor == told.source.actor
    assert said.source.type == "person"


def test_title_taken_up(pipeline: Pipeline) -> None:
    """'The colonel said' after 'Colonel Ivo Rask' (named without his title): the same person."""
    text = "The navy's spokesman, Colonel Ivo Rask, said the ferry had sunk. The colonel said nobody drowned."
    claims = pipeline.analyze(Document(id="t", text=text)).claims
    assert [c.source.name if c.source else None for c in claims] == ["Ivo Rask", "Ivo Rask"]


def test_pronoun_in_a_relative_clause(pipeline: Pipeline) -> None:
    """'A farmer, who ... because he feared ...': 'he' is the farmer the clause is on, not the
    speaker before."""
    text = (
        "A police officer said the bridge was shut. A farmer, who would not give his name because he "
        "feared reprisals, said the soldiers had left."
    )
    claims = pipeline.analyze(Document(id="t", text=text)).claims
    feared = by_cue(claims, "feared")
    assert feared.source is not None and feared.source.name == "A farmer"
