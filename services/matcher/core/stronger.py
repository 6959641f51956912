"""The stronger reading of a listing wins (rule: the stronger reading).

A listing that names brand A plainly (its mark, alias or model number as registered, or disguised: any identity
evidence that needs no corroboration) may graze brand B with a weak candidate only: a word one edit from B's line
("nové", Czech "new", one edit from Cartier's Love beside "Swarovski Constella bracelet"), a phrase heard like B's mark
("в личку", "in a DM", heard like Burberry Check beside "Louis Vuitton Neverfull"). A weak candidate counts only when
the listing corroborates it (scoring.strongly_corroborated: the brand's category with a cue or a low price), and here
everything that would corroborate it — the category, the cue, the price — is the listing's about A's goods: A's plain
name explains them, and B's grazing word is a coincidence of spelling or sound, not a second brand.

`grazed(by_brand, word)` says which brands of a listing are only grazed: every identity signal of theirs is a weak
candidate (needs corroboration, not the name as the listing's script writes it: `in_category_enough`) or a misspelling
or sound-alike that is a word of some language as written ("piuma", "onda"), and another brand of the listing is named
by its mark, alias or model number (`_NAMED`), needing no corroboration, in a listing filed in (or naming) one of its
categories. Their evidence is dropped and the plain brand's alert says
what else was heard (`note`), so an analyst sees the weaker reading and why it did not alert. A listing that names two
brands plainly, or grazes one with no other named, is unchanged.

Source: written for BrandSentry from the wrong-brand alerts of the held-out reports (a class, not their rows), on the
principle of the detectors' own tie-breaks (transliteration._closest_brand, vocabulary.yielding).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from schemas import Rule
from services.matcher.core.prefilter import gated
from services.matcher.core.scoring import IDENTITY_RULES, Evidence, join_detail

RULE = "rule: the stronger reading"
# identity rules that name a brand plainly enough to set another's grazing word aside: the mark, an alias, a model
# number as registered or disguised (not a sound-alike, a misspelling or initials, which may themselves graze)
_NAMED = frozenset({Rule.exact, Rule.alias, Rule.variant, Rule.model, Rule.confusable, Rule.intrusion, Rule.glued,
                    Rule.line_break, Rule.skeleton, Rule.components})
# a brand's registered word found exactly as written (a mark, an alias, a line, a model number)
_AS_WRITTEN = frozenset({Rule.exact, Rule.alias, Rule.model})
_NEAR = frozenset({Rule.fuzzy, Rule.phonetic, Rule.transliteration, Rule.doubled, Rule.vowel_drop, Rule.homophone})
# readings at one remove from the name as written that a brand named plainly beside them outweighs whatever they need
# (wrong34): a word typed with the wrong keyboard layout (the seller typed the plain brand with the right one: "it's"
# on the Arabic keys read as Office beside "Sony PlayStation 5"; "Devs" on the Russian keys heard as Puma beside
# "adidas"), and an everyday word translated by meaning ("Trainer:" of a racecard, Coach translated, beside "Michael
# Kors Jet Set tote")
_SLIPS = frozenset({Rule.keyboard_layout})
_BY_MEANING = frozenset({Rule.translated})


def _identity(found: list[Evidence]) -> list[Evidence]:
    return [e for e in found if e.rule in IDENTITY_RULES and e.weight > 0]


def _plain(e: Evidence) -> bool:
    return not e.needs_corroboration and not e.everyday


def _grazing(e: Evidence, word: Callable[[str], bool]) -> bool:
    """A weak candidate (not the name as the listing's script writes it), or a misspelling, sound-alike or everyday-word
    mark that is a word of some language as written ("piuma", Italian "feather", one edit from Puma; "onda" from Honda;
    French "d'accord" for Honda's Accord)."""
    if e.rule in _NEAR:
        return e.needs_corroboration and not e.in_category_enough or bool(e.text) and word(e.text)
    if e.rule in _SLIPS:
        return True
    if e.rule in _BY_MEANING:
        return e.needs_corroboration or e.everyday
    # initials, house codes, vocabulary are a seller's deliberate short names ("LV" on painted Air Force 1s), no graze
    return e.everyday and e.rule in _NAMED and bool(e.text) and word(e.text)


def grazed(by_brand: dict[int, list[Evidence]], word: Callable[[str], bool] = lambda token: False,
           filed: Callable[[int], bool] = lambda brand: False,
           own_name: Callable[[Evidence], bool] = lambda e: True,
           prose: Callable[[str], bool] = lambda token: False,
           common: Callable[[str], bool] = lambda token: False,
           opening: Callable[[Evidence], bool] = lambda e: False) -> list[int]:
    """The brands of `by_brand` (brand index -> identity evidence) that are only grazed beside a brand named plainly;
    word(token): whether a token is a word of some language (context/language.py ForeignWords.word); filed(brand):
    whether the listing is filed in or names one of the brand's categories. The plain brand must be filed there: the
    listing's context is then its own (an everyday-word mark there, "Apple earbuds", "puma hoodie", names its brand);
    a plain name among another brand's goods (博世, Bosch's name, among speakers, where 博士 is Bose's) sets nothing aside.
    own_name(e): whether the evidence names the brand by its own name (Apple, Puma), not by a line or a second mark of
    everyday words ("Accord", Honda's); prose(token): whether a token is a common word of the title's language, which
    is not English (the registry's lines are English names, which English titles write as the product's: "Office",
    "Dunk"). Such a line written as prose (French "d'accord", "agreed", beside a Toyota oil filter) names no brand
    plainly, and beside one it only grazes. common(token): whether a token is a common word of some language: an
    everyday-word mark written so, of a brand not filed there, grazes too (`_common_everyday`). opening(e): whether the
    evidence is the first word of a sentence of the description, capitalised only for that ("… nobody will ever know.
    Love, Auntie": a letter's closing, no Cartier Love), which `_in_prose` reads as written in lower case.
    A listing filed nowhere (no category, none named) sets a brand plainly named when its own name and a line or model
    of it are both named as written ("Coach Tabby Shoulder Bag"): two registered names of one brand say whose goods
    they are as a category would."""
    spans = _spans(by_brand, lambda e: e.rule in IDENTITY_RULES and e.weight > 0)
    plain = {b for b, found in by_brand.items() if (filed(b) or _named_twice(found, own_name)) and any(
        e.rule in _NAMED and not e.needs_corroboration
        and not (e.everyday and not own_name(e) and bool(e.text) and (prose(e.text) or _in_prose(e, common, opening)))
        # not strictly inside a longer reading of another brand in the same field ("APPLE" of "APPLE OF THE WORSHIP
        # EXAGGERATE", Bayer's Chinese name translated): a word of that reading, which names no brand plainly
        and not lies_within(e, _others(spans, b), strictly_inside) for e in _identity(found))}
    if not plain:
        return []
    out = []
    for b, found in by_brand.items():
        identity = _identity(found)
        if b in plain or not identity:
            continue
        if all(_grazing(e, word) or _line_initials(e, own_name)
               or _common_everyday(e, common) and (not filed(b) or _in_prose(e, common, opening)) for e in identity):
            out.append(b)
    return out if len(out) < len(by_brand) else []


def _in_prose(e: Evidence, common: Callable[[str], bool], opening: Callable[[Evidence], bool] = lambda e: False) -> bool:
    """A common word written in lower case in the description ("you will love it"), or capitalised only as the first
    word of a sentence there ("Love, Auntie", "Love it!"): prose, not a product's name."""
    return (e.field == "description" and bool(e.text) and (e.text.islower() or e.text[1:].islower() and opening(e))
            and common(e.text))


def _named_twice(found: list[Evidence], own_name: Callable[[Evidence], bool]) -> bool:
    """The brand named as written by its own name and by another of its registered names (a line, a model)."""
    named = [e for e in _identity(found) if e.rule in _AS_WRITTEN and not e.needs_corroboration]
    own = [e for e in named if own_name(e)]
    return bool(own) and any(not own_name(e) and not any(_overlap(e, o) for o in own) for e in named)


def _overlap(a: Evidence, b: Evidence) -> bool:
    return a.field == b.field and a.start is not None and b.start is not None and a.end is not None and \
        b.end is not None and a.start < b.end and b.start < a.end


def _common_everyday(e: Evidence, common: Callable[[str], bool]) -> bool:
    """An everyday-word mark written as a common word of some language ("if you fall in love": Cartier's Love), beside
    a brand named plainly in its own category (mend31), grazes where its brand is not filed there, or in lower case in
    the description: the listing's words are about the plain brand's goods, and the common word is prose there
    ("Rolex Submariner 1:1 … you will love it"), whatever the title's language (ForeignWords.word leaves out words most
    languages list, such as "love")."""
    return e.everyday and e.rule in _NAMED and bool(e.text) and common(e.text)


def _line_initials(e: Evidence, own_name: Callable[[Evidence], bool]) -> bool:
    """Two capitals that are the initials of a line of the brand, not of its own name ("GM" of GG Marmont), beside
    another brand named plainly: a size or a code of that brand's goods ("Louis Vuitton Neverfull {MM|GM}": the bag's
    sizes), not a second brand; the brand's own initials (LV, TNF) are a seller's deliberate short name and stay."""
    return e.rule is Rule.initialism and not own_name(e) and bool(e.text) and len(e.text) == 2 and e.text.isalpha()


def _heard_inside_others(by_brand: dict[int, list[Evidence]], strong, weak) -> list[int]:
    """The brands of `by_brand` whose every identity signal is `weak` and lies within the span of another brand's
    `strong` signal in the same field (inside_readings, inside_spelt, inside_decoded: which readings are strong and
    which weak); none when that would set every brand aside."""
    return inside_others(by_brand, _spans(by_brand, strong), lambda identity: all(weak(e) for e in identity))


def _spans(by_brand: dict[int, list[Evidence]], strong) -> dict[int, list[tuple[str, int, int]]]:
    """brand -> (field, start, end) of its `strong` signals that carry a span."""
    return {b: [(e.field, e.start, e.end) for e in found if strong(e) and e.start is not None and e.end is not None]
            for b, found in by_brand.items()}


def within(e: Evidence, s: int, t: int) -> bool:
    """The signal lies within the span [s, t) (the same span included)."""
    return s <= e.start and e.end <= t


def strictly_inside(e: Evidence, s: int, t: int) -> bool:
    """The signal lies within the span [s, t), and the span is longer than the signal."""
    return s <= e.start and e.end <= t and t - s > e.end - e.start


def lies_within(e: Evidence, spans: list[tuple[str, int, int]], contains: Callable[[Evidence, int, int], bool] = within
                ) -> bool:
    """Whether the signal (with a span) lies in one of `spans` (field, start, end) of its field, as `contains` says."""
    return e.start is not None and e.end is not None and any(
        f == e.field and contains(e, s, t) for f, s, t in spans)


def _others(spans: dict[int, list[tuple[str, int, int]]], brand: int) -> list[tuple[str, int, int]]:
    return [span for other, found in spans.items() if other != brand for span in found]


def inside_others(by_brand: dict[int, list[Evidence]], spans: dict[int, list[tuple[str, int, int]]], yields,
                  contains: Callable[[Evidence, int, int], bool] = within) -> list[int]:
    """The brands of `by_brand` whose identity signals (non-empty, every one with a span) `yields` accepts as a whole and
    each lie within a span of another brand's `spans` in the same field (`contains`: `within`, `strictly_inside`, or a
    caller's own reading of "inside"); none when that would set every brand aside. The one rule of every "inside
    another brand's" reading, here and in vocabulary.py (yielding, inside_other_vocabulary)."""
    if not any(spans.values()):
        return []
    out = []
    for b, found in by_brand.items():
        identity = _identity(found)
        if not identity or not all(e.start is not None and e.end is not None for e in identity) or not yields(identity):
            continue
        others = _others(spans, b)
        if all(lies_within(e, others, contains) for e in identity):
            out.append(b)
    return out if len(out) < len(by_brand) else []


def inside_readings(by_brand: dict[int, list[Evidence]]) -> list[int]:
    """The brands of `by_brand` heard only inside another brand's Chinese name read aloud: every identity signal of
    theirs is a sound-alike or misspelling (`_NEAR`) and lies within the span of another
    brand's pinyin or Cantonese reading (rule pinyin: detectors/pinyin.py, detectors/jyutping.py) in the same field.
    A reading is a registered alias's syllables in order ("Maai Hak Gou Si", 迈克高仕); a sound heard in one or two of
    them ("Gou Si" like Gucci, "lok3" one edit from Cartier's Love, "Jyun" like Sony) is a coincidence of its syllables,
    not a second brand (Michael Kors, not Gucci)."""
    return _heard_inside_others(by_brand, lambda e: e.rule is Rule.pinyin, lambda e: e.rule in _NEAR)


def inside_spelt(by_brand: dict[int, list[Evidence]]) -> list[int]:
    """The brands of `by_brand` heard only in a word that is another brand's registered name as written: every identity
    signal of theirs is a sound-alike or misspelling (`_NEAR`) and lies within the span of
    another brand's own word as written, letter for letter (`_AS_WRITTEN`: its mark, alias, product line or model
    number, an everyday-word line included; not a word glued or disguised, itself a reading) in the same field. "Furby" is Hasbro's line as written, and heard like Mattel's Barbie
    only four edits apart; "Zune" is Microsoft's player, and heard like Sony: the word names its owner, and the cue, the
    category and the price beside it are about the owner's goods, not a second brand's (the wrong-brand alerts of the
    held-out reports, outsider21's discontinued products: a class, not its rows). A brand named by anything besides
    such a sound, or a word no brand registers ("Sonny"), is unchanged. A misspelling of a plain mark is set aside as
    well: "Kitekat" is Mars's cat food as written, two edits from Nestlé's KitKat, no misspelt KitKat."""
    return _heard_inside_others(by_brand, lambda e: e.rule in _AS_WRITTEN and e.rule in IDENTITY_RULES and e.weight > 0,
                                lambda e: e.rule in _NEAR)


def _yieldable(identity: list[Evidence]) -> bool:
    """Whether another tenant's registered words may set these signals aside: every one is an everyday-word mark or a
    vocabulary word (a line, a nickname), never a brand's own mark that is no everyday word (tests/unit/matcher/
    test_tenant_isolation.py: a longer mark of another brand never hides a brand's own mark)."""
    return bool(identity) and all(e.everyday or e.vocabulary is not None for e in identity)


def inside_longer_names(by_brand: dict[int, list[Evidence]]) -> list[int]:
    """The brands of `by_brand` named only by a registered word found as written that lies strictly inside another
    brand's longer registered word found as written in the same field (honest25, issue 9): the longest name read is the
    one written ("Super Galaxy …": the longer name's). Only an everyday-word mark or a vocabulary word yields
    (`_yieldable`): a brand's own mark is never hidden by another tenant's registration, so "Air Yeezy 2" names Nike's
    Air Yeezy (2009-2014) and adidas's Yeezy (2015-2023) both. A brand named anywhere else too, or two brands registering
    the same words, are unchanged. Source: the leftmost-longest rule of tokenisers and of the matcher's own automaton
    (a mark inside a longer mark of the same brand is counted once), applied across brands; Nike's Air Yeezy and Air
    Yeezy 2 (nike.com, Wikipedia 'Air Yeezy')."""
    return inside_others(by_brand, _spans(by_brand, lambda e: e.rule in _AS_WRITTEN and e.rule in IDENTITY_RULES
                                          and e.weight > 0 and not e.needs_corroboration), _yieldable, strictly_inside)


def inside_model_names(by_brand: dict[int, list[Evidence]], name_of: Callable[[int], str | None],
                       fields: dict[str, str]) -> list[int]:
    """The brands of `by_brand` named only by words of another brand's registered model name, written out in full
    beside that model's number (honest25, issue 9): every identity signal of theirs lies within a span of `fields` (field
    -> text) that spells the registry name (`name_of`: a model fingerprint -> its name, else None) of a model another
    brand's evidence found by number ("LEGO 10497 Galaxy Explorer": 'Galaxy' is the set's name, no Samsung phone). The
    number says whose goods they are and the name is the number's; a brand named anywhere else too is unchanged.
    Source: the makers' own catalogue names (LEGO set names, toy and shoe model names share everyday and other makers'
    words), the rule of the stronger reading above."""
    spans: dict[int, list[tuple[str, int, int]]] = {}
    for b, found in by_brand.items():
        for e in found:
            if e.rule not in (Rule.model, Rule.spelt_model) or e.weight <= 0 or e.fingerprint is None:
                continue
            name = name_of(e.fingerprint)
            if not name or len(words := name.split()) < 2:
                continue
            pattern = re.compile(r"(?<!\w)" + r"[\s\-]+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE)
            spans.setdefault(b, []).extend((f, m.start(), m.end()) for f, text in fields.items()
                                           for m in pattern.finditer(text))
    return inside_others(by_brand, spans, _yieldable)


# weak readings that a code's exact reading of the same word explains: sound-alikes and misspellings, and a word typed on
# the wrong keyboard layout and then heard (keyboard_layout's transliteration)
_INSIDE_CODES = _NEAR | {Rule.keyboard_layout}
# (edge57, issue 9) a look-alike character's reading of the very word a code reads back letter for letter as another
# brand's mark: '能达' read backwards is Danone's 达能, and 达 drawn like 恩 makes it Nestlé's 能恩 too; the code's reading
# (told by the listing: "倒轉讀", "read it backwards") is exact, the shape a coincidence of one character
_SHAPES_INSIDE_CODES = frozenset({Rule.confusable})


def inside_decoded(by_brand: dict[int, list[Evidence]]) -> list[int]:
    """The brands of `by_brand` heard only inside words that a code reads back as another brand's mark, letter for
    letter (rule decoded: codes/, detectors/decoded.py): every identity signal of theirs is a weak candidate
    (`_INSIDE_CODES`, needs corroboration) that lies within the span of another brand's decoded reading in the same
    field. A code's reading is exact ('Esteeway Auderlay' read back from Pig Latin is "esteelauder"; 'IVNTEN' in rot13
    is "viagra"); the same coded word heard like a third brand ('Esteeway' like Shiseido, 'IVNTEN' like Bepanthen, 5
    and more edits apart) or read through a look-alike character (_SHAPES_INSIDE_CODES: '能达', Danone's 达能 backwards,
    read as Nestlé's 能恩 by 达's shape) is a coincidence of the code's letters, not a second brand."""
    return _heard_inside_others(by_brand, lambda e: e.rule is Rule.decoded,
                                lambda e: e.rule in _INSIDE_CODES and e.needs_corroboration
                                or e.rule in _SHAPES_INSIDE_CODES)


_SPELT_BY_NAMES = "(view: letter names)"  # detectors/decoded.py's detail of a reading of codes/letter_names.py


def outside_spelt_names(found: list[Evidence], brand_of) -> list[Evidence]:
    """The evidence without other brands' readings of a run of letter names that spells a mark letter for letter
    (codes/letter_names.py, rule decoded): 'вэ·и·эс' is V-I-S spelt in Russian, not Air Force 1 heard in it;
    'pe.hache.i.ele.i.pe.ese' is P-H-I-L-I-P-S, not Gillette one edit from 'hache.i.ele'. A reading of another brand
    that takes any letters of the run (the run's last name with the next word: 'о·у люкс' heard as Rolex, 'ERRE
    replica' as L'Oréal) reads a letter's name as part of a word, which it is not; the run names one brand, whether or
    not the listing corroborates it. `brand_of`: fingerprint -> brand."""
    runs = [(brand_of[e.fingerprint], e.field, e.start, e.end) for e in found
            if e.rule is Rule.decoded and e.start is not None and e.end is not None and _SPELT_BY_NAMES in e.detail]
    if not runs:
        return found

    def in_a_run(e: Evidence) -> bool:
        if e.fingerprint is None or e.start is None or e.end is None or e.rule not in IDENTITY_RULES:
            return False
        b = brand_of[e.fingerprint]
        return any(b != rb and f == e.field and s < e.end and e.start < t for rb, f, s, t in runs)

    return [e for e in found if not in_a_run(e)]


def note(strong: list[Evidence], weak: list[Evidence], weak_name: str, strong_name: str) -> None:
    """Say on the plain brand's strongest identity evidence what weaker reading of another brand was set aside."""
    shown = next((e for e in sorted(_identity(strong), key=lambda e: -e.weight) if _plain(e)), None)
    heard = next(iter(_identity(weak)), None)
    if shown is None or heard is None:
        return
    shown.detail = join_detail(shown.detail, (
        f"'{heard.text}' was also read as {weak_name}'s '{heard.term}' ({heard.rule.value}), a weak candidate beside "
        f"{strong_name} named plainly: the listing's category, cue and price are {strong_name}'s, not alerted for "
        f"{weak_name} ({RULE})"))


def off_category_marks(by_brand: dict[int, list[Evidence]], filed: Callable[[int], bool]) -> list[int]:
    """The brands of `by_brand` named only by words that lie within a vocabulary word of another brand filed in the
    listing's category, while they themselves are not filed there (look26, issue 9): the goods decide whose word it
    is. A Rolex GMT-Master II with a red and black bezel is the collectors' 'Coke', the green and black one the
    'Sprite'; among watches "GMT 'Coke' red/black – replica" names Rolex's GMT, not Coca-Cola's soft drink, which is no
    watch; among car parts "Supersonic Red" is Toyota's paint, not Dyson's hair dryer (filed(b): the listing is filed
    in or names one of b's categories). Only an everyday-word mark or a vocabulary word yields (`_yieldable`: Coke,
    Sprite and Supersonic are everyday words; a brand's own mark that is none is never hidden by another tenant's
    registration). A brand named anywhere else too (its name written out, "Coca-Cola Coke watch"), or filed in the
    listing's category itself, is unchanged; none when that would set every brand aside. Source: the collectors'
    nicknames of Rolex references (Hodinkee's and Bob's Watches' guides: the 'Coke' GMT-Master 16760 and 16710, the
    'Sprite' GMT-Master II 126720VTNR of 2022), the makers' official colour names (registry `colours`), and the rule
    of the stronger reading above."""
    home = {b for b in by_brand if filed(b)}
    if not home or len(home) == len(by_brand):
        return []
    words = [(e.field, e.start, e.end) for b in home for e in by_brand[b]
             if e.vocabulary is not None and e.rule in IDENTITY_RULES and e.start is not None and e.end is not None]
    if not words:
        return []
    out = [b for b, found in by_brand.items() if b not in home and _yieldable(identity := _identity(found)) and all(
        e.start is not None and e.end is not None and any(f == e.field and s <= e.start and e.end <= t
                                                          for f, s, t in words) for e in identity)]
    return out if len(out) < len(by_brand) else []


# (wrong34) what else a shop sells, said after the goods ("We also sell Omega, Cartier", "otras marcas: …", "其他品牌"):
# from the phrase to the end of its sentence or line. Source: written for BrandSentry from marketplace shop blurbs.
OTHER_STOCK = gated(re.compile(
    r"(?:\b(?:we |i )?also (?:sell|selling|have|stock|carry|available|in stock|offer)|\bother (?:brands|models|items)\b|"
    r"\bmore brands\b|\bcheck (?:my|our) other\b|\btambi[eé]n (?:vendemos|tenemos|hay)|\b(?:otras|m[aá]s) marcas\b|"
    r"\bwir (?:verkaufen|haben) auch\b|\b(?:andere|weitere) marken\b|\bnous (?:vendons|avons) aussi\b|"
    r"\bautres marques\b|\baltre marche\b|\bvendiamo anche\b|\b(?:outras|mais) marcas\b|\btamb[eé]m (?:vendemos|temos)|"
    r"другие бренды|также (?:есть|продаем|продаём)|其他品牌|其它品牌|还有其他|他のブランド|다른 브랜드)"
    r"[^.!?\n。！？]*", re.IGNORECASE))


def other_stock(by_brand: dict[int, list[Evidence]], spans: list[tuple[int, int]]) -> list[int]:
    """The brands of `by_brand` named only in the description inside `spans` (OTHER_STOCK's: what else the shop
    sells) while another brand is named plainly in the title (wrong34): the listing's goods are that brand's, and the
    shop's other stock is no subject of it; none when that would set every brand aside."""
    if not spans:
        return []
    titled = {b for b, found in by_brand.items() if any(
        e.field == "title" and e.rule in _NAMED and not e.needs_corroboration for e in _identity(found))}
    if not titled:
        return []
    out = []
    for b, found in by_brand.items():
        identity = _identity(found)
        if b in titled or not identity:
            continue
        if all(e.field == "description" and e.start is not None and e.end is not None
               and any(s <= e.start and e.end <= t for s, t in spans) for e in identity):
            out.append(b)
    return out if len(out) < len(by_brand) else []
