"""Actor stage: dictionary matching, unknown named entities, metonymy, roles (own sentences).

Metonymy is the geo stage's decision: the tests of it give the actor stage geo's places, as the
pipeline does."""

from __future__ import annotations

import copy

import pytest
from spacy.language import Language

from unfog.actors import ActorStage
from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.model import Actor, Document, Place, PlaceMention
from unfog.settings import Settings


@pytest.fixture(scope="module")
def geo() -> GeoStage:
    return GeoStage.from_settings(Settings())


@pytest.fixture(scope="module")
def stage(geo: GeoStage) -> ActorStage:
    return ActorStage.from_settings(Settings(), gazetteer=geo.gazetteer)


def placed(nlp: Language, geo: GeoStage, text: str) -> list[Place]:
    """The geo stage's places of ``text``: the actor stage's input in the pipeline."""
    return geo.run(DocContext(Document(id="t", text=text), nlp(text)))


def run(nlp: Language, stage: ActorStage, text: str, places: list[Place] | None = None) -> list[Actor]:
    return stage.run(DocContext(Document(id="t", text=text), nlp(text), places=places or []))


def named(actors: list[Actor], surface: str) -> Actor | None:
    """The actor one of whose mentions is exactly this surface text."""
    return next((a for a in actors if any(m.text == surface for m in a.mentions)), None)


@pytest.mark.parametrize(
    ("text", "surface", "name", "type_"),
    [
        (
            "Wagner fighters shelled the outskirts of the town on Tuesday.",
            "Wagner fighters",
            "Wagner Group",
            "armed_group",
        ),
        ("The RDK said on Friday that it had crossed the border.", "RDK", "Russian Volunteer Corps", "armed_group"),
        ("The SBU detained two suspects in Odesa.", "SBU", "Security Service of Ukraine", "intelligence"),
        (
            "Ukrainian forces repelled an assault near the river.",
            "Ukrainian forces",
            "Armed Forces of Ukraine",
            "state_forces",
        ),
        ("Officials at the Kremlin declined to comment, TASS reported.", "TASS", "TASS", "media"),
        ("Police arrested a man after the shooting downtown.", "Police", "police", "security_forces"),
        ("Hundreds of protesters gathered outside the ministry.", "protesters", "protesters", "group"),
        (
            "The legion's fighters, also known as LSR, entered the village.",
            "LSR",
            "Freedom of Russia Legion",
            "armed_group",
        ),
    ],
)
def test_dictionary_aliases(nlp: Language, stage: ActorStage, text: str, surface: str, name: str, type_: str) -> None:
    actor = named(run(nlp, stage, text), surface)
    assert actor is not None
    assert (actor.name, actor.type) == (name, type_)
    assert actor.dictionary_id is not None


@pytest.mark.parametrize(
    ("text", "first", "later"),
    [
        (
            "Maria Kovalenko, a local councillor, said the bridge was hit. Kovalenko added that two died.",
            "Maria Kovalenko",
            "Kovalenko",
        ),
        (
            "Vyacheslav Gladkov wrote on Telegram that shelling continued. Gladkov said nobody was hurt.",
            "Vyacheslav Gladkov",
            "Gladkov",
        ),
    ],
)
def test_surname_merges_with_full_name(nlp: Language, stage: ActorStage, text: str, first: str, later: str) -> None:
    actors = run(nlp, stage, text)
    a, b = named(actors, first), named(actors, later)
    assert a is not None and a is b
    assert a.type == "person"


@pytest.mark.parametrize(
    ("text", "surface", "government"),
    [
        ("Kyiv warned that the bridge remained under its control.", "Kyiv", "Government of Ukraine"),
        ("Moscow denied any involvement in the blast.", "Moscow", "Government of Russia"),
        ("France condemned the attack on the convoy.", "France", "Government of France"),
    ],
)
def test_metonymic_subject_is_a_government(
    nlp: Language, geo: GeoStage, stage: ActorStage, text: str, surface: str, government: str
) -> None:
    actor = named(run(nlp, stage, text, placed(nlp, geo, text)), surface)
    assert actor is not None and actor.name == government
    assert any(m.kind == "metonym" for m in actor.mentions)
    assert surface in actor.aliases


def test_literal_place_is_no_actor(nlp: Language, geo: GeoStage, stage: ActorStage) -> None:
    text = "Missiles struck a depot in Kyiv overnight."
    assert named(run(nlp, stage, text, placed(nlp, geo, text)), "Kyiv") is None


def test_geo_decides_metonymy_once(nlp: Language, stage: ActorStage) -> None:
    """A name geo took literally is no government, even as the subject of a verb of saying: the
    actor stage does not decide metonymy again."""
    text = "Kyiv warned that the bridge remained under its control."
    place = Place(id="p1", name="Kyiv", country_code="UA", mentions=[PlaceMention(span=(0, 4), text="Kyiv")])
    assert named(run(nlp, stage, text, [place]), "Kyiv") is None


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv warned that the bridge remained under its control. Missiles struck a depot in Kyiv.",
        "China and Russia hope that the talks resume, according to Ukraine.",
    ],
)
def test_run_leaves_the_places_unchanged(nlp: Language, geo: GeoStage, stage: ActorStage, text: str) -> None:
    places = placed(nlp, geo, text)
    assert any(not m.literal for p in places for m in p.mentions)
    before = copy.deepcopy([p.model_dump() for p in places])
    ctx = DocContext(Document(id="t", text=text), nlp(text), places=places)
    actors = stage.run(ctx)
    assert any(m.kind == "metonym" for a in actors for m in a.mentions)
    assert [p.model_dump() for p in places] == before
    assert [p.model_dump() for p in ctx.places] == before


def test_geo_stage_metonymy_is_used(nlp: Language, stage: ActorStage) -> None:
    text = "Officials hope that Ukraine will be ready soon."
    s = text.index("Ukraine")
    place = Place(
        id="p1",
        name="Ukraine",
        country_code="UA",
        mentions=[PlaceMention(span=(s, s + 7), text="Ukraine", literal=False)],
    )
    actor = named(run(nlp, stage, text, [place]), "Ukraine")
    assert actor is not None and actor.name == "Government of Ukraine"


def test_apposition_gives_role_and_description(nlp: Language, stage: ActorStage) -> None:
    text = "Oleh Marchenko, the governor of the Sumy region, said four people were wounded."
    actor = named(run(nlp, stage, text), "Oleh Marchenko")
    assert actor is not None
    kinds = {m.kind for m in actor.mentions}
    assert "description" in kinds


def test_places_from_geo_are_not_actors(nlp: Language, stage: ActorStage) -> None:
    text = "Volunteers said Marinka was shelled again."
    s = text.index("Marinka")
    place = Place(id="p1", name="Marinka", mentions=[PlaceMention(span=(s, s + 7), text="Marinka")])
    assert named(run(nlp, stage, text, [place]), "Marinka") is None


def test_ids_follow_first_mention(nlp: Language, stage: ActorStage) -> None:
    actors = run(nlp, stage, "Reuters said the SBU arrested a man; the FSB did not comment.")
    assert [a.id for a in actors] == [f"a{i}" for i in range(1, len(actors) + 1)]
    assert [a.name for a in actors][:3] == ["Reuters", "Security Service of Ukraine", "Federal Security Service"]


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        (
            "Local officials said a Russian reconnaissance squad had opened fire on the checkpoint.",
            "Russian reconnaissance squad",
            "Russian reconnaissance squad",
        ),
        ("Police said an armed gang robbed the bank.", "armed gang", "armed gang"),
    ],
)
def test_unnamed_group_from_description(nlp: Language, stage: ActorStage, text: str, surface: str, name: str) -> None:
    actor = named(run(nlp, stage, text), surface)
    assert actor is not None and actor.name == name
    assert actor.mentions[0].kind == "description"


def test_no_unnamed_group_without_modifier(nlp: Language, stage: ActorStage) -> None:
    assert named(run(nlp, stage, "Officials said a group had crossed the border."), "group") is None


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # a short alias counts where the document also names the actor in full ...
        (
            "The Freedom of Russia Legion said on Tuesday that the Legion had reached the river.",
            "Legion",
            "Freedom of Russia Legion",
        ),
        (
            "Rosgvardia units were moved north. The National Guard sealed the roads.",
            "National Guard",
            "Rosgvardia",
        ),
        # ... and is left to the other steps where it does not
        ("Veterans of the Legion marched through Paris on Sunday.", "Legion", None),
        ("The governor said the National Guard would patrol the streets of Denver.", "National Guard", None),
        # an acronym counts also where the document names the actor's country (by its adjective)
        ("The Sudanese army said it had pushed the RSF back from the bridge.", "RSF", "Rapid Support Forces"),
        ("Kurdish officials said the SDF had taken the Syrian border post.", "SDF", "Syrian Democratic Forces"),
        # ... not elsewhere, nor a short form that is no acronym
        ("RSF said two journalists were detained in Minsk last week.", "RSF", None),
        ("Russian officials said the National Guard would patrol the streets of Denver.", "National Guard", None),
    ],
)
def test_short_alias_needs_the_full_name(
    nlp: Language, stage: ActorStage, text: str, surface: str, name: str | None
) -> None:
    actor = named(run(nlp, stage, text), surface)
    got = actor.name if actor is not None and actor.dictionary_id is not None else None
    assert got == name
