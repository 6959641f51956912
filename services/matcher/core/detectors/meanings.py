"""A registered name made of dictionary words, translated by meaning into another language (rule `translated`): a line
or model glued of two words ("Maître des Mers", "Maestro del Mare", "Meeresmeister", "海洋大师" for Seamaster; "Nunca
Lleno" for Neverfull; "Maestro de Velocidad" for Speedmaster), a one-word line or mark ("Sottomarino" for Submariner,
"Galaxia S24" for Galaxy S24), a hyphenated line ("Tag-Datum" for Day-Date, "Habitante del Cielo" for Sky-Dweller),
and the house mark that is an everyday word, machine-translated as the word ("Pomme", "Manzana" for Apple,
"Entrenador", "Allenatore", "教练包" for Coach, "Kanone" for Canon, "Concha" for Shell, "Marte" for Mars).

The words come from one table (name_meanings.WORDS, with mark_translations' and calque_words' rows joined by their
English word): each registered mark and product line whose words are all in it (its words, CamelCase parts, or a glued
compound cut into two table words: name_meanings.EN_SENSES for the sense a translator reads) is kept as its pieces;
codes and numbers of the name (S24, GMT, II, the 1 of Air Force 1) are kept as written (1, 2 and 3 also as words:
"Fuerza Aérea Uno"). A listing is read for a run of words holding one form of every piece, each piece once, in any
order, with only articles and "of" between them ("Maître des Mers", never "jour et date"), at least one of them not
the English word itself (that is the marks detector's); in German and Dutch the pieces also glued in the name's order
(Meeresmeister, Himmelsbewohner, Tiefsee); in Chinese, Japanese and Korean the forms written one after another inside
the text (海洋大师, 深海, 教练), with 的/之/の/의 between them or not.

Weak, always: the words are a language's own words (a "submarino amarillo", a "Meeresbewohner" plush toy, "fuerza
aérea" news, a "pomme de terre"), so a translated name needs the brand's category with a counterfeit cue or a price far
below the floor (`needs_cue`); a one-word name that is an everyday word of its own (Apple, Coach, Shell, Galaxy, Love)
is a descriptor of such goods in that language too ("sac entraîneur", "pulsera amor"): only a cue that claims a copy
corroborates it (`needs_copy_cue`). Read in the brand's categories only (Detector.in_category).

Gate: the first word of every form (the latin forms) and the first character of every CJK form, among the listing's
folded words and CJK characters (`meaning_tokens`). Cost: one fold (str.translate) and one regex pass a listing for
the gate; the run search only on listings that hold such a word.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Mapping

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.calque_words import ROWS as CALQUE_ROWS

from services.matcher.core.context.language import phrase_language
from services.matcher.core.detectors.base import WORD, Catalogue, Detector, TokenKind
from services.matcher.core.mark_translations import ROWS as MARK_ROWS, all_rows
from services.matcher.core.name_meanings import CJK, EN_SENSES, LANGUAGES, WORDS
from services.matcher.core.normalise import FIELD_SEPARATOR, ListingText, latin_text
from services.matcher.core.scoring import Evidence
from services.matcher.core.word_frequencies import zipf_frequency

_CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{_CJK_CHARS}]+")
# words a translation puts between a name's pieces: articles and "of" ("Maître des Mers", "Maestro del Mare", "Meister
# der Meere"), never "and" (a watch's "día y fecha" is its display)
LINKS = frozenset({"the", "of", "a", "an", "el", "la", "los", "las", "lo", "de", "del", "des", "du", "le", "les", "l", "d",
                   "di", "della", "dello", "dei", "degli", "delle", "il", "gli", "do", "da", "dos", "das", "o", "os", "as",
                   "der", "die", "dem", "den", "het", "van", "een", "un", "una", "une"})
_CJK_LINKS = "(?:的|之|の|의)?\\s?"
# English words of a name that are no piece: articles (The North Face, My Little Pony), the goods' noun and "new" (TB
# bag, New 3DS: "Nueva 3DS" is how a Spanish shop writes the genuine console)
_EN_SKIP = frozenset({"the", "of", "a", "an", "my", "bag", "new"})
# a translated form this frequent in English (Zipf) is no reading of a name: "to" (Vietnamese "big"), "see" (German "sea")
_COMMON_ENGLISH = 5.0
_KEEP = frozenset({"data"})  # ... but the one word of Portuguese, Italian and Polish for a date


def words_of(form: str) -> set[tuple[str, ...]]:
    """The latin view's words of a form as a listing may case it (the view reads a Cyrillic capital by its look:
    "ПОДВОДНАЯ" is "podbodhaya", "подводная" "podvodnaya")."""
    return {w for cased in {form, form.lower(), form.title(), form.upper()}
            if (w := tuple(WORD.findall(latin_text(cased))))}


def cjk_chars(text: ListingText) -> frozenset[str]:
    """A gate's token kind: the CJK characters (Han, kana, Hangul) of a listing that has any."""
    if text.is_ascii or not _CJK_RUN.search(text.original):
        return frozenset()
    return frozenset(text.original)  # (the gate's words are CJK characters only)


def _table() -> dict[str, tuple[set[tuple[str, ...]], set[str]]]:
    """{English word: (its latin-script forms as folded words, its CJK forms)}, the three tables joined."""
    out: dict[str, tuple[set[tuple[str, ...]], set[str]]] = {}

    def put(english: str, cell: str, cjk: bool) -> None:
        forms, han = out.setdefault(english, (set(), set()))
        for form in cell.split("/"):
            form = form.strip()
            if not form:
                continue
            if cjk:
                han.add(form)
            else:
                forms.update(w for w in words_of(form) if len(w[0]) > 1 or w[0].isdigit())

    for english, cells in WORDS.items():
        for lang, cell in zip(LANGUAGES, cells):
            put(english, cell, lang in CJK)
    for row in all_rows():
        for english in row[0].split("/"):
            if english in out or english in {w for r in MARK_ROWS for w in r[0].split("/")}:
                for cell in row[1:]:
                    put(english, cell, False)
    for english, cells in CALQUE_ROWS.items():
        for cell in cells:
            put(english, cell, False)
    return out


def _form_languages() -> dict[tuple[str, ...], set[str]]:
    """{a latin form as folded words: the languages whose cell of the three tables holds it} ("appel": Dutch, for Apple)."""
    from services.matcher.core.calque_words import LANGUAGES as CALQUE_LANGUAGES
    from services.matcher.core.mark_translations import LANGUAGES as MARK_LANGUAGES, MORE_LANGUAGES

    out: dict[tuple[str, ...], set[str]] = {}

    def put(cell: str, lang: str) -> None:
        for form in cell.split("/"):
            for w in words_of(form.strip()) if form.strip() else ():
                out.setdefault(w, set()).add(lang)

    for cells in WORDS.values():
        for lang, cell in zip(LANGUAGES, cells):
            if lang not in CJK:
                put(cell, lang)
    for row in all_rows():
        for lang, cell in zip((*MARK_LANGUAGES, *MORE_LANGUAGES), row):
            put(cell, lang)
    for cells in CALQUE_ROWS.values():
        for lang, cell in zip(CALQUE_LANGUAGES, cells):
            put(cell, lang)
    return out


def _pieces(value: str, table: Mapping) -> tuple[str, ...] | None:
    """A name's pieces: table words (by EN_SENSES), and codes and numbers kept as written ('=S24'); None when a word of
    the name is neither, or no piece is a table word."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", value)
    out: list[str] = []
    for raw in re.findall(r"[A-Za-z0-9]+", spaced):
        t = raw.lower()
        if t in _EN_SKIP:
            continue
        sense = EN_SENSES.get(t, t)
        if sense in table:
            out.append(sense)
        elif len(t) >= 2 and (any(ch.isdigit() for ch in t) or (raw.isupper() and len(raw) <= 4)):
            out.append(sense if sense in table else "=" + t)
        else:
            cut = next(((a, b) for k in range(3, len(t) - 2)
                        for a, b in [(EN_SENSES.get(t[:k], t[:k]), EN_SENSES.get(t[k:], t[k:]))]
                        if a in table and b in table), None)
            if cut is None:
                return None
            out.extend(cut)
    if not any(p[0] != "=" for p in out) or len(set(out)) != len(out):
        return None
    return tuple(out)


class _Name:
    __slots__ = ("fingerprint", "value", "pieces", "everyday", "forms", "english")

    def __init__(self, fingerprint: int, value: str, pieces: tuple[str, ...], everyday: bool) -> None:
        self.fingerprint = fingerprint
        self.value = value
        self.pieces = pieces
        self.everyday = everyday  # a one-word name that is an everyday word: only a copy cue corroborates it
        self.forms: list[set[tuple[str, ...]]] = []
        self.english: list[set[tuple[str, ...]]] = []  # per piece: its English forms (no translation)


class MeaningDetector(Detector):
    name = "meanings"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._candidates: list[tuple[int, str, bool]] = []
        self._names: list[_Name] = []
        self._by_first: dict[str, list[tuple[int, int, tuple[str, ...]]]] = {}  # first word -> [(name, piece, form)]
        self._glued: dict[str, list[int]] = {}  # the pieces glued in a compounding language -> names
        self._cjk: dict[str, list[tuple[int, re.Pattern]]] = {}  # first character -> [(name, pattern)]
        self._gate: set[str] = set()  # the latin view's words that open the gate
        self._cjk_gate: set[str] = set()  # the CJK characters that do
        self._languages: dict[tuple[str, ...], set[str]] = {}  # a latin form -> the languages it translates in

    def add(self, i: int, fp) -> str | None:
        if (isinstance(fp, MarkFingerprint) and fp.vocabulary in (None, "line") and fp.value.isascii()
                and any(c.isalpha() for c in fp.value)):
            self._candidates.append((i, fp.value, fp.everyday_word, fp.vocabulary is None))
        return None

    def compile(self) -> None:
        if not self._candidates:
            return
        table = _table()
        self._languages = _form_languages()
        zipf: dict[tuple[str, str], float] = {}

        def rarity(word: str, lang: str) -> float:
            z = zipf.get((word, lang))
            if z is None:
                try:
                    z = zipf_frequency(word, lang)
                except Exception:  # noqa: BLE001 (wordfreq cuts Chinese with a tokenizer it may not have)
                    z = 0.0
                zipf[word, lang] = z
            return z

        seen: set[tuple[int, tuple[str, ...]]] = set()
        marks_words = {w for row in MARK_ROWS for w in row[0].split("/")}
        # a line registered both ways (GMT-Master, and GMT Master as an everyday word): the one that is no everyday word
        for i, value, everyday, mark in sorted(self._candidates, key=lambda c: c[2]):
            pieces = _pieces(value, table)
            if pieces is None:
                continue
            brand = self.catalogue.fingerprint_brand[i]
            if (brand, pieces) in seen:
                continue  # "Day-Date" and "Day Date", "GMT-Master" and "GMT Master": one name
            seen.add((brand, pieces))
            words = [p for p in pieces if p[0] != "="]
            if not any(table[p][0] - {(p,)} or table[p][1] for p in words):
                continue
            if everyday and len(words) > 1:
                continue  # "Jet Set", "Base Camp", "Milky Way": an everyday phrase's words translated say nothing
            if (mark and len(words) > 1 and all(p in marks_words for p in words)
                    and len([w for w in WORD.findall(latin_text(value)) if w not in _EN_SKIP]) > 1):
                continue  # a mark of several words of mark_translations (North Face, Air Force 1): scattered_words'
            own_name = self.catalogue.brands[brand].name.lower()
            if len(words) > 1 and own_name in words:
                continue  # the brand's own everyday name and more words (Coach New York): the name alone is read
            # the name's forms: a translation that is a frequent English word ("to", Vietnamese "big"; German "see")
            # is left out, it would be read in every English title
            n = len(self._names)
            name = _Name(i, value, pieces, everyday)
            own = {w for t in words_of(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", value)) for w in t}
            # the gate: the forms of the name's rarest word (a run holds one of them), only its translations when it
            # is the one word of the name (the run needs a translated word)
            # the CJK gate: the characters of the name's rarest word in Chinese, Japanese and Korean (a match holds it)
            anchor = min(words, key=lambda p: max((rarity(f, lang) for f in table[p][1] for lang in ("zh", "ja", "ko")),
                                                  default=0.0))
            for k, p in enumerate(pieces):
                if p[0] == "=":
                    forms = {(p[1:],)}
                else:
                    forms = {f for f in table[p][0]
                             if f == (p,) or f[0] in _KEEP or rarity(f[0], "en") < _COMMON_ENGLISH} | {(p,)}
                name.forms.append(forms)
                # the English word, and the name's own words ("canon" is no translation of Canon's "cannon")
                english = {(p[1:],)} if p[0] == "=" else {(p,), (p + "s",)} | {(w,) for w in own}
                name.english.append(english)
                plurals = set() if p[0] == "=" or len(words) == 1 else {
                    (f[0] + "s", *f[1:]) for f in forms if len(f[0]) > 3}
                for form in forms | plurals:
                    self._by_first.setdefault(form[0], []).append((n, k, form))
                    if form not in english and p in words and not p.isdigit():
                        self._gate.add(form[0])  # a run holds a translated word of the name
            self._names.append(name)
            glueable = [k for k, p in enumerate(pieces) if p[0] != "=" and not p.isdigit()]
            if len(glueable) == 2 and glueable[1] == glueable[0] + 1:
                for a, b in itertools.product(name.forms[glueable[0]], name.forms[glueable[1]]):
                    if len(a) == 1 and len(b) == 1 and (a, b) != ((pieces[glueable[0]],), (pieces[glueable[1]],)):
                        for glue in ("", "s", "es"):
                            self._glued.setdefault(a[0] + glue + b[0], []).append(n)
            # the CJK forms (a number also as its digit, a code as written), in any order (超QC, QC超)
            han = [sorted(table[p][1] | ({p} if p.isdigit() else set()), key=len, reverse=True) if p[0] != "="
                   else [p[1:].upper(), p[1:]] for p in pieces]
            if all(han) and len(han) <= 3:
                for order in itertools.permutations(han):
                    pattern = re.compile(_CJK_LINKS.join("(?:" + "|".join(map(re.escape, forms)) + ")" for forms in order))
                    for first in {f[0] for f in order[0]}:
                        self._cjk.setdefault(first, []).append((n, pattern))
                self._cjk_gate.update(f[0] for f in table[anchor][1])

    def gate(self) -> Mapping[TokenKind, Collection[str]] | None:
        if not self._names:
            return {}
        return {"latin": frozenset(self._gate) | frozenset(self._glued), cjk_chars: frozenset(self._cjk_gate)}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        original = text.original
        latin = text.latin
        tokens = [(m.group(), m.start(), m.end()) for m in WORD.finditer(latin)]
        words = [t[0] for t in tokens]
        out: list[Evidence] = []
        done: set[int] = set()
        # every (name, piece, length) starting at each token
        starts: list[list[tuple[int, int, int]]] = [[] for _ in tokens]
        for q, w in enumerate(words):
            for n, k, form in self._by_first.get(w, ()):
                if len(form) == 1 or tuple(words[q:q + len(form)]) == form:
                    starts[q].append((n, k, len(form)))
            if len(starts[q]) > 1:
                starts[q].sort(key=lambda hit: -hit[2])  # the longest form first ("никогда не", not "никогда")
        for q, w in enumerate(words):
            for n in self._glued.get(w, ()):
                if n in done:
                    continue
                # the name's other pieces (its number or code: "Luchtmacht 1") beside the glued word
                name = self._names[n]
                near = [tokens[x] for x in range(max(0, q - 3), min(len(tokens), q + 4)) if x != q]
                rest = [k for k, p in enumerate(name.pieces) if p[0] == "=" or p.isdigit()]
                at = [next((t for t in near if (t[0],) in name.forms[k]), None) for k in rest]
                if all(at):
                    done.add(n)
                    spans = [tokens[q], *at]
                    start_at, end_at = text.original_span("latin", min(t[1] for t in spans), max(t[2] for t in spans))
                    out.append(self._evidence(text, name, start_at, end_at, [w], glued=True))
        for p, here in enumerate(starts):
            for n, _, _ in here:
                if n in done:
                    continue
                found = self._run(n, starts, words, p)
                if found is None:
                    continue
                end, said = found
                start_at, end_at = tokens[p][1], tokens[end][2]
                if FIELD_SEPARATOR in latin[start_at:end_at]:
                    continue
                if self._other_sense(text, self._names[n], *text.original_span("latin", start_at, end_at), said):
                    continue
                done.add(n)
                out.append(self._evidence(text, self._names[n], *text.original_span("latin", start_at, end_at), said))
        if self._cjk and not text.is_ascii:
            for run in _CJK_RUN.finditer(original):
                chars = run.group()
                for c in set(chars):
                    for n, pattern in self._cjk.get(c, ()):
                        if n in done:
                            continue
                        m = pattern.search(original, run.start(), run.end() + 40)
                        if m:
                            done.add(n)
                            out.append(self._evidence(text, self._names[n], m.start(), m.end(), [m.group()]))
        return self.in_category(out, text, listing) if out else out

    def _run(self, n: int, starts: list, words: list[str], p: int) -> tuple[int, list[str]] | None:
        """(the last token, the words said) of a run from token p holding one form of every piece of name n, each once,
        with only linking words between them and one form at least that is no English word of the name; else None."""
        name = self._names[n]
        left = set(range(len(name.pieces)))
        said: list[str] = []
        translated = False
        q = p
        while q < len(words):
            hit = next(((k, length) for nn, k, length in starts[q] if nn == n and k in left), None)
            if hit is not None:
                k, length = hit
                form = tuple(words[q:q + length])
                translated |= form not in name.english[k] and not name.pieces[k].isdigit()
                said.append(" ".join(form))
                left.discard(k)
                q += length
                if not left:
                    return (q - 1, said) if translated else None
            elif words[q] in LINKS and q != p:
                q += 1
            else:
                return None
        return None

    def _other_sense(self, text: ListingText, name: _Name, start: int, end: int, said: list[str]) -> bool:
        """Whether a one-word name's translation is a word of another language, in its own sense there: French "sur
        appel ou SMS" (on call) holds Dutch 'appel' (Apple). Told by the phrase around it (context/language.py's
        `phrase_language`: the words on both sides common words of that language, the translation a word of it too),
        not by the title's language vote (a Malay title holds the Indonesian "Kapal Selam", Submariner, as written). A
        language the translation is written in ("Pomme" in a French phrase) keeps the reading."""
        if len(name.pieces) != 1 or len(said) != 1:
            return False
        form = tuple(said[0].split())
        languages = self._languages.get(form)
        if not languages:
            return False
        phrase = phrase_language(text.original, start, end)
        return phrase is not None and phrase not in languages

    def _evidence(self, text: ListingText, name: _Name, start: int, end: int, said: list[str],
                  glued: bool = False) -> Evidence:
        field, s, e, matched = text.locate(start, end)
        fp = self.fingerprints[name.fingerprint]
        pieces = " + ".join(p.lstrip("=") for p in name.pieces)
        how = "glued into one word" if glued else "word by word"
        if name.everyday:
            need = "an everyday word of that language: needs the brand's category with a cue that claims a copy"
        else:
            need = "ordinary words of that language: needs the brand's category with a cue or a price far below the floor"
        return Evidence(
            Rule.translated, self.weights.fuzzy_distance_1, name.fingerprint, field, s, e, matched, fp.value,
            detail=f"the name '{name.value}' translated by meaning, {how} ({pieces}: '{matched}'); {need}",
            everyday=True, needs_corroboration=True, needs_cue=True, needs_copy_cue=name.everyday)

    def memory_bytes(self) -> int:
        return 80 * sum(map(len, self._by_first.values())) + 300 * len(self._names) + 200 * len(self._cjk)

    def stats(self) -> dict[str, int]:
        return {"meaning_names": len(self._names), "meaning_words": len(self._by_first)}
