"""The events stage's working record: an event before it has an id.

Every document pass (classification, episodes, violence, PLOVER steps, coreference, anaphora,
casualties) reads and changes drafts; the stage turns them into :class:`unfog.model.Event` records
once, at the end, numbering them e1..en in output order. A draft carries the tokens of its trigger
(and of its casualty figure), so no pass turns its character spans back into tokens; passes tell
drafts apart by identity (``is``), never by an id; :func:`to_events` numbers them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from unfog.model import AcledType, DatePrecision, Event, Modality, PloverType, TextRef, TimeExpr

#: modalities of an act said to have taken place (ACLED codes only these)
OCCURRED = frozenset({"asserted", "reported", "claimed", "confirmed"})
#: modalities of an act not (yet) done: planned, threatened, possible, feared
UNDONE = frozenset({"future", "hypothetical"})
#: place reasons (events/arguments.py) that make a place the act's own: an argument of its words or
#: of its clause, not one carried from the document
OWN_PLACE = frozenset({"argument", "clause"})
#: PLOVER categories of violence (an attack, a fight): the acts one incident's mentions may join
VIOLENCE = frozenset({"ASSAULT", "FIGHT"})
#: the ACLED event type that names an act by its means (a shelling, an air strike, a blast)
MEANS = "Explosions/Remote violence"


@dataclass(eq=False)
class Draft:
    """An event in the making: the fields of :class:`Event` without the id, plus its tokens."""

    trigger: TextRef
    #: the words of the trigger in the parse
    tokens: Span
    acled: AcledType | None = None
    plover: PloverType | None = None
    actor1: str | None = None
    actor2: str | None = None
    associated_actors: list[str] = field(default_factory=list)
    place: str | None = None
    place_reason: str | None = None
    date: str | None = None
    date_precision: DatePrecision | None = None
    time: TimeExpr | None = None
    fatalities: int | None = None
    injured: int | None = None
    casualty_text: TextRef | None = None
    #: the words of the casualty figure (with ``casualty_text``)
    casualty_tokens: Span | None = None
    weapons: list[str] = field(default_factory=list)
    modality: Modality = "asserted"
    claims: list[str] = field(default_factory=list)
    #: later mentions of the same event (coreference)
    mentions: list[TextRef] = field(default_factory=list)
    #: the act is named only as what a reaction or a claim of responsibility is about
    #: ("condemned the attack"; events/episodes.py claimed_acts)
    reacted: bool = False
    #: told as background (past perfect, a sentence anchored earlier; events/background.py): no
    #: publication date, no incident's day
    background: bool = False
    #: the incident a reaction names ("condemned the attack": the attack's incident; events/incident.py)
    refers_to: Draft | None = None
    #: whose account the mention is: the source of the innermost claim holding the trigger, "" the
    #: article's own voice, None a source not known (events/accounts.py)
    account: str | None = None
    #: ``tokens`` with its root, kept by ``head`` (the passes ask for it many times per draft)
    _root: tuple[Span, Token] | None = field(default=None, init=False, repr=False)

    @property
    def head(self) -> Token:
        """The word that heads the trigger (worked out again only when ``tokens`` is replaced)."""
        got = self._root
        if got is None or got[0] is not self.tokens:
            got = self._root = (self.tokens, self.tokens.root)
        return got[1]

    def take_means_type(self, other: Draft) -> None:
        """Take ``other``'s types when they name the act by its means and this draft's do not (one
        incident told as "an attack" and as "the shelling" is a shelling)."""
        if (self.acled is not None and other.acled is not None
                and other.acled.event_type == MEANS != self.acled.event_type):
            self.acled, self.plover = other.acled, other.plover or self.plover

    def take_lower_casualties(self, other: Draft) -> None:
        """Of this draft's and ``other``'s figures, keep the lower one of each kind (ACLED's
        conservative count), with the words that say it."""
        for kind in ("fatalities", "injured"):
            new, old = getattr(other, kind), getattr(self, kind)
            if new is not None and (old is None or new < old):
                setattr(self, kind, new)
                self.casualty_text, self.casualty_tokens = other.casualty_text, other.casualty_tokens

    def to_event(self, n: int, refers_to: str | None = None) -> Event:
        """The record, as event ``e{n}``; ``refers_to``: the id its ``refers_to`` draft was given."""
        return Event(
            id=f"e{n}",
            trigger=self.trigger,
            mentions=list(self.mentions),
            acled=self.acled,
            plover=self.plover,
            actor1=self.actor1,
            actor2=self.actor2,
            associated_actors=list(self.associated_actors),
            place=self.place,
            place_reason=self.place_reason,
            date=self.date,
            date_precision=self.date_precision,
            time=self.time,
            fatalities=self.fatalities,
            injured=self.injured,
            casualty_text=self.casualty_text,
            weapons=list(self.weapons),
            modality=self.modality,
            claims=list(self.claims),
            refers_to=refers_to,
        )


def nested_dates(a: str, b: str) -> bool:
    """One ISO date holds the other ('2024-10-07' within '2024-10'): the two may be one day's."""
    return a.startswith(b) or b.startswith(a)


def to_events(drafts: list[Draft]) -> list[Event]:
    """The records of the drafts, numbered e1..en in the given order, with ``refers_to`` as ids (a
    draft that refers to one not among them refers to none)."""
    ids = {id(d): f"e{n}" for n, d in enumerate(drafts, 1)}
    return [d.to_event(n, ids.get(id(d.refers_to)) if d.refers_to is not None else None)
            for n, d in enumerate(drafts, 1)]
