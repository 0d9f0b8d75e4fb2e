"""Actor stage: in-document coreference by rule (own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.actors import ActorStage
from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.model import Document
from unfog.settings import Settings


@pytest.fixture(scope="module")
def geo() -> GeoStage:
    return GeoStage.from_settings(Settings())


@pytest.fixture(scope="module")
def stage(geo: GeoStage) -> ActorStage:
    return ActorStage.from_settings(Settings(), gazetteer=geo.gazetteer)


def target(nlp: Language, stage: ActorStage, text: str, anaphor: str, occurrence: int = 1) -> str | None:
    """The name of the actor whose coref mention covers the given occurrence of the anaphor."""
    start = -1
    for _ in range(occurrence):
        start = text.index(anaphor, start + 1)
    end = start + len(anaphor)
    for actor in stage.run(DocContext(Document(id="t", text=text), nlp(text))):
        for m in actor.mentions:
            if m.kind == "coref" and m.span[0] <= start and end <= m.span[1]:
                return actor.name
    return None


@pytest.mark.parametrize(
    ("text", "anaphor", "expected"),
    [
        # definite descriptions
        (
            "The Russian Volunteer Corps posted a video on Sunday. The group said the raid was over.",
            "The group",
            "Russian Volunteer Corps",
        ),
        (
            "Wagner published a statement and Reuters quoted it. Later the group denied the report.",
            "the group",
            "Wagner Group",
        ),
        (
            "The Freedom of Russia Legion crossed the border at dawn. Officials said the legion had tanks.",
            "the legion",
            "Freedom of Russia Legion",
        ),
        (
            "Vyacheslav Gladkov visited the hospital. The governor said three people were hurt.",
            "The governor",
            "Vyacheslav Gladkov",
        ),
        (
            "Volodymyr Zelensky spoke to reporters in the capital. The president thanked the allies.",
            "The president",
            "Volodymyr Zelensky",
        ),
        # pronouns in the clause of a speech verb
        ("The SBU said that its officers had detained a courier.", "its officers", "Security Service of Ukraine"),
        ("The Russian Volunteer Corps claimed that it controlled the road.", "it", "Russian Volunteer Corps"),
        ("Wagner said its units were advancing.", "its units", "Wagner Group"),
        ("Sergei Shoigu arrived on Monday. He said the offensive was going to plan.", "He", "Sergei Shoigu"),
        (
            "The Kremlin warned that Ukraine would pay. The RDK said they would not stop.",
            "they",
            "Russian Volunteer Corps",
        ),
        # speakers
        (
            "Hamas held a news conference at which a spokesman listed the names of the prisoners.",
            "spokesman",
            "Hamas",
        ),
        ("A spokesman for the SBU said the suspect confessed.", "spokesman", "Security Service of Ukraine"),
    ],
)
def test_coref_targets(nlp: Language, stage: ActorStage, text: str, anaphor: str, expected: str) -> None:
    assert target(nlp, stage, text, anaphor) == expected


@pytest.mark.parametrize(
    ("text", "anaphor"),
    [
        ("It was raining when the convoy left.", "It"),  # expletive
        ("The governor of the region visited the school.", "governor"),  # nobody with that role before
        ("Reuters said the group of villagers left.", "the group"),  # media is no group
        ("The police found it near the river.", "it"),  # object pronoun
        ("Reuters reported on the talks. The ministry declined to comment.", "The ministry"),  # no ministry named
        # a description carrying a name refers only to an actor bearing it
        ("The Interior Ministry of Norland said 12 people were held. The Kestrel news agency reported "
         "that they were students.", "The Kestrel news agency"),
        # bare troops nobody's speech binds, or bound by a speaker who is no state force
        ("The Malian army left the town. Troops were seen near the dunes.", "Troops"),
        ("The rebels said troops had shelled the market.", "troops"),
    ],
)
def test_no_coref(nlp: Language, stage: ActorStage, text: str, anaphor: str) -> None:
    assert target(nlp, stage, text, anaphor) is None


@pytest.mark.parametrize(
    ("text", "anaphor", "occurrence", "expected"),
    [
        # a definite bare noun refers to the latest earlier actor whose name ends in the same noun,
        # however many sentences back and whatever its type
        (
            "The Defence Ministry said its air defences downed four drones overnight. The army also "
            "reported shelling near the border. The ministry said no one was hurt.",
            "The ministry",
            1,
            "Defence Ministry",
        ),
        (
            "Ukraine's Foreign Ministry summoned the ambassador. Later, the Interior Ministry reported "
            "arrests. The ministry said five people were held.",
            "The ministry",
            1,
            "Interior Ministry",
        ),
        (
            "The Health Ministry in Gaza said 20 people were killed. The army denied the figure. Residents "
            "fled the area. Aid groups asked for a pause. The ministry said the toll was rising.",
            "The ministry",
            1,
            "Health Ministry",
        ),
        (
            "The Justice Department opened an inquiry on Tuesday. The department said it would publish its findings.",
            "The department",
            1,
            "Justice Department",
        ),
    ],
)
def test_coref_head_match(
    nlp: Language, stage: ActorStage, text: str, anaphor: str, occurrence: int, expected: str
) -> None:
    assert target(nlp, stage, text, anaphor, occurrence) == expected


@pytest.mark.parametrize(
    ("text", "anaphor", "expected"),
    [
        # binding: a pronoun in the clause of a speech verb (or of a speech participle on it) refers
        # to that verb's subject, not to the subject of a clause in between
        (
            "The SBU denied that Wagner had taken the bridge, stating that its officers still held it.",
            "its officers",
            "Security Service of Ukraine",
        ),
        (
            "Hamas rejected claims that the IDF had reached the tunnel, saying that its fighters had repelled them.",
            "its fighters",
            "Hamas",
        ),
        # a headline the parser runs into the first sentence does not supply the antecedent
        (
            "Kremlin Says Talks Are Over\n\n"
            "The Russian Defence Ministry said on Friday that its units crossed the river.",
            "its units",
            "Armed Forces of Russia",
        ),
        (
            "Moscow said its troops took the hill. "
            "Ukraine's General Staff denied it, saying its soldiers held the ridge.",
            "its soldiers",
            "Armed Forces of Ukraine",
        ),
        # bare troops under a state force's speech are its own (lexicon.yaml own_troops)
        ("The Malian army said troops destroyed two rebel camps near the dunes.", "troops", "Military Forces of Mali"),
        ("The Chadian army said that soldiers had repelled the raid.", "soldiers", "Military Forces of Chad"),
    ],
)
def test_coref_binding(nlp: Language, stage: ActorStage, text: str, anaphor: str, expected: str) -> None:
    assert target(nlp, stage, text, anaphor) == expected


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        # in a title-case headline, a country or capital right before a speech verb is its government
        ("Moscow Hails Advance as Kyiv Says Lines Are Holding\n\nFighting went on.", "Kyiv", "Government of Ukraine"),
        ("Strikes Resume While Ukraine Says Power Cuts Will Last\n\nNo end.", "Ukraine", "Government of Ukraine"),
        ("Fighting Resumes Near Ukraine Border\n\nPower was cut.", "Ukraine", None),
    ],
)
def test_headline_metonym(
    nlp: Language, geo: GeoStage, stage: ActorStage, text: str, place: str, expected: str | None
) -> None:
    start = text.index(place)
    ctx = DocContext(Document(id="t", text=text), nlp(text))
    ctx = ctx.with_records(places=geo.run(ctx))  # geo decides the metonymy, as in the pipeline
    names = [
        a.name
        for a in stage.run(ctx)
        for m in a.mentions
        if m.kind == "metonym" and m.span == (start, start + len(place))
    ]
    assert names == ([expected] if expected else [])
