"""How much of the goods a listing sells: a count of units and a net size, read from its title.

One reader for both directions of the same question (issue 9): a single unit or a mini sold below a floor that is set on
a retail pack ("Kinder Bueno Riegel, 1 Stück", "Nescafé Gold bustina monodose 2g", "Tylenol travel pack, 2 caplets":
genuine goods, condition.py scales the floor down), and a pack priced as one unit (frames' per-unit packs: "pack of
24" at a single bar's price).

    read_quantity("Nescafé Gold bustina monodose 2g")  -> Quantity(count=1, size=2.0, unit="g", ...)
    read_quantity("Gillette Fusion blades, pack of 8")  -> Quantity(count=8, size=None, unit=None, ...)

Units and count words: how retail titles state net contents (EU Regulation 1169/2011 and US FPLA labelling: g, kg, ml,
cl, l, oz, fl oz) and counts (pack of N, N-pack, N x, x N, N pcs, and the unit nouns of consumables: bars, caplets,
tablets, strips, sachets, pods, capsules ...) in English and the languages of phrasebook.py (Stück, unidades, pezzi,
szt., шт, 个/枚/本/개), written for BrandSentry from general knowledge of grocery and pharmacy listings. Pure functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from services.matcher.core.normalise import latin_text
from services.matcher.core.alternation import longest_first

# grams or millilitres in one of the unit (an ounce as avoirdupois, a fluid ounce as US)
_UNITS = {"g": ("g", 1.0), "gr": ("g", 1.0), "grs": ("g", 1.0), "gram": ("g", 1.0), "grams": ("g", 1.0),
          "gramm": ("g", 1.0), "gramos": ("g", 1.0), "grammi": ("g", 1.0), "kg": ("g", 1000.0), "mg": ("g", 0.001),
          "ml": ("ml", 1.0), "mls": ("ml", 1.0), "cl": ("ml", 10.0), "l": ("ml", 1000.0), "ltr": ("ml", 1000.0),
          "litre": ("ml", 1000.0), "liter": ("ml", 1000.0), "litro": ("ml", 1000.0), "oz": ("g", 28.35),
          "fl oz": ("ml", 29.57), "floz": ("ml", 29.57)}
_SIZE = re.compile(r"(?<![a-wyz0-9.,])(?<![a-z]x)(\d+(?:[.,]\d+)?) ?(fl ?oz|grams|gramm|gramos|grammi|grs|gr|gram|kg|mg|mls|ml|cl|ltr|"
                   r"litre|liter|litro|l|g|oz)(?![a-z0-9])")
# the unit nouns a count is given in (singular and plural; a count of "pack"s is a count of packs)
UNIT_NOUNS = ("bar", "bars", "can", "cans", "bottle", "bottles", "caplet", "caplets", "tablet", "tablets", "capsule",
              "capsules", "pill", "pills", "softgel", "softgels", "strip", "strips", "plaster", "plasters", "bandage",
              "bandages", "sachet", "sachets", "stick", "sticks", "pod", "pods", "piece", "pieces", "pc", "pcs",
              "unit", "units", "count", "ct", "blade", "blades", "cartridge", "cartridges", "ball", "balls", "roll",
              "rolls", "tube", "tubes", "jar", "jars", "packet", "packets", "stuck", "stk", "unidad", "unidades", "uds",
              "pieza", "piezas", "pezzo", "pezzi", "unita", "unidade", "szt", "sztuk", "sztuki", "stuks", "adet",
              "tabletten", "kapseln", "riegel", "barritas", "шт", "штук", "штуки", "таблеток", "капсул",
              # whole items counted in the languages of the trade (pairs, sets; Hungarian darab/db, Romanian bucăți,
              # Finnish kpl, Czech/Slovak ks, Croatian/Serbian kom, Vietnamese cái/chiếc, Indonesian buah, Spanish pzs)
              "pair", "pairs", "pares", "paires", "paar", "paia", "pary", "par", "set", "sets", "darab", "db", "buc",
              "bucati", "kpl", "ks", "kom", "komada", "cai", "chiec", "buah", "pzs", "pz", "pieces", "pieza", "pezzi",
              "pieces", "stuk", "stucks", "teile", "bottles", "cans", "jars", "tubes", "boxes", "box", "units",
              # the trade's abbreviation of units (Portuguese/Spanish "12 un."), cans and bottles in German, Spanish and
              # Portuguese, and the whole items of toy lots ("50 car lot", "10 dolls", "20 figures", "10 kits")
              "un", "dosen", "flaschen", "latas", "botellas", "garrafas", "car", "cars", "dolls", "figures",
              "figurines", "minifigures", "minifiguras", "kits")
# the words of a trade case or lot, whose count is of retail units (cash-and-carry and distributor listings: a case,
# carton, crate, tray, shrink pack or pallet of cans, bottles, bars or jars; a toy lot or kit of N figures or cars)
CASE_WORDS = ("case", "carton", "crate", "tray", "pallet", "karton", "kiste", "kasten", "koli", "fardo", "caixa", "caja",
              "krat", "doos", "zgrzewka", "lote", "kit", "kolli",
              # the same trade case in more of the markets' words (it cartone, fr caisse, es palet/bandeja, sv kartong, fi
              # laatikko; not "cassa", a speaker, nor "lada", a car; general knowledge of the trade)
              "cartone", "caisse", "palet", "paleta", "bandeja", "kartong", "laatikko")
# a trade case or lot word before its count ("Karton 8", "Karton mit 12", "caixa com 20", "karton isi 48", "koli 6",
# "fardo 12", "lote 50", "kit 30", "zgrzewka 24", "krat 24"), three digits at most (a four-digit number after "kit" is a set's number;
# one with "/" or "-" and a digit after it is a season or a range, "home kit 24/25": lore25), and the Turkish "6'lı", "24'lü"
# (of six, of 24), and the German "20er Karton", "24er Tray" (a case of twenty: packs32)
_CASE_COUNT = (r"|(?<![a-z0-9])(?:%s) (?:(?:com|isi|mit|con|de|da|of|z|van|met) )?(\d{1,3})"
               r"(?![0-9]|[.,/-]\d| ?(?:mm|cm|ml|gb|g|kg|l|w|v|%%|in|k|p)(?![a-z]))"
               r"|(?<![a-z0-9.,])(\d{1,3}) ?'l[iu](?![a-z])"
               r"|(?<![a-z0-9.,])(\d{1,3})er[ -]?(?:karton|kiste|kasten|tray|steige)(?![a-z])") % "|".join(CASE_WORDS)
_COUNT = re.compile(r"(?<![a-z0-9.,])(\d{1,4}) ?(?:x ?)?(%s)(?![a-z0-9])" % "|".join(
    sorted(map(re.escape, UNIT_NOUNS), key=longest_first)))
_PACK = re.compile(r"(?<![a-z0-9])(?:pack of|box of|set of|case of|carton of|crate of|tray of|pallet of|pk of|lot of|bundle of|paquete de|caja de|lote de|"
                   r"packung mit|confezione da|pack de|lot de|set de|juego de|kit de|conjunto de|lotto di|lotto da|"
                   r"set da|set mit|satz|zestaw|paket|bax|lot|komplekt|nabop|ypakovka) ?(?:of |de |da |di |iz |z )?"
                   r"(\d{1,4})(?![0-9]| ?(?:mm|cm|ml|gb|tb|mb|g|kg|l|w|v|mah|hz|%|in|inch|\"|k|p)(?![a-z]))|(?<![a-z0-9.,])(\d{1,4}) ?-? ?"
                   r"(?:pack|pk|er pack|er-pack|pack de|stuck pack)(?![a-z])|(?<![a-z0-9.,])(\d{1,3}) ?x(?= ?\d+(?:[.,]\d+)? ?"
                   r"(?:fl ?oz|g|gr|grams|kg|mg|ml|cl|l|ltr|oz)(?![a-z]))"
                   r"|(?<![a-z0-9])(?<![a-z0-9]-)x ?(\d{1,4})(?![0-9a-z]|[.,]\d| ?(?:gb|tb|mb|mm|cm|m|in|inch|hz|w|v|mah|k|p|mp|fps)"
                   r"(?![a-z]))" + _CASE_COUNT)
# the words of a lot of packs ("48g x 24 - lot of 24": 24 cases of 24)
_LOT = re.compile(r"(?:lot|lote|lotto|pallet|bundle)(?![a-z])")
# a size in two or three dimensions ("140 x 140 cm", "30x40", "2 x 3 m"): no count of units
_DIMENSIONS = re.compile(r"\d+(?:[.,]\d+)? ?[x*×] ?\d+(?:[.,]\d+)?(?: ?[x*×] ?\d+(?:[.,]\d+)?)?"
                         r"(?: ?(?:mm|cm|m|in|inch|inches|ft|px|\"|')(?![a-z])|(?= ?[x*×] ?\d))")
# counts written in the original script: Cyrillic "4 шт", "10 пар", "комплект 4", "набор из 6"; Japanese "10本セット",
# "6個入り", Chinese "10件套", "6双装" (the Latin view folds Cyrillic to look-alike letters: "шт" is read here)
_WIDE_PACK = re.compile(r"(?:комплект|набор|упаковка|лот|партия)\s?(?:из\s)?(\d{1,4})|(\d{1,4})\s?(?:шт|штук[аи]?|пар[аы]?)"
                        r"(?![а-я])|(\d{1,4})\s?(?:本|個|枚|点|足|个|件|双|只|瓶|罐|盒|支|套|张|張|体|台|箱)\s?(?:セット|入り?|装|裝|套)")
# one serving as the trade names it: a single-dose sachet, stick or portion ("bustina monodose", "sobre", "Portion")
SINGLE_DOSE = ("monodose", "single dose", "single-dose", "single serve", "single-serve", "single serving", "sachet",
               "bustina", "sobre", "sobrecito", "portionsbeutel", "dosette", "stick pack", "unidosis", "一次性", "条装",
               "スティック", "1回分", "스틱")
_SINGLE_DOSE = re.compile(r"(?<![a-z0-9])(?:%s)(?![a-z0-9])" % "|".join(
    re.escape(latin_text(w)) for w in SINGLE_DOSE if w.isascii()))
# a single item in words ("1 Stück", "one bar", "1 unit", "single bottle" is condition.py's)
# 개월 and 个月 are months ("6개월 무이자", "12个月"), not six pieces
# (reader50, issue 9) 块 and 塊 count pieces only before the noun they count ("3块巧克力", "2塊香皂"); after a sum on its
# own, before 钱 or a shop's next words ("176块", "176块钱", "176块包邮", "39块全新", "50块一双"), spoken Chinese's kuai,
# the yuan (stated_price reads it as CNY)
_CJK_COUNT = re.compile(r"(\d{1,4})\s?(?:个(?!月)|個(?!月)|枚|本|支|(?:块|塊)(?=[\u4e00-\u9fff])(?![钱錢]|包[邮郵]|全新|到手|左右|起|一|人民币|每)|片|粒|袋|包|瓶|罐|"
                        r"개(?!월)|알|봉|병|入り?)")


# a year before a singular noun is the goods' year, no count ("Submariner 126610LN 2022 box & papers", "Speedmaster 2021
# set", "Civic 2019 car"): a count of 1950-2039 units takes the plural ("2000 boxes", "2000 pcs" stay counts)
_SINGULAR = frozenset({"box", "set", "pair", "car", "unit", "kit", "case", "bottle", "can", "jar", "tube", "doll",
                       "figure", "paar", "par"})


def _year_before_noun(m: re.Match) -> bool:
    return len(m.group(1)) == 4 and 1950 <= int(m.group(1)) <= 2039 and m.group(2) in _SINGULAR


@dataclass(frozen=True, slots=True)
class Quantity:
    """What a title says of how much is sold: `count` units (None: not said), each of `size` `unit` ("g" or "ml";
    None: not said); `dose`: the words of a single serving ("monodose", "sachet"), else ""; `text`: the words read."""

    count: int | None = None
    pack: bool = False  # the count is of a pack ("pack of 8", "12-pack", "x12"), not of loose units
    size: float | None = None
    unit: str | None = None
    dose: str = ""
    text: str = ""

    @property
    def single(self) -> bool:
        """One unit: a count of one, or a single serving."""
        return self.count == 1 or bool(self.dose) and self.count is None


NONE = Quantity()


@lru_cache(maxsize=4096)  # pure; a listing's title is read once a brand it names and by several readers
def read_quantity(title: str) -> Quantity:
    """The count, net size and single-serving words of a title (see Quantity); NONE when it says none. The smallest
    size stated is taken (a "2 x 45 g" twin pack is two 45 g units), the first count; a pack's count ("pack of 12",
    "12-pack", "x12", "12 x 45 g") wins over a unit noun's, and a second, different pack count multiplies it (a lot of
    packs: "Snickers 48g x 24 - lot of 100" is 2400 bars)."""
    latin = latin_text(title).lower()
    count: int | None = None
    pack = False
    words: list[str] = []
    dimensions = [m.span() for m in _DIMENSIONS.finditer(latin)] if "x" in latin or "*" in latin else []
    for m in _PACK.finditer(latin):
        group = next(i for i, g in enumerate(m.groups(), 1) if g)
        if any(a <= m.start() < b or a <= m.start(group) < b for a, b in dimensions):
            continue  # "140 x 140 cm", "Karton 30x40 cm" is a size
        n = int(m.group(group))
        if count is not None and (n < 2 or n == count and not _LOT.match(m.group(0).strip())):
            continue  # the same count said twice ("24 x 330ml, pack of 24"), not a lot of packs ("x 24 - lot of 24")
        if count is not None:  # a lot of packs: "48g x 24 - lot of 100"
            count, words[0] = min(count * n, MAX_UNITS), f"{words[0]} × {m.group(0).strip()}"
            break
        count, pack = n, True
        words.append(m.group(0).strip())
    if count is None and not title.isascii() and (w := _WIDE_PACK.search(title.casefold())) is not None:
        count, pack = int(next(g for g in w.groups() if g)), True
        words.append(w.group(0))
    if count is None:
        if (m := next((m for m in _COUNT.finditer(latin) if not _year_before_noun(m)), None)) is not None:
            count = int(m.group(1))
            words.append(m.group(0).strip())
        elif (c := _CJK_COUNT.search(title)) is not None:
            count = int(c.group(1))
            words.append(c.group(0))
    size, unit = None, None
    for m in _SIZE.finditer(latin):
        kind, factor = _UNITS[m.group(2).replace(" ", "")] if m.group(2).replace(" ", "") in _UNITS else _UNITS[m.group(2)]
        amount = float(m.group(1).replace(",", ".")) * factor
        if amount > 0 and (size is None or amount < size):
            size, unit = amount, kind
            words.append(m.group(0).strip())
    dose = ""
    if (m := _SINGLE_DOSE.search(latin)) is not None:
        dose = m.group(0)
    elif not title.isascii():
        dose = next((w for w in SINGLE_DOSE if not w.isascii() and w in title), "")
    if dose:
        words.append(dose)
    if count is None and size is None and not dose:
        return NONE
    return Quantity(count, pack, size, unit, dose, ", ".join(dict.fromkeys(words)))


# the largest net size of a unit that is sold as one serving or a mini (a 2 g coffee stick, a 5 ml miniature), and of
# one unit of a retail pack (a 45 g bar or bag of sweets; a 200 g jar of coffee is itself a retail pack): g or ml
MINI_SIZE = 10.0
UNIT_SIZE = 60.0
# the most loose units that are a fraction of a retail pack (one bar, 2 caplets of a box of 24 ...; an "8 Riegel" box
# is itself a retail pack)
FEW_UNITS = 3


def small_kind(q: Quantity) -> str | None:
    """The condition.py SCALES kind a small quantity is sold as: "sample" for a single serving or a mini (a sachet or a
    size of MINI_SIZE or less), "single_unit" for one unit, a few loose units (FEW_UNITS) or a size of UNIT_SIZE or
    less; None for a pack, a full size, or nothing said. Only for goods whose floors are set on a retail pack
    (condition.py reads it for food, drink, baby food and pharmacy units): 100 ml is a full-size perfume."""
    if q is NONE or q.pack or q.count is not None and q.count > FEW_UNITS:
        return None
    if q.dose and (q.count is None or q.count == 1) or q.size is not None and q.size <= MINI_SIZE and (q.count or 1) == 1:
        return "sample"
    if q.count is not None and q.count <= FEW_UNITS or q.size is not None and q.size <= UNIT_SIZE:
        return "single_unit"
    return None


# ------------------------------------------------------------------ how many retail units the price is for

# nouns a count of which is of the doses or contents of one retail pack, not of retail units ("100 caplets", "12 balls",
# "8 blades" are each one box): a price for them is judged against the pack's floor as it is
CONTENT_NOUNS = frozenset({"caplet", "caplets", "tablet", "tablets", "capsule", "capsules", "pill", "pills", "softgel",
                           "softgels", "strip", "strips", "plaster", "plasters", "bandage", "bandages", "sachet",
                           "sachets", "stick", "sticks", "pod", "pods", "count", "ct", "blade", "blades", "ball", "balls",
                           "roll", "rolls", "tabletten", "kapseln", "таблеток", "капсул", "cartridge", "cartridges",
                           # cells, refills and disposables sold by the pack, and the patches and pads of a device
                           "battery", "batteries", "aa", "aaa", "cells", "darts", "refills", "wipes", "diapers",
                           "nappies", "patches", "heads", "filters", "tips", "covers", "shields", "sensors"})
# a content noun that also names a device in the singular ("Galaxy tablet wifi pack of 10"): the contents of a pack only as the count's
# own noun ("30 tablets")
_DEVICES = frozenset({"tablet"})
# words after which a content noun is what comes with the goods, not the goods ("razor with blades", "blaster with
# darts", "Rasierer mit Klingen"): the count is of the goods
_WITH = frozenset({"with", "w", "avec", "mit", "con", "com", "plus", "incl", "including", "inkl"})
# words before a content noun that make it a device or a unit of its own ("wiper blades", "video game cartridge"): sold
# by the piece, each a retail unit
_UNIT_MODIFIERS = frozenset({"wiper", "wipers", "game", "games", "video", "console", "saw", "fan", "propeller"})
# words after a singular content noun that leave it a unit count's word, not a compound's modifier ("stick vacuum")
_COUNT_WORDS = frozenset(UNIT_NOUNS) | {"of", "pack", "packs", "pk", "x", "lot", "set", "bundle", "box", "and", "or",
                                        "refill", "refills", "for", "in", "per", "new", "wholesale"}
_WORD_RUN = re.compile(r"[a-zа-я]+|\d+|[^\sa-zа-я\d]")


# a pack's contents counted on their own ("8ct", "8 blades", "90 tablets", "30er"), beside a pack count of another number
_CONTENT_COUNT = re.compile(r"(?<![a-z0-9.,])(\d{1,4}) ?(?:x ?)?(?:%s|er|pcs|pc|stk)(?![a-z0-9])" % "|".join(
    sorted(map(re.escape, CONTENT_NOUNS), key=longest_first)))


def _packs_of_contents(title: str, count: int | None) -> bool:
    """Whether the title counts one pack's contents apart from its pack count ("Fusion5 blades 8ct x 10": ten packs of
    eight; "Tylenol 100 caplets, case of 6"): the pack count is then of retail units, not of the contents."""
    return count is not None and any(int(m.group(1)) != count for m in _CONTENT_COUNT.finditer(latin_text(title).lower()))


def _contents_named(title: str) -> bool:
    """Whether the title names the contents of one pack as its goods ("golf balls 12 pack", "Fusion blades, pack of 8",
    "ink cartridges 4 pack"): a content noun (CONTENT_NOUNS) that is not what comes with the goods ("razor with blades",
    "blaster with darts"), not made a device by the word before it ("wiper blades", "video game cartridge"), and, in
    the singular, not the first word of a compound noun ("stick vacuum")."""
    tokens = _WORD_RUN.findall(title)
    for k, word in enumerate(tokens):
        if word not in CONTENT_NOUNS or word in _DEVICES:
            continue
        before = tokens[k - 1] if k else ""
        if before in _WITH or before in _UNIT_MODIFIERS or before == "/" and k >= 2 and tokens[k - 2] == "w":
            continue
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        if not word.endswith("s") and after.isalpha() and len(after) >= 3 and after not in _COUNT_WORDS:
            continue  # "stick vacuum", "pod machine": a compound's first noun
        return True
    return False


# the parts of one kit: "7541 pieces" of a building set, a 1000-piece puzzle
_KIT = re.compile(r"(?<![a-z])(?:building|bricks?|blocks?|puzzles?|jigsaw|kit|model kit|construction|bausteine|klocki|"
                  r"teile|pieces? set|minifig\w*|lego)(?![a-z])")
_PIECE_NOUNS = frozenset({"piece", "pieces", "pc", "pcs", "teile", "pieza", "piezas", "pezzo", "pezzi", "pz", "pzs"})
# the least net size of one unit of a consumable that is itself a retail pack (a 200 g jar, a 330 ml can, a 100 g tube):
# a count of such units is a count of retail packs; a count of smaller pieces is the contents of one
FULL_SIZE = 100.0
# the least net size of one unit of a consumable counted by a pack's multiplier ("48g x 24", "24 x 330ml": a case of
# bars or cans, each a retail unit); a smaller one ("21g x 10", a "10er Pack" of mini bars) is one retail pack's contents
RETAIL_UNIT_SIZE = 25.0
_CASE = re.compile(r"(?:%s)(?![a-z])" % "|".join(CASE_WORDS))
# a count above this is read as this many (a lot of packs, "x 24 - lot of 1000", is judged as 10000 units: far below any
# floor anyway)
MAX_UNITS = 10000


# (precision30, packs32; issue 9) a box of a dozen or more full-size units named as such, without their size: "Snickers
# bars 24-pack", "Red Bull 24 cans", "Coca-Cola cans 24 pack", "Snickers bars 12ct", "可口可乐 24罐", "士力架 24条" is the
# shop's box of retail units (a dozen to 48 bars or cans), not one pack's pieces; a box of minis says so ("fun size",
# "mini bars", "treat size": one pack's contents), and fewer than a dozen ("Kinder bars 8-pack") is the trade's own
# retail pack. The plural nouns of a retail unit of food and drink in the markets' languages, and the counters of a
# bottle, can or bar in Chinese, Japanese and Korean (瓶 罐 听 条 缶 本; 캔 병) (general knowledge; no held-out listing).
# The adversary prices such packs as their units (tests/eval/adversary/packs.py, context.py's note on PRODUCTS).
_FULL_UNIT_NOUNS = re.compile(
    r"(?<![a-z])(?:bars|cans|bottles|tins|jars|tubs|riegel|dosen|flaschen|barres|canettes|bouteilles|barritas|latas|"
    r"botellas|barrette|lattine|bottiglie|barras|garrafas|repen|blikjes|flessen|batony|puszki|butelki|batoncuri|"
    r"doze|sticle|батончиков|батончики|банок|банки|бутылок|kutu|şişe)(?![a-z])")
_FULL_UNITS_CJK = re.compile(r"(?<![0-9])(\d{1,4})\s?(?:瓶|罐|听|聽|条|條|缶|本|캔|병)")
_MINI_UNITS = re.compile(r"(?<![a-z])(?:mini|minis|miniature|miniatures|fun ?size|fun-size|treat ?size|snack ?size|"
                         r"bite ?size|bites|funsize|minis?[- ]?bars?|klein|petits?|迷你|ミニ|미니)(?![a-z])")
FULL_UNITS_LEAST = 12


def _full_units_counted(title: str, q: Quantity) -> tuple[int, str] | None:
    """(count, words) when a consumable's count without a size is of full-size retail units the title names
    (FULL_UNITS_LEAST or more "bars", "cans", "bottles", "24罐": the comment above), else None. Pure."""
    if q.size is not None:
        return None
    folded = title.casefold()
    if _MINI_UNITS.search(folded) is not None:
        return None
    if q.count is not None and q.count >= FULL_UNITS_LEAST and _FULL_UNIT_NOUNS.search(folded) is not None:
        return q.count, q.text.split(", ")[0]
    if not title.isascii() and (m := _FULL_UNITS_CJK.search(title)) is not None and int(m.group(1)) >= FULL_UNITS_LEAST:
        return int(m.group(1)), m.group(0)
    return None


def _outer_packs(first: str) -> tuple[int, str] | None:
    """The count of packs in a lot of packs of contents ("razor blades 8 pack – case of 12" read as "8 pack × case of
    12"): the count the trade case or lot word gives, else None. Pure."""
    for part in first.split(" × "):
        if (_CASE.search(part) or _LOT.match(part)) and (d := re.search(r"\d+", part)) is not None:
            return int(d.group()), part
    return None


@lru_cache(maxsize=4096)  # pure (a Quantity is frozen); asked once a brand the listing names
def retail_units(title: str, *, consumable: bool = False, q: Quantity | None = None, full_units: bool = False) -> tuple[int, str]:
    """(n, words): how many retail units a listing's price is for, read from its title (read_quantity), with the words
    that say it; (1, "") for one unit or nothing said. A count is of retail units when it is a pack's or a lot's ("set
    of 4", "lot of 30", "x20", "Packung mit 6", "комплект 4 шт", "10本セット") or of whole items ("10 pcs", "6 pairs",
    "20 darab"); not of the doses or contents of one pack (CONTENT_NOUNS: "100 caplets", "12 balls"), nor of a kit's
    parts ("7541 pieces" of a building set). `consumable` (food, drink, baby food: floors set on one retail unit): a
    trade case's count ("case of 24", "Karton 8", "koli 6", "fardo 12"), a pack multiplier's of units of RETAIL_UNIT_SIZE
    or more ("48g x 24", "24 x 330ml") and a loose count of units of FULL_SIZE or more ("200g 12 pcs") count; a "24
    pieces" box of sweets and a "10er Pack" of mini bars are one pack. Units of trade counted by the source: retail multipack and lot listings (Amazon "Pack of N", eBay lots,
    Alibaba "N pcs", 1688 N个装), written for BrandSentry. `full_units`: a dozen or more "bars", "cans", "bottles"
    without a size count too (`_full_units_counted`; index.py asks so for a listing that states no condition)."""
    if q is None and not any(c.isdigit() for c in title):
        return 1, ""  # no count without a digit (most titles)
    q = read_quantity(title) if q is None else q
    if full_units and consumable and not q.dose and (full := _full_units_counted(title, q)) is not None:
        return min(full[0], MAX_UNITS), full[1]  # "Snickers bars 12ct", "可口可乐 24罐": a box of retail units
    if q.count is None or q.count < 2 or q.dose:
        return 1, ""
    first = q.text.split(", ")[0]
    noun = first.split()[-1] if " " in first else re.sub(r"^[0-9x ]+", "", first)
    packs = False
    if noun in CONTENT_NOUNS or _contents_named(title.casefold()):
        if " × " in first and (outer := _outer_packs(first)) is not None:
            return min(outer[0], MAX_UNITS), outer[1]  # a case or lot of packs: "razor blades 8 pack – case of 12"
        if not (q.pack and _packs_of_contents(title, q.count)):
            return 1, ""  # "golf balls 12 pack", "blades pack of 8": the contents of one pack
        packs = True  # "capsules 10ct – lot of 12": that many retail packs, for food and drink too
    if consumable and not (packs or _CASE.match(first) or q.size is not None and q.size >= (RETAIL_UNIT_SIZE if q.pack else FULL_SIZE)
                           or _CASE.search(latin_text(title).lower()) and q.pack and (q.size is None or q.size >= RETAIL_UNIT_SIZE)):
        return 1, ""  # (a trade case named beside a pack's count: "Rocher 30er x 6 Karton", six boxes of 30)
    if noun in _PIECE_NOUNS and _KIT.search(latin_text(title).lower()):
        return 1, ""
    return min(q.count, MAX_UNITS), first
