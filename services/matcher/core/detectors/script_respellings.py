"""A brand's Hangul or katakana name respelt by a letter, as a Latin mark is misspelt: rule fuzzy.

The registry gives each brand its name as Korean and Japanese write it (`local_names`: 구찌, グッチ). A seller who
wants past a filter changes one letter of it, the way a Latin seller writes "Guci": in katakana a small kana written
large or a large one small (グツチ for グッチ, ロレツクス, カルテイエ), the long-vowel mark ー drawn with a look-alike
(コ一チ with the kanji 一 "one", ｰ, a dash), ヴ written ブ or ウ゛, ヂ for ジ, a voiced mark dropped or added, one kana
more, less or another (ダイソソ); in Hangul a lax consonant made tense or aspirated (꾸찌 for 구찌, 나이끼 for 나이키,
다이쓴, 루이비똥, 롤렉쓰) or ㅐ for ㅔ (노스패이스, 까르띠애).

Each name and each word of the listing are folded the way readers of the language take letters as the same
(`fold_kana`, `fold_hangul`), then compared:
- katakana: NFKC and the voiced marks composed (ウ゛ -> ヴ); the small kana as the large ones (Unicode's character
  names: KATAKANA LETTER SMALL TU is TU); ヴ and its syllables as the B row (ヴァ バ, ヴィ ビ ...: the Cabinet notice
  外来語の表記, 1991, gives both spellings), ヂ ジ and ヅ ズ (the yotsugana, one sound each in Tokyo speech), ヲ オ; a
  look-alike of ー after a kana as ー (一, ｰ, dashes: UTS #39 confusables.txt holds 一 for ー); ・ and spaces dropped (the
  words of マイケル・コース run together), and a final ー dropped (JIS Z 8301's loanword spelling: コンピュータ for
  コンピューター, so ナイキー is ナイキ).
- Hangul: decomposed into jamo (Unicode's NFD of a syllable), each consonant as its lax letter (ㄲ ㅋ as ㄱ, ㄸ ㅌ as ㄷ,
  ㅃ ㅍ as ㅂ, ㅆ as ㅅ, ㅉ ㅊ as ㅈ: the three-way laryngeal contrast of Korean stops, lax/tense/aspirated, Sohn, The Korean
  Language, 1999, 3.2), an initial and a final of the same letter the same, and ㅐ as ㅔ, ㅒ as ㅖ, ㅙ ㅚ as ㅞ (merged in
  today's Seoul speech).
A word whose fold equals a name's fold but is written otherwise is that name respelt: a weak candidate that in the
brand's category names the brand as the name itself would (`in_category_enough`, as the transliteration detector's
named marks), and a disguise, never the market's orthography (`Evidence.respelt`: a fair price does not lower it). One
letter (kana, jamo) from the fold when it is long enough (MIN_EDIT_KANA, MIN_EDIT_JAMO; not the name cut short, which
is kana_abbreviations.py's clipping) may be another writer's ear (フェーレロ, ベイエル) as well as a disguise (ダイソソ):
a weak candidate that the brand's category with a cue or a price below the floor corroborates. A word of the language (wordfreq's Korean and Japanese lists, WORD_ZIPF: 타이슨 Tyson for 다이슨) needs the category with a
cue or a price far below the floor (`needs_cue`), like a common English word one edit from a mark. The evidence names
the brand's mark and the name respelt ("'グツチ' is 'グッチ', how katakana writes Gucci, respelt: one letter changed").
The name as registered is not read here: as written it is the mark by its sound (transliteration.py).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from rapidfuzz.distance import OSA

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText, mark_words
from services.matcher.core.scoring import Evidence
from services.matcher.core.sounds import SCRIPTS, word_list

MIN_EDIT_KANA = 4  # a folded katakana name this long is also read one kana away (グッチ, 3, only folded equal)
MIN_EDIT_JAMO = 7  # a folded Hangul name of this many jamo (나이키 7, 구찌 4) is also read one jamo away
WORD_ZIPF = 3.0  # a word this frequent in Korean or Japanese is a word of the language, not a respelt name
LANGUAGES = {"katakana": ("ja",), "hangul": ("ko",)}

_KANA = SCRIPTS["katakana"]
_LONG = "一ｰ\\-‐‑‒–—―─━〜～"  # drawn like ー (confusables.txt: 一 U+4E00 for ー U+30FC) when after a kana
_RUNS = {
    "katakana": re.compile(f"[{_KANA}](?:[{_KANA}{_LONG}\u309b\u309c]|[\u30fb ](?=[{_KANA}]))*"),
    "hangul": re.compile(f"[{SCRIPTS['hangul']}]+(?: [{SCRIPTS['hangul']}]+)*"),
}
_WORD = re.compile("[^\u30fb ]+")  # a word of a run
_PIECE = re.compile(f"[^{_LONG}]+")  # a piece of a word between dashes
MAX_WORDS = 4  # ザ・ノース・フェイス is three


def _glued(rest: str) -> bool:
    """Whether the rest of a katakana word after a name is a noun glued to it: the goods' nouns of transliteration.GOODS
    (バッグ, スニーカー) or a katakana word of wordfreq's Japanese list at WORD_ZIPF (ドライヤー, ネックレス)."""
    from services.matcher.core.detectors.transliteration import GOODS  # which imports this module's folds

    return len(rest) >= 2 and (rest in GOODS or rest in word_list(("ja",), WORD_ZIPF))
_V_ROW = {"ヴア": "バ", "ヴイ": "ビ", "ヴエ": "ベ", "ヴオ": "ボ", "ヴ": "ブ", "ヂ": "ジ", "ヅ": "ズ", "ヲ": "オ"}  # small kana large
_V_ROW_RE = re.compile("|".join(sorted(_V_ROW, key=len, reverse=True)))
_LONG_AFTER_KANA = re.compile(f"(?<=[{_KANA}])[{_LONG}]")


@cache
def _small_to_large() -> dict[int, str]:
    """{small kana: its large kana} from Unicode's character names (KATAKANA LETTER SMALL A -> KATAKANA LETTER A)."""
    out = {}
    for code in (*range(0x30A1, 0x30FB), *range(0x31F0, 0x3200)):
        name = unicodedata.name(chr(code), "")
        if " SMALL " in name:
            try:
                out[code] = unicodedata.lookup(name.replace("SMALL ", ""))
            except KeyError:
                continue
    return out


def fold_kana(word: str, v_row: bool = True) -> str:
    """A katakana word as Japanese readers take it (see the module): "ロレツクス" and "ロレックス" -> "ロレツクス",
    "コ一チ" -> "コーチ", "ナイキ一" -> "ナイキ" (a final ー dropped), "ルイウ゛イトン" -> "ルイブイトン"."""
    word = word.replace("\u309b", "\u3099").replace("\u309c", "\u309a")  # spacing voiced marks as combining ones
    word = unicodedata.normalize("NFC", unicodedata.normalize("NFKC", word).replace(" \u3099", "\u3099")
                                 .replace(" \u309a", "\u309a"))
    word = _LONG_AFTER_KANA.sub("ー", word)
    word = re.sub("[\u30fb\\s]+", "", word)
    word = word.translate(_small_to_large())
    if v_row:
        word = _V_ROW_RE.sub(lambda m: _V_ROW[m.group()], word)
    return word.rstrip("ー")


_TENSE_ASPIRATED = {"SSANGKIYEOK": "KIYEOK", "KHIEUKH": "KIYEOK", "SSANGTIKEUT": "TIKEUT", "THIEUTH": "TIKEUT",
                    "SSANGPIEUP": "PIEUP", "PHIEUPH": "PIEUP", "SSANGSIOS": "SIOS", "SSANGCIEUC": "CIEUC",
                    "CHIEUCH": "CIEUC"}
_VOWELS = {"AE": "E", "YAE": "YE", "WAE": "WE", "OE": "WE"}


@cache
def _jamo_letter(ch: str) -> str:
    """A conjoining jamo as its lax letter (module docstring), one character: the Hangul compatibility letter."""
    name = unicodedata.name(ch, "")
    for part in ("HANGUL CHOSEONG ", "HANGUL JONGSEONG ", "HANGUL JUNGSEONG ", "HANGUL LETTER "):
        if name.startswith(part):
            base = name[len(part):]
            base = _TENSE_ASPIRATED.get(base, _VOWELS.get(base, base))
            try:
                return unicodedata.lookup("HANGUL LETTER " + base)
            except KeyError:
                return ch
    return ch


def fold_hangul(word: str) -> str:
    """A Hangul word as jamo with lax consonants and merged vowels: "꾸찌" and "구치" -> "ㄱㅜㅈㅣ"."""
    return "".join(_jamo_letter(ch) for ch in unicodedata.normalize("NFD", word) if not ch.isspace())


FOLDS = {"katakana": fold_kana, "hangul": fold_hangul}
MIN_EDIT = {"katakana": MIN_EDIT_KANA, "hangul": MIN_EDIT_JAMO}
_SCRIPT_OF = {"katakana": re.compile(f"^[{_KANA}\u30fb\\s]+$"), "hangul": re.compile(f"^[{SCRIPTS['hangul']}\\s]+$")}


def _plain(word: str) -> str:
    """The written form compared with the registered name (NFKC, composed, no middle dots or spaces)."""
    return re.sub("[\u30fb\\s]+", "", unicodedata.normalize("NFC", unicodedata.normalize("NFKC", word)))


def named_by_local_names(catalogue: Catalogue) -> dict[str, dict[str, frozenset[int]]]:
    """{script: {fold of a brand's katakana or Hangul local name: the brands so named}}: a word that folds to one is
    that brand's name, written or respelt (ネスレ is Nestlé's, no sound-alike of Abbott's Ensure; 코찌 is Coach's 코치
    respelt, no Gucci heard). Built once per catalogue (Catalogue.shared)."""
    def build() -> dict[str, dict[str, frozenset[int]]]:
        out: dict[str, dict[str, set[int]]] = {s: {} for s in FOLDS}
        for i, fp in enumerate(catalogue.fingerprints):
            if isinstance(fp, MarkFingerprint) and fp.vocabulary == "local_name":
                for script, pattern in _SCRIPT_OF.items():
                    if pattern.match(fp.value):
                        out[script].setdefault(FOLDS[script](fp.value), set()).add(catalogue.fingerprint_brand[i])
        return {s: {k: frozenset(v) for k, v in table.items()} for s, table in out.items()}
    return catalogue.shared("local name folds", build)


def brands_named_locally(catalogue: Catalogue) -> dict[str, frozenset[int]]:
    """{script: the brands with a katakana or Hangul local name in it}: `named_by_local_names`' owners gathered once
    per catalogue (Catalogue.shared), so that whether a brand has one is a set lookup."""
    return catalogue.shared("brands named locally", lambda: {
        script: frozenset().union(*table.values()) for script, table in named_by_local_names(catalogue).items()})


class ScriptRespellingDetector(Detector):
    name = "script_respellings"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._names: dict[str, list[tuple[str, str, int]]] = {s: [] for s in FOLDS}  # script -> [(fold, name, brand)]
        self._mark_of: dict[int, int] = {}  # brand position -> the fingerprint of its name's mark
        self._written: set[str] = set()  # the names as registered (read by transliteration.py)

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint):
            return None
        brand = self.catalogue.fingerprint_brand[i]
        if fp.vocabulary == "local_name":
            for script, pattern in _SCRIPT_OF.items():
                if pattern.match(fp.value):
                    self._names[script].append((FOLDS[script](fp.value), fp.value, brand))
                    self._written.add(_plain(fp.value))
            return None
        if fp.vocabulary is None and brand not in self._mark_of and "".join(
                mark_words(fp.value)) == "".join(mark_words(self.catalogue.brands[brand].name)):
            self._mark_of[brand] = i  # the brand's name as a mark (Coach's too, an everyday word in English)
        return None

    def compile(self) -> None:
        for script in self._names:
            self._names[script] = [n for n in self._names[script] if n[2] in self._mark_of and n[0]]

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if text.is_ascii or not any(self._names.values()):
            return []
        nfkc = text.nfkc
        out: dict[int, Evidence] = {}
        for script, pattern in _RUNS.items():
            names = self._names[script]
            if not names:
                continue
            for m in pattern.finditer(nfkc):
                for start, end in self._stretches(nfkc, m.start(), m.end(), script):
                    written = nfkc[start:end]
                    if _plain(written) in self._written:
                        continue  # the name as registered: the mark by its sound (transliteration.py)
                    folded = FOLDS[script](written)
                    plain = fold_kana(written, v_row=False) if script == "katakana" else folded
                    for name_fold, name, brand in names:
                        edits = self._edits(folded, name_fold)
                        if edits and script == "katakana":  # キャロヴェイ is one kana from キャロウェイ as written
                            edits = min(edits, self._edits(plain, fold_kana(name, v_row=False)))
                        if edits > 1 or edits == 1 and (len(name_fold) < MIN_EDIT[script] or name_fold.startswith(folded)):
                            continue  # (a name cut short, サムス, バンダ: the market's clipping, kana_abbreviations.py)
                        e = self._evidence(text, start, end, script, written, name, brand, edits)
                        if brand not in out or (out[brand].distance or 0) > edits:
                            out[brand] = e
        return self.in_category(list(out.values()), text, listing)

    @staticmethod
    def _stretches(nfkc: str, start: int, end: int, script: str):
        """The run's words (split at spaces and ・) and every stretch of up to MAX_WORDS neighbouring words (a name of
        several words beside the goods' noun: ザ・ノース・フエイス バッグ); in katakana also a word without the goods' noun
        glued after it (ダイソソドライヤー) and the pieces of a word at a dash (ロレツクス-コピー)."""
        words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(nfkc[start:end])]
        ends = [[e] for _, e in words]  # where a stretch may end in each word: its end, or before a glued goods' noun
        if script == "katakana":
            for k, (s, e) in enumerate(words):
                word = nfkc[s:e]
                ends[k] += [s + n for n in range(2, len(word) - 1) if _glued(word[n:])]
                for m in _PIECE.finditer(word):  # the pieces of a word at a dash
                    if m.end() - m.start() < e - s:
                        yield s + m.start(), s + m.end()
        for k in range(len(words)):
            for n in range(k, min(k + MAX_WORDS, len(words))):
                for e in ends[n]:
                    yield words[k][0], e

    @staticmethod
    def _edits(a: str, b: str) -> int:
        """0 when equal, 1 when one edit apart (OSA: a swap of neighbours is one), else 2."""
        if a == b:
            return 0
        return 2 if abs(len(a) - len(b)) > 1 else OSA.distance(a, b, score_cutoff=1)

    def _evidence(self, text: ListingText, start: int, end: int, script: str, written: str, name: str, brand: int,
                  edits: int) -> Evidence:
        i = self._mark_of[brand]
        fp = self.fingerprints[i]
        # a word of the language (구지, 타이슨 "Tyson"), or a respelling of a mark that is an everyday word (Coach: コーチ
        # is "coach" in Japanese too): maybe that word
        common = fp.everyday_word or _plain(written) in word_list(LANGUAGES[script], WORD_ZIPF)
        # one letter changed may be another writer's ear (フェーレロ, ベイエル for フェレロ, バイエル) as well as a disguise: a
        # weak candidate, like a rare word one edit from a Latin mark, that a price below the floor or a cue corroborates;
        # letters its readers take as the same are written so only to differ (グツチ, 꾸찌): the name, in its category
        field, s, e, matched = text.locate(*text.original_span("nfkc", start, end))
        how = "one letter changed" if edits else "letters its readers take as the same"
        detail = (f"'{matched}' is '{name}', how {script.title()} writes {fp.value}, respelt ({how}); "
                  + ("a word of the language: needs the brand's category and a cue" if common
                     else "needs the brand's category and a cue or a price below the floor" if edits
                     else "counts in the brand's category"))
        return Evidence(Rule.fuzzy, self.weights.fuzzy_distance_1, i, field, s, e, matched, fp.value, distance=max(edits, 1),
                        detail=detail, needs_corroboration=True, needs_cue=common,
                        in_category_enough=not common and not edits, respelt=not edits)

    def stats(self) -> dict[str, int]:
        return {"script_names": sum(map(len, self._names.values()))}
