"""The country of origin a listing declares for its goods ("Country of origin: China (Guangzhou)", "Made in PRC",
"产地：广东", "Herkunftsland: China", an item specific `country_of_origin`), as an ISO 3166-1 alpha-2 code.

    declared_origin(listing, text)  -> Origin("CN", "China (Guangzhou)", "description", 57, 74)   # or None

A house that makes all its goods in a few countries registers them (schemas.Brand.made_in: Rolex CH, Gucci IT,
Canada Goose CA); new goods of such a house declared made elsewhere are no goods of the house (index.py reads the
declared origin beside the brand's `made_in`). A brand made all over the world registers none, so an honest seller
who copies the label's "Made in Vietnam" (Nike) or "Made in China" (Apple) says nothing here.

Read: a phrase that declares the origin ("country of origin", "made in", "manufactured in", "product of", and each
market's words: hecho en, fabriqué en, hergestellt in, prodotto in, wyprodukowano w, страна производства, menşei,
xuất xứ, buatan, 产地, 原産国, 제조국 ...) right before a country's name (or a city or province of it that copy sellers
write: Guangzhou, Dongguan, Putian), not after "not" ("not made in China"). The names: each country's name in the
languages of the markets (Wikipedia's country-name tables; general knowledge), for the countries goods are made in.
Pure: no I/O.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from schemas import Listing
from services.matcher.core.normalise import ListingText, latin_text

# the words that declare where goods were made, right before the country (latin view: folded as the text is)
DECLARES = [
    "country of origin", "origin", "made in", "manufactured in", "produced in", "product of", "assembled in",
    "hecho en", "fabricado en", "fabricada en", "país de origen", "pais de origen", "origen", "país de origem",
    "fabricado na", "fabricado no", "feito na", "fabriqué en", "fabrique en", "fabriqué au", "pays d'origine",
    "origine", "fabbricato in", "prodotto in", "paese di origine", "hergestellt in", "herkunftsland", "ursprungsland",
    "herstellungsland", "herkunft", "gemaakt in", "land van herkomst", "tillverkad i", "ursprungsland", "valmistettu",
    "wyprodukowano w", "kraj pochodzenia", "kraj produkcji", "vyrobeno v", "země původu", "vyrobené v",
    "készült", "származási ország", "fabricat în", "țara de origine", "страна производства", "страна-производитель",
    "страна производитель", "страна происхождения", "сделано в", "произведено в", "виробник", "країна виробництва",
    "χώρα προέλευσης", "κατασκευάζεται στην", "menşei", "menşe", "üretim yeri", "menşei ülke", "xuất xứ",
    "sản xuất tại", "negara asal", "buatan", "dibuat di", "made in the",
]
# country names (latin view) -> ISO 3166-1 alpha-2; China's provinces and the cities copy sellers name beside it
COUNTRIES: dict[str, list[str]] = {
    "CN": ["china", "prc", "p r c", "people's republic of china", "peoples republic of china", "chine", "cina", "chiny",
           "čína", "kína", "kiina", "kina", "trung quốc", "китай", "китаї", "κίνα", "çin", "cin", "tiongkok", "guangzhou",
           "dongguan", "shenzhen", "guangdong", "fujian", "putian", "yiwu", "jinjiang", "zhejiang", "canton",
           "mainland china", "pr china"],
    "VN": ["vietnam", "viet nam", "việt nam"], "TH": ["thailand", "thaïlande", "tailandia", "thailandia"],
    "TR": ["turkey", "türkiye", "turquie", "turquía", "türkei"], "IN": ["india", "inde", "indien"],
    "BD": ["bangladesh"], "ID": ["indonesia", "indonésie", "indonesien"], "MY": ["malaysia", "malaisie"],
    "KH": ["cambodia", "cambodge", "kamboja"], "PK": ["pakistan"], "TW": ["taiwan", "taïwan", "台湾", "台灣"],
    "JP": ["japan", "japon", "giappone", "japão", "japón", "япония", "japonya", "nhật bản", "jepang"],
    "KR": ["korea", "south korea", "corée", "corea", "korea selatan", "hàn quốc"],
    "CH": ["switzerland", "suisse", "schweiz", "svizzera", "suiza", "suíça", "szwajcaria", "швейцария", "isviçre",
           "swiss"],
    "FR": ["france", "francia", "frankreich", "frança", "francja", "франция", "fransa"],
    "IT": ["italy", "italia", "italie", "italien", "itália", "włochy", "италия", "italya"],
    "ES": ["spain", "españa", "espagne", "spanien", "espanha", "hiszpania", "испания", "ispanya"],
    "US": ["usa", "u s a", "united states", "united states of america", "états-unis", "estados unidos", "сша"],
    "CA": ["canada", "kanada", "canadá", "канада"], "DE": ["germany", "deutschland", "allemagne", "alemania", "germania"],
    "GB": ["uk", "u k", "united kingdom", "england", "scotland", "great britain", "britain", "royaume-uni", "reino unido"],
    "PT": ["portugal"], "RO": ["romania", "românia", "roumanie"], "MX": ["mexico", "méxico", "mexique"],
    "AT": ["austria", "österreich", "autriche"], "PH": ["philippines", "filipinas"],
}
# the same in the wide scripts, after their own words (产地：广东, 原産国：中国, 제조국: 중국)
_WIDE = re.compile(r"(?:产地|產地|原产地|原產地|生产地|生產地|製造国|製造國|原産国|原産地|生産国|제조국|원산지|생산지)\s*[:：]?\s*"
                   r"(中国|中國|广东|廣東|广州|廣州|东莞|東莞|深圳|福建|莆田|浙江|义乌|義烏|中华人民共和国|중국|日本|瑞士|スイス|스위스|"
                   r"意大利|義大利|イタリア|이탈리아|法国|法國|フランス|프랑스|加拿大|カナダ|캐나다|越南|ベトナム|베트남|泰国|泰國|タイ|태국)")
_WIDE_CODES = {"中国": "CN", "中國": "CN", "广东": "CN", "廣東": "CN", "广州": "CN", "廣州": "CN", "东莞": "CN", "東莞": "CN",
               "深圳": "CN", "福建": "CN", "莆田": "CN", "浙江": "CN", "义乌": "CN", "義烏": "CN", "中华人民共和国": "CN",
               "중국": "CN", "日本": "JP", "瑞士": "CH", "スイス": "CH", "스위스": "CH", "意大利": "IT", "義大利": "IT",
               "イタリア": "IT", "이탈리아": "IT", "法国": "FR", "法國": "FR", "フランス": "FR", "프랑스": "FR", "加拿大": "CA",
               "カナダ": "CA", "캐나다": "CA", "越南": "VN", "ベトナム": "VN", "베트남": "VN", "泰国": "TH", "泰國": "TH",
               "タイ": "TH", "태국": "TH"}
_NOT = re.compile(r"(?<![a-z0-9])(?:not|no|nicht|non|pas|nao|não|nie|не|never)[^a-z0-9]+(?:[a-z]+[^a-z0-9]+)?$")
# item specifics that state the origin
_ORIGIN_KEYS = re.compile(r"origin|made.?in|country|herkunft|origen|origine|pays|pais|产地|原産", re.I)


@dataclass(frozen=True, slots=True)
class Origin:
    country: str  # ISO 3166-1 alpha-2
    said: str  # the country as written
    field: str  # "title", "description" or "attributes"
    start: int | None
    end: int | None


def _fold(word: str) -> str:
    return " ".join(latin_text(word).lower().replace("'", " ").split())


@functools.cache
def _latin() -> tuple[re.Pattern, dict[str, str], frozenset[str]]:
    # each name folded as written in small letters, capitalised and in capitals (a capital Cyrillic Н folds to h)
    names = {_fold(f): code for code, ns in COUNTRIES.items() for n in ns for f in (n, n.capitalize(), n.upper())
             if _fold(f)}
    written = {f for d in DECLARES for f in (d, d.capitalize(), d.upper())}
    sep = r"[^a-z0-9]+"
    declares = "|".join(sep.join(map(re.escape, d.split())) for d in sorted({_fold(d) for d in written}, key=len, reverse=True))
    countries = "|".join(sep.join(map(re.escape, n.split())) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(rf"(?<![a-z0-9])(?:{declares})(?:[^a-z0-9]+(?:the|la|le|el|der|die|das|o|a))?[^a-z0-9]{{1,4}}"
                         rf"(?P<country>{countries})(?![a-z0-9])")
    anchors = frozenset(w for d in written for w in _fold(d).split() if len(w) >= 4)
    return pattern, names, anchors


def _country(said: str) -> str | None:
    """The ISO code of a country named alone (an item specific's value: "China", "PRC – Fujian"), else None."""
    _, names, _ = _latin()
    folded = _fold(said)
    for name in sorted(names, key=len, reverse=True):
        if re.match(rf"{re.escape(name)}(?![a-z0-9])", folded):
            return names[name]
    wide = next((w for w in _WIDE_CODES if said.strip().startswith(w)), None)
    return _WIDE_CODES[wide] if wide else None


def declared_origin(listing: Listing, text: ListingText) -> Origin | None:
    """The first origin the listing declares, in its item specifics, then its title and description; None when it
    declares none (almost every listing: a gate on the declaring words)."""
    for key, value in (listing.attributes or {}).items():
        if value and isinstance(value, str) and _ORIGIN_KEYS.search(key) and (code := _country(value)) is not None:
            return Origin(code, value, "attributes", None, None)
    pattern, names, anchors = _latin()
    if not text.latin_words.isdisjoint(anchors) or "made" in text.latin_words:
        latin = text.latin
        for m in pattern.finditer(latin):
            if _NOT.search(latin, max(0, m.start() - 24), m.start()) is not None:
                continue  # "not made in China"
            start, end = text.original_span("latin", m.start("country"), m.end("country"))
            field, fstart, fend, said = text.locate(start, end)
            return Origin(names[" ".join(re.split(r"[^a-z0-9]+", m.group("country")))], said, field, fstart, fend)
    if not text.is_ascii and (m := _WIDE.search(text.nfkc)) is not None:
        start, end = text.original_span("nfkc", m.start(1), m.end(1))
        field, fstart, fend, said = text.locate(start, end)
        return Origin(_WIDE_CODES[m.group(1)], said, field, fstart, fend)
    return None
