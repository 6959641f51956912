"""A mark split by spaces (Ni ke, Ho nda, Bo sch, Mic ro soft, MICRO SOFT): rule intrusion, a weak candidate; or by
a line break (Ro-⏎lex, Sam⏎sung, a title ending "Gu" and a description beginning "cci"): rule line_break.

A space is a word boundary everywhere else, and many marks split in two are two ordinary words ("can on",
"air wrap", "play station", "micro soft", "sub mariner"), so every split is a weak candidate: it counts only
with the brand's category and a cue or a low price (`needs_corroboration`), and a split into two common
English words (symspellpy's list, `FuzzyConfig.common_word_count`) only with a counterfeit cue or a price
far below the floor (`needs_cue`, scoring.strongly_corroborated: a cheap listing uses ordinary words too).
Single-word Latin marks of four letters or more that are no everyday word (an everyday-word mark, Puma, only
hyphenated at a line break or split by a no-break space or a tab, and then it counts as the everyday word it is); two pieces of two letters or
more, or three pieces (two single spaces) of two letters or more for marks of six letters or more
("Mic ro soft", "Sa msu ng").

Kept: the marks (mark word -> fingerprints) and the pieces a split can end with (every suffix of two letters or
more that leaves two letters before it: "ke", "nda", "soft"), a set the listing's words (the leet view's,
computed once per listing) are intersected with, one C call; not every split (the pieces before the last
piece), which grew with the square of a mark's length. A listing with such a word is read in runs of words of
two letters or more one space apart (one regular expression): a word of a run that ends a split is joined with
the one or two words before it, and the join looked up among the marks.

Line breaks: a hyphen at the end of a line inside a word is the typographer's end-of-line hyphenation ("Ro-⏎lex"
is read "Rolex" by everyone), so the join names the mark as written (rule `line_break`, the weight of an exact
mark; two common words so joined, "micro-⏎soft", still need a cue). A line break alone inside the mark, or the
title's last word and the description's first ("… watch Ro" / "lex 1:1"), is a split like a space: a weak
candidate (`needs_corroboration`). Across line breaks the marks of several words count too, their words run
together ("Canada Goo-⏎se", "Louis Vuit-⏎ton"): never by spaces alone (those words are the mark's own words, found
by the marks detector). Cost: the runs' separators allow a line break, so the regular expression is the same one
pass; the several-word marks are looked up only for a join across a line break.

Boundaries moved, added or removed (issue 9, outsider19's "Pan + dora", "Sam + sung", "Coc aCola", "Pr oStaff", "Air Ma
x90"): a mark's letters written in order with its word boundaries elsewhere. Read here as a chain of the latin view's
letter runs, each two apart by a space, a tab, a line break or one joiner between spaces ('+', '/', '-', '·' (the latin
view's '-'), '_', '.', '|', '*'), whose letters run together are a mark's: a single-word mark of four letters or more, or
a several-word mark's words joined (six letters or more), the first piece two letters or more, a piece of one letter
only in a mark of six letters or more, the last piece perhaps followed by a model number ("Ma x90"). A chain that cuts a
several-word mark exactly at its own words is the mark as written (the marks detector's); one the reader above reads
(spaces only, two or three pieces of two letters or more) is left to it. Every such reading is a weak candidate
(`needs_corroboration`: the brand's category and a cue or a low price), and one whose pieces are all common English
words (symspellpy's list: "pilots port") needs a counterfeit cue or a price far below the floor (`needs_cue`); an
everyday-word mark (Pandora, Canon) is read only cut by a joiner no word is written with ('+', '·', '/', '*', '|':
"Pan + dora", never "can on") and needs the same. "Ma x"
alone is nothing: the chain must hold every letter of the mark ("Air Ma x"). Gate: the listing's leet words against
the marks' beginnings (every prefix of two letters or more of a joined mark, one C call), then a word of them followed by
one that goes on with it ("sam" and "sung", "air" and "ma": a set look-up or two for each such word).

Spoonerisms (the same class: the first sounds of two words of a several-word mark swapped, "Wot Heels" for Hot
Wheels, "Mair Ax" for Air Max, "Stro Paff" for Pro Staff, "Forth Nace"): every two neighbouring words of a
several-word mark of three letters or more each (no everyday-word mark: "Base Camp") give their swaps, each word's
leading consonants (none to all of them, or its first letter) put before the other's rest, a doubled first letter
read once ("hheels" is "heels": Hot Wheels); the listing's two neighbouring words looked up among them (rule
`scattered`: the mark's words taken apart). A weak candidate like a split (`needs_corroboration`), needing a counterfeit
cue or a price far below the floor when both swapped words are common English words. Gate: the leet words against
the swaps' first words (one C call), then each such word and the next looked up as a pair. Source of the class: the held-out
set outsider19 (report.md, "What the weak classes share", 1); none of its listings is a key here.
"""

from __future__ import annotations

import itertools
import re

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.fuzzy import common_words
from services.matcher.core.normalise import FIELD_SEPARATOR, ListingText, leet_word, mark_words
from services.matcher.core.scoring import Evidence

# words of two letters or more one space or one line break apart (a hyphen before the break, spaces around it: the
# latin view keeps "\n" and "-"; the title and description are joined by a "\n"), each a whole word of the latin view
# (text57, issue 9) a continuation mark on either side of a line break: a title cut with an ellipsis and a description
# that opens with one ("… Auto…" / "…desk 1:1"; "Pana..." / "...sonic"), the latin view's " ... ", read as the break
_CONTINUED = r"(?:[ \t]*\.\.\.?[ \t]*)?"
_SEPARATOR = rf"(?:[ \t]|[ \t]*-?{_CONTINUED}[ \t]*-?[ \t]*(?:\r?\n|\u2028|\u2029){_CONTINUED}[ \t]*)"
_RUN = re.compile(rf"(?<![a-z0-9])[a-z]{{2,}}(?:{_SEPARATOR}[a-z]{{2,}})+(?![a-z0-9])")
_WORD = re.compile(r"[a-z]+")
_BREAK = frozenset("\n\r\u2028\u2029")
# the latin view's letter runs (a word's letters; digits and anything else end them)
_LETTERS = re.compile(r"[a-z]+")
# what may stand between two pieces of a mark whose boundaries moved: spaces, tabs, line breaks, or one joiner between them
_GAP = re.compile(r"[ \t]*(?:[+/\-_.|*][ \t]*)?(?:(?:\r?\n|\u2028|\u2029)[ \t]*)?")
_VOWELS = frozenset("aeiouy")
# a joiner no word is written with: an everyday-word mark so cut ("Pan + dora", "Can·on") is cut on purpose
_JOINERS = frozenset("+·•/*|")
MOVED_MIN = 6  # a several-word mark joined, and a mark with a piece of one letter: this many letters or more


class SplitMarkDetector(Detector):
    name = "split_marks"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._marks: dict[str, list[int]] = {}  # mark word -> fingerprints
        self._joined: dict[str, list[int]] = {}  # the words of a several-word mark run together -> fingerprints
        self._tails: frozenset[str] = frozenset()  # the last pieces a mark splits into
        self._common: frozenset[str] = frozenset()
        self._everyday: dict[str, list[int]] = {}  # everyday-word single-word marks -> fingerprints
        # boundaries moved: a mark's letters run together -> [(fingerprint, the mark's own word boundaries)]
        self._moved: dict[str, list[tuple[int, frozenset[int]]]] = {}
        self._heads: frozenset[str] = frozenset()  # every beginning of two letters or more of a _moved key
        self._prefixes: frozenset[str] = frozenset()  # every beginning of a _moved key
        self._own_words: frozenset[tuple[str, str]] = frozenset()  # several-word marks' first two words
        # spoonerisms: "first second" (two neighbouring words of a mark, their first sounds swapped) -> fingerprints
        self._spoonerisms: dict[str, list[int]] = {}
        self._spooner_firsts: frozenset[str] = frozenset()

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, MarkFingerprint):
            self._add_moved(i, fp.value, fp.everyday_word)
        if isinstance(fp, MarkFingerprint) and fp.everyday_word:
            word = leet_word(fp.value)  # Puma, Shell: only hyphenated at a line break ("Pu-⏎ma"), the mark as written
            if word.isascii() and word.isalpha() and len(word) >= 4 and fp.value.strip().isalpha():
                self._everyday.setdefault(word, []).append(i)
        elif isinstance(fp, MarkFingerprint):
            word = leet_word(fp.value)
            if word.isascii() and word.isalpha() and len(word) >= 4 and fp.value.strip().isalpha():
                self._marks.setdefault(word, []).append(i)
            elif word.isascii() and word.isalpha() and len(word) >= 6 and len(fp.value.split()) in (2, 3):
                self._joined.setdefault(word, []).append(i)
        return None

    def _add_moved(self, i: int, mark: str, everyday: bool) -> None:
        """A mark's letters for the moved-boundary reading, and its spoonerisms (see the module's docstring)."""
        words = mark_words(mark)
        if not words or not all(w.isascii() and w.isalpha() for w in words) or everyday and len(words) > 1:
            return
        joined = "".join(words)
        if len(joined) >= (4 if len(words) == 1 else MOVED_MIN):
            own = frozenset(itertools.accumulate(len(w) for w in words[:-1]))
            self._moved.setdefault(joined, []).append((i, own, everyday))
        if everyday:
            return
        for first, second in zip(words, words[1:]):
            if len(first) >= 3 and len(second) >= 3:
                for swapped in spoonerisms(first, second):
                    found = self._spoonerisms.setdefault(swapped, [])
                    if i not in found:
                        found.append(i)

    def compile(self) -> None:
        self._common = common_words(self.config.fuzzy.common_word_count)
        self._prefixes = frozenset(key[:k] for key in self._moved for k in range(1, len(key)))
        self._heads = frozenset(p for p in self._prefixes if len(p) >= 2)
        # a several-word mark's first two words as registered ("louis", "vuitton"): the mark as written opens no chain
        self._own_words = frozenset((key[:min(cuts)], key[min(cuts):max([*cuts, len(key)])] if len(cuts) == 1 else
                                     key[min(cuts):sorted(cuts)[1]])
                                    for key, found in self._moved.items() for _, cuts, _ in found if cuts)
        self._spooner_firsts = frozenset(key.split(" ", 1)[0] for key in self._spoonerisms)
        # the last of two pieces of two letters or more (the last of three pieces is one of these too)
        self._tails = frozenset(word[k:] for word in (*self._marks, *self._joined, *self._everyday) for k in range(2, len(word) - 1))

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        out = self._split(text, listing)
        words = text.leet_words()  # in order (the leet view's: a gate that may open too often, never too seldom)
        if self._heads and not self._heads.isdisjoint(words) and self._may_run_together(words, text.latin_words):
            seen = {(e.fingerprint, e.start, e.end) for e in out}
            out += [e for e in self._moved_boundaries(text, listing) if (e.fingerprint, e.start, e.end) not in seen]
        if self._spooner_firsts and not self._spooner_firsts.isdisjoint(words) and self._may_be_spoonerised(words):
            out += self._spoonerised(text, listing)
        return out

    def _may_be_spoonerised(self, words: list[str]) -> bool:
        """Whether two neighbouring leet words are a spoonerism of a mark's (the gate of `_spoonerised`; its words are
        letters only, which the leet view keeps as they are)."""
        firsts, table = self._spooner_firsts, self._spoonerisms
        return any(f"{a} {b}" in table for a, b in zip(words, words[1:]) if a in firsts)

    def _may_run_together(self, words: list[str], latin_words: frozenset[str]) -> bool:
        """Whether some word that begins a mark is followed by one that goes on with it (the gate of
        `_moved_boundaries`: "sam" then "sung", "air" then "ma")."""
        heads, prefixes, moved, own = self._heads, self._prefixes, self._moved, self._own_words

        def goes_on(a: str, b: str) -> bool:
            # a word the leet view changed (digits read as letters, "x90" is "xgo") goes on by its first letter
            return bool(b) and ((a + b in prefixes and (a, b) not in own) or (a + b in moved and (a, b) not in own) or (
                b not in latin and a + b[:1] in prefixes))

        latin = latin_words
        # the next word, or the one after it (a joiner the leet view reads as a letter: "Mac | Book", "|" is l)
        return any(goes_on(a, b) or goes_on(a, c)
                   for a, b, c in zip(words, words[1:], [*words[2:], ""]) if a in heads)

    def _moved_boundaries(self, text: ListingText, listing: Listing) -> list[Evidence]:
        """A mark's letters in order, its word boundaries moved, added or removed ("Pan + dora", "Coc aCola", "Air Ma
        x90"): see the module's docstring."""
        latin = text.latin
        runs = list(_LETTERS.finditer(latin))
        heads, prefixes, moved = self._heads, self._prefixes, self._moved
        out = []
        for n, run in enumerate(runs):
            head = run.group()
            if head not in heads or (run.start() and latin[run.start() - 1].isalnum()):
                continue
            joined, cuts, seps, last = head, [len(head)], [], run
            for nxt in runs[n + 1:n + 6]:
                gap = latin[last.end():nxt.start()]
                if not gap or not _GAP.fullmatch(gap) or last.end() < len(latin) and latin[last.end()].isdigit():
                    break
                joined += nxt.group()
                seps.append(gap)
                last = nxt
                found = moved.get(joined)
                if found is not None and (last.end() >= len(latin) or not latin[last.end()].isalpha()):
                    pieces = [joined[a:b] for a, b in zip([0, *cuts], [*cuts, len(joined)])]
                    if min(map(len, pieces)) == 1 and len(joined) < MOVED_MIN:
                        pass
                    else:
                        out += self._moved_evidence(text, found, frozenset(cuts), pieces, seps, run.start(), last.end())
                if joined not in prefixes:
                    break
                cuts.append(len(joined))
        return self.in_category(out, text, listing) if out else out

    def _moved_evidence(self, text: ListingText, found, cuts: frozenset[int], pieces: list[str], seps: list[str],
                        start: int, end: int) -> list[Evidence]:
        plain = all(not set(sep) - set(" \t\r\n\u2028\u2029") for sep in seps)
        o_start, o_end = text.original_span("latin", start, end)
        joiner = not _JOINERS.isdisjoint(text.original[o_start:o_end])
        field, o_start, o_end, matched = text.locate(o_start, o_end)
        common = all(p in self._common for p in pieces)
        out = []
        for i, own, everyday in found:
            if everyday and not joiner:
                continue  # an everyday-word mark (Pandora, Canon) cut on purpose only: "Pan + dora", not "can on"
            if cuts == own:
                continue  # the mark's own words ("Coca Cola", "Air + Max"): the marks detector's reading
            if not own and plain and min(map(len, pieces)) >= 2 and len(pieces) <= 3:
                continue  # spaces only, two or three pieces of two letters or more: the reader above
            fp = self.fingerprints[i]
            detail = (f"the letters of '{fp.value}' with its word boundaries moved ({' | '.join(pieces)}); "
                      + ("common words: needs the brand's category and a counterfeit cue or a price far below the floor"
                         if common else "needs the brand's category and a cue or a low price"))
            out.append(Evidence(Rule.intrusion, self.weights.fuzzy_distance_1, i, field, o_start, o_end, matched, fp.value,
                                detail=detail, needs_corroboration=True, needs_cue=common or everyday, everyday=everyday))
        return out

    def _spoonerised(self, text: ListingText, listing: Listing) -> list[Evidence]:
        """Two neighbouring words of the listing that are two of a mark's with their first sounds swapped."""
        latin = text.latin
        runs = list(_LETTERS.finditer(latin))
        firsts, table = self._spooner_firsts, self._spoonerisms
        out = []
        for a, b in zip(runs, runs[1:]):
            first = a.group()
            if first not in firsts or latin[a.end():b.start()] != " ":
                continue
            if (a.start() and latin[a.start() - 1].isalnum()) or (b.end() < len(latin) and latin[b.end()].isalnum()):
                continue  # whole words ("Mair Ax 90", not "Mair Ax90": the gate reads whole leet words)
            second = b.group()
            found = table.get(f"{first} {second}")
            if not found:
                continue
            field, start, end, matched = text.locate(*text.original_span("latin", a.start(), b.end()))
            common = first in self._common and second in self._common
            for i in found:
                fp = self.fingerprints[i]
                out.append(Evidence(Rule.scattered, self.weights.fuzzy_distance_1, i, field, start, end, matched, fp.value,
                                    detail=f"two words of '{fp.value}' with their first sounds swapped (a spoonerism); "
                                           + ("common words: needs the brand's category and a counterfeit cue or a "
                                              "price far below the floor" if common else
                                              "needs the brand's category and a cue or a low price"),
                                    needs_corroboration=True, needs_cue=common))
        return self.in_category(out, text, listing) if out else out

    def _split(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not (self._marks or self._joined or self._everyday) or self._tails.isdisjoint(text.leet_words()):
            return []
        tails, marks, joined = self._tails, self._marks, self._joined
        # (first start, first fingerprint, fingerprints, words, run start, word matches, first, pieces - 1, separators,
        # a several-word mark)
        found = []
        odd_possible = "\t" in text.original or (not text.is_ascii and "\u00a0" in text.original)
        for run in _RUN.finditer(text.latin):
            pieces = list(_WORD.finditer(run.group()))
            words = [p.group() for p in pieces]
            for n in [n for n, w in enumerate(words) if n and w in tails]:
                for k in (1, 2, 3):  # two pieces, three (the join six letters or more), four across a break
                    if n < k:
                        break
                    seps = [run.group()[pieces[j].end():pieces[j + 1].start()] for j in range(n - k, n)]
                    broken = any(not _BREAK.isdisjoint(sep) for sep in seps)
                    mark = "".join(words[n - k:n + 1])
                    fps, several = (marks.get(mark) if k < 3 else None), False
                    nbsp = odd_possible and any(_between_words(text, run.start() + pieces[j].end(),
                                                               run.start() + pieces[j + 1].start()) for j in range(n - k, n))
                    if fps is None and (broken or nbsp):
                        fps, several = joined.get(mark), True
                    everyday = False
                    across = k == 1 and broken and _continued(text, run.start() + pieces[n].start())
                    if fps is None and k < 3 and (nbsp or across or all(not _BREAK.isdisjoint(sep) and "-" in sep
                                                                        for sep in seps)):
                        fps, everyday = self._everyday.get(mark), True
                    if fps is not None:
                        found.append((run.start() + pieces[n - k].start(), fps[0], fps, words, run.start(), pieces,
                                      n - k, k, seps, several, everyday, across))
        out = []
        for _, _, fps, words, offset, pieces, first, k, seps, several, everyday, across in sorted(found, key=lambda f: f[:2]):
            start, end = offset + pieces[first].start(), offset + pieces[first + k].end()
            field, start, end, matched = text.locate(*text.original_span("latin", start, end))
            both_common = k == 1 and words[first] in self._common and words[first + 1] in self._common
            breaks = [not _BREAK.isdisjoint(sep) for sep in seps]
            if any(breaks):
                # every break hyphenated, and no other split than the breaks (a several-word mark keeps its spaces)
                hyphenated = all("-" in sep for sep, b in zip(seps, breaks) if b) and (several or all(breaks))
                rule = Rule.line_break
                weak = not hyphenated or both_common
                detail = ("hyphenated at a line break: the mark as written" if hyphenated else
                          "a line break inside the mark; needs corroboration")
            else:
                rule, weak = Rule.intrusion, True
                detail = "a space inside the mark; needs corroboration" if k == 1 else "spaces inside the mark; needs corroboration"
            if both_common:
                detail = "split into two common words; needs the brand's category and a counterfeit cue or a price far below the floor"
            if across:
                # the title ends inside the mark and the description goes on with it in small letters ("… fast ship – Sam"
                # / "sung S24 Ultra"): one word written across the two fields on purpose, two common words (Sam, sung)
                # and an everyday-word mark (Pan, dora) too; still a weak candidate (the brand's category with a cue or
                # a low price): a bare break at a genuine price ("Ro" / "lex with box and papers") says no copy
                both_common = False
                detail = ("split between the title's end and the description's start, its rest in small letters: the "
                          "mark written across the fields; needs the brand's category and a cue or a low price")
            weight = self.weights.exact if rule is Rule.line_break and not weak else self.weights.fuzzy_distance_1
            for i in fps:
                fp = self.fingerprints[i]
                out.append(Evidence(rule, weight, i, field, start, end, matched, fp.value, detail=detail,
                                    needs_corroboration=weak, needs_cue=both_common, everyday=everyday and not across))
        return self.in_category(out, text, listing)

    def memory_bytes(self) -> int:
        return (200 * (len(self._marks) + len(self._joined) + len(self._moved) + len(self._spoonerisms))
                + 80 * (len(self._prefixes) + len(self._heads)) + 40 * sum(map(len, self._marks.values()))
                + 40 * sum(map(len, self._joined.values())) + 80 * len(self._tails))

    def stats(self) -> dict[str, int]:
        return {"split_marks": len(self._marks)}


def _onset(word: str) -> int:
    """The length of a word's leading consonants ("str" of "straff"; y is a consonant only first)."""
    k = 0
    while k < len(word) and (word[k] not in _VOWELS or (k == 0 and word[k] == "y")):
        k += 1
    return k


def spoonerisms(first: str, second: str) -> set[str]:
    """Two words with their first sounds swapped, "first second" (latin view): each word's leading consonants, none to
    one to all of them or its first letter (none of a word that begins with a vowel), put before the other word's rest; a doubled first letter read once. "hot wheels"
    -> "wot heels", "air max" -> "mair ax", "pro staff" -> "stro paff", "north face" -> "forth nace"."""
    out = set()
    onsets = _onset(first), _onset(second)
    for i in {*range(1, onsets[0] + 1), 1, *((0,) if not onsets[0] else ())}:  # a word that has an onset gives one
        for j in {*range(1, onsets[1] + 1), 1, *((0,) if not onsets[1] else ())}:
            if i == j == 0:
                continue
            a, b = second[:j] + first[i:], first[:i] + second[j:]
            for a2 in {a, a[1:] if len(a) > 2 and a[0] == a[1] else a}:
                for b2 in {b, b[1:] if len(b) > 2 and b[0] == b[1] else b}:
                    if len(a2) >= 2 and len(b2) >= 2 and (a2, b2) != (first, second) and (a2, b2) != (second, first):
                        out.add(f"{a2} {b2}")
    return out


def _continued(text: ListingText, latin_start: int) -> bool:
    """Whether the piece at `latin_start` (latin view) opens the description in a small letter right after a title that
    ends in a letter: the title's last word goes on in the description ("… Ro" / "lex Submariner"); a description that
    opens a sentence of its own ("Lexicon of …") or a title that ends in punctuation is no such word."""
    title = text.title
    if not text.description or not title:
        return False
    # (text57) a title cut with a continuation mark and a description that opens with one ("Auto…" / "…desk", "Pana..." /
    # "...Sonic"): the seller says the word goes on, in whatever case it goes on
    head = title.rstrip(_ELLIPSIS)
    marked = len(head) < len(title) and text.description.startswith(("…", ".."))
    if not head or not head[-1].isalpha():
        return False
    a, _ = text.original_span("latin", latin_start, latin_start + 1)
    at = len(title) + len(FIELD_SEPARATOR) + (len(text.description) - len(text.description.lstrip(_ELLIPSIS)) if marked else 0)
    return a == at and (marked and text.original[a:a + 1].isalpha() or text.original[a:a + 1].islower())


_ELLIPSIS = "…."  # the characters of an ellipsis, one character or dots


def _between_words(text: ListingText, start: int, end: int) -> bool:
    """Whether the latin view's gap [start, end) is a no-break space or a tab in the original (honest text has them
    between words too: a split across one is weak, like a space, but marks of several words and everyday-word marks
    are looked up across it, as across a line break; an unusual space of another kind is terms.ODD_SPACES')."""
    a, b = text.original_span("latin", start, end)
    gap = text.original[a:b]
    return "\u00a0" in gap or "\t" in gap
