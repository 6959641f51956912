"""A brand beside a plain copy word of one more language, or sold with the copy seller's pitch and no copy word (issue 9,
outsider19's "What the weak classes share", items 2 and 3: "Canon LP-E6NH Akku Nachbau", "Coach long wallet class A",
"Samsung 25W চার্জার মাস্টার কপি", "Jordan 1 Chicago – no legit checks", "Why pay $500 resale for Jordan 1 Chicago?",
"Varför betala 3000 kr för Swarovski Millenia?", "ninguém vai perceber").

Classes:
- `copy_word_beside_part`: the brand's mark with its goods or its own part (battery, charger, strap, cable, case: the
  part named after the brand, no "for") and a copy word of one of some thirty languages (Nachbau, contrefaçon, fejk,
  class A, falsificado, taroccato, sahte, feikki, koopia, padělek, كوبي درجة أولى, মাস্টার কপি ...), at a copy's price or
  a shop's: must alert the brand.
- `pitch_no_copy_word`: the brand's goods with a pitch that refuses an authentication or promises nobody will tell
  ("no legit checks", "don't ask if it's original", "sem perguntas se é original", "nadie lo va a notar", "niemand merkt
  es", "not the DHgate junk"), no copy word, at a copy's price or a shop's: must alert the brand.
- `stated_dearer_price`: "why pay <the genuine price> for <the brand's goods>" in ten languages, the listing's own price
  a third of it or less: must alert the brand.
- `trap_compatible_part`: a third party's part for the brand's goods said with "for"/"für"/"pour"/"para" or "compatible
  with" (some with the German trade's "Nachbau" for a compatible battery after the "für"): quiet.
- `trap_honest_resale`: genuine goods resold: "why pay retail? pre-owned, authenticated", "no questions asked returns",
  "legit check passed", "retail $500, selling for $300, worn twice", "why pay $400 new? used once, receipt" (the stated
  price less than three times the listing's), "tiny scuff, nobody will notice": quiet.

Written for BrandSentry from how copy sellers and resellers word their listings; no held-out listing.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, higher_floor, mark_floor

EVASIONS = {
    "copy_word_beside_part": "the brand's goods or its own part named after it, with a copy word of one of thirty "
                             "languages (Nachbau, contrefaçon, fejk, class A, كوبي درجة أولى): alerts",
    "pitch_no_copy_word": "the brand's goods with a pitch and no copy word (no legit checks, don't ask if it's original, "
                          "ninguém vai perceber, not the DHgate junk): alerts",
    "stated_dearer_price": "'why pay <genuine price> for <the brand's goods>' in ten languages, the listing a third of "
                           "it or less: alerts",
}
TRAPS = {
    "trap_compatible_part": "a third party's part for the brand's goods ('Akku für Canon', 'compatible with'): quiet",
    "trap_honest_resale": "genuine resale: why pay retail? pre-owned, authenticated; no questions asked returns; legit "
                          "check passed; retail stated near the price: quiet",
}

COPY_WORDS = ["Nachbau", "gefälscht", "Plagiat", "Imitat", "contrefaçon", "contrefait", "fejk", "förfalskning",
              "piratkopia", "feikki", "väärennös", "kopio", "koopia", "võltsing", "eftirlíking", "padělek",
              "napodobenina", "falzifikát", "krivotvorina", "lažnjak", "contrafăcut", "imitație", "namaak", "imitatie",
              "falsificado", "falsificada", "trucho", "falsificação", "contraffatto", "taroccato", "imitazione", "sahte",
              "taklit", "class A", "peke", "imitasyon", "feki", "ayederu", "adịgboroja", "фалшификат", "фейк",
              "كوبي درجة أولى", "مزيف", "ماستر كوبي", "মাস্টার কপি", "فرسٹ کاپی"]
# the brand's own parts and accessories, named after the brand in many languages
PARTS = ["battery", "charger", "cable", "strap", "case", "Akku", "Ladegerät", "chargeur", "batterie", "cargador",
         "batería", "bateria", "caricabatterie", "ładowarka", "laddare", "charger 25W", "adapter", "power adapter"]
PITCHES = ["no legit checks", "no legit check", "no authenticity questions", "don't ask if it's real",
           "don't ask if it's original", "do not ask if original", "nobody will notice", "no one will know",
           "nobody can tell", "sem perguntas se é original", "não pergunte se é original", "ninguém vai perceber",
           "ninguém percebe", "no preguntes si es original", "nadie lo va a notar", "nadie se dará cuenta",
           "ne demandez pas si c'est original", "personne ne verra la différence", "non chiedete se è originale",
           "nessuno se ne accorgerà", "keine Fragen zur Echtheit", "niemand merkt es", "merkt keiner",
           "niemand ziet het verschil", "ingen märker skillnaden", "fråga inte om äkthet", "nikt nie zauważy",
           "никто не заметит", "kimse anlamaz", "gak ada yang tau", "not the DHgate junk", "not the Wish trash",
           "better than Canal Street", "not like the AliExpress ones", "no CheckCheck"]
BLURBS = ["", "Ships fast.", "Sold as is.", "Price says it all.", "DM me.", "Envío rápido.", "Preço já diz.",
          "Versand sofort.", "Same logo, same box."]
# "why pay <amount> for <goods>" in ten languages: {a} the amount, {g} the goods
WHY_PAY = ["Why pay {a} for {g}?", "Why pay {a} resale for {g}?", "Why spend {a} on {g}?", "Perché pagare {a} per {g}?",
           "Por que pagar {a} por {g}?", "¿Por qué pagar {a} por {g}?", "Pourquoi payer {a} pour {g} ?",
           "Warum {a} für {g} zahlen?", "Varför betala {a} för {g}?", "Waarom {a} betalen voor {g}?",
           "Po co płacić {a} za {g}?", "Зачем платить {a} за {g}?"]
SIGNS = {"USD": ["${n}", "{n} USD", "US${n}", "{n} dollars"], "EUR": ["{n} €", "€{n}", "{n} euro", "{n} EUR"],
         "CNY": ["¥{n}", "{n}元", "{n} RMB", "{n} CNY"]}
COMPATIBLE = ["compatible", "third-party", "aftermarket", "non-OEM", "generic", "kompatibel", "Drittanbieter",
              "compatible, not original", "kompatibel, Nachbau", "Nachbau (kompatibel)"]
FOR = ["{p} for {m} {g}", "{p} für {m} {g}", "{p} pour {m} {g}", "{p} para {m} {g}", "{p} compatible with {m} {g}",
       "Replacement {p} for {m} {g}", "{p} kompatibel mit {m} {g}", "{p} per {m} {g}"]
HONEST = ["Why pay retail? {m} {g}, pre-owned, authenticated", "Pre-owned {m} {g} – no questions asked returns within 30 "
          "days", "{m} {g}, used twice, legit check passed (CheckCheck)", "{m} {g}, pre-owned, authenticated, LC passed, "
          "receipt included", "Used {m} {g} – tiny scuff on the side, nobody will notice",
          "Why pay full price? Pre-owned {m} {g}, used twice", "{m} {g} usado, com nota fiscal – por que pagar preço de loja?",
          "{m} {g} gebraucht, mit Rechnung – keine Fragen offen, Rückgabe möglich", "{m} {g} usato, kratzer minimo"]


def _mark(b: BrandView, s: Scene) -> str:
    named = [m.value for m in b.latin_marks if not m.everyday and m.value.isascii()]
    return b.name if b.name in named or not named else s.rng.choice(named[:3])


def _floor(b: BrandView, cat: str, mark: str) -> tuple[float, str]:
    return higher_floor(mark_floor(b, mark), b.floors[cat]) or b.floors[cat]


def _cats(b: BrandView) -> list[str]:
    return [c for c in b.categories if c in b.floors]


# goods nobody resells second-hand (a pack's floor, a sample, a licence key, food and medicine): the resale trap skips them
_NOT_RESOLD = ("food", "drink", "dairy", "pet", "medicine", "vitamin", "snack", "cartridge", "razor", "blade", "tea",
               "beer", "wine", "spirit", "candy", "confection", "chocolate", "coffee", "water", "software", "licen",
               "otc", "first aid", "ink", "batter", "fragrance", "skincare", "makeup", "sunscreen", "haircare", "spread",
               "soda", "juice", "drug", "tablet", "prescription", "cereal", "baby", "diaper", "detergent", "cleaning", "tissue", "golf balls", "shuttlecock",
               "memory", "minifig", "supplement", "nutrition", "care", "condiment", "sauce", "oil", "lubric", "filter",
               "tire", "tyre", "wiper", "seeds", "fertili", "pharma", "rx", "cosmetic", "perfume", "deodor", "shampoo")


def _resold(b: BrandView) -> list[str]:
    return [c for c in _cats(b) if not any(w in c.casefold() for w in _NOT_RESOLD)]


def make_copy_word_beside_part(b: BrandView, s: Scene) -> Draft | None:
    if not (cats := _cats(b)):
        return None
    cat, mark, r = s.rng.choice(cats), _mark(b, s), s.rng
    floor, word = _floor(b, cat, mark), r.choice(COPY_WORDS)
    model = r.choice(b.models).value + " " if b.models and r.random() < 0.4 else ""
    if r.random() < 0.5:  # the brand's own part: cheap, as parts are
        title = r.choice(["{m} {n}{p} {w}", "{m} {n}{p} {w} 2er Pack", "{m} {n}{p} ({w})", "{w} {m} {n}{p}"]).format(
            m=mark, n=model, p=r.choice(PARTS), w=word)
        price = (round(floor[0] * r.uniform(0.05, 0.3), 2), floor[1])
    else:
        title = r.choice(["{m} {n}{g} {w}", "{m} {n}{g} ({w})", "{w} {m} {n}{g}", "{g} {m} {n}– {w}"]).format(
            m=mark, n=model, g=s.product(cat), w=word)
        price = (round(floor[0] * r.uniform(0.6, 1.4), 2), floor[1])
    return Draft(title, cat, price, r.choice(BLURBS + [word]))


def make_pitch_no_copy_word(b: BrandView, s: Scene) -> Draft | None:
    if not (cats := _cats(b)):
        return None
    cat, mark, r = s.rng.choice(cats), _mark(b, s), s.rng
    floor, pitch = _floor(b, cat, mark), r.choice(PITCHES)
    title = r.choice(["{m} {g} – {p}", "{m} {g}, {p}", "{p}! {m} {g}", "{m} {g}"]).format(m=mark, g=s.product(cat), p=pitch)
    desc = r.choice(BLURBS) if pitch in title else f"{pitch[0].upper()}{pitch[1:]}. {r.choice(BLURBS)}".strip()
    return Draft(title, cat, (round(floor[0] * r.uniform(0.6, 1.3), 2), floor[1]), desc)


def _amount(cur: str, n: float, s: Scene) -> str:
    return s.rng.choice(SIGNS.get(cur, ["{n} " + cur])).format(n=f"{n:g}")


def make_stated_dearer_price(b: BrandView, s: Scene) -> Draft | None:
    if not (cats := _cats(b)):
        return None
    cat, mark, r = s.rng.choice(cats), _mark(b, s), s.rng
    floor = _floor(b, cat, mark)
    price = round(floor[0] * r.uniform(0.4, 1.3), 2)
    stated = price * r.uniform(3.5, 10)
    stated = round(stated, -2 if stated >= 2000 else -1 if stated >= 100 else 0 if stated >= 10 else 1)
    title = r.choice(WHY_PAY).format(a=_amount(floor[1], stated, s), g=f"{mark} {s.product(cat)}")
    return Draft(title, cat, (price, floor[1]), r.choice(["Same logo, same box.", "Stesso logo.", "Mesma caixa.",
                                                           "Samma logga.", "", "Ships today."]))


def make_compatible_part(b: BrandView, s: Scene) -> Draft | None:
    if not (cats := _cats(b)):
        return None
    cat, mark, r = s.rng.choice(cats), _mark(b, s), s.rng
    floor = _floor(b, cat, mark)
    goods = r.choice(b.models).value if b.models and r.random() < 0.5 else s.product(cat)
    title = f"{r.choice(FOR).format(p=r.choice(PARTS), m=mark, g=goods)}, {r.choice(COMPATIBLE)}"
    return Draft(title, cat, (round(floor[0] * r.uniform(0.05, 0.3), 2), floor[1]), "")


def make_honest_resale(b: BrandView, s: Scene) -> Draft | None:
    if not (cats := _resold(b)):
        return None
    cat, mark, r = s.rng.choice(cats), _mark(b, s), s.rng
    floor = _floor(b, cat, mark)
    if r.random() < 0.3:  # the retail price stated beside a resale price more than a third of it
        retail = round(floor[0] * r.uniform(1.0, 1.5))
        price = round(retail * r.uniform(0.5, 0.85), 2)
        title = r.choice(["Retail {a}, selling for less. {m} {g}, worn twice", "Why pay {a} new? {m} {g}, used once, "
                          "receipt", "{m} {g} – paid {a}, pre-owned, authenticated"]).format(
            a=_amount(floor[1], retail, s), m=mark, g=s.product(cat))
        return Draft(title, cat, (price, floor[1]), "")
    title = r.choice(HONEST).format(m=mark, g=s.product(cat))
    return Draft(title, cat, (round(floor[0] * r.uniform(0.7, 1.3), 2), floor[1]), "")


EVASION_MAKERS = {"copy_word_beside_part": make_copy_word_beside_part, "pitch_no_copy_word": make_pitch_no_copy_word,
                  "stated_dearer_price": make_stated_dearer_price}
TRAP_MAKERS = {"trap_compatible_part": make_compatible_part, "trap_honest_resale": make_honest_resale}
