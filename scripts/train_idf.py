#!/usr/bin/env python3
"""The background document frequencies of names and words for story similarity
(``src/unfog/data/stories/idf.json``; see ``unfog.stories.alike``).

    .venv/bin/python scripts/train_idf.py [--dry-run]

Reads real news articles of the training splits only: PolNeAR's training split
(../shared/eval/attrib-polnear-train) and GeoVirus (../shared/train/geo-geovirus); no development or
evaluation text. A term's frequency is the number of articles that give it (as a name: capitalised
inside a sentence; as a word: anywhere); terms given by fewer than ``MIN_DF`` articles are left out
(they weigh as a term no article gives), which keeps the file small and holds no rare word of any one
training text.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from unfog.stories import alike
from unfog.stories.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["eval/attrib-polnear-train/docs.jsonl", "train/geo-geovirus/docs.jsonl"]
OUT = ROOT / "src" / "unfog" / "data" / "stories" / "idf.json"
MIN_DF = 3


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared data folder")
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    a = ap.parse_args(argv)
    not_names = load_rules().not_names
    names: Counter[str] = Counter()
    words: Counter[str] = Counter()
    n = 0
    for source in SOURCES:
        for line in (a.shared / source).open(encoding="utf-8"):
            if not line.strip():
                continue
            text = json.loads(line)["text"]
            n += 1
            names.update(set(alike.name_counts(text, not_names)))
            words.update(set(alike.word_counts(text, not_names)))
    kept_names = {w: c for w, c in sorted(names.items()) if c >= MIN_DF}
    kept_words = {w: c for w, c in sorted(words.items()) if c >= MIN_DF}
    out = {
        "_about": f"Document frequencies of names and words in {n} training news articles (scripts/train_idf.py; "
                  f"terms in fewer than {MIN_DF} articles left out).",
        "documents": n,
        "names": kept_names,
        "words": kept_words,
    }
    print(f"{n} articles: {len(kept_names)} names, {len(kept_words)} words kept")
    if not a.dry_run:
        OUT.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n",
                       encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
