"""The records that stages pass to each other and that unfog writes out.

Every record that says something about the text carries character spans into
``Document.text`` (start inclusive, end exclusive), so each output field can be traced to the
characters it came from. The JSON Schema in ``unfog/schema/record.schema.json`` is generated
from these models (``unfog schema``) and a test checks that the two agree.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

Span = tuple[int, int]

#: asserted: said to have happened (by the author or, through ``Event.claims``, by a source);
#: negated: said not to have happened; hypothetical: conditional, possible, feared, expected;
#: future: planned, threatened or promised.
Modality = Literal["asserted", "negated", "hypothetical", "future"]
DatePrecision = Literal["day", "week", "month", "year"]


class Record(BaseModel):
    """Base for all records: no unknown fields, and frozen: a record is made once, by the stage that
    owns it, and never assigned to afterwards (a stage that needs a changed record makes a copy,
    ``model_copy(update=...)``). Stages build records from their own draft types (geo ``Mention``,
    actors ``WorkActor``, claims ``Candidate``, events ``Draft``) and convert once."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Document(Record):
    """One input text: an article, a post, a snippet."""

    id: str
    text: str
    published: str | None = Field(None, description="Publication date, YYYY-MM-DD.")
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    origin: str | None = Field(None, description="Where it was read from: a path, '-' or a URL.")
    language: str | None = Field(
        None, description="ISO 639-1 code identified offline ('en', 'ru'); only English is analysed, a document "
        "in another language is stored with its language and no analysis.",
    )
    forwarded_from: str | None = Field(
        None, description="The channel or account a forwarded post was first published by (a Telegram "
        "forward); it is the last relay of every claim in the post.",
    )
    medium: str | None = Field(
        None, description="What the document was published on when it is a post rather than an article "
        "('telegram'): the channel of its claims; a post that cites nobody is the statement of its outlet (or of "
        "the channel it was forwarded from).",
    )


class TextRef(Record):
    """A piece of the document: its text and its span."""

    text: str
    span: Span


# --------------------------------------------------------------------------- places
class PlaceMention(Record):
    span: Span
    text: str
    literal: bool = Field(True, description="False where the name stands for a government or people (metonymy).")
    reason: str = Field("", description="Why this span was taken as a toponym, e.g. 'ner:GPE', 'gazetteer'.")
    kind: Literal["name", "adjective", "facility", "embedded"] = Field(
        "name", description="'adjective' for an adjective of the place used as a modifier ('the Syrian army'), "
        "taken only with the place_adjectives setting; 'facility' for a named building, street or site used "
        "as a location ('at the Manila Cathedral'), resolved to the place that locates it (see the reason); "
        "'embedded' for a place named inside a longer name ('the Denver Police'), not literal, taken only with "
        "the place_adjectives setting (the GeoWebNews convention).",
    )


class Place(Record):
    """A place the document names, resolved against the gazetteer; one record per distinct place."""

    id: str
    name: str
    mentions: list[PlaceMention]
    spans: list[Span] = Field(default_factory=list, description="The mentions' spans (derived, for readers).")
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    admin1: str | None = Field(None, description="First-level region name, where known.")
    feature_code: str | None = Field(None, description="GeoNames feature code: PPL, PPLA, ADM1, PCLI ...")
    precision: int | None = Field(
        None, description="ACLED geo-precision: 1 town, 2 part of a region, 3 region or larger."
    )
    literal: bool = Field(True, description="True when at least one mention is a literal use.")


# --------------------------------------------------------------------------- actors
class ActorMention(Record):
    span: Span
    text: str
    kind: Literal["name", "alias", "coref", "metonym", "description"] = "name"


class Actor(Record):
    """Someone who acts or speaks: a person, an armed group, a government, an outlet."""

    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    type: str | None = Field(None, description="e.g. state_forces, armed_group, government, person, media.")
    side: str | None = Field(None, description="The side in a conflict the dictionary gives, e.g. 'RU', 'UA'.")
    country: str | None = Field(None, description="ISO 3166-1 alpha-2 country the actor belongs to.")
    dictionary_id: str | None = Field(None, description="The id in the actor dictionary, when known there.")
    mentions: list[ActorMention] = Field(default_factory=list)


# --------------------------------------------------------------------------- claims
SourceType = Literal["person", "organisation", "outlet", "anonymous", "described", "collective"]


class Source(Record):
    name: str
    span: Span | None = None
    actor: str | None = Field(None, description="Actor id in this record.")
    type: SourceType | None = Field(
        None,
        description="What the mention is: a named person, organisation or outlet; an anonymous source "
        "('military sources', 'an official who spoke on condition of anonymity'); a described role with "
        "no name ('a ministry spokesman'); a group of people ('rescuers'). Null when the stage cannot tell "
        "(a pronoun with no antecedent).",
    )
    affiliation: str | None = Field(
        None,
        description="The body a named person speaks for, from a title or apposition ('the ministry's spokesman, X').",
    )


class Relay(Record):
    """An outlet or intermediary between the source and this article."""

    name: str
    span: Span | None = None
    actor: str | None = None


class Channel(Record):
    """The medium the source used."""

    name: str = Field(description="Normalised: telegram, video, statement, social media, radio, interview ...")
    text: str | None = None
    span: Span | None = None


Stance = Literal["asserts", "denies", "confirms", "verifies", "predicts", "threatens", "demands", "accuses", "other"]
Framing = Literal["neutral", "distancing", "endorsing"]


class Claim(Record):
    """Somebody says something: who (source), how (cue, channel), through whom (relays), what (content)."""

    id: str
    source: Source | None = None
    cue: TextRef
    content: TextRef
    relays: list[Relay] = Field(default_factory=list, description="Nearest the source first.")
    channel: Channel | None = None
    stance: Stance = "asserts"
    framing: Framing = "neutral"
    events: list[str] = Field(default_factory=list, description="Ids of the events the content asserts.")


# --------------------------------------------------------------------------- time
class TimeExpr(Record):
    """A time expression and what it resolves to against the publication date."""

    text: str
    span: Span
    value: str | None = Field(None, description="YYYY-MM-DD, YYYY-MM or YYYY; null when not resolvable.")
    precision: DatePrecision | None = None
    end: str | None = Field(None, description="For ranges ('between 1999 and 2009'), the end value.")


# --------------------------------------------------------------------------- events
class AcledType(Record):
    event_type: str
    sub_event_type: str


class PloverType(Record):
    event_type: str
    mode: str | None = None


class Event(Record):
    """Something that happened (or is said, denied, feared or planned to happen)."""

    id: str
    trigger: TextRef
    mentions: list[TextRef] = Field(
        default_factory=list,
        description="Further mentions of this event in the document (within-document coreference), in text "
        "order; the trigger is the first mention (an act named by a reaction told before the incident "
        "is one too).",
    )
    acled: AcledType | None = None
    plover: PloverType | None = None
    actor1: str | None = Field(None, description="Actor id of the perpetrator / main actor.")
    actor2: str | None = Field(None, description="Actor id of the target.")
    associated_actors: list[str] = Field(default_factory=list)
    place: str | None = Field(None, description="Place id in this record.")
    place_reason: str | None = None
    date: str | None = Field(None, description="YYYY-MM-DD, YYYY-MM or YYYY.")
    date_precision: DatePrecision | None = None
    time: TimeExpr | None = Field(None, description="The expression the date was resolved from.")
    fatalities: int | None = None
    injured: int | None = None
    casualty_text: TextRef | None = None
    weapons: list[str] = Field(default_factory=list)
    modality: Modality = "asserted"
    claims: list[str] = Field(default_factory=list, description="Ids of the claims whose content holds this event.")
    refers_to: str | None = Field(
        None,
        description="Id of the incident this event reacts to or names (a condemnation, a claim of "
        "responsibility: 'condemned the attack'), or, for one source's account of an incident another source "
        "told before, that account's event; None for an event that is no reaction and no further account.",
    )


# --------------------------------------------------------------------------- stories
class StoryMember(Record):
    document: str
    event: str


class Said(Record):
    """One side of a contradiction or one source's death toll: who says it, and where, in their words."""

    source: str = Field(description="The source's name (an actor, or the outlet for an article's own voice).")
    document: str
    claim: str | None = Field(None, description="The claim's id in the document's record; null: the article's "
                              "own voice.")
    text: str = Field(description="The claim's content, or the sentence of the event in the article's own voice.")
    span: Span
    fatalities: int | None = None


class Contradiction(Record):
    a: StoryMember
    b: StoryMember
    reason: str
    said_a: Said | None = Field(None, description="What the source of member a says (null in stories stored "
                                "before contradictions carried their texts).")
    said_b: Said | None = Field(None, description="What the source of member b says.")


class Story(Record):
    """One real-world event as reported across documents and claims."""

    id: str
    status: Literal["single_source", "corroborated", "contested", "denied"]
    members: list[StoryMember]
    acled: AcledType | None = None
    place: str | None = Field(None, description="Name of the place most members give.")
    lat: float | None = None
    lon: float | None = None
    date: str | None = None
    sources: list[str] = Field(default_factory=list, description="Independent sources (actors or outlets).")
    contradictions: list[Contradiction] = Field(default_factory=list)
    fatalities: int | None = Field(None, description="ACLED's conservative death toll: the lowest figure an "
                                   "asserting source gives.")
    tolls: list[Said] = Field(default_factory=list, description="Each independent source's death toll.")


# --------------------------------------------------------------------------- the output record
class AnalysisRecord(Record):
    """What `unfog analyze` writes for one document."""

    schema_version: str = SCHEMA_VERSION
    document: Document
    places: list[Place] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    times: list[TimeExpr] = Field(default_factory=list)
