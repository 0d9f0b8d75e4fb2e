"""The day of background and long-running acts: which acts the publication date may not date.

The publication-date fallback (events/__init__.py) dates an asserted act with no time expression
of its own by the day of publication. That is right for the article's news, not for what the
article tells as background or as a campaign over weeks. ACLED codes an event on its own date,
at the precision the report gives; so:

- **A clause's time is its act's** (``clause_time``): a relative or reduced relative clause on an
  act noun dates the act it describes ("street protests that toppled the government ten years
  ago", "the offensive, which began in February", "the siege, launched in May"); a clause of
  "since" on the act's verb gives its start ("since the war began in 2015, rebels have shelled
  the city"), and one of "when" or "while" its time ("when she became mayor in March 2011",
  "shot while he was guarding a post on Monday night").
- **Background** (``background``): an act told in the past perfect in a main (or adverbial)
  clause is anterior to the narrative's reference time ("Rebels had seized the town after a long
  siege"): an earlier event, not the news (in a complement clause, "police said gunmen had
  attacked", "a message that a group had penetrated the city", the past perfect is the backshift
  of a simple past and the act may well be the news). So is an act in a sentence
  anchored to a time more than a month before publication that is not the act's own ("since the
  annexation in 2014, troops have fortified the line"). Neither takes the publication date nor
  the incident's day; a day counted from the incident ("the day before, gunmen had attacked")
  still dates it (events/incident.py).
- **Campaigns** (``campaign_precision``): an act that a unit of time measures ("weeks of
  shelling", "a weeks-long bombing campaign") lasted that long: dated at a coarser precision
  (``durations`` in incident.yaml), not on the day of publication. So is a durative act (a noun of
  ``durative_acts``: "launched an offensive", "the siege") with no time of its own: at
  ``durative_precision``, the month.
- **A date premodifying the act noun** (``premodifier_time``): "the 2019 bombing", "the March
  attack", "a May shootout" name the act's own year or month (a classifying modifier; the time
  stage leaves a bare year or month unresolved): a background incident's own time.
- **An act inside a durative act** (``enclosing_act``): an act told in the prepositional adjunct
  of a durative act ("killed during the siege of the town", "wounded in the spring campaign",
  ``enclosing_preps``) with no time of its own took place within it: it takes that act's time (a
  time expression in its phrase or its relative clause: "in a campaign that began in February"),
  or, with none, the durative act's precision, not the report's day; a definite durative act
  told before with a time of its own ("began an offensive on 18 February ... killed during the
  offensive") lends its date at that precision (``inherit_enclosing``). For an act noun, the
  adjunct may be on the predicate of its clause ("starved to death during the siege").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from spacy.tokens import Span, Token

from unfog.events.context import lemma
from unfog.events.draft import Draft
from unfog.model import DatePrecision, TimeExpr

#: clause dependencies that describe the noun they hang on
_NOUN_CLAUSES = frozenset({"relcl", "acl"})
#: clauses whose time expression dates their own content, not the sentence (a noun's relative
#: clause, a verb's complement: "recalled that the revolt began in 2009"; a coordinated clause:
#: "hosts a talk show and, since 2013, leads a forum")
_OWN_CLAUSES = frozenset({"relcl", "acl", "ccomp", "xcomp", "csubj", "conj"})
#: how many words up from an act noun the predicate of its clause may be ("starved to death")
_CLIMB = 4
#: the clauses where a past perfect is the narrative's anteriority (a main or adverbial clause)
_MAIN = frozenset({"ROOT", "advcl"})


def _times_under(clause: Token, times: Sequence[tuple[TimeExpr, Token]]) -> TimeExpr | None:
    ids = {t.i for t in clause.subtree}
    return next((te for te, root in times if root.i in ids and te.value is not None), None)


def clause_time(head: Token, times: Sequence[tuple[TimeExpr, Token]], marks: frozenset[str]) -> TimeExpr | None:
    """The time expression of a clause that describes the act (see the module doc), or None;
    ``marks``: those of an adverbial clause that situates the act in time (incident.yaml)."""
    noun = head.head if head.dep_ == "compound" else head
    for c in noun.children:
        if c.dep_ in _NOUN_CLAUSES and c.pos_ in ("VERB", "AUX") and (te := _times_under(c, times)):
            return te
    for t in (head, *head.ancestors):
        for c in t.children:
            temporal = c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in marks
                                                  for m in c.children)
            if temporal and (te := _times_under(c, times)):
                return te
        if t.pos_ in ("VERB", "AUX"):
            break
    return None


def _past_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _main_clause(verb: Token) -> bool:
    """The verb heads the sentence's main clause (or one joined to it, or an adverbial clause of
    it): no complement of a verb or noun, where a past perfect is the backshift of reported or
    thought speech ("reported that it had liberated", "a message that a group had penetrated")."""
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ in _MAIN


def background(head: Token, sent: Span, times: Sequence[tuple[TimeExpr, Token]], published: str | None,
               recent_days: int) -> bool:
    """The act with no time of its own is background (see the module doc): told in the past perfect
    outside reported speech, or in a sentence anchored to a time more than ``recent_days`` before
    publication (incident.yaml; only with a publication date)."""
    verb = head if head.pos_ in ("VERB", "AUX") else None
    if verb is not None and _past_perfect(verb) and _main_clause(verb):
        return True
    if published is None:
        return False
    limit = date.fromisoformat(published[:10]) - timedelta(days=recent_days)
    return any(sent.start <= root.i < sent.end and (last := last_day(te)) is not None and last < limit
               and not _own_clause(root) for te, root in times)


def _own_clause(root: Token) -> bool:
    """The time expression lies in a clause that describes a noun or is a verb's complement ("the
    militia, which was formed last year, attacked ...", "recalled that the revolt began in 2009"):
    it dates that clause, not the sentence."""
    return any(t.dep_ in _OWN_CLAUSES for t in (root, *root.ancestors))


def last_day(te: TimeExpr) -> date | None:
    """The last day a resolved time expression covers ("2014": 31 December 2014)."""
    v = te.end or te.value
    if v is None:
        return None
    try:
        if len(v) == 4:
            return date(int(v), 12, 31)
        if len(v) == 7:
            y, m = int(v[:4]), int(v[5:7])
            return date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)
        return date.fromisoformat(v[:10])
    except ValueError:
        return None


def campaign_precision(head: Token, durations: Mapping[str, DatePrecision | None]) -> tuple[bool, DatePrecision | None]:
    """Whether a unit of time measures the act ("weeks of shelling", "a weeks-long campaign"), and
    the precision that span allows."""
    noun = head.head if head.dep_ == "compound" else head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (unit := noun.head.head.lower_) in durations:
        return True, durations[unit]
    for c in noun.children:
        if c.dep_ == "amod" and c.lower_ == "long":
            measured = next((u.lower_ for u in c.children if u.lower_ in durations), None)
            if measured is not None:
                return True, durations[measured]
        if c.dep_ == "amod" and c.lower_.endswith("-long") and (unit := c.lower_[:-5]) in durations:
            return True, durations[unit]
    return False, None


def _act_noun(head: Token) -> Token:
    return head.head if head.dep_ == "compound" else head


def durative(head: Token, acts: frozenset[str]) -> bool:
    """Whether the act is a durative act ("the siege", "an offensive"; see the module doc)."""
    return lemma(_act_noun(head)) in acts


def enclosing_act(head: Token, acts: frozenset[str], preps: frozenset[str]) -> Token | None:
    """The durative act noun in a prepositional adjunct of the act's word or, for an act noun, of
    the predicate of its clause ("killed [during the siege]", "starved to death [during the
    siege]"; ``acts`` and ``preps`` of incident.yaml), or None."""
    own = _act_noun(head)
    t = own
    for _ in range(_CLIMB):
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if obj is not None and obj.i != own.i and lemma(obj) in acts:
                    return obj
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return None
        t = t.head
    return None


def _names(d: Draft, noun: Token) -> bool:
    """The draft is the act the noun names: the noun is one of its mentions, or its act word is
    the same noun."""
    at = noun.idx
    return lemma(_act_noun(d.head)) == lemma(noun) or any(
        m.span[0] <= at < m.span[1] for m in (d.trigger, *d.mentions))


def inherit_enclosing(drafts: Sequence[Draft], acts: frozenset[str], preps: frozenset[str],
                      definite: frozenset[str], precision: DatePrecision | None) -> None:
    """An act dated only by the durative fallback inside a definite durative act told before with a
    time of its own ("began an offensive on 18 February ... killed during the offensive") takes that
    act's date, at ``precision`` at the finest (the act lies somewhere within the durative act).
    In place."""
    for d in drafts:
        if d.time is not None or d.background or d.date is None:
            continue
        noun = enclosing_act(d.head, acts, preps)
        if noun is None or not any(c.dep_ == "det" and c.lower_ in definite for c in noun.children):
            continue
        host = next((h for h in reversed(drafts) if h is not d and h.time is not None and h.date is not None
                     and h.trigger.span[0] < noun.idx and _names(h, noun)), None)
        if host is None or host.date is None:
            continue
        d.date, d.date_precision = host.date, host.date_precision
        if precision == "month" and host.date_precision in ("day", "week"):
            d.date, d.date_precision = host.date[:7], "month"


#: the dependencies of a noun's premodifier ("the 2019 bombing", "the March attack")
_PREMODIFIERS = frozenset({"nummod", "compound", "amod", "nmod"})
_YEAR_WORD = re.compile(r"(1[89]|20)\d\d")


def premodifier_time(head: Token, times: Sequence[tuple[TimeExpr, Token]], months: Mapping[str, int],
                     published: str | None) -> TimeExpr | None:
    """A year or a month that premodifies the act noun ("the 2019 bombing", "the March attack", "a May
    shootout": a date as a classifying modifier): the act's own time, which the time stage leaves
    unresolved (a bare year or month without a preposition). A month is the last one on or before
    publication (the act is told as past)."""
    noun = _act_noun(head)
    for te, root in times:
        if te.value is not None or root.head.i != noun.i or root.dep_ not in _PREMODIFIERS or root.i > noun.i:
            continue
        span = (root.idx, root.idx + len(root))
        if _YEAR_WORD.fullmatch(root.text):
            return TimeExpr(text=root.text, span=span, value=root.text, precision="year")
        mo = months.get(root.lower_.rstrip("."))
        if mo is not None and root.text[:1].isupper() and published:
            pub = date.fromisoformat(published[:10])
            year = pub.year - (mo > pub.month)
            return TimeExpr(text=root.text, span=span, value=f"{year:04d}-{mo:02d}", precision="month")
    return None


def act_time(noun: Token, times: Sequence[tuple[TimeExpr, Token]]) -> TimeExpr | None:
    """The resolved time expression in an act noun's phrase or relative clause, or None."""
    return _times_under(noun, times)
