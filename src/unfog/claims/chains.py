"""Chains: relays (outlets and intermediaries between the source and the article) and channels
(the medium the source used)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from unfog.claims.candidate import QUOTES, Candidate, np_span, text_of
from unfog.claims.lexicon import Lexicon
from unfog.claims.sources import is_relative, outlet_word
from unfog.lines import span_root

#: entity types the recogniser gives a newspaper's or channel's name it does not know
TITLE_ENTS = frozenset({"ORG", "WORK_OF_ART", "LAW", "PRODUCT", "FAC"})

CHANNEL_PREPS = ("in", "on", "via", "through", "during", "over", "at", "from", "by")
#: the prepositions whose object is the hearer of an utterance ("an interview with X", "speaking to X")
HEARER_PREPS = ("to", "with")


def is_outletish(doc: Doc, span: tuple[int, int], lex: Lexicon) -> bool:
    """A noun phrase naming an outlet: a known outlet name, an outlet word, or an organisation."""
    if outlet_word(doc, span, lex):
        return True
    head = doc[span[1] - 1]
    if head.ent_type_ == "ORG" and head.pos_ == "PROPN":
        return True
    # a title the recogniser took for a work or a law ('the Morning Star of X'): a name with an
    # article that is no person's, place's or group's
    root = span_root(doc, span[0], span[1])
    return root.pos_ == "PROPN" and root.ent_type_ in TITLE_ENTS and doc[span[0]].lower_ == "the"


def _not_a_person(doc: Doc, o: Token, span: tuple[int, int], lex: Lexicon) -> bool:
    """Not a person's name: the recogniser may type a newspaper's name as a person's, but a name
    with an article ending in a masthead word ('the Velden Gazette') is an outlet (personal names
    take no article: Quirk et al. 1985, 5.60-5.66; ``outlet_word``)."""
    return o.ent_type_ != "PERSON" or outlet_word(doc, span, lex)


def _interviewer(v: Token, doc: Doc, lex: Lexicon) -> tuple[int, int] | None:
    """The outlet of 'said in an interview with Reuters' (an utterance given to an outlet, which
    publishes it): the object of 'with'/'to' on an interview noun of the cue's 'in'/'during' phrase,
    or of 'to' on a text's noun ('in a statement to X': ``carriers`` and ``works``)
    (not a person: 'in a message to the network's anchor' addresses one). The parse may hang the
    phrase on the reported clause's verb ('said forces would not attack, in an interview with X'):
    an interview is a speech event, the saying's setting, not the reported event's (``_interviews``)."""
    for p in _interviews(v):
        if p.dep_ != "prep" or p.lower_ not in ("in", "during"):
            continue
        for n in p.children:
            if n.dep_ != "pobj":
                continue
            interview = lex.channel_of([n.text]) == "interview"
            # 'said in a statement to the X Post', 'in an emailed reply to Reuters': a text given to
            # an outlet, which publishes it, as an interview is (Levin 1993, 37.4: verbs of
            # communication take the hearer with 'to'); the outlet relays it, as in 'told X'
            if not interview and lex.lemma(n) not in lex.carriers and lex.lemma(n) not in lex.works:
                continue
            # (the text's hearer itself the outlet, by name or noun: not 'a message to the network's anchor')
            heard = (o for o in _hearers(n) if o.head.lower_ == "to" and (o.pos_ == "PROPN" or o.lower_ in lex.outlets))
            for o in _hearers(n) if interview else heard:
                span = np_span(o)
                if _not_a_person(doc, o, span, lex) and is_outletish(doc, span, lex):
                    return span
    return None


def _hearers(head: Token) -> Iterator[Token]:
    """The objects of ``HEARER_PREPS`` on ``head``: whom words were given to ('an interview with X',
    'speaking to X')."""
    for p in head.children:
        o = next((k for k in p.children if k.dep_ == "pobj"), None)
        if p.dep_ == "prep" and p.lower_ in HEARER_PREPS and o is not None:
            yield o


def _interviews(v: Token) -> list[Token]:
    """The prepositions on the cue, and those set off by a comma at the end of its reported clause."""
    kids = list(v.children)
    out = list(kids)
    for k in kids:
        if k.dep_ == "ccomp" and k.i > v.i:
            out += [p for p in k.children if p.dep_ == "prep" and p.i > k.i and p.nbor(-1).text == ","]
    return out


def _carried_relay(c: Candidate, doc: Doc, lex: Lexicon) -> tuple[int, int] | None:
    """The outlet that carried the words: 'said in remarks carried by state media', 'In comments
    broadcast by state television, X said' (a participle of ``carrying_verbs`` with a 'by' agent
    on the noun of the cue's 'in' phrase or on the source, 'The statement, carried by the agency,
    said'; of ``citing_verbs``: 'a source quoted by the agency'; of ``access_verbs``: 'a memo seen by
    the paper'), not a person ('published by her lawyer')."""
    if c.kind not in ("verb", "frame"):
        return None
    preps = [p for p in c.head.children if p.dep_ == "prep" and p.lower_ == "in" and c.kind == "verb"]
    # 'said, in remarks carried by X, that ...': the parse may hang the phrase on the reported
    # clause's verb, but what stands before its 'that' is not in the clause
    preps += [
        p
        for k in c.head.children
        if k.dep_ == "ccomp"
        for p in k.children
        if p.dep_ == "prep" and p.lower_ == "in" and any(m.dep_ == "mark" and m.i > p.i for m in k.children)
    ]
    # 'said it would act, in a statement carried by X': set off by a comma at the clause's end
    preps += [p for p in _interviews(c.head) if p.head.i != c.head.i and p.dep_ == "prep" and p.lower_ == "in"]
    nouns = [n for p in preps for n in p.children if n.dep_ == "pobj"]
    if c.source is not None:
        nouns.append(doc[c.source[0] : c.source[1]].root)
    for n in nouns:
        for part in n.children:
            # 'carried by the agency'; 'a source quoted by the agency' (the outlet that quoted it)
            lem = lex.lemma(part)
            if part.dep_ != "acl" or (
                lem not in lex.carrying_verbs and lem not in lex.citing_verbs and lem not in lex.access_verbs
            ):
                continue
            for a in part.children:
                o = next((k for k in a.children if k.dep_ == "pobj"), None)
                if a.dep_ == "agent" and o is not None:
                    span = np_span(o)
                    if _not_a_person(doc, o, span, lex) and is_outletish(doc, span, lex):
                        return span
    return None


def _spoken_to(v: Token, doc: Doc, lex: Lexicon) -> tuple[int, int] | None:
    """The outlet of 'Speaking to the X, Y said ...': a participle of talking (``talking_verbs``)
    set off before the cue is a supplementive clause of the same utterance (Quirk et al. 1985,
    15.58), and its 'to' / 'with' object is whom the words were given to, as in 'told X'."""
    for k in v.children:
        if k.dep_ != "advcl" or k.tag_ != "VBG" or k.i > v.i or lex.lemma(k) not in lex.talking_verbs:
            continue
        for o in _hearers(k):
            span = np_span(o)
            # the hearer itself is the outlet ('the X Tribune', 'local radio'), not a crowd
            # with an organisation's name somewhere in its phrase
            named = o.pos_ == "PROPN" or outlet_word(doc, span, lex)
            if named and _not_a_person(doc, o, span, lex) and is_outletish(doc, span, lex):
                return span
    return None


def _dative_relay(c: Candidate, doc: Doc, lex: Lexicon) -> tuple[int, int] | None:
    v = c.head
    if c.kind != "verb":
        return None
    if v.lemma_.lower() != "tell":
        return _interviewer(v, doc, lex) or _spoken_to(v, doc, lex)
    for k in v.children:
        # 'told the BBC that ...', '"...," he told Reuters': whom the source told, after the cue
        # and before a content after it, or before the quote that goes on after it ('"A," she told
        # the Post. "B."': the content runs over the reporting clause, which is no part of the quote)
        between = doc[v.i : k.i]
        if k.dep_ in ("dative", "dobj") and k.i > v.i and (
            k.i < c.content[0] or c.content[1] <= v.i or not any(t.text in QUOTES for t in between)
        ):
            span = np_span(k)
            if is_outletish(doc, span, lex) or _introduced_as_outlet(doc, span, lex):
                return span
    return None


def _introduced_as_outlet(doc: Doc, span: tuple[int, int], lex: Lexicon) -> bool:
    """'told Lomapress' after 'the state news agency Lomapress': a bare name that an earlier mention
    gave an outlet noun right before it (a close apposition, Quirk et al. 1985, 17.89) names that
    outlet again: a name once introduced keeps its referent (a repeated name is the most accessible
    re-mention, Ariel 1990)."""
    names = [t.lower_ for t in doc[span[0] : span[1]] if t.pos_ == "PROPN"]
    n = len(names)
    if n == 0 or n != span[1] - span[0]:
        return False
    return any(
        [t.lower_ for t in doc[i : i + n]] == names and lex.lemma(doc[i - 1]) in lex.outlets
        for i in range(1, span[0])
        if doc[i].lower_ == names[0]
    )


def add_relays(cands: list[Candidate], doc: Doc, lex: Lexicon) -> None:
    """Relays, nearest the source first: whom the source told ('told the BBC'), then the sources
    of the claims whose content holds this claim ('According to Reuters, X said ...')."""
    for c in cands:
        relays: list[tuple[int, int]] = [c.cited_by] if c.cited_by is not None else []
        for found in (_dative_relay(c, doc, lex), _carried_relay(c, doc, lex)):
            if found is not None and found not in relays:
                relays.append(found)
        outer = [
            o
            for o in cands
            if o is not c
            and o.source is not None
            and o.content[0] <= c.cue[0]
            and c.cue[1] <= o.content[1]
            and not (o.content[0] <= c.content[0] and c.content[1] <= o.content[1] and o.cue == c.cue)
        ]
        outer.sort(key=lambda o: o.content[1] - o.content[0])
        own = text_of(doc, c.source).lower() if c.source else None
        for o in outer:
            assert o.source is not None
            if c.source is not None and (o.source == c.source or text_of(doc, o.source).lower() == own):
                continue
            if o.source[0] >= c.content[0] and o.source[1] <= c.content[1]:
                continue
            if _text_only(doc, o.source, lex):
                continue  # 'according to a post on its channel': the medium, not an intermediary
            # a relative pronoun ('X, which said it had a memo warning ...') passes the words on as
            # its antecedent, the noun phrase it stands for (Quirk et al. 1985, 17.9)
            by = o.name_span if o.name_span is not None and is_relative(doc, o.source) else o.source
            if by not in relays:
                relays.append(by)
        worded = [r for r in relays if any(not t.is_punct and not t.is_space for t in doc[r[0] : r[1]])]
        c.relays = [_with_apposed(doc, r, lex) for r in worded]


def _text_only(doc: Doc, span: tuple[int, int], lex: Lexicon) -> bool:
    """A text that names no one ('a post', 'the statement'; a ``carriers`` head with no name in
    its phrase): what carried the words, which a chain holds as its channel, not as a relay."""
    root = span_root(doc, span[0], span[1])
    return lex.lemma(root) in lex.carriers and not any(t.pos_ == "PROPN" for t in doc[span[0] : span[1]])


def _with_apposed(doc: Doc, span: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """An outlet's description with the name that follows it in close apposition, which the parse
    may leave out ('the state news agency Kestrel', 'the broadcaster Radio Vell')."""
    s, e = span
    if doc[s:e].root.pos_ != "NOUN" or not is_outletish(doc, span, lex):
        return span
    k = e
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].sent.start == doc[s].sent.start:
        k += 1
    return (s, k)


#: modifiers that describe an outlet rather than name it ('the state-run Tasnim news agency')
DESCRIPTIVE = ("amod", "advmod", "npadvmod", "det", "predet", "punct")


def relay_name(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """A relay's name: the noun phrase without the description before its name ('state-run',
    'semi-official', 'the'): from its first proper noun when it has one, else the whole phrase; the
    name after a description in close apposition ('the state broadcaster Radio Vell')."""
    s, e = span
    # a name in close apposition after the description ('the state news agency Kestrel')
    k = e
    while k > s and doc[k - 1].pos_ == "PROPN":
        k -= 1
    if s < k < e and doc[k - 1].pos_ == "NOUN":
        return (k, e)
    head = doc[s:e].root
    for k in range(s, head.i + 1):
        t = doc[k]
        if t.pos_ == "PROPN" or t.ent_type_:
            # a description stands before the name: adjectives, hyphenated words, the article
            if all(doc[j].dep_ in DESCRIPTIVE or doc[j].text == "-" or doc[j].pos_ == "ADJ" for j in range(s, k)):
                if doc[s].lower_ == "the" and all(doc[j].lower_ == "the" for j in range(s, k)):
                    return span  # 'the BBC': the article is part of how the outlet is named
                return (k, e)
            break
    return span


def _platform(tok: Token, lex: Lexicon) -> tuple[str, tuple[int, int]] | None:
    """The platform a medium was put on: 'a statement on Telegram', 'a video posted on X' (the
    object of 'on'/'via' on the noun or on a participle of it; not who published it, 'by a channel')."""
    heads = [tok] + [k for k in tok.children if k.dep_ == "acl" and k.tag_ == "VBN"]
    for h in heads:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in ("on", "via"):
                for o in p.children:
                    if o.dep_ == "pobj":
                        # with its compounds: 'on its Telegram channel'
                        words = [t for t in o.lefts if t.dep_ in ("compound", "nmod")] + [o]
                        name = lex.channel_of([w.text for w in words])
                        if name is not None:
                            return name, (words[0].i, o.i + 1)
    return None


def _phrase_channel(tok: Token, lex: Lexicon) -> tuple[str, tuple[int, int]] | None:
    """The channel a noun names with its compounds and modifiers ('a Facebook post'), or the
    platform it was put on ('a statement on Telegram')."""
    # with the modifiers' own compounds ('a television talk show')
    words = [t for k in tok.lefts if k.dep_ in ("compound", "amod", "nmod") for t in k.subtree] + [tok]
    words = [w for w in words if w.i >= tok.left_edge.i]
    name = lex.channel_of([w.text for w in words])
    if name is None:
        # 'a reply posted on its website': words put on a platform went out on it, whatever the
        # noun calls them; so do words or a text 'on' it ('in comments on state television')
        lem = lex.lemma(tok)
        put = lem in lex.works or lem in lex.carriers or any(k.dep_ == "acl" and k.tag_ == "VBN" for k in tok.children)
        return _platform(tok, lex) if put else None
    on = _platform(tok, lex)
    if on is not None and _rank(lex, on[0]) < _rank(lex, name):
        return on
    return name, (min(w.i for w in words), tok.i + 1)


def _rank(lex: Lexicon, name: str) -> int:
    values = list(dict.fromkeys(lex.channels.values()))
    return values.index(name)


def _frame_object(k: Token, lex: Lexicon) -> Token | None:
    """The object of an 'according to' / 'as per' phrase (``frames``) that ``k`` opens, else None."""
    low = k.lower_  # read once, not once per frame
    for f in lex.frames:
        if low != f[0]:
            continue
        t: Token | None = k
        for word in f[1:]:
            t = next((c for c in t.children if c.lower_ == word), None) if t is not None else None
        obj = next((c for c in t.children if c.dep_ == "pobj"), None) if t is not None else None
        if obj is not None:
            return obj
    return None


def add_channel(c: Candidate, doc: Doc, lex: Lexicon) -> None:
    """The channel: a 'in/on/via' phrase on the cue (or on the verb a participle hangs on), the
    carrier noun ('a communique saying'), the source ('state television') or a verb that names its
    medium ('tweeted', ``channel_verbs`` in the lexicon)."""
    v = c.head
    found: list[tuple[str, tuple[int, int]]] = []
    verbs = [v]
    # a participle on the cue or on the source says how it was said ('X, speaking by phone, said')
    verbs += [k for k in v.children if k.dep_ == "advcl" and k.tag_ == "VBG"]
    if c.source is not None:
        root = span_root(doc, c.source[0], c.source[1])
        # ('X, speaking by phone, said'; 'residents reached by telephone said': how they were heard)
        verbs += [k for k in root.children if k.dep_ == "acl" and k.tag_ in ("VBG", "VBN")]
    if v.dep_ in ("advcl", "conj", "acl", "xcomp", "parataxis") and v.head.i != v.i:
        verbs.append(v.head)
        if v.dep_ == "acl" and v.head.head.i != v.head.i:
            verbs.append(v.head.head)
    interviews: list[Token] | None = None
    for w in [*verbs, *(k for k in v.children if k.dep_ == "ccomp")]:
        for k in w.children:
            frame = _frame_object(k, lex)
            if frame is not None:
                # 'said Y, according to a post on its Telegram channel': the text the report is
                # drawn from is the medium it was made in, whichever verb the parse hangs it on
                ch = _phrase_channel(frame, lex)
                if ch:
                    found.append(ch)
        if w.dep_ == "ccomp":
            # 'said X would happen, in an interview with Y', '..., in a statement': a phrase set
            # off by a comma after the reported clause is the saying's setting, its medium too
            if interviews is None:
                interviews = _interviews(v)  # (the same for every clause of the cue: found once)
            for k in interviews:
                if k.head.i == w.i and k.dep_ == "prep":
                    for p in k.children:
                        ch = _phrase_channel(p, lex) if p.dep_ == "pobj" else None
                        if ch:
                            found.append(ch)
            continue
        for k in w.children:
            if k.dep_ in ("prep", "agent") and k.lower_ in CHANNEL_PREPS:  # (a passive's 'by telephone')
                for p in k.children:
                    # 'from' names where the words came from (Quirk et al. 1985, ch. 9: the source of
                    # a motion): a place ('speaking by phone from a command post'), a medium only as
                    # an account its keeper speaks from ('from its Telegram channel')
                    if p.dep_ == "pobj" and (k.lower_ != "from" or lex.lemma(p) in lex.accounts):
                        ch = _phrase_channel(p, lex)
                        if ch:
                            found.append(ch)
            if k.dep_ == "dobj" and w is not v:
                ch = _phrase_channel(k, lex)
                if ch:
                    found.append(ch)
        if w.pos_ in ("NOUN", "PROPN"):
            ch = _phrase_channel(w, lex)
            if ch:
                found.append(ch)
    if c.source is not None:
        src_head = span_root(doc, c.source[0], c.source[1])
        # a name ('The Post has learned') is an outlet, not a medium
        ch = _phrase_channel(src_head, lex) if src_head.pos_ != "PROPN" else None
        if ch:
            found.append(ch)
    lemma = v.lemma_.lower()
    if c.kind == "verb" and lemma == "tell":
        # 'told local radio', 'told state television': an outlet named by its medium is the relay
        # (PolNeAR annotates such unnamed outlets as sources of what they report) and the medium the
        # words went out on; a name ('told the Evening Post') names no medium
        for k in v.children:
            if k.dep_ in ("dative", "dobj") and k.i > v.i and k.pos_ == "NOUN":
                ch = _phrase_channel(k, lex)
                if ch:
                    found.append(ch)
    if c.kind == "verb" and lemma in lex.channels and lemma in lex.channel_verbs:
        found.append((lex.channels[lemma], c.cue))
    if found:
        c.channel = min(found, key=lambda f: _rank(lex, f[0]))
