"""Frames without a reporting verb: prepositional ones ('according to X, ...', '..., according to
X', 'per X', 'as per X'), a speaker's label before a colon ('Minister: ...', a transcript's
'"HOST: ...'), and a distancing adverb ('reportedly') that marks a clause as someone's report."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from unfog.claims.candidate import QUOTES, Candidate, np_span, sent_bounds, trim
from unfog.claims.lexicon import Lexicon
from unfog.lines import lemmas_and_lowers, str_column, token_texts

#: A 'per' frame needs a name or an outlet-ish head: 'per hour' and 'per cent' are no attributions.
NAMEISH = ("PROPN",)


def _object(prep: Token) -> Token | None:
    for c in prep.children:
        if c.dep_ == "pobj":
            return c
    nxt = prep.nbor(1) if prep.i + 1 < len(prep.doc) else None
    if nxt is not None and nxt.pos_ in ("PROPN", "NOUN", "PRON", "DET"):
        return nxt if nxt.pos_ != "DET" else (nxt.head if nxt.head.i > nxt.i else None)
    return None


def _match(doc: Doc, i: int, words: tuple[str, ...]) -> bool:
    return i + len(words) <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(words))


def _acceptable(doc: Doc, i: int, words: tuple[str, ...], obj: Token, lex: Lexicon) -> bool:
    if words != ("per",):
        return True
    s0, _ = sent_bounds(doc[i])
    if not (i == s0 or doc[i - 1].text in (",", "(", "—", "–")):
        return False
    phrase = " ".join(t.lower_ for t in doc[np_span(obj)[0] : np_span(obj)[1]])
    return (
        obj.pos_ in NAMEISH
        or obj.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")
        or any(w in phrase for w in lex.outlets)
    )


def frame_candidates(doc: Doc, lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(lex.frames, key=len, reverse=True):  # longest frame first
        by_first.setdefault(words[0], []).append(words)
    taken: set[int] = set()
    for i, low in enumerate(lemmas_and_lowers(doc)[1]):
        if i in taken or low not in by_first:
            continue
        tok = doc[i]
        for words in by_first[tok.lower_]:
            if not _match(doc, i, words):
                continue
            prep = doc[i + len(words) - 1]
            obj = _object(prep)
            if obj is None or not _acceptable(doc, i, words, obj, lex):
                continue
            taken.update(range(i, i + len(words)))
            ps = i
            pe = max(prep.right_edge.i, obj.right_edge.i) + 1
            s0, s1 = sent_bounds(tok)
            left = trim(doc, s0, ps)
            right = trim(doc, pe, s1)
            has_left = left[1] - left[0] >= 2
            has_right = right[1] - right[0] >= 2
            if has_left and has_right:
                content = trim(doc, s0, s1)
            elif has_left:
                content = left
            elif has_right:
                content = right
            else:
                break
            out.append(
                Candidate(
                    kind="frame",
                    cue=(i, i + len(words)),
                    head=prep,
                    content=content,
                    source=np_span(obj),
                )
            )
            break
    return out


def colon_candidates(doc: Doc, lex: Lexicon) -> list[Candidate]:
    """Headline attributions: 'Name: what they said' at the start of a line (not web-page labels
    such as 'Related:', ``headline_labels`` in the lexicon)."""
    out: list[Candidate] = []
    for i, text in enumerate(token_texts(doc)):
        if text != ":" or i == 0:
            continue
        tok = doc[i]
        s0, _ = sent_bounds(tok)
        line0 = s0
        # a transcript quoted paragraph by paragraph: '"WALLACE: ...' (the mark opens the answer)
        while s0 < tok.i and doc[s0].text in QUOTES:
            s0 += 1
        name = doc[s0 : tok.i]
        if (
            not 1 <= len(name) <= 8
            or name[0].pos_ not in ("PROPN", "NOUN")
            or (not name[0].is_title and not name[0].is_upper)
        ):
            continue
        if any(t.text in QUOTES or t.lower_ in lex.headline_labels for t in name):
            continue
        if line0 > 0 and not ("\n" in doc[line0 - 1].text or "\n" in doc[line0 - 1].whitespace_):
            continue
        # what follows runs to the end of the line (a transcript's answer may hold several sentences)
        end = tok.i + 1
        while end < len(doc) and "\n" not in doc[end].text:
            end += 1
            if "\n" in doc[end - 1].whitespace_:
                break
        content = trim(doc, tok.i + 1, end)
        if content[1] - content[0] < 3:
            continue
        out.append(Candidate(kind="frame", cue=(tok.i, tok.i + 1), head=tok, content=content, source=(s0, tok.i)))
    return out


def _carrier_before(doc: Doc, colon: Token, lex: Lexicon) -> Token | None:
    """The carrier noun whose phrase runs up to ``colon`` and is the object of a verb with a subject
    ('The army issued a statement:', 'sent a short message:')."""
    t = doc[colon.i - 1]
    for _ in range(4):
        if (
            t.pos_ == "NOUN"
            and lex.lemma(t) in lex.carriers
            and t.dep_ == "dobj"
            and t.left_edge.i < colon.i
            and all(t.left_edge.i <= k.i <= t.right_edge.i for k in doc[t.i : colon.i])
            and any(k.dep_ == "nsubj" for k in t.head.children)
        ):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def carrier_candidates(doc: Doc, lex: Lexicon) -> list[Candidate]:
    """'X issued a statement: ...' (a carrier noun, ``carriers`` in the lexicon, as the object of a
    verb, then a colon): what follows is what the carrier says, the verb's subject its source. The
    content runs to the end of its sentence, or of the quote that opens it."""
    out: list[Candidate] = []
    for i, text in enumerate(token_texts(doc)):
        if text != ":" or i == 0 or i + 1 >= len(doc):
            continue
        tok = doc[i]
        noun = _carrier_before(doc, tok, lex)
        if noun is None:
            continue
        subj = next(k for k in noun.head.children if k.dep_ == "nsubj")
        start = tok.i + 1
        end = sent_bounds(doc[start])[1]
        if doc[start].text in QUOTES:
            close = next((j for j in range(start + 1, len(doc)) if doc[j].text in QUOTES or "\n" in doc[j].text), None)
            if close is not None and doc[close].text in QUOTES:
                end = close + 1
        content = trim(doc, start, end)
        if content[1] - content[0] < 3:
            continue
        out.append(Candidate(kind="frame", cue=(noun.i, noun.i + 1), head=noun, content=content, source=np_span(subj)))
    return out


def adverb_candidates(doc: Doc, lex: Lexicon) -> list[Candidate]:
    """A source-less report marked by a distancing adverb ('The group was reportedly behind the
    strike'; ``adverbs`` in the lexicon): the adverb is the cue, the clause it modifies the content
    (a further clause with its own subject, joined by 'and'/'but', is not)."""
    out: list[Candidate] = []
    lowers = lemmas_and_lowers(doc)[1]
    for i, dep in enumerate(str_column(doc, "dep")):
        if dep != "advmod" or lex.adverbs.get(lowers[i]) != "distancing":
            continue
        t = doc[i]
        h = t.head
        if h.pos_ not in ("VERB", "AUX") or lex.verbs.get(lex.lemma(h)) is not None:
            continue  # 'reportedly said': the verb is the cue
        s0, s1 = sent_bounds(t)
        lo, hi = max(h.left_edge.i, s0), min(h.right_edge.i + 1, s1)
        for k in h.rights:
            if k.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in k.children):
                hi = min(hi, k.left_edge.i)
                break
        while lo < t.i and doc[lo].dep_ in ("prep", "mark", "cc"):
            lo += 1  # 'With the army reportedly preparing ...': the clause, not its frame
        s, e = trim(doc, lo, hi)
        if e - s < 3:
            continue
        out.append(Candidate(kind="frame", cue=(t.i, t.i + 1), head=t, content=(s, e), framing="distancing"))
    return out
