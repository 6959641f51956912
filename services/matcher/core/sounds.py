"""What a word sounds like, whatever alphabet or spelling wrote it: romanisation and sound keys.

Counterfeiters write a mark as it sounds: in another script (ナイキ, Найк, نايك, 나이키 for Nike) or in
another Latin spelling (Filips, Rolecks, Addidaz). Two functions turn both into one comparable form:

- `romanise(run)`: a run of letters of another script in Latin letters, by anyascii (the same
  library as the latin view, whose per-script tables follow the common romanisations: Hepburn for
  kana, Revised Romanisation for Hangul, scientific-style for Cyrillic), after a few fixes where a
  letter-by-letter romanisation does not say how the word sounds (`_SCRIPT_FIXES`, each with its source
  below). Greek writes foreign d, b, g as ντ, μπ, γκ (and the same letters are nd, mb, ng inside native
  words), so a Greek word has two readings.
- `sound_key(word)`: the consonant classes of a Latin spelling, vowels dropped. Metaphone (Lawrence
  Philips 1990, as implemented by jellyfish) gives the English reading of the spelling (ph = f,
  c/ck/q = k, x = ks, silent k of kn, gh ...); its codes are then merged into the sound classes of
  Dolgopolsky (1964; as used for cross-language comparison, e.g. List 2012, LingPy): labials P (p b f v),
  dentals T (t d th), sibilants and affricates S (s z sh ch j), velars K (k g q), M, N, liquids R (r l:
  Japanese and Korean have one liquid), and vowels, h, w, y dropped; a run of one class counts once.
  Before metaphone, `_SPELLING_RULES` undo the romanisations' multi-letter spellings of one sound
  (zh, tsh, dzh, ts) and read "ng" before a consonant or at the end as n (サムスン, 삼성 for Samsung).

The keys are coarse on purpose: a key of two classes (Nike = NK) is shared by many words, so a match by
sound alone is a weak candidate that needs corroboration (detectors/transliteration.py, phonetic.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from functools import lru_cache
from itertools import groupby

import jellyfish
import numpy as np
from anyascii import anyascii
from rapidfuzz.distance import Indel

from services.matcher.core import table_cache

# The scripts read by sound, one character class each (Unicode blocks). Katakana without its middle dot
# (U+30FB, a word separator: ルイ・ヴィトン). Hiragana is read as the katakana it pairs with (ろれっくす is ロレックス:
# the two kana write the same syllables, Unicode's blocks 3040-309F and 30A0-30FF in the same order, 0x60 apart): a
# foreign name is written in katakana, so a brand in hiragana is a disguise or a child's spelling, read as such. Han is
# left out (Chinese aliases are the alias and homophone detectors'; Zhuyin, which spells their syllables, the pinyin
# detector's). The scripts of South-East Asia and Ethiopia (Myanmar, Khmer, Lao, Ethiopic) are read as anyascii reads
# them, with `romanise`'s rules where a letter-by-letter reading is not the sound.
SCRIPTS = {
    "greek": "\u0370-\u03ff\u1f00-\u1fff",
    "cyrillic": "\u0400-\u052f",
    "hebrew": "\u0591-\u05f4'\u2019",  # with the geresh written as an apostrophe: ג'ורדן
    "arabic": "\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ff\u0750-\u077f",
    "devanagari": "\u0900-\u0963\u0971-\u097f",
    # the other Brahmic scripts of India, laid out in Unicode as Devanagari is (ISCII's order: the same offset in each
    # block is the same letter; Unicode Standard, ch. 12), their letters and signs without digits and dandas; and Sinhala
    "bengali": "\u0980-\u09e3\u09f0\u09f1",
    "gurmukhi": "\u0a00-\u0a63\u0a70-\u0a75",
    "gujarati": "\u0a80-\u0ae3\u0af9-\u0aff",
    "oriya": "\u0b00-\u0b63\u0b71",
    "tamil": "\u0b80-\u0be3",
    "telugu": "\u0c00-\u0c63",
    "kannada": "\u0c80-\u0ce3",
    "malayalam": "\u0d00-\u0d63\u0d7a-\u0d7f",
    "sinhala": "\u0d81-\u0df3",
    "armenian": "\u0531-\u0556\u0561-\u0587",
    "georgian": "\u10a0-\u10ff\u1c90-\u1cbf",
    "thai": "\u0e01-\u0e3a\u0e40-\u0e4e",
    "hangul": "\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3",
    "katakana": "\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\u3099\u309a",
    "hiragana": "\u3041-\u3096\u309d\u309e",
    # letters and signs, without digits and punctuation (Unicode Standard, ch. 16 "Southeast Asia", ch. 19 "Ethiopic")
    "myanmar": "\u1000-\u103f\u1050-\u1059",
    "khmer": "\u1780-\u17d3\u17dd",
    "lao": "\u0e81-\u0ecd\u0edc-\u0edf",
    "ethiopic": "\u1200-\u135a\u135d-\u135f\u1380-\u138f\u2d80-\u2dde",
    # rarer scripts that anyascii spells letter by letter as they sound (its tables follow each script's common
    # romanisation: Thaana ރޮލެކްސް "roleks", N'Ko ߣߊߦߞߌ "nayki", Ol Chiki ᱱᱟᱭᱠᱤ "nayki", Javanese ꦤꦻꦏꦶ "naiki", Adlam,
    # Canadian syllabics ᓇᐃᑭ "naiki"); their letters and vowel signs, without digits and punctuation (Unicode code charts)
    "thaana": "\u0780-\u07b1",
    "syriac": "\u0710-\u074a",
    "nko": "\u07ca-\u07f5",
    "tifinagh": "\u2d30-\u2d6f",
    "ol_chiki": "\u1c5a-\u1c7d",
    "meetei_mayek": "\uabc0-\uabea\uaae0-\uaaf6",
    "javanese": "\ua980-\ua9c0",
    "sundanese": "\u1b80-\u1bbf",
    "balinese": "\u1b00-\u1b4b",
    "canadian_syllabics": "\u1401-\u166c\u166f-\u167f",
    "cherokee": "\u13a0-\u13f5\uab70-\uabbf",
    "adlam": "\U0001e900-\U0001e94b",
    "hanifi_rohingya": "\U00010d00-\U00010d27",
    "chakma": "\U00011100-\U00011134",
    # historic alphabets a seller writes a Latin mark in, letter for letter (issue 9, glyphs28): the runes (Elder and
    # Younger Futhark, Anglo-Saxon Futhorc: ᚾᛁᚲᛖ "nike", ᛚᛖᚷᛟ "lego"; U+16A0-16EA letters, 16F1-16F8 the later
    # additions, without the punctuation 16EB-16ED and the golden numbers 16EE-16F0) and Ogham (U+1681-169A, its
    # letters without the space mark and the feather marks that open and close a word: ᚛ᚁᚑᚄᚓ᚜ "bose"). The latin view
    # reads some runes by their look (confusables: ᛁ l, ᛖ M, ᚷ X), not as the letters they write
    "runic": "\u16a0-\u16ea\u16f1-\u16f8",
    "ogham": "\u1681-\u169a",
    # and Gothic (U+10330-1034A) and Glagolitic (U+2C00-2C5F), which the latin view spells letter by letter (𐌺𐍉𐌺𐌰
    # "koka", ⰍⰑⰍⰀ "KOKA") but no reader heard as the mark
    "gothic": "\U00010330-\U0001034a",
    "glagolitic": "\u2c00-\u2c5f",
}
# those rarer scripts, read by anyascii's letters alone (`romanise`), with two letters read as their script names them
# where anyascii spells another sound: Tifinagh ⵛ is sh (IRCAM's Neo-Tifinagh table: "c", /ʃ/; anyascii "c"), Ol Chiki
# ᱝ is ng (OL CHIKI LETTER ANG; anyascii "m") and ᱪ ch (OL CHIKI LETTER CA; anyascii "c"), Adlam 𞤷 ch (ADLAM LETTER CHI, /tʃ/; anyascii "c"); and N'Ko ߜ, the
# Manding gb, is also the g of loanwords (the alphabet has no other g): read both ways
BY_LETTERS = frozenset({"thaana", "syriac", "nko", "tifinagh", "ol_chiki", "meetei_mayek", "javanese", "sundanese",
                        "balinese", "canadian_syllabics", "cherokee", "adlam", "hanifi_rohingya", "chakma",
                        "runic", "ogham", "gothic", "glagolitic"})
_BY_LETTERS_READ = str.maketrans({"\u2d5b": "sh", "\u1c5d": "ng", "\u1c6a": "ch", "\U0001e937": "ch", "\U0001e915": "ch"})
# Half-width katakana (ﾀﾞｲｿﾝ, the sellers' and old systems' narrow forms) fold by NFKC letter by letter to full-width
# letters, and their voiced and semi-voiced marks (U+FF9E, U+FF9F) to the COMBINING marks U+3099 / U+309A (Unicode
# Standard, Halfwidth and Fullwidth Forms block; UAX #15): the nfkc view keeps one character per character, so ﾀﾞ is
# タ + U+3099 there, a katakana run still (above), composed to ダ (NFC) before it is read (normalise.nfkc_text now
# composes them in the view itself, for every detector; this stays for a run read otherwise)
# Scripts with no letter drawn like a Latin one (the Brahmic scripts, Thai): a word of theirs is written by its sound, which
# the transliteration detector reads (`romanise`, with each script's rules), never a Latin misspelling or vowel drop of a
# mark as anyascii's letters spell it in the latin view (নিকা, a name, "nika", one edit from Nike; फोन "phone", "phon")
_NO_LOOK_ALIKES = re.compile("[" + "".join(SCRIPTS[s] for s in ("devanagari", "bengali", "gurmukhi", "gujarati", "oriya",
                                                                "tamil", "telugu", "kannada", "malayalam", "sinhala",
                                                                "thai")) + "]")


def written_by_sound(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a letter of a script without Latin look-alikes (see above)."""
    return _NO_LOOK_ALIKES.search(text, start, end) is not None


# scripts written without spaces between words: a run is searched for marks at every start
UNSEGMENTED = frozenset({"thai", "katakana", "lao", "khmer", "myanmar"})
ANY_SCRIPT = re.compile("[" + "".join(SCRIPTS.values()) + "]")
RUNS = {name: re.compile(f"[{chars}]+") for name, chars in SCRIPTS.items()}
# the Brahmic scripts join letters with the zero-width joiner and non-joiner inside a word (Sinhala's yansaya ව්‍යාජ,
# Malayalam's and Kannada's half forms; Unicode Standard, ch. 12-13): a run goes on over them
_JOINED = ("devanagari", "bengali", "gurmukhi", "gujarati", "oriya", "tamil", "telugu", "kannada", "malayalam", "sinhala")
RUNS.update({name: re.compile(f"[{SCRIPTS[name]}](?:[{SCRIPTS[name]}\u200c\u200d]*[{SCRIPTS[name]}])?") for name in _JOINED})
# a hiragana run goes on over the long-vowel mark (ー, written in both kana: すわろふすきー, えあじょーだん), which
# katakana's class holds; a run starts with a hiragana letter (ー alone is katakana's)
RUNS["hiragana"] = re.compile(f"[{SCRIPTS['hiragana']}][{SCRIPTS['hiragana']}\u30fc]*")

# Greek: foreign b, d, g are written μπ, ντ, γκ (also γγ for ng); inside native words they read mb, nd, ng
# (Holton, Mackridge & Philippaki-Warburton, Greek: A Comprehensive Grammar, 1.2).
_GREEK_FOREIGN = (("ντ", "d"), ("μπ", "b"), ("γκ", "g"))
_GREEK_NATIVE = (("ντ", "nd"), ("μπ", "mb"), ("γκ", "ng"), ("γγ", "ng"))
# Katakana: the small tsu (ッ) doubles the next consonant and the long-vowel mark (ー) lengthens a vowel;
# neither is a sound of its own (anyascii writes ッ as "t").
_KATAKANA = str.maketrans("", "", "ッーｯｰ")
_HANGUL_VOWELED = re.compile("[\uac00-\ud7a3\u1161-\u1175\u314f-\u3163]")  # a syllable or a vowel letter
_KANA_MARKS = re.compile("[\u3099\u309a]")
# Katakana チ and ジ write ti and di in older and plainer loanwords (チーム "team", ラジオ "radio", カルチエ for Cartier)
# as well as chi and ji: a second reading takes them as ti, di
_KATAKANA_TI = re.compile("[チジヂ](?![ャュョェ])")  # not チェ, ジェ: che, je are only that (ジェットセット)
_KATAKANA_TI_READ = {"チ": "ティ", "ジ": "ディ", "ヂ": "ディ"}
# Thai wo waen (ว) is w, and a foreign v (Thai has no v; RTGS writes it w)
_THAI_WO_WAEN = "\u0e27"
# Thai: the vowels เ แ โ ใ ไ are written before the consonant they follow in speech (ไนกี้ = nai-ki; Royal
# Thai General System of Transcription, 1999). A letter the thanthakhat (์) silences is kept: in a foreign
# name it spells a sound of the original (ฟิลิปส์, Philips).
_THAI_PREPOSED = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")
# Devanagari: the anusvara and candrabindu (ं ँ) nasalise: n before most consonants (सैमसंग = saimsang); च is
# ch (anyascii follows ISO 15919's c). A consonant without a vowel sign or virama carries the inherent a, which Hindi
# drops at the end of a word and often inside it (schwa deletion: Ohala 1983; Masica, The Indo-Aryan Languages,
# 1991, 5.3): a second reading keeps every inner one (कनोन = knon and kanon, पनसोनिक = pnsonik and panasonik).
_DEVANAGARI = str.maketrans({"\u0902": "n", "\u0901": "n", "\u091a": "ch"})
_DEVANAGARI_INHERENT = re.compile("([\u0915-\u0939\u0958-\u095f]\u093c?)(?![\u093c\u093e-\u094d]|$)")
# ... and, a third reading, the final one too (a name spelt for its sound: टोइओट = toiota); व is v or w (the
# language has one labial approximant for both: कलवेइ = kalawei, Callaway)
_DEVANAGARI_INHERENT_ALL = re.compile("([\u0915-\u0939\u0958-\u095f]\u093c?)(?![\u093c\u093e-\u094d])")
_DEVANAGARI_W = str.maketrans({"\u0935": "w"})


def _abugida(consonants: str, signs: str, nasals: str, ca: str, va: str) -> tuple:
    """The tables `romanise` reads an Indic script with, as it reads Devanagari (above): a consonant (character class
    `consonants`, a nukta after it) with none of `signs` (nukta, vowel signs, virama) after it carries the inherent
    vowel; `nasals` (anusvara, candrabindu, tippi) are n, `ca` ch, `va` also w."""
    return (str.maketrans({**{c: "n" for c in nasals}, **{c: "ch" for c in ca}}),
            re.compile(f"([{consonants}][{signs[:1]}]?)(?![{signs}]|$)"), re.compile(f"([{consonants}][{signs[:1]}]?)(?![{signs}])"),
            str.maketrans({c: "w" for c in va}))


def _parallel(block: int) -> tuple:
    """`_abugida`'s tables of the Indic block starting at `block`, by Devanagari's offsets (ISCII's layout): consonants
    15-39 and 58-5F, nukta 3C, vowel signs 3E-4C and 55-57, 62-63, virama 4D, candrabindu 01 and anusvara 02 (Gurmukhi's
    tippi 70 too), ca 1A, va 35."""
    c = lambda offset: chr(block + offset)  # noqa: E731
    return _abugida(f"{c(0x15)}-{c(0x39)}{c(0x58)}-{c(0x5f)}", f"{c(0x3c)}{c(0x3e)}-{c(0x4d)}{c(0x55)}-{c(0x57)}{c(0x62)}{c(0x63)}",
                    c(0x01) + c(0x02) + (c(0x70) if block == 0x0A00 else ""), c(0x1a), c(0x35))


# Indic scripts other than Devanagari: the parallel blocks, and Sinhala by its own chart (consonants 0D9A-0DC6, al-lakuna
# 0DCA, vowel signs 0DCF-0DDF and 0DF2-0DF3, anusvaraya 0D82, ca 0DA0/0DA1, va 0DC0)
_ABUGIDAS = {**{name: _parallel(block) for name, block in (("bengali", 0x0980), ("gurmukhi", 0x0A00), ("gujarati", 0x0A80),
                                                          ("oriya", 0x0B00), ("tamil", 0x0B80), ("telugu", 0x0C00),
                                                          ("kannada", 0x0C80), ("malayalam", 0x0D00))},
             "sinhala": _abugida("\u0d9a-\u0dc6", "\u0dca\u0dcf-\u0ddf\u0df2\u0df3", "\u0d82", "\u0da0\u0da1", "\u0dc0")}
# An anusvara is the nasal of the consonant after it (n before k, g: ంగ్ is ng), and m before a labial or a sibilant in
# the loanwords of the Dravidian scripts (సాంసంగ్, ಸ್ಯಾಂಸಂಗ್ for Samsung), always m in Malayalam (സാംസങ്; Asher & Kumari,
# Malayalam, 1997, 3.1): a further reading writes it m wherever no velar follows (Bengali, Oriya, Gujarati, Gurmukhi,
# Telugu, Kannada, Malayalam by Devanagari's offsets: anusvara 02, velars 15-19, ma 2E, virama 4D; Sinhala by its chart)
_NASAL_M = {**{name: (re.compile(f"{chr(block + 0x02)}(?![{chr(block + 0x15)}-{chr(block + 0x19)}])"),
                      chr(block + 0x2E) + chr(block + 0x4D))
               for name, block in (("bengali", 0x0980), ("gurmukhi", 0x0A00), ("gujarati", 0x0A80), ("oriya", 0x0B00),
                                   ("telugu", 0x0C00), ("kannada", 0x0C80), ("malayalam", 0x0D00))},
            "sinhala": (re.compile("\u0d82(?![\u0d9a-\u0d9e])"), "\u0db8\u0dca")}
# Tamil writes one letter for a stop voiceless and voiced (க k/g, ச ch/j/s, ட and த t/d, ப p/b): voiced between vowels
# and after a nasal, voiceless at a word's start and doubled (Keane, "Tamil", Journal of the IPA 34, 2004; Schiffman,
# A Reference Grammar of Spoken Tamil, 1999, 1.2): a further reading voices them so (அடிடாஸ், "atitas", is "adidas")
_TAMIL_VOICED = re.compile("(?<=[aeioumn])(ch|k|t|p)(?!ch|k|t|p)")
_VOICED = {"ch": "j", "k": "g", "t": "d", "p": "b"}
_TAMIL_S = re.compile("(?<!ch)(?<![nm])ch(?!ch)")
_TAMIL_AYTHAM = "\u0b83"  # ஃ: before ப it writes a foreign f (Tamil Lexicon, University of Madras; anyascii spells it k)
# Armenian ու is u (anyascii "ow"), and և is "ev" (Armenian orthography)
_ARMENIAN = str.maketrans({"\u0582": "w"})
_ARMENIAN_U = re.compile("[\u0578\u0548]\u0582")
# (scripts56) A Latin name written letter for letter in Georgian or Armenian letters by the market's own standard
# correspondence, read back the same way (ცანონ, Canon; ցոցա-ցոլա, Coca-Cola): anyascii and ICU/CLDR's Georgian-Latin
# follow the national romanisation (ც "ts", წ "ts'"), which reads the sound, not the letter a Latin name was spelt with.
# - Georgian: the national keyboard (X keyboard config `symbols/ge`, "basic", the Georgian QWERTY of Windows and
#   macOS too) puts each letter on the Latin key it stands for; the Shift letters on their key's letter (ჭ w, ღ r, თ t,
#   შ s, ჟ j, ძ z, ჩ c).
# - Armenian: ICU/CLDR's Armenian-Latin transform (CLDR common/transforms/Armenian-Latin.xml, ISO 9985), its letters
#   without their diacritics and modifier letters (ց cʻ, ծ c, ճ č, չ čʻ, ջ ǰ, ձ j, ղ ġ, ռ ṙ, օ ō, ը ə, ու u, և ev).
# PyICU is not a dependency of the project (its Armenian-Latin is this table; its Georgian-Latin reads as anyascii does).
_GEORGIAN_KEYS = str.maketrans(dict(zip("ქწერტყუიოპასდფგჰჯკლზხცვბნმჭღთშჟძჩ", "qwertyuiopasdfghjklzxcvbnmwrtsjzc")))
_ARMENIAN_CLDR = str.maketrans(dict(zip("աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ", "abgdezeetzilxckhjgcmynsocpjrsvtrcwpkof"))
                               | {"և": "ev"})
# Hebrew: vav (ו) between letters and a final he (ה) are mostly vowel letters (matres lectionis: o/u, a);
# a doubled vav is v.
_HEBREW_VAV = re.compile("(?<=[\u05d0-\u05eaa-z])\u05d5(?!\u05d5)")
_HEBREW_FINAL_HE = re.compile("\u05d4$")
# Hebrew: bet, kaf and pe are b, k, p with a dagesh (always at a word's start, and in most foreign names: אפל is
# Apple, בוש Bosch) and v, kh, f without one; unpointed text does not say which, so both readings. An alef
# starting a word carries a vowel (a).
_HEBREW_DAGESH = str.maketrans({"\u05d1": "b", "\u05db": "k", "\u05da": "k", "\u05e4": "p", "\u05e3": "p"})
_HEBREW_ALEF_START = re.compile("^\u05d0")
_HEBREW_VAV_START = re.compile("^\u05d5(?!\u05d5)")
# Hebrew: a geresh after gimel, tsadi, zayin writes j, ch, zh (ג'ורדן, גוצ'י)
_HEBREW_GERESH = re.compile("([\u05d2\u05e6\u05e5\u05d6])['\u2019\u05f3]")
_GERESH_SOUNDS = {"\u05d2": "j", "\u05e6": "ch", "\u05e5": "ch", "\u05d6": "zh"}
# Greek γ before ι and a vowel is the glide y (Γιονεκς, Yonex; Holton et al. 1.2)
_GREEK_Y = re.compile("γι(?=[αεηιοωυάέήίόώύ])")
# Greek χ writes a foreign h (Χόντα, Honda); Cyrillic х writes h (Хонда): anyascii spells both "kh"/"ch"
_GREEK_H = str.maketrans({"χ": "h"})
_CYRILLIC_H = str.maketrans({"х": "h", "Х": "h"})
# Arabic ج is j, and g in Egyptian speech and in loanwords (سامسونج, Samsung): two readings
_ARABIC_JIM = "\u062c"
_ARABIC_QAF = "\u0642"
# Arabic ghain (غ) writes a foreign g (غالاكسي Galaxy, غوغل Google: Arabic has no g), one letter, not "gh" (which the
# reading of two consonants at a word's start would split: "gahwtshy"). Arabic alef is the long vowel a (anyascii writes nothing: ابل = "bl"); waw and ya between letters are mostly the
# long vowels u/o and i/e of a foreign name (matres lectionis: كوكا كولا = koka kola, ويلسون = wilson), so a second
# reading takes them as vowels (Wright, A Grammar of the Arabic Language, 1.3-1.6).
# (reader50, issue 9) the alef with a hamza above or below and the alef wasla are the same long vowel's letter at a
# word's start (أبل, Apple, as Arabic news and shops write it; إ- is i): anyascii reads أ as a glottal stop ("bal")
_ARABIC_ALEF = str.maketrans({"\u0627": "a", "\u0622": "a", "\u0623": "a", "\u0625": "i", "\u0671": "a", "\u063a": "g"})
# Persian and Urdu write some Arabic letters in forms of their own (Unicode Standard, ch. 9.2 "Arabic", and the Arabic
# block's annotations: 06A9 KEHEH "Persian, Urdu kaf", 06CC FARSI YEH, 06D2 YEH BARREE, 06C1 HEH GOAL, 06BE HEH
# DOACHASHMEE, 06C0 HEH WITH YEH ABOVE, 06D5 AE, 06BA NOON GHUNNA, 06CD/06D0 the yehs of Pashto and Uyghur, 0671 ALEF
# WASLA; 0679/0688/0691 the Urdu retroflex tteh, ddal, rreh, heard as t, d, r by a foreign ear). No maintained package on
# this box folds them (PyICU is not installed; confusable_homoglyphs' data has no entry for them): the fold is this table,
# applied before the Arabic readings, so that نایک, ویاگرا and سامسونگ are read as نايك, ويagra and سامسونg are.
PERSIAN_LETTERS = str.maketrans({"\u06a9": "\u0643", "\u06cc": "\u064a", "\u06d2": "\u064a", "\u06cd": "\u064a",
                                 "\u06d0": "\u064a", "\u06c1": "\u0647", "\u06be": "\u0647", "\u06c0": "\u0647",
                                 "\u06d5": "\u0647", "\u06ba": "\u0646", "\u0671": "\u0627", "\u0679": "\u062a",
                                 "\u0688": "\u062f", "\u0691": "\u0631"})
# Persian and Urdu waw is v as a consonant (ویاگرا, Viagra; Arabic's is w): a word-initial waw also read v
_ARABIC_INITIAL_WAW = re.compile("^\u0648")
# Arabic has no p and writes a foreign one with ب (بيبسي Pepsi, كامب camp, لامب lamp): the end of a word in م then ب is
# the foreign mp (camp, pump, lamp, jump), which English spells mb only with the b silent (lamb, climb), so a reading of
# it as mp is added; the b reading stays (floor34, issue 9: The North Face's Base Camp, بيس كامب, was heard 'biskamb',
# whose key drops the b as English does in "lamb")
_ARABIC_MB = re.compile("\u0645\u0628(?![\u0600-\u06ff])")
_ARABIC_VOWEL_LETTERS = ((re.compile("(?<=.)\u0648(?=.)"), "o"), (re.compile("(?<=.)\u064a(?=.)"), "i"))
# Arabic and Hebrew write no short vowels: a word starting with two consonants (كانون = knwn) is read with a
# vowel between them, else metaphone would take it for English kn, gn, wr with a silent letter
_ABJAD_START = re.compile("^([bcdfghjklmnpqrstvwxz])(?=[bcdfghjklmnpqrstvxz])")


# Hangul: a syllable's final ㅅ or ㅆ is pronounced t (the seven final sounds of Korean; the National Institute of Korean
# Language's Standard Pronunciation, art. 9), and is how loanwords write a foreign final t or d (로봇 robot, 에어팟 AirPod):
# anyascii spells the letter ("pas"), a second reading the sound ("pat")
_HANGUL_FINAL_T = frozenset({19, 20})


def _hangul_final(ch: str) -> int:
    code = ord(ch) - 0xAC00
    return code % 28 if 0 <= code < 11172 else 0


def _hangul_t(ch: str) -> str:
    """A syllable in Latin letters, a final ㅅ/ㅆ read t."""
    if _hangul_final(ch) not in _HANGUL_FINAL_T:
        return _latin(ch)
    return _latin(chr(ord(ch) - _hangul_final(ch))) + "t"


def _indic(run: str, script: str) -> tuple[str, ...]:
    """The readings of a run of an Indic script of _ABUGIDAS (`romanise`): as written, with every inner inherent vowel,
    with the final one too; Tamil's stops voiced and its ச as s besides."""
    letters, inherent, inherent_all, va = _ABUGIDAS[script]
    if script == "tamil" and _TAMIL_AYTHAM in run:  # ஃப writes f (ஃபர்ஸ்ட், "first"); the aytham alone is no sound here
        run = run.replace(_TAMIL_AYTHAM + "\u0baa", "f").replace(_TAMIL_AYTHAM, "")
    readings = (_latin(run.translate(letters)), _latin(inherent.sub(r"\1a", run).translate(letters).translate(va)),
                _latin(inherent_all.sub(r"\1a", run).translate(letters).translate(va)))
    if script == "tamil":
        readings += tuple(_TAMIL_VOICED.sub(lambda m: _VOICED[m[1]], r) for r in readings)
        # ச is s but doubled (ச்ச, ch) or after a nasal (j): சாம்சங், "samsang" (Keane 2004, as above)
        readings += tuple(_TAMIL_S.sub("s", r) for r in readings if "ch" in r)
    return readings


@lru_cache(maxsize=65_536)
def script_of(ch: str) -> str | None:
    """The script (a key of RUNS) whose run a character starts, else None; remembered a character (the layout gate asks
    every distinct character of a listing: up to forty patterns tried each)."""
    for name, pattern in RUNS.items():
        if pattern.match(ch):
            return name
    return None


@lru_cache(maxsize=100_000)
def romanise(run: str, script: str) -> tuple[str, ...]:
    """The run (letters of one script, see SCRIPTS) in lower-case Latin letters: one reading, two for Greek."""
    if script == "greek":
        low = _GREEK_Y.sub("y", run.lower().translate(_GREEK_H))
        readings = []
        for table in (_GREEK_FOREIGN, _GREEK_NATIVE):
            text = low
            for a, b in table:
                text = text.replace(a, b)
            readings.append(_latin(text))
        return tuple(dict.fromkeys(readings))
    if script == "katakana":
        run = unicodedata.normalize("NFC", run).translate(_KATAKANA) if _KANA_MARKS.search(run) else run.translate(_KATAKANA)
        if _KATAKANA_TI.search(run):  # チ, ジ: ti, di as older loanwords write them (カルチエ, アジダス), or chi, ji
            return tuple(dict.fromkeys((_latin(run), _latin(_KATAKANA_TI.sub(lambda m: _KATAKANA_TI_READ[m[0]], run)))))
    elif script == "thai":
        run = _THAI_PREPOSED.sub(r"\2\1", run)
        if _THAI_WO_WAEN in run:  # ว writes a foreign v as well as w (Thai has no v: เลวิส์, Levi's)
            return tuple(dict.fromkeys((_latin(run), _latin(run.replace(_THAI_WO_WAEN, "v")))))
    elif script == "devanagari":
        run = run.translate(_DEVANAGARI)
        spoken = run.translate(_DEVANAGARI_W)
        return tuple(dict.fromkeys((_latin(run), _latin(_DEVANAGARI_INHERENT.sub(r"\1a", spoken)),
                                    _latin(_DEVANAGARI_INHERENT_ALL.sub(r"\1a", spoken)))))
    elif script in _ABUGIDAS:
        run = run.replace("\u200c", "").replace("\u200d", "")
        readings = _indic(run, script)
        if (nasal := _NASAL_M.get(script)) and nasal[0].search(run):  # the anusvara read m (no anusvara left to read so)
            readings += _indic(nasal[0].sub(nasal[1], run), script)
        return tuple(dict.fromkeys(readings))
    elif script == "hiragana":
        return romanise(run.translate(HIRAGANA_AS_KATAKANA), "katakana")
    elif script == "lao":
        readings = (_latin(_lao(run)), _latin(_lao(run).replace("\u0ea7", "w")))
        return tuple(dict.fromkeys(readings + tuple(r + "s" for r in readings if r.endswith("k"))))
    elif script == "khmer":
        return (_latin(_khmer(run)),)
    elif script in BY_LETTERS:
        read = run.translate(_BY_LETTERS_READ)
        # (Ogham ᚉ, coll, writes the c of Latin loans and the k sound: ᚅᚔᚉᚓ is read "nice" and "nike")
        return tuple(dict.fromkeys((_latin(read), _latin(read.replace("\u07dc", "g").replace("\u1689", "k")))))
    elif script == "myanmar":
        return (_latin(_myanmar(run)),)
    elif script == "armenian":
        run = _ARMENIAN_U.sub("u", run)
        return tuple(dict.fromkeys((_latin(run), _latin(run.lower().translate(_ARMENIAN_CLDR)))))
    elif script == "georgian":
        readings = (_latin(run), _latin(run.translate(_GEORGIAN_KEYS)))
        if run.endswith("\u10d8") and len(run) > 3:
            # a foreign name ending in a consonant takes the nominative ending -ი (ნაიკი, როლექსი, ვილსონი; Aronson,
            # Georgian: A Reading Grammar, 1990, ch. 2): read with and without it
            readings += (_latin(run[:-1]), _latin(run[:-1].translate(_GEORGIAN_KEYS)))
        return tuple(dict.fromkeys(readings))
    elif script == "hangul":
        if not _HANGUL_VOWELED.search(run):
            return ()  # bare consonants (ㄱㅊ, ㄹㄹㅅ) are the initial-consonant shorthand, not a spelling: no sound
        if any(_hangul_final(ch) in _HANGUL_FINAL_T for ch in run):  # 에어팟: "eeopat", not "eeopas"
            return tuple(dict.fromkeys((_latin(run), "".join(_hangul_t(ch) for ch in run))))
    elif script == "cyrillic":
        run = run.translate(_CYRILLIC_H)
    elif script == "hebrew":
        run = _HEBREW_GERESH.sub(lambda m: _GERESH_SOUNDS[m[1]], run)
        # vav between letters read as a vowel and, a second time, as the consonant (ו is v in לויס, Levi's); at a
        # word's start it writes a foreign w (וילסון, Wilson)
        vowel = _HEBREW_ALEF_START.sub("a", _HEBREW_FINAL_HE.sub("", _HEBREW_VAV.sub("o", run)))
        consonant = _HEBREW_ALEF_START.sub("a", _HEBREW_FINAL_HE.sub("", run))
        readings = [r for base in (vowel, consonant)
                    for r in (base, _HEBREW_VAV_START.sub("w", base.translate(_HEBREW_DAGESH)))]
        return tuple(dict.fromkeys(_ABJAD_START.sub(r"\1a", _latin(r)) for r in readings))
    elif script == "arabic":
        run = run.translate(PERSIAN_LETTERS).translate(_ARABIC_ALEF)
        readings = [run, run.replace(_ARABIC_JIM, "g")] if _ARABIC_JIM in run else [run]
        if _ARABIC_QAF in run:  # ق: g in Gulf and Egyptian speech and for a foreign g (قوتشي, Gucci; قوقل, Google)
            readings += [r.replace(_ARABIC_QAF, "g") for r in readings]
        if run.startswith("\u0648"):
            readings += [_ARABIC_INITIAL_WAW.sub("v", r) for r in readings]
        if _ARABIC_MB.search(run):  # كامب, Camp: Arabic writes a foreign p with its b, and a word's final mb is mp
            readings += [_ARABIC_MB.sub("\u0645p", r) for r in readings]
        vowels = []
        for r in readings:
            for pattern, vowel in _ARABIC_VOWEL_LETTERS:
                r = pattern.sub(vowel, r)
            vowels.append(r)
        return tuple(dict.fromkeys(_ABJAD_START.sub(r"\1a", _latin(r)) for r in readings + vowels))
    return (_latin(run),)


# Hiragana -> katakana: the same syllable 0x60 code points on (Unicode Standard, ch. 18.4 "Hiragana and Katakana")
HIRAGANA_AS_KATAKANA = {c: c + 0x60 for c in (*range(0x3041, 0x3097), 0x309D, 0x309E)}
# Khmer writes a foreign f, g and z as ha with a subscript vo, ko or so (ហ្វ, ហ្គ, ហ្ស: អាយហ្វូន, iPhone; ហ្គូស៊ី,
# Gucci; anyascii spells them "hv", "hk", "hs"): Huffman, Cambodian System of Writing and Beginning Reader (1970), 12
_KHMER_FOREIGN = (("\u17a0\u17d2\u179c", "f"), ("\u17a0\u17d2\u1782", "g"), ("\u17a0\u17d2\u179f", "z"))
# Lao, as Thai: the vowels ເ ແ ໂ ໃ ໄ are written before the consonant they follow in speech (ໂຕໂຍຕ້າ = to-yo-ta); ອ
# after a consonant is the vowel o (ຮອນດ້າ = hon-da; at a syllable's start it carries a vowel and is silent), ຍ is y
# (anyascii: "gn"), ຊ s (anyascii: "x"), ວ w and a foreign v (Lao has no v). Source: Kerr, Lao-English Dictionary (1972), its table of letters.
# A Lao syllable ends only in ກ ງ ດ ນ ບ ມ ຍ ວ (Kerr, as above), so a foreign final x or ks is written by its ກ k
# (ໂລເລັກ, Rolex, "lolek"): a word ending in k is also read with its s.
_LAO_PREPOSED = re.compile("([\u0ec0-\u0ec4])([\u0e81-\u0eae\u0edc-\u0edf])")
_LAO_O = re.compile("(?<=[\u0e81-\u0eae\u0edc-\u0edf\u0ec8-\u0ecb])\u0ead")


def _khmer(run: str) -> str:
    for letters, latin in _KHMER_FOREIGN:
        run = run.replace(letters, latin)
    return run


def _lao(run: str) -> str:
    return _LAO_O.sub("o", _LAO_PREPOSED.sub(r"\2\1", run)).replace("\u0e8d", "y").replace("\u0e8a", "s")


# Myanmar: a consonant without a vowel sign carries the vowel a, and asat (်) or a stacked consonant (္) makes it a
# final without one; the vowel signs and rhymes are read as the Myanmar Language Commission's romanisation writes them
# (ို o, ော aw, ိုင် ai, ိုက် aik, ောင် aung, ွ + final u: ဆမ်ဆောင်း sam-saung, နိုက်ကီ naik-ki, ဟွန်ဒါ hun-da), ဆ and
# သ s, ဖ a foreign f (ဖုန်း, phone), ရ r, ဝ w, the voiced ဘ ဓ ဃ ဈ b d g z (anyascii: bh dh gh jh), the tones (့ း)
# unheard. Source: Okell, A Guide to the Romanization of
# Burmese (1971), and the MLC Transcription System (1980).
_MYANMAR_RHYMES = (("\u103d(?=[\u1000-\u1021]\u103a)", "u"), ("\u102d\u102f\u1004\u103a", "ai"),
                   ("\u102d\u102f\u1000\u103a", "aik"), ("\u1031[\u102c\u102b]\u1004\u103a", "aung"),
                   ("\u1031[\u102c\u102b]\u1000\u103a", "auk"), ("\u102d\u102f", "o"), ("\u1031[\u102c\u102b]", "o"),
                   ("[\u1031\u1032]", "e"), ("[\u102b\u102c]", "a"), ("[\u102d\u102e]", "i"), ("[\u102f\u1030]", "u"),
                   ("\u1036", "n"), ("[\u1037\u1038]", ""))
_MYANMAR_RHYME = [(re.compile(a), b) for a, b in _MYANMAR_RHYMES]
_MYANMAR_INHERENT = re.compile("([\u1000-\u1021][\u103b-\u103e]*)(?![\u1039\u103a\u103b-\u103eaeiou])")
# a consonant and a medial that write one sound: ရှ sh, ချ and ကျ ch, ဂျ j (Okell 1971, as above)
_MYANMAR_CLUSTERS = (("\u101b\u103e", "sh"), ("\u1001\u103b", "ch"), ("\u1000\u103b", "ch"), ("\u1002\u103b", "j"))
_MYANMAR_LETTERS = str.maketrans({"\u1006": "s", "\u101e": "s", "\u1016": "f", "\u101b": "r", "\u101d": "w",
                                  "\u1021": "", "\u103b": "y", "\u103c": "y", "\u103d": "w", "\u103e": "h",
                                  "\u1039": "", "\u103a": "", "\u1007": "z", "\u1018": "b", "\u1013": "d",
                                  "\u1003": "g", "\u1008": "z"})


def _myanmar(run: str) -> str:
    for pattern, latin in _MYANMAR_RHYME:
        run = pattern.sub(latin, run)
    run = _MYANMAR_INHERENT.sub(r"\1a", run)
    for letters, latin in _MYANMAR_CLUSTERS:
        run = run.replace(letters, latin)
    return run.translate(_MYANMAR_LETTERS)


def _latin(text: str) -> str:
    return "".join(ch for ch in anyascii(text).lower() if "a" <= ch <= "z")


# One sound written with several letters by the romanisations above (Cyrillic ж zh, щ shch, ч ch, џ/дж dzh,
# ц ts, Greek τζ tz, Arabic غ gh): one letter metaphone reads the same way; "ng" before a consonant or at the end is
# the nasal n (the g is not heard: サムスン, 삼성, ซัมซุง).
_SPELLING_RULES = (
    (re.compile("shch|sch|tsch|tsh|tch|chch"), "ch"),
    (re.compile("dzh|dzs|dj|zh"), "j"),
    (re.compile("ts|tz"), "s"),
    (re.compile("^gh"), "g"),
    (re.compile("ng(?=[^aeiouy]|$)"), "n"),
)
# metaphone code -> sound class; "" drops it (vowels, h, w, y)
_CLASSES = str.maketrans({"B": "P", "P": "P", "F": "P", "V": "P", "T": "T", "D": "T", "0": "T",
                          "S": "S", "X": "S", "J": "S", "Z": "S", "K": "K", "G": "K", "Q": "K", "C": "K",
                          "M": "M", "N": "N", "L": "R", "R": "R",
                          "A": "", "E": "", "I": "", "O": "", "U": "", "H": "", "W": "", "Y": ""})
_REPEAT = re.compile(r"(.)\1+")


@lru_cache(maxsize=100_000)
def spelling(word: str) -> str:
    """A lower-case Latin word with the romanisations' multi-letter spellings of one sound made one letter."""
    for pattern, replacement in _SPELLING_RULES:
        word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=100_000)
def sound_key(word: str) -> str:
    """The sound classes of a lower-case Latin word (letters a-z only): "nike" -> "NK", "naiki" -> "NK"."""
    if not word:
        return ""
    key = jellyfish.metaphone(spelling(word)).translate(_CLASSES)
    # a run of one class written once: _REPEAT.sub(r"\1", key), which calls Python's template expansion for every run
    # (~5 µs a word; issue 16); the same string where the key has no line break, which `.` does not match
    return "".join(k for k, _ in groupby(key)) if "\n" not in key else _REPEAT.sub(r"\1", key)


# How the Latin orthographies of other languages write the consonants that English spells otherwise, as the English
# spelling of the same sound (the vowels need nothing: sound keys drop them and `heard` reads every vowel alike). A
# seller who writes a brand by ear in their own spelling (Kanada Guse, Najki, Cordan, Şanel) is read back with it.
# Sources: each language's standard orthography as described in its grammar (Spanish: RAE Ortografía 2010, j = /x/
# heard as h, ll and y = /ʝ/, gu and hu before a vowel /gw/, /w/ for a foreign w; Portuguese: nh, lh, x/ch = /ʃ/; German: Duden, w = /v/, j = /j/, sch = /ʃ/, z = /ts/;
# Polish: sz, cz, rz, dż, w = /v/, j = /j/, c = /ts/, ch = /x/; Turkish: TDK Yazım Kılavuzu, c = /dʒ/, ç = /tʃ/, ş = /ʃ/
# (folded to c and s by the latin view: c read j keeps ç in the same sound class); Indonesian: EYD, c = /tʃ/, j = /dʒ/,
# sy = /ʃ/, kh = /x/, and the old spellings dj, tj, oe; Tagalog: ts = /tʃ/, dy = /dʒ/; Italian: ch, gh, c and g before
# e/i, gn, sc). Applied in order, longest spellings first.
_ORTHOGRAPHY_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (("^h", ""), ("ll", "y"), ("qu", "k"), ("gu(?=[ei])", "g"), ("j", "h"), ("z", "s")),
    "es-w": (("gu(?=[aeio])", "w"), ("hu(?=[aeio])", "w"), ("ll", "y"), ("j", "h")),  # gu, hu for a foreign w (Guilson)
    "pt": (("nh", "ny"), ("lh", "ly"), ("qu", "k"), ("x", "sh"), ("ch", "sh")),
    "de": (("dsch", "j"), ("tsch", "ch"), ("sch", "sh"), ("w", "v"), ("j", "y"), ("z", "ts"), ("ei", "ai")),
    "pl": (("sz", "sh"), ("cz", "ch"), ("rz", "zh"), ("dz", "j"), ("ch", "h"), ("w", "v"), ("j", "y"), ("c", "ts")),
    "tr": (("c", "j"), ("j", "zh")),
    "id": (("dj", "j"), ("tj", "ch"), ("sy", "sh"), ("kh", "h"), ("oe", "u"), ("c", "ch")),
    "tl": (("ts", "ch"), ("dy", "j")),
    "it": (("ch", "k"), ("gh", "g"), ("sc(?=[ei])", "sh"), ("c(?=[ei])", "ch"), ("gn", "ny")),
}
# each language's rules as one pattern, applied in one pass (Polish dż is j, not j read again as y), the first
# alternative that matches at a position winning
ORTHOGRAPHIES: dict[str, tuple[re.Pattern, tuple[str, ...]]] = {
    name: (re.compile("|".join(f"({a})" for a, _ in rules)), tuple(b for _, b in rules))
    for name, rules in _ORTHOGRAPHY_RULES.items()}


@lru_cache(maxsize=100_000)
def orthographic_readings(word: str) -> tuple[str, ...]:
    """A lower-case Latin word as English spells its sounds when read in each orthography of ORTHOGRAPHIES, the word
    itself first (its English reading); readings that change nothing are left out: "najki" -> ("najki", "nayki")."""
    out = [word]
    for pattern, replacements in ORTHOGRAPHIES.values():
        text = pattern.sub(lambda m: replacements[m.lastindex - 1], word)
        if text and text not in out:
            out.append(text)
    return tuple(out)


_NON_RHOTIC = re.compile("(?<=[aeiou])r(?=[^aeiouy]|$)")
_FINAL_R = re.compile("(?<=[aeiou])r$")  # a final r alone silent (French -ier, -er: Cartier heard "kartiyay")


@lru_cache(maxsize=4096)  # the build asks it for each mark twice, one detector after the other (phonetic, transliteration)
def mark_keys(word: str) -> frozenset[str]:
    """The sound keys a mark's word is heard as: its own, without an r after a vowel (Japanese and Korean
    loanwords drop it: ジョーダン for Jordan) or only without a final one (Cartier as French says it), with x as ks, ch as k (Michael, Chrome), and with th as s (neither language has the sound: スミス, 스미스
    for Smith)."""
    keys = {sound_key(word)}
    for variant in {_NON_RHOTIC.sub("", word), word.replace("th", "s"), _NON_RHOTIC.sub("", word).replace("th", "s"),
                    word.replace("x", "ks"), word.replace("ch", "k"), _FINAL_R.sub("", word)}:  # x as ks (Xbox: Κσμποκς), ch as k (Michael: Майкл)
        keys.add(sound_key(variant))
    return frozenset(keys - {""})


def script_mark_keys(word: str) -> dict[str, set[str]]:
    """Sound keys a mark's word is heard as in some scripts only (script -> keys beyond `mark_keys`): in Cyrillic, Greek,
    Georgian, Armenian, Sinhala, Thaana (ވ, its only letter for both) and Hebrew (ו or וו, read v: הוט ווילס, Hot
    Wheels) a foreign w written as v, in Ol Chiki a v as w (Сваровски, Каллавей, ვილსონი, Վիլսոն, ස්වැරොව්ස්කි; elsewhere w is a vowel-like glide, and golf's "golfa" would be
    heard as Callaway's "kalavay"), in katakana and Hangul ch as k and no r after a vowel together (マイケルコース,
    "maikerukosu", Michael Kors)."""
    v = {sound_key(variant) for variant in {word.replace("w", "v"), _NON_RHOTIC.sub("", word.replace("w", "v"))}} if "w" in word else set()
    kana = {sound_key(_NON_RHOTIC.sub("", word.replace("ch", "k")))} if "ch" in word else set()
    w = {sound_key(word.replace("v", "w"))} if "v" in word else set()  # Ol Chiki: ᱣ its only letter for both
    base = mark_keys(word)
    return {script: keys - base - {""} for script, keys in (("cyrillic", v), ("greek", v), ("georgian", v), ("armenian", v),
                                                            ("sinhala", v), ("thaana", v), ("hebrew", v), ("katakana", kana), ("hangul", kana),
                                                            ("ol_chiki", w))
            if keys - base - {""}}


_HEARD = ((re.compile("ph"), "f"), (re.compile("ck"), "k"), (re.compile("sh|ch"), "s"), (re.compile("th"), "t"),
          (re.compile("c(?=[eiy])"), "s"), (re.compile("x"), "ks"))
# letters -> the sound class letters of sound_key (b p f v: b; t d: t; s z j: s; c k g q: k; l r: r), vowels "a"
_HEARD_LETTERS = str.maketrans({**dict(zip("abcdefgijklmnopqrstuvxyz", "abktabkaskrmnabkrstabsas")), "h": None, "w": None})
_HEARD_RUNS = re.compile(r"(.)\1+")


@lru_cache(maxsize=100_000)
def heard(word: str) -> str:
    """A Latin spelling as its sound classes with the vowels in place (a run of vowels is one "a"): naiki and
    nike are both "naka", guchi and gucci "kasa"."""
    word = spelling(word)
    for pattern, replacement in _HEARD:
        word = pattern.sub(replacement, word)
    return _HEARD_RUNS.sub(r"\1", word.translate(_HEARD_LETTERS))


def heard_key(word: str) -> str:
    """The `heard` form without its final vowel, a key for marks of one sound class (L'Oréal "rarar", Toyota
    "tat"): katakana adds a vowel after a final consonant (ロリル, roriru) and Hindi drops the final one."""
    return heard(word).rstrip("a")


def similarity(reading: str, mark: str) -> float:
    """How close two Latin spellings sound, 0..1: rapidfuzz's normalised Indel similarity of `heard` forms."""
    return Indel.normalized_similarity(heard(reading), heard(mark))


def closeness(reading: str, mark: str) -> float:
    """`similarity`, with the letters' own similarity as a tie-break (Πανντορα, read "pandora", is Pandora's,
    not Panthère's, though both are heard b-a-n-t-a-r-a): similarity + a third of the letters' similarity."""
    return similarity(reading, mark) + Indel.normalized_similarity(spelling(reading), spelling(mark)) / 3


MIN_SIMILARITY = 0.6  # `similarity` a hit needs: the same key is not enough (Jordan's STN in スタン, "sutan")
MARGIN = 0.05  # hits this much less close than a word's closest mark are another brand's collision


def closest(reading: str, marks: list[tuple[int, str]]) -> list[tuple[int, float]]:
    """(id, similarity) of the marks (id, spelling) that share the reading's key and are heard like it: at least
    MIN_SIMILARITY, and within MARGIN of the closest (`closeness`: Koach is Coach's, not Gucci's)."""
    scored = [(i, similarity(reading, mark), closeness(reading, mark)) for i, mark in marks]
    scored = [t for t in scored if t[1] >= MIN_SIMILARITY]
    if not scored:
        return []
    top = max(c for _, _, c in scored)
    return [(i, sim) for i, sim, c in scored if c >= top - MARGIN]


# ------------------------------------------------------------------------------------------ words of a language

class WordList:
    """The words of some languages' wordfreq "small" lists at `zipf` or more (Zipf 3: about once in a million words):
    `word in WordList(...)`. Kept in the table cache (table_cache.py) as the distinct words' UTF-8 bytes, one sorted
    fixed-width array a length, so a fresh process maps them in a few ms instead of reading the gzip'd lists and
    hashing ~760,000 words (~0.3 s CPU of every build, issue 16); a lookup is a binary search of its length's array.
    Without a cache (off, or not writable) the same words as a set of strings. Source: the wordfreq package's lists
    (Robyn Speer et al.), shipped in its wheel."""

    def __init__(self, languages: tuple[str, ...], zipf: float) -> None:
        self.languages = languages
        arrays = table_cache.cached(f"words-{'+'.join(languages)}-{zipf:g}", lambda: word_list_arrays(languages, zipf),
                                    or_none=True)
        self._words: set[str] | None = None
        self._groups: dict[int, np.ndarray] = {}
        if arrays is None:
            self._words = set(_listed_words(languages, zipf))
        else:
            self._groups = {int(name[1:]): words for name, words in arrays.items()}

    def __contains__(self, word: str) -> bool:
        if self._words is not None:
            return word in self._words
        raw = word.encode("utf-8", "surrogatepass")  # a lone surrogate is in no list: its bytes match no word
        words = self._groups.get(len(raw))
        if words is None:
            return False
        at = int(words.searchsorted(raw))
        return at < len(words) and words[at] == raw


def _listed_words(languages: tuple[str, ...], zipf: float):
    import wordfreq

    paths = wordfreq.available_languages("small")
    buckets = round((9 - zipf) * 100)  # bucket i holds the words of Zipf 9 - i / 100
    for language in languages:
        if language in paths:
            for bucket in wordfreq.read_cBpack(paths[language])[:buckets + 1]:
                yield from bucket


def word_list_arrays(languages: tuple[str, ...], zipf: float) -> dict[str, np.ndarray]:
    """A WordList's arrays: `w<length>`, the distinct words of that many UTF-8 bytes, sorted (an empty word, which
    numpy cannot hold, is asked by no caller)."""
    groups: dict[int, set[bytes]] = {}
    for word in _listed_words(languages, zipf):
        raw = word.encode("utf-8", "surrogatepass")
        if raw:
            groups.setdefault(len(raw), set()).add(raw)
    return {f"w{length}": np.array(sorted(groups[length]), dtype=f"S{length}") for length in sorted(groups)}


@lru_cache(maxsize=32)  # the detectors ask for 11 (languages, zipf) pairs: a smaller cache read lists again and again
def word_list(languages: tuple[str, ...], zipf: float) -> WordList:
    """The WordList of these languages at this Zipf frequency, read once per process (issue 16: with room for 8 of the
    11 lists the detectors ask for, a listing in Cyrillic, Korean or Japanese read a list's gzip'd msgpack again,
    ~170 µs a listing of the adversary set)."""
    return WordList(languages, zipf)


def liquids_swapped(token: str, mark: str) -> bool:
    """Whether a word holds the mark's l and r in another order ("lorex" of "roleks"): `heard` files l and r in one
    sound class (Dolgopolsky's R), so the two are heard alike by their keys, but an ear hears which syllable holds which
    (Lorex, the camera maker, is no respelt Rolex; Rightloom no Lightroom); a respelling by ear keeps them in place
    (Roleks, Lorial). Both in lower-case Latin letters. The phonetic and misspellings detectors' one test. Pure."""
    a, b = "".join(c for c in token if c in "lr"), "".join(c for c in mark if c in "lr")
    return a != b and sorted(a) == sorted(b)


def a_word_not_the_mark(word: str, reading: str, mark: str, languages: Container[str]) -> bool:
    """Whether `word`, as the listing writes it, is a word of its language that does not name the mark: a word of
    `languages` (a WordList of the script's languages, or the words of the title's language) names a mark only when
    heard exactly as the mark is (`heard` of the word's `reading` and of the mark's spelling the same: Latvian "filips"
    may be Philips, Russian кейс "case", heard "kas", is no Gucci, "kaksa"). The phonetic and transliteration detectors'
    one rule for the words of a language; `reading` and `mark` are lower-case Latin spellings."""
    return heard(reading) != heard(mark) and word in languages
