#!/usr/bin/env python3
"""Audit of the place recognition rules: what each rule, step and cue list of the geo stage does on
GeoWebNews half A, half B and GeoVirus, one left out at a time (issue 12).

    .venv/bin/python scripts/audit_geo_rules.py --cache /tmp/geo-cache [--only a,b] [--json out.json]

The documents are parsed once (cached under --cache, the files of train_geo.py and geo_errors.py);
then the geo stage is run over GeoWebNews (../shared/eval/geo-gwn, GWN convention, halves A and B as
scripts/evaluate.py splits them) and GeoVirus (../shared/train/geo-geovirus, training data, names
only) with everything, and with each rule left out in turn, and scored with score.py geo (tag F1,
acc@161 km of found). A rule is left out in this script only, never by a setting of the package:

- a rule or step in code (``RULES``) by replacing its function or method, for the run, with one
  that finds nothing (its evidence absent, its filter letting everything through, its finder
  returning no mention);
- a cue list of ``data/geo/cues.yaml`` (``--what cues``) by a knowledge overlay: the stage built
  with that list emptied.

"Cost" is the figure with everything minus the figure without the rule: positive, the rule helps.
A rule whose cost is at most 0 on both GeoWebNews half B and GeoVirus fits nothing out of sample.
The table is docs/geo-audit.md.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import importlib.util
import io
import json
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from evaluate import in_half
from spacy.tokens import Doc
from train_claims import parse
from train_geo import GEOVIRUS, GWN, SCORER, read, run_stage

import unfog.geo as geo_pkg
from unfog.geo import GeoStage, evidence, joins, recognize
from unfog.geo.areas import Areas
from unfog.geo.cues import Cues
from unfog.geo.datelines import Newswire
from unfog.geo.districts import Districts
from unfog.geo.embedded import Embedded
from unfog.geo.facilities import Facilities
from unfog.geo.knowledge import load_yaml
from unfog.geo.recognize import Recognizer
from unfog.geo.signs import Signs
from unfog.language import reporting_verbs
from unfog.settings import Settings

Patch = tuple[Any, str, Any]


def _none(*args: Any, **kwargs: Any) -> None:
    return None


def _false(*args: Any, **kwargs: Any) -> bool:
    return False


def _empty(*args: Any, **kwargs: Any) -> list[Any]:
    return []


def _blank(*args: Any, **kwargs: Any) -> str:
    return ""


def _same(_sdoc: Any, _gaz: Any, _words: Any, spans: Any) -> Any:
    return spans


def _mentions(_sdoc: Any, mentions: Any, *args: Any, **kwargs: Any) -> Any:
    return list(mentions)


def _chosen(_sdoc: Any, _mentions: Any, chosen: Any, *args: Any, **kwargs: Any) -> Any:
    return list(chosen)


def _no_part(_cues: Any, _sdoc: Any, s: int, _e: int) -> tuple[int, bool, bool]:
    return s - 1, False, False


def _all_supported(accepted: Any, *args: Any, **kwargs: Any) -> Any:
    return list(accepted)


def _no_loose(accepted: Any, *args: Any, **kwargs: Any) -> Any:
    return [m for m in accepted if not m.meta.get("loose")]


#: each rule or step: its name, what it does, and the replacements that leave it out
RULES: dict[str, tuple[str, list[Patch]]] = {
    # -------------------------------------------------------------- candidates (recognize._spans ...)
    "joined": ("adjacent NER spans joined into one gazetteer name (Recognizer._joined)",
               [(Recognizer, "_joined", lambda self, sdoc, spans: spans)]),
    "town_of": ("'the town of X' joined into one span (joins.town_of)", [(joins, "town_of", _same)]),
    "abbreviated": ("'Mt.', 'Ft.' read as Mount, Fort (joins.abbreviated)", [(joins, "abbreviated", _same)]),
    "suffixed": ("'X County' joined into one span (joins.suffixed)", [(joins, "suffixed", _same)]),
    "shared_region": ("'Kern and Tulare counties' (joins.shared_region)", [(joins, "shared_region", _empty)]),
    # -------------------------------------------------------------- vetoes (recognize.recognize)
    "embedded": ("a name inside a longer proper name: no mention (Recognizer._embedded)",
                 [(Recognizer, "_embedded", _false)]),
    "eponym": ("a saint's name owning a building's name (evidence.eponym)", [(recognize, "eponym", _false)]),
    "person_context": ("a name after a kinship or role noun (Recognizer._person_context)",
                       [(Recognizer, "_person_context", _false)]),
    "business_possessive": ("a business's possessive (evidence.business_possessive)",
                            [(evidence, "business_possessive", _false)]),
    "inside_entity": ("a place word inside a longer ORG/PERSON/... entity (recognize.NAME_LABELS)",
                      [(recognize, "NAME_LABELS", frozenset())]),
    "inside_date": ("a word inside a DATE/TIME entity (recognize.TIME_LABELS)",
                    [(recognize, "TIME_LABELS", frozenset())]),
    "weak_alias": ("only alternate names of small towns wait (Recognizer._weak_alias)",
                   [(Recognizer, "_weak_alias", staticmethod(_false))]),
    "person_name": ("tagged PERSON more often than place in the document (Recognizer._person_name)",
                    [(Recognizer, "_person_name", staticmethod(_false))]),
    "disease_senses": ("a name a disease's name holds is the disease alone too (evidence.disease_senses)",
                       [(evidence, "disease_senses", lambda sdoc, accepted, *a: list(accepted))]),
    "loose_support": ("a loose (folded) match needs a known place near it (evidence.supported)",
                      [(recognize, "supported", _all_supported)]),
    "loose": ("loose (folded) matches at all (dropped: evidence.supported keeps none)",
              [(recognize, "supported", _no_loose)]),
    # -------------------------------------------------------------- evidence (Recognizer._mention ...)
    "hint": ("a place noun around the name: 'the town of X', 'X region' (Recognizer._hint)",
             [(Recognizer, "_hint", lambda self, sdoc, s, e: (None, None))]),
    "title_of": ("the place of an office holder: 'X Governor Y' (Recognizer._title_of)",
                 [(Recognizer, "_title_of", _false)]),
    "prominent": ("a country, capital, first-level region, city of a million (Recognizer._prominent)",
                  [(Recognizer, "_prominent", _false)]),
    "locative_verb": ("the object of a verb of taking or striking ground (evidence.locative_verb)",
                      [(recognize, "locative_verb", _blank)]),
    "goal_on": ("'on' whose phrase is the ground hit or approached (evidence.goal_on)",
                [(recognize, "goal_on", _blank)]),
    "resident": ("'a X man': a home town (Recognizer._resident)", [(Recognizer, "_resident", _false)]),
    "town_not_person": ("a large town or ', of X,' tagged PERSON (evidence.town_not_person)",
                        [(recognize, "town_not_person", _false)]),
    "signs": ("a town tagged PERSON/ORG after a preposition in a country the story names (signs.py)",
              [(Signs, "town_in_named_country", _false)]),
    "area_part": ("'western X', 'the X countryside' (evidence.area_part)", [(recognize, "area_part", _no_part)]),
    "says_region": ("'Caddo Parish', 'Kern and Tulare counties' (joins.says_region)",
                    [(joins, "says_region", _false)]),
    "repeat": ("a name accepted elsewhere in the document (Recognizer._repeat)",
               [(Recognizer, "_repeat", staticmethod(_false))]),
    "contained": ("'<Town>, <Region>' with the town in that region (Recognizer._contained)",
                  [(Recognizer, "_contained", _false)]),
    "coordinated": ("a pending name coordinated with a shown one (conjuncts.coordinated_with)",
                    [(recognize, "coordinated_with", _none)]),
    "list_of_names": ("an entity of place names joined by 'and' (Recognizer._list_of_names)",
                      [(Recognizer, "_list_of_names", staticmethod(_false))]),
    # -------------------------------------------------------------- the stage's other finders
    "newswire": ("datelines and region abbreviations (datelines.Newswire.find)", [(Newswire, "find", _empty)]),
    "named_class": ("a head noun's kind of place: 'Lake X' (heads.of_named_class)",
                    [(geo_pkg, "of_named_class", lambda sdoc, mentions, *a: list(mentions))]),
    "compounds": ("'Kyiv-based' (adjectives.find_compounds)", [(geo_pkg, "find_compounds", _empty)]),
    "adjectives": ("place adjectives, GWN convention (adjectives.find_adjectives)",
                   [(geo_pkg, "find_adjectives", _empty)]),
    "listed_names": ("recognition by coordination (lists.listed_names)", [(geo_pkg, "listed_names", _empty)]),
    "facilities": ("named buildings, streets and sites (facilities.Facilities.find)",
                   [(Facilities, "find", _empty)]),
    "embedded_model": ("names inside names, learned; GWN convention (embedded.Embedded.find)",
                       [(Embedded, "find", _empty)]),
    "appositive": ("'X, a town in Y' (relative.appositive_towns)", [(geo_pkg, "appositive_towns", _empty)]),
    "districts": ("districts of a named town (districts.Districts.find)", [(Districts, "find", _empty)]),
    "areas": ("areas the gazetteer lacks (areas.Areas.find)", [(Areas, "find", _empty)]),
    # -------------------------------------------------------------- readings after resolution
    "like_with_like": ("names in one list read alike (lists.like_with_like)", [(geo_pkg, "like_with_like", _chosen)]),
    "county_towns": ("a county the document names holds its towns (counties.county_towns)",
                     [(geo_pkg, "county_towns", lambda mentions, chosen, *a: list(chosen))]),
    "one_region": ("'X and Y counties' read as one kind (joins.one_region)", [(geo_pkg, "one_region", _chosen)]),
}


@contextlib.contextmanager
def patched(patches: Sequence[Patch]) -> Iterator[None]:
    """The replacements in place for the block, the originals back after it."""
    saved = [(obj, name, obj.__dict__[name]) for obj, name, _ in patches]
    try:
        for obj, name, new in patches:
            setattr(obj, name, new)
        yield
    finally:
        for obj, name, old in saved:
            setattr(obj, name, old)


@dataclasses.dataclass
class Bench:
    """The parsed sets, their gold files (halves written once) and the scorer."""

    sets: dict[str, tuple[list[dict[str, str]], list[Doc], Path, bool]]
    scorer: ModuleType

    def figures(self, make: Callable[[bool], GeoStage]) -> dict[str, float]:
        out: dict[str, float] = {}
        stages = {conv: make(conv) for conv in (True, False)}
        for name, (docs, sdocs, gold, adjectives) in self.sets.items():
            stage = stages[adjectives]
            lines = [run_stage(stage, stage.ranker, d, sd) for d, sd in zip(docs, sdocs, strict=True)]
            with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            with contextlib.redirect_stdout(io.StringIO()):
                fig = self.scorer.score_geo(str(gold), f.name)
            Path(f.name).unlink()
            out[f"{name}_f1"], out[f"{name}_acc"] = fig["tag_f1"], fig["acc161_resolved"]
        return out


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def bench(cache: Path | None, work: Path) -> Bench:
    sets: dict[str, tuple[list[dict[str, str]], list[Doc], Path, bool]] = {}
    docs, _ = read(GWN)
    sdocs = parse(docs, cache / "gwn.spacy" if cache else None)
    lines = [ln for ln in (GWN / "gold.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    for half in ("A", "B"):
        keep = [i for i, d in enumerate(docs) if in_half(d["id"], half)]
        ids = {docs[i]["id"] for i in keep}
        gold = work / f"gwn-{half}.jsonl"
        gold.write_text("".join(ln + "\n" for ln in lines if json.loads(ln)["id"] in ids), encoding="utf-8")
        sets[f"gwn{half}"] = ([docs[i] for i in keep], [sdocs[i] for i in keep], gold, True)
    docs, _ = read(GEOVIRUS)
    sets["gv"] = (docs, parse(docs, cache / "geovirus.spacy" if cache else None), GEOVIRUS / "gold.jsonl", False)
    return Bench(sets, load_scorer())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, default=None, help="a folder for the parsed documents")
    ap.add_argument("--what", default="rules,cues", help="rules (code, RULES) and/or cues (lists of cues.yaml)")
    ap.add_argument("--only", default="", help="comma-separated rule names or cue keys: only these")
    ap.add_argument("--json", type=Path, help="write every figure here")
    a = ap.parse_args(argv)
    settings = Settings()
    base = GeoStage.from_settings(settings)
    data = load_yaml("cues.yaml", settings.knowledge)
    speech = reporting_verbs(settings.knowledge)

    def stage_with(cues: Cues) -> Callable[[bool], GeoStage]:
        return lambda adjectives: GeoStage(base.gazetteer, cues, place_adjectives=adjectives,
                                           knowledge=settings.knowledge, ranker=base.ranker,
                                           distances=settings.geo)

    packaged = stage_with(Cues(data, speech))
    work = Path(tempfile.mkdtemp())
    b = bench(a.cache, work)
    only = {x for x in a.only.split(",") if x}
    what = set(a.what.split(","))
    keys = ("gwnA_f1", "gwnB_f1", "gv_f1", "gwnA_acc", "gwnB_acc", "gv_acc")
    everything = b.figures(packaged)
    print("| left out | what | " + " | ".join(f"cost {k}" for k in keys) + " |")
    print("|---" * (len(keys) + 2) + "|")
    print("| (nothing: the figures) | | " + " | ".join(f"{everything[k]:.4f}" for k in keys) + " |", flush=True)
    report: dict[str, Any] = {"everything": everything, "rules": {}, "cues": {}}

    def row(name: str, doc: str, figs: dict[str, float], kind: str) -> None:
        cost = {k: round(everything[k] - figs[k], 4) for k in keys}
        report[kind][name] = {"what": doc, "figures": figs, "cost": cost}
        print(f"| {name} | {doc} | " + " | ".join(f"{cost[k]:+.4f}" if cost[k] else "=" for k in keys) + " |",
              flush=True)

    if "rules" in what:
        for name, (doc, patches) in RULES.items():
            if only and name not in only:
                continue
            with patched(patches):
                row(name, doc, b.figures(packaged), "rules")
    if "cues" in what:
        for key, value in data.items():
            if (only and key not in only) or not isinstance(value, list | dict):
                continue
            emptied = {**data, key: {} if isinstance(value, dict) else []}
            row(f"cues:{key}", f"cues.yaml {key} emptied", b.figures(stage_with(Cues(emptied, speech))), "cues")
    if a.json:
        a.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
