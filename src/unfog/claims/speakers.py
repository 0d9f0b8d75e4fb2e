"""Who speaks for a cue verb: the subject the parse gives it, or the one a construction implies
(participles, prepositional phrases, relative clauses, made texts, raising and attitude passives,
cues after a closing quote, datelines). Used by ``cues.verb_candidates``."""

from __future__ import annotations

from spacy.tokens import Token

from unfog.claims.candidate import QUOTES, sent_bounds
from unfog.claims.lexicon import Lexicon
from unfog.claims.quotes import is_cue_verb, is_opening
from unfog.datelines import dateline_at
from unfog.lines import is_title_line, token_texts

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
REL_PRONOUNS = ("who", "which", "that", "whom")


def quote_before(v: Token, src: tuple[int, int] | None) -> bool:
    """'"...," X said, adding ...': a quote closes right before the source and cue."""
    doc = v.doc
    k = min(v.i, src[0]) if src else v.i
    if k < 2 or is_opening(doc[k - 1]):
        return False
    if not (doc[k - 1].text in QUOTES and doc[k - 2].text in (",", "?", "!", ".")):
        return False
    # not a quoted title inside the sentence ('On the broadcast of "Fox News Sunday," X said'):
    # the quote must open the sentence, or run into it from an earlier one
    s0, _ = sent_bounds(v)
    j = k - 2
    while j > s0 and not (doc[j].text in QUOTES and is_opening(doc[j])):
        j -= 1
    return not (j > s0 and any(not t.is_punct for t in doc[s0:j]))


def surface_subject(v: Token) -> Token | None:
    """When the parse misses the subject: the noun right before the cue, skipping an apposition or
    participle set off by commas ('X, the mayor of Y, said')."""
    doc = v.doc
    s0, _ = sent_bounds(v)
    k = v.i - 1
    while k >= s0 and doc[k].dep_ in ("advmod", "aux", "neg") and doc[k].pos_ in ("ADV", "AUX", "PART"):
        k -= 1
    if k >= s0 and doc[k].text == ",":
        k -= 1
        while k >= s0 and doc[k].text != ",":
            k -= 1
        k -= 1
        # 'X, in a statement read out by its chief, Colonel Y, said': a parenthetical opening with a
        # preposition stands between the subject and its verb (Quirk et al. 1985, 8.17, medial
        # adverbials), whatever commas it holds; the subject is the noun phrase opening the sentence
        for j in range(s0 + 1, k):
            if doc[j].text == "," and doc[j + 1].pos_ == "ADP" and doc[j - 1].pos_ in ("PROPN", "NOUN"):
                if doc[j - 1].left_edge.i == s0:
                    k = j - 1
                break
    if k >= s0 and doc[k].pos_ in ("PROPN", "NOUN", "PRON") and doc[k].tag_ not in ("WP", "WDT"):
        return doc[k]
    return None


def _cue_ancestor(v: Token, lex: Lexicon) -> Token | None:
    """For a speech participle inside a reported clause ('X confirmed that Y ..., saying that'),
    the cue verb whose clause holds it."""
    h = v.head
    steps = 0
    while h is not h.head and steps < 6:
        if is_cue_verb(h, lex) and h.i < v.i:
            return h
        h = h.head
        steps += 1
    return h if is_cue_verb(h, lex) and h.i < v.i and h is not v else None


#: the links a participle's phrase climbs to reach the verb whose subject speaks ('aggressive in
#: denouncing': acomp, 'after months of refusing': pobj, prep)
PHRASE_LINKS = frozenset({"prep", "pobj", "acomp", "amod", "dobj", "attr", "npadvmod", "advmod"})


def _past_dateline(subj: Token) -> Token:
    """'CLEVELAND — former Attorney General X told ...': the parser may take the dateline's place
    (``unfog.datelines``) for the subject and the speaker for its apposition; the speaker is then the
    apposition after the dateline's dash."""
    d = dateline_at(subj.doc, subj.i)
    if d is None or subj.i >= d.dash:
        return subj
    return next((a for a in subj.rights if a.dep_ == "appos" and a.left_edge.i > d.dash), subj)


def _maker(h: Token, lex: Lexicon) -> tuple[Token | None, Token | None]:
    """Who made a text or broadcast (``carriers`` and ``works`` in the lexicon) that a participle or
    relative clause on it makes speak: 'issued a statement saying ...', 'shot back in an article
    stating ...', 'released an ad that urges ...' — the subject of the verb taking the noun. Not
    'In a statement saying ..., X added' (the statement comes first: it is the source) nor 'her
    statement' (the possessor speaks)."""
    lem = lex.lemma(h)
    if (lem not in lex.carriers and lem not in lex.works) or any(c.dep_ == "poss" for c in h.children):
        return None, None
    g = h.head.head if h.dep_ == "pobj" and h.head.dep_ == "prep" else h.head
    if h.dep_ in ("dobj", "pobj") and g.pos_ in ("VERB", "AUX") and g.i < h.i:
        return find_subject(g, lex)
    return None, None


def _torn_object(c: Token, rel: Token) -> bool:
    """``c`` follows the relative clause ``rel`` whose last word is a preposition with no object."""
    last = rel.right_edge
    return last.dep_ == "prep" and not any(k.dep_ == "pobj" for k in last.children) and c.left_edge.i == last.i + 1


def _noun_for_clause(c: Token) -> Token:
    """A clausal subject is a to-infinitive, an -ing clause or a that- or wh-clause (Quirk et al.
    1985, 16.17-16.36); a bare verb opening the sentence with its object right after it ('Aid
    workers said ...', 'Rescue teams said ...') is a noun the tagger took for a verb of the same
    form, modifying that object, which heads the subject. Any other subject stays as it is."""
    if c.dep_ != "csubj" or c.tag_ != "VB" or c.i != sent_bounds(c)[0] or not c.text[:1].isupper():
        return c
    if any(k.dep_ in ("aux", "mark", "nsubj", "neg") for k in c.children):
        return c
    return next((k for k in c.children if k.dep_ == "dobj" and k.i == c.i + 1), c)


def second_object(v: Token) -> bool:
    """'Drones hit a depot, the agency reported on Monday': a comment clause after its report
    (Quirk et al. 1985, 15.53-15.56) that the parse took for a second object of the report's verb,
    set off by a comma, with the reporting verb as its participle. A verb has one direct object: a
    second after a comma, whose participle takes no complement of its own, is the comment clause's
    subject."""
    h = v.head
    if v.dep_ != "acl" or h.dep_ != "dobj" or v.i < h.i or h.left_edge.i < 1 or h.doc[h.left_edge.i - 1].text != ",":
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in v.children):
        return False
    return any(k.dep_ == "dobj" and k.i < h.i for k in h.head.children)


def torn_subject(v: Token) -> Token | None:
    """'Fighting went on, an official who asked not to be named told the paper': a finite verb the
    parse joins to the clause before as a conjunct with no conjunction and no subject, hanging the
    noun phrase set off right before it on that clause as an apposition. A finite clause has a
    subject, and a reporting clause after its report with no link is a comment clause (Quirk et al.
    1985, 15.53-15.54): the noun phrase is its subject."""
    if v.dep_ != "conj" or v.tag_ not in ("VBD", "VBZ", "VBP") or v.i < 2:
        return None
    if any(k.dep_ in SUBJECTS for k in v.children) or any(k.dep_ == "cc" for k in v.head.children if k.i < v.i):
        return None
    t = v.doc[v.i - 1]
    while t.dep_ != "appos" and t.head.i != t.i and t.head.i < v.i and t.right_edge.i == v.i - 1:
        t = t.head
    if t.dep_ != "appos" or t.right_edge.i != v.i - 1 or t.left_edge.i < 1:
        return None
    return t if t.doc[t.left_edge.i - 1].text == "," and t.pos_ in ("NOUN", "PROPN") else None


def find_subject(v: Token, lex: Lexicon) -> tuple[Token | None, Token | None]:
    """The token that names who speaks, and (for relative pronouns) the antecedent. A participle
    on a carrier noun ('issued a communique saying ...', ``carriers`` in the lexicon) speaks for
    the subject of the verb that takes the carrier."""
    subjects = [c for c in v.children if c.dep_ in SUBJECTS]
    if len(subjects) > 1:
        # a clause has one subject: a second the parse gives it right after another's relative
        # clause that ends in a preposition without its object ('one man who had waited for a bus
        # told ...': 'bus') is that object, torn from the clause, which is part of the other
        # subject's noun phrase (Quirk et al. 1985, 17.3)
        subjects = [
            c
            for c in subjects
            if not any(_torn_object(c, r) for o in subjects for r in o.children if r.dep_ == "relcl")
        ]
        # '"A fine reporter," Trump said': the parse may take the quote for a second subject
        subjects.sort(key=lambda c: (any(t.text in QUOTES for t in c.subtree), c.i > v.i, v.i - c.i))
    for c in subjects:
        if c.dep_ in SUBJECTS:
            c = _noun_for_clause(c)
            if c.dep_ == "nsubjpass":
                break
            c = _past_dateline(c)
            if c.lower_ in REL_PRONOUNS and v.dep_ == "relcl":
                maker = _maker(v.head, lex)  # 'released an ad that urges ...'
                return maker if maker[0] is not None else (c, v.head)
            return c, None
    for c in v.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p, None
    held = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    if held is not None:
        # 'she is convinced that ...', 'voters are split on ...': the passive of an attitude verb
        # (``holder_passives``) has the holder for subject; 'it was reported that' names no one
        if lex.lemma(v) in lex.holder_passives and held.lower_ not in ("it", "this", "that"):
            return _past_dateline(held), None
        return None, None
    h = v.head
    s0, s1 = sent_bounds(v)
    if not s0 <= h.i < s1:
        return None, None  # a headline run into the sentence
    if v.dep_ == "acomp" and v.tag_ == "VBN" and h.pos_ in ("AUX", "VERB") and h is not v:
        return find_subject(h, lex)  # 'they are convinced that ...' parsed as a copula's complement
    if v.dep_ == "conj" and h is not v:
        torn = torn_subject(v)
        if torn is not None:
            return torn, None
        if h.dep_ == "ccomp" and is_cue_verb(h.head, lex) and h.head.i < h.i and is_cue_verb(v, lex) and v.i > h.i:
            # 'He says he is proud and expects ...', 'forecast that the economy would rebound and
            # praised ...': a report joined to a reported clause is the reporter's next report
            return find_subject(h.head, lex)
        return find_subject(h, lex)
    if v.dep_ in ("advcl", "xcomp") and (v.tag_ in ("VBG", "VB") or v.dep_ == "xcomp") and h is not v:
        return find_subject(h, lex)
    if v.dep_ == "pcomp" and v.tag_ == "VBG" and h.dep_ == "prep":
        # 'responded by saying ...', 'before adding that ...', 'was aggressive in denouncing ...',
        # 'after months of refusing ...': the speaker is the subject of the verb the phrase hangs
        # on, or the possessor of a noun on the way ('his habit of blaming ...')
        t = h.head
        for _ in range(4):
            if t.pos_ in ("VERB", "AUX") or t is t.head or t.dep_ not in PHRASE_LINKS:
                break
            poss = next((k for k in t.children if k.dep_ == "poss"), None)
            if poss is not None:
                return poss, None
            t = t.head
        if t.pos_ in ("VERB", "AUX") and s0 <= t.i < s1 and t is not v:
            return find_subject(t, lex)
    if v.dep_ == "acl" and h.pos_ in ("NOUN", "PROPN", "PRON"):
        if h.dep_ == "ROOT" and v.tag_ == "VBN" and v.i > h.i:
            # 'The utility, X, posted on its page that ...': a sentence has a finite verb, and a
            # parse that roots it on a noun and hangs its only verb there as a participle has
            # taken the past tense for the participle of the same form; the noun is its subject
            return h, None
        if second_object(v):
            return h, None
        if v.tag_ == "VBN" and not any(c.dep_ == "ccomp" for c in v.children):
            return None, None  # 'a state known for ...', 'an event billed as ...': no one speaks
        maker = _maker(h, lex)
        return maker if maker[0] is not None else (h, None)
    return None, None


def _after_quote_subject(v: Token) -> Token | None:
    """'"...," said David Brock, a confidant who ...': a cue right after a closing quote speaks
    for the noun phrase after it, whatever the parse made of that noun (it often hangs it on a
    verb further on)."""
    doc = v.doc
    if v.tag_ not in ("VBD", "VBZ", "VBP") or not quote_before(v, None):
        return None
    _, s1 = sent_bounds(v)
    k = v.i + 1
    while k < s1 and k <= v.i + 6 and not doc[k].is_punct:
        t = doc[k]
        if t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ not in ("compound", "amod", "poss", "nmod"):
            return t
        k += 1
    return None


def _raised(v: Token, lex: Lexicon) -> bool:
    """A raising verb ('seems', 'appeared'; ``raising`` in the lexicon) whose clause is no report:
    'Sanders appears to lead', 'it seems that ...' name no source; 'she seemed to blame X' does."""
    if lex.lemma(v) not in lex.raising:
        return False
    return not any(c.dep_ in ("xcomp", "ccomp") and is_cue_verb(c, lex) for c in v.children)


def source_of(v: Token, lex: Lexicon) -> tuple[Token | None, Token | None]:
    """The source token of a cue verb (and the antecedent of a relative pronoun)."""
    if _raised(v, lex):
        return None, None
    subj, ante = find_subject(v, lex)
    s0, s1 = sent_bounds(v)
    if v.tag_ in ("VBZ", "VBD", "VBP") and is_title_line(v.doc, s0, s1):
        # a title-case headline misleads the parser ("Russia Claims X as Ukraine Says ..."): the
        # source is the subject nearest before the cue
        near = surface_subject(v)
        if near is not None:
            return near, None
    if v.dep_ == "advcl" and v.tag_ == "VBG" and not (subj is not None and subj.i > v.head.i):
        # a speech participle in a reported clause belongs to the reporting verb's subject
        anc = _cue_ancestor(v, lex)
        if anc is not None and v.head.i != anc.i:
            subj, ante = find_subject(anc, lex)
    if subj is None or subj.i < v.i:
        after = _after_quote_subject(v)
        # a subject before the cue counts only when it is not inside the quote that closes there
        inside = subj is not None and sum(x in QUOTES for x in token_texts(v.doc)[subj.i : v.i]) == 1
        if after is not None and (subj is None or inside):
            return after, None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
    if subj is None and not passive and v.tag_ != "VBG" and v.dep_ not in ("acl", "relcl", "amod"):
        subj = surface_subject(v)
    return subj, ante
