"""Metonymy: a country or capital standing for its government or people. The one place unfog decides
it: the actor stage reads the place mentions' ``literal`` flag and does not decide again.

A name is used metonymically when it is

- the subject of a verb of saying or acting ("Kyiv warned ...", "Turkey has shelled ..."), also the
  second of coordinated subjects ("China and Russia welcome ...");
- in a title-case headline, where the parse of capitalised verbs is unreliable, the name followed by
  an inflected verb of that list ("Ukraine Says Troops Withdrew", "... as Kyiv Says Talks Stalled");
- the possessor of an agentive noun ("Moscow's decision", "Ankara's offensive");
- the source of "according to X".

The verbs and nouns are ``metonymy_verbs`` and ``metonymy_nouns`` of ``geo/cues.yaml``. Such mentions
stay places (resolved, counted) with ``literal=False`` and a reason naming the pattern.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from unfog.geo.gazetteer import Candidate
from unfog.geo.recognize import Cues, Mention
from unfog.lines import is_title_line, line_bounds

_SUBJECT = ("nsubj", "nsubjpass")


def _can_stand_for_people(c: Candidate) -> bool:
    return c.is_country or c.feature_code == "PPLC" or c.is_admin1 or c.population >= 1_000_000


def _lemmas(tok: Token) -> set[str]:
    """Possible lemmas of a verb, also when title-cased in a headline ("Says", "Accuses", "Warned")."""
    low = tok.lower_
    out = {tok.lemma_.lower(), low}
    for ending, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", "")):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            out.add(low[: -len(ending)] + repl)
    return out


def _line_start_headline(span: Span, verbs: frozenset[str]) -> Token | None:
    """The verb after a name opening a title-case headline line ("Ukraine Says ...")."""
    sdoc = span.doc
    start, end = span.start, span.end
    if end >= len(sdoc) or not (start == 0 or sdoc[start].is_sent_start or "\n" in sdoc[start - 1].text):
        return None
    verb = sdoc[end]
    # headlines put what was done in the present ("Says", "Warns"); "Kharkiv Shelled" is a passive
    if not verb.text[:1].isupper() or not verb.is_alpha or not verb.lower_.endswith("s"):
        return None
    return verb if _lemmas(verb) & verbs else None


def _title_line_headline(span: Span, verbs: frozenset[str]) -> Token | None:
    """Inside a title-case line, a name right before a finite verb of the list ("... as Kyiv Says
    Talks Stalled")."""
    sdoc = span.doc
    if span.end >= len(sdoc):
        return None
    verb = sdoc[span.end]
    if verb.tag_ not in ("VBZ", "VBD", "VBP") or verb.lemma_.lower() not in verbs:
        return None
    lo, hi = line_bounds(span.root)
    return verb if lo <= span.start and span.end < hi and is_title_line(sdoc, lo, hi) else None


def _subject(root: Token) -> Token:
    """The token standing in the subject position: the first of coordinated subjects for a later one
    ("China and Russia welcome": Russia -> China)."""
    head = root.head
    if root.dep_ == "conj" and head.dep_ in _SUBJECT and any(c.dep_ == "cc" for c in head.children):
        return head
    return root


def metonymic_use(span: Span, cues: Cues) -> str | None:
    """Why the name ``span`` stands for a government or people ('subject-of-warn',
    'headline-subject-of-say', 'possessor-of-decision', 'according-to'); None for a literal use."""
    verbs = cues.metonymy_verbs
    root = span.root
    subj = _subject(root)
    head = subj.head
    if subj.dep_ in _SUBJECT and head.pos_ in ("VERB", "AUX"):
        if head.i == span.end and head.text[:1].isupper() and head.lower_.endswith("ed"):
            return None  # a headline's passive: "Ukraine Shelled Overnight"
        found = _lemmas(head) & verbs
        return f"subject-of-{min(found)}" if found else None
    verb = _line_start_headline(span, verbs) or _title_line_headline(span, verbs)
    if verb is not None:
        return f"headline-subject-of-{min(_lemmas(verb) & verbs)}"
    if root.dep_ == "poss" and root.head.lemma_.lower() in cues.metonymy_nouns:
        return f"possessor-of-{root.head.lemma_.lower()}"
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return "according-to"
    return None


def mark_metonymy(sdoc: Doc, mentions: list[Mention], chosen: list[Candidate], cues: Cues) -> None:
    """Mark the names of places that can stand for people (countries, capitals, first-level regions,
    cities of a million) ``literal=False`` where they are used so. Changes only the mentions given,
    which the stage made for this document."""
    for m, c in zip(mentions, chosen, strict=True):
        if m.kind != "name" or not _can_stand_for_people(c):
            continue
        why = metonymic_use(sdoc[m.start : m.end], cues)
        if why is not None:
            m.literal = False
            m.reason += f";metonymy:{why}"
