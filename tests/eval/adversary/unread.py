"""The brand written in a writing system of its market that the matcher had no reading for (issue 9, scripts, 2026-12-02).

A seller who wants a name a filter does not know writes it the way the market's own children and keyboards spell
sounds: Japanese in hiragana instead of the katakana of foreign names (ろれっくす, ないき); Taiwan in Zhuyin, the
phonetic letters of its schools and keyboards, spelling the brand's Chinese name (ㄌㄠˊ ㄌㄧˋ ㄕˋ for 劳力士, with or
without tone marks); Myanmar, Cambodia, Laos and Ethiopia in their own scripts (Burmese, Khmer, Lao, Ethiopic); and in
Lisu capitals, a script whose letters are drawn like Latin capitals (ꓚꓮꓠꓳꓠ). The sellers of those markets add their
own words for the goods and for a copy (N級, 高仿, အတု, ចម្លង, ງານກ໊ອບ, ማስተር ኮፒ), or a price far below the floor.

Writers (this file's own tables, from each script's standard spelling of foreign names, not from the matcher):
- hiragana: the katakana writers of sound.py and scripts.py, each kana moved to its hiragana (Unicode's two kana blocks
  are laid out alike), the long-vowel mark kept (すわろふすきー) as children and sellers write it;
- Zhuyin: pypinyin's own Zhuyin of the brand's Chinese alias (Style.BOPOMOFO), the tone marks kept or dropped, the
  syllables spaced or run together;
- Burmese: a consonant with its vowel sign (the inherent a left bare now and then), a final consonant with asat (်), the
  rhymes of loanwords (ိုင် ai, ောင် aung, ို o); Khmer: a consonant and its vowel sign, f/g/z as ហ្វ/ហ្គ/ហ្ស;
  Lao: the vowels e, o, ai written before their consonant (ເ ໂ ໄ) as Thai does, ອ carrying a vowel alone;
  Ethiopic: each syllable by its order (ä u i a e ə o) of its consonant's row;
- Lisu: each capital by the Lisu letter drawn like it (Unicode's Lisu block: ꓮ A, ꓐ B, ꓚ C ...).

Classes: `hiragana_mark`, `zhuyin_alias`, `script_sea_ethiopic`, `lisu_capitals` (corroborated: a cue, the market's or
English, or a price far below the floor), and their traps `trap_unread_script_words` (everyday words and names of those
languages heard near a mark: Japanese ないき "shy", Zhuyin flash cards, Burmese ဖုန်း "phone", Amharic ቤት "house",
Greek Νίκη, Hindi नाइट "night", Thai ไนท์; no cue) and `trap_script_retail_fair` (a shop of those markets naming the
brand in its script, at the floor or above, with its words for new and genuine).
"""

from __future__ import annotations

import random
import re
import unicodedata

from tests.eval.adversary import genuine, scripts, sound
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _pick_mark, _sound_marks

EVASIONS = {
    "hiragana_mark": "a mark written by its sound in hiragana instead of katakana (ろれっくす, ないき, すわろふすきー), "
                     "with a cue or a price far below the floor",
    "zhuyin_alias": "the brand's Chinese alias spelt in Zhuyin (ㄌㄠˊ ㄌㄧˋ ㄕˋ for 劳力士), tone marks or none, with a cue "
                    "or a price far below the floor",
    "script_sea_ethiopic": "a mark written by its sound in Burmese, Khmer, Lao or Ethiopic (ဆမ်ဆောင်း, សាំសុង, ໄອໂຟນ, "
                           "ናይኪ), with the market's or an English cue or a price far below the floor",
    "lisu_capitals": "a mark in Lisu letters drawn like Latin capitals (ꓚꓮꓠꓳꓠ), with a cue or a price far below the floor",
    "script_rare": "a mark written by its sound in a rarer alphabet (Thaana ރޯލެކްސް, Tifinagh ⵏⴰⵢⴽ, N'Ko, Adlam, Ol "
                   "Chiki), with an English cue or a price far below the floor",
}
TRAPS = {
    "trap_unread_script_words": "everyday words and names of Japanese (hiragana), Zhuyin, Burmese, Khmer, Lao, Amharic, "
                                "Greek, Hindi and Thai heard near a mark (ないき 'shy', ဖုန်း 'phone', ቤት 'house'), no cue",
    "trap_script_retail_fair": "a shop naming the brand in its market's script (Burmese, Khmer, Lao, Amharic, Thai, Greek, "
                               "Hindi) at the floor or above, with its words for new and genuine, no cue",
}
PER_BRAND = 3  # listings per brand of each class (generate.PER_BRAND)

# ------------------------------------------------------------------------------------------ hiragana


def hiragana(mark: str, rng: random.Random) -> str:
    """The mark in katakana by one of the adversary's katakana writers, then in hiragana (ー kept, ・ a space)."""
    kana = scripts.in_script(mark, "katakana", rng) if rng.random() < 0.5 else sound.in_script(mark, "katakana", rng)
    out = []
    for ch in unicodedata.normalize("NFC", kana):
        code = ord(ch)
        if 0x30A1 <= code <= 0x30F6:
            out.append(chr(code - 0x60))
        elif ch == "・":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


# ------------------------------------------------------------------------------------------ Zhuyin

_TONES = "ˉˊˇˋ˙"


def zhuyin(alias: str, rng: random.Random) -> str | None:
    """pypinyin's Zhuyin of a Han alias, tone marks kept (60 %) or dropped, spaced (70 %) or run together."""
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(alias, style=Style.BOPOMOFO)
    if not all(s and "\u3105" <= s[0] <= "\u3129" or s[:1] == "˙" for s in syllables):
        return None
    if rng.random() < 0.4:
        syllables = ["".join(ch for ch in s if ch not in _TONES) for s in syllables]
    return (" " if rng.random() < 0.7 else "").join(syllables)


# ------------------------------------------------------------------------------------------ Burmese, Khmer, Lao, Ethiopic

# consonant sounds (sound.phonemes' symbols) -> the letter each script writes a foreign one with
_MYANMAR_C = {"b": "ဘ", "p": "ပ", "f": "ဖ", "v": "ဗ", "t": "တ", "d": "ဒ", "k": "က", "g": "ဂ", "s": "ဆ", "z": "ဇ",
              "S": "ရှ", "C": "ချ", "j": "ဂျ", "m": "မ", "n": "န", "N": "င", "l": "လ", "r": "ရ", "h": "ဟ", "w": "ဝ",
              "y": "ယ", "T": "သ", "": "အ"}
_MYANMAR_V = {"a": "ာ", "e": "ေ", "i": "ီ", "o": "ို", "u": "ူ"}
_ASAT = "်"
_KHMER_C = {"b": "ប", "p": "ព", "f": "ហ្វ", "v": "វ", "t": "ត", "d": "ដ", "k": "ក", "g": "ហ្គ", "s": "ស", "z": "ហ្ស",
            "S": "ស", "C": "ឆ", "j": "ជ", "m": "ម", "n": "ន", "N": "ង", "l": "ល", "r": "រ", "h": "ហ", "w": "វ", "y": "យ",
            "T": "ធ", "": "អ"}
_KHMER_V = {"a": "ា", "e": "េ", "i": "ី", "o": "ូ", "u": "ូ"}
_LAO_C = {"b": "ບ", "p": "ປ", "f": "ຟ", "v": "ວ", "t": "ຕ", "d": "ດ", "k": "ກ", "g": "ກ", "s": "ສ", "z": "ຊ", "S": "ຊ",
          "C": "ຈ", "j": "ຈ", "m": "ມ", "n": "ນ", "N": "ງ", "l": "ລ", "r": "ຣ", "h": "ຮ", "w": "ວ", "y": "ຍ", "T": "ທ",
          "": "ອ"}
_LAO_AFTER = {"a": "າ", "i": "ີ", "u": "ູ"}
_LAO_BEFORE = {"e": "ເ", "o": "ໂ"}
# Ethiopic: the first syllable of each consonant's row (U+1200 block); + 0..6 for the orders ä u i a e ə o
_ETHIOPIC_ROW = {"h": 0x1200, "l": 0x1208, "m": 0x1218, "r": 0x1228, "s": 0x1230, "S": 0x1238, "b": 0x1260,
                 "v": 0x1268, "t": 0x1270, "C": 0x1278, "n": 0x1290, "": 0x12A0, "k": 0x12A8, "w": 0x12C8, "z": 0x12D8,
                 "y": 0x12E8, "d": 0x12F0, "j": 0x1300, "g": 0x1308, "f": 0x1348, "p": 0x1350, "T": 0x1270}
_ETHIOPIC_ORDER = {"a": 3, "u": 1, "i": 2, "e": 4, "o": 6, "": 5}


def _sounds(word: str) -> list[tuple[str, str]]:
    """(consonant, vowel) syllables of a word read aloud; ai written as a, i; a final consonant with no vowel."""
    out = []
    for consonant, vowel, _ in sound._syllables(sound.phonemes(word)):
        out.append((consonant, vowel))
    return out


def myanmar(word: str, rng: random.Random) -> str:
    out, sylls, skip = [], _sounds(word), set()
    for n, (c, v) in enumerate(sylls):
        if c == "N" and not v:
            out.append("င" + _ASAT)
            continue
        letter = _MYANMAR_C.get(c, "")
        if n in skip:
            continue
        if not v:
            out.append(letter + _ASAT)
        elif v == "a" and n + 1 < len(sylls) and sylls[n + 1] == ("", "i"):
            continue  # written below with the i
        elif v == "i" and n and sylls[n - 1][1] == "a" and not c:
            prev = _MYANMAR_C.get(sylls[n - 1][0], "")
            nxt = sylls[n + 1] if n + 1 < len(sylls) else None
            if nxt and nxt[0] == "k" and not nxt[1]:  # ai + a final k: the loanword rhyme ိုက် (Nike: နိုက်ကီ)
                out.append(prev + "ိုက်")
                skip.add(n + 1)
            else:
                out.append(prev + "ိုင်")  # ai: ိုင်
        elif v == "a" and c and rng.random() < 0.4:
            out.append(letter)  # the inherent a
        else:
            out.append(letter + _MYANMAR_V[v])
    return "".join(out) + ("း" if rng.random() < 0.3 else "")


def khmer(word: str, rng: random.Random) -> str:
    out = []
    for c, v in _sounds(word):
        letter = _KHMER_C.get(c, "")
        if not v:
            out.append(letter + ("់" if c == "s" and rng.random() < 0.3 else ""))
        else:
            out.append(letter + _KHMER_V[v])
    return "".join(out)


def lao(word: str, rng: random.Random) -> str:
    out, sylls = [], _sounds(word)
    for n, (c, v) in enumerate(sylls):
        letter = _LAO_C.get(c, "")
        if v == "a" and n + 1 < len(sylls) and sylls[n + 1] == ("", "i"):
            out.append("ໄ" + letter)  # ai: ໄ before its consonant
            continue
        if v == "i" and n and sylls[n - 1][1] == "a" and not c:
            continue
        if not v:
            out.append(letter)
        elif v in _LAO_BEFORE:
            out.append(_LAO_BEFORE[v] + letter)
        else:
            out.append(letter + _LAO_AFTER[v])
        if v and rng.random() < 0.2:
            out.append("້")  # a tone mark now and then (ຮອນດ້າ)
    return "".join(out)


def ethiopic(word: str, rng: random.Random) -> str:
    out = []
    for c, v in _sounds(word):
        if c == "N":
            out.append(chr(_ETHIOPIC_ROW["n"] + 5) + chr(_ETHIOPIC_ROW["g"] + 5))
            continue
        row = _ETHIOPIC_ROW.get(c, _ETHIOPIC_ROW["k"])
        out.append(chr(row + _ETHIOPIC_ORDER[v]))
    return "".join(out)


SEA = {"myanmar": myanmar, "khmer": khmer, "lao": lao, "ethiopic": ethiopic}


# ------------------------------------------------------------------------------------------ rarer alphabets (names)

# Alphabets of smaller markets, each sound by its letter as the script's own spelling of a foreign name writes it
# (Unicode code charts' letter names): Thaana (Maldives: a consonant with its vowel sign, fili, or sukun ް when it has
# none; a vowel alone on alifu އ), Tifinagh (Morocco, Algeria: Neo-Tifinagh, IRCAM), N'Ko (Guinea, Mali), Adlam (Fula,
# Guinea and Senegal) and Ol Chiki (Santali, India): a letter for each consonant and each vowel, o as u where Tifinagh has
# no o. Consonant sounds of sound.phonemes: S sh, C ch, N ng, T th, "" none.
RARE_C = {
    "thaana": {"b": "ބ", "p": "ޕ", "f": "ފ", "v": "ވ", "t": "ޓ", "d": "ޑ", "k": "ކ", "g": "ގ", "s": "ސ", "z": "ޒ", "S": "ށ",
               "C": "ޗ", "j": "ޖ", "m": "މ", "n": "ނ", "N": "ންގ", "l": "ލ", "r": "ރ", "h": "ހ", "w": "ވ", "y": "ޔ",
               "T": "ތ", "": "އ"},
    "tifinagh": {"b": "ⴱ", "p": "ⵒ", "f": "ⴼ", "v": "ⵠ", "t": "ⵜ", "d": "ⴷ", "k": "ⴽ", "g": "ⴳ", "s": "ⵙ", "z": "ⵣ",
                 "S": "ⵛ", "C": "ⵜⵛ", "j": "ⵊ", "m": "ⵎ", "n": "ⵏ", "N": "ⵏⴳ", "l": "ⵍ", "r": "ⵔ", "h": "ⵀ", "w": "ⵡ",
                 "y": "ⵢ", "T": "ⵜ", "": ""},
    "nko": {"b": "ߓ", "p": "ߔ", "f": "ߝ", "v": "ߝ", "t": "ߕ", "d": "ߘ", "k": "ߞ", "g": "ߜ", "s": "ߛ", "z": "ߛ", "S": "ߛ",
            "C": "ߗ", "j": "ߖ", "m": "ߡ", "n": "ߣ", "N": "ߒ", "l": "ߟ", "r": "ߙ", "h": "ߤ", "w": "ߥ", "y": "ߦ", "T": "ߕ",
            "": ""},
    "adlam": {"b": "𞤦", "p": "𞤨", "f": "𞤬", "v": "𞤾", "t": "𞤼", "d": "𞤣", "k": "𞤳", "g": "𞤺", "s": "𞤧", "z": "𞥁",
              "S": "𞤧", "C": "𞤷", "j": "𞤶", "m": "𞤥", "n": "𞤲", "N": "𞤽", "l": "𞤤", "r": "𞤪", "h": "𞤸", "w": "𞤱",
              "y": "𞤴", "T": "𞤼", "": ""},
    "ol_chiki": {"b": "ᱵ", "p": "ᱯ", "f": "ᱯ", "v": "ᱣ", "t": "ᱛ", "d": "ᱫ", "k": "ᱠ", "g": "ᱜ", "s": "ᱥ", "z": "ᱡ",
                 "S": "ᱥ", "C": "ᱪ", "j": "ᱡ", "m": "ᱢ", "n": "ᱱ", "N": "ᱝ", "l": "ᱞ", "r": "ᱨ", "h": "ᱦ", "w": "ᱣ",
                 "y": "ᱭ", "T": "ᱛ", "": ""},
}
RARE_V = {
    "thaana": {"a": "ަ", "e": "ެ", "i": "ި", "o": "ޮ", "u": "ު", "": "ް"},
    "tifinagh": {"a": "ⴰ", "e": "ⴻ", "i": "ⵉ", "o": "ⵓ", "u": "ⵓ", "": ""},
    "nko": {"a": "ߊ", "e": "ߍ", "i": "ߌ", "o": "ߐ", "u": "ߎ", "": ""},
    "adlam": {"a": "𞤢", "e": "𞤫", "i": "𞤭", "o": "𞤮", "u": "𞤵", "": ""},
    "ol_chiki": {"a": "ᱟ", "e": "ᱮ", "i": "ᱤ", "o": "ᱳ", "u": "ᱩ", "": ""},
}


def in_rare(mark: str, script: str) -> str:
    """The mark in one of RARE_C's alphabets, word by word."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", mark) if not unicodedata.combining(ch))
    out = []
    for word in "".join(ch if ch.isalpha() else " " for ch in plain.replace("'", "")).split():
        letters = []
        for c, v in _sounds(word):
            if script == "thaana" and c == "N":
                letters.append(RARE_C[script]["N"] + RARE_V[script][""])
                continue
            letters.append(RARE_C[script].get(c, "") + RARE_V[script][v])
        out.append("".join(letters))
    return " ".join(w for w in out if w)


def in_sea(mark: str, script: str, rng: random.Random) -> str:
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", mark) if not unicodedata.combining(ch))
    words = [w for w in "".join(ch if ch.isalpha() else " " for ch in plain.replace("'", "")).split() if w]
    return " ".join(SEA[script](w, rng) for w in words)


# ------------------------------------------------------------------------------------------ Lisu

_LISU = dict(zip("ABCDEFGHIJKLMNOPRSTUVWXYZ", "ꓮꓐꓚꓓꓰꓝꓖꓧꓲꓙꓗꓡꓟꓠꓳꓑꓣꓢꓔꓴꓦꓪꓫꓬꓜ"))


def lisu(mark: str) -> str:
    return "".join(_LISU.get(ch, ch) for ch in mark.upper())


# ------------------------------------------------------------------------------------------ the markets' words

# script -> (goods nouns by category word, the market's copy words, its words for new and genuine, currency-free)
GOODS = {
    "hiragana": {"watch": "腕時計", "bag": "バッグ", "shoe": "スニーカー", "sneaker": "スニーカー", "phone": "スマホ",
                 "headphone": "イヤホン", "earbud": "イヤホン", "jewel": "ネックレス", "wallet": "財布"},
    "myanmar": {"watch": "နာရီ", "bag": "အိတ်", "shoe": "ဖိနပ်", "sneaker": "ဖိနပ်", "phone": "ဖုန်း",
                "headphone": "နားကြပ်", "earbud": "နားကြပ်", "fragrance": "ရေမွှေး"},
    "khmer": {"watch": "នាឡិកា", "bag": "កាបូប", "shoe": "ស្បែកជើង", "sneaker": "ស្បែកជើង", "phone": "ទូរស័ព្ទ",
              "fragrance": "ទឹកអប់"},
    "lao": {"watch": "ໂມງ", "bag": "ກະເປົາ", "shoe": "ເກີບ", "sneaker": "ເກີບ", "phone": "ໂທລະສັບ", "headphone": "ຫູຟັງ",
            "fragrance": "ນ້ຳຫອມ"},
    "ethiopic": {"watch": "ሰዓት", "bag": "ቦርሳ", "shoe": "ጫማ", "sneaker": "ጫማ", "phone": "ስልክ", "fragrance": "ሽቶ"},
    "zhuyin": {"watch": "手錶", "bag": "包包", "shoe": "球鞋", "sneaker": "球鞋", "phone": "手機", "headphone": "耳機",
               "jewel": "項鍊", "toy": "積木", "vacuum": "吸塵器", "hair": "吹風機"},
}
COPY = {"hiragana": ["N級", "スーパーコピー", "コピー品", "N級品", "1:1"], "myanmar": ["အတု", "1:1 copy", "ကော်ပီ"],
        "khmer": ["ចម្លង", "copy ថ្នាក់ A", "ក្លែងក្លាយ"], "lao": ["ງານກ໊ອບ", "ຂອງປອມ", "1:1"],
        "ethiopic": ["ማስተር ኮፒ", "ሐሰተኛ", "ኮፒ ምርት"], "zhuyin": ["A貨", "高仿", "1比1", "原單"],
        "lisu": ["1:1", "AAA quality", "replica", "super copy"],
        **{script: ["1:1", "AAA quality", "replica", "super copy", "first copy"] for script in RARE_C}}
NEW = {"myanmar": "အသစ် စစ်စစ်", "khmer": "ថ្មី ពិតប្រាកដ", "lao": "ໃໝ່ ຂອງແທ້", "ethiopic": "አዲስ ኦሪጅናል",
       "thai": "ใหม่ ของแท้ รับประกันศูนย์", "greek": "καινούριο γνήσιο με εγγύηση", "devanagari": "नया असली वारंटी के साथ"}


def _goods(script: str, category: str) -> str:
    for word, noun in GOODS.get(script, {}).items():
        if word in category.lower():
            return noun
    return ""


def _listing(b: BrandView, s: Scene, text: str, script: str) -> Draft:
    """The written mark with the market's goods noun, and a copy word (60 %) or a price far below the floor."""
    r = s.rng
    floored = [c for c in b.categories if c in b.floors]
    low = bool(floored) and r.random() < 0.4
    cat = r.choice(floored) if low else s.category()
    parts = [text, _goods(script, cat) or s.product(cat)]
    if not low:
        parts.append(r.choice(COPY[script] + ["1:1", "replica"]))
    if r.random() < 0.3:
        parts[0], parts[1] = parts[1], parts[0]  # the goods first, as Khmer, Lao and Thai word it
    return Draft(" ".join(p for p in parts if p), cat, s.price(cat, low=low), "")


def make_hiragana_mark(b: BrandView, s: Scene) -> Draft | None:
    m = _pick_mark(b, s, [m for m in _sound_marks(b) if len(m.value.split()) <= 2])
    if m is None:
        return None
    text = hiragana(m.value, s.rng).strip()
    return _listing(b, s, text, "hiragana") if text else None


def make_zhuyin_alias(b: BrandView, s: Scene) -> Draft | None:
    aliases = [m for m in b.cjk if 2 <= len(m.value) <= 6 and all("\u4e00" <= ch <= "\u9fff" for ch in m.value)]
    if not aliases:
        return None
    text = zhuyin(s.rng.choice(aliases).value, s.rng)
    return _listing(b, s, text, "zhuyin") if text else None


def make_script_sea_ethiopic(b: BrandView, s: Scene) -> Draft | None:
    marks = [m for m in _sound_marks(b) if len(m.value.split()) <= 2]
    m = _pick_mark(b, s, marks)
    if m is None:
        return None
    script = s.rng.choice(list(SEA))
    text = in_sea(m.value, script, s.rng)
    return _listing(b, s, text, script) if text.strip() else None


def make_script_rare(b: BrandView, s: Scene) -> Draft | None:
    m = _pick_mark(b, s, [m for m in _sound_marks(b) if len(m.value.split()) <= 2])
    if m is None:
        return None
    script = s.rng.choice(list(RARE_C))
    text = in_rare(m.value, script)
    return _listing(b, s, text, script) if text.strip() else None


def make_lisu_capitals(b: BrandView, s: Scene) -> Draft | None:
    m = _pick_mark(b, s, _sound_marks(b))
    if m is None:
        return None
    return _listing(b, s, lisu(m.value), "lisu")


_PACK = re.compile(r"\d+\s*(?:pack|x\b|pcs|count)|pack of|\bx\s*\d", re.I)  # a pack is priced per pack


def make_script_retail_fair(b: BrandView, s: Scene) -> Draft | None:
    """A shop of the market writing the brand's own name in its script, at the floor or above (Scene(copy=False).price),
    its words for new and genuine, no cue."""
    floored = [c for c in b.categories if c in b.floors and "prescription" not in c]
    marks = [m for m in _sound_marks(b) if len(m.value.split()) <= 2 and not m.everyday]
    if not floored or not marks or marks[0].value.casefold() != b.name.casefold():
        return None
    r = s.rng
    m = marks[0]  # the brand's own name, as a shop writes it
    script = r.choice(["myanmar", "khmer", "lao", "ethiopic", "thai", "greek", "devanagari"])
    if script in SEA:
        text = in_sea(m.value, script, r)
    elif script == "thai":
        text = scripts.in_script(m.value, "thai", r)
    else:
        text = sound.in_script(m.value, script, r)
    cat = r.choice(floored)
    goods = _goods(script, cat) or next((p for p in (s.product(cat) for _ in range(6)) if not _PACK.search(p)), "")
    title = f"{text} {goods} {NEW[script]}"
    return Draft(_cap(title), cat, genuine._retail_price(b, s, cat, m.value), "")


# ------------------------------------------------------------------------------------------ everyday words

# (brand, title, description, category, price, currency): words and names of those languages heard near a mark
WORDS = [
    ("nike", "ないきな こどもの ための えほん", "", "books", 990.0, "JPY"),  # a picture book for shy children (内気)
    ("nike", "ないきな ねこ ぬいぐるみ", "", "toys", 1500.0, "JPY"),  # a shy cat plush
    ("canon", "かのんの ぴあの がくふ しょきゅう", "", "books", 800.0, "JPY"),  # Kanon's piano score (a name)
    ("gucci", "ぐっすり ねむれる まくら", "", "bedding", 3000.0, "JPY"),  # a pillow to sleep soundly
    ("sony", "そにっく ふぃぎゅあ せっと", "", "toys", 2500.0, "JPY"),
    ("bose", "ぼうし こども よう あか", "", "hats", 700.0, "JPY"),  # a child's hat, red
    ("omega", "おめでとう ぐりーてぃんぐ かーど", "", "stationery", 300.0, "JPY"),  # congratulations card
    ("puma", "ぷりん まぐかっぷ かわいい", "", "kitchen", 900.0, "JPY"),  # a pudding mug
    ("samsung", "ㄙㄢ ㄒㄧㄥ 級 飯店 住宿券", "", "travel", 3000.0, "TWD"),  # a three-star hotel voucher (三星)
    ("bose", "ㄅㄛˊ ㄕˋ 班 考試 講義", "", "books", 500.0, "TWD"),  # doctoral exam notes (博士)
    ("lego", "注音 ㄅㄆㄇㄈ 學習 積木 卡片", "", "toys", 350.0, "TWD"),  # Zhuyin learning blocks
    ("apple", "ㄆㄧㄥˊ ㄍㄨㄛˇ 切片器 廚房", "", "kitchen", 250.0, "TWD"),  # an apple slicer (苹果)
    ("apple", "ဖုန်း အိတ် အသစ် အနက်ရောင်", "", "phone cases", 8000.0, "MMK"),  # a phone pouch, new, black
    ("sony", "ဆိုင် ပစ္စည်း အသစ်", "", "home", 15000.0, "MMK"),  # "shop goods, new" (ဆိုင် shop)
    ("nike", "နိုင်ငံခြား စာအုပ်", "", "books", 12000.0, "MMK"),  # a foreign book (နိုင်ငံ country)
    ("apple", "ទូរស័ព្ទ ថ្មី ពណ៌ខ្មៅ", "", "phones", 400000.0, "KHR"),  # phone, new, black (no brand)
    ("nike", "ស្បែកជើង កីឡា ថ្មី", "", "sneakers", 60000.0, "KHR"),  # sports shoes, new
    ("sony", "សៀវភៅ សូនី ចំរៀង", "", "books", 20000.0, "KHR"),  # a song book named Soni
    ("apple", "ເກີບ ໃໝ່ ສີດຳ", "", "sneakers", 250000.0, "LAK"),
    ("nike", "ໄກ່ ຍ່າງ ໃໝ່", "", "food", 60000.0, "LAK"),  # grilled chicken (ໄກ່ "chicken")
    ("apple", "የቤት ዕቃ ሶፋ አዲስ", "", "furniture", 20000.0, "ETB"),  # home furniture, a sofa
    ("nike", "ናኪ ፊልም ዲቪዲ", "", "movies", 300.0, "ETB"),  # a film DVD named Naki
    ("sony", "ሶፊያ መጽሐፍ", "", "books", 400.0, "ETB"),  # a book, Sofia
    ("nike", "Νίκη, η θεά της νίκης: άγαλμα 20 εκ.", "", "home decor", 35.0, "EUR"),  # Nike, the goddess
    ("sony", "Σόνια, μυθιστόρημα", "", "books", 12.0, "EUR"),
    ("bose", "Μπος: εκτύπωση πίνακα του Ιερώνυμου Μπος", "", "art", 25.0, "EUR"),  # a Bosch painting print
    ("nike", "नाइट लैंप बच्चों के लिए", "", "lighting", 399.0, "INR"),  # a night lamp for children
    ("sony", "सोनी गुड़िया कपड़ों के साथ", "", "toys", 499.0, "INR"),  # a doll named Soni
    ("bose", "बोस ऐतिहासिक जीवनी पुस्तक", "", "books", 350.0, "INR"),  # a biography (Subhas Chandra Bose)
    ("nike", "ไนท์คลับ บัตรเข้างาน", "", "tickets", 500.0, "THB"),  # a nightclub ticket
    ("sony", "โซนี่ ตุ๊กตา ผ้า", "", "toys", 350.0, "THB"),  # a cloth doll named Sonny
    ("bose", "บอสใหญ่ หนังสือการ์ตูน", "", "books", 120.0, "THB"),  # "big boss" comic book
    # the rarer alphabets' own words (names, 2026-12-02)
    ("rolex", "ގަޑި ރަނގަޅު އަގު", "", "watches", 900.0, "MVR"),  # Dhivehi: a watch, a good price
    ("nike", "ފައިވާން އާ ކުޑަކުދިންނަށް", "", "sneakers", 450.0, "MVR"),  # shoes, new, for children
    ("samsung", "ފޯނު ކަވަރު ނޫ ކުލަ", "", "phone cases", 80.0, "MVR"),  # a phone cover, blue
    ("nike", "ⴰⵣⵓⵍ ⴰⴷⵍⵉⵙ ⵏ ⵜⵎⴰⵣⵉⵖⵜ", "", "books", 60.0, "MAD"),  # Tamazight: "hello", a book of Tamazight
    ("adidas", "ⵜⴰⴷⴷⴰⵔⵜ ⵉⵎⵓⴷⴰⵔ ⴰⴷⵍⵉⵙ", "", "books", 80.0, "MAD"),
    ("nike", "ߒߞߏ ߞߊ߬ߙߊ߲ ߞߍߦߙߐ ߟߊ߫", "", "books", 5000.0, "XOF"),  # N'Ko: learning N'Ko, a book
    ("nike", "𞤆𞤵𞤤𞤢𞤪 𞤣𞤫𞤼𞤫𞤪𞤫", "", "books", 3000.0, "XOF"),  # Adlam: a Pular book
    ("sony", "ᱥᱟᱱᱛᱟᱲᱤ ᱯᱚᱛᱷᱤ ᱱᱟᱶᱟ", "", "books", 150.0, "INR"),  # Ol Chiki: a Santali book, new
]

EVASION_MAKERS = {"hiragana_mark": make_hiragana_mark, "zhuyin_alias": make_zhuyin_alias,
                  "script_sea_ethiopic": make_script_sea_ethiopic, "lisu_capitals": make_lisu_capitals,
                  "script_rare": make_script_rare}
TRAP_MAKERS = {"trap_script_retail_fair": make_script_retail_fair}
CURATED = {"trap_unread_script_words": WORDS}
