"""One claim per thing said: of candidate claims whose contents (nearly) coincide, which one stays.

Two reports often share one content: a nested report and the report that holds it ('the ministry
said that witnesses saw X'), a frame and the report it passes on ('according to the bureau, the
mayor said X'), a carrier and its participle ('issued a statement saying X'), a light verb and its
stance noun ('voiced concern about X'). The claim the learned cue scorer is surer of stays, unless it
only frames the other (``relays``: the inner report stays and the frame's source becomes its relay).
"""

from __future__ import annotations

from spacy.tokens import Doc

from unfog.claims.candidate import Candidate, char_span
from unfog.claims.learned import on_carrier
from unfog.claims.lexicon import Lexicon

#: Two contents sharing at least this share of each are one content (score.py's matching rule).
SAME_CONTENT = 0.5


def inside(c: Candidate, o: Candidate) -> bool:
    """``c``'s cue stands in ``o``'s content: ``c`` is reported inside ``o``."""
    return o.content[0] <= c.cue[0] < o.content[1] and not o.cue[0] <= c.cue[0] < o.cue[1]


def shared(a: tuple[int, int], b: tuple[int, int]) -> float:
    """How much two spans share, relative to the longer of them (1.0 when they are equal)."""
    n = min(a[1], b[1]) - max(a[0], b[0])
    return n / max(a[1] - a[0], b[1] - b[0], 1) if n > 0 else 0.0


def relays(o: Candidate, c: Candidate, lex: Lexicon) -> bool:
    """``c`` only frames the report ``o`` made inside its content: a relay frame ('According to
    Reuters, the minister said X'), a verb that puts out a carrier whose participle says it
    ('released a video saying X'; no reporting verb: 'noted reports alleging X' is a report on
    them) or a claim about a report that interrupts its own content as a parenthetical ('X, the mayor said,
    Y'). A report standing in a relative clause of the outer content ('praised a scheme that
    engineers say is X') is no such frame: PARC annotates the outer report as a nested attribution of
    its own, and the learned scorer weighs the two (of such pairs under a verb on the PolNeAR training
    split the annotation keeps the outer report 19 times, the inner one 9). Nor is a light verb whose
    object noun is a cue ('voiced concern about X'), wherever either content ends: the verb's subject holds
    the noun's stance, one speaker and no relay either way, and the scorer weighs the two (of such
    pairs on the training split where the scorer is surer of the verb and only one claim is right,
    the annotation keeps the verb's claim 19 times, the noun's 2)."""
    if not inside(o, c) or inside(c, o):
        return False
    # only a verb that is no report itself puts the carrier out ('noted reports alleging X' reports on them)
    issuer = c.kind == "verb" and (lex.lemma(c.head) not in lex.verbs or lex.lemma(c.head) in lex.light_verbs)
    issues = issuer and o.kind == "verb" and on_carrier(o.head, lex) and c.head.i in (o.head.head.i, o.head.head.head.i)
    return c.kind == "frame" or issues or parenthetical(o)


def parenthetical(c: Candidate) -> bool:
    """``c``'s cue interrupts its own content as a parenthetical ('X, he said, Y'): the cue, with
    its source when that stands before it, set off from the content by punctuation. A content that
    merely runs on over its own cue ('remarks by an aide who said X') is no parenthetical: the report
    holding it is a claim of its own (PARC's nested attribution), not a frame."""
    if not c.content[0] <= c.cue[0] < c.content[1]:
        return False
    start = c.cue[0]
    if c.source is not None and c.source[1] <= c.cue[0] and c.cue[0] - c.source[1] <= 1:
        start = c.source[0]
    return start > c.content[0] and c.head.doc[start - 1].is_punct


def framed_state(c: Candidate, o: Candidate, lex: Lexicon) -> bool:
    """``c`` is a private state ('believes', 'expects': ``private_verbs``) inside the content of the
    'according to' frame ``o`` ('According to the memo, the ministry expects X'): the frame's source
    reports the state, and the state's holder holds X, two levels of one nested attribution that
    PARC annotates both of (Pareti 2012), so both stay (the frame's source is the inner one's relay)."""
    return o.kind == "frame" and c.kind == "verb" and lex.lemma(c.head) in lex.private_verbs and inside(c, o)


def suppress(cands: list[Candidate], sdoc: Doc, lex: Lexicon) -> list[Candidate]:
    """One claim per thing said: of claims whose contents share at least half of each (the
    scorer's matching rule), the one the learned scorer is surer of ('released a letter that says
    X'), unless it only frames the other (``relays``: the inner report is kept, the frame's source
    becomes its relay). A report made to the outer source ('X said Y told him that Z', ``addressed``)
    stays beside the report holding it: the two are the levels of one nested attribution; so does a
    private state inside an 'according to' frame (``framed_state``)."""
    order = sorted(cands, key=lambda c: -c.score)
    spans = {id(c): char_span(sdoc, c.content) for c in cands}
    dropped: set[int] = set()
    for i, c in enumerate(order):
        if id(c) in dropped:
            continue
        a0, a1 = span = spans[id(c)]
        rivals = [
            o
            for o in order[i + 1 :]
            if id(o) not in dropped
            and spans[id(o)][0] < a1 and a0 < spans[id(o)][1]  # overlapping at all (else they share nothing)
            and shared(span, spans[id(o)]) >= SAME_CONTENT
            and not (o.addressed and inside(o, c))
            and not (framed_state(o, c, lex) or framed_state(c, o, lex))
        ]
        if any(relays(o, c, lex) for o in rivals):
            dropped.add(id(c))
        else:
            dropped.update(id(o) for o in rivals)
    return [c for c in cands if id(c) not in dropped]
