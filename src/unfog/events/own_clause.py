"""The time an act's own clause gives it, apart from the time of a verb governing it ("..., police
said on Sunday": the day of the report), and the day a reported act takes from its reporting verb
(events/incident.py dates the incident with these)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from spacy.tokens import Token

from unfog.events.draft import OCCURRED, Draft
from unfog.model import TimeExpr


def clause_verb(d: Draft) -> Token | None:
    """The verb of the act's clause: its own word, or the predicate an act noun hangs in."""
    return next((t for t in (d.head, *d.head.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def clause_time(d: Draft, te: TimeExpr) -> bool:
    """The time expression lies in the act's own clause, not in that of a verb governing it ("...,
    police said on Sunday": the day of the report, which says nothing of the act's)."""
    verb = clause_verb(d)
    span = d.head.doc.char_span(te.span[0], te.span[1], alignment_mode="expand")
    if verb is None or span is None or len(span) == 0:
        return True
    return not described_time(span.root, verb)


def described_time(root: Token, verb: Token) -> bool:
    """The time expression lies in a clause below the verb (its own act's time, not the verb's) or
    hangs on a verb other than it."""
    for t in root.ancestors:
        if t.i == verb.i:
            return False
        if t.pos_ in ("VERB", "AUX"):
            return True
    return True


#: the links that open a clause of its own below a verb: a phrase below one is not the verb's
_CLAUSE_LINKS = frozenset({"conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis"})


def _in_clause(tok: Token, verb: Token) -> bool:
    """The token lies in the verb's own clause: below it, through no link opening another clause."""
    for t in (tok, *tok.ancestors):
        if t.i == verb.i:
            return True
        if t.dep_ in _CLAUSE_LINKS:
            return False
    return False


def reported_counted(d: Draft, counted: tuple[int, int, str] | None) -> None:
    """'Police said on Tuesday that a bomb had exploded the evening before': a reported act dated by
    its reporting verb's day (``ArgumentIndex.time_for`` climbs to the governing words) whose own
    clause counts days ('the day before', 'a day earlier': counted.py) took place that many days from
    the reporting day: in indirect speech the counted phrase is the backshifted 'yesterday', deictic
    to the time of the report (Quirk et al. 1985, 14.31). A count forward ('the next day') in a past
    report counts from the narrative's day (counted.py): the act cannot follow its report."""
    if (counted is None or counted[0] >= 0 or counted[2] != "day" or d.time is None or d.background
            or d.date_precision != "day" or not d.date):
        return  # (a past act reported on a day took place by then: only a count back is the report's)
    verb = clause_verb(d)
    at = d.head.doc[counted[1]]
    if verb is None or clause_time(d, d.time) or not _in_clause(at, verb):
        return  # the act's own time, or a phrase of another clause ('..., and troops left the next day')
    d.date = (date.fromisoformat(d.date[:10]) + timedelta(days=counted[0])).isoformat()


def narrative_past(d: Draft) -> bool:
    """The act's clause is in the simple past (or past progressive or passive), told with no time of
    its own: its time is the narrative's reference time, the day the story has reached (temporal
    anaphora of the English past: Partee 1984, Kamp and Reyle 1993, 5.3; Hinrichs 1986), wherever
    its sentence places the act ("Militants later fired rockets at a base near X": the incident's
    day at X). Not the past perfect of a main clause (anterior to that time: events/background.py)
    nor a present perfect or a present (the time of speech). Only an act told by its verb: an act
    noun ("a similar bombing in X killed ten") introduces an occurrence of its own, whose time the
    clause's verb does not give (it tells the act's result)."""
    verb = clause_verb(d)
    if verb is None or verb.i != d.head.i:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" for a in auxes):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def paragraph_day(drafts: Sequence[Draft], d: Draft) -> Draft | None:
    """The act that set the narrative's day for an act told in the simple past with no time of its
    own (``narrative_past``): the last act told before its sentence, in its paragraph, that took
    place and has a day of its own in its own clause, or in that of a verb it is the subject of
    ("Fighting went on near the dam on Wednesday. Rebels said they repelled an assault ...": a
    predicate said of the act itself, not a reporting verb's time). A time adverbial sets the reference time that the
    following past-tense sentences keep until another resets it (Hinrichs 1986; Kamp and Reyle
    1993, 5.3); a paragraph break starts another segment of the discourse (Grosz and Sidner 1986),
    which goes back to the story's day. None when there is no such act."""
    text = d.head.doc.text
    start = d.head.sent.start_char
    brk = text.rfind("\n", 0, start)
    found: Draft | None = None
    for o in drafts:
        at = o.head.idx
        if (o is d or at >= start or at <= brk or o.acled is None or o.modality not in OCCURRED
                or o.background or o.time is None or o.date_precision != "day" or not o.date
                or not (clause_time(o, o.time) or o.head.dep_ in ("nsubj", "nsubjpass", "csubj"))):
            continue
        if found is None or at > found.head.idx:
            found = o
    return found
