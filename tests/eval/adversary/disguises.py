"""How a counterfeiter disguises a mark: pure functions `(mark, rng) -> disguised text`.

Written from first principles (what a person still reads as the mark), not from any one typosquatting tool
and not from the matcher. Every function is deterministic for a given `random.Random`.

Look-alike tables: single characters are taken from Unicode's confusables data (UTS #39, confusables.txt)
as a person would pick them: Cyrillic, Greek and Armenian letters whose skeleton is the Latin letter, plus
the multi-character skeletons rn -> m, cl -> d, vv -> w. Only pairs that are in confusables.txt are listed.
"""

from __future__ import annotations

import random
import unicodedata

# -------------------------------------------------------------------------- letters of a mark


def letter_positions(text: str) -> list[int]:
    return [i for i, ch in enumerate(text) if ch.isalpha()]


def letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def recase(text: str, rng: random.Random, honest: bool = False) -> str:
    """The mark as sellers type it: as registered, lower, upper, title or mixed case (sAmSuNg). An honest seller
    (`honest`: a trap's listing) types no mixed case: alternating case is a disguise (respellings.py's alternating_case,
    held-out outsider12's c_alternating_case), so a trap writes the mark as registered there (the same random draws,
    so the other listings of the class are unchanged)."""
    if rng.random() < 0.1:
        mixed = "".join(ch.upper() if (k + rng.randrange(2)) % 2 else ch.lower() for k, ch in enumerate(text))
        return text if honest else mixed
    return rng.choice([text, text, text.lower(), text.upper(), text.title() if text.islower() else text])


# -------------------------------------------------------------------------- (1) edits

KEYBOARD = {
    "q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij", "i": "uok", "o": "ipl",
    "p": "ol", "a": "qsz", "s": "awdz", "d": "sefx", "f": "drgc", "g": "fthv", "h": "gyjb", "j": "hukn",
    "k": "jilm", "l": "kop", "z": "asx", "x": "zsdc", "c": "xdfv", "v": "cfgb", "b": "vghn", "n": "bhjm", "m": "njk",
}
VOWELS = "aeiou"
EDIT_OPS = ("insert", "delete", "substitute", "transpose")


def _same_case(ch: str, like: str) -> str:
    return ch.upper() if like.isupper() else ch


def edit(mark: str, rng: random.Random, op: str | None = None, at: int | None = None) -> str:
    """One edit (insert, delete, substitute, transpose) at a letter position, the first letter included.

    Inserted and substituted letters are keyboard neighbours, doubled letters or vowel swaps: the typos a
    reader forgives. Returns the mark unchanged when the edit is not possible there."""
    pos = letter_positions(mark)
    op = op or rng.choice(EDIT_OPS)
    i = pos[at] if at is not None else rng.choice(pos)
    ch = mark[i]
    low = ch.lower()
    if op == "insert":
        kind = rng.choice(["double", "neighbour", "vowel"])
        if kind == "double":
            new = ch
        elif kind == "neighbour" and low in KEYBOARD:
            new = _same_case(rng.choice(KEYBOARD[low]), ch)
        else:
            new = _same_case(rng.choice(VOWELS), ch)
        return mark[:i] + new + mark[i:] if rng.random() < 0.5 else mark[: i + 1] + new.lower() + mark[i + 1:]
    if op == "delete":
        return mark[:i] + mark[i + 1:]
    if op == "substitute":
        pool = KEYBOARD.get(low, "") + (VOWELS if low in VOWELS else "")
        pool = "".join(c for c in pool if c != low) or "x"
        return mark[:i] + _same_case(rng.choice(pool), ch) + mark[i + 1:]
    # transpose with the next letter of the same word
    if i + 1 < len(mark) and mark[i + 1].isalpha() and mark[i + 1].lower() != low:
        a, b = mark[i], mark[i + 1]
        if i == 0 and a.isupper() and b.islower():
            a, b = a.lower(), b.upper()
        return mark[:i] + b + a + mark[i + 2:]
    if i > 0 and mark[i - 1].isalpha() and mark[i - 1].lower() != low:
        return mark[: i - 1] + mark[i] + mark[i - 1] + mark[i + 1:]
    return mark


# -------------------------------------------------------------------------- (2) intrusions

INTRUDERS = ["-", ".", "_", "*", "·", "•", "/", "|", "~", "+", "'", " ", "✨", "🔥", "❤", "★", "♥", "™", "®", "°", "^", "=", ":",
             # invisible: zero-width space, non-joiner, joiner, word joiner, soft hyphen, LRM, RLM, BOM
             "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\u200e", "\u200f", "\ufeff"]
MASKS = ["*", "#", "_", "?", "•", "x"]


def intrude(mark: str, rng: random.Random) -> str:
    """One or two symbols between letters inside the mark (never only between every letter), or one letter masked."""
    pos = letter_positions(mark)
    gaps = [p for k, p in enumerate(pos[1:], 1) if pos[k - 1] == p - 1]  # between two adjacent letters
    if rng.random() < 0.3 and len(pos) >= 4:
        i = rng.choice(pos[1:-1]) if len(pos) > 2 else pos[1]
        mask = rng.choice(MASKS[:-1] if mark[i].lower() == "x" else MASKS)
        if mask != "x":
            return mark[:i] + mask + mark[i + 1:]
    chosen = sorted(rng.sample(gaps, k=min(len(gaps), rng.choice([1, 1, 2]))), reverse=True)
    out = mark
    for g in chosen:
        out = out[:g] + rng.choice(INTRUDERS) + out[g:]
    return out


def intrude_cjk(alias: str, rng: random.Random) -> str:
    """Spaces or dots between the characters of a Chinese alias: 耐 克, 古·驰."""
    sep = rng.choice([" ", " ", "·", "-", "  ", "　", "*", ".", "🔥", "✨", "\u200b"])
    if rng.random() < 0.6 or len(alias) == 2:
        return sep.join(alias)
    i = rng.randrange(1, len(alias))
    return alias[:i] + sep + alias[i:]


# -------------------------------------------------------------------------- (3) look-alikes (UTS #39)

LOOKALIKE = {
    "a": "аα", "b": "ь", "c": "сϲ", "d": "ԁ", "e": "е", "g": "ɡ", "h": "һ", "i": "іι", "j": "ј", "l": "Iꓲ",
    "n": "ո", "o": "оοօ", "p": "рρ", "q": "ԛ", "s": "ѕꮪ", "u": "սυ", "v": "νѵ", "w": "ԝꮃ", "x": "х", "y": "у",
    # capitals: Cyrillic, Greek, and the Lisu and Cherokee letters spammers use (ꓐ, Ᏼ)
    "A": "АΑꓮᎪ", "B": "ВΒꓐᏴ", "C": "СϹꓚ", "D": "ꓓ", "E": "ЕΕꓰᎬ", "F": "ꓝ", "G": "ꓖ", "H": "НΗ", "I": "ІΙ",
    "J": "Ј", "K": "КΚꓗ", "L": "ꓡ", "M": "МΜꓟ", "N": "Νꓠ", "O": "ОΟꓳ", "P": "РΡꓑ", "S": "Ѕꓢ", "T": "ТΤꓔ",
    "U": "ꓴ", "V": "ꓦ", "W": "ꓪ", "X": "ХΧꓫ", "Y": "ҮΥꓬ", "Z": "Ζꓜ",
}
MULTI = {"m": "rn", "d": "cl", "w": "vv"}


def lookalike(mark: str, rng: random.Random) -> str:
    """Some letters swapped for look-alikes of other scripts (one, several or all), or m/d/w written rn/cl/vv."""
    lowered = [i for i, ch in enumerate(mark) if ch in MULTI and _in_word(mark, i)]
    if lowered and rng.random() < 0.45:
        i = rng.choice(lowered)
        out = mark[:i] + MULTI[mark[i]] + mark[i + 1:]
        if rng.random() < 0.3:  # and a single look-alike too
            return lookalike_single(out, rng, count=1)
        return out
    if any(ch.lower() in MULTI and ch.isupper() for ch in mark) and rng.random() < 0.3:
        low = mark.lower() if rng.random() < 0.5 else mark[0] + mark[1:].lower()
        if any(ch in MULTI for ch in low):
            return lookalike(low, rng)
    return lookalike_single(mark, rng)


def _in_word(text: str, i: int) -> bool:
    """Whether position i has a letter beside it (rn for the lone M of "M Performance" reads as two letters)."""
    return (i > 0 and text[i - 1].isalpha()) or (i + 1 < len(text) and text[i + 1].isalpha())


def lookalike_single(mark: str, rng: random.Random, count: int | None = None) -> str:
    subs = [i for i, ch in enumerate(mark) if ch in LOOKALIKE]
    if not subs:
        return mark
    if count is None:
        count = rng.choice([1, 1, 2, len(subs)])
    chars = list(mark)
    for i in rng.sample(subs, k=min(count, len(subs))):
        chars[i] = rng.choice(LOOKALIKE[chars[i]])
    return "".join(chars)


# -------------------------------------------------------------------------- (4) bidi

RLO, PDF, RLI, PDI = "\u202e", "\u202c", "\u2067", "\u2069"


def displayed_reversed(text: str, rng: random.Random) -> str:
    """Stored reversed inside a right-to-left override, so that it displays as `text`; sometimes only the tail
    of the word is overridden (Ro + RLO xel PDF shows Rolex)."""
    if rng.random() < 0.3 and len(text) >= 4:
        k = rng.randrange(1, len(text) - 1)
        return text[:k] + RLO + text[k:][::-1] + PDF
    closer = rng.choice([PDF, PDF, ""])
    return RLO + text[::-1] + closer


# -------------------------------------------------------------------------- (5) glued words


def camel(words: list[str]) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words)


def glue(mark: str, noun: str, rng: random.Random) -> str:
    """The mark glued to a neighbouring word: #guccibelt, #GucciBelt, GucciBelt, MensGucciBelt, #gucci_outlet."""
    words = [w for w in "".join(ch if ch.isalnum() else " " for ch in mark).split()]
    noun_words = noun.split()
    style = rng.choice(["hashtag_lower", "hashtag_camel", "camel", "camel_prefix", "hashtag_lower", "hashtag_prefix", "hashtag_upper"])
    if style == "hashtag_upper":
        return "#" + "".join(words).upper() + "".join(noun_words).upper()
    if style == "hashtag_lower":
        return "#" + "".join(words).lower() + "".join(noun_words).lower()
    if style == "hashtag_camel":
        return "#" + camel(words + noun_words)
    if style == "camel":
        return camel(words + noun_words) if rng.random() < 0.7 else camel(words) + rng.choice(["2024", "2025", "88"]) + "".join(noun_words).lower()
    if style == "hashtag_prefix":
        tail = "".join(noun_words).lower() if rng.random() < 0.5 else ""
        return "#" + rng.choice(["real", "cheap", "new", "best", "original"]) + "".join(words).lower() + tail
    return camel([rng.choice(["Mens", "Womens", "New", "Original", "Cheap"])] + words + noun_words)


# -------------------------------------------------------------------------- known disguises

LEET = {"a": "4@", "e": "3", "i": "1!", "o": "0", "s": "5$", "t": "7", "l": "1", "b": "8", "g": "9"}
# The older, wider leet alphabet: currency signs and letters drawn with punctuation.
LEET_WIDE = {"a": ["/\\", "@"], "c": ["¢", "("], "e": ["€", "3"], "h": ["|-|"], "k": ["|<"], "l": ["£", "|"],
             "n": ["|\\|"], "o": ["()", "0"], "v": ["\\/"], "w": ["\\/\\/"], "y": ["¥"], "s": ["$", "5"], "t": ["+", "7"]}


def leet(mark: str, rng: random.Random) -> str:
    """Digits and $ @ ! for letters: B0$E, N1k3."""
    return _leet(mark, rng, wide=False)


def leet_wide(mark: str, rng: random.Random) -> str:
    """One or two letters drawn with punctuation or currency signs: |\\|ike, ¢anon, P()wer."""
    return _leet(mark, rng, wide=True)


def _leet(mark: str, rng: random.Random, wide: bool) -> str:
    table = {k: list(v) for k, v in LEET.items()} if not wide else LEET_WIDE
    subs = [i for i, ch in enumerate(mark) if ch.lower() in table]
    if not subs:
        return mark
    chars = list(mark)
    count = rng.choice([1, min(2, len(subs))]) if wide else rng.choice([1, min(2, len(subs)), len(subs)])
    for i in rng.sample(subs, k=count):  # the wide alphabet is hard to read: one or two letters at most
        chars[i] = rng.choice(table[chars[i].lower()])
    return "".join(chars)


COMBINING = ["\u0301", "\u0300", "\u0308", "\u0302", "\u0303", "\u0304", "\u0306", "\u030c", "\u0307", "\u0328", "\u0323"]


def accents(mark: str, rng: random.Random) -> str:
    """Accents where no language writes them: on consonants, or several on one word (Ḃōśé, Ñïkë)."""
    pos = letter_positions(mark)
    consonants = [i for i in pos if mark[i].lower() not in VOWELS]
    chosen = set(rng.sample(pos, k=min(len(pos), rng.choice([2, 3, len(pos)]))))
    if consonants and rng.random() < 0.5:
        chosen.add(rng.choice(consonants))
    out = []
    for i, ch in enumerate(mark):
        out.append(ch)
        if i in chosen:
            out.append(rng.choice(COMBINING))
    return unicodedata.normalize(rng.choice(["NFC", "NFD"]), "".join(out))


def fullwidth(mark: str, rng: random.Random) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else "\u3000" if ch == " " else ch for ch in mark)


def spaced(mark: str, rng: random.Random) -> str:
    """A separator between every letter: B.O.S.E, B O S E, B-O-S-E."""
    seps = [" ", ".", "-", "_", "·", " . ", "*", "/"]
    body = [ch for ch in (mark if rng.random() < 0.5 else mark.upper()) if ch.isalnum()]
    if rng.random() < 0.25:  # a different separator in each gap: G.U-C_C.I
        return body[0] + "".join(rng.choice(seps[:6]) + ch for ch in body[1:])
    return rng.choice(seps).join(body)


# -------------------------------------------------------------------------- (8) model numbers

DIGIT_LOOKALIKE = {"0": "Oo", "1": "Il", "5": "S", "8": "B", "2": "Z"}
LETTER_LOOKALIKE = {"O": "0", "I": "1", "S": "5", "B": "8", "Z": "2", "l": "1"}


def model_lookalike(model: str, rng: random.Random) -> str:
    """Digits and letters swapped for their look-alikes: WH-1OOOXM5, SM-S92lB."""
    digit_subs = [i for i, ch in enumerate(model) if ch in DIGIT_LOOKALIKE]
    letter_subs = [i for i, ch in enumerate(model) if ch in LETTER_LOOKALIKE]
    chars = list(model)
    pool = digit_subs if digit_subs and (not letter_subs or rng.random() < 0.8) else letter_subs
    for i in rng.sample(pool, k=min(len(pool), rng.choice([1, 1, 2, 3]))):
        table = DIGIT_LOOKALIKE if chars[i] in DIGIT_LOOKALIKE else LETTER_LOOKALIKE
        chars[i] = rng.choice(table[chars[i]])
    return "".join(chars)


MODEL_SUFFIXES = ["-US10", "/BLK", "-EU42", " #2", "-WHT", "/A"]


def model_separators(model: str, rng: random.Random) -> str:
    """A model number with its separators dropped, changed or added, in any case, maybe a size or colour suffix."""
    if rng.random() < 0.15 and model.replace("-", "").isalnum():
        return _model_style(model, rng) + rng.choice(MODEL_SUFFIXES)
    return _model_style(model, rng)


def _model_style(model: str, rng: random.Random) -> str:
    style = rng.choice(["drop", "space", "keep", "lower", "dot"])
    if style == "drop":
        return "".join(ch for ch in model if ch.isalnum() or ch in "/.+")
    if style == "space":
        return model.replace("-", " ")
    if style == "lower":
        return model.lower()
    if style == "dot":
        return model.replace("-", ".")
    return model
