"""Whole conflict reports of our own: each incident found, typed, placed, dated and given its actor 1.

    python scripts/score_incident_articles.py [--ids i1 i2 ...] [--show]

Reads tests/fixtures/incident_articles.jsonl (the reports) and tests/fixtures/incident_gold.jsonl (one
incident a line: ``id``, ``anchor``, ``occurrence``, ``acled`` (the sub-event types accepted), ``actor1``
(names accepted; empty when the report names no perpetrator), ``place`` (place names accepted), ``date``
(prefixes accepted, all of one length)). An incident is found as score.py's whole-article check finds it:
an event whose trigger (at most 60 characters) overlaps the anchor's occurrence-th whole-word match;
type, place, actor and day are right when any such event has them (actor names matched as score.py
matches them: one holds the other as whole words). Also prints the ACLED-typed events per incident
(score.py's ``events_total_predicted`` over the gold incidents). The gold was written before each
report was first analysed.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from unfog.model import AnalysisRecord, Document
from unfog.pipeline import Pipeline

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
KEYS = ("found", "type", "place", "actor", "day")


def name_match(pred: list[str], gold: list[str]) -> bool:
    """score.py's rule: one name holds the other as whole words; a predicted name under four letters
    must match exactly."""
    def norm(n: str) -> str:
        return " " + re.sub(r"\W+", " ", n).strip().lower() + " "
    pn = [norm(n) for n in pred if n and n.strip()]
    gn = [norm(n) for n in gold if n and n.strip()]
    return any(p == g or g in p or (len(p.strip()) >= 4 and p in g) for p in pn for g in gn)


def judge(rec: AnalysisRecord, gold: dict[str, object]) -> tuple[dict[str, bool], list[str]]:
    """The incident's five checks on one record, and what the overlapping events were."""
    text = rec.document.text
    anchor, occ = str(gold["anchor"]), int(str(gold.get("occurrence", 1)))
    s, e = [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(anchor) + r"(?!\w)", text)][occ - 1]
    hits = [ev for ev in rec.events if ev.trigger.span[1] - ev.trigger.span[0] <= 60
            and ev.trigger.span[0] < e and s < ev.trigger.span[1]]
    places = {p.id: p.name for p in rec.places}
    actors = {a.id: [a.name, *a.aliases] for a in rec.actors}
    want_actor = [str(n) for n in gold["actor1"]]  # type: ignore[attr-defined]
    dates = [str(d) for d in gold["date"]]  # type: ignore[attr-defined]
    out = {
        "found": bool(hits),
        "type": any(ev.acled is not None and ev.acled.sub_event_type in gold["acled"] for ev in hits),  # type: ignore[operator]
        "place": any(ev.place is not None and places.get(ev.place) in gold["place"] for ev in hits),  # type: ignore[operator]
        "actor": bool(hits) and (not want_actor or any(
            ev.actor1 is not None and name_match(actors.get(ev.actor1, [ev.actor1]), want_actor) for ev in hits)),
        "day": any(str(ev.date or "")[:len(dates[0])] in dates for ev in hits),
    }
    seen = [f"{ev.trigger.text}|{ev.acled.sub_event_type if ev.acled else '-'}|"
            f"{'/'.join(actors.get(ev.actor1, [ev.actor1])[:1]) if ev.actor1 else '-'}|"
            f"{places.get(ev.place or '', '-')}|{ev.date}" for ev in hits]
    return out, seen


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ids", nargs="*", help="the reports to score (default: all with gold)")
    ap.add_argument("--show", action="store_true", help="print each incident's checks and overlapping events")
    a = ap.parse_args(argv)
    golds = [json.loads(ln) for ln in (FIXTURES / "incident_gold.jsonl").read_text(encoding="utf-8").splitlines() if ln]
    ids = a.ids or sorted({g["id"] for g in golds})
    docs = [Document(**json.loads(ln)) for ln in (FIXTURES / "incident_articles.jsonl").read_text(
        encoding="utf-8").splitlines() if ln and json.loads(ln)["id"] in ids]
    pipe = Pipeline.from_settings()
    records = {r.document.id: r for r in pipe.analyze_many(docs) if isinstance(r, AnalysisRecord)}
    totals: Counter[str] = Counter()
    n = 0
    for g in golds:
        if g["id"] not in ids:
            continue
        n += 1
        got, seen = judge(records[g["id"]], g)
        totals.update(k for k, v in got.items() if v)
        if a.show:
            marks = " ".join(k if got[k] else k.upper() + "!" for k in KEYS)
            print(f"{g['id']:4} {g['anchor'][:28]:28} {marks:40} {'; '.join(seen)}")
    typed = sum(1 for r in records.values() for ev in r.events if ev.acled is not None)
    print(" ".join(f"{k} {totals[k]}/{n}" for k in KEYS) + f"  typed events per incident {typed / max(n, 1):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
