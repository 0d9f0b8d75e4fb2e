"""Lines of text, shared by the stages that read the parse: a sentence cut back at its line breaks
(a headline or paragraph the parser ran into the next sentence), and whether a line is in title case
(a headline)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: a title-case line has at least this many words of four letters or more, nearly all capitalised
_TITLE_MIN_WORDS = 3
_TITLE_SHARE = 0.8


#: where a document's table of line-cut sentence bounds is kept (``Doc.user_data``)
_TABLE_KEY = "unfog.line_bounds"
#: where answers of is_title_line are kept per (start, end)
_TITLE_KEY = "unfog.title_lines"


def _bounds_table(doc: Doc) -> list[tuple[int, int]]:
    """Every token's line-cut sentence bounds, computed once per document in one pass."""
    table: list[tuple[int, int]] | None = doc.user_data.get(_TABLE_KEY)
    if table is not None and len(table) == len(doc):
        return table
    table = [(0, 0)] * len(doc)
    for sent in doc.sents:
        s, e = sent.start, sent.end
        ends = [e] * (e - s + 1)
        for i in range(e - 1, s - 1, -1):
            t = doc[i]
            ends[i - s] = i if "\n" in t.text else i + 1 if "\n" in t.whitespace_ else ends[i - s + 1]
        start = s
        for i in range(s, e):
            if i > s:
                prev = doc[i - 1]
                if "\n" in prev.text or "\n" in prev.whitespace_:
                    start = i
            table[i] = (start, ends[i - s])
    doc.user_data[_TABLE_KEY] = table
    return table


def line_bounds(tok: Token) -> tuple[int, int]:
    """Token bounds (end exclusive) of the sentence of ``tok``, cut at line breaks."""
    return _bounds_table(tok.doc)[tok.i]


def is_title_line(doc: Doc, start: int, end: int) -> bool:
    """Nearly every longer word of the span is capitalised ("Russia Claims Villages North of ...")."""
    cache: dict[str, bool] = doc.user_data.setdefault(_TITLE_KEY, {})
    key = f"{start}:{end}"  # a string key, so that a Doc with its user_data can still be serialised
    if key not in cache:
        cache[key] = _title_case(doc, start, end)
    return cache[key]


def _title_case(doc: Doc, start: int, end: int) -> bool:
    words = [t for t in doc[start:end] if t.is_alpha and len(t.text) >= 4]
    if len(words) < _TITLE_MIN_WORDS:
        return False
    return sum(1 for t in words if t.text[0].isupper()) >= _TITLE_SHARE * len(words)
