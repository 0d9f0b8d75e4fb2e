"""Time expressions ('on Monday', 'over the weekend', 'in April') resolved against the
publication date, with a precision; what cannot be resolved stays null.

Interface used by the pipeline (keep it stable):

    stage = TimeStage()
    times: list[TimeExpr] = stage.run(doc, sdoc)
"""

from __future__ import annotations

from spacy.tokens import Doc

from unfog.model import Document, TimeExpr


class TimeStage:
    def run(self, doc: Document, sdoc: Doc) -> list[TimeExpr]:
        return []
