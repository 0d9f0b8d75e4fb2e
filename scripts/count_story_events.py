"""Typed events per single-event story: a measure, out of sample, of mentions that are no incident.

    python scripts/count_story_events.py --train ../shared/train/event-ngec-synthetic [--every 3]
        [--dump out/extra.jsonl] [--cache /tmp/ctx.pickle]

Each synthetic story of ``event-ngec-synthetic`` reports one event (its prompt's PLOVER type and
mode). Whatever the stage types beyond one or two per story is mostly a reaction to it, background,
or a generic, normative or future mention ("condemned the attack", "such attacks are a crime", "we
will fight terrorism"). The script takes the whole stories (not only their ledes) through the
pipeline and prints, per story, the mean number of events with an ACLED type (also among the stories
with any, and those that refer to no other event, ``Event.refers_to``: a reaction, or another
source's account of an incident not folded into it; a folded account, ``Event.account_of``, has no
type of its own, events/told.py), with a PLOVER type, and with either, and the share of stories with
more than two ACLED-typed events.

With ``--labels``, also the whole story's labels as ``score.py`` gives a document's (the commonest type
among its events that took place) against its prompt: PLOVER accuracy (the names merged as
``audit_event_rules.py`` merges a lede's) and ACLED accuracy on the stories whose NGEC mode names one
ACLED sub-event type (``audit_event_rules.TRAIN_MODES``): a check, out of sample, that counting an
incident once does not cost the article's type.

``--every K`` takes one story in K (by position: a fixed sample; ``--part P`` the ones at i % K == P, so
that ``--every 3 --part 1`` looks at stories the held-out third does not hold); ``--dump`` writes each story's
typed events (trigger, sentence, types, modality, what it refers to) to look at the classes of the
extra ones, and with ``--labels`` whether each story's labels are right (to compare two builds
story by story); ``--cache`` keeps the parsed contexts (the stages before events) between runs, so that a
change to the events stage is measured in seconds. No rule was written from these stories: they are
a check out of sample.
"""

from __future__ import annotations

import argparse
import json
import pickle
import statistics
from collections.abc import Sequence
from pathlib import Path

from audit_event_rules import TRAIN_MERGED, TRAIN_MODES, TRAIN_NAMES, before_events, load_scorer

from unfog.context import DocContext
from unfog.model import Document
from unfog.pipeline import Pipeline


def stories(train_dir: Path, every: int, published: str | None = None, part: int = 0) -> list[Document]:
    rows = [json.loads(ln) for ln in (train_dir / "docs.jsonl").read_text().splitlines() if ln.strip()]
    return [Document(id=d["id"], text=d["text"], published=published) for i, d in enumerate(rows)
            if i % every == part % every]


def contexts(pipe: Pipeline, docs: Sequence[Document], cache: Path | None) -> list[DocContext]:
    if cache is not None and cache.exists():
        with cache.open("rb") as f:
            rows = pickle.load(f)
        if [(r[0].id, r[0].published) for r in rows] == [(d.id, d.published) for d in docs]:
            return [DocContext(d, s).with_records(places=p, actors=a, claims=c, times=t) for d, s, p, a, c, t in rows]
    out = list(before_events(pipe, docs))
    if cache is not None:  # the records, not the context (its span cache holds spaCy spans)
        with cache.open("wb") as f:
            pickle.dump([(c.doc, c.sdoc, c.places, c.actors, c.claims, c.times) for c in out], f)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", type=Path, default=Path("../shared/train/event-ngec-synthetic"))
    ap.add_argument("--every", type=int, default=1, help="one story in K (default: all)")
    ap.add_argument("--part", type=int, default=0, help="with --every K, the stories at positions i %% K == PART "
                    "(default 0, the held-out third with K=3; parts 1 and 2 are what the learned layer trains on)")
    ap.add_argument("--dump", type=Path, help="write each story's typed events here (JSONL)")
    ap.add_argument("--published", help="a publication date given to every story (YYYY-MM-DD): the stories have "
                    "none, and a dated article's acts take its day (the fallback) and join by ACLED's unit of a day")
    ap.add_argument("--labels", type=Path, metavar="EVAL_DIR",
                    help="also score the stories' labels with EVAL_DIR/score.py (see above)")
    ap.add_argument("--cache", type=Path, help="a pickle of the parsed contexts, reused when it holds the same stories")
    a = ap.parse_args(argv)
    pipe = Pipeline.from_settings()
    ctxs = contexts(pipe, stories(a.train, a.every, a.published, a.part), a.cache)
    acled: list[int] = []
    new: list[int] = []  # ACLED-typed and referring to no other event (not another source's account, not a reaction's)
    plover: list[int] = []
    typed: list[int] = []
    dump = a.dump.open("w") if a.dump else None
    sc = load_scorer(a.labels) if a.labels else None
    gold = {g["id"]: g for g in map(json.loads, (a.train / "gold.jsonl").read_text().splitlines()) if g}
    hits: dict[str, list[bool]] = {"plover": [], "acled": []}
    for ctx in ctxs:
        evs = pipe.events.run(ctx).events
        story: dict[str, bool] = {}
        if sc is not None:
            rec = {"events": [e.model_dump(mode="json") for e in evs]}
            g = gold[ctx.doc.id]
            lab = sc.doc_label(rec, sc.plover_label)
            story["plover"] = TRAIN_MERGED.get(lab, lab) == TRAIN_NAMES.get(g["plover"], g["plover"])
            if (want := TRAIN_MODES.get(g["mode"] if g["plover"] != "THREATEN" else "")) is not None:
                story["acled"] = sc.doc_label(rec, sc.acled_label) == want
            for k, v in story.items():
                hits[k].append(v)
        acled.append(sum(e.acled is not None for e in evs))
        new.append(sum(e.acled is not None and e.refers_to is None for e in evs))
        plover.append(sum(e.plover is not None for e in evs))
        kept = [e for e in evs if e.acled is not None or e.plover is not None]
        typed.append(len(kept))
        if dump is not None:
            text = ctx.doc.text
            rows = []
            for e in kept:
                s, t = e.trigger.span
                a0, a1 = text.rfind("\n", 0, s) + 1, text.find("\n", t)
                line = text[a0:a1 if a1 >= 0 else len(text)]
                rows.append({"id": e.id, "trigger": e.trigger.text,
                             "acled": e.acled.sub_event_type if e.acled else None,
                             "plover": e.plover.event_type if e.plover else None,
                             "modality": e.modality, "refers_to": e.refers_to,
                             "context": line[max(0, s - a0 - 150): t - a0 + 150]})
            dump.write(json.dumps({"id": ctx.doc.id, "events": rows, "labels_right": story}) + "\n")
    if dump is not None:
        dump.close()
    n = len(typed)
    with_acled = [k for k in acled if k]
    print(json.dumps({"stories": n, "acled_per_story": round(statistics.mean(acled), 3),
                      "acled_per_story_with_any": round(statistics.mean(with_acled), 3) if with_acled else 0.0,
                      "acled_not_referring_per_story": round(statistics.mean(new), 3),
                      "plover_per_story": round(statistics.mean(plover), 3),
                      "typed_per_story": round(statistics.mean(typed), 3),
                      "acled_more_than_two": round(sum(k > 2 for k in acled) / n, 3),
                      **{f"story_{k}_accuracy": round(sum(v) / len(v), 4) for k, v in hits.items() if v}}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
