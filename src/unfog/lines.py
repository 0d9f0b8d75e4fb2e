"""Lines of text, shared by the stages that read the parse: a sentence cut back at its line breaks
(a headline or paragraph the parser ran into the next sentence), and whether a line is in title case
(a headline)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: a title-case line has at least this many words of four letters or more, nearly all capitalised
_TITLE_MIN_WORDS = 3
_TITLE_SHARE = 0.8


def line_bounds(tok: Token) -> tuple[int, int]:
    """Token bounds (end exclusive) of the sentence of ``tok``, cut at line breaks."""
    doc = tok.doc
    s = tok.sent
    start, end = s.start, s.end
    for i in range(tok.i - 1, start - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            start = i + 1
            break
    for i in range(tok.i, end):
        if "\n" in doc[i].text:
            end = i
            break
        if "\n" in doc[i].whitespace_:
            end = i + 1
            break
    return start, end


def is_title_line(doc: Doc, start: int, end: int) -> bool:
    """Nearly every longer word of the span is capitalised ("Russia Claims Villages North of ...")."""
    words = [t for t in doc[start:end] if t.is_alpha and len(t.text) >= 4]
    if len(words) < _TITLE_MIN_WORDS:
        return False
    return sum(1 for t in words if t.text[0].isupper()) >= _TITLE_SHARE * len(words)
