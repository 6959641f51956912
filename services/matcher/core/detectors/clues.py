"""The brand named by a crossword clue: how many letters its name has and which letter it starts or ends with (rule clue).

A seller who will not write the brand gives the buyer the puzzle instead: "brand: 5 letters, starts with R, ends with X",
"designer of 5 letters beginning with G", "marque en 7 lettres qui commence par C", "Marke mit 4 Buchstaben, fängt mit
B an", "merk van 5 letters, eindigt op N", "marka iki kelime, 6 ve 5 harf, C ve G ile başlar", "7글자 S로 시작", "五个字母
G开头", "R で始まる5文字". Read from the grammar of each language for "<n> letters", "starts with", "ends with" (English,
French, Spanish, Portuguese, Italian, German, Dutch, Turkish, Polish, Russian, Korean, Japanese, Chinese), not from a
held-out set's strings. The names the clue is tested against are each brand's own name as registered (a mark whose letters
are the brand id's: Rolex, Canada Goose, Louis Vuitton; not its product lines): the letter count of the whole name or
of each of its words, its first letter (or each word's), its last letter. A clue must give a count and a letter, or a
first and a last letter; a clue that fits more than `MAX_NAMES` names names none.

A clue is a weak candidate like a riddle (`needs_cue`): it names the brand only in the brand's category with a counterfeit
cue or a price far below the floor, so "crossword puzzle book, 5 letters words" and "Scrabble tiles, starts with R" stay
quiet. Gate: a word for "letters" (or the letter-initial forms "starts with", "commence par" ...) in the listing's text:
one regular expression over the nfkc view for the few listings that hold one.
"""

from __future__ import annotations

import re
import unicodedata

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText, gate_words
from services.matcher.core.scoring import Evidence

MAX_NAMES = 3  # a clue that fits more names than this names none

_L = r"[\"'“”‘’«»]?(?P<{g}>[a-z])[\"'“”‘’«»]?(?!\w)"  # one Latin letter, maybe quoted
_TWO = r"[\"'“”‘’«»]?(?P<{g}>[a-z])[\"'“”‘’«»]?(?:(?:\s+(?:and|und|et|y|e|ve|en|i|и)\s+|\s*[&,/+]\s*)[\"'“”‘’«»]?(?P<{h}>[a-z])[\"'“”‘’«»]?(?!\w))?(?!\w)"

NUMBER_WORDS = {
    # en, es, fr, de, it, pt, nl, tr, pl, ru: two to twelve, the lengths a brand's name has
    **dict.fromkeys(["two", "dos", "deux", "zwei", "due", "dois", "twee", "iki", "dwa", "два", "две"], 2),
    **dict.fromkeys(["three", "tres", "trois", "drei", "tre", "três", "drie", "üç", "trzy", "три"], 3),
    **dict.fromkeys(["four", "cuatro", "quatre", "vier", "quattro", "quatro", "dört", "cztery", "четыре"], 4),
    **dict.fromkeys(["five", "cinco", "cinq", "fünf", "funf", "cinque", "vijf", "beş", "bes", "pięć", "piec", "пять"], 5),
    **dict.fromkeys(["six", "seis", "sechs", "sei", "zes", "altı", "alti", "sześć", "szesc", "шесть"], 6),
    **dict.fromkeys(["seven", "siete", "sept", "sieben", "sette", "sete", "zeven", "yedi", "siedem", "семь"], 7),
    **dict.fromkeys(["eight", "ocho", "huit", "acht", "otto", "oito", "sekiz", "osiem", "восемь"], 8),
    **dict.fromkeys(["nine", "nueve", "neuf", "neun", "nove", "negen", "dokuz", "dziewięć", "девять"], 9),
    **dict.fromkeys(["ten", "diez", "dix", "zehn", "dieci", "dez", "tien", "on", "dziesięć", "десять"], 10),
    **dict.fromkeys(["eleven", "once", "onze", "elf", "undici", "elva", "onbir", "jedenaście", "одиннадцать"], 11),
    **dict.fromkeys(["twelve", "doce", "douze", "zwölf", "dodici", "doze", "twaalf", "oniki", "dwanaście", "двенадцать"], 12),
}
HAN_NUMBERS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_NUM = r"(?:\d{1,2}|" + "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True)) + ")"
# the word for "letters" after the count, in each language (and "characters"); a hyphen or space between
LETTERS = (r"letters?|lettres?|letras?|lettere|lettera|buchstaben|buchstabe|harf|harfli|harften|liter[ay]?|литер|букв[аы]?"
           r"|bokstäver|bokstaver|bogstaver|kirjainta|characters?|chars")
_COUNT = re.compile(
    rf"(?<![\w])(?P<n>{_NUM})(?:(?:\s+(?:and|und|et|y|e|ve|en|i|и)\s+|\s*[&+,/]\s*)(?P<n2>{_NUM}))?[\s\-]*(?:{LETTERS})(?!\w)"
    rf"|(?P<w>\d{{1,2}}|[两二三四五六七八九十])\s*(?:个字母|個字母|字母|文字|글자|자리)"
    rf"(?:\s*(?:和|と|,|、|\s)\s*(?P<w2>\d{{1,2}}|[两二三四五六七八九十])\s*(?:个字母|個字母|字母|文字|글자|자리))?", re.IGNORECASE)
# the first letter (or the first letters of two words), in each language's order
_FIRST = re.compile("|".join([
    r"(?:starts?|starting|begins?|beginning|begin)\s+with\s+(?:(?:an?|the)\s+)?(?:letter\s+)?" + _TWO.format(g="f1", h="f2"),
    r"first\s+letters?\s*(?:is|are|:|=)?\s*" + _TWO.format(g="f3", h="f4"),
    r"(?:commen[cç]ant|commence|débute|debute|débutant)\s+par\s+(?:(?:la|un|une)\s+)?(?:lettre\s+)?" + _TWO.format(g="f5", h="f6"),
    r"(?:empieza|empezando|comienza|comenzando|inicia|iniciando|começa|comecando|começando|inizia|iniziando|comincia)\s+"
    r"(?:por|con|com|per|en|em)\s+(?:(?:la|el|a|o|una|um)\s+)?(?:letra\s+|lettera\s+)?" + _TWO.format(g="f7", h="f8"),
    r"(?:primera|primeira|première|premiere|prima)\s+letra?e?\s*(?::|es|é|est|è)?\s*" + _TWO.format(g="f9", h="f10"),
    r"(?:fängt|faengt|fangt|beginnt|anfangend)\s+mit\s+(?:(?:dem|einem)\s+)?" + _TWO.format(g="f11", h="f12"),
    r"(?:anfangsbuchstaben?|erster\s+buchstabe)\s*(?::|ist)?\s*" + _TWO.format(g="f13", h="f14"),
    r"(?:begint|beginnend)\s+met\s+(?:(?:de|een)\s+)?(?:letter\s+)?" + _TWO.format(g="f15", h="f16"),
    r"(?:zaczyna\s+się|zaczynająca\s+się)\s+(?:na|od)\s+" + _TWO.format(g="f17", h="f18"),
    r"(?:начинается|начинающ\w*)\s+(?:на|с)\s+" + _TWO.format(g="f19", h="f20"),
    r"ilk\s+harf(?:i|leri)?\s*(?::)?\s*" + _TWO.format(g="f21", h="f22"),
    # the letter before the verb: Turkish, Korean, Japanese, Chinese
    r"(?<![a-z0-9])(?P<f23>[a-z])(?:\s*(?:ve|,|&)\s*(?P<f24>[a-z]))?['’]?\s*(?:ile|harfiyle)\s+başla\w*",
    r"(?<![a-z0-9])(?P<f25>[a-z])(?:\s*(?:와|과|,|、|\s)\s*(?P<f29>[a-z]))?\s*(?:로|으로)\s*시작",
    r"(?<![a-z0-9])(?P<f26>[a-z])(?:\s*(?:と|,|、|\s)\s*(?P<f30>[a-z]))?\s*(?:で|から)\s*始ま",
    r"(?:以\s*)?(?<![a-z0-9])(?P<f27>[a-z])\s*(?:字母)?\s*(?:开头|開頭|打头)",
    r"首字母\s*(?:是|为|為|:)?\s*(?P<f28>[a-z])(?![a-z0-9])",
]), re.IGNORECASE)
_LAST = re.compile("|".join([
    r"(?:ends?|ending|finishes)\s+(?:with|in)\s+(?:(?:an?|the)\s+)?(?:letter\s+)?" + _L.format(g="l1"),
    r"last\s+letter\s*(?:is|:|=)?\s*" + _L.format(g="l2"),
    r"(?:finit|finissant|se\s+termine|termine|terminant)\s+par\s+(?:(?:la|un|une)\s+)?(?:lettre\s+)?" + _L.format(g="l3"),
    r"(?:termina|terminando|acaba|acabando|finisce|finendo)\s+(?:en|con|por|em|com|per|in)\s+(?:(?:la|el|a|o)\s+)?"
    r"(?:letra\s+|lettera\s+)?" + _L.format(g="l4"),
    r"(?:última|ultima|dernière|derniere)\s+letr?a?e?\s*(?::|es|é|est|è)?\s*" + _L.format(g="l5"),
    r"(?:endet|endend)\s+(?:mit|auf)\s+(?:(?:dem|einem)\s+)?" + _L.format(g="l6"),
    r"letzter\s+buchstabe\s*(?::|ist)?\s*" + _L.format(g="l7"),
    r"(?:eindigt|eindigend)\s+(?:op|met)\s+(?:(?:de|een)\s+)?(?:letter\s+)?" + _L.format(g="l8"),
    r"(?:kończy\s+się|konczy\s+sie)\s+na\s+" + _L.format(g="l9"),
    r"(?:заканчивается|оканчивается)\s+на\s+" + _L.format(g="l10"),
    r"son\s+harf(?:i)?\s*(?::)?\s*" + _L.format(g="l11"),
    r"(?<![a-z0-9])(?P<l12>[a-z])['’]?\s*(?:ile|harfiyle)\s+biter",
    r"(?<![a-z0-9])(?P<l13>[a-z])\s*(?:로|으로)\s*끝",
    r"(?<![a-z0-9])(?P<l14>[a-z])\s*で\s*終わ",
    r"(?:以\s*)?(?<![a-z0-9])(?P<l15>[a-z])\s*(?:字母)?\s*结尾|(?<![a-z0-9])(?P<l16>[a-z])\s*結尾",
]), re.IGNORECASE)
# what opens the gate: a word for letters or one of the letter-initial verbs (latin view), or a CJK form (nfkc)
_GATE_WORDS = frozenset({"letter", "letters", "lettre", "lettres", "letra", "letras", "lettere", "lettera", "buchstaben",
                         "buchstabe", "harf", "harfli", "harften", "litery", "liter", "bokstaver", "bogstaver",
                         "kirjainta", "characters", "chars", "starts", "begins", "ends", "commence", "empieza",
                         "comienza", "termina", "fangt", "beginnt", "endet", "begint", "eindigt", "inizia", "finisce",
                         "comeca", "finit", "harfiyle", "ile", "beginning", "starting", "start", "begin", "ending",
                         "end", "first", "last", "commencant", "debute", "debutant", "finissant", "termine",
                         "terminant", "empezando", "comenzando", "iniciando", "inicia", "comecando", "iniziando",
                         "comincia", "acaba", "acabando", "finendo", "eindigend", "beginnend", "anfangend", "faengt",
                         "anfangsbuchstabe", "anfangsbuchstaben", "erster", "letzter", "zaczyna", "zaczynajaca",
                         "konczy", "ilk", "son", "biter", "primera", "primeira", "premiere", "prima", "ultima",
                         "derniere", "buchstaben"})
_WIDE_GATE = ("字母", "文字", "글자", "시작", "始ま", "开头", "開頭", "结尾", "結尾", "букв", "начина", "заканчива",
              "оканчива", "자리")


# a clue gives a count ("5 letters") or both ends ("starts with R, ends with X"): the detector runs its expressions only
# on a listing holding a word for letters, or a word for starting and one for ending (latin view; nfkc for the others)
_COUNT_WORDS = frozenset({"letter", "letters", "lettre", "lettres", "letra", "letras", "lettere", "lettera", "buchstaben",
                          "buchstabe", "harf", "harfli", "harften", "litery", "liter", "bokstaver", "bogstaver",
                          "kirjainta", "characters", "chars"})
_END_WORDS = frozenset({"ends", "ending", "end", "last", "finit", "finissant", "termine", "terminant", "termina",
                        "terminando", "acaba", "acabando", "finisce", "finendo", "endet", "eindigt", "eindigend",
                        "letzter", "konczy", "son", "biter", "ultima", "derniere"})
_WIDE_COUNT = ("字母", "文字", "글자", "자리", "букв")
_WIDE_END = ("结尾", "結尾", "끝", "終わ", "заканчива", "оканчива")


def _may_hold_a_clue(text: ListingText) -> bool:
    words = text.latin_words
    if words & _COUNT_WORDS or words & _END_WORDS and words & (_GATE_WORDS - _END_WORDS - _COUNT_WORDS):
        return True
    if text.is_ascii:
        return False
    view = text.nfkc
    return any(w in view for w in _WIDE_COUNT) or any(w in view for w in _WIDE_END)


clue_words = gate_words(_GATE_WORDS, _WIDE_GATE)  # the words that may open a clue (latin view), and CJK or Cyrillic ones


def _letters(value: str) -> list[str]:
    """The words of a name as plain lower-case letters ("L'Oréal" -> ["loreal"], "Canada Goose" -> ["canada", "goose"])."""
    folded = unicodedata.normalize("NFKD", value.casefold())
    words = [w for w in re.split(r"[\s\-]+", folded) if w]
    out = ["".join(c for c in w if "a" <= c <= "z") for w in words]
    return [w for w in out if w]


def _count(token: str | None) -> int | None:
    if token is None:
        return None
    token = token.casefold()
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token) or HAN_NUMBERS.get(token)


class ClueDetector(Detector):
    name = "clues"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._names: list[tuple[list[str], int]] = []  # (the name's words as letters, fingerprint)

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or fp.vocabulary is not None or not fp.active:
            return None
        words = _letters(fp.value)
        brand = self.catalogue.brand(i)
        own = "".join(c for c in unicodedata.normalize("NFKD", brand.id.casefold()) if "a" <= c <= "z")
        if words and "".join(words) == own and all(w for w in words):
            self._names.append((words, i))
        return None

    def gate(self) -> dict:
        return {clue_words: _GATE_WORDS | frozenset(_WIDE_GATE)} if self._names else {}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not _may_hold_a_clue(text):
            return []
        view = text.nfkc
        counts = [m for m in _COUNT.finditer(view)]
        firsts = [m for m in _FIRST.finditer(view)]
        lasts = [m for m in _LAST.finditer(view)]
        if len(counts) + len(firsts) + len(lasts) < 2 or not (firsts or lasts):
            return []
        total: int | None = None
        per_word: tuple[int, ...] | None = None
        for m in counts:
            n = _count(m.group("n") or m.group("w"))
            n2 = _count(m.group("n2") or m.group("w2"))
            if n is None:
                continue
            if n2 is not None:
                per_word = (n, n2)
            else:
                total = n
            break
        first = next(([g.casefold() for g in m.groups() if g] for m in firsts), [])
        last = next((next(g.casefold() for g in m.groups() if g) for m in lasts), None)
        if total is None and per_word is None and not (first and last):
            return []
        found = []
        for words, i in self._names:
            joined = "".join(words)
            if total is not None and total != len(joined):
                continue
            if per_word is not None and tuple(len(w) for w in words) != per_word:
                continue
            if first:
                if len(first) == 1 and joined[0] != first[0]:
                    continue
                if len(first) > 1 and [w[0] for w in words] != first:
                    continue
            if last is not None and joined[-1] != last:
                continue
            found.append(i)
        if not found or len({self.catalogue.fingerprint_brand[i] for i in found}) > MAX_NAMES:
            return []
        spans = [m.span() for m in (*counts[:1], *firsts[:1], *lasts[:1])]
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        field, s, e, matched = text.locate(*text.original_span("nfkc", start, end))
        out, brands = [], set()
        for i in found:
            b = self.catalogue.fingerprint_brand[i]
            if b in brands:
                continue
            brands.add(b)
            out.append(Evidence(Rule.clue, self.weights.fuzzy_distance_1, i, field, s, e, matched,
                                self.fingerprints[i].value,
                                detail=f"the brand named by a crossword clue: '{matched}' fits "
                                       f"'{self.fingerprints[i].value}'; needs the brand's category and a counterfeit "
                                       "cue that claims a copy", needs_corroboration=True, needs_cue=True,
                                needs_copy_cue=True))
        return self.in_category(out, text, listing)

    def memory_bytes(self) -> int:
        return 100 * len(self._names)

    def stats(self) -> dict[str, int]:
        return {"clue_names": len(self._names)}
