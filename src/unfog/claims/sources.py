"""Source resolution: who a source mention names, what kind of source it is, and whom it speaks for.

One step after the candidates are found (``describe``), on the source's noun phrase:

- a title with a name in apposition ("the ministry's spokesman, Colonel Ivan Petrov, said") or a
  name with a title in apposition ("Colonel Ivan Petrov, a spokesman for the ministry, said") names
  the person; the body the title belongs to (its possessor or its 'for'/'of' object) is the
  affiliation; so does a title right before the name ("Port authority spokesman Anton Berg said"),
  the words before the title naming the body; a text that speaks for its maker ("the army's
  statement said", "a statement from the ministry said") names the maker;
- the kind (``Source.type``): an outlet (a known outlet name or an outlet word); a named person or
  organisation (the entity type of a proper name); an anonymous source (an ``anonymous_nouns`` head
  that is not made definite, or a phrase marked by ``anonymity`` words: "who spoke on condition of
  anonymity", "an unnamed official"); a described role or person with no name (a ``role_nouns``
  head: "a ministry spokesman", "the governor"; a singular ``person_nouns`` head: "a doctor at the
  hospital"); a group of people (a plural common noun: "rescuers"); a body named by a common noun
  ("the ministry") is an organisation; a name of no known entity type (or one described as an
  outlet) takes the kind of its apposition ("X, a local newspaper"). A pronoun
  has no kind of its own (its antecedent's, when it has one).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from unfog.claims.candidate import np_span
from unfog.claims.lexicon import Lexicon
from unfog.lines import span_root
from unfog.model import SourceType

#: entity types of a proper name and the kind of source they make
ENTITY_KINDS: dict[str, SourceType] = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "organisation",
    "NORP": "collective",
    "FAC": "organisation",
}


@dataclass(frozen=True)
class SourceView:
    """What ``describe`` finds: the tokens of the name, the kind and the affiliation's tokens."""

    name: tuple[int, int]
    kind: SourceType | None
    affiliation: tuple[int, int] | None = None


def _is_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "")


#: entity types that name no one (a date, a number)
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT"})


def _personal_name(tok: Token) -> bool:
    """A proper name in a personal name's form, two capitalised words or more with no article or
    possessor ('Karim Vale'; not 'the Free Army'): personal names take no article (Quirk et al.
    1985, 5.60-5.66), whatever type the entity recogniser guessed for a name it does not know."""
    if tok.pos_ != "PROPN" or tok.ent_type_ in NOT_NAMES:
        return False
    if any(k.dep_ in ("det", "poss") for k in tok.children):
        return False
    return any(k.dep_ == "compound" and k.pos_ == "PROPN" and k.i == tok.i - 1 for k in tok.children)


def _body_of(role: Token) -> tuple[int, int] | None:
    """The body a role belongs to: its possessor ('the ministry's spokesman'), its 'for'/'of'
    object ('a spokesman for the ministry') or a name before it ('a Defence Ministry spokesman')."""
    for k in role.children:
        if k.dep_ == "poss" and k.pos_ not in ("PRON",):
            return _possessor(k)
    for k in role.children:
        if k.dep_ == "prep" and k.lower_ in ("for", "of", "at"):
            obj = next((o for o in k.children if o.dep_ == "pobj"), None)
            if obj is not None:
                return np_span(obj)
    # 'a Defence Ministry spokesman': a name premodifying the role (Quirk et al. 1985, 17.104)
    named = next((k for k in role.children if k.dep_ == "compound" and k.i < role.i and k.pos_ == "PROPN"), None)
    return (named.left_edge.i, role.i) if named is not None else None


def _late_apposed(root: Token, preps: tuple[str, ...] | None = ("for", "of", "at")) -> Token | None:
    """A name the parse hung on the role's 'for'/'of' object rather than on the role ('A spokeswoman
    for the relief committee, Clara Moss, said'): a name set off by commas at the end of the
    phrase, apposed to the object, stands for the role's holder (an organisation has no person for
    its apposition; the attachment of a final apposition is the parser's guess). ``preps``: the
    prepositions of the role's complement (None: any)."""
    doc = root.doc
    for p in root.children:
        if p.dep_ != "prep" or (preps is not None and p.lower_ not in preps):
            continue
        obj = next((o for o in p.children if o.dep_ == "pobj"), None)
        # down the chain of objects ('a press officer for the board of Kell, X'): the name ends it
        while obj is not None and obj.ent_type_ != "PERSON":
            a = next((k for k in obj.children if k.dep_ == "appos" and _is_name_phrase(k)), None)
            if a is not None:
                last = a.right_edge.i
                if obj.i < a.left_edge.i and all(t.is_punct for t in doc[last + 1 : root.right_edge.i + 1]):
                    return a
                break
            q = next((k for k in obj.children if k.dep_ == "prep" and k.lower_ in ("for", "of", "at", "in")), None)
            obj = next((o for o in q.children if o.dep_ == "pobj"), None) if q is not None else None
    return None


def _is_name_phrase(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "LOC", "DATE", "TIME", "CARDINAL")


def _called(root: Token, lex: Lexicon) -> Token | None:
    """The name a past participle of naming gives a description ('the blogger known as X', 'a group
    called X'; ``naming_verbs``): it identifies the referent as a name in apposition does (Quirk et
    al. 1985, 17.65-17.72). Not a present participle ('a man calling himself X' may be the report)."""
    for k in root.children:
        if k.dep_ != "acl" or k.tag_ != "VBN" or lex.lemma(k) not in lex.naming_verbs:
            continue
        objs = [o for p in k.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
        objs += [o for o in k.children if o.dep_ in ("oprd", "attr", "dobj")]
        name = next((o for o in objs if _is_name_phrase(o)), None)
        if name is not None:
            return name
    return None


def _someone(root: Token, lex: Lexicon) -> bool:
    """An indefinite singular common noun of no body ('a farmer', 'an engineer'; not 'a militia')."""
    det = next((k for k in root.children if k.dep_ == "det"), None)
    return (
        root.pos_ == "NOUN"
        and root.tag_ == "NN"
        and det is not None
        and det.lower_ in ("a", "an")
        and lex.lemma(root) not in lex.body_nouns
    )


def _apposed(root: Token, lex: Lexicon) -> SourceView | None:
    """A title and a name in apposition, either way round; a description of a body with its name
    in apposition ("The rebels' political wing, the X Council, said"): apposed noun phrases
    co-refer, and the name is the one that identifies the referent (Quirk et al. 1985, 17.65-17.72)."""
    if lex.lemma(root) in lex.role_nouns:
        late = _late_apposed(root)
        if late is not None:
            body = _body_of(root)
            if body is not None and body[1] > late.left_edge.i:  # the body without the name after it
                end = late.left_edge.i
                while end > body[0] + 1 and root.doc[end - 1].is_punct:
                    end -= 1
                body = (body[0], end)
            return SourceView(np_span(late), "person", body)
    if _someone(root, lex):
        # 'A farmer in the village of Lund, X, said': an indefinite description of one person brings
        # in a new referent, and the name set off at the end of its phrase names it (a place or a
        # body in the phrase has no person's name for its apposition)
        late = _late_apposed(root, None)  # whatever its preposition ('from the station in X')
        if late is not None:
            span = np_span(late)
            return SourceView(span, kind_of(root.doc, span, lex) or "person", None)
    called = _called(root, lex) if root.pos_ == "NOUN" else None
    if called is not None:
        span = np_span(called)
        return SourceView(span, kind_of(root.doc, span, lex), _body_of(root))
    for a in root.children:
        if a.dep_ != "appos":
            continue
        if lex.lemma(root) in lex.role_nouns and (_is_name(a) or _personal_name(a)):
            return SourceView(np_span(a), "person", _body_of(root))
        # 'X, an analyst at Y': a role or a person's noun in apposition makes the name a person's
        person = lex.lemma(a) in lex.role_nouns or lex.lemma(a) in lex.person_nouns
        if (_is_name(root) or _personal_name(root)) and person:
            return SourceView(np_span(root), "person", _body_of(a))
        if _is_name(root) and root.ent_type_ == "PERSON" and a.pos_ == "NOUN":
            # a person's description ('Anna Kovacs, a nurse at the field hospital'): its body
            return SourceView(np_span(root), "person", _body_of(a))
        if root.pos_ == "NOUN" and a.pos_ == "NOUN" and a.i > root.i:
            # a description apposed to a description, with the name after it ('Another outlet, the
            # radio station X, said'): the name co-refers with both
            a = next((n for n in a.children if n.dep_ == "appos" and n.i > a.i and _is_name_phrase(n)), a)
        if root.pos_ == "NOUN" and _is_name_phrase(a) and a.i > root.i:
            span = np_span(a)
            return SourceView(span, kind_of(root.doc, span, lex), _body_of(root))
    return None


def _body_before(doc: Doc, start: int, title: Token) -> tuple[int, int] | None:
    """The body named before a title in the same noun phrase ('Port authority spokesman',
    "the region's water board head"): the words before the title when a noun is among them."""
    if title.i <= start or not any(t.pos_ in ("NOUN", "PROPN") for t in doc[start : title.i]):
        return None
    return start, title.i


def _titled(doc: Doc, span: tuple[int, int], root: Token) -> SourceView | None:
    """A title right before a name, without a comma (a close apposition: 'Regional governor Pavel
    Orlov', 'water board head Lena Ivers'): the person, with the body before the title as the
    affiliation."""
    if _is_name(root) and root.ent_type_ == "PERSON":
        k = root.i
        while k - 1 >= span[0] and _is_name(doc[k - 1]) and doc[k - 1].head.i == root.i:
            k -= 1
        title = doc[k - 1] if k - 1 >= span[0] else None
        if title is None or title.pos_ != "NOUN" or title.head.i != root.i:
            return None
        return SourceView((k, root.i + 1), "person", _body_before(doc, span[0], title))
    if root.pos_ == "NOUN":
        for a in root.rights:
            if a.dep_ == "appos" and a.left_edge.i == root.i + 1 and _is_name(a) and a.ent_type_ == "PERSON":
                return SourceView((a.left_edge.i, a.i + 1), "person", _body_before(doc, span[0], root))
    return None


def _maker(doc: Doc, root: Token, lex: Lexicon) -> SourceView | None:
    """A text that speaks for its maker ('The army's statement said', 'A statement from the
    ministry said', 'a video posted by the governor'), a medium for its keeper ('a channel run by
    the police said', ``accounts``): the maker or keeper is who says it (the noun stays the
    channel)."""
    kept = lex.lemma(root) in lex.accounts  # 'a channel run by X': its keeper speaks through it
    if lex.lemma(root) not in lex.carriers and not kept:
        return None
    for k in root.children:
        if k.dep_ == "poss" and k.pos_ != "PRON":
            span = _possessor(k)
            return SourceView(span, kind_of(doc, span, lex))
    for k in root.children:
        by = [k] if k.dep_ == "prep" and k.lower_ in ("from", "by", "of") else []
        # 'posted by X' names the maker; 'carried by the agency' the outlet that passed it on (a relay)
        # 'seen by the paper' the one that had it and passes it on (``access_verbs``)
        passes_on = lex.lemma(k) in lex.carrying_verbs or lex.lemma(k) in lex.access_verbs
        if k.dep_ == "acl" and k.tag_ == "VBN" and (kept or not passes_on):
            by = [a for a in k.children if a.dep_ == "agent"]
        for p in by:
            obj = next((o for o in p.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                span = np_span(obj)
                return SourceView(span, kind_of(doc, span, lex))
        if k.dep_ == "acl" and k.tag_ == "VBN" and not kept and not passes_on:
            keeper = _keeper(k, lex)  # 'a notice posted on the harbour board's page'
            if keeper is not None:
                return SourceView(keeper, kind_of(doc, keeper, lex))
    keeper = None if kept else _keeper(root, lex)  # 'a statement on the harbour board's website'
    return SourceView(keeper, kind_of(doc, keeper, lex)) if keeper is not None else None


def _keeper(participle: Token, lex: Lexicon) -> tuple[int, int] | None:
    """Whose medium a text was put on ('posted on the harbour board's page', 'published on the
    army's channel', or the text's own 'on' phrase: 'a statement on the army's website'): the
    possessor of an ``accounts`` noun in the participle's (or noun's) 'on' / 'in' phrase,
    who keeps the medium and speaks through it (as 'a channel run by X'); not a pronoun ('its
    website': whose it is, the pronoun does not say)."""
    for p in participle.children:
        obj = next((o for o in p.children if o.dep_ == "pobj"), None) if p.dep_ == "prep" else None
        if obj is None or p.lower_ not in ("on", "in") or lex.lemma(obj) not in lex.accounts:
            continue
        owner = next((o for o in obj.children if o.dep_ == "poss" and o.pos_ != "PRON"), None)
        if owner is not None:
            return _possessor(owner)
    return None


def _possessor(k: Token) -> tuple[int, int]:
    """The noun phrase of a possessor without its possessive "'s"."""
    s, e = np_span(k)
    while e - 1 > s and k.doc[e - 1].dep_ == "case":
        e -= 1
    return s, e


def _anonymous(doc: Doc, root: Token, lex: Lexicon) -> bool:
    if any(lex.marks_anonymity(t) for t in root.subtree):
        return True
    if lex.lemma(root) not in lex.anonymous_nouns:
        return False
    # 'the official' after one was named is that one; 'an official', 'officials', 'sources' are not
    det = next((k for k in root.children if k.dep_ in ("det", "poss")), None)
    return det is None or det.lower_ in ("a", "an", "some", "several", "two", "three", "many")


def kind_of(doc: Doc, span: tuple[int, int], lex: Lexicon) -> SourceType | None:
    """The kind of source a noun phrase names (see the module)."""
    root = span_root(doc, span[0], span[1])
    if root.pos_ == "PRON":
        return None
    if _anonymous(doc, root, lex):
        return "anonymous"
    if outlet_word(doc, span, lex):
        return "outlet"
    if root.pos_ == "PROPN":
        # a description in apposition says what a name of no known kind is, and names an outlet
        told = _apposed_kind(doc, root, lex)
        known = ENTITY_KINDS.get(root.ent_type_)
        if told is None and known is None and _title_first(root, lex):
            return "person"
        return told if told is not None and (known is None or told == "outlet") else known
    if lex.lemma(root) in lex.role_nouns or root.lower_ in lex.role_nouns:
        return "described"
    if root.lower_ == "one" and any(k.dep_ == "prep" and k.lower_ == "of" for k in root.children):
        # 'one of them', 'one of the fighters': a partitive names one member of the set (Quirk et
        # al. 1985, 5.9, 6.53), someone described by the group they belong to
        return "described"
    if root.tag_ in ("NNS", "NNPS") and root.ent_type_ != "ORG":
        return "collective"
    if lex.lemma(root) in lex.person_nouns:  # 'a doctor at the hospital': one person, by occupation
        return "described"
    return "organisation"


def _title_first(root: Token, lex: Lexicon) -> bool:
    """A name the entity recogniser left untyped that opens with a title of a person ('Mayor Anna
    Berg'): a title in close apposition before a personal name (Quirk et al. 1985, 17.89) makes
    the name a person's."""
    first = next((k for k in root.lefts if k.dep_ == "compound"), None)
    return first is not None and first.lower_ in lex.role_nouns


def _apposed_kind(doc: Doc, root: Token, lex: Lexicon) -> SourceType | None:
    """The kind a common-noun description in apposition gives a name ('X, a local newspaper': an
    outlet; 'X, a monitoring group': an organisation; 'X, a nurse': a person), else None."""
    appos = next((k for k in root.children if k.dep_ == "appos" and k.pos_ == "NOUN"), None)
    if appos is None:
        return None
    kind = kind_of(doc, np_span(appos), lex)
    if kind in ("described", "anonymous"):  # a name described by a role is a person
        return "person"
    if kind == "outlet" and lex.lemma(appos) in lex.media_nouns:  # not 'a federal agency'
        return kind
    if kind in ("outlet", "organisation") and lex.lemma(appos) in lex.body_nouns:
        return "organisation"
    return None  # 'X, a running mate': no kind the description is sure of


def outlet_word(doc: Doc, span: tuple[int, int], lex: Lexicon) -> bool:
    """Named as an outlet (a known outlet name, an outlet word, or a name ending in a newspaper's
    title word: 'the Dorn Herald'), not only as an organisation."""
    toks = doc[span[0] : span[1]]
    text = toks.text.lower()
    bare = text[4:] if text.startswith("the ") else text
    words = text.split()
    last = toks[-1] if len(toks) else None
    # a newspaper's name ends in its title word; after its first mention the title word alone
    # names it ('the Chronicle', 'the Herald'): a capitalised masthead word right after 'the'
    masthead = (
        last is not None
        and last.pos_ == "PROPN"
        and last.lower_ in lex.mastheads
        and last.i > span[0]
        and (doc[last.i - 1].pos_ == "PROPN" or (doc[last.i - 1].lower_ == "the" and last.text[:1].isupper()))
    )
    return (
        masthead
        or text in lex.outlet_names
        or bare in lex.outlet_names
        or any(" ".join(words[k : k + 2]) in lex.outlets for k in range(len(words) - 1))
        or any(t.lower_ in lex.outlets and not _field_body(t, lex) for t in toks)
    )


def _field_body(t: Token, lex: Lexicon) -> bool:
    """'aid agencies', 'the space agency': an outlet word that also names bodies (``body_outlets``)
    after a common noun naming the body's field, which classifies it as such a body."""
    return t.lower_ in lex.body_outlets and any(k.dep_ == "compound" and k.pos_ == "NOUN" for k in t.lefts)


def describe(doc: Doc, span: tuple[int, int], lex: Lexicon) -> SourceView:
    """The name, kind and affiliation of the source whose noun phrase is ``span``."""
    root = span_root(doc, span[0], span[1])
    apposed = _apposed(root, lex) or _titled(doc, span, root) or _maker(doc, root, lex)
    if apposed is not None:
        return apposed
    kind = kind_of(doc, span, lex)
    return SourceView(span, kind)


def is_relative(doc: Doc, span: tuple[int, int]) -> bool:
    """A source that is a relative pronoun alone ('who', 'which')."""
    return span[1] - span[0] == 1 and doc[span[0]].tag_ in ("WP", "WDT")


def source_words(
    doc: Doc, source: tuple[int, int], name: tuple[int, int] | None, lex: Lexicon, view: SourceView | None = None
) -> tuple[int, int]:
    """The words a claim's source span covers: a relative pronoun's run from the noun phrase it
    stands for ('the farmers, who said ...'), and a name or title in apposition joins them ('a
    ministry spokesman, Anna Berg, said'): the words the stage writes and the source chooser learns.
    ``view``: ``describe`` of the mention (``name or source``) when the caller has it."""
    rel = is_relative(doc, source)
    words = (name[0], source[1]) if rel and name is not None and name[1] <= source[0] else source
    mention = name or source
    if view is None:
        view = describe(doc, mention, lex)
    if view.name != mention:
        words = (min(words[0], view.name[0]), max(words[1], view.name[1]))
    return words
