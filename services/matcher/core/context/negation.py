"""Negated mentions: "organic yogurt starter culture (not Danone)", "non-Bose", "unlike Bose",
"not affiliated with or endorsed by Apple", "Bose is not affiliated ...", "不是耐克".

A mention right after a negation ("not", "no", "non-", "unlike", "never", and the same words in a
few other languages), optionally through linking words ("affiliated with", "made by", "a"), or
right before "is not affiliated", says the listing is NOT the brand's: it is no evidence of
identity. "not genuine Nike" is no negation (the mark does not follow the negation directly:
"genuine" is not a linking word), and neither is "Nike shoes, no box".

Comparisons ("alternative to Bose", "better than Bose", "vs Bose") name another product the
same way, and count as negations here too.

Other languages (phrasebook.NEGATORS, NEGATION_LINKS, NEGATION_AFTER): "no es Adidas", "no son
Adidas", "не Nike", "не от Nike", "kein Nike", "ce n'est pas une Rolex", "Nike değil", "ナイキではない".
Their words are matched in the latin view like the English ones ("не" is "ne" there, on both sides).
"not original" / "非原装" / "не оригинал" deny originality, not the brand: the mark does not follow the
negation, so they are no negation (an admission, counted by the cue rules).

`Negations(text).before(start)` answers for a mention starting at an original offset; the
regular expression runs once per listing, and only when the listing has a negation word at all.
Source of the word lists: written for this module (English; Chinese 不是/并非/非) and
phrasebook.py (the other languages).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from services.matcher.core.context import instalments, phrasebook
from services.matcher.core.normalise import ListingText, latin_text


def _latin(words) -> tuple[str, ...]:
    """Words as the latin view spells them ("не" -> "ne", "não" -> "nao"), once each."""
    return tuple(dict.fromkeys(" ".join(re.findall(r"[a-z0-9]+", latin_text(w))) for w in words if latin_text(w).strip()))


NEGATORS = _latin(("not", "no", "non", "unlike", "never", "nor", "without", "kein", "keine", "nicht", "pas", "sans",
                   "sin", "senza", "niet", "geen", "nao", "nie", *phrasebook.terms(phrasebook.NEGATORS)))
COMPARISONS = _latin(("alternative to", "alternatives to", "alternative for", "better than", "cheaper than", "compared to",
               "compared with", "instead of", "vs", "versus", "substitute for", "rivals", "rival to", "rival of",
               "rivalling", "rivaling", "beats", "outperforms", "outlasts", "outclasses", "outshines", "competes with",
               "competitor to", "competitor of", "challenger to", "takes on", "comparison with", "comparison to",
               "the likes of", "same league as", "half the price of", "fraction of the price of", "at half the price of",
               # other languages: "mejor que", "besser als", "meilleur que", "лучше чем", "alternativa a"
               "mejor que", "más barato que", "comparado con", "en comparación con", "frente a", "melhor que",
               "comparado com", "meilleur que", "moins cher que", "comparé à", "face à", "besser als", "günstiger als",
               "leiser als", "im vergleich zu", "verglichen mit", "migliore di", "meglio di", "rispetto a",
               "beter dan", "goedkoper dan", "lepszy niż", "лучше чем", "лучше", "дешевле", "по сравнению с",
               # "alternative to" and "cheaper than" in the article-fused and inflected forms of other languages
               *_latin(("alternative au", "alternative aux", "alternative à la", "alternativa al", "alternativa alla",
                        "alternativa ai", "alternativa ao", "alternativa à", "alternativa para", "alternatywa dla",
                        "alternatywa do", "tańszy niż", "tańsza niż", "tańsze niż", "tańszy od", "lepsza niż",
                        "lepsze niż", "zamiennik", "zamiennik dla", "più economico di", "più economica di",
                        "plus abordable que", "moins chère que", "mais barato que", "mais barata que",
                        "más barata que", "billiger als", "preiswerter als", "альтернатива", "альтернатива для",
                        "дешевле чем", "goedkoper alternatief voor", "alternatief voor", "daha ucuz", "yerine",
                        # (quiet21) German "an alternative to" with its fused article: "die Alternative zur Speedmaster"
                        "alternative zu", "alternative zum", "alternative zur")),
               # another product offered in the brand's place ("instead of", "for fans of", "the poor man's")
               *_latin(("en lugar de", "en vez de", "au lieu de", "anstatt", "statt", "anstelle von", "invece di",
                        "in plaats van", "zamiast", "вместо", "for fans of", "fans of", "if you like", "if you love",
                        "the budget", "a budget", "poor man's", "poor mans", "a cheaper", "the cheaper")),
               # (honest25, issue 9) another maker's goods said to meet the brand's product's specification ("Castrol
               # Edge 5W-40 – same spec as Helix Ultra", "same specs as the OEM filter"): the specification compared, the
               # other maker's goods sold (oil and parts makers' own listings; API/ACEA/OEM approvals, general knowledge)
               *_latin(("same spec as", "same specs as", "same specification as", "same specifications as",
                        "same spec like", "gleiche spezifikation wie", "même spécification que", "misma especificación que")),
               # a store brand's retail statement ("Compare to Nutella", "compare with the ingredients of")
               *_latin(("compare to", "compare with", "compare to the ingredients of", "compare to the active ingredient of",
               "compare to the active ingredients in", "comparable to", "comparable with", "comparable a",
               "comparable à", "compara con", "comparez à", "comparez avec", "à comparer à", "paragonabile a",
               "confronta con", "vergleichbar mit", "vergleiche mit", "vergelijkbaar met", "vergelijk met",
               "comparável a", "compare com", "porównywalny z", "сравните с", "ile karşılaştırın"))))
# (every phrase as the latin view spells it: "más barato que" is matched as "mas barato que")
# a comparative before the brand: "quieter than Bose", "more comfortable than Sony", "lighter than the Nike"
_COMPARATIVE = r"(?:(?:[a-z]{2,}(?:er|ier)|better|worse)(?:[^a-z0-9]+[a-z]+){0,2}?|more[^a-z0-9]+[a-z]+|less[^a-z0-9]+[a-z]+|as[^a-z0-9]+[a-z]+[^a-z0-9]+as[^a-z0-9]+(?:a|an|the|any)?)[^a-z0-9]+than"
_COMPARED = r"(?:[^a-z0-9]+(?:a|an|the|any|other|all|most|many|pricey|expensive|premium|original|famous))*"
# (private56, issue 9) the brand named as one of the makers the goods are compared with: "comparable build quality to
# market leaders such as Ferrero", "compared with big brands like Bose", "better than premium labels including Dyson";
# and "comparable" with the respect compared between it and its preposition ("comparable quality to", "comparable in
# performance with")
_MAKERS_SUCH_AS = (r"(?:[^a-z0-9]+(?:market|leading|top|big|major|premium|famous|popular|well|known|name|global|"
                   r"international|luxury|designer|established|expensive|other|the|such))*[^a-z0-9]+(?:leaders?|brands?|"
                   r"names?|makers?|manufacturers?|labels?|players?|houses?)[^a-z0-9]+(?:such[^a-z0-9]+as|like|including)")
_COMPARABLE = r"comparable(?:[^a-z0-9]+[a-z]+){1,2}?[^a-z0-9]+(?:to|with)"
# (quiet) the Romance languages put the adjective after the noun: "alternativa natural al", "alternative naturelle au",
# "alternativa naturale al", "alternativa vegetal a la", "substituto natural do", "sostituto naturale del", "alternatywa
# ziołowa dla", "natuurlijk alternatief voor" (before it): "alternative" or "substitute" with one to three words (an
# adjective, "and", "cheaper") before the preposition that names what is replaced
_ALTERNATIVE = (r"(?:alternativ[a-z]*|alternatief|alternatywa|substitut[a-z]*|sustitut[a-z]*|sostitut[a-z]*|remplacant[a-z]*|"
                r"zamiennik[a-z]*|ersatz)(?:[^a-z0-9]+(?:e|et|y|i|und|and|en|ou|o|or|piu|mais|mas|plus|more|meer|bardziej|"
                r"natural[a-z]*|naturel[a-z]*|natural[a-z]*|naturale|naturali|natuurlijk[a-z]*|naturaln[a-z]*|"
                r"naturlich[a-z]*|herbal|vegetal[a-z]*|vegetale|vegetais|vegetaux|ziolow[a-z]*|roslinn[a-z]*|bitkisel|"
                r"plant[a-z]*|pflanzlich[a-z]*|botanic[a-z]*|botanique|organic[a-z]*|organique|biologic[a-z]*|bio|"
                r"econom[a-z]*|barat[a-z]*|cheap[a-z]*|low cost|tanie|tansz[a-z]*|saine?|sana|sano|saudavel|sain[a-z]*|"
                r"healthy|healthier|gesund[a-z]*|zdrow[a-z]*|sicur[a-z]*|segur[a-z]*|suave|doce|douce|dolce|mild[a-z]*|"
                r"generic[a-z]*|generi[a-z]*|efica[a-z]*|efficac[a-z]*|ideal[a-z]*|perfect[a-z]*|perfet[a-z]*|"
                r"parfait[a-z]*|perfeit[a-z]*|sin receta|senza ricetta|sans ordonnance|sem receita|rezeptfrei)){1,3}?"
                r"[^a-z0-9]+(?:al|alla|allo|ai|agli|alle|ao|aos|a|a la|"
                r"au|aux|del|della|dello|do|da|dos|das|de|du|des|de la|di|dla|do|zu|zum|zur|fur|to|for|of|voor|van)")
# words that may stand between a negation and the mark: "not affiliated with or endorsed by the"
LINKS = ("affiliated with", "affiliated to", "associated with", "endorsed by", "sponsored by", "authorized by",
         "authorised by", "approved by", "made by", "manufactured by", "produced by", "licensed by", "sold by",
         "connected with", "connected to", "related to", "a product of", "from", "by", "a", "an", "the", "any",
         "of", "or", "and", "in any way", "de", "von", "di", "connection with", "connection to", "connected in any way with",
         "relation to", "relation with", "relationship with", "affiliation with", "association with", "link to",
         "links to", "ties to", "whatsoever with", "at all with", "manufactured", "distributed", "distributed by",
         "marketed by", "manufactured or distributed by", *_latin(("fabricado por", "fabricada por", "fabriqué par",
                                                                   "prodotto da")), *_latin(phrasebook.NEGATION_LINKS))
WIDE_NEGATORS = ("不是", "并非", "非")
# (quiet) right after the mark, a word that offers something in its place: "Paxlovid 替代 草本胶囊" (a herbal substitute for
# it), "비아그라 대체 허브", "バイアグラの代わり"; not 替代原装 / 替换 (a part that replaces the original: accessory.py)
AFTER_COMPARE_WIDE = ("替代品", "替代", "代替品", "代替", "대체품", "대체", "の代わり", "の代替", "代わり")
# after the mention: "Bose is not affiliated with this shop"
_AFTER = re.compile(r"^[^a-z0-9]*(?:is|are|inc|ltd|corp)?[^a-z0-9]*(?:is|are)?[^a-z0-9]+(?:not|never)[^a-z0-9]+"
                    r"(?:affiliated|associated|endorsed|sponsored|connected|related|involved)\b"
                    # the trademark attribution of a store brand's disclaimer: "Nutella is a registered trademark of ..."
                    r"|^[^a-z0-9]*(?:is|are)[^a-z0-9]+(?:a[^a-z0-9]+)?(?:registered[^a-z0-9]+)?trademarks?[^a-z0-9]+of\b")


def _words(phrase: str) -> str:
    return r"[^a-z0-9]+".join(re.escape(w) for w in phrase.split())


def _negator(word: str) -> str:
    """A negator as a pattern; the short ones of other languages ("не" is "ne", "ni", "nu") only as a word of
    their own, followed by a space: "Ne-utrogena" and "Ne.spresso" are marks cut by a separator."""
    if len(word) <= 2 and word not in ("no", "vs"):
        return rf"{_words(word)}(?=[^a-z0-9]*\s)"
    return _words(word)


_LINK = "|".join(_words(p) for p in sorted(LINKS, key=len, reverse=True))
_NEGATION = re.compile(
    rf"(?<![a-z0-9])(?:(?:{'|'.join(_negator(n) for n in sorted(NEGATORS, key=len, reverse=True))})(?:[^a-z0-9]+(?:{_LINK}))*"
    rf"|(?P<comparison>(?:{'|'.join(_words(p) for p in sorted(COMPARISONS, key=len, reverse=True))}|{_COMPARATIVE}|{_COMPARABLE}|{_ALTERNATIVE}){_COMPARED}(?:{_MAKERS_SUCH_AS})?))"
    r"[^a-z0-9]*$"
)
def _last_words(*patterns: str) -> frozenset[str] | None:
    """(speed34, issue 16) The words a _NEGATION match can end with (it ends in a whole word then `[^a-z0-9]*$`): the last
    word of every phrase, of _COMPARATIVE ("than"), and of the final word group of _ALTERNATIVE and _COMPARED; None
    (no gate) when a pattern is no longer of that shape."""
    groups = [_ALTERNATIVE.rsplit("[^a-z0-9]+(?:", 1)[-1].removesuffix(")"),
              _COMPARED.removeprefix("(?:[^a-z0-9]+(?:").removesuffix("))*")]
    grouped = [w for g in groups for w in g.split("|")]
    if not _COMPARATIVE.endswith("[^a-z0-9]+than") or not all(re.fullmatch(r"[a-z]+(?: [a-z]+)*", w) for w in grouped):
        return None
    return frozenset({"than"} | {re.findall(r"[a-z0-9]+", w)[-1] for w in (*patterns, *grouped) if re.search(r"[a-z0-9]", w)})


# the window's last word is tested before _NEGATION runs over it (a set lookup in place of ~30 µs of the pattern)
_LAST_WORDS = _last_words(*NEGATORS, *LINKS, *COMPARISONS)
if _LAST_WORDS is not None:
    _LAST_WORDS |= {"as", "like", "including"}  # the last words of _MAKERS_SUCH_AS
_LAST_WORD = re.compile(r"[^a-z0-9]*([a-z0-9]+)")  # on the window reversed


_TRIGGERS = frozenset(n.split()[0] for n in NEGATORS) | {p.split()[0] for p in COMPARISONS} | {"than"} | {
    "alternativa", "alternative", "alternativo", "alternativas", "alternatives", "alternatief", "alternatywa", "substitute",
    "substituto", "substitut", "sustituto", "sostituto", "remplacant", "zamiennik", "ersatz"}
# after the mention, in other languages: "Nike değil", "ナイキではない"
# a negator of another script is read in the latin view when its reading is letters long enough to be no Latin word:
# Bengali নয় reads "ny" (its nukta is part of the letter, normalise._NUKTA), Danish and Swedish "ny" (new): it stays wide
_LATIN_READING_MIN = 4
AFTER_LATIN = _latin(w for w in phrasebook.NEGATION_AFTER if w.isascii() or latin_text(w).strip().isalpha()
                     and len(latin_text(w).strip()) >= _LATIN_READING_MIN)
AFTER_WIDE = tuple(w for w in phrasebook.NEGATION_AFTER if not w.isascii() and not (
    latin_text(w).strip().isalpha() and len(latin_text(w).strip()) >= _LATIN_READING_MIN))
_AFTER_ML = re.compile(rf"^[^a-z0-9]*(?:{'|'.join(map(re.escape, AFTER_LATIN))})(?![a-z0-9])")
# (private56, issue 9) suffix negation through the possessed noun: "Nike logosu yoktur", "Nike ürünü değildir" (one or
# two nouns with the possessive suffix, as the latin view writes it, -i/-u; phrasebook.NEGATION_AFTER_POSSESSED), not
# through a noun of originality ("Nike orijinali değil": phrasebook.POSSESSED_NOT_ORIGINAL, an admission)
POSSESSED_AFTER = _latin(phrasebook.terms(phrasebook.NEGATION_AFTER_POSSESSED))
_NOT_ORIGINAL = "|".join(_latin(phrasebook.POSSESSED_NOT_ORIGINAL))
_AFTER_POSSESSED = re.compile(
    rf"^[^a-z0-9]*(?:(?!(?:{_NOT_ORIGINAL})[a-z]*[^a-z0-9])[a-z]{{2,}}?(?:s|y|n)?[iu][^a-z0-9]+){{1,2}}"
    rf"(?:{'|'.join(_words(w) for w in sorted(POSSESSED_AFTER, key=len, reverse=True))})(?![a-z0-9])")
_ORIGINAL_BEFORE = re.compile(rf"(?<![a-z0-9])(?:{_NOT_ORIGINAL})[a-z]*[^a-z0-9]+$")
_POSSESSED_GATE = frozenset(w.split()[-1] for w in POSSESSED_AFTER)
_LOOKBACK = 80  # characters before a mention searched for its negation
_TRAILING = " -–—_:;,.'\"()[]"


# Arabic-script and Hebrew negators as written: read in the latin view, which writes no short vowels, other words fold
# onto them (غيار "spare" and غير "not" are both "ghyr")
_ABJAD = re.compile(r"[\u0590-\u06ff]")
_ABJAD_WORD = re.compile(r"[\u0590-\u06ff]+")
ABJAD_NEGATORS = frozenset(w for w in phrasebook.terms(phrasebook.NEGATORS) if _ABJAD.search(w))
# the latin view's readings of those that no negator of another script reads as: Hebrew לא is "l", so a Latin "L" (the
# trade's house code "L家 运动服 复刻", an initial) is no negation unless written in the abjad
_ABJAD_READINGS = frozenset(_latin(ABJAD_NEGATORS)) - frozenset(_latin(
    w for w in ("not", "no", "non", "never", "nor", *phrasebook.terms(phrasebook.NEGATORS)) if not _ABJAD.search(w)))


@dataclass(frozen=True, slots=True)
class Negation:
    start: int  # original joined text
    end: int
    phrase: str
    comparison: bool = False  # "quieter than", "vs", "alternative to": another product is compared with the brand's
    refusal: bool = False  # a maker's refusal of the brand's marks ("we do not print Nike or other brand logos", refusals.py)


class Negations:
    """The negations of one listing's text, looked up per mention."""

    def __init__(self, text: ListingText) -> None:
        self.text = text
        # (words56) a negator written after the word in ASCII ("Soxta emas", "Copy nahi hai", "sahte degil") as well
        self.possible = not (_TRIGGERS | {"trademark", "trademarks"}).isdisjoint(text.latin_words) or not text.is_ascii and (
            any(n in text.original for n in WIDE_NEGATORS + AFTER_WIDE + AFTER_COMPARE_WIDE)) or not \
            text.latin_words.isdisjoint(AFTER_LATIN) or not text.latin_words.isdisjoint(_POSSESSED_GATE) or \
            " v" in text.original and _PARTY_ANY.search(text.original) is not None

    def before(self, start: int) -> Negation | None:
        """The negation that ends right before a mention starting at original offset `start`."""
        if start > 0 and (party := _PARTY.search(self.text.original, max(0, start - 8), start)) is not None:
            return Negation(party.start(1), party.end(1), party.group(1))  # the opponent, not a product compared
        if not self.possible or start <= 0:
            return None
        text = self.text
        for wide in WIDE_NEGATORS:
            if text.original.endswith(wide, 0, start):
                return Negation(start - len(wide), start, wide)
        latin_start = _latin_offset(text, start)
        window_start = max(0, latin_start - _LOOKBACK)
        last = _LAST_WORD.match(text.latin[window_start:latin_start][::-1]) if _LAST_WORDS is not None else None
        if _LAST_WORDS is not None and (last is None or last.group(1)[::-1] not in _LAST_WORDS):
            return None  # no word the pattern can end with right before the mention
        m = _NEGATION.search(text.latin, window_start, latin_start)
        if m is None:
            return None
        o_start, o_end = text.original_span("latin", m.start(), len(m.group().rstrip(_TRAILING)) + m.start())
        while _ABJAD.match(text.original, o_end) and o_end < start:  # a letter the latin view writes as "'" (Hebrew א)
            o_end += 1
        phrase = text.original[o_start:o_end]
        if _ABJAD.search(phrase) and not any(w in ABJAD_NEGATORS for w in _ABJAD_WORD.findall(phrase)):
            return None  # the latin view drops short vowels: غيار "spare" (قطع غيار, spare parts) reads as غير "not"
        if not _ABJAD.search(phrase) and " ".join(re.findall(r"[a-z0-9]+", latin_text(phrase))[:1]) in _ABJAD_READINGS:
            return None  # a Latin "L" read as Hebrew לא
        if _ANSWER_NO.match(phrase.casefold()):
            return None  # (tickets33) an answer's "No," then a copula: "¿Es original? No, es réplica" admits the copy
        return Negation(o_start, o_end, phrase, comparison=m.group("comparison") is not None)

    def after(self, end: int, start: int | None = None) -> Negation | None:
        """"<mark> is not affiliated ..." right after a mention ending at original offset `end` (and starting at
        `start`, when known: a Turkish suffix negation of "orijinal <mark> ürünü değildir" denies originality, an
        admission as "not an original <mark>" is, and no negation)."""
        text = self.text
        if not self.possible:
            return None
        if not text.is_ascii:
            rest = text.original[end:end + 12].lstrip(" 　")
            if (wide := next((w for w in AFTER_WIDE if rest.startswith(w)), None)) is not None:
                o_start = text.original.index(wide, end)
                return Negation(o_start, o_start + len(wide), wide)
            if (wide := next((w for w in AFTER_COMPARE_WIDE if rest.startswith(w)), None)) is not None and not (
                    rest[len(wide):].lstrip().startswith(("原装", "原廠", "原厂", "正品", "純正", "정품"))):
                o_start = text.original.index(wide, end)
                return Negation(o_start, o_start + len(wide), wide, comparison=True)
        latin_end = _latin_offset(text, end)
        window = text.latin[latin_end:latin_end + _LOOKBACK]
        m = _AFTER.match(window) if not text.latin_words.isdisjoint(("not", "never", "trademark", "trademarks")) else None
        if m is None and not text.latin_words.isdisjoint(AFTER_LATIN):
            m = _AFTER_ML.match(window)
        if m is None and not text.latin_words.isdisjoint(_POSSESSED_GATE) and not (
                start is not None and _ORIGINAL_BEFORE.search(text.latin, max(0, _latin_offset(text, start) - 24),
                                                              _latin_offset(text, start)) is not None):
            m = _AFTER_POSSESSED.match(window)
        if m is None:
            return None
        o_start, o_end = text.original_span("latin", latin_end, latin_end + m.end())
        return Negation(o_start, o_end, text.original[o_start:o_end].strip(" -–—_:;,.'\"()[]"))


# (tickets33, issue 9) the "No" that answers a question, set off by a comma or a stop, then the clause that asserts what
# the thing is: "¿Es original? No, es réplica 1:1", "é original? não, é cópia AAA", "Nein, es ist eine Replik",
# "Non, c'est une copie", "Нет, это реплика". The "no" denies the question (its originality), not the word after the
# copula: the copy is admitted. "no es réplica", "not a replica", "No, not a replica" (the "not" is read) stay denials.
_ANSWER_NO = re.compile(r"^(?:no|não|nao|nein|non|nee|nej|nie|нет|net|ні|ne|hayır|hayir)\s*[,.!;:–—]+\s*\S")


# (honest26) a lawsuit's other party, as case names are cited: "Apple v. Samsung", "the 2012 trial v. Samsung", "LEGO's
# brick mark v. Mega Bloks (2010)", "Dyson v Hoover" (a lower-case "v", with or without its dot, after a word: the
# Bluebook's and OSCOLA's case-name form). The mark after it is the opponent the goods are set against, not the goods'
# brand, as after "vs"; not a capital "V" nor a "v" after a digit ("12 V", "Mark V")
_PARTY = re.compile(r"(?<=[A-Za-z)\]'’])\s+(v\.?)\s+$")
_PARTY_ANY = re.compile(r"[A-Za-z)\]'’]\s+v\.?\s+\S")


def _latin_offset(text: ListingText, original: int) -> int:
    """The latin-view offset of an original offset (the first latin character it folds to)."""
    mapping = text._mapping("latin")
    if mapping is None:
        return original
    from bisect import bisect_left

    return bisect_left(mapping, original)


# ---------------------------------------------------------------------------------------------------- copy words denied
# A copy word is denied by the same grammar that denies a brand ("NOT a replica", "no es réplica", "keine Replika",
# "не копия", "não é réplica", "pas une copie", "非高仿", "不是A货", "偽物ではない", "가품 아님", "çakma değil"), or refused
# by words that refuse copies but deny no brand ("nothing fake", "we do not accept replicas", "nada de réplicas", "без
# подделок", "不要高仿", "拒收A货", "偽物不可", "가품 사절"). Several copy words share one denial when only conjunctions
# and separators stand between them ("no fakes or replicas", "не копия и не реплика"). A comparison ("real vs fake")
# denies nothing. Source: written for this module from how sellers word authenticity statements on marketplaces.
# (fresh53a) Nigerian Pidgin "no be copy" (is no copy) and Swahili "sio/siyo feki" (is not a fake) refuse as "not a".
# A refusing word inside a plan's phrase refuses nothing: the "zero" of an interest rate ("12 rate a tasso zero high
# copy", "taxa zero") is the plan's (instalments.plan_spans), not "zero fakes".
_REFUSED_BEFORE = re.compile(r"(?:(?<![a-z])(?:no be|sio|siyo|no|not|never|nothing|without|zero|kein|keine|keinen|sin|nada de|sans|pas de|"
                             # (refusal39) the fight against copies: "anti-counterfeit UV torch", "lutte anti-contrefaçon"
                             r"anti|against|contra|contre|gegen|против|chống|"
                             r"niente|nessun|nessuna|geen|без|нет|не)|do not (?:buy|service|repair|accept|authenticate|sell)|"
                             r"don't (?:buy|service|repair|accept|want|sell)|we never sell|不要|不收|拒绝|拒收|勿|絕非|绝非|"
                             r"並非|决不是|絕不是|絶対に|"
                             # (price51, trade51) a shop's, reseller's or buying agent's pledge that it sells no copies,
                             # in the languages of the social trade: "cam kết không bán hàng fake, hàng rep", "kami tidak
                             # jual barang KW", "não vendemos réplicas", "我们不卖高仿", "不售A货", "не продаём подделки"
                             r"(?:cam kết |cam ket )?(?:không|khong|ko|k) (?:bán|ban|kinh doanh|nhận|nhan)|"
                             r"nói không với|noi khong voi|(?:tidak|tdk|gak|nggak|ga|gk) (?:menjual|jual|terima|nerima)|"
                             r"no vend(?:emos|o)|não vend(?:emos|o)|nao vend(?:emos|o)|no trabajamos con|"
                             r"não trabalhamos com|nao trabalhamos com|ne vend(?:ons|s) pas(?: de)?|non vendiamo|"
                             r"verkaufen keine|nie sprzedajemy|не прода[её]м|не продаю|не торгуем|"
                             r"不卖|不賣|不售|不做|不碰|绝不卖|絕不賣|从不卖|從不賣|ไม่ขาย|لا نبيع|"
                             r"(?:never|don't|do not) (?:stock|deal in|carry|offer)|"
                             # (admit55) the shop's pledge with another subject or tense: "(and) never sell replicas",
                             # "has never sold fakes", "does not sell copies", "will never stock knock-offs"
                             r"never (?:sells?|sold|stocks?|stocked|offers?|offered|carr(?:y|ies|ied)|deals? in)|"
                             r"(?:does not|doesn't|won't|will not|did not|didn't) (?:sell|stock|carry|offer|deal in)|"
                             # (quiet52) a shop's warning against copies sold elsewhere and its refund pledge if its own
                             # goods prove one: "Beware of fake sellers", "Awas barang palsu!", "Cảnh giác hàng giả",
                             # "ระวังของปลอม", "احذر من المنتجات المقلدة", "Остерегайтесь подделок", "谨防假冒", "if proven
                             # fake, we refund 2x", "jika terbukti palsu" (the boilerplate of marketplaces' official and
                             # mall stores; general knowledge); an unaccented "nếu" only with "phat hien": a bare "neu"
                             # is German for new ("Schlüsselanhänger neu high copy", merge52)
                             r"beware(?: of)?|watch out for|avoid|awas|hati-hati(?: dengan| terhadap)?|waspada(?: terhadap)?|"
                             r"cảnh giác(?: với)?|canh giac(?: voi)?|coi chừng|cẩn thận với|ระวัง|احذر(?:وا)?(?: من)?|"
                             r"остерегайтесь|осторожно,?|берегитесь|cuidado con|ojo con|attention aux|m[ée]fiez-vous des|"
                             r"vorsicht vor|achtung vor|attenzione a(?:i|lle|gli)?|cuidado com|uwaga na|谨防|謹防|当心|小心|"
                             r"警惕|if(?: (?:any|the|an?|our))?(?: (?:items?|products?|goods|it))?(?: (?:is|are|'s))?"
                             r"(?: (?:proven|found|confirmed|shown))?(?: to be)?|"
                             r"(?:jika|kalau|bila|apabila) terbukti|nếu (?:phát hiện )?(?:là )?|neu phat hien (?:la )?|"
                             # (fresh54b) the same pledge without "proven": "jika palsu uang kembali", "phát hiện hàng
                             # giả đền gấp 10" (accented: a bare "phat hien" is left to the "neu" form above)
                             r"(?:jika|kalau|bila|apabila)|phát hiện (?:là )?)[^\w]*"
                             r"(?:(?:or|and|nor|oder|und|ni|o|y|ou|et|или|и|fakes?|replicas?|reps?|cop(?:y|ies)|"
                             r"sellers?|products?|items?|penjual|produk|người bán|sản phẩm|المنتجات|منتجات|"
                             r"the|las|los|les|la|el|des|die|den|as|os|"
                             r"counterfeits?|knockoffs?|knock-offs?|imitations?|dupes?|goods|anything|any|"
                             r"fälschungen|réplicas|répliques|подделок|"
                             r"hàng|hang|đồ|do|fake|rep|nhái|nhai|giả|gia|barang|kw|palsu|ของ|ปลอม)[^\w]+){0,3}$")
# (mend30, issue 9) a buyer's or seller's warning that copies get reported ("fakes and replicas will be reported",
# "reps get reported", "Fälschungen werden gemeldet", "las réplicas serán denunciadas") refuses them as well
_REFUSED_AFTER = re.compile(r"^[^\w]*(?:\w+[^\w]+){0,1}?(?:not accepted|need not apply|not allowed|not welcome|不可|お断り|"
                            r"(?:will|shall) be (?:reported|flagged|refused|rejected|sent back)|gets? reported|"
                            r"are reported|werden (?:gemeldet|angezeigt)|(?:serán|seran) (?:denunciad|reportad)[ao]s|"
                            r"seront (?:signalée?s|signalés)|saranno segnalat[ei]|"
                            r"사절|거절|nicht erwünscht|no aceptamos|не принимаем|"
                            # (quiet52) a warning written after the copy word: "가품 주의", "偽物にご注意", "sahte
                            # ürünlere dikkat", "假货勿扰"
                            r"주의|조심|に(?:ご)?注意|にご用心|に気をつけ|dikkat|注意|"
                            # (price51) Turkish puts the verb last: "replika ürün satmıyoruz" (we sell no replicas)
                            r"satmıyoruz|satmiyoruz|satılmaz|satilmaz|bulunmaz)")
# (fresh54b, issue 9) a penalty pledged if the goods prove a copy, right after the copy word: the shops' 假一赔十 ("one
# fake, pay ten") as sellers and machine translation write it: "fake one pay ten", "fake 1 compensate 10", "fake? we pay
# 10 times", "falso uno paga diez", "fake 1 đền 10", "giả đền gấp 10", "palsu ganti 10x", "가품 시 10배 보상",
# "ปลอมยินดีคืนเงิน", "sahte çıkarsa iade"; a copy seller pledges no multiple of the price against its own goods (a plain
# "money back" it does). Only a pronoun may stand between ("high imitation, fake one pay ten" leaves "imitation" a cue).
_PENALTY_AFTER = re.compile(r"^[^\w]*(?:(?:we|i|we will|we'll|i will|i'll)[^\w]+)?(?:"
                            r"(?:one|1|a|uno|un|une|um|один) (?:pay|pays|paid|compensates?|compensated|compensation|"
                            r"penalty|penalise|penalize|fines?|loses?|refunds?|indemnif\w*|returns?|paga|pagar|"
                            r"compensa|indemniza|paie|rembourse|платит)[^\w]+(?:ten|10|three|3|two|2|double|triple|"
                            r"hundred|100|diez|tres|dix|trois|dez|десять)(?![\w])|"
                            r"(?:pay|compensate|refund|return|penalty|paga|pagamos|rembours\w*|erstatten|zahlen|"
                            r"вернем|вернём|возместим)[^\w]+(?:ten|10|three|3|double|triple|2|100|diez|dix|zehn)"
                            r"(?:[^\w]*(?:x|times|fold|veces|fois|mal|раз)(?![\w]))|"
                            r"(?:1|một) đền (?:10|mười)|đền (?:gấp )?(?:x?\d+|mười|đôi|ba)|"
                            r"(?:ganti|uang kembali|refund) (?:rugi )?(?:\d+|sepuluh|dua) ?(?:x|kali)(?: lipat)?|"
                            r"ยินดีคืนเงิน|คืนเงิน ?\d+ ?เท่า|"
                            r"(?:시|이면|일 ?경우|판정 ?시)[^\w]*(?:\d+ ?(?:배|%) ?)?(?:보상|환불)|"
                            r"çıkarsa|cikarsa)")
# only conjunctions and separators between two copy words: a denial before the first covers the second
# ("not a replica, 1:1 AAA" denies the replica only: a comma alone chains nothing)
_CHAINED = re.compile(r"^[^\w,;]*(?:(?:or|and|nor|oder|und|ni|o|y|ou|et|или|и|ни|або|і|e|né|noch|of|en|lub|ani|veya|"
                      r"ve|hay|và|或|和|及|、|/)[^\w,;]*)$", re.IGNORECASE)
# (trade51) after a refusal to sell, a list of copy words goes on past a comma ("không bán hàng fake, hàng rep", "不卖高仿、
# 复刻"): the objects of one "we do not sell", each with the goods' classifier at most (hàng, đồ)
_NOT_SOLD = re.compile(r"不卖|不賣|不售|không bán|ko bán|không kinh doanh|tidak (?:jual|menjual)|nggak jual|gak jual|ไม่ขาย|"
                       r"no vend(?:emos|o)|não vend(?:emos|o)|verkaufen keine|не прода[её]м|не продаю|we never sell|"
                       r"(?:do not|don't) sell")
_LISTED = re.compile(r"^\s*[,、，]\s*(?:hàng\s+|đồ\s+|barang\s+)?$")
# A wink right after a denial mocks it: "not fake ;)", "not Burberry 😉", "definitely NOT BMW wink wink", "iykyk".
WINKS = ("😉", "😜", "😏", "🤫", "🤭", "🙊", "🤐", "😛", ";)", ";-)", ";]", ";D", "wink", "*wink*", "(wink)", "iykyk",
         "if you know you know", "you know what i mean", "hint hint", "nudge nudge")
_WINK = re.compile(r"(?:['’]s)?[\s\"'”’)\].,!:-]{0,6}(?:%s)" % "|".join(re.escape(w) for w in sorted(WINKS, key=len, reverse=True)),
                   re.IGNORECASE)


def winked(original: str, end: int) -> str | None:
    """The wink right after an original offset ("not Burberry 😉": after "Burberry"), else None."""
    m = _WINK.match(original, end, min(len(original), end + 30))
    return m.group(0).strip(" \"'”’)].,!:-") if m else None


def _refused_before(text: ListingText, start: int, in_plan: Callable[[int], bool]) -> re.Match | None:
    """The words refusing the copy word at original offset `start` (_REFUSED_BEFORE in the 40 characters before it),
    skipping a refusing word at an offset `in_plan` says is inside a plan's phrase (the "zero" of "tasso zero")."""
    window_start = max(0, start - 40)
    window = text.original[window_start:start].casefold()
    m = _REFUSED_BEFORE.search(window)
    while m is not None and in_plan(window_start + m.start()):  # offset approximate when casefolding changed the length
        m = _REFUSED_BEFORE.search(window, m.start() + 1)
    return m


def denied_copy_words(negations: Negations, found) -> dict[tuple[int, int], str]:
    """The copy words among `found` (lexicon.Found, in the original joined text: cue terms, the copy trade's talk) that
    the listing denies or refuses, as {(start, end): the denying words}. A denial followed by a wink ("not fake ;)") is
    a mock denial: the word still counts. Cost: a regular-expression search per copy word found, only for listings
    that hold one."""
    text = negations.text
    original = text.original
    denied: dict[tuple[int, int], str] = {}
    previous: tuple[int, str] | None = None  # (end, denying words) of the last denied word
    plans: list[tuple[int, int]] | None = None  # instalments.plan_spans, read once, when a refusing word is found

    def in_plan(at: int) -> bool:
        nonlocal plans
        if plans is None:
            plans = instalments.plan_spans(text)
        return any(s <= at < e for s, e in plans)

    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        phrase = None
        if previous is not None and previous[0] <= f.start and (_CHAINED.match(original[previous[0]:f.start]) or (
                _LISTED.match(original[previous[0]:f.start]) and _NOT_SOLD.fullmatch(previous[1].casefold()))):
            phrase = previous[1]
        elif (negation := negations.before(f.start)) is not None and not negation.comparison:
            phrase = negation.phrase
        elif (negation := negations.after(f.end)) is not None:
            phrase = negation.phrase
        elif m := _refused_before(text, f.start, in_plan):
            phrase = m.group(0).strip(" ,.;:-")
        elif (m := _REFUSED_AFTER.match(original[f.end:f.end + 24].casefold())) or (
                m := _PENALTY_AFTER.match(original[f.end:f.end + 30].casefold())):
            phrase = m.group(0).strip(" ,.;:-?")
        if phrase is None or winked(original, f.end) is not None:
            if not (previous is not None and f.start < previous[0]):
                previous = None
            continue
        denied[(f.start, f.end)] = phrase
        previous = (f.end, phrase)
    return denied

