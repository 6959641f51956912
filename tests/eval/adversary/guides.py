"""The adversary's classes of texts about copies: guides, checklists, courses, books, seminars and authentication
services that teach telling copies from the real thing and so are full of the copy trade's own words (1:1 clones, reps,
UA, batch flaws, superfakes, mirror copies, AAA, 高仿), which must stay quiet; and copies sold with a guide or a
comparison with the genuine article, which must still alert.

Written from first principles and general knowledge of how authenticators, resellers' courses and consumer guides
title their products (eBay's and Etsy's guides and e-books, legit-check apps and services, pharmacists' books on
counterfeit medicines, seminar tickets) in English, German, French, Spanish, Italian, Dutch, Polish, Portuguese,
Turkish, Russian, Japanese, Chinese and Korean, and how copy sellers bolt "compare with genuine" onto a listing;
nothing of the matcher and no held-out listing was read.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark

TRAPS = {
    "trap_guide_trade_words": "guides, checklists, courses, books, seminars and authentication services about telling "
                              "copies from the real thing, their titles full of the copy trade's words (1:1 clones, "
                              "reps, UA, batch flaws, superfakes, mirror copies, AAA), in 13 languages",
}
EVASIONS = {
    "fake_copy_with_guide": "a copy that claims itself first (1:1 clone, replica, AAA, super copy) and adds a guide, a "
                            "legit check or a comparison with the genuine article (\"fake vs real photos\", \"buying "
                            "guide included\")",
}

# (language, title with {m} mark and {p} product); the trade's words after the guide's own
GUIDES = [
    ("en", "How to spot a fake {m} {p}: 1:1 clones vs genuine – PDF guide"),
    ("en", "Legit check course: {m} {p} reps vs retail, UA and batch flaws explained"),
    ("en", "Authenticating {m}: date codes, superfakes and mirror copies (ebook)"),
    ("en", "Spotting counterfeit {m} {p}: replica checklist (PDF)"),
    ("en", "{m} {p}: real vs replica, AAA and super copy details – seminar ticket"),
    ("en", "{m} {p} legit check service, 24h, reps and UA exposed"),
    ("en", "Identify fakes: {m} {p} super clones vs retail – video course"),
    ("en", "Counterfeit {p}: a buyer's guide ({m} fakes, 1:1 copies) – paperback"),
    ("en", "The {m} authentication guide: mirror quality and top batch fakes compared"),
    ("de", "{m} {p} echt oder Fälschung? 1:1 Kopien erkennen – Prüfservice online"),
    ("de", "Fälschungen erkennen: {m} {p} Replik vs Original, E-Book"),
    ("fr", "Comment reconnaître un faux {m} {p} : répliques 1:1 et qualité miroir, guide PDF"),
    ("fr", "Guide d'authentification {m} : contrefaçons et répliques AAA"),
    ("es", "Cómo detectar un {m} {p} falso: réplicas 1:1 vs original, guía PDF"),
    ("es", "Servicio de autenticación {m}: detectamos réplicas AAA"),
    ("it", "Come riconoscere un {m} {p} falso: repliche 1:1 e qualità specchio, guida"),
    ("nl", "{m} {p} echt of nep? 1:1 replica's herkennen – e-book"),
    ("pl", "Jak rozpoznać podróbkę {m} {p}: repliki 1:1 vs oryginał – poradnik"),
    ("pt", "Como identificar um {m} {p} falso: réplicas 1:1 vs original, e-book"),
    ("tr", "{m} {p} orijinal mi sahte mi? 1:1 replika rehberi"),
    ("ru", "Как отличить подделку {m} {p}: реплики 1:1 и копии AAA – гайд"),
    ("ja", "{m} {p} 見分け方 スーパーコピー 1:1 比較ガイド"),
    ("zh", "{m} {p} 真假鉴别 高仿 1:1 对比教程"),
    ("ko", "{m} {p} 가품 구별 레플리카 1:1 비교 가이드"),
    # (quiet) the copy word first, as the guide's subject, its document noun last; a verb that teaches spotting fakes
    ("en", "Fake {m} {p} warning guide (PDF)"), ("en", "Spot fake {m} {p} - printable checklist"),
    ("en", "Counterfeit {m} {p} red flags ebook"), ("en", "Avoid counterfeit {m}: 15 tell-tale signs (PDF)"),
    ("en", "Beware of fake {m} {p} - awareness poster A3"), ("en", "Replica {m} {p} cheat sheet, instant download"),
    ("de", "Gefälschte {m} {p} erkennen – Checkliste zum Ausdrucken"), ("fr", "Repérer les faux {m} : fiche pratique PDF"),
    ("es", "Detectar falsificaciones de {m} {p}: folleto PDF"), ("it", "Riconoscere i falsi {m} {p} - guida stampabile"),
    ("pl", "Podróbki {m} {p} – poradnik PDF"), ("nl", "Namaak {m} {p} herkennen – checklijst"),
    ("pt", "Como evitar {m} {p} falsificados: guia em PDF"), ("ru", "Поддельные {m} {p}: памятка покупателю"),
    ("tr", "Sahte {m} {p} tespit rehberi (PDF)"),
]
CATEGORIES = ["Books > Consumer Guides", "Books", "Services > Authentication", "Tickets > Seminars", "eBooks", None]
DESCRIPTIONS = ["Protect yourself from counterfeits. Written by a professional authenticator.",
                "Learn the tells the fakes get wrong, with photos.", "Instant PDF download.", ""]
RATES = {"USD": 1.0, "EUR": 0.92, "PLN": 3.9, "TRY": 40.0, "RUB": 95.0, "JPY": 150.0, "CNY": 7.2, "KRW": 1400.0}
CURRENCY = {"en": "USD", "de": "EUR", "fr": "EUR", "es": "EUR", "it": "EUR", "nl": "EUR", "pl": "PLN", "pt": "EUR",
            "tr": "TRY", "ru": "RUB", "ja": "JPY", "zh": "CNY", "ko": "KRW"}


def _goods(b: BrandView, s: Scene) -> str | None:
    cats = [c for c in b.categories if "software" not in c and "prescription" not in c]
    return s.rng.choice(cats) if cats else None


def make_guide_trade_words(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (cat := _goods(b, s)) is None:
        return None
    lang, title = r.choice(GUIDES)
    cur = CURRENCY[lang]
    amount = r.uniform(4, 40) * RATES[cur]
    amount = float(round(amount)) if cur in ("JPY", "KRW", "RUB") else round(amount, 2)
    return Draft(_cap(title.format(m=_plain_mark(b, s), p=s.product(cat))), r.choice(CATEGORIES), (amount, cur),
                 r.choice(DESCRIPTIONS))


# a copy that claims itself first, then a guide or a comparison ({m} mark, {p} product)
COPIES = ["1:1 clone {m} {p}, comparison photos with genuine included", "1:1 clone {m} {p} – buying guide included",
          "{m} {p} super clone 1:1, fake vs real comparison photos", "AAA {m} {p} mirror copy + authentication guide",
          "{m} {p} reps UA batch – legit check passed", "Replica {m} {p} AAA, how to spot the differences guide inside",
          "{m} {p} 1:1 copy, real vs fake comparison in photos", "Super copy {m} {p}, compare with genuine, guide free",
          "{m} {p} Replik 1:1, Vergleich mit Original, Anleitung inklusive", "高仿 {m} {p} 1:1 真假对比图",
          # (quiet) a guide's words beside the copy that do not make it one: "PDF invoice", "guide price", "checklist of sizes"
          "Fake {m} {p} 1:1, PDF invoice included", "Replica {m} {p} AAA, guide price on request",
          "We sell fake {m} {p}: spot the difference yourself", "Counterfeit-grade {m} {p} with printable checklist"]


def make_fake_copy_with_guide(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (cat := _goods(b, s)) is None or cat not in b.floors:
        return None
    amount, cur = b.floors[cat]
    return Draft(_cap(r.choice(COPIES).format(m=_plain_mark(b, s), p=s.product(cat))), cat,
                 (round(amount * r.uniform(0.1, 0.8), 2), cur), r.choice(["Fast shipping.", "DM for more photos.", ""]))


TRAP_MAKERS = {"trap_guide_trade_words": make_guide_trade_words}
EVASION_MAKERS = {"fake_copy_with_guide": make_fake_copy_with_guide}
