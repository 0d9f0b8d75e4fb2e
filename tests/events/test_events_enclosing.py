"""The date an act inherits (own sentences, whole pipeline; published 2024-03-13): an act told
inside a durative act ("killed during the siege", "wounded in the spring campaign") with no time of
its own takes that act's time; a durative act (a campaign, an offensive, a siege) with no time of
its own is dated at month precision, not on the day of the report; a time in a relative clause
dates the act the clause describes."""

from __future__ import annotations

import pytest

from unfog.model import Document
from unfog.pipeline import Pipeline

INHERITED = [
    # (text, trigger, date expected, its precision)
    # the enclosing act's own time, in its relative clause
    ("Rebels shelled the city of Sennar in a campaign that began in February.", "shelled", "2024-02", "month"),
    # an enclosing durative act with no time of its own: the month, not the report's day
    ("Four soldiers were wounded in the spring campaign against the insurgents near Gao.", "wounded",
     "2024-03", "month"),
    ("Dozens of people died during the siege of the town of El Obeid.", "died", "2024-03", "month"),
    # ... also on the predicate of an act noun's clause
    ("Forty people starved to death during the siege of the town of El Obeid.", "death", "2024-03", "month"),
    # a definite durative act told before lends its time, at the month
    ("The army began an offensive on the town of Kidal on 18 February. Dozens of civilians were killed "
     "during the offensive, medics said.", "killed", "2024-02", "month"),
    # a durative act with no time of its own
    ("The army launched an offensive against the rebels in the Nuba mountains.", "offensive", "2024-03",
     "month"),
]

KEPT = [
    # the time in the sentence already reaches an act in the enclosing act's adjunct
    ("Hundreds of civilians were killed during the siege of the town of Sennar in May.", "killed",
     "2023-05", "month"),
    ("Six farmers were wounded during the offensive, which started in January, near the village of Kuki.",
     "wounded", "2024-01", "month"),
    # an act with a time of its own keeps it, inside a durative act or not
    ("Troops killed four rebels near Gao on Monday during the offensive.", "killed", "2024-03-11", "day"),
    # an adjunct that is no durative act: the report's day
    ("Rebels killed six soldiers in an ambush near the town of Gao.", "killed", "2024-03-13", "day"),
    # a relative clause's time dates the act it describes
    ("The army said a strike that began two years ago had killed 300 people.", "strike", "2022", "year"),
]


@pytest.mark.parametrize(("text", "trigger", "day", "precision"), INHERITED + KEPT)
def test_inherited_date(pipeline: Pipeline, text: str, trigger: str, day: str, precision: str) -> None:
    rec = pipeline.analyze(Document(id="t", text=text, published="2024-03-13"))
    shown = [(e.trigger.text, e.date, e.date_precision) for e in rec.events]
    ev = next((e for e in rec.events if trigger in (e.trigger.text, *(m.text for m in e.mentions))), None)
    assert ev is not None and (ev.date, ev.date_precision) == (day, precision), shown
