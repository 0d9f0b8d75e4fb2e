"""Loading the claims lexicon (``data/claims/lexicon.yaml``) into an immutable object."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Literal, cast

import yaml
from spacy.tokens import Token

from unfog.knowledge import PACKAGED, Knowledge
from unfog.language import reporting_table
from unfog.model import Framing, Stance

ContentKind = Literal["that", "clause", "any"]
STANCES: frozenset[str] = frozenset(
    {"asserts", "denies", "confirms", "verifies", "predicts", "threatens", "demands", "accuses", "other"}
)
FRAMINGS: frozenset[str] = frozenset({"neutral", "distancing", "endorsing"})


@dataclass(frozen=True)
class VerbEntry:
    stance: Stance
    framing: Framing
    content: ContentKind


@dataclass(frozen=True)
class NounEntry:
    stance: Stance
    framing: Framing
    #: prepositions whose object is the content ('call for', 'criticism of'); empty: 'that' only
    preps: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    verbs: Mapping[str, VerbEntry]
    adverbs: Mapping[str, Framing]
    frames: tuple[tuple[str, ...], ...]
    channels: Mapping[str, str]
    outlets: frozenset[str]
    outlet_names: frozenset[str]
    carriers: frozenset[str]
    channel_verbs: frozenset[str]
    headline_labels: frozenset[str]
    nouns: Mapping[str, NounEntry] = field(default_factory=lambda: MappingProxyType({}))
    light_verbs: frozenset[str] = frozenset()
    evidence_nouns: frozenset[str] = frozenset()
    #: nouns of someone's view in 'in X's view' frames: the holder is the source of the clause
    viewpoint_nouns: frozenset[str] = frozenset()
    #: raising verbs ('seem', 'appear'): their subject is no source unless a cue verb follows
    raising: frozenset[str] = frozenset()
    #: nouns naming a made text or broadcast ('an ad', 'a resolution'): a participle on one speaks
    #: for whoever made it ('released an ad attacking ...')
    works: frozenset[str] = frozenset()
    #: verbs whose passive's subject holds the attitude ('she is convinced that ...')
    holder_passives: frozenset[str] = frozenset()
    #: nouns of people and bodies that can be a source ('police', 'sources', 'the ministry'; the
    #: claims list with the actors' role, speaker and body nouns): what 'citing' names when it cites
    speaker_nouns: frozenset[str] = frozenset()
    #: verbs whose participle names the source a reporter draws on ('citing police', 'quoting a
    #: spokesman') and whose 'X quoted Y as saying' makes Y the source
    citing_verbs: frozenset[str] = frozenset()
    #: verbs of passing on someone else's post ('forwarded a post by X saying ...')
    forwarding_verbs: frozenset[str] = frozenset()
    #: verbs of telling a hearer something ('told him that ...'): their object is who heard it
    addressee_verbs: frozenset[str] = frozenset()
    talking_verbs: frozenset[str] = frozenset()
    #: prepositions of what a talking verb talks of and to whom ('spoke about X', 'talks to X')
    talking_preps: frozenset[str] = frozenset()
    #: verbs whose participle names a description ('the blogger known as X')
    naming_verbs: frozenset[str] = frozenset()
    #: verbs of an outlet passing words on ('remarks carried by state media')
    carrying_verbs: frozenset[str] = frozenset()
    #: verbs of getting hold of a text ('a memo seen by the paper'): the agent passes it on
    access_verbs: frozenset[str] = frozenset()
    #: nouns of a medium someone keeps ('a channel run by the police'): it speaks for its keeper
    accounts: frozenset[str] = frozenset()
    #: verbs of a private state ('expects', 'believes'): an 'according to' frame over one stays beside it
    private_verbs: frozenset[str] = frozenset()
    #: nouns of a role a person holds ('governor', 'spokesman'): an unnamed one is a described source
    role_nouns: frozenset[str] = frozenset()
    #: nouns of one person by occupation or standing ('analyst', 'nurse'): a name with one of them in
    #: apposition is a person's, whatever type the entity recogniser gave it
    person_nouns: frozenset[str] = frozenset()
    #: nouns of a body ('group', 'agency', 'council'; the actors' nominal nouns)
    body_nouns: frozenset[str] = frozenset()
    #: nouns of a body that is only ever an outlet ('newspaper', 'broadcaster'; not 'agency')
    media_nouns: frozenset[str] = frozenset()
    #: the last words of a newspaper's name ('the Brenner Gazette'), an outlet only as part of a name
    mastheads: frozenset[str] = frozenset()
    #: outlet words that also name bodies ('the space agency', 'aid agencies')
    body_outlets: frozenset[str] = frozenset()
    #: nouns of a source kept unnamed ('sources', 'officials', 'an insider')
    anonymous_nouns: frozenset[str] = frozenset()
    #: words that mark a source as anonymous ('on condition of anonymity', 'unnamed')
    anonymity: frozenset[str] = frozenset()
    #: words that mark it only after a word of ``withholding`` ('not authorized', 'declined to be named')
    anonymity_withheld: frozenset[str] = frozenset()
    withholding: frozenset[str] = frozenset()
    #: verbs whose object controls their to-infinitive ('urged the minister to explain')
    object_control: frozenset[str] = frozenset()
    #: third-person pronouns by the class of earlier source they can refer to ('it': 'body')
    pronoun_agreement: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: third-person personal pronouns by their gender ('she': 'f', 'his': 'm')
    pronoun_gender: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: nouns of research or inquiry ('a study by X found'): the text speaks for its maker
    studies: frozenset[str] = frozenset()
    #: a head noun -> narrower nouns a definite description with that head may take up ('the
    #: official' after 'a court spokesman, X')
    hypernyms: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    #: the labels of an answer's turn in a question-and-answer transcript ('A:')
    answer_labels: frozenset[str] = frozenset()

    @cached_property
    def text_nouns(self) -> frozenset[str]:
        """The nouns of a text a claim is made in, which a later 'the N said' takes up for its maker:
        a carrier's ('statement') or a study's ('report', 'survey')."""
        return self.carriers | self.studies

    def marks_anonymity(self, t: Token) -> bool:
        """The word marks a source as unnamed: an ``anonymity`` word ('anonymity', 'unnamed'), or an
        ``anonymity_withheld`` word after a ``withholding`` word within four words ('declined to be
        named', 'not authorised to speak')."""
        low = t.lower_
        if low in self.anonymity:
            return True
        doc = t.doc
        return low in self.anonymity_withheld and any(
            doc[j].lower_ in self.withholding for j in range(max(0, t.i - 4), t.i)
        )

    @staticmethod
    def lemma(tok: Token) -> str:
        """A token's lower-case lemma (corrected by the nlp's ``unfog_lemmas`` component)."""
        return tok.lemma_.lower()

    def channel_of(self, words: list[str]) -> str | None:
        """The normalised channel a phrase's words name; platform names before generic words."""
        # a sentence's full stop the tokeniser leaves on a short name ('wrote on X.') is no part of it
        low = [w.lower().rstrip(".") or w.lower() for w in words]
        found: list[tuple[int, str]] = []
        order = list(self.channels)
        for i in range(len(low)):
            for j in (i + 2, i + 1):
                key = " ".join(low[i:j])
                if j <= len(low) and key in self.channels:
                    found.append((order.index(key), self.channels[key]))
        return min(found)[1] if found else None


def _stance(v: object) -> Stance:
    if v not in STANCES:
        raise ValueError(f"claims lexicon: unknown stance {v!r}")
    return cast(Stance, v)


def _framing(v: object) -> Framing:
    if v not in FRAMINGS:
        raise ValueError(f"claims lexicon: unknown framing {v!r}")
    return cast(Framing, v)


def parse_lexicon(raw: dict[str, object]) -> Lexicon:
    verbs: dict[str, VerbEntry] = {}
    for lemma, (stance, framing, content) in cast(dict[str, list[str]], raw["verbs"]).items():
        if content not in ("that", "clause", "any"):
            raise ValueError(f"claims lexicon: verb {lemma!r} has content {content!r}")
        verbs[lemma] = VerbEntry(_stance(stance), _framing(framing), cast(ContentKind, content))
    nouns: dict[str, NounEntry] = {}
    for lemma, (nstance, nframing, preps) in cast(dict[str, list[object]], raw.get("nouns") or {}).items():
        nouns[lemma] = NounEntry(_stance(nstance), _framing(nframing), frozenset(cast(list[str], preps)))
    adverbs = {k: _framing(v) for k, v in cast(dict[str, str], raw["adverbs"]).items()}
    frames = tuple(tuple(f) for f in cast(list[list[str]], raw["frames"]))
    channels = {str(k): str(v) for k, v in cast(dict[str, str], raw["channels"]).items()}
    outlets = frozenset(cast(list[str], raw["outlets"]))
    names = frozenset(cast(list[str], raw["outlet_names"]))
    return Lexicon(
        MappingProxyType(verbs),
        MappingProxyType(adverbs),
        frames,
        MappingProxyType(channels),
        outlets,
        names,
        carriers=frozenset(cast(list[str], raw["carriers"])),
        channel_verbs=frozenset(cast(list[str], raw["channel_verbs"])),
        headline_labels=frozenset(cast(list[str], raw["headline_labels"])),
        nouns=MappingProxyType(nouns),
        light_verbs=frozenset(cast(list[str], raw.get("light_verbs") or [])),
        evidence_nouns=frozenset(cast(list[str], raw.get("evidence_nouns") or [])),
        viewpoint_nouns=frozenset(cast(list[str], raw.get("viewpoint_nouns") or [])),
        raising=frozenset(cast(list[str], raw.get("raising") or [])),
        works=frozenset(cast(list[str], raw.get("works") or [])),
        holder_passives=frozenset(cast(list[str], raw.get("holder_passives") or [])),
        speaker_nouns=frozenset(cast(list[str], raw.get("speaker_nouns") or [])),
        role_nouns=frozenset(cast(list[str], raw.get("role_nouns") or [])),
        person_nouns=frozenset(cast(list[str], raw.get("person_nouns") or [])),
        body_nouns=frozenset(cast(list[str], raw.get("body_nouns") or [])),
        media_nouns=frozenset(cast(list[str], raw.get("media_nouns") or [])),
        mastheads=frozenset(cast(list[str], raw.get("mastheads") or [])),
        body_outlets=frozenset(cast(list[str], raw.get("body_outlets") or [])),
        citing_verbs=frozenset(cast(list[str], raw.get("citing_verbs") or [])),
        forwarding_verbs=frozenset(cast(list[str], raw.get("forwarding_verbs") or [])),
        addressee_verbs=frozenset(cast(list[str], raw.get("addressee_verbs") or [])),
        talking_verbs=frozenset(cast(list[str], raw.get("talking_verbs") or [])),
        talking_preps=frozenset(cast(list[str], raw.get("talking_preps") or [])),
        naming_verbs=frozenset(cast(list[str], raw.get("naming_verbs") or [])),
        carrying_verbs=frozenset(cast(list[str], raw.get("carrying_verbs") or [])),
        access_verbs=frozenset(cast(list[str], raw.get("access_verbs") or [])),
        accounts=frozenset(cast(list[str], raw.get("accounts") or [])),
        private_verbs=frozenset(cast(list[str], raw.get("private_verbs") or [])),
        anonymous_nouns=frozenset(cast(list[str], raw.get("anonymous_nouns") or [])),
        anonymity=frozenset(cast(list[str], raw.get("anonymity") or [])),
        anonymity_withheld=frozenset(cast(list[str], raw.get("anonymity_withheld") or [])),
        withholding=frozenset(cast(list[str], raw.get("withholding") or [])),
        object_control=frozenset(cast(list[str], raw.get("object_control") or [])),
        pronoun_agreement=MappingProxyType(
            {str(k): str(v) for k, v in cast(dict[str, str], raw.get("pronoun_agreement") or {}).items()}
        ),
        pronoun_gender=MappingProxyType(
            {str(k): str(v) for k, v in cast(dict[str, str], raw.get("pronoun_gender") or {}).items()}
        ),
        studies=frozenset(cast(list[str], raw.get("studies") or [])),
        hypernyms=MappingProxyType(
            {str(k): frozenset(v) for k, v in cast(dict[str, list[str]], raw.get("hypernyms") or {}).items()}
        ),
        answer_labels=frozenset(cast(list[str], raw.get("answer_labels") or [])),
    )


def load_lexicon(path: Path | None = None, knowledge: Knowledge = PACKAGED) -> Lexicon:
    """The lexicon at ``path``, else ``claims/lexicon.yaml`` of the knowledge; the stage parses it once."""
    text = knowledge.text("claims/lexicon.yaml") if path is None else path.read_text(encoding="utf-8")
    raw = cast(dict[str, object], yaml.safe_load(text))
    # the verbs of saying are the shared list of language/reporting.yaml; the file adds the others
    raw["verbs"] = {**reporting_table(knowledge), **cast(dict[str, object], raw.get("verbs") or {})}
    # the nouns of roles and bodies are the actors' (kept once, in actors/lexicon.yaml)
    actors = cast(dict[str, object], yaml.safe_load(knowledge.text("actors/lexicon.yaml")))
    roles = [*cast(dict[str, str], actors.get("role") or {}), *cast(list[str], actors.get("speaker") or [])]
    nominal = cast(dict[str, list[str]], actors.get("nominal") or {})
    bodies = list(nominal)
    raw["media_nouns"] = [n for n, types in nominal.items() if set(types) == {"media"}]
    raw["role_nouns"] = roles
    # a head above the roles ('the official') takes up each of them, besides its own listed nouns
    hyper = cast(dict[str, list[str]], raw.get("hypernyms") or {})
    for head in cast(list[str], raw.get("role_hypernyms") or []):
        hyper[head] = [*roles, *hyper.get(head, [])]
    raw["hypernyms"] = hyper
    raw["body_nouns"] = bodies
    raw["speaker_nouns"] = [*cast(list[str], raw.get("speaker_nouns") or []), *roles, *bodies]
    return parse_lexicon(raw)
