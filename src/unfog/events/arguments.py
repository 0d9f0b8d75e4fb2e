"""An event's arguments: actors (actor1, actor2, associated), place and date, found through the
trigger's syntax and the records of the other stages (read through the document's context)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from unfog.context import DocContext
from unfog.datelines import find_datelines
from unfog.events.context import describes_noun, prep_object
from unfog.events.own_clause import described_time
from unfog.model import TimeExpr

#: the place reason of a place the act's sentence names only inside a clause describing a participant
DESCRIBED = "described"
#: the dependents of a conjunct that coordinate it with others ("troops and police")
_COORDINATION = frozenset({"conj", "cc", "preconj"})
#: the dependents of a noun that are clauses describing it ("who ...", "led by ...")
_DESCRIBING = frozenset({"relcl", "acl"})


@dataclass(frozen=True)
class PlaceRef:
    place: str
    start: int
    end: int
    literal: bool
    precision: int
    #: the mention is the article's dateline (where the report was filed)
    dateline: bool = False


class ArgumentIndex:
    """The other stages' records of one document (its context) as the events look them up."""

    def __init__(self, ctx: DocContext, associate_preps: frozenset[str] = frozenset(),
                 time_preps: frozenset[str] = frozenset(), origin_preps: frozenset[str] = frozenset(),
                 origin_heads: frozenset[str] = frozenset(), positional_preps: frozenset[str] = frozenset(),
                 people: frozenset[str] = frozenset()) -> None:
        self.ctx = ctx
        #: prepositions of position, not of direction (incident.yaml positional_prepositions): where an
        #: undergoer was during the act, and where people a noun names are
        self.positional_preps = positional_preps
        #: the marks of a participant's origin, no place of its act (incident.yaml origin_preps, origin_heads)
        self.origin_preps = origin_preps
        self.origin_heads = origin_heads
        #: nouns that name people (triggers.yaml's agent words)
        self.people = people
        #: the prepositions of time (incident.yaml temporal_prepositions)
        self.time_preps = time_preps
        #: prepositions whose object fights on the actor's side ('alongside'; triggers.yaml)
        self.associate_preps = associate_preps
        self.places = _with_dateline(ctx.sdoc, sorted(
            (PlaceRef(p.id, m.span[0], m.span[1], m.literal, p.precision or 2, is_dateline(m.reason))
             for p in ctx.places for m in p.mentions),
            key=lambda r: r.start,
        ))
        self.place_starts = [r.start for r in self.places]
        #: time expressions with the token that heads them in the parse
        self.times = ctx.time_heads

    # ------------------------------------------------------------------ actors
    def actor_at(self, tok: Token | None) -> str | None:
        """The actor one of whose mentions covers the phrase the token heads (the head word first).
        A coordination's conjuncts name other referents ("government troops and police": the troops
        are not the police): they are left out of the phrase of its first conjunct, whose actor
        this is (``ActorResolver.actor_for`` reads the others as associates). So is a clause that
        describes the noun (a relative clause or a participle: "a delegation led by Senator X",
        "troops who guarded the embassy of Y"): it tells of other participants, a name in it is no
        name of the noun's referent (a postmodifying clause predicates of its antecedent; Quirk et
        al. 1985, 17.8). So is a phrase of place after a noun of people ("nurses at the Marrow
        clinic", "students across Velden"): a prepositional postmodifier that locates them (17.45),
        its object another referent (``positional_preps``)."""
        if tok is None:
            return None
        cut = {t.i for c in tok.children if c.dep_ in _COORDINATION for t in c.subtree}
        cut.update(t.i for c in tok.subtree if c.dep_ in _DESCRIBING and c.i != tok.i for t in c.subtree)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.people:
            cut.update(t.i for c in tok.children if c.dep_ == "prep" and c.lower_ in self.positional_preps
                       for t in c.subtree)
        if not cut:
            return self.ctx.actor_index.at(tok)
        own = [(t.idx, t.idx + len(t)) for t in tok.subtree if t.i not in cut]
        lo, hi = (own[0][0], own[-1][1]) if own else (0, 0)  # (in order: a mention outside them meets none)
        over = [a for s, e, a in self.ctx.actor_index.mentions
                if s < hi and lo < e and any(s < te and ts < e for ts, te in own)]
        head = next((a for s, e, a in self.ctx.actor_index.mentions if s <= tok.idx < e), None)
        best = head if head is not None and head in over else (over[0] if over else None)
        return best.id if best is not None else None

    def associated(self, head: Token) -> list[str]:
        out: list[str] = []
        for t in (head, head.head):
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in self.associate_preps and (p := prep_object(c)) is not None:
                    for x in [p, *[y for y in p.children if y.dep_ == "conj"]]:
                        aid = self.actor_at(x)
                        if aid and aid not in out:
                            out.append(aid)
        return out

    # ------------------------------------------------------------------ place
    def is_place(self, tok: Token) -> bool:
        """Whether a place mention of the geo stage covers the token."""
        i = bisect_left(self.place_starts, tok.idx + len(tok))
        return any(r.start <= tok.idx < r.end for r in self.places[max(0, i - 3):i])

    def _places_in(self, lo: int, hi: int) -> list[PlaceRef]:
        i = bisect_left(self.place_starts, lo)
        out = []
        while i < len(self.places) and self.places[i].start < hi:
            if self.places[i].end <= hi:
                out.append(self.places[i])
            i += 1
        return out

    def place_for(self, head: Token, args: tuple[Token, ...], sent: Span) -> tuple[str | None, str | None]:
        """The place the sentence locates the event at: a place in the trigger's own arguments
        ('in X', 'the city of X'), else in its clause, else in its sentence; literal mentions and
        finer places first. A dateline ("ABUJA, Nigeria (Reuters) - ...") is where the report was
        filed, no locative of the act: parsed into the lead's clause, it is no argument; it places
        the act only where the sentence names no other place (so does the region or country that
        follows its town: "KAGA, Velden —"). A place inside a clause that describes a participant
        ("opened fire on a crowd [waiting for the bus to X]", "fired at workers [who blocked a road
        in X]") locates that clause's own situation, a participant's, not the act (Davidson's event
        argument: a locative modifies the predicate it is attached to): the act's sentence names it,
        its own arguments and clause do not: the reason ``DESCRIBED`` (events/incident.py takes it
        for no place of the act's own)."""
        cands = self._places_in(sent.start_char, sent.end_char)
        if cands and (self.origin_preps or self.origin_heads):
            origin = self._origins(sent)
            cands = [r for r in cands if not any(s <= r.start < e for s, e in origin)]
        if not cands:  # (looked at first: the sentence names no place, whatever the arguments)
            return None, None
        own = [r for r in cands if not r.dateline]
        if not own:
            lit = [r for r in cands if r.literal]
            return (lit[0].place, "sentence") if lit else (None, None)
        cands = own
        arg_chars = [(t.idx, t.idx + len(t)) for t in args]
        described = _described(head, sent)
        clause = [t for t in head.subtree if t.i not in described]
        levels: list[tuple[str, list[tuple[int, int]]]] = [
            ("argument", arg_chars),
            ("clause", [(t.idx, t.idx + len(t)) for t in clause]),
        ]
        for reason, chars in levels:
            if not chars:
                continue
            inside = [r for r in cands if any(s <= r.start < e for s, e in chars)]
            lit = [r for r in inside if r.literal]
            if lit:
                best = min(lit, key=lambda r: (r.precision, abs(r.start - head.idx)))
                return best.place, reason
        spans = self._undergoer_position(head)
        lit = [r for r in cands if r.literal and any(s <= r.start < e for s, e in spans)]
        if lit:
            best = min(lit, key=lambda r: (r.precision, abs(r.start - head.idx)))
            return best.place, "clause"
        lit = [r for r in cands if r.literal]
        if lit:
            best = min(lit, key=lambda r: (r.precision >= 3, abs(r.start - head.idx)))
            inner = any(t.idx <= best.start < t.idx + len(t) for t in sent if t.i in described)
            return best.place, DESCRIBED if inner else "sentence"
        return None, None

    def _undergoer_position(self, head: Token) -> list[tuple[int, int]]:
        """The places a present participle on the act's object or prepositional object gives by a
        phrase of position ("attacked villagers [digging trenches outside X]", "opened fire on
        worshippers [praying at a mosque in X]"): an -ing clause postmodifying a noun is progressive,
        at the time of the act (Quirk et al. 1985, 17.29), and a positional preposition (9.15ff: "at",
        "in", "outside", not "to", "for") says where its subject was, so where the act befell it.
        Followed from the preposition's object through positional phrases on nouns only."""
        if not self.positional_preps:
            return []
        out: list[tuple[int, int]] = []
        nouns = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        nouns += [p for c in head.children if c.dep_ == "prep" and (p := prep_object(c)) is not None]
        for n in nouns:
            for part in n.children:
                if part.dep_ != "acl" or part.tag_ != "VBG":
                    continue
                stack = [c for c in part.children if c.dep_ == "prep" and c.lower_ in self.positional_preps]
                while stack:
                    obj = prep_object(stack.pop())
                    if obj is None:
                        continue
                    for t in (obj, *(c for c in obj.children if c.dep_ in ("conj", "appos"))):
                        out.append((t.idx, t.idx + len(t)))
                        stack.extend(c for c in t.children if c.dep_ == "prep" and c.lower_ in self.positional_preps)
        return out

    def _origins(self, sent: Span) -> list[tuple[int, int]]:
        """The character spans of the phrases that name where a participant comes from or is based, not
        where the act took place: a place object of a preposition of source on a clause's subject
        ("soldiers from X arrived and exchanged fire"), and a place premodifying a participle of
        location ("a X-based group"). A postmodifier or premodifier of a noun classifies its referent
        (Quirk et al. 1985, 17.37, 7.49: "people from X" says who they are); the act's place is an
        adjunct of its predicate (ACLED: the location is where the event happened, not an actor's
        home). An object's "from" ("took pupils from a boarding school in X") is the act's source: kept."""
        out = []
        for t in sent:
            h = t.head
            if (t.dep_ == "pobj" and h.lower_ in self.origin_preps and h.dep_ == "prep" and self.is_place(t)
                    and h.head.pos_ in ("NOUN", "PROPN") and h.head.dep_ in ("nsubj", "nsubjpass")) or (
                    t.dep_ in ("npadvmod", "compound") and h.lower_ in self.origin_heads):
                sub = list(t.subtree)
                out.append((sub[0].idx, sub[-1].idx + len(sub[-1])))
        return out

    # ------------------------------------------------------------------ date
    def time_for(self, head: Token, sent: Span, stop: Token | None = None) -> TimeExpr | None:
        """The resolved time expression attached to the trigger or, failing that, to the words
        governing it (a reporting verb's 'on Monday'); else the nearest one in the sentence that
        is attached to no other verb or noun ("liberated ... since the annexation of Crimea in
        2014": the year is the annexation's, not the liberation's). A relative clause is a tense
        domain of its own: the words governing the noun it describes do not date its act ("the
        man who stabbed two guards was sentenced on Tuesday": no stabbing on Tuesday), unless it
        describes the time itself ("in 2009, when troops fought the rebels"). A time adjunct of a
        verb conjoined after the verb of the trigger's clause, sharing its subject, is the trigger's
        too ("[a strike] killed three and wounded 12 on Saturday"). A governing verb's time adjunct the
        parse hung on a noun of its clause ("In a statement last month, the army said [drones had
        killed ...]") is that verb's (``_misattached``), so the reported act's bound."""
        in_sent = [(te, root) for te, root in self.times
                   if sent.start <= root.i < sent.end and te.value is not None]
        if not in_sent:
            return None
        chain = _up_to_relative(head)
        if stop is not None and stop in chain:  # a measured sequence: "two days after ..." (events/sequence.py)
            chain = chain[:chain.index(stop) + 1]
        if chain[-1].dep_ == "relcl":  # a relative clause on a time ("in 2009, when troops fought ...")
            noun = chain[-1].head
            dated = next((te for te, _ in in_sent if te.span[0] <= noun.idx < te.span[1]), None)
            if dated is not None:
                return dated
        chain_ids = {t.i for t in chain}
        verb = next((t for t in chain if t.pos_ == "VERB"), None)  # the act's own clause
        shared = _shared_conjuncts(verb) if verb is not None else set()
        free: list[tuple[TimeExpr, Token]] = []
        for level in chain:
            for te, root in in_sent:
                att = root.head if root.dep_ != "ROOT" else root
                while (att.pos_ not in ("VERB", "AUX", "NOUN") or _time_noun(att)) and (
                        att.head.i != att.i and att.i != level.i):
                    att = att.head  # over a time noun of the phrase: "in the early hours of Tuesday"
                if att.i == level.i or root.i == level.i:
                    return te
                if level is head and (att.i == root.i or att.pos_ not in ("VERB", "NOUN") or att.i in chain_ids):
                    free.append((te, root))
            if level is verb:  # "killed three and wounded 12 on Saturday": an adjunct of the coordination
                got = next((te for te, root in in_sent if root.head.i in shared and root.i > root.head.i), None)
                if got is None:  # before the time of a verb governing the clause (a reporting verb's)
                    got = _misattached(verb, in_sent, self.time_preps)
                if got is not None:
                    return got
            elif verb is not None and level.pos_ == "VERB" and level.i != head.i and (
                    got := _misattached(level, in_sent, self.time_preps)) is not None:
                return got  # a governing verb's adjunct hung on its noun: "In a statement last month, it said ..."
        if not free:
            return None
        return min(free, key=lambda x: abs(x[1].i - head.i))[0]


def _misattached(verb: Token, in_sent: list[tuple[TimeExpr, Token]], time_preps: frozenset[str]) -> TimeExpr | None:
    """A time adjunct of the verb's own clause that the parse hung on a noun of it ("carried out a
    strike on a depot in X late on Sunday, ..., officials said on Monday": "late on Sunday" under
    "X"): a prepositional or bare-noun time phrase ('on Sunday', 'Sunday night') modifies the
    predicate of its clause, not a place or an object, which have no time of their own (the
    attachment ambiguity of a final adverbial, Quirk et al. 1985, 8.13: resolved to the verb); so it
    dates the act before the time of a verb governing the clause ("..., police said on Monday": the
    report's day). Not a time premodifying a noun ("Sunday's attack", "the 2019 bombing"): that is
    the noun's own, nor one inside another clause below the verb (a relative, a participle), nor
    one inside a phrase of a preposition of time ("since the annexation of X in 2014": its act's).
    A time phrase the parse closed into an -ing participle postmodifying a noun of the clause
    ("ambushed a convoy [escorting trucks to X on Sunday]") dates the verb as well: such a
    participle has no tense of its own and is read as progressive at the time of the act it hangs
    in (Quirk et al. 1985, 17.29), so its day is the act's (``_simultaneous``)."""
    for te, root in in_sent:
        if root.i == verb.i or root.dep_ not in ("prep", "pobj", "npadvmod") or not verb.is_ancestor(root):
            continue
        att = root.head
        while att.dep_ in ("prep", "pobj") and att.pos_ == "ADP":
            att = att.head
        if _simultaneous(att, verb):
            return te
        if att.i == verb.i or att.pos_ not in ("NOUN", "PROPN") or _time_noun(att) or described_time(root, verb):
            continue
        path = [t for t in att.ancestors if verb.is_ancestor(t)]
        if not any(t.dep_ == "prep" and t.lower_ in time_preps for t in (att, *path)):
            return te
    return None


def _simultaneous(part: Token, verb: Token) -> bool:
    """The word is an -ing participle postmodifying a noun that is an argument of the verb's own
    clause (no other verb between them), with no subject or auxiliary of its own: a non-finite
    clause read at the time of the verb's act (see ``_misattached``)."""
    if part.tag_ != "VBG" or part.dep_ != "acl" or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in part.children):
        return False
    clause = next((t for t in part.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return clause is not None and clause.i == verb.i and part.head.dep_ not in ("nsubj", "nsubjpass")


def _shared_conjuncts(head: Token) -> set[int]:
    """The verbs conjoined after a verb that share its subject (no subject of their own): a time
    adjunct at the end of the coordination ("killed three people and wounded 12 on Saturday") is
    the time of each conjunct, when it follows the last verb; a conjunct with a subject or an
    auxiliary of its own ("and, since 2019, have blocked the road") is a clause of its own."""
    if head.pos_ != "VERB":
        return set()
    return {c.i for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"
            and not any(x.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for x in c.children)}


def _up_to_relative(head: Token) -> list[Token]:
    """The trigger and the words governing it, up to the verb of the relative clause it lies in."""
    chain = [head]
    t = head
    while t.dep_ != "relcl" and t.head.i != t.i:
        t = t.head
        chain.append(t)
    return chain


def _time_noun(tok: Token) -> bool:
    """A noun of a time phrase ("hours" of "the early hours of Tuesday", "night" of "the night of 3
    March"): spaCy's DATE or TIME entity."""
    return tok.pos_ == "NOUN" and tok.ent_type_ in ("DATE", "TIME")


def _described(head: Token, sent: Span) -> set[int]:
    """The tokens of the sentence's clauses that describe a participant's noun: not one the act's
    word lies in, nor one on the act's own noun ("an attack carried out in X" places the attack)."""
    out: set[int] = set()
    for t in sent:
        if t.i not in out and describes_noun(t) and t.head.i != head.i and not t.is_ancestor(head) and t.i != head.i:
            out.update(x.i for x in t.subtree)
    return out



def is_dateline(reason: str) -> bool:
    """The place mention's reason says it is the article's dateline (where the report was filed)."""
    return "dateline" in reason.split(";")


def _with_dateline(sdoc: Doc, refs: list[PlaceRef]) -> list[PlaceRef]:
    """The place references, with every one inside a dateline (``unfog.datelines``: the region or
    country after its town, "KAGA, Velden (Wire) —") part of the dateline too: the filing place, no
    locative of the act (the AP form decides what a dateline holds)."""
    spans = [(sdoc[d.start].idx, sdoc[d.end - 1].idx + len(sdoc[d.end - 1])) for d in find_datelines(sdoc)]
    return [replace(r, dateline=True) if not r.dateline and any(s <= r.start and r.end <= e for s, e in spans)
            else r for r in refs]
