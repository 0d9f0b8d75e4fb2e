"""Audit of the event typing rules: what each context rule of data/events/rules.yaml does on the
two halves of the event sets, one rule left out at a time.

    python scripts/audit_event_rules.py --eval-dir ../shared/eval [--json out/audit.json]

The documents are parsed and taken through the stages before events once; then the events stage
is run with the packaged knowledge and with each rule removed in turn, and the documents scored as
``score.py`` does (CASE macro-F1 over the ACLED labels, PLOVER accuracy and source actor). A rule
whose removal costs on half A and not on half B fits the development sentences; one that costs
on both generalises. The support of a rule (the codebook or mechanism it cites) is read in its
comment in rules.yaml; this script gives the figures beside it.

With ``--train DIR`` (the training set ``../shared/train/event-ngec-synthetic``), a third figure:
PLOVER accuracy on the lede (first sentence) of each synthetic story, labelled with its prompt's
type (``ACCUSE`` is DISAPPROVE, ``REQUEST`` DEMAND, the names of the evaluation set; the stories'
ontology has no FIGHT, its ASSAULT holds air strikes and shelling, and its ACCUSE holds
investigations, so a predicted FIGHT counts as ASSAULT and INVESTIGATE as DISAPPROVE); and ACLED
accuracy on the ledes whose NGEC mode names one ACLED sub-event type (`TRAIN_MODES`: AERIAL and
DRONE an air/drone strike, EXPLOSIVES a remote explosive, RIOT a violent demonstration ...). No rule
was written from these stories: they are a check out of sample for the PLOVER typing, noisy (a
story can drift from its prompt) but large (4,500 ledes).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import Any

from evaluate import in_half

from unfog.context import DocContext
from unfog.events import EventKnowledge, EventStage, classify
from unfog.knowledge import Knowledge
from unfog.model import Document
from unfog.pipeline import Pipeline, with_description_actors

SETS = ("event-case", "event-plover")
#: the document-level steps of events/classify.py that type events (each left out in turn)
STEPS = ("territory_by_actor", "idle_withdrawals", "transfers_of_territory",
         "one_protest_kind", "generic_attacks", "device_blasts", "aerial_bombings", "raids_for_arrests",
         "claimed_acts", "plover_by_target")


def _skip(*args: Any, **kwargs: Any) -> None:
    """A step left out."""


@dataclass(frozen=True)
class Item:
    set: str
    half: str
    gold: dict[str, Any]
    ctx: DocContext


def load_scorer(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def before_events(pipe: Pipeline, docs: Sequence[Document]) -> Iterator[DocContext]:
    """Each document's context after the stages that run before events (geo, actors, claims, time)."""
    for sdoc, doc in pipe.nlp.pipe(((d.text, d) for d in docs), as_tuples=True):
        ctx = DocContext(doc, sdoc)
        ctx = ctx.with_records(places=pipe.geo.run(ctx))
        ctx = ctx.with_records(actors=pipe.actors.run(ctx))
        claims = pipe.claims.run(ctx)
        yield ctx.with_records(claims=claims, times=pipe.time.run(ctx.with_records(claims=claims)))


def contexts(pipe: Pipeline, eval_dir: Path) -> Iterator[Item]:
    """Every document of the event sets taken through the stages before events."""
    for name in SETS:
        folder = eval_dir / name
        gold = {g["id"]: g for g in map(json.loads, (folder / "gold.jsonl").read_text().splitlines()) if g}
        docs = [Document(**{k: v for k, v in json.loads(ln).items() if k in ("id", "text", "published", "title")})
                for ln in (folder / "docs.jsonl").read_text().splitlines() if ln.strip()]
        for ctx in before_events(pipe, docs):
            yield Item(name, "A" if in_half(ctx.doc.id, "A") else "B", gold[ctx.doc.id], ctx)


#: the training set's older PLOVER names, as the evaluation set has them
TRAIN_NAMES = {"ACCUSE": "DISAPPROVE", "REQUEST": "DEMAND"}
#: NGEC modes that name one ACLED sub-event type (CASE labels); the others (FIREARMS, CROWD-CONTROL,
#: OBSTRUCT ...) can be several
TRAIN_MODES = {"AERIAL": "AIR_STRIKE", "DRONE": "AIR_STRIKE", "HEAVY-WEAPONS": "ART_MISS_ATTACK",
               "EXPLOSIVES": "REM_EXPLOS", "SUICIDE-ATTACK": "SUIC_BOMB", "ABDUCT": "ABDUCT_DISSAP",
               "SEXUAL": "SEX_VIOL", "RIOT": "VIOL_DEMONSTR", "DEMO": "PEACE_PROTEST", "STRIKE": "PEACE_PROTEST",
               "HUNGER": "PEACE_PROTEST", "ARREST": "ARREST", "ASSASSINATE": "ATTACK", "EXECUTE": "ATTACK",
               "MASSACRE": "ATTACK", "DESTROY": "PROPERTY_DISTRUCT", "CEASEFIRE": "AGREEMENT"}
#: the evaluation set's types that the training set's ontology holds in another
TRAIN_MERGED = {"FIGHT": "ASSAULT", "INVESTIGATE": "DISAPPROVE"}
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\"'])\.\s+(?=[A-Z\"])")


def lede(text: str) -> str:
    """A story's first sentence (of its first paragraph)."""
    first = text.strip().split("\n")[0]
    m = _SENTENCE_END.search(first)
    return first[:m.start() + 1] if m else first


def train_contexts(pipe: Pipeline, train_dir: Path) -> Iterator[Item]:
    """The ledes of the synthetic stories taken through the stages before events (set "train")."""
    gold = {g["id"]: g for g in map(json.loads, (train_dir / "gold.jsonl").read_text().splitlines()) if g}
    docs = [Document(id=d["id"], text=lede(d["text"]))
            for d in map(json.loads, (train_dir / "docs.jsonl").read_text().splitlines()) if d]
    for ctx in before_events(pipe, docs):
        g = gold[ctx.doc.id]
        yield Item("train", "T", {"event": TRAIN_NAMES.get(g["plover"], g["plover"]), "source": [],
                                  "acled": TRAIN_MODES.get(g["mode"] if g["plover"] != "THREATEN" else "")}, ctx)


def record(stage: EventStage, it: Item) -> dict[str, Any]:
    """The events and actors score.py reads, for one item's document."""
    found = stage.run(it.ctx)
    return {"events": [e.model_dump(mode="json") for e in found.events],
            "actors": [a.model_dump(mode="json") for a in with_description_actors(list(it.ctx.actors), found)]}


def add_pairs(it: Item, rec: dict[str, Any], sc: Any, pairs: dict[tuple[str, str], list[tuple[str, str]]]
              ) -> str | None:
    """Add an item's (gold, predicted) labels to ``pairs``: the ACLED label for event-case, the PLOVER
    label for event-plover, both for a training lede (its PLOVER label merged as the stories name
    types). Returns the PLOVER label given (merged for a lede), None for event-case."""
    if it.set == "event-case":
        want = it.gold["label"] if it.gold["label"] in sc.ACLED_LABELS else "NONE"
        pairs.setdefault((it.set, it.half), []).append((want, sc.doc_label(rec, sc.acled_label)))
        return None
    lab: str = sc.doc_label(rec, sc.plover_label)
    if it.set == "train":
        lab = TRAIN_MERGED.get(lab, lab)
        if it.gold["acled"]:
            pairs.setdefault(("train", "acled"), []).append((it.gold["acled"], sc.doc_label(rec, sc.acled_label)))
    pairs.setdefault((it.set, it.half), []).append((it.gold["event"], lab))
    return lab


def lede_row(it: Item, rec: dict[str, Any], sc: ModuleType) -> dict[str, Any]:
    """One training lede's labels and what the stage made of it (for ``--dump``: counting the
    untyped and mistyped ledes of one kind without reading the evaluation sets)."""
    return {"id": it.ctx.doc.id, "text": it.ctx.doc.text, "plover": it.gold["event"], "acled": it.gold["acled"],
            "pred_plover": TRAIN_MERGED.get(p := sc.doc_label(rec, sc.plover_label), p),
            "pred_acled": sc.doc_label(rec, sc.acled_label),
            "events": [(e["trigger"]["text"], sc.acled_label(e), sc.plover_label(e), e.get("modality"))
                       for e in rec["events"]]}


def score(stage: EventStage, items: Sequence[Item], sc: ModuleType,
          dump: list[dict[str, Any]] | None = None) -> dict[str, float]:
    """The figures per half: case macro-F1, plover accuracy and source actor accuracy (with ``dump``,
    each training lede's row appended to it)."""
    pairs: dict[tuple[str, str], list[tuple[str, str]]] = {}
    src: dict[str, list[int]] = {"A": [0, 0], "B": [0, 0]}
    for it in items:
        rec = record(stage, it)
        if dump is not None and it.set == "train":
            dump.append(lede_row(it, rec, sc))
        lab = add_pairs(it, rec, sc, pairs)
        if lab is None or it.set == "train":
            continue
        if lab == it.gold["event"] and it.gold["source"]:
            src[it.half][1] += 1
            evs = [e for e in rec["events"] if sc.plover_label(e) == lab]
            src[it.half][0] += any(sc.name_match(sc.actor_names(rec, e.get("actor1")), it.gold["source"])
                                   for e in evs)
    out: dict[str, float] = {}
    for h in ("A", "B"):
        out[f"case_{h}"] = sc.classification(pairs[("event-case", h)], sc.ACLED_LABELS)[1]
        out[f"plover_{h}"] = sc.classification(pairs[("event-plover", h)], [])[0]
        out[f"source_{h}"] = round(src[h][0] / src[h][1], 4) if src[h][1] else 0.0
    if ("train", "T") in pairs:
        out["plover_train"] = sc.classification(pairs[("train", "T")], [])[0]
        out["acled_train"] = sc.classification(pairs[("train", "acled")], [])[0]
    return out


def _trigger_lemmas(stage: EventStage, items: Sequence[Item]) -> set[str]:
    """The lemmas of the trigger heads the stage finds in the sets."""
    out: set[str] = set()
    for it in items:
        for c in stage.finder(it.ctx.sdoc).candidates(it.ctx.sdoc):
            out.add(c.head.lemma_.lower())
            out.add(c.head.lower_)
    return out


def write_dump(path: Path | None, rows: list[dict[str, Any]] | None) -> None:
    if path and rows is not None:
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=Path("../shared/eval"))
    ap.add_argument("--json", type=Path)
    ap.add_argument("--rules", help="comma-separated rule numbers: leave out only these (default: every rule)")
    ap.add_argument("--variant", type=Path, action="append", default=[],
                    help="a folder of knowledge files (as events/triggers.yaml ...) that replace the packaged "
                    "ones: the figures with it (repeatable; the documents are parsed once)")
    ap.add_argument("--train", type=Path, help="the synthetic stories (event-ngec-synthetic): PLOVER on their ledes")
    ap.add_argument("--dump", type=Path, help="with --train: each lede's labels and predicted events, one JSON a "
                    "line (packaged knowledge, and each --variant as DUMP.<n>)")
    ap.add_argument("--what", default="rules,steps,families", help="rules, steps (document-level steps of "
                    "events/classify.py), families (triggers.yaml), words (each family verb or noun that is the "
                    "lemma of a trigger in the sets)")
    a = ap.parse_args(argv)
    what = set(a.what.split(","))
    sc = load_scorer(a.eval_dir)
    pipe = Pipeline.from_settings()
    items = list(contexts(pipe, a.eval_dir))
    if a.train:
        items += list(train_contexts(pipe, a.train))
    know: EventKnowledge = pipe.events.knowledge
    dump: list[dict[str, Any]] | None = [] if a.dump else None
    base = score(pipe.events, items, sc, dump)
    write_dump(a.dump, dump)
    print("all rules", json.dumps(base))
    rows: list[dict[str, Any]] = []
    for n, folder in enumerate(a.variant, 1):
        dump = [] if a.dump else None
        fig = score(EventStage(EventKnowledge.load(Knowledge(overlay=folder))), items, sc, dump)
        write_dump(a.dump and a.dump.with_name(f"{a.dump.name}.{n}"), dump)
        rows.append({"variant": str(folder), "figures": fig})
        print("variant", folder, json.dumps({k: round(fig[k] - base[k], 4) for k in base}), json.dumps(fig), flush=True)
    rules = know.lexicon.rules if "rules" in what else ()
    only = {int(x) for x in a.rules.split(",")} if a.rules else None
    for i, rule in enumerate(rules):
        if only is not None and i not in only:
            continue
        lex = replace(know.lexicon, rules=rules[:i] + rules[i + 1:])
        fig = score(EventStage(replace(know, lexicon=lex)), items, sc)
        delta = {k: round(base[k] - fig[k], 4) for k in base}
        rows.append({"rule": i, "families": sorted(rule.families), "acled": rule.acled,
                     "plover": list(rule.plover) if rule.plover else None, "drop": rule.drop, "cost_of_removal": delta})
        print(i, sorted(rule.families)[:3], rule.acled, json.dumps(delta), flush=True)
    for step in STEPS if "steps" in what else ():
        kept = getattr(classify, step)
        setattr(classify, step, _skip)
        try:
            fig = score(pipe.events, items, sc)
        finally:
            setattr(classify, step, kept)
        delta = {k: round(base[k] - fig[k], 4) for k in base}
        rows.append({"step": step, "cost_of_removal": delta})
        print(step, json.dumps(delta), flush=True)
    fams = know.lexicon.families
    for name in fams if "families" in what else ():
        lex = replace(know.lexicon, families={k: v for k, v in fams.items() if k != name})
        fig = score(EventStage(replace(know, lexicon=lex)), items, sc)
        delta = {k: round(base[k] - fig[k], 4) for k in base}
        rows.append({"family": name, "cost_of_removal": delta})
        print(name, json.dumps(delta), flush=True)
    lemmas = _trigger_lemmas(pipe.events, items) if "words" in what else set()
    for name, fam in fams.items() if "words" in what else ():
        for kind in ("verbs", "nouns"):
            for w in sorted(getattr(fam, kind) & lemmas):
                smaller = replace(fam, **{kind: getattr(fam, kind) - {w}})
                lex = replace(know.lexicon, families={**fams, name: smaller})
                fig = score(EventStage(replace(know, lexicon=lex)), items, sc)
                delta = {k: round(base[k] - fig[k], 4) for k in base}
                rows.append({"family": name, kind: w, "cost_of_removal": delta})
                print(name, kind, w, json.dumps(delta), flush=True)
    if a.json:
        a.json.write_text(json.dumps({"base": base, "rules": rows}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
