"""A mark written by its sound in another script, the way other writers do it (sound, 2026-12-01).

sound.py writes each script one way. Real sellers differ: katakana writes a long vowel with ー where English has
"er", "ar", "or" (ローレックス), v with the b row (ブ) as often as with ヴ, ti/di/si as チ/ジ/シ, and a short vowel
before a final k, t, p with the small tsu (ナイキ but グッチ); Arabic writes the long vowels only, or none at all;
Hebrew writes o/u with vav and i/e with yod or leaves them out; Devanagari drops the final schwa. Thai, which no other
class writes, puts the vowels e, o and ai before their consonant (ไนกี้ for Nike), marks a silent final letter with
the thanthakhat (ส์) and writes the tone of a foreign syllable now and then (้). Each writer follows its script's
common romanisation read backwards (Hepburn; Royal Thai General System, 1999; the matres lectionis of Arabic and
Hebrew); nothing of the matcher is used.

Classes: `translit_variants` (every script, the other conventions, corroborated like `transliteration`) and
`trap_script_names` (real words and names of those languages heard close to a mark: Greek Νίκη "victory", Korean 보스
"boss", Thai บอส, Russian Ника, in and out of the brand's categories, no cue).
"""

from __future__ import annotations

import random
import re
import unicodedata

from tests.eval.adversary import sound
from tests.eval.adversary.generate import BrandView, Draft, Scene, _corroborated, _pick_mark, _sound_marks

EVASIONS = {
    "translit_variants": "a mark written by its sound in Thai, or in katakana, Arabic, Hebrew, Devanagari, Hangul, Greek "
                         "or Cyrillic by other writers' conventions (ー for er, ブ for v, no vowels in Arabic), corroborated",
}
TRAPS = {
    "trap_script_names": "real words and names of other scripts heard close to a mark (Νίκη, 보스, บอส, Ника, Σόνι), no cue",
}

# ------------------------------------------------------------------------------------------ Thai

_THAI_INITIAL = {"k": "ค", "g": "ก", "C": "ช", "S": "ช", "j": "จ", "s": "ซ", "z": "ซ", "t": "ท", "T": "ธ", "d": "ด", "n": "น",
                 "b": "บ", "p": "พ", "f": "ฟ", "v": "ว", "m": "ม", "y": "ย", "r": "ร", "l": "ล", "w": "ว", "h": "ฮ", "N": "ง",
                 "": "อ"}
_THAI_FINAL = {"k": "ก", "g": "ก", "t": "ท", "d": "ด", "n": "น", "m": "ม", "p": "ป", "b": "บ", "N": "ง", "s": "ส์", "z": "ส์",
               "l": "ล", "r": "ร์", "f": "ฟ", "C": "ช์", "S": "ช", "j": "จ์", "T": "ธ์", "v": "ฟ", "y": "ย", "w": "ว"}
_THAI_PREPOSED = {"e": "เ", "o": "โ", "ai": "ไ", "ei": "เ", "ou": "โ"}
_THAI_AFTER = {"a": "า", "i": "ี", "u": "ู", "oi": "อย", "au": "าว", "yu": "ิว"}
_THAI_SHORT = {"a": "ั", "i": "ิ", "u": "ุ"}  # in a closed syllable


def _vowels(sounds: list[str], k: int) -> tuple[str, int]:
    pair = "".join(sounds[k:k + 2])
    if pair in ("ai", "ei", "ou", "oi", "au", "yu"):
        return pair, 2
    return sounds[k], 1


def thai(mark: str, rng: random.Random) -> str:
    sounds = [s for s in sound.phonemes(mark) if s != ":"]
    out, k = [], 0
    while k < len(sounds):
        c = ""
        if sounds[k] not in sound.VOWELS:
            c = sounds[k]
            k += 1
        if k < len(sounds) and sounds[k] in sound.VOWELS:
            v, step = _vowels(sounds, k)
            k += step
            closed = k < len(sounds) and sounds[k] not in sound.VOWELS and (k + 1 == len(sounds) or sounds[k + 1] not in sound.VOWELS)
            initial = _THAI_INITIAL.get(c, "อ")
            if v in _THAI_PREPOSED:
                out.append(_THAI_PREPOSED[v] + initial)
            elif closed and v in _THAI_SHORT and rng.random() < 0.6:
                out.append(initial + _THAI_SHORT[v])
            else:
                out.append(initial + _THAI_AFTER.get(v, "า"))
            if rng.random() < 0.25 and not closed:
                out.append("้")  # a tone mark on an open syllable (ไนกี้)
            if closed:
                out.append(_THAI_FINAL.get(sounds[k], ""))
                k += 1
        elif c:  # a consonant with no vowel after it: a final, or a cluster's first consonant
            out.append(_THAI_FINAL.get(c, "") if k == len(sounds) else _THAI_INITIAL.get(c, ""))
    return "".join(out)


# ------------------------------------------------------------------------------------------ other conventions

_KANA_B = {"ヴァ": "バ", "ヴィ": "ビ", "ヴ": "ブ", "ヴェ": "ベ", "ヴォ": "ボ"}
_KANA_PLAIN = {"ティ": "チ", "ディ": "ジ", "トゥ": "ツ", "ドゥ": "ズ"}


_NON_RHOTIC = re.compile("(?<=[aeiou])r(?=[^aeiouy]|$)")


def katakana_variant(mark: str, rng: random.Random) -> str:
    """Katakana as other writers do: an r after a vowel a long vowel (ジョーダン, バーバリー), v with the b row, ti/di
    as チ/ジ."""
    words = []
    for word in mark.split():
        low = word.lower()
        long_vowel = bool(_NON_RHOTIC.search(low)) and rng.random() < 0.7
        if long_vowel:
            low = _NON_RHOTIC.sub("", low)
        text = sound.katakana(low, rng)
        if long_vowel and "ー" not in text:
            cut = 1 + (len(text) > 2 and text[1] in "ャュョァィゥェォ")
            text = text[:cut] + "ー" + text[cut:]
        for a, b in (_KANA_B if rng.random() < 0.7 else {}).items():
            text = text.replace(a, b)
        for a, b in (_KANA_PLAIN if rng.random() < 0.5 else {}).items():
            text = text.replace(a, b)
        words.append(text)
    return rng.choice(["・", "", " "]).join(words)


def arabic_bare(mark: str, rng: random.Random) -> str:
    """Arabic with no vowel letters but a word's first (the way short names are often written)."""
    out = []
    for n, (consonant, vowel, _) in enumerate(sound._syllables(sound.phonemes(mark))):
        if consonant:
            out.append(sound._ARABIC.get(consonant, ""))
        if vowel and (n == 0 and not consonant):
            out.append("ا")
        elif vowel in ("o", "u") and rng.random() < 0.5:
            out.append("و")
    return "".join(out)


def hebrew_full(mark: str, rng: random.Random) -> str:
    """Hebrew with every vowel written (א for a, י for e and i, ו for o and u): the spelling of foreign names."""
    out = []
    for consonant, vowel, _ in sound._syllables(sound.phonemes(mark)):
        if consonant:
            out.append(sound._HEBREW.get(consonant, ""))
        if vowel:
            out.append({"a": "א" if not consonant or rng.random() < 0.3 else "", "e": "י", "i": "י", "o": "ו", "u": "ו"}[vowel])
    text = "".join(out)
    return text[:-1] + sound._HEBREW_FINAL[text[-1]] if text and text[-1] in sound._HEBREW_FINAL else text


WRITERS = {"thai": thai, "katakana": katakana_variant, "arabic": arabic_bare, "hebrew": hebrew_full,
           "devanagari": sound.devanagari, "hangul": sound.hangul, "greek": sound.greek, "cyrillic": sound.cyrillic}


def in_script(mark: str, script: str, rng: random.Random) -> str:
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", mark) if not unicodedata.combining(ch))  # Estée
    words = [w for w in "".join(ch if ch.isalpha() else " " for ch in plain.replace("'", "")).split() if w]
    if script == "katakana":
        return katakana_variant(" ".join(words), rng)
    sep = "" if script == "thai" and rng.random() < 0.5 else " "
    return sep.join(WRITERS[script](w, rng) for w in words)


# the goods in the languages written without spaces (Thai, Japanese) and in Korean: (category words, Thai, Japanese,
# Korean); a listing in one of them names the goods in its own words, glued to the mark in Thai and often in Japanese
GOODS = [
    (("handbag", "bag", "backpack", "luggage"), "กระเป๋า", "バッグ", "가방"),
    (("sneaker", "shoe", "football"), "รองเท้า", "スニーカー", "운동화"),
    (("watch",), "นาฬิกา", "腕時計", "시계"),
    (("headphone", "earbud", "speaker"), "หูฟัง", "イヤホン", "이어폰"),
    (("phone", "tablet", "laptop"), "โทรศัพท์", "スマホ", "휴대폰"),
    (("fragrance",), "น้ำหอม", "香水", "향수"),
    (("jacket", "parka", "outerwear", "coat", "sportswear", "jeans", "denim"), "เสื้อผ้า", "ジャケット", "자켓"),
    (("belt",), "เข็มขัด", "ベルト", "벨트"),
    (("wallet",), "กระเป๋าสตางค์", "財布", "지갑"),
    (("skincare", "makeup", "sunscreen", "haircare", "hair care"), "ครีม", "クリーム", "크림"),
    (("toy", "figure", "building", "doll", "model kit"), "ของเล่น", "おもちゃ", "장난감"),
]
_GENERIC = ("สินค้า", "新品", "상품")


def _goods(category: str, script: str) -> str:
    column = {"thai": 1, "katakana": 2, "hangul": 3}[script]
    low = category.lower()
    for words, *names in GOODS:
        if any(w in low for w in words):
            return names[column - 1]
    return _GENERIC[column - 1]


def make_translit_variants(b: BrandView, s: Scene) -> Draft | None:
    m = _pick_mark(b, s, _sound_marks(b))
    if m is None:
        return None
    script = s.rng.choice(["thai", "thai", "katakana", "katakana", "arabic", "hebrew", "devanagari", "hangul", "greek", "cyrillic"])
    text = in_script(m.value, script, s.rng)
    if not text:
        return None
    draft = _corroborated(b, s, text, strong=True)
    if script in ("thai", "katakana", "hangul") and s.rng.random() < 0.5:
        # the goods named in the listing's language before the mark (Thai and Japanese: glued, no space)
        goods = _goods(draft.category, script)
        glue = "" if script == "thai" or (script == "katakana" and s.rng.random() < 0.5) else " "
        draft.title = draft.title.replace(text, goods + glue + text, 1)
    return draft


# Honest twins: (brand, title, description, category, price, currency)
WORDS = [
    ("nike", "Νίκη της Σαμοθράκης, αντίγραφο αγάλματος 30 εκ.", "", "home decor", 45.0, "EUR"),  # Victory of Samothrace
    ("nike", "Βιβλίο: Νίκη, μυθιστόρημα", "", "books", 12.0, "EUR"),
    ("nike", "Кукла Ника, 30 см, с одеждой", "", "toys", 15.0, "USD"),
    ("bose", "보스 베이비 피규어 세트", "", "toys", 20.0, "USD"),  # The Boss Baby figures
    ("bose", "หนังสือ บอสใหญ่ใจดี", "", "books", 8.0, "USD"),  # a book: "the kind big boss"
    ("bose", "בוסתן פירות: עציץ לימון", "", "garden", 25.0, "USD"),  # orchard: lemon tree pot
    ("sony", "Σόνια: ποιητική συλλογή", "", "books", 10.0, "EUR"),
    ("canon", "Канон Пахельбеля: ноты для фортепиано", "", "books", 7.0, "USD"),  # Pachelbel's Canon
    ("canon", "カノン 進行 ギター 教本", "", "books", 1500.0, "JPY"),
    ("rolex", "Роликовые коньки детские, размер 30-33", "", "toys", 35.0, "USD"),
    ("gucci", "กุ้งแช่น้ำปลา ชุดใหญ่", "", "food", 6.0, "USD"),  # shrimp in fish sauce
    ("samsung", "สามสิบ บาท ชุดของขวัญ", "", "gifts", 1.0, "USD"),  # "thirty baht" gift set
    ("samsung", "Самсон: библейская история для детей", "", "books", 6.0, "USD"),
    ("honda", "ฮันดาอาหารแมว 1 กก.", "", "pet food", 5.0, "USD"),
    ("lego", "Лего-сон: сказка на ночь", "", "books", 5.0, "USD"),
    ("adidas", "אדיר דאס ספר בישול", "", "books", 15.0, "USD"),
    ("omega", "Ωμέγα 3 ιχθυέλαιο, 120 κάψουλες", "", "supplements", 14.0, "EUR"),  # omega-3 fish oil
    ("omega", "오메가3 영양제 90캡슐", "", "supplements", 18.0, "USD"),
    ("coach", "โค้ชฟุตบอล หนังสือฝึกสอน", "", "books", 9.0, "USD"),  # a football coaching book
    ("mars", "Марс: атлас планеты", "", "books", 12.0, "USD"),
    ("pandora", "Πανδώρα: το κουτί της, μυθολογία για παιδιά", "", "books", 9.0, "EUR"),
    ("dyson", "ไดโนเสาร์ ของเล่น ชุดใหญ่", "", "toys", 10.0, "USD"),  # dinosaur toys
    ("philips", "Φίλιππος Β΄ ο Μακεδών: ιστορία", "", "books", 16.0, "EUR"),
    ("apple", "アップルパイ 冷凍 6個入り", "", "food", 1200.0, "JPY"),
]

EVASION_MAKERS = {"translit_variants": make_translit_variants}
TRAP_MAKERS: dict = {}
CURATED = {"trap_script_names": WORDS}
