"""Words around the brand: counterfeit cue terms ("1:1", 高仿) and accessory context ("case for").

Latin terms match whole words of the latin view; terms with wide characters (Chinese ...) or
letters of a script written without spaces between words (Thai, Lao, Khmer, Myanmar) match
anywhere in the NFKC view, a Chinese term in Simplified and Traditional characters alike (OpenCC). Both lexicons come from MatcherConfig. Offsets returned
here are in the original joined text, like every piece of evidence.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from services.matcher.core.chinese import is_han, whole_variants
from services.matcher.core.normalise import ListingText, is_wide, latin_text, nfkc_text

_SEPARATOR = r"[^a-z0-9]+"
_GAP = r"(?:[^a-z0-9]+[a-z0-9]+){0,4}?[^a-z0-9]+"  # "…" in a phrase: up to four words in between


def _unspaced(ch: str) -> bool:
    """A character of a script written without spaces between words: Myanmar, Thai, Lao, Khmer."""
    return "\u0e00" <= ch <= "\u0eff" or "\u1000" <= ch <= "\u109f" or "\u1780" <= ch <= "\u17ff"


def _anywhere(term: str) -> bool:
    """Whether a term matches anywhere in the NFKC view (no word boundaries) rather than as words of the latin view
    (an ASCII term never: no ASCII character is wide or of an unspaced script; most terms are ASCII, issue 16)."""
    return not term.isascii() and any(is_wide(c) or _unspaced(c) for c in term)


def _chinese_forms(term: str) -> set[str]:
    """A Chinese term and its Traditional and regional forms (chinese.whole_variants, OpenCC: 原单 -> 原單, A货 -> A貨,
    顶级复刻 -> 頂級複刻), so that a Taiwanese or Hong Kong listing's words match the lexicon's Simplified ones and back;
    a term with other wide letters (kana, Hangul) as it is."""
    if not any(is_han(c) for c in term) or not all(c.isascii() or is_han(c) for c in term):
        return {term}
    return whole_variants(term)


@dataclass(frozen=True, slots=True)
class Found:
    start: int  # original joined text
    end: int
    term: str


@functools.lru_cache(maxsize=4096)
def _compiled(terms: tuple[str, ...]) -> re.Pattern:
    """One expression for some Latin terms, in their order, each its own group (shared by the lexicons that hold
    the same terms: every index compiles its lexicons)."""
    patterns = [_latin_pattern(t) for t in terms]
    if not all(patterns):
        alternatives = "|".join(f"({p})" for p in patterns)
        return re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")
    # the same expression with each term's first character ahead of the look-behind (which then looks two characters
    # back): every alternative starts with a literal, so the engine skips to the positions holding one of those
    # characters instead of trying the look-behind and every alternative at each position of the text
    alternatives = "|".join(f"{re.escape(t[0])}(?<![a-z0-9](?s:.))({p[len(re.escape(t[0])):]})" for t, p in
                            zip((_first_words(t)[0] for t in terms), patterns))
    return re.compile(rf"(?:{alternatives})(?![a-z0-9])")


def _first_words(term: str) -> list[str]:
    """The words of a term's first part (before any "…"), in the latin view."""
    return next(words for words in (latin_text(part).split() for part in re.split(r"…|\.\.\.", term)) if words)


def _latin_pattern(term: str) -> str:
    """A phrase as a regular expression: any separators between its words, "…" for a short gap."""
    parts = [latin_text(part).split() for part in re.split(r"…|\.\.\.", term)]
    return _GAP.join(_SEPARATOR.join(re.escape(w) for w in words) for words in parts if words)


@functools.lru_cache(maxsize=1024)
def _tables(terms: tuple[str, ...]) -> tuple:
    """A Lexicon's tables (read only once made), shared by the lexicons of the same terms: every index builds its
    lexicons, so an index built again in a process (a registry change, the tests) finds them made."""
    # longest first; ties in alphabetical order, not the set's (hash-seeded) order, so that every worker
    # reports the same term as evidence
    anywhere = [t for t in terms if _anywhere(t)]
    wide = sorted({nfkc_text(v) for t in anywhere for v in _chinese_forms(t)}, key=lambda t: (-len(t), t))
    latin = sorted(set(terms).difference(anywhere), key=lambda t: (-len(t), t))
    capitals = frozenset(t for t in latin if t.isupper())
    # anchor -> (its terms' expression, its terms, their ranks in the whole lexicon: the longest first)
    by_anchor: dict[str, list[int]] = {}
    for rank, t in enumerate(latin):
        by_anchor.setdefault(max(re.split(r"[^a-z0-9]+|…|\.\.\.", latin_text(t)), key=len), []).append(rank)
    # each anchor's expression compiled at its first use (_regex): a lexicon's anchors are thousands, a listing has few
    tables = {anchor: [None, [latin[r] for r in ranks], ranks] for anchor, ranks in by_anchor.items()}
    return (re.compile("|".join(re.escape(t) for t in wide)) if wide else None, capitals, tables, frozenset(tables))


def _regex(entry: list) -> re.Pattern:
    """An anchor's expression (entry: [expression or None, its terms, their ranks]), compiled when first asked and
    kept in the shared table (issue 16: compiling every anchor's at the index's build took a quarter of the build)."""
    if entry[0] is None:
        entry[0] = _compiled(tuple(entry[1]))
    return entry[0]


# where a sentence ends in a question, an exclamation or a full stop of CJK: a phrase of several words is read within one
# (the Latin view drops punctuation; a line break is no end: the fields a reader joins with one stay readable)
_SENTENCE_END = re.compile(r"[?!？！。]")


class Lexicon:
    """A list of terms compiled into regular expressions: one per anchor word for the Latin view, one for the NFKC view.

    The anchor of a Latin term is its longest word: when it is not a word of the text, the term cannot match.
    A listing runs only the expressions of the anchors it has (a regular expression of sixty alternatives tried at
    every word costs more than the rest of a listing's context checks), and their matches are merged as one
    alternation of those terms would give them: leftmost first, at a position the longest term (`find`). Each
    expression is compiled once, when the lexicon is built. A Latin term given in capitals ("UA") matches only
    text written in capitals: the trade's abbreviation, not the syllable of a sentence. A term of several words is
    read within one sentence and line ("Is this real? Price seems OK." holds no "real price").
    """

    def __init__(self, terms: list[str], disguised: bool = False) -> None:
        self._wide, self._capitals, self._by_anchor, self._anchors = _tables(tuple(terms))
        # (evade36) a lexicon of copy cues also finds its copy words written in disguise (disguised_cues.py: "r.e.p.l.i.c.a",
        # "f*ke", "replicaa", "ℝ𝔼ℙ𝕃𝕀ℂ𝔸"), each as the plain term
        self._disguised = frozenset(t.casefold() for t in terms) if disguised else frozenset()

    def _latin(self, text: ListingText) -> list[tuple[re.Match, list[str]]]:
        """The Latin terms' matches, as one alternation of the terms whose anchor the text has would find them:
        left to right without overlaps, at a position the first of them (the lexicon's order) that matches there.
        Each anchor's expression finds its own terms' leftmost match; of those, the leftmost wins, and at one
        position the lowest rank; then every anchor searches on from the winner's end."""
        anchors = self._anchors.intersection(text.latin_words)
        if not anchors:
            return []
        latin = text.latin
        if len(anchors) == 1:
            entry = self._by_anchor[next(iter(anchors))]
            return [(m, entry[1]) for m in (entry[0] or _regex(entry)).finditer(latin)]
        heads = []  # [match or None, regex, terms, ranks]
        for a in anchors:
            entry = self._by_anchor[a]
            regex, terms, ranks = entry[0] or _regex(entry), entry[1], entry[2]
            if (m := regex.search(latin)) is not None:
                heads.append([m, regex, terms, ranks])
        out = []
        while heads:
            best = min(heads, key=lambda h: (h[0].start(), h[3][h[0].lastindex - 1]))
            out.append((best[0], best[2]))
            end = best[0].end()
            for h in heads:
                if h[0].start() < end:
                    h[0] = h[1].search(latin, end)
            heads = [h for h in heads if h[0] is not None]
        return out

    def find(self, text: ListingText) -> list[Found]:
        found = []
        for m, terms in self._latin(text):
            start, end = text.original_span("latin", m.start(), m.end())
            term = terms[m.lastindex - 1]
            if term in self._capitals and not text.original[start:end].isupper():
                continue
            if " " in term and _SENTENCE_END.search(text.original, start, end) is not None:
                continue  # "Is this real? Price seems OK.": two sentences, not the phrase "real price"
            found.append(Found(start, end, term))
        if self._wide is not None and not text.is_ascii:
            for m in self._wide.finditer(text.nfkc):
                start, end = text.original_span("nfkc", m.start(), m.end())
                found.append(Found(start, end, m.group(0)))
        if self._disguised:
            from services.matcher.core.context.disguised_cues import disguised_copy_words
            if extra := [f for f in disguised_copy_words(text) if f.term in self._disguised
                         and not any(g.start < f.end and f.start < g.end for g in found)]:
                found = sorted(found + extra, key=lambda f: f.start)
        return found

    def find_at(self, text: ListingText, position: int) -> Found | None:
        """The term that starts at an original offset, allowing spaces before it."""
        for found in self.find(text):
            if found.start >= position and not text.original[position:found.start].strip(" ,.-:;/()"):
                return found
        return None


def outside_senses(found: list[Found], senses: list[Found]) -> list[Found]:
    """The cue words of `found` that no phrase of `senses` (MatcherConfig.not_cues: "replica jersey", "AAA batteries")
    holds, nor repeats: a word the listing uses in its trade sense keeps that sense throughout the listing ("home
    replica jersey … Official fan version (replica)"), one sense per discourse (W. Gale, K. Church, D. Yarowsky, "One
    sense per discourse", DARPA Speech and Natural Language Workshop 1992). Another cue word still counts ("replica
    jersey, 1:1 AAA"). Pure."""
    if not senses:
        return found
    kept, taken = [], set()
    for f in found:
        if any(n.start <= f.start and f.end <= n.end for n in senses):
            if f.term.casefold() not in LOCAL_SENSES:
                taken.add(f.term.casefold())
        else:
            kept.append(f)
    return [f for f in kept if f.term.casefold() not in taken]


# (honest26) a ratio is a number, not a word with a sense: "1:1" inside "1:1 scale" or "aspect ratio 1:1" is that ratio
# there only, and another "1:1" of the listing is read on its own ("1:1 scale helmet … boxed 1:1" tags a copy)
LOCAL_SENSES = frozenset({"1:1"})
