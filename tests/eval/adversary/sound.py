"""How a counterfeiter writes a mark by its SOUND: in another script, respelt, or without its vowels.

Written from first principles with this file's own small tables, not with the matcher's libraries (anyascii,
jellyfish): a mark is first read aloud (`phonemes`: a rough English reading of its spelling, the rules a
reader applies to a brand name), then the sounds are written with each script's letters as a speaker of that
language writes a foreign name:

- katakana: consonant + vowel syllables (Hepburn's table), a consonant with no vowel after it gets u (o after
  t/d), l is r, a doubled consonant is written with the small tsu, n alone is ン;
- Cyrillic, Greek (b d g as μπ ντ γκ), Devanagari (vowel signs after their consonant), Hangul (syllable blocks
  composed by Unicode's formula, a final consonant in the block or with ㅡ eu), and the abjads Arabic and
  Hebrew (long vowels only, as matres lectionis).

`respell` writes the mark in other English spellings of its sounds (ph/f, c/k/ck/q, x/ks, s/z, ee/i/y, oo/u,
a silent e dropped); `drop_vowels` leaves two vowels or more out, the consonants kept.
"""

from __future__ import annotations

import random
import re
import unicodedata

VOWELS = "aeiou"

# ------------------------------------------------------------------------------------------ reading aloud

# (spelling, sound) tried longest first at each position; sounds are one symbol each: vowels a e i o u,
# consonants b d f g h j(dʒ) k l m n p r s t v w y z, S (sh), C (ch), T (th), N (ng)
_READ = [("tch", "C"), ("sch", "S"), ("ph", "f"), ("wh", "w"), ("sh", "S"), ("ch", "C"), ("th", "T"), ("ck", "k"), ("qu", "kw"),
         ("ng", "N"), ("ee", "i"), ("ea", "i"), ("oo", "u"), ("ou", "au"), ("ai", "ei"), ("ay", "ei"), ("oy", "oi"),
         ("x", "ks"), ("q", "k"), ("c", "k"), ("j", "j"), ("y", "i")]


def phonemes(mark: str) -> list[str]:
    """A rough reading of a Latin mark as a list of sounds: "Nike" -> n a i k (the final e after one consonant
    makes the vowel before it long: i -> ai), "Rolex" -> r o l e k s."""
    word = "".join(ch for ch in mark.lower() if ch.isalpha())
    # an h after a vowel and before a consonant or at the word's end is silent in English (John, Johnson, Kiehl's,
    # Play-Doh, Abloh, Yohji) and no market writes it: ジョンソン・エンド・ジョンソン (jnj.co.jp), 존슨앤드존슨, Джонсон,
    # キールズ (kiehls.jp), プレイ・ドー (from memory, not re-checked from this machine); floor34 (issue 9): the katakana
    # writers wrote Johnson's as ジョフンソンス, the h as フ
    word = re.sub("(?<=[aeiou])h(?![aeiouy])", "", word)
    long_vowel = None
    if len(word) > 3 and word.endswith("e") and word[-2] not in VOWELS and word[-3] in VOWELS:
        # a c or g before the silent e keeps its soft sound (face, page)
        soft = {"c": "s"}.get(word[-2], word[-2])
        if word[-4] in VOWELS:  # a vowel pair before the consonant says the vowel itself (goose, house): e dropped
            word = word[:-2] + soft
        else:
            long_vowel = {"i": "ai", "a": "ei", "o": "ou", "u": "yu", "e": "i"}[word[-3]]  # y: the glide (Ultimune)
            word = word[:-3] + "\x00" + soft  # the vowel marked, the silent e dropped
    if word.endswith("que"):  # French -que is read k (Clinique, unique)
        word = word[:-3] + "k"
    word = re.sub("(?<=[a-z])ti(?=o)", "\x01", word)  # -tion is read sh-on (Constellation, Expedition)
    word = word.replace("chr", "kr")  # ch before r is k (Chrome, Christian)
    out, k = [], 0
    while k < len(word):
        ch = word[k]
        if ch == "\x01":
            out.append("S")
            k += 1
            continue
        if ch == "\x00":
            out.extend(long_vowel)
            k += 1
            continue
        if ch == "y" and k == 0 and len(word) > 1 and word[1] in VOWELS:  # y starting a word is the consonant (Yeezy)
            out.append("y")
            k += 1
            continue
        # (wh is w, as English says it: Hot Wheels is ホットウィール, Хот Вилс, הוט ווילס, not with an h sounded: floor36)
        if ch in VOWELS and word.startswith("y", k + 1) and k + 2 < len(word) and word[k + 2] in "aou":
            # a y between a vowel and a, o or u is the consonant, the vowel before it plain (Maya, Toyota, Nagoya,
            # Voyager): markets write Autodesk Maya マヤ / 마야 / مايا, Toyota トヨタ / 도요타 / Тойота, not the English
            # diphthong's メイア, 메이아, Меиа (floor36, from memory of the makers' own sites, not re-checked from this
            # machine); before e the diphthong stays (Bayer, Player: Байер, Плеер)
            out.extend([ch, "y"])
            k += 2
            continue
        if ch == "c" and k + 1 < len(word) and word[k + 1] in "eiy":
            out.append("s")
            k += 1
            continue
        if ch == "g" and k + 1 < len(word) and word[k + 1] in "ei" and k > 0:
            out.append("j")
            k += 1
            continue
        for spelt, sound in _READ:
            if word.startswith(spelt, k):
                out.extend(sound)
                k += len(spelt)
                break
        else:
            if out and out[-1] == ch and ch not in VOWELS:
                out.append(":")  # a doubled consonant
            else:
                out.append(ch)
            k += 1
    return out


def _syllables(sounds: list[str]) -> list[tuple[str, str, bool]]:
    """(consonant or "", vowel or "", doubled) syllables: each consonant takes the vowel after it."""
    out, k = [], 0
    while k < len(sounds):
        s = sounds[k]
        doubled = k + 1 < len(sounds) and sounds[k + 1] == ":"
        step = 2 if doubled else 1
        if s in VOWELS:
            out.append(("", s, False))
            k += 1
        elif k + step < len(sounds) and sounds[k + step] in VOWELS:
            out.append((s, sounds[k + step], doubled))
            k += step + 1
        else:
            out.append((s, "", doubled))
            k += step
    return out


# ------------------------------------------------------------------------------------------ katakana

_KANA_ROWS = {  # consonant -> kana for a i u e o
    "": "アイウエオ", "k": "カキクケコ", "g": "ガギグゲゴ", "s": "サシスセソ", "z": "ザジズゼゾ", "t": "タテトテト",
    "d": "ダディドデド", "n": "ナニヌネノ", "h": "ハヒフヘホ", "b": "バビブベボ", "p": "パピプペポ", "m": "マミムメモ",
    "y": "ヤイユエヨ", "r": "ラリルレロ", "w": "ワウィウェウォ", "f": "ファフィフフェフォ", "v": "ヴァヴィヴヴェヴォ",
}
_KANA_ODD = {("t", "i"): "ティ", ("t", "u"): "トゥ", ("d", "i"): "ディ", ("d", "u"): "ドゥ", ("S", "a"): "シャ", ("S", "i"): "シ",
             ("S", "u"): "シュ", ("S", "e"): "シェ", ("S", "o"): "ショ", ("C", "a"): "チャ", ("C", "i"): "チ", ("C", "u"): "チュ",
             ("C", "e"): "チェ", ("C", "o"): "チョ", ("j", "a"): "ジャ", ("j", "i"): "ジ", ("j", "u"): "ジュ", ("j", "e"): "ジェ",
             ("j", "o"): "ジョ", ("T", "a"): "サ", ("T", "i"): "シ", ("T", "u"): "ス", ("T", "e"): "セ", ("T", "o"): "ソ"}
_KANA_ALONE = {"t": "ト", "d": "ド", "C": "チ", "j": "ジ", "S": "シュ", "N": "ン", "n": "ン", "k": "ク", "g": "グ",
               "m": "ム", "T": "ス", "ks": "クス"}


def katakana(mark: str, rng: random.Random) -> str:
    out = []
    for consonant, vowel, doubled in _syllables(phonemes(mark)):
        c = {"l": "r", "N": "n" if vowel else "N"}.get(consonant, consonant)
        if doubled and out and c not in ("n", "m", "r"):
            out.append("ッ")
        if vowel:
            v = "aiueo".index(vowel)
            kana = _KANA_ODD.get((c, vowel))
            if kana is None:
                row = _KANA_ROWS.get(c, _KANA_ROWS["k"])
                kana = row[v] if len(row) == 5 else _two(row, v)
            out.append(kana)
            if rng.random() < 0.15 and vowel in "aiou":
                out.append("ー")
        else:
            out.append(_KANA_ALONE.get(c) or _KANA_ROWS.get(c, _KANA_ROWS["k"])[2])
    return "".join(out)


def _two(row: str, v: int) -> str:
    """A row written with two kana per vowel (ファ, ウィ) except where one stands alone (フ, ウ, ヴ)."""
    cells, k = [], 0
    while k < len(row):
        if k + 1 < len(row) and row[k + 1] in "ァィゥェォ":
            cells.append(row[k:k + 2])
            k += 2
        else:
            cells.append(row[k])
            k += 1
    return cells[v]


# ------------------------------------------------------------------------------------------ alphabets

_CYRILLIC = {"a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з", "i": "и", "y": "й", "k": "к", "l": "л",
             "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф", "h": "х", "C": "ч",
             "S": "ш", "j": "дж", "T": "т", "N": "нг", "w": "у"}
_GREEK = {"a": "α", "b": "μπ", "v": "β", "g": "γκ", "d": "ντ", "e": "ε", "z": "ζ", "i": "ι", "y": "γι", "k": "κ", "l": "λ",
          "m": "μ", "n": "ν", "o": "ο", "p": "π", "r": "ρ", "s": "σ", "t": "τ", "u": "ου", "f": "φ", "h": "χ", "C": "τσ",
          "S": "σ", "j": "τζ", "T": "θ", "N": "νγκ", "w": "ου"}
_ARABIC = {"a": "ا", "b": "ب", "v": "ف", "g": "ج", "d": "د", "e": "ي", "z": "ز", "i": "ي", "y": "ي", "k": "ك", "l": "ل",
           "m": "م", "n": "ن", "o": "و", "p": "ب", "r": "ر", "s": "س", "t": "ت", "u": "و", "f": "ف", "h": "ه", "C": "تش",
           "S": "ش", "j": "ج", "T": "ث", "N": "نج", "w": "و"}
_HEBREW = {"a": "א", "b": "ב", "v": "ו", "g": "ג", "d": "ד", "e": "", "z": "ז", "i": "י", "y": "י", "k": "ק", "l": "ל",
           "m": "מ", "n": "נ", "o": "ו", "p": "פ", "r": "ר", "s": "ס", "t": "ט", "u": "ו", "f": "פ", "h": "ה", "C": "צ'",
           "S": "ש", "j": "ג'", "T": "ת", "N": "נג", "w": "ו"}
_HEBREW_FINAL = {"כ": "ך", "מ": "ם", "נ": "ן", "פ": "ף", "צ": "ץ"}
_DEVANAGARI_C = {"b": "ब", "v": "व", "g": "ग", "d": "ड", "z": "ज़", "y": "य", "k": "क", "l": "ल", "m": "म", "n": "न",
                 "p": "प", "r": "र", "s": "स", "t": "ट", "f": "फ़", "h": "ह", "C": "च", "S": "श", "j": "ज", "T": "थ",
                 "N": "ं", "w": "व"}
_DEVANAGARI_V = {"a": ("अ", ""), "e": ("ए", "े"), "i": ("इ", "ि"), "o": ("ओ", "ो"), "u": ("उ", "ु")}
_VIRAMA = "्"
_HANGUL_INITIAL = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_HANGUL_MEDIAL = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_HANGUL_FINAL = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"
_HANGUL_C = {"": "ㅇ", "b": "ㅂ", "v": "ㅂ", "g": "ㄱ", "d": "ㄷ", "z": "ㅈ", "y": "ㅇ", "k": "ㅋ", "l": "ㄹ", "m": "ㅁ",
             "n": "ㄴ", "p": "ㅍ", "r": "ㄹ", "s": "ㅅ", "t": "ㅌ", "f": "ㅍ", "h": "ㅎ", "C": "ㅊ", "S": "ㅅ", "j": "ㅈ",
             "T": "ㅅ", "N": "ㅇ", "w": "ㅇ"}
_HANGUL_V = {"a": "ㅏ", "e": "ㅔ", "i": "ㅣ", "o": "ㅗ", "u": "ㅜ", "": "ㅡ"}
_HANGUL_Y_V = {"a": "ㅑ", "o": "ㅛ", "u": "ㅠ", "e": "ㅖ"}
_HANGUL_W_V = {"a": "ㅘ", "o": "ㅝ", "e": "ㅞ", "i": "ㅟ"}
_HANGUL_FINALS = {"n": "ㄴ", "m": "ㅁ", "N": "ㅇ", "l": "ㄹ", "r": "ㄹ", "k": "ㄱ", "p": "ㅂ"}


def _spell(sounds: list[str], table: dict[str, str]) -> str:
    return "".join(table.get(s, "") for s in sounds if s != ":")


def cyrillic(mark: str, rng: random.Random) -> str:
    text = _spell(phonemes(mark), _CYRILLIC)
    return text[:1].upper() + text[1:] if rng.random() < 0.7 else text.upper()


def greek(mark: str, rng: random.Random) -> str:
    text = _spell(phonemes(mark), _GREEK)
    text = text[:-1] + "ς" if text.endswith("σ") else text
    return text[:1].upper() + text[1:]


def arabic(mark: str, rng: random.Random) -> str:
    out = []
    for consonant, vowel, _ in _syllables(phonemes(mark)):
        if consonant:
            out.append(_ARABIC.get(consonant, ""))
        if vowel and (not consonant or vowel in "aiou" and rng.random() < 0.8):
            out.append(_ARABIC[vowel] if consonant else "ا" + ("" if vowel == "a" else _ARABIC[vowel]))
    return "".join(out)


def hebrew(mark: str, rng: random.Random) -> str:
    out = []
    for consonant, vowel, _ in _syllables(phonemes(mark)):
        if consonant:
            out.append(_HEBREW.get(consonant, ""))
        if vowel and vowel in "iou":
            out.append(_HEBREW[vowel] if consonant else "א" + _HEBREW[vowel])
        elif vowel and not consonant:
            out.append("א")
    text = "".join(out)
    return text[:-1] + _HEBREW_FINAL[text[-1]] if text and text[-1] in _HEBREW_FINAL else text


def devanagari(mark: str, rng: random.Random) -> str:
    out = []
    for consonant, vowel, _ in _syllables(phonemes(mark)):
        if not consonant:
            out.append(_DEVANAGARI_V[vowel][0])
            continue
        if consonant == "N":
            out.append("ं")
            continue
        out.append(_DEVANAGARI_C.get(consonant, ""))
        out.append(_DEVANAGARI_V[vowel][1] if vowel else _VIRAMA)
    text = "".join(out)
    return text[:-1] if text.endswith(_VIRAMA) else text  # a final consonant drops its virama in names


def hangul(mark: str, rng: random.Random) -> str:
    out = []
    sylls = _syllables(phonemes(mark))
    k = 0
    while k < len(sylls):
        consonant, vowel, _ = sylls[k]
        if not vowel:  # a consonant alone: with ㅡ (eu)
            vowel = ""
        initial = _HANGUL_C.get(consonant, "ㅇ")
        medial = _HANGUL_V[vowel]
        if consonant in ("y", "w") and vowel:  # the glide is written in the vowel: ya 야, yo 요, ye 예 (Yonex 요넥스);
            medial = (_HANGUL_Y_V if consonant == "y" else _HANGUL_W_V).get(vowel, medial)  # wi 위, wa 와 (Wilson 윌슨)
        final = " "
        nxt = sylls[k + 1] if k + 1 < len(sylls) else None
        if vowel and nxt and not nxt[1] and nxt[0] in _HANGUL_FINALS:  # the next consonant closes this syllable
            final = _HANGUL_FINALS[nxt[0]]
            k += 1
        block = 0xAC00 + (_HANGUL_INITIAL.index(initial) * 21 + _HANGUL_MEDIAL.index(medial)) * 28 + _HANGUL_FINAL.index(final)
        out.append(chr(block))
        k += 1
    return "".join(out)


SCRIPTS = {"katakana": katakana, "cyrillic": cyrillic, "greek": greek, "arabic": arabic, "hebrew": hebrew,
           "devanagari": devanagari, "hangul": hangul}


def in_script(mark: str, script: str, rng: random.Random) -> str:
    """The mark written by its sound in `script` (a key of SCRIPTS); words of a multi-word mark one by one."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", mark) if not unicodedata.combining(ch))  # Estée: one word
    words = [w for w in re.split(r"[^A-Za-z]+", plain.replace("'", "")) if w]
    sep = "・" if script == "katakana" and rng.random() < 0.5 else ("" if script == "katakana" else " ")
    return sep.join(SCRIPTS[script](w, rng) for w in words)


# ------------------------------------------------------------------------------------------ Latin respellings

# (pattern, replacements): other English spellings of the same sound
RESPELLINGS = [
    (r"ph", ["f"]), (r"(?<![aeiou])f", ["ph"]), (r"ck", ["k", "kk", "c"]), (r"c(?=[aou])|c$", ["k", "ck", "q"]),
    (r"k(?![eiy])", ["c", "ck", "q"]), (r"x", ["ks", "cks", "kz"]), (r"(?<=[aeiou])s(?=[aeiou]|$)", ["z", "ss"]), (r"z", ["s"]),
    (r"ee|ea", ["i", "y"]), (r"i(?=[^aeiou]|$)", ["ee", "y"]), (r"y$", ["ie", "ee", "i"]), (r"oo", ["u", "ew"]),
    (r"u(?=[^aeiou])", ["oo"]), (r"qu", ["kw"]), (r"(?<=[^aeiou])e$", [""]), (r"cc(?=[ie])", ["ch", "tch"]),
    (r"(?<=[aeiou])i(?=[^aeiou])", ["ee"]), (r"ou", ["ow", "u"]),
]


def respell(mark: str, rng: random.Random) -> str | None:
    """One or two sound-keeping respellings of one word of the mark (Philips -> Filips, Rolex -> Rolecks)."""
    low = mark.lower()
    rules = [(p, r) for p, r in RESPELLINGS if re.search(p, low)]
    if not rules:
        return None
    out = low
    for pattern, replacements in rng.sample(rules, k=min(len(rules), rng.choice([1, 1, 2]))):
        matches = list(re.finditer(pattern, out))
        if not matches:
            continue
        m = rng.choice(matches)
        out = out[:m.start()] + rng.choice(replacements) + out[m.end():]
    if out == low:
        return None
    return out.capitalize() if mark[:1].isupper() and rng.random() < 0.7 else out


def drop_vowels(mark: str, rng: random.Random) -> str | None:
    """The mark with two of its vowels or more left out, its consonants kept (Smsng, Brbrry, Rlx, Adds)."""
    word = "".join(ch for ch in mark if ch.isalpha())
    vowels = [k for k, ch in enumerate(word) if ch.lower() in VOWELS]
    if len(vowels) < 2 or len(word) - len(vowels) < 3:
        return None
    keep_first = vowels[0] == 0 and len(word) - len(vowels) >= 4 and rng.random() < 0.5
    droppable = [k for k in vowels if not (keep_first and k == 0)]
    if len(droppable) < 2:
        return None
    dropped = set(droppable if rng.random() < 0.6 else rng.sample(droppable, k=rng.randrange(2, len(droppable) + 1)))
    out = "".join(ch for k, ch in enumerate(word) if k not in dropped)
    return out.upper() if rng.random() < 0.2 else out


# ------------------------------------------------------------------------------------------ negatives

# Innocent listings in the other scripts, filed in a brand's categories, naming no brand: (brand, title,
# description, category, price, currency). Written by hand: everyday product words of each language.
SCRIPT_WORDS = [
    ("nike", "Кроссовки мужские беговые, новые", "", "sneakers", 45.0, "USD"),
    ("nike", "Кроссовки Ника для девочки, размер 32", "", "sneakers", 25.0, "USD"),
    ("nike", "メンズ ランニングシューズ 軽量 スニーカー", "", "sneakers", 5900.0, "JPY"),
    ("nike", "حذاء رياضي للرجال مقاس 42", "", "sneakers", 30.0, "USD"),
    ("nike", "남성 운동화 러닝화 경량", "", "sneakers", 39.0, "USD"),
    ("nike", "Ανδρικά αθλητικά παπούτσια για τρέξιμο", "", "sneakers", 35.0, "EUR"),
    ("nike", "נעלי ספורט לגברים מידה 43", "", "sneakers", 40.0, "USD"),
    ("nike", "पुरुषों के स्पोर्ट्स जूते", "", "sneakers", 20.0, "USD"),
    ("nike", "รองเท้าผ้าใบผู้ชาย ใส่สบาย", "", "sneakers", 15.0, "USD"),
    ("samsung", "Наушники беспроводные с микрофоном", "", "earbuds", 15.0, "USD"),
    ("samsung", "ワイヤレス イヤホン ブルートゥース 防水", "", "earbuds", 2980.0, "JPY"),
    ("samsung", "무선 이어폰 블루투스 5.3", "", "earbuds", 19.0, "USD"),
    ("samsung", "سماعات لاسلكية بلوتوث", "", "earbuds", 12.0, "USD"),
    ("samsung", "אוזניות אלחוטיות בלוטות'", "", "earbuds", 20.0, "USD"),
    ("samsung", "Ασύρματα ακουστικά bluetooth", "", "earbuds", 18.0, "EUR"),
    ("rolex", "Часы наручные мужские механические", "", "watches", 60.0, "USD"),
    ("rolex", "腕時計 メンズ クォーツ 防水 レザーバンド", "", "watches", 4980.0, "JPY"),
    ("rolex", "ساعة يد رجالية كلاسيكية", "", "watches", 35.0, "USD"),
    ("rolex", "남성 손목시계 가죽 스트랩", "", "watches", 45.0, "USD"),
    ("rolex", "שעון יד לגבר עמיד במים", "", "watches", 50.0, "USD"),
    ("gucci", "Кожаный ремень ручной работы", "", "belts", 20.0, "USD"),
    ("gucci", "レザー ベルト メンズ カジュアル", "", "belts", 2480.0, "JPY"),
    ("gucci", "가죽 벨트 남성용 캐주얼", "", "belts", 22.0, "USD"),
    ("gucci", "Δερμάτινη ζώνη ανδρική", "", "belts", 25.0, "EUR"),
    ("lego", "Детский конструктор, 500 деталей", "", "building sets", 18.0, "USD"),
    ("lego", "ブロック おもちゃ 子供用 知育", "", "building sets", 1980.0, "JPY"),
    ("canon", "Фотоаппарат плёночный, проверен", "", "cameras", 40.0, "USD"),
    ("canon", "カノン 楽譜 ピアノ ソロ", "", "books", 1200.0, "JPY"),
    ("sony", "Игровая приставка, два джойстика", "", "consoles", 90.0, "USD"),
    ("louis-vuitton", "Женская сумка из натуральной кожи", "", "handbags", 45.0, "USD"),
    ("louis-vuitton", "حقيبة يد جلدية نسائية", "", "handbags", 30.0, "USD"),
    ("apple", "スマートフォン 本体 SIMフリー 中古", "", "phones", 15800.0, "JPY"),
    ("apple", "무선 이어폰 블루투스 이어폰 충전 케이스", "", "earbuds", 25.0, "USD"),
    ("adidas", "Футбольный мяч, размер 5", "", "football", 15.0, "USD"),
    ("dyson", "Пылесос беспроводной вертикальный", "", "vacuum cleaners", 80.0, "USD"),
    ("honda", "Генератор бензиновый 3 кВт", "", "generators", 250.0, "USD"),
]

# English words and names that sound like a mark, in and out of the brand's categories (same tuple as above)
SOUND_ALIKES = [
    ("rolex", "Relax-fit men's quartz watch, leather strap", "", "watches", 25.0, "USD"),
    ("sony", "Sunny day kids headphones, volume limited", "", "headphones", 15.0, "USD"),
    ("samsung", "Samson Q2U USB microphone", "", "microphones", 60.0, "USD"),
    ("samsung", "Samson and Delilah DVD", "", "movies", 8.0, "USD"),
    ("adidas", "Addis Ababa single origin coffee beans", "", "coffee", 14.0, "USD"),
    ("honda", "Hyundai i30 rubber floor mats", "", "auto parts", 30.0, "USD"),
    ("coach", "Couch cushion covers, set of 4", "", "home decor", 20.0, "USD"),
    ("nike", "Nick's handmade leather shoes", "", "sneakers", 70.0, "USD"),
    ("nike", "Nikki's running shoes, used", "", "sneakers", 20.0, "USD"),
    ("canon", "Kenyan tea bags, 100 count", "", "tea", 6.0, "USD"),
    ("philips", "Phillips screwdriver set, 12 pieces", "", "power tools", 12.0, "USD"),
    ("gucci", "Gooch family cookbook", "", "books", 15.0, "USD"),
    ("puma", "Poema de amor, libro de bolsillo", "", "books", 9.0, "EUR"),
    ("dyson", "Dixon ticonderoga pencils, 24 pack", "", "office supplies", 7.0, "USD"),
    ("bose", "Boss lady mug, ceramic", "", "kitchen", 10.0, "USD"),
]
