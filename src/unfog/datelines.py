"""One detection of a newswire dateline, stored once on the Doc and read by every stage that reads one:
the sentence split (``unfog.nlp`` sets the dateline off as its own sentence) and the lead
(``nlp.lead_sentence`` joins it back to the sentence it opens), geo (the dateline's place), time (the
report's day, from a date inside the dateline), the claims (a dateline's place the parser took for a
subject is no speaker) and the events (every place inside a dateline is the filing place).

The form is the AP Stylebook's (data/language/datelines.yaml): the place in capitals, then the dash
set off by spaces, with an optional region, country or date after a comma and an optional agency in
brackets before it ("PORT VELDEN, Kaga, May 20 (Velden Wire) — ..."); it opens a line, a segment
after a separator or a sentence after its final stop, or, when it carries an agency right before its dash,
follows a byline run into it. A line with no dash is no dateline ("KAGA, the capital, ..."), nor is a
run of capitals holding a pronoun, a preposition or an auxiliary ("SIGN UP FOR OUR ..."): a heading.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc

from unfog.knowledge import PACKAGED
from unfog.lines import int_column, token_texts

DATELINES = "language/datelines.yaml"
_RAW = PACKAGED.read(DATELINES) or {}
#: the dash tokens (datelines.yaml ``dashes``), for every stage that reads one: set off by spaces, a
#: dash closes a dateline or bounds a noun phrase (``unfog.claims.candidate``)
DASHES: frozenset[str] = frozenset(str(d) for d in _RAW.get("dashes") or ())
#: how many tokens a dateline may run to, place to dash (``reach``)
REACH = int(_RAW.get("reach", 0))
_PLACE_WORDS = int(_RAW.get("place_words", 0))
_STOPS = frozenset(str(s) for s in _RAW.get("stops") or ())
_ABBREVIATION_LETTERS = int(_RAW.get("abbreviation_letters", 0))
_CLOSED = frozenset(str(d) for d in _RAW.get("closed_dashes") or ())
_SEPARATORS = frozenset(str(s) for s in _RAW.get("separators") or ())
_SENTENCE_WORDS = frozenset(str(s) for s in _RAW.get("sentence_words") or ())

#: where a document's datelines are kept (``Doc.user_data``; plain tuples, so the Doc still serialises)
_KEY = "unfog.datelines"


class Dateline(NamedTuple):
    """A dateline's parts as token indices (ends exclusive); -1 where a part is missing."""

    start: int  #: the place's first token
    place_end: int  #: after the place's last token
    agency_start: int  #: the agency's first token inside the brackets
    agency_end: int
    dash: int  #: the closing dash (-1: a line's "<PLACE> (Agency)" whose dash is missing)

    @property
    def end(self) -> int:
        """After the dateline's last token: its dash, or the agency's closing bracket."""
        return self.dash + 1 if self.dash >= 0 else self.agency_end + 1


def _upper(text: str, alpha: bool) -> bool:
    return (alpha and text.isupper() and len(text) > 1) or text == "&"


def _opens(doc: Doc, texts: list[str], i: int) -> bool:
    """Token i starts a line, a segment after a separator or a sentence after a final stop (not a stop
    that ends an abbreviation, 'ST. KAGA —')."""
    if i == 0:
        return True
    prev = texts[i - 1]
    return "\n" in prev or prev in _SEPARATORS or (prev in _STOPS and not _abbreviation_stop(doc, texts, i - 1))


def _spaced_dash(doc: Doc, texts: list[str], k: int) -> bool:
    """A dash set off by white space (a no-break space, its own token, counts) on at least one side,
    as a punctuation dash is ('KAGA —Rebels'); a hyphen inside a compound has none on either. An em
    dash is no hyphen, and is often closed up (the Chicago Manual's style, 'KAGA—Rebels')."""
    if texts[k] not in DASHES or k == 0:
        return False
    if texts[k] in _CLOSED:
        return True
    before = bool(doc[k - 1].whitespace_) or doc[k - 1].is_space
    return before or bool(doc[k].whitespace_) or k + 1 == len(doc) or doc[k + 1].is_space


def _abbreviation_stop(doc: Doc, texts: list[str], k: int) -> bool:
    """A full stop that ends an abbreviation the tokeniser split off ('Kag.', 'Nov.'): attached to a
    short capitalised word, it ends no sentence (the AP dateline abbreviates regions this way)."""
    if k == 0 or texts[k] != "." or doc[k - 1].whitespace_:
        return False
    letters = texts[k - 1].replace(".", "")  # 'Kag', 'K.Ga'
    return letters.isalpha() and letters[:1].isupper() and len(letters) <= _ABBREVIATION_LETTERS


def _at(doc: Doc, texts: list[str], alpha: list[bool], i: int) -> Dateline | None:
    n = len(doc)
    j = i
    while j < n and j - i < _PLACE_WORDS and _upper(texts[j], alpha[j]):
        j += 1
    if j == i or j >= n or texts[j - 1] == "&":
        return None
    if any(texts[k] in _SENTENCE_WORDS for k in range(i, j)):
        return None  # a sentence or a heading in capitals, no place name (datelines.yaml sentence_words)
    if texts[j] not in DASHES and texts[j] not in (",", "("):
        return None
    agency = (-1, -1)
    opened = -1
    for k in range(j, min(i + REACH, n)):
        t = texts[k]
        if (t in _STOPS and not _abbreviation_stop(doc, texts, k)) or "\n" in t:
            break
        if t == "(":
            opened = k
        elif t == ")" and opened >= 0:
            agency = (opened + 1, k)
        elif _spaced_dash(doc, texts, k):
            signed = agency[0] == j + 1 and agency[1] == k - 1  # "<PLACE> (Agency) —" after a byline
            if not (_opens(doc, texts, i) or signed):
                return None
            return Dateline(i, j, agency[0], agency[1], k)
    if agency[0] == j + 1 and _opens(doc, texts, i):
        # the wire credit in brackets right after the place marks a dateline at a line's start
        # even when its dash is missing or lost to a bad encoding ('KAGA (Wire) ...'): no dash
        return Dateline(i, j, agency[0], agency[1], -1)
    return None


def _credited(doc: Doc, texts: list[str], alpha: list[bool], i: int) -> Dateline | None:
    """AFP's and CNN's form of the dateline at a line's start: the place in title case, the wire's
    credit in brackets right after it, then the dash ('Port Velden (Wire) – ...'). The credit marks it
    (as it marks a capitals dateline whose dash is lost): without it, a capitalised name before a
    dash is a sentence's subject ('Roe — a former aide — said ...')."""
    n = len(doc)
    j = i
    while j < n and j - i < _PLACE_WORDS and alpha[j] and texts[j].istitle():
        if texts[j].upper() in _SENTENCE_WORDS:
            return None  # 'We (the voters) — ...'
        j += 1
    if j == i or j >= n or texts[j] != "(":
        return None
    close = next((k for k in range(j + 1, min(i + REACH, n)) if texts[k] in (")", "(") or "\n" in texts[k]), -1)
    if close < 0 or texts[close] != ")" or close + 1 >= n or not _spaced_dash(doc, texts, close + 1):
        return None
    return Dateline(i, j, j + 1, close, close + 1)


def find_datelines(doc: Doc) -> list[Dateline]:
    """Every dateline of the document, in order (computed once; the ``unfog_line_breaks`` component
    computes it before the parser, and a Doc made otherwise gets it at its first reading)."""
    return [Dateline(*d) for d in _dateline_table(doc)]


def _dateline_table(doc: Doc) -> list[tuple[int, int, int, int, int]]:
    """The datelines as plain tuples, kept in ``Doc.user_data`` (serialisable)."""
    got: list[tuple[int, int, int, int, int]] | None = doc.user_data.get(_KEY)
    if got is None:
        texts = token_texts(doc)
        alpha = [bool(a) for a in int_column(doc, "alpha")]
        upper = [(a and len(x) > 1 and x.isupper()) or x == "&" for x, a in zip(texts, alpha, strict=True)]  # _upper
        got = []
        after = 0  # past the last dateline's dash
        runs = [i for i, u in enumerate(upper) if u and (i == 0 or not upper[i - 1])]
        lines = [i for i in (0, *(k + 1 for k, t in enumerate(texts) if "\n" in t)) if i < len(texts) and not upper[i]]
        for i in sorted({*runs, *lines}):
            if i < after:
                continue
            d = _at(doc, texts, alpha, i) if upper[i] else _credited(doc, texts, alpha, i)
            if d is not None:
                got.append(tuple(d))  # type: ignore[arg-type]
                after = max(d.dash, d.agency_end) + 1
        doc.user_data[_KEY] = got
    return got


def dateline_at(doc: Doc, i: int) -> Dateline | None:
    """The dateline that holds token i (its place, region, date, agency or dash), if any; only that
    one is made a Dateline."""
    for d in _dateline_table(doc):
        if d[0] <= i and (line := Dateline(*d)).start <= i < line.end:
            return line
    return None
