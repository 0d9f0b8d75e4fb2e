"""The actors of one document while they are being collected, and their conversion to records."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Span as SpacySpan

from unfog.actors.dictionary import ActorEntry
from unfog.model import Actor, ActorMention

MentionKind = Literal["name", "alias", "coref", "metonym", "description"]


@dataclass
class Mention:
    """A mention with token offsets (for reasoning) and character offsets (for the record)."""

    start: int  # token index
    end: int  # token index, exclusive
    char_start: int
    char_end: int
    text: str
    kind: MentionKind
    actor: WorkActor
    subject: bool = False  # the mention's head is a subject of its verb

    @classmethod
    def of(cls, span: SpacySpan, kind: MentionKind, actor: WorkActor) -> Mention:
        subject = span.root.dep_ in ("nsubj", "nsubjpass") or (
            span.root.dep_ == "poss" and span.root.head.dep_ in ("nsubj", "nsubjpass")
        )
        if span.root.dep_ == "conj":  # "X and Y said": Y shares X's position
            head = span.root.head
            subject = subject or head.dep_ in ("nsubj", "nsubjpass")
        return cls(span.start, span.end, span.start_char, span.end_char, span.text, kind, actor, subject)


@dataclass(eq=False)
class WorkActor:
    name: str
    type: str | None
    side: str | None = None
    country: str | None = None
    entry: ActorEntry | None = None
    aliases: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)

    def add_alias(self, text: str) -> None:
        if text != self.name and text not in self.aliases:
            self.aliases.append(text)

    @property
    def surname(self) -> str | None:
        if self.type != "person":
            return None
        parts = self.name.split()
        return parts[-1] if len(parts) > 1 else None


class Registry:
    """Actors keyed by dictionary id or by name; mentions kept in one list."""

    def __init__(self) -> None:
        self.actors: list[WorkActor] = []
        self._by_key: dict[str, WorkActor] = {}
        self._taken: set[int] = set()  # token indices already inside a mention

    def for_entry(self, entry: ActorEntry) -> WorkActor:
        key = "dict:" + entry.id
        actor = self._by_key.get(key)
        if actor is None:
            actor = WorkActor(
                name=entry.name,
                type=entry.type,
                side=entry.side,
                country=entry.country,
                entry=entry,
                aliases=[a for a in (*entry.aliases, *entry.metonyms) if a != entry.name],
                roles=set(entry.roles),
            )
            self._register(key, actor)
        return actor

    def for_name(self, name: str, type_: str, country: str | None = None) -> WorkActor:
        key = "name:" + name.lower()
        actor = self._by_key.get(key)
        if actor is None:
            actor = WorkActor(name=name, type=type_, country=country)
            self._register(key, actor)
        return actor

    def _register(self, key: str, actor: WorkActor) -> None:
        self._by_key[key] = actor
        self.actors.append(actor)

    def taken(self, start: int, end: int) -> bool:
        return any(i in self._taken for i in range(start, end))

    def add(self, span: SpacySpan, kind: MentionKind, actor: WorkActor, claim: bool = True) -> Mention:
        m = Mention.of(span, kind, actor)
        actor.mentions.append(m)
        if claim:
            self._taken.update(range(span.start, span.end))
        if kind in ("alias", "name", "metonym"):
            actor.add_alias(span.text)
        return m

    def mentions(self) -> list[Mention]:
        return sorted((m for a in self.actors for m in a.mentions), key=lambda m: (m.start, m.end))

    def records(self) -> list[Actor]:
        live = [a for a in self.actors if a.mentions]
        live.sort(key=lambda a: min(m.char_start for m in a.mentions))
        out: list[Actor] = []
        for i, a in enumerate(live, 1):
            ms = sorted(a.mentions, key=lambda m: (m.char_start, m.char_end))
            seen: set[tuple[int, int]] = set()
            mentions: list[ActorMention] = []
            for m in ms:
                if (m.char_start, m.char_end) in seen:
                    continue
                seen.add((m.char_start, m.char_end))
                mentions.append(ActorMention(span=(m.char_start, m.char_end), text=m.text, kind=m.kind))
            out.append(
                Actor(
                    id=f"a{i}",
                    name=a.name,
                    aliases=list(a.aliases),
                    type=a.type,
                    side=a.side,
                    country=a.country,
                    dictionary_id=a.entry.id if a.entry else None,
                    mentions=mentions,
                )
            )
        return out
