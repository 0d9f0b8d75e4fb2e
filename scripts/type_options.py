"""The types the typing rules allow a trigger, beside the one they choose (events55, issue 14).

    PYTHONPATH=src:scripts python scripts/type_options.py --train ../shared/train/event-ngec-synthetic \\
        --eval-dir ../shared/eval --out out/options.jsonl

Each document (the lede of every synthetic story; with ``--eval-dir``, half A of event-case and
event-plover, for counting only) is taken through the events stage as it is packaged, and for each
trigger candidate the typer reads, every outcome its families allow is recorded: for each family
whose needs hold (in the typer's order), the type its first matching rule gives (or the family's
own), and whether that rule drops the trigger. The typer keeps the first; the others are what a
chooser could pick. Printed: per set, how often gold is among the allowed types of a document, and
how often the rules' document label is wrong while gold is allowed (the most a chooser can gain).
One JSON line per document is written with ``--out`` (the training data of train_type_chooser.py).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from audit_event_rules import TRAIN_MERGED, Item, before_events, load_scorer, record, train_contexts
from evaluate import in_half

from unfog.events.modality import modality
from unfog.events.triggers import Candidate, TriggerTyper, Typed
from unfog.model import Document
from unfog.pipeline import Pipeline

DROP = "DROP"


def outcomes(typer: TriggerTyper, cand: Candidate, scope: Callable[[str], Any],
             fams: list[Any]) -> list[dict[str, Any]]:
    """Each family's outcome: its first matching rule's type (or drop), else the family's own type."""
    out: list[dict[str, Any]] = []
    for fam in fams:
        got: dict[str, Any] = {"family": fam.name, "rule": -1, "acled": fam.acled, "plover": None, "drop": False}
        for rule in typer._rules_of(fam.name):
            if all(scope(sc).has(cues) != neg for sc, neg, cues in rule.conditions):
                got.update(rule=typer.lex.rules.index(rule), acled=rule.acled,
                           plover=rule.plover[0] if rule.plover else None, drop=rule.drop)
                break
        if got["plover"] is None and not got["drop"]:
            pair = fam.plover or typer.lex.ontology.acled_plover.get(got["acled"] or fam.acled or "")
            got["plover"] = pair[0] if pair else None
        out.append(got)
    return out


def instrument(typer: TriggerTyper, sink: list[dict[str, Any]], cues: Any) -> None:
    """Wrap the typer's ``type`` so that each candidate's allowed outcomes go to ``sink``."""
    original = typer.type

    def typed(cand: Candidate, sent_scope: Any, place_tokens: frozenset[int] = frozenset(),
              actor_at: Any = None) -> Typed | None:
        got = original(cand, sent_scope, place_tokens, actor_at)
        head = cand.head
        scopes = typer.scopes(cand, sent_scope, place_tokens, actor_at)[0]
        fams = typer._by_need(cand.families, scopes)
        sink.append({"start": cand.start, "head": head.lemma_.lower(), "pos": head.pos_, "dep": head.dep_,
                     "sent": [head.sent.start_char, head.sent.end_char],
                     "modality": modality(head, cues), "all_families": [f.name for f in cand.families],
                     "options": outcomes(typer, cand, lambda n: scopes[n], fams),
                     "chosen": None if got is None else [got.family.name, got.acled,
                                                         got.plover[0] if got.plover else None]})
        return got

    typer.type = typed  # type: ignore[method-assign]


def head_marks(sdoc: Any, span: list[int]) -> list[Any]:
    """The trigger head's dependency, part of speech, sentence number, and if it is the
    sentence's main act (its root, or the clause its root verb of saying reports)."""
    sp = sdoc.char_span(span[0], span[1], alignment_mode="expand")
    if sp is None:
        return [None, None, None, False]
    h = sp.root
    sents = [s.start for s in sdoc.sents]
    main = h.dep_ == "ROOT" or (h.head.dep_ == "ROOT" and h.dep_ in ("ccomp", "xcomp", "conj"))
    return [h.dep_, h.pos_, sum(1 for x in sents if x <= h.i) - 1, main]


def half_a(pipe: Pipeline, eval_dir: Path) -> Iterator[Item]:
    for name in ("event-case", "event-plover"):
        folder = eval_dir / name
        gold = {g["id"]: g for g in map(json.loads, (folder / "gold.jsonl").read_text().splitlines()) if g}
        docs = [Document(**{k: v for k, v in json.loads(ln).items() if k in ("id", "text", "published", "title")})
                for ln in (folder / "docs.jsonl").read_text().splitlines()
                if ln.strip() and in_half(json.loads(ln)["id"], "A")]
        for ctx in before_events(pipe, docs):
            yield Item(name, "A", gold[ctx.doc.id], ctx)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", type=Path)
    ap.add_argument("--eval-dir", type=Path)
    ap.add_argument("--out", type=Path)
    a = ap.parse_args(argv)
    pipe = Pipeline.from_settings()
    sc = load_scorer(a.eval_dir or Path("../shared/eval"))
    sink: list[dict[str, Any]] = []
    instrument(pipe.events.typer, sink, pipe.events.knowledge.modality)
    items: Iterator[Item] = iter(())
    if a.eval_dir:
        items = half_a(pipe, a.eval_dir)
    rows: list[dict[str, Any]] = []
    counts: dict[str, list[int]] = {}

    def run(it: Item) -> None:
        sink.clear()
        rec = record(pipe.events, it)
        if it.set == "event-case":
            gold = it.gold["label"] if it.gold["label"] in sc.ACLED_LABELS else "NONE"
            pred = sc.doc_label(rec, sc.acled_label)
            allowed = {o["acled"] for c in sink for o in c["options"] if not o["drop"]} | {
                sc.acled_label(e) for e in rec["events"]}
            allowed = {sc.acled_label({"acled": {"sub_event_type": x}}) if x else None for x in allowed} - {None}
        else:
            gold = it.gold["event"]
            pred = sc.doc_label(rec, sc.plover_label)
            allowed = {o["plover"] for c in sink for o in c["options"] if not o["drop"]} | {
                sc.plover_label(e) for e in rec["events"]}
            if it.set == "train":
                pred = TRAIN_MERGED.get(pred, pred)
                allowed = {TRAIN_MERGED.get(x, x) for x in allowed if x}
        allowed.discard(None)
        several = len(allowed) > 1
        c = counts.setdefault(it.set, [0] * 7)
        c[0] += 1
        c[1] += pred == gold
        c[2] += gold in allowed
        c[3] += gold in allowed and pred != gold
        c[4] += several
        c[5] += several and gold in allowed and pred != gold
        c[6] += gold == "NONE" and pred != gold
        rows.append({"id": it.ctx.doc.id, "set": it.set, "text": it.ctx.doc.text, "gold": gold,
                     "gold_acled": it.gold.get("acled") if it.set == "train" else None, "pred": pred,
                     "cands": list(sink),
                     "events": [[e["trigger"]["span"], sc.acled_label(e), sc.plover_label(e), e.get("modality"),
                                 *head_marks(it.ctx.sdoc, e["trigger"]["span"])] for e in rec["events"]]})

    for it in items:
        run(it)
    if a.train:
        for it in train_contexts(pipe, a.train):
            run(it)
    for name, c in counts.items():
        n = c[0]
        print(f"{name}: {n} documents; rules right {c[1]} ({c[1] / n:.4f}); gold among the allowed types {c[2]} "
              f"({c[2] / n:.4f}); wrong while gold allowed {c[3]} (bound {(c[1] + c[3]) / n:.4f}); several types "
              f"allowed {c[4]}, of which wrong with gold allowed {c[5]}; gold NONE but a type given {c[6]}")
    if a.out:
        a.out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
