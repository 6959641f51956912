"""(evade36, issue 9) Copy words written in disguise, as the marks are: a copy seller hides the word a marketplace's
keyword filter looks for as he hides the brand's name.

    disguised_copy_words(text) -> [Found(start, end, "replica"), ...]

Read here (each form written with the copy word's letters in order, the word's own length or one letter doubled):
- a separator between every letter or two: "r.e.p.l.i.c.a", "r e p l i c a", "f-a-k-e", "fa.ke", "c_o_p_y";
- a masked or leet letter inside the word: "f*ke", "r*plica", "c*py", "r€plica", "f@ke", "kn0ck0ff" (the leet forms
  without a mask are the cue lexicon's own, by the skeleton: retail.LEET_COPY_WORDS);
- a letter doubled: "replicaa", "fakee", "coppy", "replicca";
- letters of other alphabets that fold to Latin by NFKC (mathematical bold, double-struck, full-width: "ℝ𝔼ℙ𝕃𝕀ℂ𝔸").

The copy words are the English and European trade's plainest (replica, replika, fake, copy, clone, knockoff,
counterfeit, imitation, superfake, kopie, copia, dupe); a disguised word counts as the word itself (the term found is the
plain word, so every reader of cues reads it as written plainly). Nothing else of the text is read: a word whose letters
fold to one of them only by dropping a letter or by a separator inside a longer word ("copy-right", "fa-kir") is not
one. Gate: a character no plain word holds (a separator between single letters, a mask or leet character between
letters, one of the words with a letter doubled, a letter NFKC folds to Latin); most listings fail it at once.

Written for BrandSentry from the filter-evasion habits of copy sellers (keyword filters of marketplaces, the
brand-protection trade's notes on "obfuscated keywords"); general knowledge, no held-out listing's string.
"""

from __future__ import annotations

import re
import unicodedata

from services.matcher.core.context.lexicon import Found

WORDS = ("replica", "replicas", "replika", "fake", "fakes", "copy", "clone", "clones", "knockoff", "counterfeit",
         "imitation", "superfake", "kopie", "copia", "dupe")
_LEET = str.maketrans({"*": "?", "@": "a", "€": "e", "$": "s", "0": "o", "1": "i", "3": "e", "4": "a", "5": "s",
                       "7": "t", "!": "i", "|": "l", "#": "?", "%": "?"})
# a run of letters and masks broken by one separator at a time, each piece one to three characters
_SPACED = re.compile(r"(?<![^\W_])(?:[^\W\d_]|[*@€$!|#%0-9]){1,3}(?:[.\-_·• ](?:[^\W\d_]|[*@€$!|#%0-9]){1,3}){1,10}(?![^\W_])")
# one word holding a mask or a leet sign between letters
_WORD = re.compile(r"(?<![^\W_])[^\W\d_]*(?:[*@€$!|#%0-9][^\W\d_]*)+(?![^\W_])")
# one of the words with a letter doubled (or written plainly: `disguised_copy_words` leaves those to the lexicon)
_DOUBLED = re.compile(r"(?<![^\W_])(?:r+e+p+l+i+c+a+s*|r+e+p+l+i+k+a+|f+a+k+e+s*|c+l+o+n+e+s*|k+n+o+c+k+o+f+f+|"
                      r"c+o+u+n+t+e+r+f+e+i+t+|i+m+i+t+a+t+i+o+n+|s+u+p+e+r+f+a+k+e+|k+o+p+i+e+|c+o+p+i+a+|c+o+p+y+|"
                      r"d+u+p+e+)(?![^\W_])")
# the gate: a separator between single letters, a mask between letters, or a letter NFKC folds to Latin
_GATE = re.compile(r"(?<![^\W_])[^\W\d_][.\-_·• ][^\W\d_][.\-_·• ]|[^\W\d_][.\-_·•][^\W\d_]{1,2}(?![^\W_])|"
                   r"[^\W\d_][*@€$!|#%][^\W\d_]")
_FOLDS = re.compile("[\U0001D400-\U0001D7FF\u2100-\u214F\uFF21-\uFF3A\uFF41-\uFF5A]")
_SEPARATORS = re.compile(r"[.\-_·• ]")
_KEYS = {w: w for w in WORDS}


def _folded(original: str) -> str:
    """The text NFKC-folded and case-folded one character at a time: the same length, so offsets are the original's."""
    if original.isascii():
        return original.lower()
    out = []
    for ch in original:
        n = unicodedata.normalize("NFKC", ch).casefold() if not ch.isascii() else ch.lower()
        out.append(n[0] if len(n) >= 1 else " ")
    return "".join(out)


def _collapsed(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)


_COLLAPSED = {}
for _w in WORDS:
    _COLLAPSED.setdefault(_collapsed(_w), _w)


def _word_of(piece: str) -> str | None:
    """The copy word a disguised piece spells, else None."""
    letters = _SEPARATORS.sub("", piece).translate(_LEET)
    if not 4 <= len(letters) <= 13:
        return None
    if "?" in letters:
        if letters.count("?") > max(1, len(letters) // 4):
            return None
        pattern = re.compile(letters.replace("?", "[a-z]"))
        return next((w for w in WORDS if len(w) == len(letters) and pattern.fullmatch(w)), None)
    if letters in _KEYS:
        return letters
    word = _COLLAPSED.get(_collapsed(letters))
    if word is not None and len(letters) <= len(word) + 1 and letters not in _KEYS:
        return word
    return None


def disguised_copy_words(text) -> list[Found]:
    """The copy words of a ListingText written in disguise (the module's comment), in the text's order; memoised on
    the text. Pure but for that memo."""
    cached = getattr(text, "_disguised_copy_words", None)
    if cached is not None:
        return cached
    found: list[Found] = []
    original = text.original
    folded = original.lower()
    if not original.isascii() and (_FOLDS.search(original) or len(folded) != len(original)):
        folded = _folded(original)  # (one character at a time: "İ" lowers to two)
    if _GATE.search(folded) is not None or _DOUBLED.search(folded) is not None:
        taken: list[tuple[int, int]] = []
        for m in _SPACED.finditer(folded):
            # the pieces of the run and where each starts: the copy word is some of them in a row ("bag r.e.p.l.i.c.a")
            pieces = [(p.start() + m.start(), p.group(0)) for p in re.finditer(r"[^.\-_·• ]+", m.group(0))]
            hit = None
            for i in range(len(pieces) - 1):
                for j in range(len(pieces), i + 1, -1):
                    start, end = pieces[i][0], pieces[j - 1][0] + len(pieces[j - 1][1])
                    if (w := _word_of(folded[start:end])) is not None:
                        hit = (start, end, w)
                        break
                if hit:
                    break
            if hit is not None:
                found.append(Found(*hit))
                taken.append(hit[:2])
        for m in sorted((*_WORD.finditer(folded), *_DOUBLED.finditer(folded)), key=lambda m: m.start()):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            piece = m.group(0)
            if piece in _KEYS and original[m.start():m.end()].isascii():
                continue  # the word written plainly: the cue lexicon's
            if (w := _word_of(piece)) is not None:
                found.append(Found(m.start(), m.end(), w))
        found.sort(key=lambda f: f.start)
    try:
        text._disguised_copy_words = found
    except AttributeError:
        pass
    return found
