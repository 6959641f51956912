"""Genericized marks: a brand's word that a market uses as the plain noun for such goods, whoever made them.

Korean 바바리 (any trench coat), Polish and Czech "adidasy" / "adidasky" (any sneakers), Turkish "jilet" (any razor
blade), "aspirin" (acetylsalicylic acid from any maker), West African "maggi" (any seasoning cube), Hebrew and Turkish
"נס קפה" / "neskafe" (any instant coffee), Austrian and German "Walkman" (any personal cassette player), US "band-aid"
(any adhesive bandage), "Nerf" darts and blasters of other makers, "Barbie" for any fashion doll: the word names the
kind of goods, not the brand, when the listing names another maker of them ("Adidasy Reebok Classic", "Boots aspirin",
"Knorr cubes (maggi)", "남자 바바리코트 지오지아", "נס קפה עלית"), says it has none ("보세", "no name", "bez marki") or
says whose brand it is ("marki Reebok", "značky Kalenji"). Then the word counts for nothing (rule `everyday_word`, weight
0). A word that is the generic noun alone in its market (바바리, adidasy, jilet: `alone`) needs a cue that claims a copy
when nothing else names the brand (`needs_copy_cue`: a generic trench coat is cheap, so a low price says nothing);
another mark of the brand ("adidasy Adidas Superstar") or a model names the brand as usual.

Source: Wikipedia's "List of generic and genericized trademarks" (and its German, Polish, Korean and Turkish
counterparts), applied only to the demo registry's marks; the other makers are the commonest makers of those goods in
each market, written for BrandSentry from general knowledge (Allegro, Vinted, OLX, Danggeun, Sahibinden, Jiji, Yad2).
Cost: one regex over the matched word's field per identity signal of a brand that has such a word; nothing for the
rest.
"""

from __future__ import annotations

import re
import unicodedata
from services.matcher.core.alternation import longest_first
from dataclasses import dataclass

# words that say the goods carry no brand or are made at home: the brand word is then the goods' kind
UNBRANDED = ("no name", "noname", "no-name", "no brand", "unbranded", "generic", "store brand", "own brand",
             "own-brand", "bez marki", "bez značky", "beze značky", "neznačkové", "markasız", "markasiz", "보세",
             "노브랜드", "브랜드 없음", "무브랜드", "caseiro", "caseira", "feito em casa", "fait maison", "hausgemacht",
             "homemade", "home made", "ohne Marke", "sin marca", "senza marca", "sem marca", "без бренда", "noname")
# (evade36) what a "no brand" is said of that is not the goods: discreet shipping ("no brand name on the parcel", "no
# brand on the box", "sin marca en el paquete"), the copy trade's shipping promise (outsider29's meeting minutes)
_ON_PARCEL = re.compile(r"\s+(?:names?\s+)?(?:on|in|en|auf|sur|na)\s+(?:the\s+|el\s+|dem\s+|le\s+|la\s+|o\s+|a\s+)?"
                        r"(?:parcel|package|packaging|shipping|box|label|outer box|paquete|caja|paket|karton|colis|pacote)",
                        re.IGNORECASE)
# "of brand X", "brand: X": the maker named as such
_BRAND_OF = re.compile(r"(?<!\w)(?:marki|marka|markası|marke|značky|znacky|značka|značke|firmy|brand|marca|marque|merk|"
                       r"márka|бренда|бренд|марки|фирмы|브랜드)\s*:?\s*([^\W\d_][\w&'.-]*)", re.IGNORECASE)

_NOT_NAMES = frozenset({"new", "neu", "name", "names", "nuevo", "nueva", "nouveau", "nuovo", "novo", "nowy", "nowa", "nowe",
                        "original", "oryginalna", "oryginalne", "registrada", "registered", "story", "logo", "ambassador"})
SHOE_MAKERS = ("reebok", "kalenji", "decathlon", "new balance", "asics", "vans", "converse", "skechers", "fila", "kappa",
               "umbro", "diadora", "lotto", "lacoste", "le coq sportif", "mizuno", "saucony", "brooks", "hoka",
               "salomon", "merrell", "timberland", "crivit", "lidl", "deichmann", "ccc", "4f", "martes", "hi-tec",
               "bata", "baťa", "botas", "big star", "lee cooper", "champion", "ellesse", "karrimor", "slazenger",
               "dunlop", "everlast", "geox", "ecco", "alpine pro", "loap", "sprandi", "lasocki", "kipsta", "artengo",
               "newfeel", "quechua", "primark", "h&m", "zara", "tommy hilfiger", "calvin klein")
KO_FASHION = ("보세", "지오지아", "시스템", "타임", "마인", "구호", "유니클로", "자라", "스파오", "탑텐", "에잇세컨즈", "지컷", "르샵",
              "미쏘", "로엠", "쉬즈미스", "인디안", "빈폴", "닥스", "헤지스", "마에스트로", "캠브리지멤버스", "로가디스", "올젠", "지이크",
              "코오롱", "톰보이", "베네통", "망고", "지오다노", "씨씨콜렉트", "모조에스핀", "잇미샤", "온앤온", "나이스클랍", "플라스틱아일랜드",
              "zara", "uniqlo", "h&m", "mango", "spao", "ziozia", "daks", "hazzys", "beanpole")
RAZOR_MAKERS = ("derby", "astra", "dorco", "wilkinson", "schick", "bic", "personna", "permasharp", "feather", "shark",
                "treet", "polsilver", "rapira", "arko")
PHARMA_MAKERS = ("boots", "kirkland", "tesco", "asda", "superdrug", "lloyds", "walgreens", "cvs", "equate", "rite aid",
                 "disprin", "anacin", "bufferin", "ecotrin", "st. joseph", "st joseph", "ratiopharm", "hexal", "stada",
                 "aspro", "upsa", "polopiryna", "acard", "kardiomagnyl", "кардиомагнил", "sandoz", "teva", "mylan",
                 "perrigo", "galpharm", "aldi", "lidl", "numark", "wilko", "zentiva", "krka", "pharmstandard",
                 "фармстандарт", "medreich", "bayer?")
CUBE_MAKERS = ("knorr", "onga", "royco", "jumbo", "mamador", "gino", "ajinomoto", "benny", "doli", "adja", "mr chef",
               "terra", "mama africa", "tasty tom", "larsor")
COFFEE_MAKERS = ("עלית", "elite", "jacobs", "tchibo", "kahve dünyası", "kahve dunyasi", "ג'ייקובס", "טסטרס", "lavazza",
                 "λουμίδης", "loumidis", "ελίτ")
AUDIO_MAKERS = ("panasonic", "aiwa", "sanyo", "toshiba", "philips", "grundig", "jvc", "coby", "sharp", "kenwood",
                "technics", "lenco", "soundmaster")
PLASTER_MAKERS = ("curad", "elastoplast", "hansaplast", "nexcare", "equate", "boots", "welly", "cosmos", "salvequick",
                  "kirkland", "up&up")
BLASTER_MAKERS = ("dart zone", "x-shot", "xshot", "zuru", "buzz bee", "adventure force", "gel blaster")
# (quiet) makers of handheld consoles other than Nintendo, whose goods markets call "a gameboy" (retro handhelds)
HANDHELD_MAKERS = ("anbernic", "miyoo", "powkiddy", "retroid", "ayn", "ayaneo", "gpd", "data frog", "datafrog", "trimui",
                   "sup", "rg35xx", "rg353", "r36s", "gkd", "bittboy", "analogue pocket", "analogue", "evercade",
                   "retro handheld", "hand held")
DOLL_MAKERS = ("simba", "steffi", "steffi love", "bratz", "sindy", "rainbow high", "lol surprise", "na! na! na!",
               "famosa", "defa lucy")


@dataclass(frozen=True, slots=True)
class Generic:
    """A genericized word of a brand's mark: its forms (matched as whole words; `prefix`: also at the start of a
    longer word, 바바리코트), the kind of goods it names, the other makers of them, and whether it is that kind's noun
    even alone (`alone`)."""

    mark: str  # the registered mark it comes from, case-folded
    forms: tuple[str, ...]
    sense: str
    makers: tuple[str, ...]
    alone: bool = False
    prefix: bool = False
    lines: tuple[str, ...] = ()  # the brand's product words right after the word: it names the brand ("Neskafe Gold")


GENERICS = (
    Generic("burberry", ("바바리",), "the Korean word for any trench coat", KO_FASHION, alone=True, prefix=True),
    Generic("adidas", ("adidasy", "adidasky", "adidaski", "adidasek", "adidasów", "adidasow", "adidasach", "adidasami",
                       "adidasom", "adidasků", "adidasku", "adidaskách", "adidaskach", "adidaskami", "adidaska",
                       "adidaske"),
            "the Polish and Czech word for any sneakers", SHOE_MAKERS, alone=True),
    Generic("gillette", ("jilet", "jileti", "jiletler", "jiletleri", "jiletli"), "the Turkish word for any razor blade",
            RAZOR_MAKERS, alone=True),
    Generic("aspirin", ("aspirin", "aspirins", "aspirina", "aspirine", "aspiryna", "aspirină", "аспирин", "аспірин",
                        "ασπιρίνη", "aspirini"),
            "the generic name of acetylsalicylic acid", PHARMA_MAKERS),
    Generic("maggi", ("maggi", "maggie", "maggi cube", "maggi cubes"), "West Africa's word for any seasoning cube",
            CUBE_MAKERS),
    Generic("nescafé", ("נס קפה", "נסקפה", "נס-קפה", "neskafe", "νεσκαφέ", "νες καφέ", "نسكافيه", "нескафе"),
            "the word for any instant coffee (Hebrew, Turkish, Greek, Arabic, Russian)", COFFEE_MAKERS),
    # (quiet) the market's own spelling, not the brand's ("Neskafe makinesi", a kettle for instant coffee; "нескафе
    # в стиках"): that kind's noun by itself; the brand's own spelling "Nescafé" is the brand
    Generic("nescafe", ("neskafe", "neskafeler", "neskafeyi", "neskafeli", "נס קפה", "נסקפה", "νεσκαφέ", "νες καφέ",
                        "نسكافيه"),
            "the market's word for any instant coffee, in its own spelling (Turkish, Hebrew, Greek, Arabic)",
            COFFEE_MAKERS, alone=True, lines=("gold", "classic", "klasik", "xpress", "3in1", "2in1", "3ü1", "3u1", "2si1",
                                              "crema", "azera", "original", "dolce gusto", "green blend", "espresso",
                                              "cappuccino", "latte", "frappe", "sticks", "stick")),
    Generic("walkman", ("walkman", "walkmans", "walkmen"), "the word for any personal cassette player", AUDIO_MAKERS),
    # (quiet) "gameboy" for any handheld game console ("Retro handheld, 'gameboy' shape, no brand", "Anbernic gameboy")
    Generic("game boy", ("gameboy", "game boy", "gameboys", "game-boy"), "the word for any handheld game console",
            HANDHELD_MAKERS),
    Generic("gameboy", ("gameboy", "game boy", "gameboys", "game-boy"), "the word for any handheld game console",
            HANDHELD_MAKERS),
    Generic("band-aid", ("band-aid", "band-aids", "bandaid", "bandaids", "band aid", "band aids"),
            "the US word for any adhesive bandage", PLASTER_MAKERS),
    Generic("nerf", ("nerf",), "the word for any foam dart or blaster", BLASTER_MAKERS),
    Generic("barbie", ("barbie", "barbies", "барби", "barbiepuppe", "barbiepuppen"), "the word for any fashion doll",
            DOLL_MAKERS),
)


def _words(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=longest_first))


@dataclass(frozen=True, slots=True)
class _Compiled:
    generic: Generic
    form: re.Pattern
    makers: re.Pattern


def mark_key(mark: str) -> str:
    """A registered mark as GENERICS keys it: case-folded, accents dropped ("Nescafé" and "Nescafe" alike)."""
    return "".join(c for c in unicodedata.normalize("NFD", mark.casefold()) if not unicodedata.combining(c))


_COMPILED: dict[str, tuple[_Compiled, ...]] = {}
for _g in GENERICS:
    _COMPILED.setdefault(mark_key(_g.mark), ())
    _COMPILED[mark_key(_g.mark)] += (_Compiled(
        _g, re.compile(rf"(?<!\w)(?:{_words(_g.forms)})" + ("" if _g.prefix else r"(?!\w)"), re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{_words(_g.makers + UNBRANDED)})(?!\w)", re.IGNORECASE)),)
MARKS = frozenset(_COMPILED)


@dataclass(frozen=True, slots=True)
class GenericReading:
    """A brand word read as the goods' generic noun: the word, its sense, and the other maker or unbranded word that
    says so (None: the word alone, `Generic.alone`)."""

    word: str
    sense: str
    other: str | None


def generic_word(mark: str, field: str, start: int, end: int, text: str, own: frozenset[str]) -> GenericReading | None:
    """How the brand word found at [start, end) of `field` (a listing's title or description) reads as a generic noun:
    with the other maker or unbranded word of `text` (the whole listing) that says so, or alone when the word is that
    kind's noun by itself; None when it is no generic word or names the brand. `mark`: the registered mark found
    (case-folded); `own`: the brand's names, case-folded (a "marki X" naming one of them is the brand's). Pure."""
    for c in _COMPILED.get(mark_key(mark), ()):
        m = next((m for m in c.form.finditer(field) if m.start() < end and start < m.end()), None)
        if m is None:
            continue
        if (o := next((o for o in c.makers.finditer(text) if not _ON_PARCEL.match(text, o.end())), None)) is not None:
            return GenericReading(m.group(0), c.generic.sense, o.group(0))
        for b in _BRAND_OF.finditer(text):
            named = b.group(1).casefold().strip(".'")
            if not b.group(1)[0].isupper() and b.group(1)[0].isascii() or named in _NOT_NAMES:
                continue  # "brand new", "marca registrada": no maker's name
            if named and not any(named in n or n.startswith(named) for n in own) and not c.form.fullmatch(b.group(1)):
                return GenericReading(m.group(0), c.generic.sense, b.group(0))
        if c.generic.alone and not (c.generic.lines and re.match(
                rf"[\s\-]*(?:{_words(c.generic.lines)})(?!\w)", field[m.end():], re.IGNORECASE)):
            return GenericReading(m.group(0), c.generic.sense, None)
    return None
