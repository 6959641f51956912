"""Evidence from the words a market names a brand by besides its marks: product lines, logo names, nicknames and
abbreviations (`MarkFingerprint.vocabulary`; the registry file's `lines`, `logos`, `nicknames`, `abbreviations`,
brandsentry/registry.py says why they are a kind of their own).

Every detector finds them as it finds marks (exact, alias, confusable ...). Then, in one place:
- each such signal says which word of which kind named the brand ("named by the logo name 'swoosh'"), for the
  alert, the takedown notice and the brand console;
- a logo name, nickname or abbreviation is a weak candidate that needs the brand's category with a counterfeit cue
  or a price far below the floor (scoring.strongly_corroborated, `needs_cue`): "crown molding", "sub sandwich",
  "PS: ships Monday", a 海马 (seahorse) toy stay quiet, "Sub 1:1 watch" and "水鬼 一比一 手表" alert; so is a product
  line that is an everyday word ("Explorer", "Tank": unlike an everyday-word mark, the category alone is not
  enough). With another mark of the brand in the listing the word is corroborated like any mark. A product line
  that is no everyday word (GMT-Master, Pochette Métis) is a mark.
Cost: one dict lookup per identity signal, done only when the registry has such words.
"""

from __future__ import annotations

from collections.abc import Sequence

from schemas import Fingerprint, MarkFingerprint, Rule
from services.matcher.core.scoring import IDENTITY_RULES, MARK_RULES, Evidence
from services.matcher.core.stronger import inside_others, lies_within

NEEDS_CUE = frozenset({"logo", "nickname", "abbreviation", "founder",  # a founder is a person: a name of many
                       # a slogan is a phrase anyone may print, a parent group owns sister brands, a designer is a person
                       "slogan", "parent", "designer",
                       # a stock ticker is a finance word (NKE in a broker's news); an official account or domain is
                       # named in anyone's "follow us" blurb
                       "ticker", "handle",
                       # a town is a place where anyone lives and sells: the brand's home town (Beaverton, Cupertino,
                       # 수원) names it only among its goods beside a cue that claims a copy (`needs_copy_cue`)
                       "hometown",
                       # the text printed on the goods (a dial's SUPERLATIVE CHRONOMETER, a patch's Two Horse Brand) is
                       # quoted by the genuine goods' own listings too: the brand's category with a cue or a copy's price
                       "inscription",
                       # an athlete's signature line (Kobe, LeBron: a city, a first name) read with its model number, and
                       # the brand's own sub-brands and sister marks read in a relation phrase ("Tudor's big brother"):
                       # the brand's category with a cue or a copy's price (detectors/signatures.py, relations.py)
                       "signature", "subsidiary", "sister",
                       # what the world knows of the brand (LORE, below)
                       "codename", "mascot", "event", "address", "moment", "founding_year",
                       "campaign", "sonic_logo", "meaning",
                       "defect",  # lore26
                       # its world first, a company it spun off, a club it owns (lore28; LORE, RELATION_KINDS below)
                       "first", "spin_off", "club",
                       # a ranking it holds, a model's debut year and shape (lore29; LORE below)
                       "ranking", "debut",
                       # the brand's contract manufacturers, read only by detectors/makers.py beside an overrun story
                       "contract_maker",
                       # an official colour name of the goods (Cosmic Orange, Strawberry Bronze): paint, yarn and a
                       # third-party case are sold in the same words, so as a nickname (look26)
                       "colour"})
# what the world knows of the brand (issue 9, lore; registry `codenames`, `mascots`, `events`, `addresses`, `moments`):
# a product's internal or press codename (Scarlett, Lockhart: the Xbox Series X and S, Wikipedia; Prospero: the PS5)
# and the brand's mascot or character (Bibendum, Clippy) name it as a nickname does, among its goods with a cue or a
# copy's price; its launch event or an event it times or supplies (WWDC, Unpacked; the Olympic Games for Omega,
# Roland-Garros for Wilson), its street address (1 Infinite Loop) and a screen or historic moment of its goods (Apollo
# 11, Back to the Future) are also an event's ticket, a flat at the address, a film's poster at a poster's price: like
# a home town they name it only beside a cue that claims a copy (COPY_CUE_KINDS); so does its founding year, read only
# in a founding frame ("since 1856", "Est. 1905", "Geneva 1905": detectors/founding.py)
# (issue 9, lore25; registry `campaigns`, `sonic_logos`, `meanings`) its famous advertisements and campaigns ('Get a Mac',
# 'Holidays Are Coming'), its sonic identity (Over the Horizon, the Mac startup chime) and what its name means or comes
# from (goddess of victory, 'leg godt'): an original advert, a jingle's sheet music, a museum's Nike of Samothrace name
# them too, so they are read as a home town, only beside a cue that claims a copy
# (issue 9, lore26; registry `defects`) its goods' famous defects and controversies (the red ring of death, antennagate,
# the Note 7 fires, Joy-Con drift; Wikipedia's articles, each cited in the registry): a repair kit or a history names them
# too, so they are read as a moment, beside a cue that claims a copy, and a denial before one does not deny the brand
# ("no more red ring", "without the butterfly keyboard": the copy is said to be free of the defect; context/judge.py)
# (issue 9, lore28; registry `firsts`) the famous 'world first' it is known for (the first waterproof wristwatch, Rolex's
# Oyster of 1926; the first bagless cyclone vacuum, Dyson's): a history book or a museum names it too, so it is read as a
# moment, only beside a cue that claims a copy
LORE = frozenset({"codename", "mascot", "event", "address", "moment", "founding_year",
                  "campaign", "sonic_logo", "meaning", "defect", "first", "ranking", "debut"})
FOUNDING_DETECTOR = "founding"
# how a word that needs a cue may be found: as written, or (five characters or more) disguised letter by letter. Not
# glued inside another word, misspelt or taken apart: the short codes (GBA, NS, W11) would be found inside SKUs
# ("…59BA01…" read as GBA) and in each other (W11 read as Wii), everyday words everywhere; a counterfeiter disguises
# the brand's name, not the trade's word for it
AS_WRITTEN = frozenset({Rule.exact, Rule.alias, Rule.variant})
DISGUISED = AS_WRITTEN | {Rule.confusable, Rule.intrusion, Rule.markup, Rule.line_break}
SHORT = 4  # a word this long or shorter only as written; in capitals only when registered in capitals ("AT" and
# "PO" of Omega's Aqua Terra and Planet Ocean are Tagalog "at" (and) and "po" (politeness) in lower case)
# no vocabulary word is found by its sound: a nickname or line sounded out in another script matches loosely (the
# Hangul 플스, PlayStation's nickname, read as "Apple Watch"); the brand's name written by sound is the marks' own
SOUNDED = frozenset({Rule.transliteration, Rule.phonetic, Rule.homophone, Rule.pinyin, Rule.vowel_drop})
# the detectors that read a vocabulary word at all: a word that needs a cue only those of the rules above (marks as
# written or disguised, Chinese aliases, text views), a line neither the detectors of sound nor of initials. Offering them to the others would
# cost index space for nothing and crowd the marks' own words (a word in more than `max_marks_per_word` multi-word
# marks is not looked for alone: "pro" of Premiere Pro and Pro Staff, in many product lines)
WEAK_DETECTORS = frozenset({"marks", "wide_aliases", "text_views"})
SOUND_DETECTORS = frozenset({"phonetic", "said_aloud", "transliteration", "homophones", "pinyin", "vowel_drop",
                             "initialisms"})  # and no initials: DD of Day-Date, GM of GMT-Master
# the detector of initials, and the vocabulary words it reads only as initials written with full stops after the
# brand's own (detectors/initialisms.py: "R.S." Rolex Submariner, "N.A.J.1" Nike AJ1), never alone
INITIALS_DETECTOR = "initialisms"
DOTTED_KINDS = frozenset({"line", "abbreviation"})
LABELS = {"line": "the product line", "logo": "the logo name", "nickname": "the nickname",
          "abbreviation": "the abbreviation", "local_name": "the shorthand of the local name",
          "imprint": "the imprint code", "item_id": "the marketplace item id", "spec": "the spec", "street_name": "the street name",
          "hint": "the riddle", "colourway": "the colourway nickname", "former_name": "the former company name",
          "founder": "the founder's name", "slogan": "the slogan", "parent": "the parent group",
          "designer": "the designer's name", "ticker": "the stock ticker", "handle": "the official account",
          "hometown": "the home town", "inscription": "the text printed on the goods",
          "signature": "the signature line", "subsidiary": "its sub-brand", "sister": "its sister mark",
          "codename": "the codename", "mascot": "the mascot", "event": "the event", "address": "the address",
          "moment": "the moment", "founding_year": "the founding year",
          "campaign": "the advertising campaign", "sonic_logo": "the sonic identity", "meaning": "the name's meaning",
          "defect": "the famous defect or controversy", "first": "the world first it is known for",
          "ranking": "a ranking it holds", "debut": "a model's debut year and shape",
          "spin_off": "a company it spun off", "club": "a club it owns or founded",
          "contract_maker": "its contract manufacturer", "colour": "the official colour name",
          "dealer_tool": "the dealer tool", "hotline": "the support number",
          "identifier": "a register's code"}
# the kinds that name the brand only beside a cue that claims a copy, never by a price alone: a home town is a
# place's name, and a cheap "Geneva watch" or "Kyoto console stand" is ordinary trade there
COPY_CUE_KINDS = frozenset({"hometown", "event", "address", "moment", "founding_year",
                            "campaign", "sonic_logo", "meaning", "defect", "first", "ranking", "debut"})
# the names a brand is known by that are people's or its own voice, several words long (founders, slogans, parent
# groups, designers): they yield to another brand named plainly, not to another brand's everyday word (yielding)
PEOPLE_AND_VOICE = frozenset({"founder", "slogan", "parent", "designer", "hometown", "inscription",
                              # and an athlete's line with its number, a sub-brand or sister in its relation phrase
                              "signature", "subsidiary", "sister", *LORE, "contract_maker"})
# the goods' own identifiers (imprint codes, specs, street names): read only by detectors/goods_codes.py, which finds
# them as written (letters and digits in order, any separators), always weak candidates that need a cue
GOODS_CODES = frozenset({"imprint", "spec", "street_name", "item_id", "dealer_tool", "hotline"})
GOODS_DETECTORS = frozenset({"goods_codes"})
GOODS_RULES = frozenset({Rule.imprint, Rule.spec, Rule.street_name, Rule.item_id})
# a local name (롤렉스, ロレックス) is read only by the detectors that derive the market's shorthand from it, and by the one
# that reads it respelt (script_respellings.py, whose evidence names the brand's mark), and by the one that reads it
# backwards (decoded.py, codes/backwards.py: its evidence names the brand's mark too), and by the one that reads it
# drawn with look-alikes (lookalike_scripts.py: the brand's mark too): as written it is the Latin mark by its sound,
# which the transliteration detector hears already
SHORTHAND_DETECTORS = frozenset({"initial_consonants", "kana_abbreviations", "script_respellings", "decoded",
                                 "lookalike_scripts"})
SHORTHAND_RULES = frozenset({Rule.initial_consonants, Rule.kana_abbreviation})
# a hint (a logo or origin in a riddle's words: "fruit", "Greek letter") is read only by the riddle detector, beside a
# word for "brand" (detectors/riddles.py): alone it is an everyday word
RIDDLE_DETECTOR = "riddles"
# (lore30) a logo, hint, nickname or abbreviation is also read after a note that the brand's name is blocked here
# ("brand name is blocked, starts with S, the yellow scallop one": detectors/blocked_names.py)
BLOCKED_DETECTOR = "blocked_names"
BLOCKED_KINDS = frozenset({"logo", "hint", "nickname", "abbreviation"})
RIDDLE_RULES = frozenset({Rule.riddle})
# a colourway nickname and a silhouette's shorthand are read only by the colourway detector, side by side
# (detectors/colourways.py: "Panda lows", "Bred 11s"); the evidence names the colourway's fingerprint
COLOURWAY_KINDS = frozenset({"colourway", "silhouette"})
COLOURWAY_DETECTOR = "colourways"
COLOURWAY_RULES = frozenset({Rule.colourway})
# a Chinese name translated by meaning (detectors/calques.py: 绿水鬼 as "Green Water Ghost") is read of the aliases and of
# the nicknames, lines, logo names and riddle hints (老花 "Old Flower", LV's Monogram; 双马 "Two Horses", Levi's patch),
# not of people's or places' names (a founder's 乔布斯 translated is no name)
CALQUE_DETECTOR = "calques"
CALQUE_KINDS = frozenset({"nickname", "line", "logo", "hint"})
# a product line made of dictionary words translated by meaning (detectors/meanings.py: Seamaster as "Maître des Mers",
# Submariner as "Sottomarino") is read of the lines, everyday words or not (its evidence needs a cue either way)
MEANING_DETECTOR = "meanings"
# a reference numbering's pattern is read only by the references detector (detectors/references.py), which words its own
# evidence: no label (the pattern is no word a listing writes)
REFERENCE_DETECTOR = "references"
# an athlete's signature line is read only by the signatures detector, with its model number after it ("Kobe 6",
# "LeBron 21": detectors/signatures.py); a sub-brand or sister mark only by the relations detector, in a phrase that
# names the brand through it ("Tudor's big brother", "the Beats people": detectors/relations.py). Both emit the rule
# exact on the whole reading, labelled here like any vocabulary word
SIGNATURE_DETECTOR = "signatures"
RELATION_DETECTOR = "relations"
# (lore28) a company it spun off or sold (Signify, Kenvue, VAIO) and a club it owns or founded (Werkself, Gamba Osaka)
# are read there too, as a sub-brand ("Signify's former parent", "Gamba Osaka's owner")
RELATION_KINDS = frozenset({"subsidiary", "sister", "spin_off", "club"})
# a club whose kits the brand makes is read only by the kits detector (detectors/kits.py), which words its evidence
KIT_DETECTOR = "kits"
# a GS1 company prefix is read only by the barcodes detector (detectors/barcodes.py), on a whole barcode with a valid
# check digit; it words its own evidence (rule barcode)
BARCODE_DETECTOR = "barcodes"
# a contract manufacturer is read only by the makers detector (detectors/makers.py), beside a factory-overrun story, and
# only for the one brand of the listing's category that declares it; it emits the rule exact, labelled here
MAKER_DETECTOR = "makers"
# a famous world first is read only by the firsts detector (detectors/firsts.py), after a word for "first" (lore28)
FIRSTS_DETECTOR = "firsts"
# (lore29) a ranking it holds is read only by the rankings detector (detectors/rankings.py, beside a superlative), a
# model's debut only by the debuts detector (detectors/debuts.py, its year beside the shape's words)
RANKING_KINDS = {"ranking": "rankings", "debut": "debuts"}
# a nickname, colourway or abbreviation written as emoji ("🥤 GMT", "🐼 lows") is read by the emoji detector too, beside
# the brand's shorthand (its silhouettes, lines, abbreviations, marks: detectors/emoji.py; lore28)
EMOJI_DETECTOR = "emoji"
EMOJI_KINDS = frozenset({"nickname", "colourway", "abbreviation", "street_name", "silhouette", "line"})
# an FCC grantee code or ISED company number is read only by the grantee-codes detector (detectors/grantee_codes.py), in
# the regulator's frame ("FCC ID BCG-A3047"); it words its own evidence (rule grantee_code)
GRANTEE_DETECTOR = "grantee_codes"
# a register's code for the brand (ISIN, Wikidata, WMI, NDC, glyph) is read only by the identifiers detector
# (detectors/identifiers.py); it words its own evidence (rule identifier)
IDENTIFIER_DETECTOR = "identifiers"
# a medicine's look is read only by the appearances detector (detectors/appearances.py), its words near one another
APPEARANCE_DETECTOR = "appearances"
# a line's published size is read only by the dimensions detector (detectors/dimensions.py)
DIMENSION_DETECTOR = "dimensions"
# a line's list price is read only by the list-prices detector (detectors/list_prices.py), after a list-price word
LIST_PRICE_DETECTOR = "list_prices"
# the goods' published ingredient list is read only by the ingredients detector (detectors/ingredients.py; look26)
INGREDIENTS_DETECTOR = "ingredients"


def vocabulary_of(fingerprints: Sequence[Fingerprint]) -> dict[int, tuple[str, str, bool, frozenset[Rule], bool, str | None]]:
    """{position of the fingerprint: (vocabulary kind, registered word, needs a cue, rules that may find it, only in
    capitals, its language or None)} for the marks that carry a vocabulary; a product line needs a cue when it is an everyday word
    ("Explorer", "Tank")."""
    out = {}
    for i, fp in enumerate(fingerprints):
        if isinstance(fp, MarkFingerprint) and fp.vocabulary is not None and fp.vocabulary not in ("reference", "kit", "gtin_prefix", "grantee_code", "identifier", "appearance", "dimensions", "list_price", "ingredients"):
            needs_cue = fp.vocabulary in NEEDS_CUE or fp.everyday_word
            short = len(fp.value) <= SHORT
            rules = (AS_WRITTEN if short else DISGUISED) if needs_cue else MARK_RULES - SOUNDED
            if fp.vocabulary in CALQUE_KINDS:
                rules = rules | {Rule.translated}  # its Chinese form translated by meaning (detectors/calques.py)
            if fp.vocabulary in DOTTED_KINDS:
                rules = rules | {Rule.initialism}  # after the brand's initials, with full stops (detectors/initialisms.py)
            if fp.vocabulary == "local_name":
                needs_cue, rules = True, SHORTHAND_RULES
            elif fp.vocabulary in GOODS_CODES:
                needs_cue, rules, short = True, GOODS_RULES, False  # the detector reads capitals itself
            elif fp.vocabulary == "hint":
                needs_cue, rules = True, RIDDLE_RULES | {Rule.translated}  # and a Han hint translated (calques.py)
            elif fp.vocabulary == "hometown":
                rules = rules | RIDDLE_RULES  # also read in a riddle's frame ("the Billund brand", "marca de Cupertino")
            elif (fp.vocabulary == "signature" or fp.vocabulary in RELATION_KINDS or fp.vocabulary == "founding_year"
                  or fp.vocabulary == "contract_maker" or fp.vocabulary == "first"
                  or fp.vocabulary in RANKING_KINDS):
                needs_cue, rules, short = True, frozenset({Rule.exact}), False  # the detector reads case itself
            elif fp.vocabulary in COLOURWAY_KINDS:
                # the pair (a colourway beside a silhouette) is the shoe as its buyers name it, like a misspelling of
                # the mark: the brand's category with a cue or a price below the floor (detectors/colourways.py)
                needs_cue, rules, short = False, COLOURWAY_RULES, False  # the detector reads case itself
            capitals = short and fp.value.isupper() and not any("\u0370" <= c <= "\u03ff" for c in fp.value)
            # (Python: cased characters all upper, "W11", "PS"; a Greek logo letter, "Ω", is a symbol, not capitals)
            out[i] = (fp.vocabulary, fp.value, needs_cue, rules, capitals, fp.language)
    return out


def offered(fp: Fingerprint, detector: str) -> bool:
    """Whether a detector (its `name`) indexes this fingerprint: every fingerprint but the vocabulary (see above)."""
    if not isinstance(fp, MarkFingerprint) or fp.vocabulary is None:
        return True
    if detector == EMOJI_DETECTOR and fp.vocabulary in EMOJI_KINDS:
        return True  # and to the others below as before
    if detector == CALQUE_DETECTOR:
        return fp.vocabulary in CALQUE_KINDS
    if detector == BLOCKED_DETECTOR:
        return fp.vocabulary in BLOCKED_KINDS  # and every mark (above): their first letters
    if detector == MEANING_DETECTOR:
        return fp.vocabulary == "line"
    if fp.vocabulary == "local_name":
        return detector in SHORTHAND_DETECTORS
    if fp.vocabulary in GOODS_CODES:
        return detector in GOODS_DETECTORS
    if fp.vocabulary == "hint":
        return detector == RIDDLE_DETECTOR
    if fp.vocabulary == "hometown":
        return detector in WEAK_DETECTORS or detector == RIDDLE_DETECTOR
    if fp.vocabulary in COLOURWAY_KINDS:
        return detector == COLOURWAY_DETECTOR
    if fp.vocabulary == "signature":
        return detector == SIGNATURE_DETECTOR
    if fp.vocabulary == "founding_year":
        return detector == FOUNDING_DETECTOR
    if fp.vocabulary == "contract_maker":
        return detector == MAKER_DETECTOR
    if fp.vocabulary == "first":
        return detector == FIRSTS_DETECTOR
    if fp.vocabulary in RANKING_KINDS:
        return detector == RANKING_KINDS[fp.vocabulary]
    if fp.vocabulary in RELATION_KINDS:
        return detector == RELATION_DETECTOR
    if fp.vocabulary == "reference":
        return detector == REFERENCE_DETECTOR
    if fp.vocabulary == "kit":
        return detector == KIT_DETECTOR
    if fp.vocabulary == "gtin_prefix":
        return detector == BARCODE_DETECTOR
    if fp.vocabulary == "grantee_code":
        return detector == GRANTEE_DETECTOR
    if fp.vocabulary == "identifier":
        return detector == IDENTIFIER_DETECTOR
    if fp.vocabulary == "appearance":
        return detector == APPEARANCE_DETECTOR
    if fp.vocabulary == "dimensions":
        return detector == DIMENSION_DETECTOR
    if fp.vocabulary == "list_price":
        return detector == LIST_PRICE_DETECTOR
    if fp.vocabulary == "ingredients":
        return detector == INGREDIENTS_DETECTOR
    if detector == INITIALS_DETECTOR:
        return fp.vocabulary in DOTTED_KINDS  # read only after the brand's initials, with full stops ("R.S.": mend31)
    if fp.vocabulary in NEEDS_CUE or fp.everyday_word:
        return detector in WEAK_DETECTORS
    return detector not in SOUND_DETECTORS


def mark_vocabulary(evidence: list[Evidence], vocabulary: dict[int, tuple[str, str, bool, frozenset[Rule], bool, str | None]]) -> list[Evidence]:
    """The evidence with vocabulary marks labelled (in place), logo names, nicknames, abbreviations and everyday-word
    lines made weak candidates that need a cue, and those found by a rule their word may not be found by, or a short
    code in capitals found in lower case, left out (AS_WRITTEN, DISGUISED, SOUNDED, SHORT)."""
    out = []
    # a declared initialism of the street (RLX, CG: detectors/goods_codes.py, `needs_copy_cue`) is that initialism: a
    # weak reading of the same letters by another rule (RLX as Rolex with its vowels dropped) is not a second chance
    # for it to count on a price alone
    initialisms = {(e.field, e.start, e.end) for e in evidence if e.rule is Rule.street_name and e.needs_copy_cue}
    for e in evidence:
        if initialisms and e.needs_corroboration and e.rule is not Rule.street_name and (
                e.field, e.start, e.end) in initialisms:
            continue
        if e.fingerprint is None or e.rule not in MARK_RULES or (found := vocabulary.get(e.fingerprint)) is None:
            out.append(e)
            continue
        kind, word, needs_cue, rules, capitals, language = found
        if e.rule not in rules or capitals and kind != "local_name" and e.text is not None and not e.text.isupper():
            continue
        named = f"named by {LABELS[kind]} '{word}'" + (f" ({language})" if language else "")
        e.detail = f"{named}; {e.detail}" if e.detail else named
        e.vocabulary = kind
        if needs_cue:
            e.needs_corroboration = e.needs_cue = True
            e.in_category_enough = False
        if kind in COPY_CUE_KINDS:
            e.needs_copy_cue = True
        out.append(e)
    return out


def yielding(by_brand: dict[int, list[Evidence]], vocabulary: dict[int, tuple[str, str, bool, frozenset[Rule], bool, str | None]]) -> list[int]:
    """The brands named only by vocabulary words that need a cue while another brand is named by more (a mark, an
    alias, a model number): a copy of one brand that mentions another's trade word ("Seamaster 1:1, Sub-style bezel",
    a size "SD" or a "DD" among Omega's words) is that brand's copy, and the trade word names nobody there."""
    def weak(e: Evidence) -> bool:
        return e.needs_corroboration and e.fingerprint is not None and e.fingerprint in vocabulary

    strong = {b: [e for e in found if e.rule in IDENTITY_RULES and e.weight > 0 and not e.needs_corroboration]
              for b, found in by_brand.items()}
    if not any(strong.values()):
        return []
    out = []
    for b, found in by_brand.items():
        if strong[b] or not any(weak(e) for e in found) or not all(
                weak(e) for e in found if e.rule in IDENTITY_RULES and e.weight > 0):
            continue
        words = [(e.field, e.start, e.end) for e in found if weak(e) and e.start is not None]
        if all(e.vocabulary in PEOPLE_AND_VOICE for e in found if weak(e)) and not any(
                not e.everyday and e.rule is not Rule.fuzzy for o, hits in strong.items() if o != b for e in hits):
            continue  # "Riccardo Tisci TB monogram scarf", "THINK DIFFERENT ultrabook": a name of several words the
            # brand is known by does not yield to another brand's everyday word ("monogram") or a misspelling's guess
            # ("ultrabook" two edits from Ultraboost), which name no brand more plainly than it
        if any(vocabulary[e.fingerprint][0] in ("logo", "hint") for e in found if weak(e)) and all(
                e.everyday or e.rule is Rule.fuzzy and (e.distance or 0) >= 2
                for o, hits in strong.items() if o != b for e in hits):
            continue  # (logos34) "Technic supercar set with the red square logo", "Ultrabook with the fruit logo": a logo's
            # name or a riddle's hint does not yield to
            # another brand read only in an everyday word or a guess two edits away ("supercar" from Superstar, an
            # Indonesian word; "Ultrabook" from Ultraboost), which names no brand more plainly than it; a mark one edit
            # off ("Adidaas") still outranks it
        # another brand's hit inside this brand's own word is a misreading of part of it ("maçã" of the declared
        # "maçã mordida", Apple's bitten apple, read one edit from Autodesk's Maya): it names nobody there
        if any(not lies_within(e, words) for o, hits in strong.items() if o != b for e in hits):
            out.append(b)
    return out


def inside_other_vocabulary(by_brand: dict[int, list[Evidence]], vocabulary: dict[int, tuple[str, str, bool, frozenset[Rule], bool, str | None]]) -> list[int]:
    """(logos34, issue 9) The brands named only by weak words (trade words that need a cue, everyday-word marks), each
    found inside another brand's longer trade word, or starting inside one that starts before it: "GG monogram" is
    Gucci's canvas, not Louis Vuitton's "Monogram"; "crown-O" Pandora's monogram, not Rolex's crown; "Nova check
    logo" Burberry's check, not Nike's "check logo". The shorter word is a piece of the longer one there and names
    nobody."""
    spans = {b: [(e.field, e.start, e.end) for e in found if e.fingerprint is not None and e.fingerprint in vocabulary
                 and e.rule in IDENTITY_RULES and e.weight > 0 and e.start is not None and e.end is not None]
             for b, found in by_brand.items()}
    return inside_others(by_brand, spans, lambda hits: all(e.needs_corroboration or e.everyday for e in hits),
                         _starts_inside)


def _starts_inside(e: Evidence, s: int, t: int) -> bool:
    """Inside a longer word, or starting inside one that starts before it (Nike's "check logo" in "Nova check logo")."""
    return s <= e.start < t and (e.end <= t and t - s > e.end - e.start or s < e.start)


# a brand's own shorthand (its registered local name clipped or cut to initials, its alias's house code) and a guess by
# sound on the same letters for another brand
SHORTHAND = frozenset({Rule.kana_abbreviation, Rule.initial_consonants, Rule.house_code})
GUESSES = frozenset({Rule.transliteration, Rule.phonetic})


def _local_initials(e: Evidence) -> bool:
    """Initials written in another script (detectors/local_initials.py: 엠케이, シージー, ЛВ): the market's spelling of
    the trade's initials, no guess by sound at a name (엠케이 heard as Omega, シージー as Switch)."""
    return e.rule is Rule.initialism and e.text is not None and not e.text.isascii()


def heard_on_shorthand(by_brand: dict[int, list[Evidence]]) -> list[int]:
    """The brands named only by weak sound-alikes (transliteration, phonetic; `needs_corroboration`) of letters that are
    another brand's shorthand of its registered name ("マイケ" clipped from マイケル・コース, heard as "maike" near Omega;
    "エスティ" of エスティ・ローダー heard near Shiseido): the market's own word for one brand is no guess at another's,
    as a sound-alike on another brand's named mark is a collision (detectors/transliteration.py)."""
    spans = {(e.field, e.start, e.end) for found in by_brand.values() for e in found
             if (e.rule in SHORTHAND or e.vocabulary in PEOPLE_AND_VOICE or _local_initials(e)) and e.weight > 0}
    # (and another brand's registered person, slogan or group as written: 이재용, Samsung's chairman, is no Sony by sound;
    # and another brand's initials in a local script: 엠케이 is MK, no Omega)
    if not spans:
        return []
    out = []
    for b, found in by_brand.items():
        named = [e for e in found if e.rule in IDENTITY_RULES and e.weight > 0]
        if named and all(e.rule in GUESSES and e.needs_corroboration and (e.field, e.start, e.end) in spans
                         and not any(o.rule in SHORTHAND for o in found) for e in named):
            out.append(b)
    return out
