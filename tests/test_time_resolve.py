"""Time expressions resolved against the publication date (own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.context import DocContext
from unfog.model import Document
from unfog.settings import Settings
from unfog.time import TimeStage


@pytest.fixture(scope="module")
def stage() -> TimeStage:
    return TimeStage.from_settings(Settings())


# published on Wednesday 2024-03-13
CASES = [
    ("Troops withdrew on Monday.", "on Monday", "2024-03-11", "day", None),
    ("Wednesday, the army said it had advanced.", "Wednesday", "2024-03-13", "day", None),
    ("The depot burned overnight.", "overnight", "2024-03-12", "day", None),
    ("Shelling resumed yesterday near the river.", "yesterday", "2024-03-12", "day", None),
    ("Two drones were downed today.", "today", "2024-03-13", "day", None),
    ("The bridge was hit over the weekend.", "over the weekend", "2024-03-09", "day", "2024-03-10"),
    ("Talks collapsed last week.", "last week", "2024-03-04", "week", None),
    ("The port was blockaded in January.", "in January", "2024-01", "month", None),
    ("The port was blockaded in November.", "in November", "2023-11", "month", None),
    ("The siege lasted between 1992 and 1995.", "between 1992 and 1995", "1992", "year", "1995"),
    ("The treaty was signed on 4 February 2019.", "4 February 2019", "2019-02-04", "day", None),
    ("Rebels took the town on February 27.", "February 27", "2024-02-27", "day", None),
    ("Rebels took the town on December 27.", "December 27", "2023-12-27", "day", None),
    ("The region was annexed in 2014.", "in 2014", "2014", "year", None),
    ("Fighting broke out three days ago.", "three days ago", "2024-03-10", "day", None),
    ("Prices rose last month.", "last month", "2024-02", "month", None),
    ("The convoy was ambushed last Wednesday.", "last Wednesday", "2024-03-06", "day", None),
    ("Talks resume next Monday.", "next Monday", "2024-03-18", "day", None),
    ("Envoys meet next Friday.", "next Friday", "2024-03-15", "day", None),
    ("A drone struck the depot on Sunday night.", "on Sunday night", "2024-03-10", "day", None),
    ("Sappers cleared the road in mid-February.", "mid-February", "2024-02", "month", None),
    ("The offensive stalled in early March.", "early March", "2024-03", "month", None),
    ("The militia disbanded last April.", "last April", "2023-04", "month", None),
    ("Fighting flared earlier this week.", "earlier this week", "2024-03-11", "week", None),
    ("Refugees crossed the border two weeks ago.", "two weeks ago", "2024-02-26", "week", None),
    ("The dam was breached last year.", "last year", "2023", "year", None),
    ("The crossing reopened on 2023-11-30.", "2023-11-30", "2023-11-30", "day", None),
    ("The city fell in March 2022.", "March 2022", "2022-03", "month", None),
    ("Guerrillas held the valley from 1980 to 1989.", "from 1980 to 1989", "1980", "year", "1989"),
    ("The ceasefire was agreed on March 8th.", "March 8th", "2024-03-08", "day", None),
]


@pytest.mark.parametrize(("text", "expr", "value", "precision", "end"), CASES)
def test_resolves(nlp: Language, stage: TimeStage, text: str, expr: str, value: str, precision: str,
                  end: str | None) -> None:
    doc = Document(id="t", text=text, published="2024-03-13")
    times = stage.run(DocContext(doc, nlp(text)))
    got = [t for t in times if t.value is not None]
    assert [t.text for t in got] == [expr]
    t = got[0]
    assert (t.value, t.precision, t.end) == (value, precision, end)
    assert text[t.span[0]:t.span[1]] == expr


# A month (or day and month) with no year is the nearest such one that the governing verb's tense
# allows: future or present -> on or after publication, past -> on or before it; a year phrase
# after the month ("in March last year") gives its year. Published on Wednesday 2024-03-13.
TENSED = [
    ("The summit will be held in July.", "in July", "2024-07", "month"),
    ("Ministers will meet again in February.", "in February", "2025-02", "month"),
    ("The envoys are meeting in June.", "in June", "2024-06", "month"),
    ("Elections take place in January.", "in January", "2025-01", "month"),
    ("The militia attacked the village in April.", "in April", "2023-04", "month"),
    ("The bridge has been closed since April.", "since April", "2023-04", "month"),
    ("The convoy is going to leave in May.", "in May", "2024-05", "month"),
    ("Talks will resume on July 4.", "July 4", "2024-07-04", "day"),
    ("The rebels seized the dam on 20 March.", "20 March", "2023-03-20", "day"),
    ("Rebels took the town in March last year.", "in March last year", "2023-03", "month"),
    ("The dam opens in May next year.", "in May next year", "2025-05", "month"),
    ("Shelling began on 2 October last year.", "2 October last year", "2023-10-02", "day"),
]


@pytest.mark.parametrize(("text", "expr", "value", "precision"), TENSED)
def test_month_by_tense(nlp: Language, stage: TimeStage, text: str, expr: str, value: str,
                        precision: str) -> None:
    doc = Document(id="t", text=text, published="2024-03-13")
    got = [t for t in stage.run(DocContext(doc, nlp(text))) if t.value is not None]
    assert [(t.text, t.value, t.precision) for t in got] == [(expr, value, precision)]


@pytest.mark.parametrize(
    "text",
    ["Officials may visit the site.", "A march through the capital drew crowds.", "The 2000 soldiers left."],
)
def test_no_false_times(nlp: Language, stage: TimeStage, text: str) -> None:
    doc = Document(id="t", text=text, published="2024-03-13")
    assert [t for t in stage.run(DocContext(doc, nlp(text))) if t.value is not None] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("Shelling resumed on Monday.", None), ("The treaty was signed on 4 February 2019.", "2019-02-04")],
)
def test_without_publication_date(nlp: Language, stage: TimeStage, text: str, value: str | None) -> None:
    doc = Document(id="t", text=text)
    times = stage.run(DocContext(doc, nlp(text)))
    assert times and times[0].value == value


# A dated dateline gives the report's own day (the document creation time): the text's relative
# expressions count from it, not from the day of publication, and its own date is no time of the
# text's acts. A date further back than a week, or after publication, is no dateline of this report.
DATELINES = [
    # (text, published, the resolved expressions, the report's day)
    ("KAGA, Velden, May 20 — A bomb exploded overnight.", "2024-05-21", [("overnight", "2024-05-19")],
     "2024-05-20"),
    ("KAGA, Velden, June 2 (Wire) — Rebels raided the post last week.", "2024-06-04",
     [("last week", "2024-05-20")], "2024-06-02"),
    ("PORT VELDEN, Oct. 8 — Shells fell on Monday, the mayor said on Tuesday.", "2024-10-10",
     [("on Monday", "2024-10-07"), ("on Tuesday", "2024-10-08")], "2024-10-08"),
    # no dateline: a date that lies too far back, one in the text's body, a lower-case opening
    ("KAGA, Velden, March 2 — A bomb exploded overnight.", "2024-05-21",
     [("March 2", "2024-03-02"), ("overnight", "2024-05-20")], None),
    ("Rebels said on May 20 — after a long siege — that the post fell overnight.", "2024-05-22",
     [("May 20", "2024-05-20"), ("overnight", "2024-05-21")], None),
]


@pytest.mark.parametrize(("text", "published", "want", "day"), DATELINES)
def test_dateline_day(nlp: Language, stage: TimeStage, text: str, published: str, want: list[tuple[str, str]],
                      day: str | None) -> None:
    doc = Document(id="t", text=text, published=published)
    sdoc = nlp(text)
    got = [(t.text, t.value) for t in stage.run(DocContext(doc, sdoc)) if t.value is not None]
    assert got == want
    assert stage.report_day(doc, sdoc) == day
