"""Verb cues over the dependency parse: 'X said (that) ...', '"...," X said', 'X told Y that ...',
participles ('..., stating that ...'), relative clauses ('..., who added that ...'; 'the levy, which
the minister said had doubled costs'), 'as'-clauses ('As the agency reported, ...')."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from unfog.claims.candidate import (
    OPEN_QUOTES,
    PARAGRAPH_REACH,
    QUOTE_REACH,
    QUOTES,
    Candidate,
    close_quotes,
    np_span,
    sent_bounds,
    trim,
)
from unfog.claims.control import controller
from unfog.claims.lexicon import Lexicon, VerbEntry
from unfog.claims.open import open_verb_entry, prep_content
from unfog.claims.quotes import continue_paragraphs, continue_quote, is_cue_verb, is_opening, quote_end
from unfog.claims.speakers import REL_PRONOUNS, SUBJECTS, quote_before, second_object, source_of, torn_subject
from unfog.claims.surface import headline_content, paragraph_after_colon, quote_follows, surface_content
from unfog.lines import is_title_line, str_column, token_texts

OBJECT_PREPS = ("as", "of", "for", "about", "against", "over")
#: First and second person: inside quotes these are the quoted speaker's hedges, not attributions.
SPEAKERS = ("i", "we", "you")
#: Pronouns that open a relative or wh-clause whose verb a cue interrupts ('which he said had ...').
WH_SUBJECTS = ("which", "that", "what", "who", "whom")


def _to_infinitive(x: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children) or x.tag_ == "VBG"


def _that_clause(c: Token) -> bool:
    return any(k.dep_ == "mark" and k.lower_ == "that" for k in c.children)


def right_content(v: Token, entry: VerbEntry, lex: Lexicon) -> tuple[int, int] | None:
    """The complement right of the cue: a clause, or (for 'any' verbs) the object and its
    'as/of/for' phrases."""
    kids = [c for c in v.rights if c.dep_ not in ("punct",)]
    first: Token | None = None
    last: Token | None = None
    clausal = False
    for c in kids:
        if c.dep_ == "cc" and first is not None and first.dep_ == "ccomp":
            continue
        if c.dep_ == "conj" and first is not None and first.dep_ == "ccomp" and _that_clause(c):
            last = c  # 'said that A, but that B': a second clause under the same cue
            continue
        if c.dep_ in ("conj", "cc") or (c.dep_ == "advcl" and first is not None and is_cue_verb(c, lex)):
            break
        if c.dep_ == "advcl" and first is not None and first.dep_ in ("ccomp",):
            last = c
            continue
        core = c.dep_ in ("ccomp",) or (c.dep_ == "xcomp" and _to_infinitive(c))
        if c.dep_ == "dobj" and entry.content == "any":
            core = True
        if c.dep_ in ("oprd", "attr") and first is not None:
            core = True
        if c.dep_ == "prep" and (
            (first is not None and c.lower_ in OBJECT_PREPS)
            or (entry.content == "any" and c.i == v.i + 1 and c.lower_ in ("for", "of", "about"))
        ):
            core = True
        if c.dep_ == "xcomp" and first is not None:
            core = True
        if core:
            clausal = clausal or c.dep_ in ("ccomp", "xcomp")
            first = first or c
            last = c
    if first is None or last is None:
        return None
    if entry.content in ("clause", "that") and not clausal:
        return None
    start = first.left_edge.i
    if first.dep_ == "prep" and first.i == v.i + 1:
        start = first.i + 1  # 'called for X': the cue holds 'for'
    return start, last.right_edge.i + 1


def _bare(v: Token) -> bool:
    """Nothing said after the cue in its sentence: no verb, no quote, a few words at most ('She
    said on Tuesday.')."""
    _, s1 = sent_bounds(v)
    rest = v.doc[v.i + 1 : s1]
    return len(rest) <= 8 and not any(t.pos_ in ("VERB", "AUX") or t.text in QUOTES for t in rest)


def _quote_before_sentence(doc: Doc, s0: int) -> tuple[int, int] | None:
    """'"...." / She said.': the parse splits the cue off the quote before it; the quote (back to
    its opening mark, within the paragraph) is the content."""
    end = s0
    while end > 0 and doc[end - 1].is_space and "\n" not in doc[end - 1].text:
        end -= 1
    if end < 3 or doc[end - 1].text not in QUOTES or is_opening(doc[end - 1]) or "\n" in doc[end - 1].whitespace_:
        return None
    k = end - 2
    while k >= 0 and doc[k].text not in QUOTES and "\n" not in doc[k].text and "\n" not in doc[k].whitespace_:
        k -= 1
    if k < 0 or k >= end - 2 or not is_opening(doc[k]) or doc[end - 1].idx - doc[k].idx > QUOTE_REACH:
        return None
    return k, end


def left_content(v: Token, src: tuple[int, int] | None, lex: Lexicon) -> tuple[int, int] | None:
    """A quote or clause before the cue ('"...," X said'); it must end in a comma, a closing quote
    or a dash. A quote of several sentences is followed back to its opening mark."""
    s0, _ = sent_bounds(v)
    doc = v.doc
    stop = min(v.i, src[0]) if src and src[0] < v.i else v.i
    # skip adverbs between the source and the verb ('X also said') or before the source
    while stop > s0 and doc[stop - 1].dep_ in ("advmod", "aux", "neg") and doc[stop - 1].head == v:
        stop -= 1
    while stop > s0 and doc[stop - 1].is_space and "\n" not in doc[stop - 1].text:
        stop -= 1  # an extra space ('",  X said') is a token of its own
    if stop - s0 < 2:
        return _quote_before_sentence(doc, s0) if stop == s0 and _bare(v) else None
    last = doc[stop - 1]
    if last.text in OPEN_QUOTES or (last.text in QUOTES and doc[stop - 2].whitespace_):
        return None
    if not (last.text in QUOTES or last.text in (",", "—", "–", "-", ":")):
        return None
    start = s0
    _, s1 = sent_bounds(v)
    for j in range(v.i + 1, min(v.i + 8, s1)):
        if doc[j].text == "," and doc[j - 1].text not in QUOTES:
            nxt = doc[j + 1] if j + 1 < s1 else None
            if nxt is not None and nxt.tag_ == "VBG" and nxt.head.i == v.i and _reporting(nxt, lex):
                break  # '..., the agency reported, citing X': the report's own participle clause follows
            if sum(1 for t in doc[j + 1 : s1] if t.is_alpha) >= 3 and not any(t.text in QUOTES for t in doc[s0:stop]):
                return s0, s1  # 'The war, he said, has ...': the cue sits inside its content
            break
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in QUOTES:
            break
    quotes = [t.i for t in doc[s0:stop] if t.text in QUOTES]
    if not quotes and any(
        c.dep_ in ("advcl", "prep", "npadvmod") and c.left_edge.i <= s0 + 1 and c.right_edge.i >= stop - 2
        for c in v.lefts
    ):
        return None  # 'Asked if he would run, X said no', 'Speaking to reporters, X said': a setting
    opened_before = len(quotes) % 2 == 1 and last.text in QUOTES and quotes[0] == stop - 1
    if opened_before or (len(quotes) == 1 and quotes[0] != s0):
        k = s0 - 1
        while k >= 0 and doc[k].text not in QUOTES and "\n" not in doc[k].text and "\n" not in doc[k].whitespace_:
            k -= 1
        if k >= 0 and doc[k].text in QUOTES and doc[stop - 1].idx - doc[k].idx <= QUOTE_REACH:
            start = k
    elif quotes and doc[s0].text not in QUOTES and s0 > 0 and doc[s0 - 1].text in QUOTES:
        start = s0 - 1
    if not any(t.pos_ in ("VERB", "AUX") or t.text in QUOTES for t in doc[start:stop]):
        return None  # 'In a speech last July, X said ...': a setting, not what was said
    return start, stop


def _reporting(t: Token, lex: Lexicon) -> bool:
    """A participle of saying or citing ('adding', 'citing'): a supplementive clause on the reporting
    verb that belongs to the attribution (Quirk et al. 1985, 15.58), not to what is said."""
    return is_cue_verb(t, lex) is not None or lex.lemma(t) in lex.citing_verbs


def _relative_clause(v: Token) -> bool:
    """'the plan, which he said had failed' / 'what analysts said was a sign': the reported clause's
    subject is a relative or wh-pronoun before the cue, and the cue has a subject of its own; the
    content is that clause, the cue and its source inside it."""
    comp = next((c for c in v.rights if c.dep_ == "ccomp"), None)
    if comp is None or not any(c.dep_ in SUBJECTS and c.i < v.i for c in v.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < v.i and c.lower_ in WH_SUBJECTS for c in comp.children)


def as_content(v: Token) -> tuple[int, int] | None:
    """'As X noted, Y' / 'Y, as X reported': a cue in an 'as'-clause with a subject and no
    complement of its own reports the clause it modifies (without the 'as'-clause)."""
    kids = list(v.children)
    if v.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in kids):
        return None
    if not any(c.dep_ in SUBJECTS for c in kids) or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in kids):
        return None
    h = v.head
    if h.dep_ in ("aux", "auxpass"):
        h = h.head  # the parse may hang the clause on its auxiliary
    s0, s1 = sent_bounds(v)
    lo, hi = max(h.left_edge.i, s0), min(h.right_edge.i + 1, s1)
    a0, a1 = v.left_edge.i, v.right_edge.i + 1
    if a0 <= lo:
        s, e = a1, hi
    elif a1 >= hi - 1:
        s, e = lo, a0
    else:
        return None
    s, e = trim(v.doc, s, e)
    return (s, e) if e - s >= 3 else None


def _comment_clause(v: Token, src: tuple[int, int] | None) -> bool:
    """'Shells hit the depot and a school, the mayor said': a reporting clause after a comma
    that the parse joins to the clause before as a conjunct with no conjunction of its own (no
    link before it, or another conjunct, not 'and') and with no complement after it; a postposed
    comment clause, whose report is the clause before (Quirk et al. 1985, 15.53-15.54)."""
    if v.dep_ != "conj" or src is None or src[0] < 1 or src[0] >= v.i or v.doc[src[0] - 1].text != ",":
        return False
    subj = v.doc[src[0] : src[1]].root
    torn = torn_subject(v)
    if torn is not None and subj.i == torn.i:
        # the noun phrase the parse hung on the clause before ('..., an official who ... told X')
        return not any(c.dep_ in ("ccomp", "xcomp") for c in v.children)
    between = v.doc[src[1] : v.i]
    if (
        subj.head.i != v.i
        or subj.dep_ != "nsubj"
        or any(t.pos_ not in ("ADV", "PUNCT") and t.head.i == v.i for t in between)
    ):
        return False  # the verb's own subject before it (with its apposition), in the active ('X, Y said')
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") and c.i > v.i for c in v.children):
        return False  # a clause of its own ('..., the director wrote a letter')
    links = [c for c in v.head.children if c.dep_ in ("conj", "cc") and c.i < v.i]
    return not links or (links[-1].dep_ == "conj" and links[-1].i < src[0])


def content_of(v: Token, entry: VerbEntry, lex: Lexicon, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """The content's token span: the complement right of the cue, a quote after it, the clause
    before it, or (when the parse fails) a 'that' or a quote a few words on."""
    doc = v.doc
    s0, s1 = sent_bounds(v)
    content = as_content(v) or right_content(v, entry, lex)
    if content is None:
        block = paragraph_after_colon(v)
        if block is not None:
            return block
    if content is not None and entry.content == "that" and not any(c.dep_ == "ccomp" for c in v.rights):
        content = None
    if content is not None and content[0] <= v.i < content[1]:
        if not _relative_clause(v):
            return None  # 'which analysts have estimated to cost': the clause holds its own cue
        lo, hi = content[0], min(content[1], s1)
        return (lo, hi) if hi - lo >= 3 else None
    if content is None and quote_follows(v):
        content = surface_content(v)
    left_ok = (
        any(c.dep_ == "ccomp" and c.i < v.i for c in v.children)
        or v.dep_ in ("ROOT", "parataxis", "ccomp")
        or _comment_clause(v, src)
        or second_object(v)
    )
    if left_ok and (content is None or quote_before(v, src)):
        content = left_content(v, src, lex) or content
    if content is None:
        content = surface_content(v)
    if content is None and v.tag_ in ("VBZ", "VBP") and is_title_line(doc, s0, s1):
        content = headline_content(v)
    if content is None:
        return None
    lo = content[0] if content[1] <= v.i else max(content[0], s0)
    s, e = trim(doc, lo, min(content[1], s1))
    if e <= s:
        return None
    if s - 1 > v.i and is_opening(doc[s - 1]):
        s -= 1  # the parse leaves the opening quote on the cue
    e = close_quotes(doc, s, e)
    texts = token_texts(doc)
    marks = [i for i in range(len(texts))[s:e] if texts[i] in QUOTES and texts[i] not in ("’", "'")]
    if len(marks) % 2 == 1 and is_opening(doc[marks[-1]]) and doc[marks[-1]].idx - doc[s].idx <= PARAGRAPH_REACH:
        e = quote_end(doc, marks[-1], e)  # a quote opened inside the content runs on past the sentence
    if doc[s].text in QUOTES or doc[e - 1].text in QUOTES:
        s, e = continue_quote(doc, s, e, v, lex)
        e = continue_paragraphs(doc, s, e, v, lex)
    return (s, e)


def _matrix(v: Token) -> Token:
    """The verb (or adjective) a chain of infinitive complements starts from: the cue of 'refused
    to say' runs from 'refused', of 'was quick to deny' from 'quick' (PolNeAR marks the
    matrix verb, often with the infinitive); a purpose clause's cue is the infinitive alone."""
    m = v
    while m.dep_ == "xcomp" and m.head.i != m.i and m.head.pos_ in ("VERB", "AUX", "ADJ") and m.head.i < m.i:
        m = m.head
    return m


def _terms_of_anonymity(m: Token, v: Token, content: tuple[int, int], lex: Lexicon) -> bool:
    """'who requested anonymity to discuss the talks', 'who declined to give his name', 'asked not
    to be identified', 'spoke on condition of anonymity to discuss': the clause states the terms on
    which its subject speaks to the reporter (that it stays unnamed), not what it says; neither its
    verb ``m`` nor an infinitive ``v`` it controls reports anything. Read on the heads of the
    verb's object, infinitive (and the infinitive's object) and, when the cue is that infinitive or
    the content opens in it, prepositional phrase ('condition of anonymity'), and on the verb
    itself when the cue is its infinitive ('was not authorised to discuss')."""
    heads: list[Token] = [m] if m.i != v.i else []  # 'not authorised to discuss'
    for c in m.rights:
        if c.dep_ == "dobj":
            heads.append(c)
        elif c.dep_ == "xcomp" and c.i != v.i:
            heads += [c, *(k for k in c.children if k.dep_ in ("dobj", "nsubjpass"))]
        elif c.dep_ == "prep" and (v.i != m.i or c.i <= content[0] <= c.right_edge.i):
            for o in (k for k in c.children if k.dep_ == "pobj"):
                heads += [o, *(g for p in o.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")]
    return any(lex.marks_anonymity(h) for h in heads)


def verb_candidates(doc: Doc, lex: Lexicon, open_verbs: bool = False) -> list[Candidate]:
    """Cues of the lexicon's verbs; with ``open_verbs`` also any other verb that takes a clause
    (``open``), marked ``open`` for the learned scorer."""
    out: list[Candidate] = []
    tag = str_column(doc, "tag")
    for i, p in enumerate(str_column(doc, "pos")):
        if p not in ("VERB", "AUX") or not tag[i].startswith("VB"):
            continue  # (neither a cue verb nor an open one: both need a VB* tag, 'will' is MD)
        v = doc[i]
        entry = is_cue_verb(v, lex)
        is_open = False
        if entry is None and open_verbs:
            entry = open_verb_entry(v, lex)
            is_open = entry is not None
        if entry is None:
            continue
        if v.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            # 'to say', 'to find': an intention, not a report, unless a lexicon verb's infinitive has
            # a controller ('refused to say whether ...', 'urged the minister to explain ...'): then
            # the controller is its source and the learned scorer judges it (``control``)
            ctrl = controller(v, lex) if open_verbs and not is_open else None
            if ctrl is None:
                continue
            is_open = True
            subj: Token | None = ctrl[0]
            ante: Token | None = ctrl[1]
            cue_start = _matrix(v).i
        else:
            subj, ante = source_of(v, lex)
            cue_start = v.i
        src = np_span(subj) if subj is not None else None
        if subj is not None and subj.lower_ in REL_PRONOUNS:
            src = (subj.i, subj.i + 1)
        if src is not None and src[0] <= v.i < src[1]:
            continue
        if not is_open and subj is not None and subj.lower_ in SPEAKERS and entry.stance in ("other", "demands"):
            continue  # 'I hope', 'you fear': the quoted speaker's own hedges
        content = content_of(v, entry, lex, src)
        cue_end = v.i + 1
        if content is None and open_verbs:
            # outside the lexicon's frame (or outside the lexicon): an object or a prepositional
            # complement, for the learned scorer to judge
            wide = VerbEntry(entry.stance, entry.framing, "any")
            content = content_of(v, wide, lex, src) if entry.content != "any" else None
            if content is None:
                found = prep_content(v)
                if found is not None and (
                    lex.lemma(v) not in lex.talking_verbs or doc[found[0] - 1].lower_ in lex.talking_preps
                ):
                    cue_end, content = found
            is_open = is_open or content is not None
        if content is None or _terms_of_anonymity(doc[cue_start], v, content, lex):
            continue
        if v.dep_ == "advcl" and v.tag_ == "VB" and _terms_of_anonymity(v.head, v, content, lex):
            continue  # a purpose clause of such terms ('speaking on condition of anonymity to discuss')
        if cue_end < len(doc) and doc[cue_end].dep_ == "prt" and doc[cue_end].head == v:
            cue_end += 1
        out.append(
            Candidate(
                kind="verb",
                cue=(cue_start, cue_end),
                head=v,
                content=content,
                source=src,
                name_span=np_span(ante) if ante is not None else None,
                stance=entry.stance,
                framing=entry.framing,
                open=is_open,
            )
        )
    return out
