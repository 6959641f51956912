"""A brand's Chinese name translated by meaning, word for word (rule `translated`): "Green Water Ghost watch" (绿水鬼,
Rolex's Submariner), "Three Star S24 Ultra" (三星, Samsung), "Donkey brand Boston bag" (驴牌, Louis Vuitton), "Little
Brown Bottle serum" (小棕瓶, Estée Lauder), "Treasure Horse oil filter" (宝马, BMW), "Tres Estrellas" in Spanish.

Each all-Han name of the registry (aliases, and the nicknames, lines and logo names: vocabulary.CALQUE_KINDS) is cut
into pieces with their one-word English senses (calques.py, from CC-CEDICT); the listing's latin words are read for a
run that holds one sense of every piece, each piece once, in any order, with only linking words between them ("Ghost
of the Green Water", "Fantasma del Agua Verde": mark_translations.STOP_WORDS) and no other word. A sense is read in
the singular or plural ("Three Stars"), and in the other languages of mark_translations.all_rows and calque_words.py where those
tables hold the word ("Fantasma del Agua Verde", "Flor Vieja", "Marque de l'Âne", "Botol Coklat Kecil"). A name of one piece (博士, Bose: "doctor") is no calque: one everyday word names nobody.

A translation by meaning names the brand as a misspelling does: it is a weak candidate that needs the brand's category
with a counterfeit cue or a price below the floor (`needs_corroboration`); the translation of a name that is an everyday
word (三星, a nickname such as 绿水鬼: vocabulary.mark_vocabulary) needs a cue or a price far below the floor
(`needs_cue`): "three star hotel", "green water" and an "old flower pot", or a serum named "Little Brown Bottle" at a
shop's price, stay quiet. The evidence names the Chinese name
and the senses read.

Gate: a sense's word among the listing's latin words. Cost: one dict lookup per latin word of a listing that opens it
(what each word is a sense of remembered, `_hit_of`: a word's forms are looked up once a process).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.memo import Memo
from services.matcher.core.calque_words import ROWS as CALQUE_ROWS
from services.matcher.core.calques import calques
from services.matcher.core.detectors.base import WORD, Catalogue, Detector, TokenKind
from services.matcher.core.mark_translations import STOP_WORDS, all_rows
from services.matcher.core.normalise import FIELD_SEPARATOR, ListingText, latin_text
from services.matcher.core.scoring import Evidence

# linking words a translation adds ("Ghost of the Green Water", "Fantôme de l'Eau Verte"); "brand" and "marque" are
# a piece's sense where the name holds 牌 and a filler elsewhere
LINKS = STOP_WORDS - {"new"}
WORDS_REMEMBERED = 200_000  # words whose senses `detect` remembers, forgotten all at once past this many


def _forms(word: str) -> tuple[str, ...]:
    """The word and, when it may be a plural, its singulars ("stars" star, "horses" horse, "boxes" box, "berries"
    berry, "estrellas" estrella): the senses are filed as the dictionary writes them."""
    if len(word) <= 3 or not word.endswith("s") or word.endswith("ss"):
        return (word,)
    out = [word, word[:-1]]
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    return tuple(out)


def _other_languages() -> dict[str, set[str]]:
    """{English word: its forms in the other languages of mark_translations (latin view words of one word)}."""
    out: dict[str, set[str]] = {}
    for row in all_rows():
        english = row[0].split("/")
        forms = {w for cell in row[1:] for form in cell.split("/") if form
                 for w in [latin_text(form).strip()] if w and WORD.fullmatch(w)}
        for e in english:
            out.setdefault(e, set()).update(forms)
    for english, cells in CALQUE_ROWS.items():  # the senses of the Chinese trade's names (calque_words.py)
        out.setdefault(english, set()).update(
            w for cell in cells for form in cell.split("/") if form
            for w in [latin_text(form).strip()] if w and WORD.fullmatch(w))
    return out


class CalqueDetector(Detector):
    name = "calques"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._names: dict[int, str] = {}  # fingerprint -> its all-Han value
        self._calques: list[tuple[int, str, tuple[frozenset[str], ...], tuple[tuple[str, ...], ...]]] = []
        # a sense's word -> {calque: its pieces the word is a sense of}, calques in ascending order (as compiled)
        self._by_word: dict[str, dict[int, tuple[int, ...]]] = {}
        self._sizes: list[int] = []  # calque -> its number of pieces
        self._single: frozenset[int] = frozenset()  # the calques of one piece
        self._hit_of: Memo = Memo(WORDS_REMEMBERED)  # a word of a text -> `_hit`

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, MarkFingerprint) and 2 <= len(fp.value) <= 6 and all(
                "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in fp.value):
            self._names[i] = fp.value
        return None

    def compile(self) -> None:
        if not self._names:
            return
        found = calques(sorted(set(self._names.values())))
        other = _other_languages()
        seen: set[tuple[int, tuple[frozenset[str], ...]]] = set()
        for i, name in sorted(self._names.items()):
            own = self.catalogue.brand(i).name.lower().split()
            for senses in found.get(name, ()):
                if len(own) == len(senses) and all(w in {x.lower() for x in piece} for w, piece in zip(own, senses)):
                    # 加拿大鹅 is "Canada Goose" itself: the Latin mark translated is mark_translations' reading, with
                    # its own everyday-word rules ("Kanada kazı desenli yağmurluk", a goose-print raincoat, stays quiet)
                    continue
                pieces = tuple(frozenset(w for s in piece for w in {s} | other.get(s, set())) for piece in senses)
                if (i, pieces) in seen:
                    continue
                seen.add((i, pieces))
                c = len(self._calques)
                self._calques.append((i, name, pieces, senses))
                self._sizes.append(len(pieces))
                for k, piece in enumerate(pieces):
                    for w in piece:
                        of_word = self._by_word.setdefault(w, {})
                        of_word[c] = of_word.get(c, ()) + (k,)
        self._single = frozenset(c for c, size in enumerate(self._sizes) if size == 1)

    def gate(self) -> Mapping[TokenKind, Collection[str]] | None:
        if not self._by_word:
            return {}
        words = set(self._by_word)
        words |= {w + "s" for w in self._by_word} | {w + "es" for w in self._by_word} | {
            w[:-1] + "ies" for w in self._by_word if w.endswith("y")}
        return {"latin": frozenset(words)}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        latin = text.latin
        words = WORD.findall(latin)
        hit_of = self._hit_of
        hits = [hit_of[w] if w in hit_of else self._hit(w) for w in words]
        if len(hits) - hits.count(None) < 2:
            return []
        # a calque's run (`_run`) of two pieces or more holds, after its first piece at p, another of its pieces before
        # any word that is no linking word: only the calques that a position shares with one of the next positions up
        # to the first word that is no linking word are tried from it (a common word is a sense of thousands of calques
        # at 20,000 brands; `_run` of any other from p finds no run)
        single, n = self._single, len(hits)
        starts: list[tuple[int, list[int]]] = []  # (p, the calques tried from p, ascending as `_run` was asked them)
        for p, here in enumerate(hits):
            if not here:
                continue
            tried: set[int] = single.intersection(here) if single else set()
            q = p + 1
            while q < n:
                if hits[q]:
                    tried |= here.keys() & hits[q].keys()
                if words[q] not in LINKS:
                    break
                q += 1
            if tried:
                starts.append((p, sorted(tried)))
        if not starts:
            return []
        tokens = [(m.group(), m.start(), m.end()) for m in WORD.finditer(latin)]  # (the same words, with their spans)
        out: list[Evidence] = []
        done: set[tuple[int, int]] = set()
        for p, tried in starts:
            for c in tried:
                if (c, p) in done:
                    continue
                end = self._run(c, hits, tokens, p)
                if end is None:
                    continue
                done.add((c, p))
                start_at, end_at = tokens[p][1], tokens[end][2]
                if FIELD_SEPARATOR in latin[start_at:end_at]:
                    continue
                i, name, _, senses = self._calques[c]
                field, s, e, matched = text.locate(*text.original_span("latin", start_at, end_at))
                fp = self.fingerprints[i]
                out.append(Evidence(
                    Rule.translated, self.weights.fuzzy_distance_1, i, field, s, e, matched, fp.value,
                    detail=f"the Chinese name '{name}' translated by meaning, word for word (CC-CEDICT: "
                           + " + ".join("/".join(piece[:3]) for piece in senses)
                           + "); needs the brand's category with a cue or a price far below the floor",
                    everyday=True, needs_corroboration=True, needs_cue=fp.everyday_word))
        return self.in_category(out, text, listing) if out else out

    def _hit(self, word: str) -> dict[int, tuple[int, ...]] | None:
        """{calque: pieces} a word of the text is a sense of, in the first of its forms that is one (`_forms`), else None;
        remembered (`_hit_of`): a listing's words come back listing after listing."""
        by_word = self._by_word
        return self._hit_of.remember(word, next((found for f in _forms(word) if (found := by_word.get(f))), None))

    def _run(self, c: int, hits: list, tokens: list, p: int) -> int | None:
        """The last token of a run from token p holding one sense of every piece of calque c, each piece once, with
        only linking words between them; None if there is none."""
        pieces = self._calques[c][2]
        left = set(range(len(pieces)))
        q = p
        while q < len(tokens):
            here = hits[q]
            piece = next((k for k in here.get(c, ()) if k in left), None) if here else None
            if piece is not None:
                left.discard(piece)
                if not left:
                    return q
            elif tokens[q][0] not in LINKS or q == p:
                return None
            q += 1
        return None

    def memory_bytes(self) -> int:
        return 80 * sum(len(ks) for of_word in self._by_word.values() for ks in of_word.values()) + 200 * len(self._calques)

    def stats(self) -> dict[str, int]:
        return {"calques": len(self._calques), "calque_words": len(self._by_word)}
