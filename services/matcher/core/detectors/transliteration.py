"""A Latin mark written in another script by its sound (ナイキ, Найк, نايك, 나이키, Νάικ, ไนกี้, नाइकी for Nike):
rule transliteration.

Each Latin mark (its words joined: "louisvuitton") is filed under its sound keys (sounds.mark_keys). In a
listing only runs of letters of the scripts of sounds.SCRIPTS are read (an ASCII listing, or one in Latin
letters and Chinese only, costs one regular-expression search): each word of those scripts, and each pair of
neighbouring words (Луи Виттон, ルイ・ヴィトン); in scripts written without spaces (katakana, Thai, Lao, Khmer, Myanmar)
every stretch of three to eleven letters that starts the run (ナイキスニーカー: ナイキ) or, but in katakana, ends it
(รองเท้าไนกี้, "shoes Nike"). Hiragana is read with katakana's keys (ろれっくす as ロレックス), a run ending in a case
particle also without it (ぐっちの). A stretch is romanised (sounds.romanise) and its sound key looked up. The evidence
names what was read and how: "'ろれっくす' read as Rolex (hiragana, 'rorekusu')".

How much a hit counts follows the misspellings detector: a romanisation within one edit of the mark's
spelling (Адидас = adidas, Самсунг = samsung, Ролекс = roleks for rolex) of a mark of five letters or more
names the mark like a one-edit misspelling does; any other hit is a sound-alike only (ナイキ is "naiki"),
and a sound key of a few consonant classes is shared by many words (Nike's NK by Ника, a girl's name): a hit
must also be close to the mark in letters (sounds.similarity, vowels read as one), the closest brand of a
stretch wins, and it is a weak candidate that needs the brand's category plus a counterfeit cue or a price far
below the floor (`needs_cue`, scoring.strongly_corroborated: like a common English word one edit from a mark,
a merely low price is not enough); a common word of its own language (без, ساعة, ブルー, なき: wordfreq) never is one. The
languages of Myanmar, Khmer, Lao and Ethiopic script have no word list: there a sound-alike of a two-class mark must be
heard 0.8 close and start as the mark does (UNLISTED), and their goods nouns (ဖုန်း "phone") are listed (GOODS).
"""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz.distance import OSA

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.alternation import trie_pattern
from services.matcher.core.chinese import is_han
from services.matcher.core.context.language import greek_own_form, top_zipf
from services.matcher.core.context.sectors import goods_nouns
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.detectors.script_respellings import FOLDS, brands_named_locally, named_by_local_names
from services.matcher.core.normalise import ListingText, _homoglyphs, latin_text, mark_words
from services.matcher.core.scoring import Evidence
from services.matcher.core.sounds import (ANY_SCRIPT, BY_LETTERS, RUNS, UNSEGMENTED, a_word_not_the_mark, closeness, closest, heard,
                                         heard_key, mark_keys, romanise, script_mark_keys, sound_key, spelling, word_list)
from services.matcher.core.word_frequencies import zipf_frequency

MIN_STRETCH, MAX_STRETCH = 3, 12  # letters of an unsegmented run tried as one word
MIN_KEY = 2  # sound classes a mark needs to be looked for by its sound key ("Uno" is one: N)
# a mark of fewer classes (L'Oréal and Toyota are one: R, T) is filed under its `heard` form instead, vowels in
# place ("rarar", "tata"), when that has this many sounds; only a whole word or pair of words is looked up so
HEARD_KEY_MIN = 3
# a word of a common-word list counts as that language's word only when the listing is written in its script: a
# lone Hebrew, Korean or Arabic word in a listing of Latin letters (של, 소니, بوش among English words) is a name
# written in that script, not the language's word "of" (של), "boss" (보스) or "Bush" (بوش); this many other
# letters of the script elsewhere in the listing make it a listing in that language
ISLAND_OTHER_LETTERS = 3
STRONG_MIN_LETTERS = 5  # a romanisation within one edit of a mark this long names it
AS_WRITTEN_MIN_LETTERS = 4  # a mark filed under no sound key is filed under its letters from this many (add)
# a run of Thai or katakana cut at a cue or a goods' noun (GOODS) is read as a word ("cut"), but the rest of the run
# may hold several words: a sound-alike of two sound classes or fewer there must be heard this close to the mark
CUT = "cut"
CUT_MIN_SIMILARITY = 0.8
# A whole word (or two or three) of the script, no common word of its language, heard this close to a mark of this many
# sound classes or more, is the mark as that language writes it (Филипс, جيليت, 스와로브스키, ロレックス, 랑콤): how a
# Russian, Arab or Korean seller names the brand, not a disguise. It counts like the Latin mark in the brand's category
# (`Evidence.in_category_enough`, scoring.strongly_corroborated), needing no cue or low price there; elsewhere (a
# person, a place, another word) it stays a weak candidate. The similarity: the marks' common transliterations are
# heard at 0.8 or more (スニッカーズ 0.80, ロレックス 0.86, スワロフスキー / 스와로브스키 0.89, جيليت 0.91, Филипс 1.0).
NAMED_SIMILARITY = 0.8
# A mark of two sound classes (Gucci KS, Adidas TS, Danone TN, Corolla KR) is named so too (scripts22): its consonants
# the mark's letter for letter (`consonants`: Korola, Adyds; in Cyrillic and Greek its vowels, not Ника's), and, since
# two classes are shared by many short words of every language, never when the word is a common word of its language
# (the Indic scripts' exemption below is for marks of NAMED_FREQUENT_MIN_KEY classes: Hindi कैश "cash", Zipf 4.1,
# heard "kaisa", is no Gucci), nor another writing than the registry's local name (`_named`).
# A brand-protection analyst takes Корола and كورولا among car parts, אדידס among sneakers at a copy's
# price for the brand, as the Latin name there; a shop's price lowers it (fair_price), far from the goods it is a name.
NAMED_MIN_KEY = 2
NAMED_FREQUENT_MIN_KEY = 3
# A brand's name as news writes it is frequent (أبل 4.2, سامسونج 4.1, كانون 4.85, सैमसंग 4.2: wordfreq's Zipf), but
# never as frequent as a language's function words and everyday verbs: Arabic عبر "via" (5.7), غير "not" (6.2), Hindi
# के (7+). A word this frequent is the language's own however it is heard (عبر, read "bar", is no Bayer among skincare:
# "توصيل عبر أرامكس", "delivery via Aramex"), not even beside a copy cue: a sound-alike that is one is never read (quiet53).
FUNCTION_WORD_ZIPF = 5.0
NEEDS = "; a sound-alike: needs corroboration"
NAMED = "; how that script writes the mark: counts in the brand's category"
_COMPOUND = re.compile(r"[a-z][A-Z][a-z]*s$")  # a compound product name in the plural: AirPods, EarPods
_W_AS_V = frozenset({"cyrillic", "greek", "georgian", "armenian", "sinhala", "thaana", "hebrew"})  # Thaana: ވ for both
# the Indic scripts, whose word lists hold the brands' names frequent (news): सैमसंग Zipf 4.2
_ABUGIDA = frozenset({"devanagari", "bengali", "gurmukhi", "gujarati", "oriya", "tamil", "telugu", "kannada", "malayalam",
                      "sinhala"})
# Italian c and cc before e and i are the sound English writes ch (Italian orthography: Gucci is "goo-chee"), which is
# how other scripts write an Italian mark by ear; the English reading (`sounds.heard`: "kaksa") is the spelling's. Only
# for a reading that starts with the mark's letter: the voiced g is what tells Gucci from Coach (グッチ, コーチ) there
_ITALIAN_CC = re.compile("cc(?=[ei])")  # scripts that write a foreign w as v (sounds.script_mark_keys)
# what may stand between two words of a multi-word mark: spaces, the katakana middle dot, a hyphen
_JOINERS = frozenset(" \u30fb\u00b7-\u3000")


class TransliterationDetector(Detector):
    name = "transliteration"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._keys: dict[str, list[int]] = {}  # sound key -> fingerprints
        self._script_keys: dict[str, dict[str, list[int]]] = {}  # script -> sound key -> fingerprints (script_mark_keys)
        self._spellings: dict[int, str] = {}  # fingerprint -> its letters as `spelling` writes them (x = ks)
        self._words_of: dict[int, int] = {}  # fingerprint -> its number of words
        self._stretch = ""  # the stretch being read (detect)
        self._cues: frozenset[str] = frozenset()  # cue terms written in other scripts
        self._unsegmented_cues: re.Pattern | None = None  # the cue terms of the scripts written without spaces
        self._unsegmented_names: re.Pattern | None = None  # the registered local names of those scripts (_cut_at_cues)
        self._copy_terms: re.Pattern | None = None  # the cue terms of other scripts than Latin (_copy_cue_near)
        self._names: dict[int, int] | None = None  # brand -> the fingerprint of its name (_name_fingerprint)

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or is_wide_mark(fp.value):
            return None
        word = "".join(mark_words(fp.value))
        if not word.isalpha():
            return None
        keys = {k for k in mark_keys(word) if len(k) >= MIN_KEY}
        # a word's final s unheard: French Louis before another word of the mark (Луи Виттон; a last word keeps it, Paris
        # of L'Oréal Paris is a place heard with its s abroad), and the plural of a compound product name as other
        # languages name the product in the singular (에어팟, AirPods)
        written = re.findall(r"[a-z0-9]+", latin_text(fp.value))  # the letters as registered (Fusion5's 5 is no s)
        words = mark_words(fp.value)
        compound = len(words) == 1 and _COMPOUND.search(fp.value) is not None
        silent = "".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") and len(written) == len(words)
                         and written[k].endswith("s") and (k < len(words) - 1 or compound) else w
                         for k, w in enumerate(words))
        if silent != word:
            keys |= {k for k in mark_keys(silent) if len(k) >= MIN_KEY}
        for script, extra in script_mark_keys(word).items():
            for key in extra:
                if len(key) >= MIN_KEY:
                    self._script_keys.setdefault(script, {}).setdefault(key, []).append(i)
                    self._spellings.setdefault(i, _plain(word))
                    self._words_of.setdefault(i, len(mark_words(fp.value)))
        if len(sound_key(word)) < MIN_KEY and len(heard(_plain(word))) >= HEARD_KEY_MIN:  # its own key too short
            keys.add("~" + heard_key(_plain(word)))
        if not keys and len(_plain(word)) >= AS_WRITTEN_MIN_LETTERS:
            # (floor36) a mark of one sound class and fewer sounds (Maya: M, "ma") is heard in too many words to be
            # filed by sound; a whole word read letter for letter as the mark (마야, マヤ, مايا: "maya") is filed
            keys.add("=" + _plain(word))
        for key in keys:
            self._keys.setdefault(key, []).append(i)
        if keys:
            self._spellings[i] = _plain(word)
            self._words_of[i] = len(mark_words(fp.value))
        return None

    def compile(self) -> None:
        self._cues = frozenset(t.casefold() for t in (*self.config.cue_terms, *self.config.copy_cues, *GOODS, *SERVICES)
                               if not t.isascii())
        unsegmented = sorted((t for t in self._cues if any(RUNS[s].fullmatch(t) for s in UNSEGMENTED)), key=lambda t: (-len(t), t))
        self._unsegmented_cues = re.compile("|".join(map(re.escape, unsegmented))) if unsegmented else None
        names = sorted((n for n in _local_names_as_written(self.catalogue) if any(RUNS[s].fullmatch(n) for s in UNSEGMENTED)),
                       key=lambda n: (-len(n), n))
        self._unsegmented_names = re.compile("|".join(map(re.escape, names))) if names else None
        if self._keys:
            _common_words()  # read at build time (about 1 s), not on the first listing in another script
            _listing_words()
            _sound_words()

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if text.is_ascii or not self._keys:
            return []
        nfkc = text.nfkc
        if not ANY_SCRIPT.search(nfkc):
            return []
        nfkc = cyrillic_look_alikes(nfkc)
        best: dict[int, tuple[tuple, Evidence]] = {}
        letters: dict[str, int] = {}  # script -> its letters in the listing
        for start, end, script, whole in self._stretches(nfkc):
            found: list[tuple[float, int, float, Evidence]] = []  # (closeness, fingerprint, similarity, evidence)
            for reading in _readings(nfkc[start:end], script):
                key = sound_key(reading)
                if not whole and len(key) <= MIN_KEY:
                    continue  # two classes inside an unsegmented run: any stretch has them (スニーカー)
                fingerprints = self._keys.get(key, [])
                if (extra := self._script_keys.get(_KANA.get(script, script))) and key in extra:
                    fingerprints = fingerprints + extra[key]
                by_ear = self._keys.get("~" + heard_key(_plain(reading)), []) if whole else []
                if whole is True and (as_written := self._keys.get("=" + _plain(reading))):
                    by_ear = by_ear + as_written  # a short mark of one sound class spelt by the reading (add)
                fingerprints = fingerprints + by_ear
                hits = dict(closest(reading, [(i, self._heard_as(i, reading, script)) for i in fingerprints]))
                if (sold := [i for i in fingerprints if self._in_category(i, text, listing)]) and hits.keys().isdisjoint(sold):
                    hits.update(closest(reading, [(i, self._heard_as(i, reading, script)) for i in sold]))  # see _closest_brand
                self._stretch = nfkc[start:end]
                owners = [b for b in self._local_name_brands(nfkc[start:end], script)
                          if self.brand_in_category(b, text, listing)]
                if owners and whole and nfkc[start:end] in _local_names_as_written(self.catalogue):
                    # (names32) the owner's registered katakana or Hangul name as written is its name whatever its sound
                    # keys (ネスレ "nesure" is filed under no key of Nestlé's; 화이자 "hwaija" under none of Pfizer's)
                    for b in owners:
                        if (n := self._name_fingerprint().get(b)) is not None and n not in hits:
                            hits[n] = 1.0
                # the brand's registered katakana or Hangul name as written (삼성, フィリップス), which is also a
                # frequent word of its language: before a likeness hedge (삼성풍, フィリップス風, 소니 스타일) it is the
                # brand compared with, kept as a weak candidate (a style's logo claim corroborates it: scoring)
                registered = [i for i in hits if nfkc[start:end] in _local_names_as_written(self.catalogue)
                              and self.catalogue.fingerprint_brand[i] in self._local_name_brands(nfkc[start:end], script)]
                for i, sim in hits.items():
                    e = self._evidence(text, i, start, end, script, reading)
                    if script in HISTORIC and _not_spelt(reading, self._spellings.get(i, "")) and top_zipf(reading) >= HISTORIC_WORD_ZIPF:
                        continue  # ᚛ᚋᚐᚏᚔᚐ᚜ "maria" is a name on a pendant, not Mario heard; ⴰⵙⵜⵔⵉⴷ "astrid" no Estée
                    if owners and self.catalogue.fingerprint_brand[i] not in owners:
                        continue  # another brand's registered name, as written or respelt (ネスレ, 코찌): no sound-alike
                    if script == "greek" and whole and greek_own_form(nfkc[start:end], nfkc[:start] + " " + nfkc[end:]):
                        continue  # (floor54) λέγω "I say", heard "lego": a Greek verb's form; Greek writes LEGO Λέγκο
                    if e.needs_corroboration and whole == CUT and len(key) <= MIN_KEY and sim < CUT_MIN_SIMILARITY:
                        continue  # the rest of a run cut at a goods' noun may be any words (ผู้ชาย "men", heard "phuchay")
                    if (e.needs_corroboration and script in UNLISTED and len(key) <= MIN_KEY and (
                            sim < (BY_LETTERS_MIN_SIMILARITY if script in BY_LETTERS else CUT_MIN_SIMILARITY)
                            or heard(_plain(reading))[:1] != heard(self._heard_as(i, reading, script))[:1])):
                        continue  # a short word of a language with no word list: ቤት "house", heard "bat", is no iPad
                    # the mark as the script writes it (`_named`) even when it is a frequent word there: सैमसंग, স্যামসাং
                    # (Zipf 4.2, 4.3) are Samsung, the name news and shops write, not a word heard like it by chance
                    named = e.needs_corroboration and whole and (
                        self._named(i, sim, reading, script)
                        # a registered katakana or Hangul name as written (カルティエ; not respelt: 나이끼 is a
                        # disguise, script_respellings.py's): how the market names the brand
                        or nfkc[start:end] in _local_names_as_written(self.catalogue)
                        and self.catalogue.fingerprint_brand[i] in self._local_name_brands(nfkc[start:end], script))
                    # (in the Indic scripts: in katakana and Hangul a frequent name stays a common word, as before)
                    if e.needs_corroboration and not named and nfkc[start:end] in goods_nouns():
                        continue  # (lead, session 55) 이어폰 "earphones" heard "ieopon", iPhone, among Latin words
                        # ("Boseu 이어폰 1:1", where the island rule below keeps a common word): a noun of goods of the
                        # sectors' tables names the goods, never a mark heard by chance
                    if (not e.needs_corroboration and self.fingerprints[i].everyday_word and not self._is_brand_name(i)
                            and _common(nfkc[start:end])):
                        continue  # оригинал с "original with", read "originals", the spelling of adidas Originals: an
                        # everyday-word line in the language's own everyday words is that word, however near its
                        # spelling (a sound-alike, بيس كامب, is judged below as any; the brand's own name, アップル,
                        # 오메가, is the common word and the name: read as before)
                    if e.needs_corroboration and _function_word(nfkc[start:end]) and (
                            script == "hiragana" or not self._island(nfkc, start, end, script, letters)):
                        continue  # عبر "via", heard "bar": a function word of a listing in its language is no name,
                        # cue or none (a lone של among Latin words is a name written in Hebrew: ISLAND_OTHER_LETTERS)
                    frequent_name = named and (script in _ABUGIDA
                                               and len(sound_key(self._spellings[i])) >= NAMED_FREQUENT_MIN_KEY
                                               # (reader50) Arabic news and shops write the brand's name so (أبل,
                                               # Zipf 4.2: Apple; the fruit is تفاح): among its goods the frequent
                                               # word is the name; a line's name stays a word (باليد "by hand" is no
                                               # Play-Doh)
                                               or script == "arabic" and self._is_brand_name(i)
                                               and self._in_category(i, text, listing))
                    common = e.needs_corroboration and not frequent_name and _common(nfkc[start:end])
                    if common and (script == "hiragana" or not self._island(nfkc, start, end, script, letters)) and not (
                            i in registered and _STYLE_HEDGE.match(nfkc, end)
                            or (i in registered or named and (script != "arabic" or self._is_brand_name(i)))
                            and self._copy_cue_near(nfkc)):
                        continue  # без, ساعة, ブルー: a common word of its language, heard like a mark by chance
                        # (reader50: an Arabic one heard as a line's name, باليد "by hand" as Play-Doh, even by a cue)
                    # (names32) the brand's registered katakana or Hangul name as written, or the mark as the script writes
                    # it (`_named`), that is also a word of its language (アップル "apple", 코치 "coach", 보스 "boss", ソニー,
                    # 삼성, Arabic أبل, Hindi एप्पल: frequent in the news): in a listing that claims a copy in
                    # the script's own words (コピー, 짝퉁, レプリカ) it is the brand, kept a weak candidate that needs the
                    # brand's category and a cue (scoring.strongly_corroborated), as the Latin everyday-word mark is
                    if e.needs_corroboration and any(english_loanword(
                            _plain(r), self._heard_as(i, reading, script)) for r in romanise(nfkc[start:end], script)):
                        continue  # स्किन "skin", कभर "cover": an English word written by its sound, not the mark
                    words = _kana_words() if script == "hiragana" else _sound_words()
                    if (e.needs_corroboration and not common and whole and not frequent_name
                            and (a_word_not_the_mark(nfkc[start:end], _plain(reading), self._heard_as(i, reading, script),
                                                     words) or i in by_ear and nfkc[start:end] in words)):
                        # кейс "case" (Zipf 3.4) is heard "kas", Gucci "kasa": a word of the listing's language; and a
                        # one-class mark found only by ear (Yeezy, "asa") is heard in too many words to be one of them
                        # (Bulgarian учих "I studied", heard "asa" too)
                        continue
                    if named and not common:
                        e.in_category_enough = True
                        e.detail = e.detail.replace(NEEDS, NAMED)
                    # closeness to the mark as the script hears it (Gucci as "guchi": قوتشي, read "gotshy", is
                    # Gucci's, not Coach's; the stronger reading wins)
                    found.append((closeness(reading, self._heard_as(i, reading, script)), i, sim, e))
            for _, i, sim, e in self._closest_brand(found, text, listing):
                # the strongest reading of each fingerprint: near the spelling, a whole word, the closest
                rank = (not e.needs_corroboration, e.in_category_enough, bool(whole), sim)
                if i not in best or rank > best[i][0]:
                    best[i] = (rank, e)
        # out of the brand's categories a sound-alike never counts, so it hides no other brand's hit either (תיק גוצ'י,
        # "bag Gucci", is heard like Twix as a pair: Gucci's hit inside it stays)
        return self._without_collisions(self.in_category([e for _, e in best.values()], text, listing))

    def _name_fingerprint(self) -> dict[int, int]:
        """{brand: the fingerprint of its name among the marks this detector files} (built on first use)."""
        if self._names is None:
            names: dict[int, int] = {}
            for i in self._spellings:
                brand = self.catalogue.fingerprint_brand[i]
                if "".join(mark_words(self.fingerprints[i].value)) == "".join(mark_words(self.catalogue.brands[brand].name)):
                    names.setdefault(brand, i)
            self._names = names
        return self._names

    def _copy_cue_near(self, nfkc: str) -> bool:
        """Whether the listing holds a counterfeit cue written in a script other than Latin (コピー, 짝퉁, 레플리카,
        スーパーコピー, реплика: the configuration's cue terms), one search of one expression built on first use."""
        if self._copy_terms is None:
            terms = sorted({t.casefold() for t in (*self.config.cue_terms, *self.config.copy_cues) if not t.isascii()},
                           key=lambda t: (-len(t), t))
            # a trie of the terms (alternation.py): whether one is found is the flat alternation's answer, compiled faster
            self._copy_terms = re.compile(trie_pattern(terms))
        return self._copy_terms.search(nfkc.casefold()) is not None

    def _local_name_brands(self, stretch: str, script: str) -> frozenset[int]:
        """The brands whose registered katakana or Hangul name the stretch is, as written or respelt by letters its
        readers take as the same (script_respellings.named_by_local_names), else none. Among the owner's goods no other
        brand is heard in it (ネスレ among infant formula); among another's it may be that brand's name by ear (보스,
        Bose's name, is how some write Bosch among power tools)."""
        if script not in FOLDS:
            return frozenset()
        return named_by_local_names(self.catalogue)[script].get(FOLDS[script](stretch), frozenset())

    def _heard_as(self, i: int, reading: str, script: str) -> str:
        """Fingerprint i's spelling as the script writes its sounds: a w as v in Cyrillic and Greek when the reading
        has a v (Каллавей, "kallavey", is Callaway's "callavay"; also Georgian, Armenian, Sinhala, Thaana, Hebrew;
        sounds.script_mark_keys)."""
        mark = self._spellings[i]
        if "w" in mark and "v" in reading and script in _W_AS_V:
            return mark.replace("w", "v")
        if "v" in mark and "w" in reading and script == "ol_chiki":  # its ᱣ writes both (sounds.script_mark_keys)
            return mark.replace("v", "w")
        if "cc" in mark and reading[:1] == mark[:1] and "ch" in spelling(reading):
            return _ITALIAN_CC.sub("ch", mark)  # Gucci as Italian says it, "guchi" (グッチ, גוצ'י, گوچی; コーチ is Coach's)
        if mark.endswith("que") and len(mark) > 5 and reading.endswith("k"):
            # (floor36) French final -que is said k (Clinique "klee-neek"): Клиник, קליניק write the sound, not the ue
            return mark[:-3] + "k"
        return mark

    def _named(self, i: int, similarity: float, reading: str, script: str) -> bool:
        """Whether a whole word heard this close (sounds.similarity) to fingerprint i is that mark as its script writes
        it: heard at least NAMED_SIMILARITY like a mark of NAMED_MIN_KEY sound classes or more (Филипс, جيليت,
        스와로브스키, ロレックス), its consonants as `consonants` writes them the mark's, and in a script that writes every
        vowel (VOWEL_SCRIPTS) its vowels the mark's (`_vowels`). A mark
        of two classes (Gucci KS, Corolla KR) counts too (NAMED_MIN_KEY): the classes are shared by many words and
        names of every language (Ника, Σόνι), so the consonants letter for letter, the vowels of Cyrillic and Greek and
        the vowel letters of the abjads tell the name, a common word of the language never is one (`detect`:
        NAMED_FREQUENT_MIN_KEY), and where the registry holds the brand's katakana or Hangul name no other writing is
        (`_written_locally`); the sound classes alone take l for r and zh for z, so курица "chicken" would be Kiehl's
        and пожилой "elderly" Pfizer."""
        mark = self._spellings[i]
        if len(_WORD_GAPS.split(self._stretch.strip())) > self._words_of.get(i, 1):
            return False  # حذاء نايك, "shoes Nike", is heard d-n-k like Nike's Dunk: a name is no more words than the mark
        if script in VOWEL_SCRIPTS and _vowels(_plain(reading)) != _vowels(mark):
            return False  # клинику "clinic" (i-i-u) is no Clinique (i-i-ue), актив "active" no Activia
        if script in SOME_VOWEL_SCRIPTS and _no_vowel_shared(_plain(reading), mark):
            return False  # Georgian ზომები "sizes" (o-e-i) is no Samba (a-a), Nepali स्किन "skin" (i) no Joy-Con (o-o)
        if len(sound_key(mark)) < NAMED_FREQUENT_MIN_KEY:
            if self._written_locally(i, _KANA.get(script, script)):
                return False  # the registry says how Korean and Japanese write Nike (나이키, ナイキ): 니카, ニカ are other words
            if script in _ABJADS and not set(_vowels(_plain(reading))) <= set(_vowels(_LONE_Y.sub("i", mark))):
                return False  # Arabic ليغا "Liga" writes an a LEGO has not (ليغو); אדידס, جكس write the mark's or none
        return (similarity >= NAMED_SIMILARITY and len(sound_key(mark)) >= NAMED_MIN_KEY
                and consonants(reading, script) == consonants(mark, script))

    def _is_brand_name(self, i: int) -> bool:
        """Whether fingerprint i is its brand's name (its words those of the brand's name: Apple, not iPhone)."""
        brand = self.catalogue.fingerprint_brand[i]
        return "".join(mark_words(self.fingerprints[i].value)) == "".join(mark_words(self.catalogue.brands[brand].name))

    def _written_locally(self, i: int, script: str) -> bool:
        """Whether fingerprint i is its brand's name and the brand registers its name as `script` writes it (a katakana
        or Hangul local name: script_respellings.named_by_local_names): the market's writing of the name is then
        known, and a two-class sound-alike other than it is no name as that market writes it."""
        if script not in FOLDS:
            return False
        brand = self.catalogue.fingerprint_brand[i]
        fp = self.fingerprints[i]
        return ("".join(mark_words(fp.value)) == "".join(mark_words(self.catalogue.brands[brand].name))
                and brand in brands_named_locally(self.catalogue)[script])

    def _closest_brand(self, found: list[tuple[float, int, float, Evidence]], text: ListingText, listing: Listing):
        """A stretch's hits: every one that names its mark, and of the sound-alikes only the closest brand's over all
        the stretch's readings (sounds.closeness), the closest among the brands whose goods the listing sells when
        there are any (Μποους, "boous", is heard nearest to Bosch, but among headphones it is Bose's; स्विच, read
        "svich" and "swich", is Nintendo's Switch, not Microsoft's Surface heard without its r)."""
        weak = [f for f in found if f[3].needs_corroboration]
        if len({self.catalogue.fingerprint_brand[f[1]] for f in weak}) < 2:
            return found
        sold = [f for f in weak if self._in_category(f[1], text, listing)] or weak
        top = max(sold, key=lambda f: f[0])
        brand = self.catalogue.fingerprint_brand[top[1]]
        return [f for f in found if not f[3].needs_corroboration or self.catalogue.fingerprint_brand[f[1]] == brand]

    def _without_collisions(self, found: list[Evidence]) -> list[Evidence]:
        """The hits without the sound-alikes inside another brand's longer hit, or on the same words as another
        brand's hit that names its mark: a word heard like one brand's mark inside another brand's name as read
        (Будс, "buds", in Галакси Будс, Galaxy Buds, is no AirPods; Ести in Ести Лаудер is no Shiseido) is a
        collision of coarse sound keys."""
        if len(found) < 2 or not any(e.needs_corroboration for e in found):
            return found
        brand = self.catalogue.fingerprint_brand

        def beaten(e: Evidence) -> bool:
            return e.needs_corroboration and any(
                brand[o.fingerprint] != brand[e.fingerprint] and o.field == e.field and o.start <= e.start and e.end <= o.end
                and (not o.needs_corroboration or o.end - o.start > e.end - e.start) for o in found)
        return [e for e in found if not beaten(e)]

    @staticmethod
    def _island(nfkc: str, start: int, end: int, script: str, letters: dict[str, int]) -> bool:
        """Whether the stretch holds nearly all the listing's letters of its script (ISLAND_OTHER_LETTERS or fewer
        elsewhere): a name written in that script among words of another, not a word of a listing in that language."""
        if script not in letters:
            letters[script] = sum(len(m.group()) for m in RUNS[script].finditer(nfkc))
        return letters[script] - (end - start) <= ISLAND_OTHER_LETTERS

    def _stretches(self, nfkc: str):
        """(start, end, script, whole) of the words, pairs and triples of neighbouring words and, in unsegmented scripts, the
        stretches that start a katakana run (the product word follows the brand: ナイキスニーカー) or start or
        end a Thai one (รองเท้าไนกี้, "shoes Nike"); whole is False for those stretches."""
        runs = sorted((m.start(), m.end(), script) for script, pattern in RUNS.items() for m in pattern.finditer(nfkc)
                      if script != "katakana" or m.group().strip("ー"))  # a long-vowel mark alone: a hiragana run's
        edges: frozenset[int] = frozenset()  # where a cue term begins or ends inside a run written without spaces
        if self._unsegmented_cues is not None and any(script in UNSEGMENTED for _, _, script in runs):
            runs, edges = self._cut_at_cues(nfkc, runs)
        for k, (start, end, script) in enumerate(runs):
            if ((start and start not in edges and _alphabetic(nfkc[start - 1]))
                    or (end < len(nfkc) and end not in edges and _alphabetic(nfkc[end])
                        and not (script in _UNLIKE_LATIN and nfkc[end].isascii()))):
                continue  # letters of another alphabet glued to it (ꓡеѵіѕ): a look-alike disguise, read by sight
                # (Latin letters after Hangul or kana are a word of their own: 구찌st, "Gucci style", ナイキsb)
            if nfkc[start:end] in self._cues:
                continue  # スーパーコピー, реплика: the trade's word (context/lexicon.py), not a mark by sound
            if script == "hiragana" and start and (is_han(nfkc[start - 1]) or nfkc[start - 1] == "々"):
                continue  # kana after a kanji are its word's ending or particle (送り仮名: 使用しました, 品ではない), no name
            yield start, end, script, CUT if start in edges or end in edges else True
            if script == "hiragana" and end - start > MIN_STRETCH and nfkc[end - 1] in PARTICLES:
                yield start, end - 1, script, True  # ろれっくすの (Rolex's): a noun and its case particle
            for hedge in _STYLE_AFTER.get(script, ()):
                if end - start > len(hedge) + 1 and nfkc.startswith(hedge, end - len(hedge)):
                    yield start, end - len(hedge), script, True  # 구찌풍: the name and "in the style of"
            if script in UNSEGMENTED:
                for length in range(MIN_STRETCH, min(MAX_STRETCH, end - start)):
                    yield start, start + length, script, False
                    if script == "thai":
                        # ending at a cue's first letter (a word boundary) and starting a syllable: a word
                        yield end - length, end, script, end in edges and _thai_syllable_start(nfkc, end - length)
                    elif script != "katakana":  # Lao, Khmer, Myanmar name the goods before the mark, as Thai does
                        yield end - length, end, script, False
            last = end  # pairs and triples of neighbouring words of the same script (Луи Виттон, Θε Νορθ Φεις)
            for n_start, n_end, n_script in runs[k + 1:k + 3]:
                gap = nfkc[last:n_start]
                if (n_script != script or not 0 < len(gap) <= 2 or not _JOINERS.issuperset(gap)
                        or nfkc[n_start:n_end] in self._cues):
                    break  # a cue or the goods' noun is no part of a name (スマホ ソニ: "smartphone" and Sony)
                yield start, n_end, script, True
                last = n_end

    def _cut_at_cues(self, nfkc: str, runs: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], frozenset[int]]:
        """Runs of a script written without spaces cut around the trade's words in it, and the cut positions: a cue
        term is a word, so its edges are word boundaries (รองเท้าไนกี้งานมิลเลอร์ is "shoes Nike" + "mirror work":
        ไนกี้ then ends a run, and starting a Thai syllable it is read as a word; ナイキスーパーコピー is ナイキ +
        スーパーコピー). Other runs as they are."""
        out, edges = [], set()
        for start, end, script in runs:
            if script not in UNSEGMENTED:
                out.append((start, end, script))
                continue
            at = start
            # a cue or goods' noun inside a brand's registered name is no word of its own (リップ, "lip", in フィリップス)
            names = [(n.start(), n.end()) for n in self._unsegmented_names.finditer(nfkc, start, end)] \
                if self._unsegmented_names is not None else []
            for m in self._unsegmented_cues.finditer(nfkc, start, end):
                if any(a <= m.start() and m.end() <= b and (a, b) != m.span() for a, b in names):
                    continue
                if m.start() > at:
                    out.append((at, m.start(), script))
                out.append((m.start(), m.end(), script))  # the cue itself: skipped by _stretches as a cue
                edges.update((m.start(), m.end()))
                at = m.end()
            if at < end:
                out.append((at, end, script))
        return out, frozenset(edges)

    def _evidence(self, text: ListingText, i: int, start: int, end: int, script: str, reading: str) -> Evidence:
        fp = self.fingerprints[i]
        mark = self._spellings[i]
        written = _plain(reading)
        near = len(mark) >= STRONG_MIN_LETTERS and OSA.distance(written, mark, score_cutoff=1) <= 1
        if near and written != mark and _other_word(text.nfkc[start:end], script, written, mark):
            near = False  # Самсон (Samson) is one letter from Samsung's samsun: a name of its own, not the mark
        field, s, e, matched = text.locate(*text.original_span("nfkc", start, end))
        detail = f"'{text.nfkc[start:end]}' read as {fp.value} ({script}, '{reading}'): the mark written in {script} letters by its sound"
        if not near:
            detail += NEEDS
        return Evidence(Rule.transliteration, self.weights.fuzzy_distance_1, i, field, s, e, matched, fp.value,
                        distance=OSA.distance(written, mark), detail=detail, everyday=fp.everyday_word,
                        needs_corroboration=not near, needs_cue=not near)

    def memory_bytes(self) -> int:
        return sum(60 + 8 * len(v) for v in self._keys.values()) + 80 * len(self._spellings)

    def stats(self) -> dict[str, int]:
        return {"sound_keys": len(self._keys)}


# The goods' everyday nouns in the scripts written without spaces (Thai, katakana) and in Korean, which listings glue to
# the mark or set beside it (รองเท้าอาดิดาส "shoes Adidas", スニーカープーマ, 가방 구찌): in Thai and katakana a run is cut
# around them like around a cue, so the mark is a word of its own; a pair of words with one of them is no name. Thai has
# no word list in wordfreq (no tokenizer), so the nouns are listed: the product words of a marketplace's top categories
# (bags, shoes, clothes, watches, phones, earphones, perfume, cosmetics, toys, goods, new, genuine) as sellers write them.
GOODS = frozenset({
    "กระเป๋า", "กระเป๋าสตางค์", "กระเป๋าถือ", "กระเป๋าเป้", "รองเท้า", "รองเท้าผ้าใบ", "เสื้อ", "เสื้อผ้า", "เสื้อยืด", "กางเกง",
    "นาฬิกา", "โทรศัพท์", "มือถือ", "หูฟัง", "ลำโพง", "น้ำหอม", "ครีม", "เครื่องสำอาง", "ลิปสติก", "เข็มขัด", "แว่นตา",
    "ของเล่น", "สินค้า", "ของแท้", "ใหม่", "ราคาถูก", "ส่งฟรี",
    # and the Thai copy trade's own words (lore29: งานก๊อปเกรดพรีเมียม, "copy work, premium grade"; เกรด "grade" was
    # heard as Cartier): grade, copy, premium, work/goods, genuine, mirror
    "เกรด", "ก๊อป", "ก็อป", "ก๊อปปี้", "พรีเมียม", "งาน", "งานก๊อป", "แท้", "มิลเลอร์", "มิเรอร์",
    # (closet37) the polite particles that end a Thai sentence (นะคะ "na kha" was heard as Nike; ค่ะ, ครับ, นะครับ), as
    # every Thai grammar writes them; not the two-letter คะ, a syllable of other words (คะแนน "score")
    "นะคะ", "ค่ะ", "ครับ", "นะครับ",
    # (reader50, issue 9) the Thai trade's everyday words of making, ordering and selling, as Thai shops and factories
    # write them (รับผลิต "we manufacture": ผลิต "phlit" was heard as Play-Doh; รับทำ, สั่งทำ, โรงงาน, ขายส่ง,
    # พร้อมส่ง, เก็บเงินปลายทาง, ของขวัญ, แถม), and the generic names of goods that are no brand's (แป้งโดว์ "play
    # dough", ดินน้ำมัน "plasticine", ตุ๊กตา "doll", พลาสติก "plastic"); Thai has no wordfreq list, so they are listed
    # (not the one-syllable words, บาท "baht", ราคา, ฟรี, ชิ้น, ผ้า, แถม: syllables of names too, อากโร้บาท is Acrobat)
    "รับผลิต", "ผลิต", "ผลิตภัณฑ์", "รับทำ", "สั่งทำ", "สั่งผลิต", "โรงงาน", "ราคาโรงงาน", "ขายส่ง", "ขายปลีก", "ราคาส่ง",
    "จำหน่าย", "พร้อมส่ง", "ส่งด่วน", "เก็บเงินปลายทาง", "ปลายทาง", "ตัวแทน", "ลดราคา", "โปรโมชั่น", "ของขวัญ",
    "แถมฟรี", "มือสอง", "แป้งโดว์", "ดินน้ำมัน", "ตุ๊กตา", "พลาสติก",
    "สินค้าใหม่", "คุณภาพดี", "รับประกัน", "ลิขสิทธิ์", "ลิขสิทธิ์แท้",
    # (quiet53, issue 9) a Thai shop's warranty and warning boilerplate, as Thai shops write it (รับประกันศูนย์
    # "service-centre warranty": ศูนย์ "centre", heard "suny", was Sony; ระวังสินค้าปลอม "beware of fakes": วัง, the end
    # of ระวัง, heard "vang", was evian): centre, beware, fake, imitation. Few: every listed word cuts a run, and the
    # stretch it leaves at a cut is read as a word of its own (ได้รับ|ภายใน left รับ "receive", heard "rab", as Love)
    "ศูนย์", "ประกันศูนย์", "ระวัง", "ปลอม", "ของปลอม", "สินค้าปลอม", "เลียนแบบ",
    # (words56, issue 9) what a Thai listing says of the logo and the set: โลโก้ "logo", ครบ "complete" ("โลโก้ Honda ครบ",
    # logo all there: ครบ, heard "khrb", was Honda's CR-V beside Toyota and BMW), ครบชุด, ครบกล่อง "complete set, boxed";
    # the everyday Thai of shops (the author's knowledge of Thai)
    "โลโก้", "ครบ", "ครบชุด", "ครบกล่อง", "ของครบ", "อุปกรณ์ครบ",
    "バッグ", "スニーカー", "シューズ", "ジャケット", "コート", "ベルト", "ウォッチ", "イヤホン", "ヘッドホン", "スマホ", "ケース",
    "クリーム", "コスメ", "リップ", "サングラス", "パーカー", "Tシャツ", "シャツ", "ブランド", "セール", "アウトレット",
    # (precision29) the crane game's prize goods: プライズ "prize" (read 'puraizu', near Prius by sound), フィギュア "figure"
    "プライズ", "フィギュア",
    # the same nouns in the written-with-spaces scripts whose word lists wordfreq lacks or holds below COMMON_ZIPF, so
    # that "bag Gucci" is no two-word name (תיק גוצ'י, کیف لویی): Hebrew, Arabic, Persian, Bengali, Tamil, Armenian
    "תיק", "שעון", "נעליים", "נעלי", "ארנק", "חגורה", "בושם", "משקפי", "אוזניות",
    "شنطة", "حقيبة", "ساعة", "حذاء", "محفظة", "حزام", "عطر", "نظارة", "سماعة",
    "کیف", "ساعت", "کفش", "کیف پول", "کمربند", "عطر", "عینک", "هدفون", "گردنبند", "دستبند", "انگشتر",
    "ঘড়ি", "ব্যাগ", "জুতা", "জুতো", "ঘড়ির", "পারফিউম", "সানগ্লাস", "হেডফোন", "ফোন", "মোবাইল",
    "கடிகாரம்", "வாட்ச்", "பை", "ஷூ", "காலணி", "வாசனை திரவியம்", "ஹெட்போன்", "போன்", "ஃபோன்", "மொபைல்",
    "फोन", "फ़ोन", "मोबाइल", "घड़ी", "जूते", "बैग",  # Hindi: फोन "phone" is heard like iPhone
    "ժամացույց", "պայուսակ", "կոշիկներ", "կոշիկ", "դրամապանակ", "գոտի", "օծանելիք", "ականջակալներ",
    # Myanmar, Khmer, Lao (written without spaces: cut around like Thai) and Amharic, which wordfreq has no list of:
    # phone, shoes, watch, bag, clothes, perfume, earphones, new, genuine (Wiktionary's translations; ဖုန်း "phone" is
    # heard "fun", like iPhone)
    "ဖုန်း", "ဖိနပ်", "နာရီ", "လက်ပတ်နာရီ", "အိတ်", "အင်္ကျီ", "ရေမွှေး", "နားကြပ်", "အသစ်", "စစ်စစ်", "ပစ္စည်း",
    "ទូរស័ព្ទ", "ស្បែកជើង", "នាឡិកា", "កាបូប", "អាវ", "ទឹកអប់", "កាស", "ថ្មី", "ពិតប្រាកដ", "ទំនិញ",
    "ໂທລະສັບ", "ເກີບ", "ໂມງ", "ກະເປົາ", "ເສື້ອ", "ນ້ຳຫອມ", "ຫູຟັງ", "ໃໝ່", "ຂອງແທ້", "ສິນຄ້າ",
    "ስልክ", "ጫማ", "ሰዓት", "ቦርሳ", "ልብስ", "ሽቶ", "የጆሮ ማዳመጫ", "አዲስ", "ኦሪጅናል", "ዋጋ",
    # (floor36) Kazakh, Kyrgyz and Mongolian, written in Cyrillic, which wordfreq has no list of (it answers Russian's):
    # goods, new, leather, quality ("its quality"), price, colour, size, original/genuine, copy, cheap, clothes, bag,
    # jacket, shoes, belt, watch, wallet, perfume, earphones, toy, as Wiktionary's translations write them (from memory,
    # not re-checked from this machine). Kazakh сапасы "its quality" was heard as Surface, Kyrgyz сапаты as Speedy,
    # Mongolian арьсан "leather" as Wilson, чанар "quality" as Sony, былғары/булгаары "leather" as Ferrero Rocher.
    "тауар", "тауарлар", "жаңа", "былғары", "былғарыдан", "сапа", "сапасы", "сапалы", "баға", "бағасы", "түсі", "өлшемі",
    "түпнұсқа", "көшірме", "арзан", "киім", "сөмке", "күртке", "күрте", "аяқ киім", "белдік", "сағат", "әмиян", "иіс су",
    "құлаққап", "ойыншық",
    "жаңы", "булгаары", "булгаарыдан", "сапат", "сапаты", "сапаттуу", "баа", "баасы", "түсү", "өлчөмү", "түп нуска",
    "көчүрмө", "кийим", "баштык", "күрмө", "бут кийим", "кур", "саат", "капчык", "атыр", "кулакчын", "оюнчук",
    "бараа", "шинэ", "арьс", "арьсан", "чанар", "чанартай", "үнэ", "үнэтэй", "өнгө", "хэмжээ", "жинхэнэ", "хуулбар",
    "хямд", "хувцас", "цүнх", "хүрэм", "гутал", "бүс", "цаг", "түрийвч", "үнэртэн", "чихэвч", "тоглоом",
    # (edge57, issue 9) the Korean second-hand market's own words that wordfreq's Korean list lacks or holds below
    # COMMON_ZIPF: 급처 / 급처분 / 급매 "urgent sale" (heard "geubcheo" as Surface), 새상품 "new item", 미개봉 "unopened",
    # 택포 "shipping included", 직거래 "in-person deal", and the imperative that tells the buyer how to read a code
    # (읽으세요 / 읽어주세요 "please read", heard "ilkeuseyo" as Rolex beside 거꾸로 "backwards"); as Korean sellers on
    # 당근마켓, 번개장터 and 중고나라 write them (general knowledge)
    "급처", "급처분", "급매", "새상품", "미개봉", "택포", "직거래", "읽으세요", "읽어주세요", "읽어보세요",
})
# (quiet53, issue 9) the couriers, payment services and marketplaces a market's sellers name in its own script in their
# delivery and payment lines ("التوصيل عبر أرامكس", "delivery via Aramex": أرامكس, heard "aramks", was Nike's Air Max;
# "оплата через ЮMoney", "ส่งเคอรี่"): the service, no mark by its sound, and, like a goods' noun, no part of a name.
# The services as their own sites and apps write their names in the Gulf (Aramex, SMSA, Naqel, Zajil, Tabby, Tamara,
# Noon, Talabat, Careem Pay, FedEx, DHL), Russia and Ukraine (СДЭК, Boxberry, Почта России, Nova Poshta, Ozon,
# Wildberries, Avito, ЮMoney), Bulgaria (Еконт, Спиди), Thailand (Kerry, Flash, Thailand Post, J&T, Shopee, Lazada),
# Korea and Japan (쿠팡, 우체국택배, CJ대한통운, 로켓배송; ヤマト運輸, 佐川急便, ゆうパック, メルカリ, ラクマ); general
# knowledge, from memory, not re-checked from this machine.
SERVICES = frozenset({
    "أرامكس", "ارامكس", "سمسا", "ناقل", "زاجل", "تابي", "تمارا", "نون", "طلبات", "فيديكس", "فيدكس",
    "сдэк", "боксберри", "почта", "почтой", "новой", "нова", "пошта", "поштою", "озон", "вайлдберриз", "авито", "юmoney",
    "еконт", "спиди",
    "เคอรี่", "แฟลช", "ไปรษณีย์ไทย", "ไปรษณีย์", "ช้อปปี้", "ลาซาด้า", "เจแอนด์ที",
    "쿠팡", "우체국택배", "우체국", "대한통운", "로켓배송", "ヤマト運輸", "ヤマト", "佐川急便", "ゆうパック", "メルカリ", "ラクマ",
})
# the scripts of languages with no word list in wordfreq (nothing tells their everyday words from a mark): a sound-alike
# of a short mark (MIN_KEY classes) there is heard CUT_MIN_SIMILARITY close and starts as the mark does (ቤት "house",
# heard "bat", is no iPad, "abat"; Malayalam പുതിയത് "new", heard "putiyt", is no Ophidia)
UNLISTED = frozenset({"myanmar", "khmer", "lao", "ethiopic", "telugu", "kannada", "malayalam", "gujarati", "gurmukhi",
                      "sinhala", "georgian", "armenian"}) | BY_LETTERS
# the scripts read by anyascii's letters alone (sounds.BY_LETTERS) are read coarser still: there a short mark is heard
# this close (Thaana ގަޑި "watch", heard "gadi", is 0.8 from Cartier's "kartar"; ނައިކީ "naikee" is Nike at 1.0)
BY_LETTERS_MIN_SIMILARITY = 0.85
# the alphabets a Latin name is written in letter for letter, on name rings, pendants and prints (runes, Ogham,
# Gothic, Glagolitic; issue 9, glyphs28; not Tifinagh, which writes Tamazight today and respells marks as words of other
# languages: ⵏⴰⵉⴽ "naik", a Malay word, is Nike's respelling in the adversary's script_rare): a reading that does not spell the mark (its letters, a hard c as k,
# x as ks, w as v, y and j as i, o and u alike) and is a word or a name of some language this frequent (wordfreq,
# context/language.top_zipf: "maria" 5.2, "astrid" 4.0, "erik" 4.8) is that name, not the mark heard
HISTORIC = frozenset({"runic", "ogham", "gothic", "glagolitic"})
HISTORIC_WORD_ZIPF = 3.0
_LETTER_KEY = str.maketrans({"c": "k", "q": "k", "w": "v", "y": "i", "j": "i", "u": "o"})


def _letter_key(letters: str) -> str:
    return re.sub(r"[^a-z]", "", letters.lower().replace("x", "ks").replace("ph", "f")).translate(_LETTER_KEY)


# (floor36) Hangul's ㄱ is a hard g before every vowel, but the English rules of the sound key read g before e soft (as
# j): 그 "geu", the g of a foreign consonant cluster or final g (ProGlide 프로그라이드 "peurogeuraideu" keyed PRSRT, the
# mark PRKRT; Google 구글), gets a second reading with k, the hard g's sound class. Not 게 "ge" (Guess 게스 would be
# heard as Gucci) nor 기 "gi": those write a foreign syllable of their own
_HANGUL_SOFT_G = re.compile("g(?=eu)")


def _readings(run: str, script: str) -> tuple[str, ...]:
    """sounds.romanise's readings of a run, and in Hangul each with the g of 그 written k (_HANGUL_SOFT_G)."""
    readings = romanise(run, script)
    if script != "hangul" or not any("g" in r for r in readings):
        return readings
    return tuple(dict.fromkeys((*readings, *(_HANGUL_SOFT_G.sub("k", r) for r in readings))))


def _not_spelt(reading: str, mark: str) -> bool:
    """Whether a reading is not the mark's letters or a run of them (koka of Coca-Cola)."""
    key, whole = _letter_key(reading), _letter_key(mark)
    return not (key and len(key) >= 3 and key in whole)

# Languages written in SCRIPTS with a wordfreq list; a word this frequent in one of them (Zipf 3.8: about 6 in a
# million words) is that language's word (이어폰, "earphones", 3.9, is no iPhone). Brand names are mostly rarer there (ナイキ 3.3);
# the few more frequent ones (삼성 4.9) are spelt within one edit of the mark and are not weak.
COMMON_LANGUAGES = ("ru", "uk", "bg", "mk", "el", "he", "ar", "fa", "ur", "hi", "bn", "ta", "ko", "ja")
COMMON_ZIPF = 3.8


# (quiet, session 16) An English word a script writes by its sound (Nepali and Hindi स्किन "skin", स्टिकर "sticker",
# Sinhala කවර් "cover"): accessory and goods nouns borrowed from English, read exactly as that word; this frequent in
# English (wordfreq, Zipf 4.3: "skin" 4.9, "case" 5.5; not a name, "Karl" 4.0), it is the loanword, not a sound-alike
# of a mark spelt otherwise (Joy-Con heard in "skin"); a reading this near the mark's spelling (OSA similarity 0.35
# or more: "bush" for Bosch, "mrs" for Mars, "about" for Abbott) is still heard as the mark.
LOANWORD_ZIPF = 4.3
LOANWORD_MAX_SIMILARITY = 0.35


@cache
def english_loanword(reading: str, mark: str) -> bool:
    """Whether a script's word read as `reading` is a common English word other than the mark it was heard like."""
    plain, spelt = reading.strip().lower(), mark.lower().replace(" ", "").replace("-", "")
    return (bool(plain) and plain.isascii() and plain.isalpha() and len(plain) >= 3
            and OSA.normalized_similarity(plain, spelt) < LOANWORD_MAX_SIMILARITY
            and zipf_frequency(plain, "en") >= LOANWORD_ZIPF)


def _common_words():
    """The words of COMMON_LANGUAGES at COMMON_ZIPF or more (sounds.word_list)."""
    return word_list(COMMON_LANGUAGES, COMMON_ZIPF)


def _function_word(stretch: str) -> bool:
    """Whether the stretch is one word of COMMON_LANGUAGES at FUNCTION_WORD_ZIPF or more (عبر "via", غير "not")."""
    return stretch in word_list(COMMON_LANGUAGES, FUNCTION_WORD_ZIPF)


def _common(stretch: str) -> bool:
    """Whether every word of the stretch is a common word of its language (Канада Гус is not)."""
    common = _common_words()
    return all(w in common for w in re.split(r"[\s\u30fb\u00b7\-\u3000]+", stretch) if w)


@cache
def _latin_as_cyrillic() -> dict[str, str]:
    """{Latin letter: the Cyrillic letter drawn like it} (с for c, о for o, р for p, а for a, е for e ...), from the
    Unicode confusables table (normalise._homoglyphs: a Cyrillic letter -> the ASCII letter it looks like)."""
    out: dict[str, str] = {}
    for ch, latin in sorted(_homoglyphs().items()):
        if "\u0430" <= ch <= "\u044f":  # а, с, о, р ... drawn like a, c, o, p
            out.setdefault(latin, ch)
        elif "\u0410" <= ch <= "\u042f":  # А, С, К, Н, М, Т, В ... drawn like A, C, K, H, M, T, B
            out.setdefault(latin.upper(), ch)
    for latin, ch in list(out.items()):  # the views are case-folded: РОЛЕKС is read as ролеkс
        out.setdefault(latin.lower(), ch.lower())
    return out


_MIXED = re.compile("[A-Za-z\u0400-\u04ff]*[\u0400-\u04ff][A-Za-z\u0400-\u04ff]*")


def cyrillic_look_alikes(text: str) -> str:
    """The text with the Latin letters of a mostly Cyrillic word (more Cyrillic letters than Latin ones) written as the
    Cyrillic letters they are drawn like: "Корc" (a Latin c at the end) is Корс, Kors by its sound. The same length, so
    offsets hold. A mostly Latin word keeps its letters (Lеvis with a Cyrillic е is a look-alike disguise, read by sight)."""
    if not re.search("[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]", text):
        return text
    table = _latin_as_cyrillic()

    def fold(m: re.Match) -> str:
        word = m.group()
        latin = sum(c.isascii() for c in word)
        if not latin or latin * 2 >= len(word) or any(c.isascii() and c not in table for c in word):
            return word
        return "".join(table.get(c, c) if c.isascii() else c for c in word)
    return _MIXED.sub(fold, text)


def _local_names_as_written(catalogue: Catalogue) -> frozenset[str]:
    """The registry's local names as written (Catalogue.shared: built once per catalogue)."""
    return catalogue.shared("local names as written", lambda: frozenset(
        fp.value for fp in catalogue.fingerprints if isinstance(fp, MarkFingerprint) and fp.vocabulary == "local_name"))


# "in the style of" written in the name's own script right after it, one word with it (context/accessory.py reads it)
_STYLE_AFTER = {"hangul": ("풍",)}
# a likeness hedge right after a name (context/accessory.py's LIKENESS in the scripts that glue it or write it next):
# 풍, 風, 系, 調, 스타일, スタイル, st ("구찌st"), 风格; not 系列 ("series"), 調味 or 風呂
_STYLE_HEDGE = re.compile(r"[ \u30fb\-]?(?:풍|스타일|スタイル|風格|风格|風(?!呂)|系(?!列|統)|調(?!味|理|整|節|査)|(?i:st)(?![a-z]))")
# scripts no letter of which is drawn like a Latin one: Latin letters glued after a word of theirs are another word
_UNLIKE_LATIN = frozenset({"hangul", "katakana", "hiragana"})


def _alphabetic(ch: str) -> bool:
    """A letter of an alphabet (Latin, Lisu ...), not a CJK character (ナイキ靴 is two words)."""
    return ch.isalpha() and ch < "\u2e80"


def _plain(word: str) -> str:
    """A spelling compared letter by letter: the romanisations' letter groups made one (sounds.spelling), x = ks."""
    return spelling(word).replace("x", "ks")


_THAI_PREPOSED = "\u0e40\u0e41\u0e42\u0e43\u0e44"  # เ แ โ ใ ไ: written before the consonant they follow in speech


def _thai_syllable_start(text: str, i: int) -> bool:
    """Whether a Thai syllable can begin at text[i]: a preposed vowel, or a consonant (ก..ฮ) not written after one
    (Thai orthography: a syllable opens with its preposed vowel or its initial consonant; the vowels above, below
    and after a consonant and the tone marks never open one)."""
    ch = text[i]
    if ch in _THAI_PREPOSED:
        return True
    return "\u0e01" <= ch <= "\u0e2e" and not (i and text[i - 1] in _THAI_PREPOSED)


# The consonants of a Latin spelling, finer than sounds.sound_key's classes: one letter per consonant sound, the
# letters of one sound made one (ph f, ck/c/q/g k: Hangul ㄱ writes g and k alike, x ks, sh/ch/j/zh/z s, th t, v/w b), vowels,
# h and y dropped, a doubled letter read once. l and r stay apart but in the scripts of languages with one liquid
# (katakana, Hangul: ロレックス, 롤렉스 for Rolex), and an r after a vowel is dropped there (スニッカーズ, Snickers).
_CONSONANT_SPELLINGS = ((re.compile("ph"), "f"), (re.compile("ck|q|c(?![eiy])"), "k"), (re.compile("c"), "s"),
                        (re.compile("x"), "ks"), (re.compile("sh|ch|zh|j|z"), "s"), (re.compile("th"), "t"),
                        (re.compile("[vw]"), "b"), (re.compile("g"), "k"))
_ONE_LIQUID = frozenset({"katakana", "hiragana", "hangul"})
# (reader50, issue 9) Arabic has no p and no v: a loan word writes p with ب (b) and v with ف (f) (أبل Apple, بيبسي
# Pepsi, فولفو Volvo; Persian and Urdu's پ and ڤ are read p and v already): the mark's p and v as Arabic writes them
_ARABIC_LOANS = str.maketrans("pv", "bf")
_AFTER_VOWEL_R = re.compile("(?<=[aeiou])r(?![aeiou])")
_NOT_CONSONANT = re.compile("[aeiouyh]")
_DOUBLED = re.compile(r"(.)\1+")


def consonants(word: str, script: str) -> str:
    """The consonant letters of a lower-case Latin spelling as heard (see above): "philips" and "filips" -> "flps",
    "gillette" and "gylyt" -> "klt"."""
    word = spelling(word)
    if script == "arabic":
        word = word.translate(_ARABIC_LOANS)
    if script in _ONE_LIQUID:
        word = _AFTER_VOWEL_R.sub("", word).replace("l", "r")
    for pattern, replacement in _CONSONANT_SPELLINGS:
        word = pattern.sub(replacement, word)
    return _DOUBLED.sub(r"\1", _NOT_CONSONANT.sub("", word))


# Scripts that write every vowel (Cyrillic, Greek): the mark as they write it keeps the mark's vowels (Филипс, Самсунг,
# Канон); a word of the language (wordfreq, Zipf WORD_ZIPF or more in WORD_LANGUAGES) whose vowels differ from the mark's
# is that word or name (Самсон, Samson, for Samsung), neither the mark one edit away nor the mark as the script writes it.
VOWEL_SCRIPTS = frozenset({"cyrillic", "greek"})
# Scripts that write a word's vowels too, but by other conventions than the mark's English spelling (Georgian adds a
# final i, ადიდასი; Indic scripts leave an inherent a unwritten and write Samsung's a as ai, सैमसंग; Dyson's y as ai,
# დაისონი): there a word is the mark as the script writes it only if it shares a vowel with the mark's spelling, or
# writes none but a. A word whose vowels are all others is another word heard with the mark's consonants.
SOME_VOWEL_SCRIPTS = frozenset({"georgian", "armenian"}) | _ABUGIDA


def _no_vowel_shared(reading: str, mark: str) -> bool:
    """Whether the reading writes a vowel other than a and shares none with the mark's spelling (a y between consonants
    counted an i: Dyson; the y of Joy-Con is no vowel)."""
    heard = set("".join(_vowels(reading)))
    return bool(heard - {"a"}) and not heard & set("".join(_vowels(_LONE_Y.sub("i", mark))))


_LONE_Y = re.compile("(?<![aeiou])y(?![aeiou])")
# the abjads write a word's long vowels (Arabic ا و ي, Hebrew א ו י as matres lectionis) and leave short ones out: a
# vowel they write is the word's, so a two-class mark's name writes none the mark has not
_ABJADS = frozenset({"arabic", "hebrew"})
WORD_LANGUAGES = ("ru", "uk", "bg", "mk", "el")
WORD_ZIPF = 3.0
_VOWEL_GROUPS = re.compile("[aeiou]+")


def _listing_words():
    """The words of WORD_LANGUAGES at WORD_ZIPF or more (sounds.word_list)."""
    return word_list(WORD_LANGUAGES, WORD_ZIPF)


# The languages whose words name a mark only when heard exactly as it (sounds.a_word_not_the_mark): those of
# WORD_LANGUAGES and the Indic languages with a wordfreq list (Bengali ক্যারেট "carat", Zipf 3.2, is heard "karata",
# no Cartier; সামসাং is heard as Samsung is). Each list is of its own script, so a word is looked up in its language's.
SOUND_WORD_LANGUAGES = (*WORD_LANGUAGES, "hi", "bn", "ta")


def _sound_words():
    return word_list(SOUND_WORD_LANGUAGES, WORD_ZIPF)


def _kana_words():
    """Japanese words at WORD_ZIPF (wordfreq's list holds about 3,000 in hiragana: ないし, なき, ねこ): a hiragana word of
    them names a mark only when heard exactly as it (sounds.a_word_not_the_mark)."""
    return word_list(("ja",), WORD_ZIPF)


# hiragana is read with katakana's keys (sounds.romanise reads it as katakana)
_KANA = {"hiragana": "katakana"}
# the Japanese case and topic particles that follow a noun (の は を が に で と も へ や: Martin, A Reference Grammar of
# Japanese, 1975, ch. 2): a hiragana run ending in one is also read without it
PARTICLES = frozenset("のはをがにでともへや")


def _vowels(word: str) -> list[str]:
    """The groups of vowel letters of a Latin spelling, a final silent e left out (Gillette, Lancôme: Жиллетт, Ланком)
    and a u before a vowel at the start read as the w Cyrillic writes so (Уилсон, Wilson); English oo and ee are the
    u and i they sound (Гус, Goose)."""
    return _VOWEL_GROUPS.findall(_SILENT_E.sub("", _INITIAL_W.sub("w", word)).replace("oo", "u").replace("ee", "i"))


_SILENT_E = re.compile("(?<=[^aeiou])e$")
_WORD_GAPS = re.compile("[\\s\u30fb\u00b7\\-\u3000]+")
_INITIAL_W = re.compile("^u(?=[aeio])")


def _other_word(stretch: str, script: str, written: str, mark: str) -> bool:
    """Whether the stretch is a word of its language (see VOWEL_SCRIPTS) whose vowels are not the mark's."""
    if script not in VOWEL_SCRIPTS or _vowels(written) == _vowels(mark):
        return False
    words = _listing_words()
    return all(w.casefold() in words for w in re.split(r"[\s\u00b7\-]+", stretch) if w)
