"""The brand named in ways a matcher reads late (issue 9, names32): an SMS or chat short-code offer whose "for <brand>"
fits nothing, a catalogue's or price list's "for <brand>", the trade's initialisms of the brand (RLX, BBR, KO, NK:
the registry's street names in capitals), and the brand's own katakana or Hangul name (the registry's local names)
that is also a word of the language (アップル "apple", 코치 "coach", 보스 "boss"), each beside a copy word; and their honest
twins.

- sms_keyword_copy: "Text GUCCIREP to 886209 for Gucci … 1:1 catalogue", "SMS ROLEX1 to 55123:", "Envie PANDO para
  405621 –", "Envoyez NIKE au 81234 pour", "Schick LEGO an 44844 für", "Отправь BOSE на 7755 для", "发送 SONY 到 106… 获取",
  "WhatsApp +86 … send 1 for"; the description a numbered menu ("Reply 1 for <brand> <goods> copy AAA (price), 2 for the
  price list. STOP to opt out."), at a copy's price;
- catalogue_for_copy: "1:1 catalogue for <brand> <goods>", "price list for <brand> replicas", "Katalog für …
  Repliken", "lista de precios para … réplicas", "прайс для … реплики", at a copy's price;
- street_initialism_copy: the brand's street initialism (a street name of two to four capitals) before its goods and a
  copy word of many languages (rep, コピー品, تقليد, реплика, 高仿, 짝퉁, Nachbau, réplica), in the brand's category;
- local_name_copy_words: the brand's registered katakana or Hangul name, its goods, and that language's copy words
  (コピー品, スーパーコピー, N級品, 짝퉁, 레플리카, 미러급), the description in that language;
- trap_sms_store_marketing: the brand's own store (a registry authorised seller) texting its offers ("Text NIKE to
  55123 for Nike member offers"), at a shop's price;
- trap_text_for_price_used: "Text me for the price" or "WhatsApp 0770… for details" on the brand's used goods with a
  receipt, at a used price;
- trap_initialism_senses: the same initialisms in their everyday senses, among other goods (KO boxing gloves, BBR
  barbecue sauce, NK cell assay, RLX …), no cue, a shop's price;
- trap_local_name_everyday: the same katakana or Hangul words among other goods (アップル ジュース, 코치 레슨), no cue;
- trap_genuine_batch_number: the brand's genuine goods at a shop's price with their batch number or lot code printed
  ("batch no. 2231A on the label"), no copy word.

Written from how SMS short-code marketing is worded (the CTIA short-code handbook's "Reply STOP to opt out", "Msg&data
rates may apply"; the carriers' keyword-to-short-code form) and from how copy sellers word it on classifieds; the held-out
set outsider30 named the classes (c_sms_shortcode30, c_initialism30, c_local_script30); none of its listings is used.
"""

from __future__ import annotations

import re

from tests.eval.adversary import context
from tests.eval.adversary.codes import _PACK, _goods
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, script_of

EVASIONS = {
    "sms_keyword_copy": "an SMS or chat short-code offer ('Text GUCCIREP to 886209 for Gucci … 1:1 catalogue', 'Reply 1 "
                        "for …') in several languages, at a copy's price",
    "catalogue_for_copy": "a copy catalogue's or price list's 'for <brand>' ('1:1 catalogue for', 'Preisliste für'), at a "
                          "copy's price",
    "street_initialism_copy": "the brand's street initialism (RLX, BBR, KO, NK) before its goods and a copy word of many "
                              "languages, in its category",
    "local_name_copy_words": "the brand's registered katakana or Hangul name (also a word of the language: アップル, 코치) "
                             "with that language's copy words, in its category",
}
TRAPS = {
    "trap_sms_store_marketing": "the brand's own store texting its offers ('Text NIKE to 55123 for Nike member offers'), "
                                "at a shop's price",
    "trap_text_for_price_used": "'Text me for the price' on the brand's used goods with a receipt, at a used price",
    "trap_initialism_senses": "the brand's street initialism in its everyday senses among other goods, no cue",
    "trap_local_name_everyday": "the brand's katakana or Hangul name as the language's everyday word among other goods, "
                                "no cue",
    "trap_genuine_batch_number": "the brand's genuine goods with their batch number or lot code, at a shop's price",
}

_FOR = {"en": "for", "pt": "para", "es": "para", "fr": "pour", "de": "für", "ru": "для", "it": "per", "pl": "dla"}
# (language, call to action before "for", the copy word after the goods)
_SMS = [
    ("en", "Text {key} to {num}", ["1:1 catalogue", "replica list", "copy AAA", "rep catalogue", "mirror copy list"]),
    ("en", "SMS {key} to {num}", ["copy AAA", "1:1 replicas", "replica price list"]),
    ("en", "Txt {key} to {num}", ["super copy", "AAA replica"]),
    ("en", "WhatsApp {phone}, send 1", ["1:1 copy", "replica AAA"]),
    ("en", "Reply {n}", ["copy AAA", "1:1 replica"]),
    ("pt", "Envie {key} para {num} e receba o catálogo", ["réplica", "réplicas 1:1", "primeira linha"]),
    ("es", "Envía {key} al {num}", ["réplica", "réplica AAA", "copia 1:1"]),
    ("fr", "Envoyez {key} au {num}", ["réplique", "copie 1:1", "réplique AAA"]),
    ("de", "Schick {key} an {num}", ["Replika", "Nachbau 1:1", "Fälschung AAA"]),
    ("ru", "Отправь {key} на {num}", ["реплика", "копия 1:1", "реплика люкс"]),
    ("it", "Invia {key} al {num}", ["replica", "copia 1:1"]),
    ("pl", "Wyślij {key} na {num}", ["replika", "podróbka 1:1"]),
]
_CATALOGUE = [
    ("en", "1:1 catalogue for {name} {goods}"), ("en", "Replica price list for {name} {goods}"),
    ("en", "Rep catalog for {name} {goods} – DM"), ("en", "Price list for {name} {goods} replicas (AAA)"),
    ("de", "Katalog für {name} {goods} Repliken 1:1"), ("de", "Preisliste für {name} {goods} Nachbau"),
    ("es", "Catálogo para {name} {goods} réplica AAA"), ("es", "Lista de precios para {name} {goods} réplicas"),
    ("pt", "Catálogo para {name} {goods} réplica primeira linha"), ("fr", "Catalogue pour {name} {goods} répliques 1:1"),
    ("ru", "Прайс для {name} {goods} реплики"), ("ru", "Каталог для {name} {goods} копии 1:1"),
]
_COPY_WORDS = ["rep", "reps", "1:1 copy", "コピー品", "スーパーコピー", "تقليد", "реплика", "копия", "高仿", "A货", "짝퉁",
               "레플리카", "Nachbau", "réplica", "réplique", "replika", "sahte", "hàng giả", "mirror copy"]
_LOCAL_COPY = {"ja": (["コピー品", "スーパーコピー", "N級品", "レプリカ", "偽物", "S級コピー"],
                      ["コピー品です。", "スーパーコピー、Sランク品。", "N級品、本物と同じ。", "レプリカです。ご理解の上ご購入ください。"]),
               "ko": (["짝퉁", "레플리카", "미러급", "이미테이션", "가품"],
                      ["정품 아님.", "미러급 레플리카입니다.", "짝퉁입니다. 정품과 똑같아요.", "가품입니다. 이해하고 구매하세요."])}
_LOCAL_GOODS = {"ja": ["新作", "人気モデル", "限定", "2025年モデル", "正規品と同じ"], "ko": ["신상", "인기 모델", "한정판", "2025년형"]}
# the everyday goods a katakana or Hangul word is written before (juice, cake, lesson, poster, keyring, sticker)
_EVERYDAY_GOODS = {"ja": [("ジュース 1L", "drinks"), ("ケーキ 手作り", "food"), ("レッスン 1回", "services"),
                          ("ポスター A2", "posters"), ("キーホルダー 手作り", "crafts"), ("ステッカー 5枚", "stationery")],
                   "ko": [("주스 1L", "drinks"), ("케이크 수제", "food"), ("레슨 1회", "services"), ("포스터 A2", "posters"),
                          ("키링 수제", "crafts"), ("스티커 5장", "stationery")]}
# an initialism's everyday senses: the goods of other trades it is printed on (a boxer's knockout, a barbecue, a lab's
# assay, a band's merch), each filed under its own category
_OTHER_GOODS = [("boxing gloves 16oz", "sports"), ("barbecue sauce 500ml", "food"), ("cell assay kit", "lab supplies"),
                ("band T-shirt", "t-shirts"), ("garden hose 20m", "garden"), ("vinyl record", "music"),
                ("notebook A5", "stationery"), ("yoga mat", "sports")]
_INITIAL = re.compile(r"[A-Z]{2,4}")
# goods never sold used: licences, food and drink, medicines and other consumables (by the unit or the volume)
_NEVER_USED = re.compile(r"(?i)licen[cs]e|subscription|download|\bkey\b|\d+\s?(?:ml|l|g|kg|oz|cl)\b|\bcans?\b|bottle|"
                         r"capsule|tablet|pill|sachet|formula|chocolate|candy|coffee|yogh?urt|cream|serum|lotion|ink|"
                         r"refill|blades?\b|filter|oil\b|shuttlecock|balls?\b")


def _copy_cat(b: BrandView) -> list[str]:
    return [c for c in b.categories if c in b.floors and "prescription" not in c]


def _key(b: BrandView, s: Scene) -> str:
    letters = re.sub(r"[^A-Za-z]", "", b.name).upper() or "SHOP"
    return s.rng.choice([letters[:5], letters[:5] + "1", letters[:4] + "REP", letters[:6]])


def _num(s: Scene) -> str:
    return str(s.rng.choice([s.rng.randrange(10_000, 99_999), s.rng.randrange(100_000, 999_999)]))


def _phone(s: Scene) -> str:
    r = s.rng
    return r.choice([f"+86 138 {r.randrange(1000, 9999)} {r.randrange(1000, 9999)}",
                     f"+234 80{r.randrange(10, 99)} {r.randrange(100, 999)} {r.randrange(1000, 9999)}",
                     f"0{r.randrange(7000, 7999)} {r.randrange(100000, 999999)}"])


def _copy_price(b: BrandView, s: Scene, cat: str) -> tuple[float, str]:
    return s.price(cat, low=s.rng.random() < 0.5)


def make_sms_keyword_copy(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cats = _copy_cat(b)
    if not cats:
        return None
    cat = r.choice(cats)
    goods = _goods(b, s, cat)
    lang, call, cues = r.choice(_SMS)
    call = call.format(key=_key(b, s), num=_num(s), phone=_phone(s), n=r.randrange(1, 5))
    cue = r.choice(cues)
    price = _copy_price(b, s, cat)
    money = f"{price[0]:g} {price[1]}"
    title = r.choice([f"{call} {_FOR[lang]} {b.name} {goods} {cue}", f"{call} {_FOR[lang]} {b.name} {goods} – {cue}",
                      f"{call}: {b.name} {goods} {cue}"])
    description = r.choice([
        f"Reply 1 for {b.name} {goods} {cue} ({money}), 2 for the price list. STOP to opt out. Msg&data rates may apply.",
        f"Press 1 for {b.name} {goods} ({cue}), 2 for more models. Reply STOP to end.",
        f"{call} {_FOR[lang]} {b.name} {cue}. {money}.",
        ""])
    return Draft(title, cat, price, description)


def make_catalogue_for_copy(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cats = _copy_cat(b)
    if not cats:
        return None
    cat = r.choice(cats)
    _, frame = r.choice(_CATALOGUE)
    title = frame.format(name=b.name, goods=_goods(b, s, cat))
    return Draft(_cap(title), cat, _copy_price(b, s, cat), r.choice(["", "Ask for the photos.", "WhatsApp for the list."]))


def _initialisms(b: BrandView) -> list[str]:
    return [m.value for m in b.declared("street_name") if _INITIAL.fullmatch(m.value)]


def make_street_initialism_copy(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    initials, cats = _initialisms(b), _copy_cat(b)
    if not initials or not cats:
        return None
    cat = r.choice(cats)
    initial, goods, cue = r.choice(initials), _goods(b, s, cat), r.choice(_COPY_WORDS)
    title = r.choice([f"{initial} {goods} {cue}", f"{initial} {_cap(goods)} – {cue}", f"{cue} {initial} {goods}",
                      f"{initial} {goods} ({cue})"])
    return Draft(title, cat, _copy_price(b, s, cat), r.choice(["", f"{_cap(cue)}.", "Rep, good batch.", "QC pics on request."]))


def _local_names(b: BrandView) -> list[str]:
    return [m.value for m in b.declared("local_name") if script_of(m.value) in ("ja", "ko")]


def make_local_name_copy_words(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    names, cats = _local_names(b), _copy_cat(b)
    if not names or not cats:
        return None
    cat = r.choice(cats)
    name = r.choice(names)
    lang = script_of(name)
    words, descriptions = _LOCAL_COPY[lang]
    goods = r.choice([_goods(b, s, cat), r.choice(_LOCAL_GOODS[lang])])
    title = r.choice([f"{name} {goods} {r.choice(words)}", f"{name} {r.choice(words)} {goods}", f"【{r.choice(words)}】{name} {goods}"])
    return Draft(title, cat, _copy_price(b, s, cat), r.choice(descriptions))


def make_sms_store_marketing(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cats = _copy_cat(b)
    if not cats or not b.sellers:
        return None
    cat = r.choice(cats)
    marketplace, seller = r.choice(b.sellers)
    goods = _goods(b, s, cat)
    title = r.choice([f"Text {_key(b, s)} to {_num(s)} for {b.name} member offers – {goods}",
                      f"{b.name} {goods} – text {_key(b, s)} to {_num(s)} for new arrivals",
                      f"SMS {_key(b, s)} to {_num(s)} for {b.name} {goods} restock alerts"])
    description = "Official store. Msg&data rates may apply. Reply STOP to opt out, HELP for help."
    return Draft(title, cat, s.price(cat), description, marketplace=marketplace, seller=seller)


def make_text_for_price_used(b: BrandView, s: Scene) -> Draft | None:
    """(a licence key or a consumable is never sold used: the generator's software and pack goods are left out; a phone
    number is left out of the title: a run of its digits one edit from a model number is read as that model, a known
    false alert of the fuzzy reader, issue 9, not this class's)"""
    r = s.rng
    cats = [c for c in _copy_cat(b) if "software" not in c]
    if not cats:
        return None
    cat = r.choice(cats)
    goods = _goods(b, s, cat)
    if _PACK.search(goods) or _NEVER_USED.search(goods):
        return None
    amount, cur = b.floors[cat]
    price = (round(amount * r.uniform(0.45, 0.7), 2), cur)
    title = r.choice([f"{b.name} {goods}, used – text me for the price", f"Used {b.name} {goods} – WhatsApp me for details",
                      f"{b.name} {goods} used, text for more photos", f"Used {b.name} {goods} – SMS for the price"])
    description = r.choice(["Used, works perfectly, original receipt included.", "Bought at the brand's store in 2023, "
                            "receipt and box. Used, light wear.", "Used for a year, with receipt."])
    return Draft(title, cat, price, description)


def make_initialism_senses(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    initials = _initialisms(b)
    if not initials:
        return None
    goods, cat = r.choice([g for g in _OTHER_GOODS if g[1] not in b.categories])
    initial = r.choice(initials)
    title = r.choice([f"{initial} {goods}", f"{_cap(goods)} – {initial}", f"{initial} {goods}, new"])
    return Draft(title, cat, (round(r.uniform(8, 40), 2), "USD"), r.choice(["", "Ships today.", "Pickup only."]))


def make_local_name_everyday(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    names = _local_names(b)
    if not names:
        return None
    name = r.choice(names)
    lang = script_of(name)
    goods, cat = r.choice([g for g in _EVERYDAY_GOODS[lang] if g[1] not in b.categories])
    price = (float(r.randrange(500, 3000)), "JPY") if lang == "ja" else (float(r.randrange(5000, 30000)), "KRW")
    return Draft(f"{name} {goods}", cat, price, r.choice(["", "新品です。" if lang == "ja" else "새 상품입니다."]))


def make_genuine_batch_number(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cats = _copy_cat(b)
    if not cats:
        return None
    cat = r.choice(cats)
    goods = _goods(b, s, cat)
    if _PACK.search(goods):
        return None  # a pack's shop price reads as far below a unit's floor (codes._honest_draft)
    code = f"{r.randrange(1000, 9999)}{r.choice('ABCDEFGH')}"
    # (not "lot 2231A": on a marketplace a lot is a bundle of goods sold together)
    title = r.choice([f"{b.name} {goods} – batch no. {code} on the label", f"{b.name} {goods}, batch {code}",
                      f"{b.name} {goods} (batch code {code}, sealed)"])
    return Draft(title, cat, s.price(cat), r.choice(["Brand new, sealed, batch code printed on the box.",
                                                     "New, from the brand's store, receipt included."]))


EVASION_MAKERS = {"sms_keyword_copy": make_sms_keyword_copy, "catalogue_for_copy": make_catalogue_for_copy,
                  "street_initialism_copy": make_street_initialism_copy,
                  "local_name_copy_words": make_local_name_copy_words}
TRAP_MAKERS = {"trap_sms_store_marketing": make_sms_store_marketing, "trap_text_for_price_used": make_text_for_price_used,
               "trap_initialism_senses": make_initialism_senses, "trap_local_name_everyday": make_local_name_everyday,
               "trap_genuine_batch_number": make_genuine_batch_number}
