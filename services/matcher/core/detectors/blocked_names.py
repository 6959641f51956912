"""The brand hinted at because the platform blocks its name (rule riddle): "brand name is blocked here, starts with S,
the yellow scallop one", "can't write the name, begins with R, the crown one", "app won't let me type the brand: C…,
horse and carriage logo", "品牌名被屏蔽 S字头 黄壳", "首字母是G, 双G那个", "ブランド名はNGワード、Cで始まる".

Marketplaces filter the names of brands their counterfeit policies protect, so a seller of copies says the name is
blocked and points at it: by its first letter, by its logo or nickname in words, or both. The note itself says the
seller could not write the brand on these goods, which a seller of the genuine article never needs to say, so the
reading is strong: the note (`BLOCKED`, many languages), and then
- a logo, hint, nickname or abbreviation the registry declares for a brand (`logos`, `hints`, `nicknames`,
  `abbreviations`) written in the text ("the crown one", "yellow scallop", "双G"), of a brand whose name or a mark
  starts with the letter given, when one is given;
- or only the letter, when exactly one brand whose name starts with it sells goods of the listing's category (filed
  there): "motor oil – brand name is blocked, starts with S" (Shell among the motor-oil brands).
The evidence needs the brand's category (the goods of its kind), and the category alone is enough (`in_category_enough`):
the note is the copy cue. Honest twins stay quiet: a logo word without the note ("seashell craft kit, yellow scallop"),
the note on goods of another kind ("children's book – name blocked, starts with S"), a letter naming no one brand.

Sources: marketplaces' prohibited-keyword filters as their seller help pages describe them (listings flagged for a
brand name without authorisation: Shopee, Lazada, Xianyu/闲鱼 "违禁词/敏感词/屏蔽词", Mercari "NGワード"); the frames
are each language's grammar for "starts with <letter>" (from memory). Issue 9, outsider27's c_banned_word_note27.
Gate: one of the note's words among the listing's latin words, or a CJK note word in its text.
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import FIELD_SEPARATOR, ListingText, gate_words, latin_text
from services.matcher.core.prices import category_matches
from services.matcher.core.scoring import Evidence

KINDS = frozenset({"logo", "hint", "nickname", "abbreviation"})

# the note's gate words (latin view) and CJK words
GATE_LATIN = frozenset({
    "blocked", "banned", "censored", "forbidden", "filtered", "flagged", "type", "write", "mention", "spell",
    "bloqueado", "bloqueada", "prohibido", "prohibida", "censurado", "censurada", "escribir", "poner",
    "bloque", "bloquee", "interdit", "interdite", "censure", "ecrire",
    "gesperrt", "verboten", "zensiert", "schreiben",
    "bloccato", "bloccata", "vietato", "vietata", "censurato", "scrivere",
    "bloqueio", "proibido", "proibida", "escrever",
    "zablokowana", "zablokowane", "zablokowany", "zakazana", "zakazane", "napisac",
    "yasak", "yasakli", "engellendi", "engelli", "yazamiyorum",
})
GATE_WIDE = ("屏蔽", "敏感词", "敏感詞", "违禁", "違禁", "禁词", "禁詞", "不能写", "不能寫", "不能打", "不能发", "不能發",
             "不让写", "不讓寫", "不让发", "不讓發", "ngワード", "禁止ワード", "書けない", "書けません", "出せない",
             "금지어", "브랜드", "차단")  # (no white space inside a gate word: the gate reads piece by piece; the
# Korean note's other forms, 못 써 "can't write", hold 브랜드)
_BRAND = r"(?:brand|brand name|brand's name|name|label|logo|marca|nombre|marque|nom|marke|markenname|name der marke|" \
         r"marchio|nome|marka|marka adi|nazwa|nazwa marki)"
_LATIN_NOTE = re.compile(
    rf"(?<![a-z0-9]){_BRAND}(?: [a-z']+){{0,4}} (?:is |are |gets |got |was |keeps getting |esta |est |ist |e |jest )?"
    r"(?:blocked|banned|censored|forbidden|filtered|flagged|not allowed|bloqueado|bloqueada|prohibido|prohibida|censurado|"
    r"censurada|bloque|bloquee|interdit|interdite|censure|gesperrt|verboten|zensiert|bloccato|bloccata|vietato|vietata|"
    r"censurato|proibido|proibida|zablokowana|zablokowane|zablokowany|zakazana|zakazane|yasak|yasakli|engellendi)"
    r"(?![a-z])"
    r"|(?<![a-z0-9])(?:can ?t|cannot|can not|couldn ?t|could not|won ?t let me|doesn ?t let me|does not let me|will not let me|"
    r"not allowed to|unable to|no puedo|no me deja|je ne peux pas|impossible d|ich darf|darf ich nicht|kann nicht|"
    r"non posso|nao posso|nie moge)"
    r" (?:(?:even |actually |really |here |you )?(?:write|type|say|mention|spell|post|use|put|poner|escribir|nombrar|ecrire|"
    r"mettre|schreiben|nennen|scrivere|escrever|napisac))(?: [a-z']+){0,3} "
    rf"{_BRAND}(?![a-z])"
    rf"|(?<![a-z0-9])(?:banned|blocked|forbidden|censored) (?:word|words|name|brand|term)s?(?![a-z])")
_WIDE_NOTE = re.compile(r"屏蔽|敏感[词詞]|违禁[词詞]|違禁[词詞]|禁[词詞]|(?:品牌|牌子|名字|名称|名稱|品牌名)\S{0,3}(?:不能|不让|不讓|不可以|没法|沒法)"
                        r"(?:写|寫|打|发|發|说|說|出现|出現)|(?:不能|不让|不讓|没法|沒法)(?:写|寫|打|发|發)\S{0,2}(?:品牌|牌子|名字)|"
                        r"ngワード|禁止ワード|ブランド名?\S{0,3}(?:書けない|書けません|出せない|載せられない|ng|禁止)|"
                        r"금지어|브랜드\s?(?:명|이름)?\S{0,3}\s?(?:못\s?(?:써|적|쓰)|쓸 수 없|금지|차단)")

# the initial letter (latin view of the folded text for the Latin frames; the NFKC text for the CJK ones)
_LATIN_INITIAL = re.compile(
    r"(?<![a-z0-9])(?:starts?|starting|begins?|beginning|opens?) with (?:an? |the letter |letter |the )?['\"]?"
    r"(?P<a>[a-z])(?![a-z0-9])"
    r"|(?<![a-z0-9])(?:first|initial|1st) letter(?: is| of it is| =|:)? ['\"]?(?P<b>[a-z])(?![a-z0-9])"
    r"|(?<![a-z0-9])(?:empieza|comienza|empiezan) (?:con|por) (?:la |una )?(?:letra )?(?P<c>[a-z])(?![a-z0-9])"
    r"|(?<![a-z0-9])commence (?:par|avec) (?:un |une |le |la )?(?:lettre )?(?P<d>[a-z])(?![a-z0-9])"
    r"|(?<![a-z0-9])(?:beginnt|anfangt) mit (?:einem |einer |dem |der )?(?:buchstaben )?(?P<e>[a-z])(?![a-z0-9])"
    r"|(?<![a-z0-9])(?:inizia|comincia) (?:con|per) (?:la |una )?(?:lettera )?(?P<f>[a-z])(?![a-z0-9])"
    r"|(?<![a-z0-9])comeca (?:com|por) (?:a |o |um |uma )?(?:letra )?(?P<g>[a-z])(?![a-z0-9])"
    r"|(?<![a-z0-9])zaczyna sie (?:na|od) (?:litere )?(?P<h>[a-z])(?![a-z0-9])"
    r"|(?<![a-z0-9])(?P<i>[a-z]) (?:harfiyle|ile) baslayan(?![a-z])")
_TRAILED = re.compile(r"(?<![A-Za-z0-9])([A-Z])(?:…|\.{3}|\*{2,}|_{2,}|-{2,}|\u2026)")  # "C…", "R***", "G__" (original)
_WIDE_INITIAL = re.compile(r"([A-Za-z])\s?(?:字头|字頭|字母开头|字母開頭|开头|開頭|打头|打頭|で始まる|から始まる|로\s?시작|으로\s?시작)"
                           r"|(?:首字母|开头字母|開頭字母|头文字|頭文字|첫\s?글자|이니셜)\s?(?:是|为|為|は|が|는|가)?\s?[:：]?\s?([A-Za-z])(?![A-Za-z])")


note_words = gate_words(GATE_LATIN, GATE_WIDE)  # the gate words of a blocked-name note (latin view), and CJK ones


# verbs that gate the note only beside a word for the brand or its name ("Type C cable" is no note)
_VERBS = frozenset({"type", "write", "mention", "spell", "escribir", "poner", "ecrire", "schreiben", "scrivere",
                    "escrever", "napisac", "yazamiyorum"})
_NAMES = frozenset({"brand", "name", "label", "logo", "marca", "nombre", "marque", "nom", "marke", "markenname",
                    "marchio", "nome", "marka", "nazwa", "marki"})


def blocked_note(text: ListingText) -> re.Match | None:
    """The note that the brand's name is blocked or cannot be written, else None."""
    if text.is_ascii and text.latin_words.isdisjoint(GATE_LATIN - _VERBS) and text.latin_words.isdisjoint(_NAMES):
        return None  # a verb alone ("Type C", "write-protect"): no note, no pass over the text
    m = _LATIN_NOTE.search(text.latin.replace("'", " ").replace("’", " "))
    if m is None and not text.is_ascii:
        m = _WIDE_NOTE.search(text.nfkc)
    return m


def initials(text: ListingText) -> set[str]:
    """The initial letters the listing gives for the hidden name (lower case)."""
    out = {next(g for g in m.groups() if g) for m in _LATIN_INITIAL.finditer(text.latin)}
    out.update(m.group(1).lower() for m in _TRAILED.finditer(text.original))
    if not text.is_ascii:
        out.update((m.group(1) or m.group(2)).lower() for m in _WIDE_INITIAL.finditer(text.nfkc))
    return out


def _wide(word: str) -> bool:
    """CJK, Hangul or Greek (Ω, which the latin view folds to "o"): read as written in the NFKC text."""
    return any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" or "\u0370" <= c <= "\u03ff" for c in word)


class BlockedNameDetector(Detector):
    name = "blocked_names"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._phrases: dict[int, list[tuple[str, bool, int]]] = {}  # brand -> [(phrase, wide, fingerprint)]
        self._letters: dict[int, set[str]] = {}  # brand -> the first letters of its name and Latin marks
        self._name_letter: dict[int, str] = {}  # brand -> the first letter of its name (the letter-only reading)
        self._mark: dict[int, int] = {}  # brand -> the fingerprint of its first mark (the evidence's fingerprint)

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint):
            return None
        b = self.catalogue.fingerprint_brand[i]
        if fp.vocabulary in KINDS:
            value = fp.value.strip()
            if _wide(value):
                self._phrases.setdefault(b, []).append((value.casefold(), True, i))  # (the NFKC view is case-folded)
            elif (words := re.findall(r"[a-z0-9]+", latin_text(value).lower())) and len(" ".join(words)) >= 2:
                self._phrases.setdefault(b, []).append((" ".join(words), False, i))
        elif fp.vocabulary is None:
            self._mark.setdefault(b, i)
            first = latin_text(fp.value).strip()[:1].lower()
            if first.isascii() and first.isalpha():
                self._letters.setdefault(b, set()).add(first)
        return None

    def compile(self) -> None:
        for b, brand in enumerate(self.catalogue.brands):
            first = latin_text(brand.name).strip()[:1].lower()
            if first.isascii() and first.isalpha():
                self._letters.setdefault(b, set()).add(first)
                self._name_letter[b] = first

    def gate(self) -> dict:
        return {note_words: GATE_LATIN | frozenset(GATE_WIDE)} if self._mark else {}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        note = blocked_note(text)
        if note is None:
            return []
        letters = initials(text)
        latin = f" {' '.join(re.findall(r'[a-z0-9]+', text.latin))} "
        brands = [b for b in self._mark if not letters or not letters.isdisjoint(self._letters.get(b, ()))]
        out: list[Evidence] = []
        for b in brands:
            for phrase, wide, i in self._phrases.get(b, ()):
                if not letters and len(phrase) < (2 if wide else 4):
                    continue  # a short word ("MK", "GG", "Ω") names the brand beside the letter given only
                if (phrase in text.nfkc) if wide else (f" {phrase} " in latin):
                    out.append(self._evidence(text, b, i, f"its {self.fingerprints[i].vocabulary} '{phrase}'", phrase,
                                              wide, letters))
                    break
        if not out and letters:
            filed = [b for b in self._mark if self._name_letter.get(b) in letters and any(category_matches(listing.category, c)
                                              for c in self.catalogue.brands[b].categories)]
            if len(filed) == 1:
                out.append(self._evidence(text, filed[0], self._mark[filed[0]], "its first letter", None, False, letters,
                                          note))
        # the goods of the brand's kind: filed in its category (a listing filed elsewhere that names a category's word,
        # "fruit tea 20 bags", is not the brand's bags), or, unfiled, named in the text
        return [e for e in out if (self.filed_in_category(e.fingerprint, listing) if listing.category
                                   else self._in_category(e.fingerprint, text, listing))]

    def _evidence(self, text: ListingText, b: int, i: int, how: str, phrase: str | None, wide: bool,
                  letters: set[str], note: re.Match | None = None) -> Evidence:
        field, s, e, matched = "title", None, None, None
        if note is not None:  # the note itself (the latin view, or the NFKC text for a CJK note)
            span = text.original_span("nfkc" if note.re is _WIDE_NOTE else "latin", note.start(), note.end())
            if FIELD_SEPARATOR not in text.original[span[0]:span[1]]:
                field, s, e, matched = text.locate(*span)
        elif phrase is not None:
            if wide:
                at = text.nfkc.find(phrase)
                span = text.original_span("nfkc", at, at + len(phrase))
            else:
                m = re.search(r"(?<![a-z0-9])" + r"[^a-z0-9]+".join(map(re.escape, phrase.split())) + r"(?![a-z0-9])",
                              text.latin)
                span = text.original_span("latin", m.start(), m.end()) if m else None
            if span is not None and FIELD_SEPARATOR not in text.original[span[0]:span[1]]:
                field, s, e, matched = text.locate(*span)
        brand = self.catalogue.brands[b]
        letter = f", starting with {'/'.join(sorted(letters)).upper()}" if letters else ""
        return Evidence(Rule.riddle, self.weights.exact, self._mark[b], field, s, e, matched, brand.name,
                        detail=f"the brand named by a note that its name is blocked here{letter}, and by {how}; "
                               "needs the brand's category", needs_corroboration=True, in_category_enough=True)

    def memory_bytes(self) -> int:
        return 80 * sum(map(len, self._phrases.values()))

    def stats(self) -> dict[str, int]:
        return {"blocked_name_phrases": sum(map(len, self._phrases.values()))}
