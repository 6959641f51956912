"""The adversary's classes of the copy words of under-served languages, and their honest twins (words56, issue 9):

- the brand's goods in the title and a copy word of a language the matcher's lists were thin in, in the title's tail or
  the description, with that language's "not original" and its marketplace: Kazakh (көшірме, түпнұсқа емес, OLX.kz,
  Kaspi), Kyrgyz (көчүрмө), Uzbek (soxta, original emas), Tajik (қалбакӣ), Azerbaijani (saxta, orijinal deyil),
  Mongolian (хуурамч), Hinglish (nakli, "original nahi hai"), Marathi (बनावट), Urdu and Persian (جعلی), Malay and
  Indonesian (ciplak, tiruan), Tagalog (pekeng), Swahili (bidhaa ghushi, sio original), Zulu (umgunyathi), Kurdish
  (sexte), Polish (podrabiany), Slovak (falošný), Bulgarian (фалшиви), Serbian (лажњак), Ukrainian (підроблений),
  Lithuanian, Latvian, Estonian; for a scale model kit or die-cast car the copy is "réplica AAA", "replica 1:1",
  "réplica espelhada, não original da marca" (a grade or a denial of originality around the word, not a miniature's
  "replica"), priced at 45-110 % of the floor so that the words, not the price, make the copy: alert (evasion);
- the genuine twin: the same goods at 95-130 % of the floor, said to be original with the shop's receipt and warranty
  in the same language ("company ka bill aur warranty card ke saath", "чегі бар, кепілдік", "faturalı, garantili",
  "risiti na dhamana"), with the copy word denied after or before it as that language does ("Copy nahi hai",
  "көшірме емес", "soxta emas", "saxta deyil", "hindi peke", "sio feki", "bukan tiruan", "не підробка"); for a
  scale model the honest "1/100 scale replica" of the maker's own kit: quiet (trap).

Written from the author's knowledge of these languages and their marketplaces' wording; the sentences are this module's
own, no held-out listing's string (after outsider45's c_olx_kz_koshirme45, c_shopee_br_aaa_importado45 and
in_meesho_original_bill45, a set the lead named seen for this work).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.honest50 import _priced

EVASIONS = {
    "regional_copy_word56": "the brand's goods with a copy word and 'not original' of an under-served language "
                            "(kk, ky, uz, tg, az, mn, Hinglish, mr, ur, fa, ms, id, tl, sw, zu, ku, pl, sk, bg, sr, uk, "
                            "lt, lv, et); a model kit's 'réplica AAA', at 45-110 % of the floor",
}
TRAPS = {
    "trap_regional_receipt56": "genuine goods at 95-130 % of the floor, original with receipt and warranty in the same "
                               "languages, the copy word denied ('Copy nahi hai', 'көшірме емес'); a kit's scale replica",
}
# two listings a brand and class (suite time)
FEW = dict.fromkeys((*TRAPS, *EVASIONS), 2)

# (language, marketplace, title tails, description sentences with {n} the brand): a copy in that language's words
COPIES = [
    ("kk", "olx-kz", ["көшірме", "люкс көшірме", "сапалы көшірме"],
     ["Түпнұсқа емес, бірақ {n} логотипі бар. Жеткізу бар.", "Жақсы көшірме, {n} сияқты. Түпнұсқа емес.",
      "Бұл көшірме, сондықтан бағасы арзан."]),
    ("ky", "lalafo-kg", ["көчүрмө", "сапаттуу көчүрмө"],
     ["Оригинал эмес, көчүрмө. {n} логотиби бар.", "Көчүрмө, бирок сапаты жакшы."]),
    ("uz", "olx-uz", ["soxta", "soxta mahsulot"],
     ["Original emas, {n} logotipi bor. Yetkazib berish bor.", "Soxta, lekin sifati yaxshi."]),
    ("tg", "somon-tj", ["қалбакӣ"], ["Маҳсулоти қалбакӣ, {n} логотип дорад."]),
    ("az", "tap-az", ["saxta", "saxta məhsul"],
     ["Orijinal deyil, {n} loqosu var. Çatdırılma var.", "Saxta məhsul, keyfiyyəti yaxşıdır."]),
    ("mn", "unegui-mn", ["хуурамч"], ["Жинхэнэ биш, {n} лого бий.", "Хуурамч бараа, чанар сайн."]),
    ("hi", "meesho", ["nakli", "first copy nakli maal"],
     ["Original nahi hai, {n} ka logo hai. Nakli maal, achhi quality.", "Nakli hai par bilkul {n} jaisa dikhta hai."]),
    ("mr", "olx-in", ["बनावट"], ["हे बनावट आहे, {n} लोगो आहे.", "बनावट माल, चांगली क्वालिटी."]),
    ("ur", "daraz-pk", ["جعلی"], ["یہ جعلی ہے، {n} کا لوگو ہے۔"]),
    ("fa", "divar", ["جعلی"], ["اصل نیست، جعلی با لوگوی {n}.", "کالای جعلی، کیفیت خوب."]),
    ("ms", "mudah-my", ["barang ciplak", "tiruan"],
     ["Barang ciplak, bukan original {n}. Kualiti baik.", "Tiruan gred A, logo {n} lengkap."]),
    ("id", "tokopedia", ["jiplakan", "barang tiruan"],
     ["Barang jiplakan, bukan ori. Logo {n} lengkap.", "Tiruan mirip asli, tidak original."]),
    ("tl", "carousell-ph", ["pekeng", "pekeng class A"],
     ["Hindi original, pekeng {n} pero maganda.", "Pekeng item, kamukha ng orig."]),
    ("sw", "jiji-ke", ["bidhaa ghushi", "ghushi"],
     ["Sio original, ni bidhaa ghushi ya {n}.", "Ghushi lakini ubora mzuri."]),
    ("zu", "gumtree-za", ["umgunyathi"], ["Umgunyathi we-{n}, ikhwalithi enhle."]),
    ("ku", "sahibinden", ["sexte"], ["Ev sexte ye, ne orîjînal e. Logoya {n} heye."]),
    ("pl", "olx-pl", ["podrabiany", "podrabiana"], ["Produkt podrabiany, nie oryginał {n}.", "Podrabiane, ale dobra jakość."]),
    ("sk", "bazos-sk", ["falošný", "falošné"], ["Falošný kus, nie je originál. Logo {n}.", "Falošné, dobrá kvalita."]),
    ("bg", "olx-bg", ["фалшиви", "фалшив"], ["Не е оригинал, фалшиви с лого {n}.", "Фалшив продукт, добро качество."]),
    ("sr", "kupujemprodajem", ["лажњак"], ["Није оригинал, лажњак са логом {n}.", "Лажњак, квалитет одличан."]),
    ("uk", "olx-ua", ["підроблений", "підроблена"], ["Не оригінал, підроблений {n}.", "Підроблена річ, якість добра."]),
    ("lt", "skelbiu-lt", ["padirbta"], ["Ne originalas, padirbta prekė su {n} logotipu."]),
    ("lv", "ss-lv", ["viltota"], ["Nav oriģināls, viltota prece ar {n} logo."]),
    ("et", "okidoki-ee", ["võltsitud"], ["Ei ole originaal, võltsitud toode {n} logoga."]),
]
# a scale model kit's or die-cast car's copy: the grade or the denial of originality around "replica"
KIT_CATEGORIES = frozenset({"model kits", "die-cast cars", "diecast", "scale models", "toy cars"})
KIT_COPIES = [
    ("shopee-br", "réplica AAA", "Kit réplica AAA, não original da marca {n}. Acabamento premium."),
    ("mercadolivre", "réplica espelhada", "Modelo réplica espelhada 1:1 da {n}, não é original."),
    ("aliexpress", "replica 1:1 mirror", "1/100 scale model kit, replica 1:1 mirror grade, not original {n}."),
    ("olx-kz", "көшірме", "Масштабты модель, көшірме, түпнұсқа емес {n}."),
]

# (language, marketplace, title tails, descriptions with {n}): genuine goods with the shop's receipt and warranty, the copy
# word denied as that language denies it
GENUINES = [
    ("hi", "meesho", ["100% original with bill", "original hai, bill ke saath"],
     ["Original hai, shop ka bill aur warranty card saath mein. Copy nahi hai.",
      "Pakka original {n}, GST bill ke saath. Nakli nahi hai.", "Asli {n}, bill aur warranty dono. Duplicate nahi."]),
    ("kk", "kaspi", ["түпнұсқа, чегі бар"],
     ["Түпнұсқа {n}, чегі мен кепілдік талоны бар. Көшірме емес.", "Дүкеннен алынған, чек бар. Көшірме емес, түпнұсқа."]),
    ("ky", "lalafo-kg", ["оригинал, чеги бар"], ["Оригинал {n}, чек жана кепилдик бар. Көчүрмө эмес."]),
    ("uz", "olx-uz", ["original, chek bilan"], ["Original {n}, chek va kafolat bor. Soxta emas."]),
    ("az", "tap-az", ["orijinal, qəbz ilə"], ["Orijinal {n}, qəbz və zəmanət var. Saxta deyil."]),
    ("mn", "unegui-mn", ["жинхэнэ, баримттай"], ["Жинхэнэ {n}, баримт болон баталгаатай. Хуурамч биш."]),
    ("tr", "sahibinden", ["orijinal faturalı"], ["Orijinal {n}, faturalı ve garantili. Sahte değil."]),
    ("ms", "mudah-my", ["original dengan resit"], ["Original {n}, ada resit dan waranti. Bukan tiruan."]),
    ("id", "tokopedia", ["original bergaransi"], ["Original {n}, ada nota dan garansi resmi. Bukan tiruan."]),
    ("tl", "carousell-ph", ["authentic with receipt"], ["Authentic {n}, may resibo at warranty. Hindi peke."]),
    ("sw", "jiji-ke", ["original na risiti"], ["Bidhaa halisi ya {n}, na risiti na dhamana. Sio feki."]),
    ("uk", "olx-ua", ["оригінал з чеком"], ["Оригінал {n}, є чек і гарантія. Не підробка."]),
    ("pl", "olx-pl", ["oryginał z paragonem"], ["Oryginał {n}, paragon i gwarancja. Nie podróbka."]),
]
KIT_GENUINES = [
    ("shopee-br", "kit original lacrado", "Kit original {n} em escala 1/100, réplica fiel do modelo da série, com nota fiscal."),
    ("amazon", "1/100 scale model kit", "Genuine {n} 1/100 scale replica of the mobile suit, sealed, shop receipt included."),
]


def _drawn(b: BrandView, s: Scene, share: tuple[float, float], kits: list, table: list) -> Draft | None:
    """The brand's goods at `share` of the floor, worded by a kit line (`kits`: market, tail, description) for a model
    kit or a die-cast car, else by a language's line (`table`: language, market, title tails, descriptions)."""
    if (goods := _priced(b, s, share)) is None:
        return None
    mark, cat, product, price = goods
    if cat in KIT_CATEGORIES and s.rng.random() < 0.6:
        market, tail, desc = s.rng.choice(kits)
        return Draft(f"{mark} {product} {tail}", cat, price, desc.format(n=b.name), marketplace=market)
    _lang, market, tails, sentences = s.rng.choice(table)
    return Draft(f"{mark} {product} {s.rng.choice(tails)}", cat, price, s.rng.choice(sentences).format(n=b.name),
                 marketplace=market)


def make_regional_copy(b: BrandView, s: Scene) -> Draft | None:
    return _drawn(b, s, (0.45, 1.1), KIT_COPIES, COPIES)


def make_regional_receipt(b: BrandView, s: Scene) -> Draft | None:
    return _drawn(b, s, (0.95, 1.3), KIT_GENUINES, GENUINES)


EVASION_MAKERS = {"regional_copy_word56": make_regional_copy}
TRAP_MAKERS = {"trap_regional_receipt56": make_regional_receipt}
