"""The adversary's grammar classes (words, 2026-12-01): the mark inside the grammar of other languages, and the innocent
listings that grammar also makes.

Written from first principles (how German, Dutch, the Scandinavian languages, Finnish and Hungarian write compounds;
how marketplaces of many languages label the item specific "brand"; what a disguise is), not from a held-out set:
- compound_mark: a mark glued as the first element of a compound noun of its goods in a compounding language
  (Rolexuhr, Guccitasche, Nikeskor, Burberrysjaal, Rolexóra, Canadagoosejakke), filed among the brand's goods, the
  rest of the title in that language, at a copy's price;
- attributes_local_keys: a title and description that name no brand, in a marketplace's language, the brand only under
  that language's "brand" key (Marka, Märke, Merk, Marque, Бренд, Thương hiệu, ยี่ห้อ, ブランド ...), the brand's
  category and a copy's or a low price, sometimes the name in the market's script;
- style_disguised: a disguised mark (leet, look-alikes, fancy letters, spaced or masked letters) with a likeness
  word of some language ("-style", "w stylu", "tarzı", "estilo", "im Stil von", "stijl", "в стиле") in the brand's
  category at a copy's price: an honest comparison writes the name as it is;

- inflected_mark: the mark declined by the grammar of a language that declines names (Rolexem, Rolexot, Guccin, Boseovy,
  Rolexas) in a sentence of that language;

and their traps:
- trap_compound_words: real words of those languages whose head is a mark's letters (wordfreq's lists: Diorama,
  Marsmission, Honduras-like names), in a listing of their own sense, no cue (a mark glued to letters that are no word,
  as Bose in Bösendorfer, is trap_glued_nonword's);
- trap_compound_genuine: the compound of a genuine unit at a retailer's price (100-160 % of the floor), no cue;
- trap_attributes_other_brand: the brand key naming an honest brand nobody registered (Casio, Anker, "Genérico") or
  the registered brand under a key that says what the item fits ("Kompatible Marke", "Compatible con");
- trap_style_plain: the mark written plainly with the same likeness words of many languages, at an honest price;
- trap_inflected_far, trap_inflected_genuine: the inflected mark in a book or poster about the brand, or at a
  retailer's price with a receipt.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from wordfreq import top_n_list

from tests.eval.adversary import chinese, context, disguises
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _fold, higher_floor, mark_floor

# product nouns of the compounding languages, by what the registry's categories sell (Wiktionary translations)
COMPOUND_NOUNS: dict[str, dict[str, list[str]]] = {
    "watch": {"de": ["uhr", "armbanduhr"], "nl": ["horloge"], "sv": ["klocka", "armbandsur"], "da": ["ur", "armbåndsur"],
              "nb": ["klokke"], "fi": ["kello", "rannekello"], "hu": ["óra", "karóra"]},
    "bag": {"de": ["tasche", "handtasche"], "nl": ["tas", "handtas"], "sv": ["väska", "handväska"], "da": ["taske"],
            "nb": ["veske"], "fi": ["laukku", "käsilaukku"], "hu": ["táska", "kézitáska"]},
    "shoe": {"de": ["schuhe", "turnschuhe"], "nl": ["schoenen"], "sv": ["skor"], "da": ["sko"], "nb": ["sko"],
             "fi": ["kengät"], "hu": ["cipő"]},
    "belt": {"de": ["gürtel"], "nl": ["riem"], "sv": ["bälte"], "da": ["bælte"], "nb": ["belte"], "fi": ["vyö"], "hu": ["öv"]},
    "jewel": {"de": ["kette", "armband"], "nl": ["ketting", "armband"], "sv": ["halsband", "armband"],
              "da": ["halskæde", "armbånd"], "nb": ["armbånd"], "fi": ["kaulakoru", "rannekoru"], "hu": ["nyaklánc", "karkötő"]},
    "scarf": {"de": ["schal"], "nl": ["sjaal"], "sv": ["halsduk"], "da": ["tørklæde"], "nb": ["skjerf"], "fi": ["huivi"],
              "hu": ["sál"]},
    "jacket": {"de": ["jacke"], "nl": ["jas"], "sv": ["jacka"], "da": ["jakke"], "nb": ["jakke"], "fi": ["takki"],
               "hu": ["kabát", "dzseki"]},
    "audio": {"de": ["kopfhörer"], "nl": ["koptelefoon"], "sv": ["hörlurar"], "da": ["høretelefoner"], "nb": ["hodetelefoner"],
              "fi": ["kuulokkeet"], "hu": ["fejhallgató"]},
    "phone": {"de": ["handy"], "nl": ["telefoon"], "sv": ["telefon"], "fi": ["puhelin"], "hu": ["telefon"]},
    "wallet": {"de": ["geldbörse"], "nl": ["portemonnee"], "sv": ["plånbok"], "fi": ["lompakko"], "hu": ["pénztárca"]},
    "glasses": {"de": ["sonnenbrille"], "nl": ["zonnebril"], "sv": ["solglasögon"], "da": ["solbriller"], "fi": ["aurinkolasit"],
                "hu": ["napszemüveg"]},
    "hair": {"de": ["föhn"], "sv": ["hårtork"], "fi": ["hiustenkuivaaja"], "hu": ["hajszárító"]},
    "vacuum": {"de": ["staubsauger"], "nl": ["stofzuiger"], "sv": ["dammsugare"], "da": ["støvsuger"], "fi": ["imuri"],
               "hu": ["porszívó"]},
    "toy": {"de": ["spielzeug"], "nl": ["speelgoed"], "sv": ["leksak"], "da": ["legetøj"], "fi": ["lelu"], "hu": ["játék"]},
    "perfume": {"de": ["parfüm"], "nl": ["parfum"], "sv": ["parfym"], "fi": ["hajuvesi"], "hu": ["parfüm"]},
}
CATEGORY_NOUNS = {"watches": "watch", "handbags": "bag", "bags": "bag", "sneakers": "shoe", "belts": "belt", "jewelry": "jewel",
                  "charms": "jewel", "scarves": "scarf", "jackets": "jacket", "parkas": "jacket", "outerwear": "jacket",
                  "headphones": "audio", "earbuds": "audio", "phones": "phone", "wallets": "wallet", "sunglasses": "glasses",
                  "hair care": "hair", "vacuum cleaners": "vacuum", "toys": "toy", "fragrance": "perfume"}
# the rest of a title in each language: colours, "new", "men's/women's", "with box"
FILLERS = {"de": ["schwarz", "neu", "Herren", "Damen", "mit Box", "braun", "OVP"], "nl": ["zwart", "nieuw", "heren", "dames",
           "bruin", "met doos"], "sv": ["svart", "ny", "herr", "dam", "brun", "i kartong"], "da": ["sort", "ny", "herre",
           "dame", "brun", "med æske"], "nb": ["svart", "ny", "herre", "dame", "brun", "med eske"], "fi": ["musta", "uusi",
           "miesten", "naisten", "ruskea", "laatikossa"], "hu": ["fekete", "új", "férfi", "női", "barna", "dobozában"]}
COPY_WORDS = {"de": ["Replik", "1:1", "Kopie"], "nl": ["replica", "namaak", "1:1"], "sv": ["replika", "kopia", "1:1"],
              "da": ["kopi", "replika"], "nb": ["kopi", "replika"], "fi": ["kopio", "replika"], "hu": ["másolat", "replika"]}


def _glueable(b: BrandView) -> list[str]:
    """The brand's Latin marks of four letters or more, letters only, no everyday word, that a compound can begin with."""
    out = []
    for m in b.latin_marks:
        letters = re.sub(r"[^A-Za-z0-9]", "", unicodedata.normalize("NFKD", m.value))
        if not m.everyday and len(letters) >= 4 and letters.isascii() and letters.isalpha():
            out.append(re.sub(r"[\s\-'.&]+", "", m.value))
    return out


def _noun_categories(b: BrandView) -> list[str]:
    return [c for c in b.categories if c in CATEGORY_NOUNS]


def make_compound_mark(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    marks, cats = _glueable(b), _noun_categories(b)
    if not marks or not cats:
        return None
    cat = r.choice(cats)
    nouns = COMPOUND_NOUNS[CATEGORY_NOUNS[cat]]
    lang = r.choice(sorted(nouns))
    noun = r.choice(nouns[lang])
    mark = marks[0] if r.random() < 0.6 else r.choice(marks)
    head = mark[:1].upper() + mark[1:].lower() if r.random() < 0.7 else mark.lower()
    word = head + noun
    fill = r.sample(FILLERS[lang], k=2)
    low = cat in b.floors and r.random() < 0.5
    parts = [word, *fill]
    if not low and r.random() < 0.3:
        parts.append(r.choice(COPY_WORDS[lang]))
    if r.random() < 0.3:
        parts = [fill[0], word, fill[1]]
    return Draft(" ".join(parts), cat, s.price(cat, low=low), "")


@functools.lru_cache(maxsize=1)
def _language_words() -> dict[str, list[str]]:
    return {lang: top_n_list(lang, 60_000) for lang in ("de", "nl", "sv", "da", "nb", "fi", "hu")}


@functools.lru_cache(maxsize=1)
def _by_head() -> dict[str, list[tuple[str, str]]]:
    """The compounding languages' frequent words of seven letters or more by their first four letters (built once:
    scanning 7 x 60,000 words for every brand made the generator time out under load)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for lang, ws in _language_words().items():
        for w in ws:
            if len(w) >= 7 and w.isalpha():
                out.setdefault(w[:4], []).append((lang, w))
    return out


@functools.lru_cache(maxsize=256)
def _words_beginning(marks: tuple[str, ...]) -> list[tuple[str, str]]:
    """(language, word) of the compounding languages' frequent words that begin with one of the marks' letters and go
    on for three letters or more."""
    heads = _by_head()
    return sorted({(lang, w) for m in marks for lang, w in heads.get(m[:4], ()) if w.startswith(m) and len(w) >= len(m) + 3})




def make_trap_compound_words(b: BrandView, s: Scene) -> Draft | None:
    """A real word of a compounding language that begins with a mark's letters (wordfreq's top 60,000), in a listing
    of its own sense (a book, a poster, household goods), no cue; or the mark's letters glued to letters that make
    no word, in the brand's category, at an honest price."""
    r = s.rng
    marks = [m.lower() for m in _glueable(b)]
    if not marks:
        return None
    words = _words_beginning(tuple(marks))
    if not words:
        return None
    lang, w = r.choice(words)
    title = r.choice(["{W} – Buch, gebraucht", "Poster {W} 50x70", "{W} (roman)", "{W}: Sachbuch, Taschenbuch",
                      "Vintage {W} Postkarte", "{W} — bok, inbunden", "{W} könyv, puhatáblás", "{W} – kirja, pokkari",
                      "Sticker {W}", "{W} DVD"]).format(W=_cap(w))
    cat = r.choice(["books", "posters", "home decor", "stickers", "dvds", None])
    return Draft(title, cat, (round(r.uniform(6, 30), 2), "EUR"), "")


def make_trap_compound_genuine(b: BrandView, s: Scene) -> Draft | None:
    """The compound of a genuine unit at a retailer's price, no cue (a shop in Germany selling the brand's goods)."""
    r = s.rng
    marks, cats = _glueable(b), [c for c in _noun_categories(b) if c in b.floors]
    if not marks or not cats:
        return None
    cat = r.choice(cats)
    nouns = COMPOUND_NOUNS[CATEGORY_NOUNS[cat]]
    lang = r.choice(sorted(nouns))
    word = _cap(marks[0].lower()) + r.choice(nouns[lang])
    retail = {"de": "Originalrechnung, Fachhändler", "nl": "met bon, dealer", "sv": "kvitto finns, återförsäljare",
              "da": "kvittering, forhandler", "nb": "kvittering, forhandler", "fi": "kuitti, jälleenmyyjä",
              "hu": "számlával, márkakereskedő"}[lang]
    return Draft(f"{word} {r.choice(FILLERS[lang])}", cat, s.price(cat), retail)


# "brand" as item specifics of many languages label it (Wiktionary translations of "brand", the trademark sense)
BRAND_KEYS = ["Marke", "Marque", "Marca", "Marka", "Märke", "Mærke", "Merke", "Merk", "Merek", "Merkki", "Márka", "Značka",
              "Marchio", "Бренд", "Марка", "Μάρκα", "品牌", "ブランド", "브랜드", "Thương hiệu", "ยี่ห้อ", "Jenama", "Tatak",
              "ماركة", "מותג", "ब्रांड"]
# generic titles of the registry's kinds of goods in other languages (no brand): (language, title)
GENERIC_TITLES = {
    "watch": ["Herren Automatikuhr 41mm", "Montre homme automatique acier", "Reloj automático hombre", "Zegarek męski automat",
              "Erkek otomatik kol saati", "Мужские часы механика", "นาฬิกาผู้ชาย", "男士 机械 手表", "メンズ 腕時計 自動巻き"],
    "bag": ["Damen Umhängetasche Leder", "Sac à main femme cuir", "Bolso de mujer piel", "Torebka damska skórzana",
            "Kadın omuz çantası", "Женская сумка кожа", "กระเป๋าสะพายผู้หญิง", "女士 单肩包", "レディース ショルダーバッグ"],
    "shoe": ["Turnschuhe weiß Herren", "Baskets blanches homme", "Zapatillas blancas hombre", "Buty sportowe białe",
             "Beyaz spor ayakkabı", "Кроссовки белые", "รองเท้าผ้าใบสีขาว", "男士 白色 运动鞋", "スニーカー 白"],
    "audio": ["Kabellose Kopfhörer mit Ladecase", "Écouteurs sans fil", "Auriculares inalámbricos", "Słuchawki bezprzewodowe",
              "Kablosuz kulaklık", "Беспроводные наушники", "Tai nghe không dây", "无线 蓝牙 耳机", "ワイヤレスイヤホン"],
    "jacket": ["Winterjacke Daunen schwarz", "Doudoune homme noire", "Chaqueta de plumas", "Kurtka puchowa zimowa",
               "Kışlık mont siyah", "Пуховик мужской", "Jaket musim dingin", "男士 羽绒服", "ダウンジャケット"],
}
GENERIC_FALLBACK = ["Neu mit Etikett", "Neuf avec étiquette", "Nuevo con etiqueta", "Nowy z metką", "Yeni etiketli",
                    "Новый с биркой", "Mới 100%", "全新 未拆封", "新品 未使用"]
GROUPS = {"watches": "watch", "handbags": "bag", "bags": "bag", "wallets": "bag", "sneakers": "shoe", "headphones": "audio",
          "earbuds": "audio", "jackets": "jacket", "parkas": "jacket", "outerwear": "jacket"}


def _generic_title(cat: str, s: Scene) -> str:
    group = GROUPS.get(cat)
    if group is None:
        return f"{s.rng.choice(GENERIC_FALLBACK)} – {cat}"  # the category's name: a product word may be a line's
    return s.rng.choice(GENERIC_TITLES[group])


def make_attributes_local_keys(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    names = [m.value for m in b.latin_marks if not m.everyday]
    if not names:
        return None
    name = names[0] if r.random() < 0.7 else r.choice(names)
    cat = s.category(with_floor=r.random() < 0.7)
    low = cat in b.floors and r.random() < 0.6
    title = _generic_title(cat, s)
    if not low:
        title += " " + r.choice(["1:1", "AAA", "replika", "kopia", "réplica", "копия", "高仿", "birebir"])
    draft = Draft(title, cat, s.price(cat, low=low), r.choice(["Neu.", "Neuf.", "Nuevo.", "Nowy.", "Yeni.", "Новый.", "", "全新"]))
    draft.attributes = {r.choice(BRAND_KEYS): disguises.recase(name, r) if r.random() < 0.2 else name}
    if b.models and r.random() < 0.3:
        draft.attributes[r.choice(["Modell", "Modèle", "Modelo", "Model", "Модель", "型号"])] = r.choice(b.models).value
    return draft


HONEST_BRANDS = ["Casio", "Anker", "Fossil", "Seiko", "Tchibo", "Decathlon", "Genérico", "Sin marca", "Markenlos", "No brand",
                 "Bez marki", "Markasız", "Без бренда", "无品牌", "ノーブランド", "Xiaomi", "Ugreen", "Kalenji", "Esprit"]
FITTING_BRAND_KEYS = ["Kompatible Marke", "Compatible con", "Marque compatible", "Kompatybilna marka", "Uyumlu marka",
                      "Совместимый бренд", "适用品牌", "対応機種", "Compatible Brand"]


def make_trap_attributes_other_brand(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category()
    title = _generic_title(cat, s)
    low = cat in b.floors and r.random() < 0.5
    draft = Draft(title, cat, s.price(cat, low=low), "")
    if r.random() < 0.6:
        draft.attributes = {r.choice(BRAND_KEYS): r.choice(HONEST_BRANDS)}
    else:
        names = [m.value for m in b.latin_marks if not m.everyday]
        if not names:
            return None
        acc = context.ACCESSORIES.get(cat) or context.ACCESSORY_FALLBACK
        draft.title = r.choice(acc)[0].split(",")[0].replace("compatible ", "")
        draft.category = "accessories"
        draft.price = (round(r.uniform(4, 15), 2), "EUR")
        draft.attributes = {r.choice(FITTING_BRAND_KEYS): names[0], r.choice(BRAND_KEYS): r.choice(HONEST_BRANDS)}
    return draft


# likeness words of many languages, before or after the mark (accessory.py's and phrasebook's kinds)
LIKENESS_AFTER = ["style", "-style", "inspired", "type", "tarzı", "stijl", "stil", "風"]
LIKENESS_BEFORE = ["w stylu", "estilo", "im Stil von", "style", "в стиле", "tipo", "typu", "à la"]


def _disguise(mark: str, s: Scene) -> str:
    r = s.rng
    way = r.randrange(5)
    if way == 0:
        return disguises.leet(mark, r)
    if way == 1:
        return disguises.lookalike(mark, r)
    if way == 2:
        return disguises.spaced(mark, r)
    if way == 3:
        return disguises.intrude(mark, r)
    return _fancy(mark, r)


MATH_BOLD_SANS = (0x1D5D4, 0x1D5EE)  # MATHEMATICAL SANS-SERIF BOLD capital A, small a
MATH_SCRIPT_BOLD = (0x1D4D0, 0x1D4EA)


def _fancy(mark: str, r) -> str:
    cap, small = r.choice([MATH_BOLD_SANS, MATH_SCRIPT_BOLD])
    return "".join(chr(cap + ord(c) - 65) if "A" <= c <= "Z" else chr(small + ord(c) - 97) if "a" <= c <= "z" else c
                   for c in mark)


def make_style_disguised(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    marks = [m for m in b.disguisable if not m.everyday]
    if not marks:
        return None
    mark = marks[0].value if r.random() < 0.6 else r.choice(marks).value
    shown = _disguise(mark, s)
    if shown == mark:
        return None
    cat = s.category(with_floor=True)
    p = s.product(cat)
    if r.random() < 0.5:
        word = r.choice(LIKENESS_AFTER)
        title = f"{shown}{word if word.startswith('-') else ' ' + word} {p}"
    else:
        title = f"{_cap(p)} {r.choice(LIKENESS_BEFORE)} {shown}"
    low = cat in b.floors and r.random() < 0.5
    return Draft(title, cat, s.price(cat, low=low), "")


def make_trap_style_plain(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    marks = [m for m in b.latin_marks if not m.everyday]
    if not marks:
        return None
    mark = marks[0].value
    cat = s.category()
    p = s.product(cat)
    if r.random() < 0.5:
        word = r.choice(LIKENESS_AFTER)
        title = f"{mark}{word if word.startswith('-') else ' ' + word} {p}"
    else:
        title = f"{_cap(p)} {r.choice(LIKENESS_BEFORE)} {mark}"
    return Draft(title, cat, s.price(cat), r.choice(["", "No logo, no brand name on the item.", "Ohne Logo.", "Sans logo."]))


EVASIONS = {
    "compound_mark": "a mark as the first element of a compound noun of its goods (Rolexuhr, Guccitasche, Nikeskor, "
                     "Burberrysjaal, Rolexóra) in German, Dutch, Scandinavian, Finnish or Hungarian, in its category",
    "attributes_local_keys": "generic title in another language; the brand only under that language's 'brand' item "
                             "specific (Marka, Märke, Бренд, Thương hiệu, ยี่ห้อ ...), a copy's or a low price",
    "style_disguised": "a disguised mark (leet, look-alikes, fancy letters, spaced, masked) with a likeness word of some "
                       "language (-style, w stylu, tarzı, estilo, im Stil von) at a copy's price",
}
TRAPS = {
    "trap_compound_words": "real words of compounding languages that begin with a mark's letters (wordfreq), in their own "
                           "sense",
    "trap_compound_genuine": "a compound of the mark and its goods' noun at a retailer's price, no cue",
    "trap_attributes_other_brand": "the brand key naming an honest unregistered brand, or the brand under a key that "
                                   "says what the item fits",
    "trap_style_plain": "the mark written plainly with likeness words of many languages at an honest price",
}
EVASION_MAKERS = {"compound_mark": make_compound_mark, "attributes_local_keys": make_attributes_local_keys,
                  "style_disguised": make_style_disguised}
TRAP_MAKERS = {"trap_compound_words": make_trap_compound_words, "trap_compound_genuine": make_trap_compound_genuine,
               "trap_attributes_other_brand": make_trap_attributes_other_brand, "trap_style_plain": make_trap_style_plain}


# how languages that decline names inflect a brand's name, with a sentence frame of each (the mark, a copy word)
INFLECTIONS: dict[str, tuple[list[str], list[str], list[str]]] = {
    # language: (endings after a consonant, endings after a vowel, title frames: {M} the inflected mark, {p} goods)
    "pl": (["a", "em", "owi", "ie", "ów"], ["ego", "m", "emu"], ["Sprzedam {p} {M}, kopia", "{p} marki {M} – replika 1:1",
           "Podróbka {M}, {p}", "{p} jak z {M}, nowy"]),
    "cs": (["a", "em", "u", "ovy", "ova", "ovi"], ["ho", "m", "mu"], ["{p} značky {M}, replika", "Kopie {M} – {p}",
           "{p} s {M}, napodobenina"]),
    "hu": (["ot", "hoz", "nál", "os", "tól"], ["t", "val", "hoz", "s"], ["{M} {p} eladó, másolat", "Replika {M} – {p}",
           "{p} a {M} mintájára, új"]),
    "fi": (["in", "ia", "illa", "ista", "ille"], ["n", "a", "lla", "sta"], ["{M} {p}, kopio", "Myydään {M} {p} replika",
           "{p} {M} tyyliin, uusi"]),
    "lt": (["as", "o", "ui", "u"], ["s", "os"], ["{M} {p}, kopija", "Parduodu {M} {p}, replika"]),
    "hr": (["a", "om", "u"], ["ja", "jem"], ["{p} od {M}, kopija", "Replika {M}, {p}"]),
    "tr": (["in", "un", "ten", "den", "a"], ["nin", "nun", "ye", "den"], ["{M} {p} çakma", "{M} {p} birebir",
           "Orijinal {M} {p} A kalite"]),
}
INFLECTED_GOODS = {"pl": "zegarek torebka buty kurtka słuchawki", "cs": "hodinky kabelka boty bunda sluchátka",
                   "hu": "óra táska cipő kabát fülhallgató", "fi": "kello laukku kengät takki kuulokkeet",
                   "lt": "laikrodis rankinė batai striukė ausinės", "hr": "sat torba tenisice jakna slušalice",
                   "tr": "saat çanta ayakkabı mont kulaklık"}


def _inflect(mark: str, lang: str, s: Scene) -> str:
    after_consonant, after_vowel, _ = INFLECTIONS[lang]
    ending = s.rng.choice(after_vowel if mark[-1].lower() in "aeiouy" else after_consonant)
    return mark + ending


def _declinable(b: BrandView) -> list[str]:
    """The brand's one-word Latin marks of four letters or more, no everyday word, that a sentence declines."""
    return [m.value for m in b.latin_marks if not m.everyday and " " not in m.value and m.value.isalpha()
            and len(m.value) >= 4]


def make_inflected_mark(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    marks = _declinable(b)
    if not marks:
        return None
    lang = r.choice(sorted(INFLECTIONS))
    mark = marks[0] if r.random() < 0.6 else r.choice(marks)
    word = _inflect(mark[:1].upper() + mark[1:] if mark.islower() else mark, lang, s)
    frame = r.choice(INFLECTIONS[lang][2])
    cat = s.category(with_floor=r.random() < 0.6)
    title = frame.format(M=word, p=r.choice(INFLECTED_GOODS[lang].split()))
    low = cat in b.floors and r.random() < 0.5
    return Draft(title, cat, s.price(cat, low=low), "")


FAR_FRAMES = {"pl": ["Historia {M} – książka", "Plakat z logo {M}, kolekcjonerski", "Kurs: marketing {M}, e-book"],
              "cs": ["Kniha o historii {M}", "Plakát {M} z 80. let"], "hu": ["Könyv a {M} történetéről", "{M} plakát, retró"],
              "fi": ["Kirja {M} historiasta", "{M} juliste 50x70"], "tr": ["{M} tarihi kitap", "{M} poster 50x70"],
              "lt": ["Knyga apie {M} istoriją"], "hr": ["Knjiga o povijesti {M}"]}


def make_trap_inflected_far(b: BrandView, s: Scene) -> Draft | None:
    """The inflected mark in a book, a poster or a course about the brand, no cue, at an ordinary price."""
    r = s.rng
    marks = _declinable(b)
    if not marks:
        return None
    lang = r.choice(sorted(FAR_FRAMES))
    title = r.choice(FAR_FRAMES[lang]).format(M=_inflect(marks[0], lang, s))
    return Draft(title, r.choice(["books", "posters", "courses", None]), (round(r.uniform(8, 40), 2), "EUR"), "")


def make_trap_inflected_genuine(b: BrandView, s: Scene) -> Draft | None:
    """The inflected mark in the brand's category at a retailer's price, with a receipt, no cue."""
    r = s.rng
    marks = _declinable(b)
    cats = [c for c in b.categories if c in b.floors]
    if not marks or not cats:
        return None
    lang = r.choice(["pl", "cs", "hu", "fi"])
    frame = {"pl": "Oryginalny {p} {M}, paragon, gwarancja", "cs": "Originální {p} {M}, účtenka, záruka",
             "hu": "Eredeti {M} {p}, számlával, garanciával", "fi": "Alkuperäinen {M} {p}, kuitti, takuu"}[lang]
    cat = r.choice(cats)
    title = frame.format(M=_inflect(marks[0], lang, s), p=r.choice(INFLECTED_GOODS[lang].split()))
    return Draft(title, cat, s.price(cat), "")


EVASIONS["inflected_mark"] = ("the mark declined by Polish, Czech, Hungarian, Finnish, Lithuanian, Croatian or Turkish "
                              "grammar (Rolexem, Rolexot, Guccin, Boseovy, Rolexas) in a sentence of that language")
TRAPS["trap_inflected_far"] = "the inflected mark in a book, a poster or a course about the brand, no cue"
TRAPS["trap_inflected_genuine"] = "the inflected mark in the brand's category at a retailer's price with a receipt"
EVASION_MAKERS["inflected_mark"] = make_inflected_mark
TRAP_MAKERS["trap_inflected_far"] = make_trap_inflected_far
TRAP_MAKERS["trap_inflected_genuine"] = make_trap_inflected_genuine


# ------------------------------------------------------------------ the brand named only in an option/variant
# Option and variant keys as marketplaces label them (eBay/Amazon "Style", "Colour"; AliExpress "Color", "Type";
# Shopee "Variasi", "Phân loại"; Taobao 颜色分类, 规格; Allegro "Wariant"; Trendyol "Seçenek"), many languages
VARIANT_KEY_NAMES = ["Style", "Colour", "Color", "Option", "Variant", "Variation", "Type", "Edition", "Version", "Farbe",
                     "Stil", "Ausführung", "Couleur", "Style", "Estilo", "Opción", "Variante", "Cor", "Opção", "Kolor",
                     "Wariant", "Renk", "Seçenek", "Цвет", "Вариант", "Стиль", "Màu sắc", "Phân loại", "Variasi",
                     "Pilihan", "Warna", "สี", "ตัวเลือก", "颜色分类", "规格", "カラー", "タイプ", "색상", "옵션"]
CHOOSE = ["Select the style you want.", "Choose your style", "Bitte Variante wählen.", "Choisissez votre style.",
          "Elige tu opción.", "Wybierz wariant.", "Выберите вариант.", "Pilih variasi.", "请选择颜色分类", "Chọn phân loại",
          "Seçeneği seçin", "", ""]
OTHER_OPTIONS = [("Size", ["S", "M", "L", "42", "38", "One size"]), ("Größe", ["M", "40"]), ("Talla", ["M", "39"]),
                 ("尺码", ["M", "XL"]), ("Rozmiar", ["M", "38"])]


def _option_value(b: BrandView, s: Scene, cat: str) -> tuple[str, str, tuple[float, str] | None] | None:
    """(the option's value naming the brand, the mark or line it names, that line's or model's own floor): the brand's
    name alone or with a line of its, a model number or a product word ("Rolex Submariner Date", "Cartier 18k")."""
    r = s.rng
    names = [m.value for m in b.latin_marks if not m.everyday]
    if not names:
        return None
    name = names[0] if r.random() < 0.7 else r.choice(names)
    lines = [w.value for w in b.declared("line") if not chinese.is_cjk(w.value)]
    pick = r.random()
    if lines and pick < 0.4:
        line = r.choice(lines)
        return (f"{name} {line}" if _fold(name) not in _fold(line) else line), line, mark_floor(b, line)
    if b.models and pick < 0.6:
        model = r.choice(b.models)
        return f"{name} {model.value}", name, model.floor
    if pick < 0.8:
        return f"{name} {s.product(cat)}", name, None
    return name, name, None


def make_variant_names(b: BrandView, s: Scene) -> Draft | None:
    """A generic title and description in some market's language; the brand only in an option/variant item specific
    ("Style: Rolex Submariner Date"), in the brand's category, at a price far below the floor or with a copy word."""
    r = s.rng
    cat = s.category(with_floor=r.random() < 0.8)
    found = _option_value(b, s, cat)
    if found is None:
        return None
    value, _, own_floor = found
    low = cat in b.floors and r.random() < 0.6
    title = _generic_title(cat, s)
    description = r.choice(CHOOSE)
    if not low:
        cue = r.choice(["1:1", "AAA", "replika", "réplica", "копия", "高仿", "mirror quality", "super clone", "top copy",
                        "Replik", "réplique"])
        if r.random() < 0.5:
            title += " " + cue
        else:
            description = f"{description} {cue}".strip()
    price = s.price(cat, low=low)
    if low and own_floor is not None:  # the line's or model's own floor is the one a price is judged by
        price = (round(own_floor[0] * r.uniform(0.04, 0.2), 2), own_floor[1])
    draft = Draft(title, cat, price, description)
    options = {r.choice(VARIANT_KEY_NAMES): value}
    if r.random() < 0.6:
        key, sizes = r.choice(OTHER_OPTIONS)
        options[key] = r.choice(sizes)
    items = list(options.items())
    r.shuffle(items)
    draft.attributes = dict(items)
    return draft


# accessories in many languages by the kind of goods they fit (the nouns of context/phrasebook.py's languages)
FITTING_TITLES = {
    "phone": ["Phone case clear silicone", "Hülle transparent Silikon", "Funda de silicona transparente",
              "Coque silicone transparente", "Etui silikonowe przezroczyste", "Чехол силиконовый прозрачный",
              "Kılıf şeffaf silikon", "手机壳 透明 硅胶", "Tempered glass screen protector 2 pack", "Panzerglas Schutzfolie"],
    "watch": ["Watch strap 20mm rubber", "Uhrenarmband 20mm Edelstahl", "Correa de reloj 20mm", "Pasek do zegarka 20 mm",
              "Ремешок для часов 20 мм", "表带 20mm 钢带", "Watch winder for 2 watches", "Uhrenbox für 6 Uhren"],
    "audio": ["Silicone case cover for earbuds", "Ersatz Ohrpolster", "Almohadillas de repuesto", "Nakładki na słuchawki",
              "Амбушюры сменные", "耳机保护套 硅胶", "Replacement ear tips 3 pairs"],
    "shoe": ["Shoe laces flat 120cm", "Schnürsenkel flach 120 cm", "Cordones planos 120 cm", "Sznurówki płaskie",
             "Шнурки плоские", "Crease protectors 2 pairs", "Einlegesohlen Gel"],
    "bag": ["Bag organizer insert felt", "Taschenorganizer Filz", "Organizador de bolso", "Organizer do torebki",
            "Органайзер для сумки", "包包内胆 收纳包", "Dust bag cotton storage"],
}
FITTING_GROUPS = {"phones": "phone", "smartphones": "phone", "tablets": "phone", "watches": "watch", "smartwatches": "watch",
                  "earbuds": "audio", "headphones": "audio", "sneakers": "shoe", "shoes": "shoe", "handbags": "bag",
                  "bags": "bag", "wallets": "bag"}
FITTING_OPTION_KEYS = ["Model", "Style", "Option", "Type", "Variant", "Colour", "Modell", "Modelo", "Compatible model",
                       "Kompatibles Modell", "适用型号", "Wariant", "Вариант", "Phân loại", "Variasi"]


def make_trap_variant_fits(b: BrandView, s: Scene) -> Draft | None:
    """An accessory (a case, a strap, ear tips, laces, an organizer, in many languages) whose option names the brand's
    product it fits ("Model: iPhone 15 Pro", "Style: Rolex Submariner"), at an accessory's price, filed among
    accessories or the brand's own category: quiet."""
    r = s.rng
    groups = [c for c in b.categories if c in FITTING_GROUPS]
    cat = r.choice(groups) if groups else s.category()
    found = _option_value(b, s, cat)
    if found is None:
        return None
    value = found[0]
    if groups:
        title = r.choice(FITTING_TITLES[FITTING_GROUPS[cat]])
    else:
        title = r.choice(context.ACCESSORIES.get(cat) or context.ACCESSORY_FALLBACK)[0].split(",")[0].replace("compatible ", "")
    filed = cat if r.random() < 0.3 else r.choice(["accessories", "phone accessories", "watch accessories", "Zubehör",
                                                     "accesorios", "配件"])
    draft = Draft(title, filed, (round(r.uniform(4, 25), 2), r.choice(["EUR", "USD"])), r.choice(CHOOSE))
    draft.attributes = {r.choice(FITTING_OPTION_KEYS): value}
    return draft


def make_trap_variant_genuine(b: BrandView, s: Scene) -> Draft | None:
    """A generic title, the brand's genuine line in an option ("Style: Rolex Submariner Date"), in the brand's category
    at a retailer's price (100-160 % of the dearer of the category's and the line's floors), no copy word: quiet."""
    r = s.rng
    cats = [c for c in b.categories if c in b.floors]
    if not cats:
        return None
    cat = r.choice(cats)
    found = _option_value(b, s, cat)
    if found is None:
        return None
    value, named, own_floor = found
    floor = higher_floor(b.floors[cat], own_floor or mark_floor(b, named))
    price = (round(floor[0] * r.uniform(1.0, 1.6), 2), floor[1])
    description = r.choice(CHOOSE + ["Original, with receipt.", "Neu, mit Rechnung.", "Nuevo, con factura.", "全新 正品"])
    draft = Draft(_generic_title(cat, s), cat, price, description)
    draft.attributes = {r.choice(VARIANT_KEY_NAMES): value}
    return draft


EVASIONS["variant_names"] = ("a generic title in some market's language; the brand only in an option/variant item "
                             "specific (Style, Colour, Option, Variant, Type; Farbe, Wariant, Variasi, 颜色分类 ...) at a "
                             "price far below the floor or with a copy word")
TRAPS["trap_variant_fits"] = ("an accessory whose option names the brand's product it fits (Model: iPhone 15 Pro, Style: "
                              "Rolex Submariner), at an accessory's price")
TRAPS["trap_variant_genuine"] = "the brand's genuine line in an option under a generic title, at a retailer's price, no cue"
EVASION_MAKERS["variant_names"] = make_variant_names
TRAP_MAKERS["trap_variant_fits"] = make_trap_variant_fits
TRAP_MAKERS["trap_variant_genuine"] = make_trap_variant_genuine
