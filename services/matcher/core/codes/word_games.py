"""The mark put through a children's word game a buyer undoes in their head: Pig Latin ("Olexray", "Ucci-gay",
"Ikenay", "Appleway"), a syllable slipped before each vowel (Ubbi Dubbi "Rubolubex", French javanais "Gavuccavi",
Ag/Op/Ob-speak, Gibberish's "idig"), each vowel echoed through p or f (Dutch p-taal, Spanish jerigonza/idioma de la
efe, Portuguese língua do pê: "Ropolepex", "Rofolefex"), or a fixed letter after (or before) each of its letters
("Rxoxlxexx"; the letters doubled, "RRoolleexx"), each consonant doubled round an o (Swedish rövarspråket: "Rorololexox"),
each vowel echoed through the Löffelsprache's lew or lef ("Rolewolelewex") or the B-language's b.

Pig Latin: a word's first consonants (one or more, y a consonant only first) moved to its end and "ay" added
("rolex" -> "olexray"; also "ai", "ei", "e", "a"), or a word that starts with a vowel with "way", "yay", "hay" or "ay"
("omega" -> "omegaway"). Each word of a mark is encoded when the index is built (`Marks.pig`: one dict lookup a
listing's word, hyphens and apostrophes dropped: "Ucci-gay" is "uccigay"), and neighbouring words read together
("Ouislay Uittonvay"). The other games are undone on a word that holds the game's syllable twice or more, and the
result compared with the marks as written.

A word counts when it is no word of any language of context/language.py at Zipf 1.5. A game is a deliberate
disguise, readable without a key (as verlan): the hit is weak evidence needing the brand's category and a cue or a
price below the floor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from services.matcher.core.codes import Hit, Marks

NAME = "word game"
MIN_WORD = 3  # a mark's word this long or longer is encoded in Pig Latin
MIN_GAME = 4  # letters of a mark read from the other games
WORD_ZIPF = 1.5
VOWELS = "aeiou"
PIG_ENDS = ("ay", "ai", "ei", "e", "a")  # after moved consonants
PIG_VOWEL_ENDS = ("way", "yay", "hay", "ay", "ai")  # after a word that starts with a vowel
# the syllables slipped before each vowel group: Ubbi Dubbi (ub), javanais (av), Gibberish (idig, itherg)
INSERTS = ("idig", "itherg", "ub", "av")
_INSERTED = {s: re.compile(f"{s}(?=[aeiouy])") for s in INSERTS}
# each vowel (group) said again after a consonant or syllable: p-taal, jerigonza, língua do pê (o -> opo, ofo), the
# B-language (obo), German Löffelsprache (o -> olewo, olefo)
_ECHO = re.compile(r"([aeiou]{1,2})(?:lew|lef|lev|[pfb])\1")
_PLAYED = re.compile(r"(?:idig|itherg|ub|av)(?=[aeiouy])|([aeiou])(?:lew|lef|lev|[pfb])\1|([b-df-hj-np-tv-xz])o\2")
_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")
_TOKEN = re.compile(r"(?<![^\W\d_])[A-Za-z]+(?:[-'’][A-Za-z]+)*(?![^\W\d_])")
_GAP = re.compile(r"[ \t\u00a0]{1,3}")


def fold(token: str) -> str:
    """A listing's word as the games' tables hold it: lower case, hyphens and apostrophes dropped."""
    return "".join(c for c in token.lower() if "a" <= c <= "z")


def pig_latin(word: str) -> set[str]:
    """A lower-case word's Pig Latin forms (see the module's text)."""
    if word[0] in VOWELS:
        return {word + end for end in PIG_VOWEL_ENDS}
    first = next((k for k, c in enumerate(word) if k and c in VOWELS + "y"), None)
    if first is None:  # no vowel (BMW): the word as it is, + ay
        return {word + end for end in PIG_ENDS[:3]}
    if word.startswith("qu"):
        first = max(first, 2)
    return {word[k:] + word[:k] + end for k in range(1, first + 1) for end in PIG_ENDS}


def undone(word: str, least: int = 2) -> set[str]:
    """The other games undone on a lower-case word: each that the word plays `least` times or more (see the module's
    text; a word of a mark of several words may hold the game once: "Spithergort")."""
    out = set()
    if _PLAYED.search(word):
        for syllable, pattern in _INSERTED.items():
            if word.count(syllable) >= least:
                plain = pattern.sub("", word)
                if plain != word:
                    out.add(plain)
        if len(_ECHO.findall(word)) >= least:
            out.add(_ECHO.sub(r"\1", word))
        robber = robbers_language(word)
        if robber:
            out.add(robber)
    if len(word) >= 2 * MIN_GAME:
        for letters, filler in ((word[::2], word[1::2]), (word[1::2], word[::2])):
            if len(set(filler)) == 1 or filler == letters[:len(filler)]:
                out.add(letters)
    return {w for w in out if len(w) >= MIN_WORD and w != word}


def robbers_language(word: str) -> str | None:
    """Swedish rövarspråket undone: each consonant written consonant + o + consonant ("rorololexox" -> "rolex"), every
    consonant of the word so, two or more; None when the word is not so written."""
    out, k, played = [], 0, 0
    while k < len(word):
        c = word[k]
        if c in _CONSONANTS:
            if word[k + 1:k + 3] != "o" + c:
                return None
            k += 3
            played += 1
        else:
            k += 1
        out.append(c)
    return "".join(out) if played >= 2 else None


class WordGames:
    name = NAME
    latin_words: frozenset[str] = frozenset()

    def opens(self, piece: str) -> bool:
        return False  # by its words (detectors/decoded.py's `games` token kind: `marks.pig`, `undone`)

    def decode(self, text: str, marks: Marks) -> Iterator[Hit]:
        from services.matcher.core.codes.anagram import a_word

        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        readings: list[list[tuple[str, str]]] = []  # per token: (plain word, game)
        for _, _, token in tokens:
            word = fold(token)
            found = [(w, "Pig Latin") for w in marks.pig.get(word, ())]
            if len(word) >= MIN_WORD + 2:
                found += [(w, "a syllable game") for w in undone(word, 1) if w in marks.joined or w in marks.pig_words]
            if found and (word in marks.joined or a_word(word, WORD_ZIPF)):
                found = []
            readings.append(found)
        for first, found in enumerate(readings):
            if not found:
                continue
            # the word alone, or with its neighbours (each a game's word or written plainly: "Louis Uittonvay")
            paths: list[tuple[str, list[str]]] = [(w, [game]) for w, game in found]
            for last in range(first, min(first + 4, len(tokens))):
                if last > first:
                    if not _GAP.fullmatch(text[tokens[last - 1][1]:tokens[last][0]]):
                        break
                    nxt = readings[last] or [(fold(tokens[last][2]), "")]
                    paths = [(p + w, games + [game]) for p, games in paths for w, game in nxt][:16]
                for joined, games in paths:
                    if joined in marks.joined and any(games):
                        shown = text[tokens[first][0]:tokens[last][1]]
                        how = " and ".join(dict.fromkeys(g for g in games if g))
                        yield Hit(tokens[first][0], tokens[last][1], joined, f"'{shown}' read back from {how}: {joined}")


CODE = WordGames()
