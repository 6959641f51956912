"""The registry file format (deploy/seed/registry.yaml) and the registry state built from the fingerprints topic.

A registry file lists working groups and brands; each brand lists its marks,
aliases, model numbers, price floors, authorized sellers and image hashes:

    working_groups:
      - {id: consumer-electronics, name: Consumer Electronics}
    brands:
      - id: bose
        name: Bose
        iwg: consumer-electronics
        categories: [headphones, speakers]
        alert_threshold: 0.6            # optional
        made_in: [CN, MY]               # optional: where the brand makes all its goods (ISO 3166-1 alpha-2)
        marks: [Bose, {value: QuietComfort}]
        aliases: [博士]
        models: [{value: QC45, name: QuietComfort 45, price_floor: {amount: 249, currency: USD}}]
        price_floors: [{category: headphones, floor: {amount: 99, currency: USD}}]
        authorized_sellers: [{marketplace: tmall, seller_id: bose-official}]
        images: [{label: logo, hash: "c3c3...", max_distance: 10}]

Marks and aliases both become `mark` fingerprints; a mark or alias that is also an
everyday word is written `{value: Mars, everyday_word: true}` (博士 is also "PhD").

A brand is also named by words it does not print on its goods: the vocabulary of the
market that sells it (and copies it). Four lists, each entry a string or
`{value: ..., everyday_word: true}`, become `mark` fingerprints with `vocabulary` set:

    lines: [GMT-Master, Aqua Terra]          # product lines: scored as marks (everyday_word as above)
    logos: [{value: crown, everyday_word: true}]        # a logo's name: swoosh, trefoil, Jumpman
    nicknames: [水鬼, {value: 海马, everyday_word: true}]  # what buyers call it, any script
    abbreviations: [{value: Sub, everyday_word: true}]  # W11, ACAD, SMP
    local_names: [롤렉스, ロレックス]              # the name in Hangul and katakana: only its shorthand is read
    hints: [fruit, {value: fruta, language: es}]  # the logo or origin in a riddle's words: only beside "brand"

A mark or a product line may carry the lowest price of its genuine new goods, when the
line's goods cost well above the brand's floor for the category (an Airwrap among hair
care, a Galaxy S24 Ultra among phones): `{value: Airwrap, price_floor: {amount: 399,
currency: USD}}`. A listing that names it is judged against that floor, as a model number's
listing is against the model's (the matcher's prices.py); registries without it stay valid.

Why not everyday-word marks: an everyday-word mark is corroborated by anything else the
listing says, the brand's category alone included ("Dunk" filed among sneakers alerts).
A logo's name, a nickname or an abbreviation is how the trade speaks of the brand, and
also what everybody else writes ("crown molding", "sub sandwich", "PS: ships Monday"):
alone it names the brand only in the brand's category with a counterfeit cue or a price
far below the floor (the matcher's `needs_cue`), whether or not it is an everyday word,
and the evidence says which word of which kind named it ("named by the logo name
'swoosh'"), so that a notice and the brand console show why. A product line is the
brand's own trademark (Submariner, Neverfull): it is a mark, labelled as a line.

Logo descriptions are logo names in a language's own words: a market that will not write "Rolex"
writes "the watch with the crown", "Uhr mit der Krone", "la marca de la corona", 皇冠标 — the brand
declares the words (Krone, corona, couronne, 皇冠) among its `logos` as it declares "swoosh"; they need
the category and a cue like every logo name.

Nicknames and street names, the line between them: `nicknames` are names of the brand itself that its buyers coined,
in any script (Rollie, Gucc, Burbs, Louie V, Bimmer, 大鹅, левайсы): the matcher looks for them as it looks for marks,
as written or, five letters and longer, disguised letter by letter (services/matcher/core/vocabulary.py).
`street_names` (below) are the street's short names for the brand's goods and its initialisms: Latin
words that are also everyday words or plurals of a model (Forces, Jays, Sambas, Pods, Carti, Buffs) and capitals of four
letters or fewer (RLX, CG): found only as written, with a plural "s", an initialism only in capitals beside a cue
that claims a copy (detectors/goods_codes.py). A word is in one list or the other, never both (a BrandEntry with a
word in both is refused).

The goods' own identifiers name the brand when none of its words is in the listing: the code printed on
its tablets, the calibre or chip inside its goods, the street's short name for them. Three lists, read
only by the matcher's goods-codes detector (services/matcher/core/detectors/goods_codes.py), each
entry found as written, its letters and digits in order with any separators between them:

    imprints: ["VGR100", "PD 156", "894 5"]   # a tablet's imprint code (NLM/FDA pill identifier: both sides)
    specs: ["3235", "Cerachrom", "H2 chip"]  # a calibre, chip or feature only the brand's goods have
    street_names: [Carti, Pods, Forces, CG]  # the street's short names; capitals of four letters or fewer are
                                             # initialisms, found in capitals only

They are short, often everyday tokens (a calibre is a number, "pods", "forces", "CG"): each names the
brand only in its category (an imprint: in a listing of tablets, pills or capsules) with a counterfeit
cue or a price far below the floor, and an initialism only beside a cue that claims a copy, never on a
price alone.

Local names (Hangul, katakana) are not looked for as written: the matcher hears a Latin mark written
in those scripts by its sound already. They are there for the market's shorthand of them, derived
by the matcher (initial consonants ㄹㄹㅅ of 롤렉스, kana abbreviations ロレ, スワロ, ヴィトン), which
needs the brand's category with a counterfeit cue or a price far below the floor.

Former names are the company's legal, founding and earlier names and the brand names it sold under before
(Bayerische Motoren Werke, Blue Ribbon Sports, Wilsdorf & Davis, Matsushita, National, Toyoda): a seller who will not
write the brand writes its history. Each entry has its source (the company's own history page) beside it:

    former_names: [Bayerische Motoren Werke, {value: Toyoda, everyday_word: true}]

A former name that is no everyday word is read like a mark (as written or disguised letter by letter, not by sound);
one that is also an everyday word, a surname or a place (National, Toyoda, Matsushita, Brandt, Kwanon) names the
brand only in its category with a counterfeit cue or a price far below the floor, like a nickname. The evidence says
"named by the former company name 'Toyoda'".

Home towns are the towns a brand is from (headquarters or founding place: Beaverton, Cupertino, Malmesbury, 수원, 京都,
Genfer), each list with its source beside it; a town is where anyone lives, so it names the brand only in its category
beside a cue that claims a copy, never on a price alone (the matcher's vocabulary.COPY_CUE_KINDS):

    hometowns: [{value: Beaverton, everyday_word: true}, {value: ビーバートン, everyday_word: true, language: ja}]

A brand is named through its people and its family (issue 9). `signatures` are its athletes' signature lines as
written before their model number (Kobe, LeBron, KD, Harden Vol., D.O.N. Issue, MB.), read only with the number after
them ("Kobe 6 Protro", "LeBron 21", "MB.04": the matcher's detectors/signatures.py), so the athlete as a person
("LeBron James rookie card") and a place or a word (Kobe beef, "ja") are no line. `subsidiaries` are the brands it
owns (Tudor for Rolex, Beats for Apple, Converse for Nike, Lexus for Toyota) and `sisters` the marks its owner holds
beside it (Kate Spade for Coach): read only in a phrase that names the brand through them ("Tudor's big brother",
"the Beats people", "from the makers of Kinder"; a sister only as a sister, "Kate Spade's sister house":
detectors/relations.py), never the sub-brand's own name alone (a Beats listing is no Apple's). All need the brand's
category with a cue or a copy's price; each list has its source beside it:

    signatures: [{value: Kobe, everyday_word: true, price_floor: {amount: 120, currency: USD}}]
    subsidiaries: [Tudor]
    sisters: [Kate Spade]

 when the listing will not write any of its names: its
logo or its origin said plainly ("the fruit brand's earbuds", "Greek letter brand", "half-dome brand
puffer", "the bladeless brand's hair styler", "la marque à la pomme", 水果牌). A hint is an everyday word
("fruit", "Danish") and is read only right beside a word for "brand" (brand, marca, marque, Marke,
бренд, 牌, 品牌, ブランド, 브랜드; the matcher's detectors/riddles.py, rule `riddle`), and, like a logo
name, only in the brand's category with a counterfeit cue or a price far below the floor.

Colourways and silhouettes are how sneaker buyers name a shoe without its maker: the colourway's nickname and the
silhouette's shorthand, side by side ("Panda lows", "Bred 11s", "Lost & Found 1s", "Zebra 350s"):

    colourways: [Panda, Bred, "Lost & Found", Zebra]   # the community's colourway nicknames
    silhouettes: ["1s", "11s", lows, "350s", "350"]       # the trade's shorthand of the brand's silhouettes

Each is an everyday word or a number alone (a panda plush, "bred" cattle, "size 11s"); only a colourway of the brand
right beside a silhouette of the same brand names it (the matcher's detectors/colourways.py, rule `colourway`), and
then, like a misspelt mark, only in the brand's category with a cue or a price below the floor. A nickname several makers
share ("Bred": Jordan 11s and Yeezy 350s) is listed by each, and the silhouette beside it says whose it is.

A brand's genuine goods carry reference codes the registry cannot list one by one (a Rolex reference, a Nike style
code, a Louis Vuitton model code, a Samsung model code): the brand declares the shape of its numbering as patterns,

    references: ['(?:1[12]|2[1-8]|3[2-6]|5[02])[0-9]{4}[A-Z]{0,5}', '[MN]4[0-9]{4}', 'SM-[A-Z][0-9]{3}[A-Z0-9]{0,3}']

each a Python regular expression matched whole, case-insensitively, at word edges (the matcher's
detectors/references.py, rule `reference`). A code of that shape is a weak candidate, like a misspelt mark: it names
the brand only in the brand's categories with a cue or a price below the floor (a bearing's "lot 126334", a label
tape's part number, a scarf's SKU stay quiet). A code the registry lists as a model is the model's evidence.

A kit maker's goods are named by the club they are made for: "Real Madrid 24/25 home shirt". The shirt carries the
maker's marks, so a copy of it is a copy of the maker's goods, but the club's name is a third party's mark, which the
registry never holds as the brand's. The maker may declare the clubs and national teams whose kits it makes now,

    kits: [Real Madrid, Arsenal, Manchester United, Man Utd, Bayern München, Juventus, Germany]

read only by the matcher's detectors/kits.py (rule `kit`) with a season of the listing's own time and a word for the
shirt, and then only in the maker's category with a cue or a price below the floor: the club's name alone, its
tickets, scarves, retro and vintage shirts and genuine shirts at a shop's price name nobody. The list is the
contracts of today; an operator changes it when a club changes its kit maker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator

from schemas import (
    AuthorizedSellerFingerprint,
    Brand,
    Fingerprint,
    ImageFingerprint,
    IndustryWorkingGroup,
    MarkFingerprint,
    ModelFingerprint,
    Money,
    PriceFloorFingerprint,
    RegistryRecord,
    fingerprint_id,
)
from schemas.models import FiniteFloat, Slug
from schemas.portal import RegistryChange


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class MarkEntry(_Entry):
    value: str = Field(min_length=1)
    everyday_word: bool = False
    language: str | None = None  # a vocabulary word's language (BCP 47: de, zh, pt-BR): Krone, 皇冠 for the crown
    price_floor: Money | None = None  # lowest genuine new price of goods under this mark or line


VOCABULARY_LISTS = {"lines": "line", "logos": "logo", "nicknames": "nickname", "abbreviations": "abbreviation",
                    "former_names": "former_name", "founders": "founder", "slogans": "slogan", "parents": "parent", "designers": "designer", "local_names": "local_name", "imprints": "imprint", "specs": "spec", "street_names": "street_name",
                    "hints": "hint", "colourways": "colourway", "silhouettes": "silhouette",
                    "references": "reference", "kits": "kit",
                    "gtin_prefixes": "gtin_prefix", "tickers": "ticker", "handles": "handle",
                    "hometowns": "hometown", "inscriptions": "inscription",
                    "signatures": "signature", "subsidiaries": "subsidiary", "sisters": "sister",
                    "codenames": "codename", "mascots": "mascot", "events": "event", "addresses": "address",
                    "moments": "moment", "founding_years": "founding_year",
                    "campaigns": "campaign", "sonic_logos": "sonic_logo", "meanings": "meaning",
                    "contract_makers": "contract_maker",
                    "defects": "defect",  # lore26
                    "firsts": "first", "spin_offs": "spin_off", "clubs": "club",  # lore28
                    "rankings": "ranking", "debuts": "debut",  # lore29
                    "grantee_codes": "grantee_code", "appearances": "appearance",
                    "identifiers": "identifier",  # codes27
                    "dimensions": "dimensions", "list_prices": "list_price",
                    "item_ids": "item_id",
                    "colours": "colour",  # look26
                    "ingredients": "ingredients",  # look26
                    "dealer_tools": "dealer_tool", "hotlines": "hotline"}  # tools26


class ModelEntry(_Entry):
    value: str = Field(min_length=1)
    name: str = ""
    price_floor: Money | None = None


class PriceFloorEntry(_Entry):
    category: str | None = None
    floor: Money


class SellerEntry(_Entry):
    marketplace: Slug
    seller_id: str
    name: str = ""


class ImageEntry(_Entry):
    label: str = ""
    algorithm: Literal["phash", "pdq", "logo"] = "phash"
    hash: str
    max_distance: int = 10
    features: str | None = None  # logo: base64 ORB features (services/matcher/core/photos.features_b64)


class BrandEntry(_Entry):
    id: Slug
    name: str
    iwg: Slug
    categories: list[str] = Field(default_factory=list)
    alert_threshold: FiniteFloat = Field(default=0.6, ge=0, le=1)
    # (dodge39) where the house makes all its goods, ISO 3166-1 alpha-2 (schemas.Brand.made_in); only for houses that
    # make every one of their goods in a few countries (a Swiss watchmaker), never for brands made all over the world
    made_in: list[str] = Field(default_factory=list)
    marks: list[MarkEntry | str] = Field(default_factory=list)
    aliases: list[MarkEntry | str] = Field(default_factory=list)
    lines: list[MarkEntry | str] = Field(default_factory=list)  # product lines (VOCABULARY_LISTS)
    logos: list[MarkEntry | str] = Field(default_factory=list)  # names of the brand's logos
    nicknames: list[MarkEntry | str] = Field(default_factory=list)  # the market's nicknames, any script
    abbreviations: list[MarkEntry | str] = Field(default_factory=list)
    local_names: list[MarkEntry | str] = Field(default_factory=list)  # the name in a market's own script: 롤렉스, ロレックス
    former_names: list[MarkEntry | str] = Field(default_factory=list)  # legal, founding and former company names
    founders: list[MarkEntry | str] = Field(default_factory=list)  # the founders' names (people): always need a cue
    # what the brand is known by besides its name (issue 9): its advertising slogans and taglines, current and famous
    # past ones, as written in each market ("Just Do It", "Parce que je le vaux bien"); the groups that own it
    # (LVMH, Kering, Capri Holdings: a group owns sister brands, so the goods' category tells which); its designers,
    # creative directors, chief executives, owners and signature names (Tom Ford era, Jony Ive, Tinker Hatfield, Tim
    # Cook). All always need a cue.
    slogans: list[MarkEntry | str] = Field(default_factory=list)
    parents: list[MarkEntry | str] = Field(default_factory=list)
    designers: list[MarkEntry | str] = Field(default_factory=list)
    imprints: list[MarkEntry | str] = Field(default_factory=list)  # the goods' own identifiers: tablet imprint codes,
    specs: list[MarkEntry | str] = Field(default_factory=list)  # calibres, chips and features, and the street's short
    street_names: list[MarkEntry | str] = Field(default_factory=list)  # names (matcher's detectors/goods_codes.py;
    #                                                                     the line with nicknames: module docstring)
    hints: list[MarkEntry | str] = Field(default_factory=list)  # the logo or origin in a riddle's words: fruit, Greek letter
    colourways: list[MarkEntry | str] = Field(default_factory=list)  # colourway nicknames: Panda, Bred, Zebra
    silhouettes: list[MarkEntry | str] = Field(default_factory=list)  # the silhouettes' shorthand: 1s, 11s, lows, 350s
    references: list[MarkEntry | str] = Field(default_factory=list)  # the reference numbering's patterns (regex)
    kits: list[MarkEntry | str] = Field(default_factory=list)  # clubs and teams whose kits the brand makes now
    gtin_prefixes: list[MarkEntry | str] = Field(default_factory=list)  # GS1 company prefixes (GTIN-13 form): barcodes
    tickers: list[MarkEntry | str] = Field(default_factory=list)  # stock tickers of the brand or its parent: NKE, MC.PA
    handles: list[MarkEntry | str] = Field(default_factory=list)  # official accounts, store names, domains: adidasoriginals
    hometowns: list[MarkEntry | str] = Field(default_factory=list)  # the brand's town (HQ, founding place): Beaverton, 수원
    # the text printed, engraved or stamped on the goods or their papers (dial, caseback, patch, hallmark, card):
    # SUPERLATIVE CHRONOMETER OFFICIALLY CERTIFIED, Two Horse Brand, controllato; always needs a cue (issue 9, meaning)
    inscriptions: list[MarkEntry | str] = Field(default_factory=list)
    # an athlete's signature line, as written before its model number (Kobe, LeBron, Harden Vol., MB.): read only with the
    # number after it ("Kobe 6", "LeBron 21"); the brands it owns (Tudor, Beats, Converse) and its sister marks of the
    # same owner (Kate Spade for Coach): read only in a relation phrase ("Tudor's big brother", "the Beats people");
    # all always need a cue (issue 9, the brand named through its people and its family)
    signatures: list[MarkEntry | str] = Field(default_factory=list)
    subsidiaries: list[MarkEntry | str] = Field(default_factory=list)
    sisters: list[MarkEntry | str] = Field(default_factory=list)
    # what the world knows of the brand (issue 9, lore): its products' internal or press codenames (Scarlett, Prospero,
    # NX, B698) and its mascots or characters (Bibendum, Clippy, Mr. Monopoly), each as a nickname; its own launch events
    # and the events it is official timekeeper, ball or partner of (WWDC, Galaxy Unpacked, the Olympic Games for Omega),
    # its headquarters' or flagship's street address (1 Infinite Loop, Petuelring 130) and the film, TV or historic
    # moments its goods are known from (Apollo 11, Back to the Future): these three as a hometown, only beside a cue
    # that claims a copy (a ticket, a flat at the address, the film's DVD name nobody's goods)
    codenames: list[MarkEntry | str] = Field(default_factory=list)
    mascots: list[MarkEntry | str] = Field(default_factory=list)
    events: list[MarkEntry | str] = Field(default_factory=list)
    addresses: list[MarkEntry | str] = Field(default_factory=list)
    moments: list[MarkEntry | str] = Field(default_factory=list)
    # the year the brand was founded ("1905"), read only in a founding frame ("since 1856", "Est. 1905", "Geneva 1905":
    # the matcher's detectors/founding.py), as a home town, beside a cue that claims a copy
    founding_years: list[MarkEntry | str] = Field(default_factory=list)
    # (issue 9, lore25) its famous advertisements and campaigns ('Get a Mac', 'Holidays Are Coming', the 1985
    # launderette ad), its sonic identity (Over the Horizon, the Mac startup chime, the 'tada' sound) and what its name
    # means or comes from (goddess of victory, 'leg godt', little nest): as a home town, only beside a cue that claims a
    # copy (an original advert, a jingle's sheet music, a Nike of Samothrace statue name nobody's goods)
    # (issue 9, look26) the official colour names of the brand's goods, as its own store and spec pages print them
    # (Cosmic Orange, Titanium Silverblue, Strawberry Bronze, Neon Red, Volcanic Red): read as a nickname, only as the
    # whole phrase, among the brand's goods with a cue or a copy's price; a colour registered by two brands of one
    # category names neither (tests/unit/matcher/test_colours.py keeps the registry free of them)
    colours: list[MarkEntry | str] = Field(default_factory=list)
    # (issue 9, look26) the goods' published ingredient, active-ingredient or fragrance-note lists, items in the label's
    # order separated by ';' ("sugar; palm oil; hazelnuts; ..."): read only as several items in that order (the
    # matcher's detectors/ingredients.py), among the brand's goods with a cue that claims a copy
    ingredients: list[MarkEntry | str] = Field(default_factory=list)
    campaigns: list[MarkEntry | str] = Field(default_factory=list)
    sonic_logos: list[MarkEntry | str] = Field(default_factory=list)
    meanings: list[MarkEntry | str] = Field(default_factory=list)
    # (issue 9, lore26) its goods' famous defects and controversies (the red ring of death, antennagate, bendgate, the
    # Note 7 fires, Joy-Con drift): as a moment, only beside a cue that claims a copy; a copy is said to be free of them
    # ("no more red ring", "bendgate-proof"), so a denial before them does not deny the brand (context/judge.py)
    defects: list[MarkEntry | str] = Field(default_factory=list)
    # (issue 9, lore28) the famous 'world first' the brand is known for (the first waterproof wristwatch, the first
    # bagless cyclone vacuum, the first radial tyre): as a moment, only beside a cue that claims a copy
    firsts: list[MarkEntry | str] = Field(default_factory=list)
    # (issue 9, lore29) a corporate ranking it holds ("most valuable brand", "sportswear company" after a superlative;
    # " @europe" for a region's) and its models' debut years with their shape ("1953 dive watch", "1985 hi tops"): as a
    # world first, only beside a cue that claims a copy (detectors/rankings.py, debuts.py)
    rankings: list[MarkEntry | str] = Field(default_factory=list)
    debuts: list[MarkEntry | str] = Field(default_factory=list)
    # (issue 9, lore28) the companies it spun off or sold (Signify, Kenvue, Covestro, AbbVie, VAIO) and the sports clubs
    # it owns or founded (Werkself, PSV, Samsung Lions, Gamba Osaka): read only in a relation phrase ("Signify's former
    # parent", "Gamba Osaka's owner": detectors/relations.py), as a sub-brand; the club's or spin-off's own goods are
    # theirs, never the brand's alert
    spin_offs: list[MarkEntry | str] = Field(default_factory=list)
    clubs: list[MarkEntry | str] = Field(default_factory=list)
    # (issue 9, lore25) the contract manufacturers that make its goods (Foxconn, Luxshare, Pou Chen, Feng Tay, VS
    # Industry): read only beside a factory-overrun story ("extra-run units", "line surplus", 尾单) in the brand's category,
    # and only when no other brand of the listing's category declares the same maker (detectors/makers.py)
    contract_makers: list[MarkEntry | str] = Field(default_factory=list)
    # the radio regulator's code of the brand (FCC grantee code BCG, A3L; ISED company number 579C), read only in the
    # regulator's frame ("FCC ID BCG-A3047", "IC: 579C-A3047": the matcher's detectors/grantee_codes.py), like a barcode
    grantee_codes: list[MarkEntry | str] = Field(default_factory=list)
    # a register's code for the brand, the scheme's word and the code: "ISIN US0378331005" (or its listed parent's),
    # "Wikidata Q312", "WMI WBA" (a VIN's world manufacturer identifier), "NDC 0069" (an FDA labeler code), "glyph ⌘"
    # (its products' interface glyphs), read only by the matcher's detectors/identifiers.py with a cue
    identifiers: list[MarkEntry | str] = Field(default_factory=list)
    # a medicine's or device's look as its label describes it ("blue diamond 100 mg tablet"), read only with a cue and
    # no generic name (the matcher's detectors/appearances.py)
    appearances: list[MarkEntry | str] = Field(default_factory=list)
    # the exact size the brand publishes for a line ("31 x 28 x 14 cm"), read in any order within its last digit, with
    # a cue (the matcher's detectors/dimensions.py)
    dimensions: list[MarkEntry | str] = Field(default_factory=list)
    # the list price the brand publishes for a line ("USD 10,250"), read only after a list-price word (RRP, MSRP,
    # boutique price, 公价), within 12 %, with a cue (the matcher's detectors/list_prices.py)
    list_prices: list[MarkEntry | str] = Field(default_factory=list)
    # the ids marketplaces give the brand's own listings of its products (Amazon ASINs from its Brand Registry, JD or
    # Tmall item numbers), read as written by the goods-codes detector, with a cue
    item_ids: list[MarkEntry | str] = Field(default_factory=list)
    # tools26: the maker's own dealer diagnostic/service software and interfaces (Techstream, ISTA, KTS 590), read as
    # written in the brand's category or a listing of diagnostic tools, with a cue (the matcher's detectors/goods_codes.py)
    dealer_tools: list[MarkEntry | str] = Field(default_factory=list)
    # tools26: the brand's published customer-service numbers ("+1 800 275 2273"), read by their digits, with a cue
    hotlines: list[MarkEntry | str] = Field(default_factory=list)
    models: list[ModelEntry | str] = Field(default_factory=list)
    price_floors: list[PriceFloorEntry] = Field(default_factory=list)
    authorized_sellers: list[SellerEntry] = Field(default_factory=list)
    images: list[ImageEntry] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_list_a_word(self) -> BrandEntry:
        """A word is a nickname or a street name, never both (the line between them: the module docstring)."""
        def words(entries: list[MarkEntry | str]) -> set[str]:
            return {(e if isinstance(e, str) else e.value).casefold() for e in entries}

        both = words(self.nicknames) & words(self.street_names)
        if both:
            raise ValueError(f"brand {self.id}: {sorted(both)} both in nicknames and street_names: a name of the brand "
                             "is a nickname, the street's short name of its goods or an initialism a street name")
        return self


class RegistryFile(_Entry):
    demo: bool = False
    note: str = ""
    working_groups: list[IndustryWorkingGroup] = Field(default_factory=list)
    brands: list[BrandEntry] = Field(default_factory=list)


@dataclass
class Registry:
    """Everything registered: working groups, brands and their fingerprints, by id."""

    working_groups: dict[str, IndustryWorkingGroup] = field(default_factory=dict)
    brands: dict[str, Brand] = field(default_factory=dict)
    fingerprints: dict[str, Fingerprint] = field(default_factory=dict)

    def fingerprints_of(self, brand_id: str) -> list[Fingerprint]:
        return [fp for fp in self.fingerprints.values() if fp.brand_id == brand_id]

    def records(self) -> list[RegistryRecord]:
        """The registry as fingerprints-topic records, working groups first, then brands, then fingerprints."""
        return (
            [RegistryRecord(type="iwg", iwg=g) for g in self.working_groups.values()]
            + [RegistryRecord(type="brand", brand=b) for b in self.brands.values()]
            + [RegistryRecord(type="fingerprint", fingerprint=f) for f in self.fingerprints.values()]
        )

    def apply(self, key: str, record: RegistryRecord | None) -> None:
        """Apply one fingerprints-topic record; `None` is a tombstone that deletes the key."""
        kind, _, ident = key.partition(":")
        if record is None:
            if kind == "iwg":
                self.working_groups.pop(ident, None)
            elif kind == "brand":
                self.brands.pop(ident, None)
            elif kind == "fp":
                self.fingerprints.pop(ident.partition(":")[2], None)
            return
        if record.type == "iwg":
            self.working_groups[record.iwg.id] = record.iwg
        elif record.type == "brand":
            self.brands[record.brand.id] = record.brand
        else:
            self.fingerprints[record.fingerprint.id] = record.fingerprint


def vocabulary_value(vocabulary: str, value: str) -> str:
    """The value a vocabulary word's fingerprint id is made of when its plain id (its brand, "mark", its text folded)
    is another entry's of the brand: the word with its kind ("nickname:Kors" beside the ticker KORS), as an image's id
    holds its algorithm (portal identity())."""
    return f"{vocabulary}:{value}"


def _mark_ids(b: str, entries: list[tuple[MarkEntry, str | None]]) -> list[str]:
    """The fingerprint ids of a brand's marks, aliases and vocabulary words (entry, vocabulary kind or None), in order.
    Each is fingerprint_id(brand, "mark", text) as always, so no registered entry's id changes; where two entries of
    different kinds fold to the same text (Michael Kors's nickname "Kors" and its ticker "KORS", wrong34), both
    register: a mark or alias keeps the plain id, else the last of them in the file's order (the one the plain id
    named when the later entry replaced the earlier), and each other vocabulary word takes the id of
    `vocabulary_value` (its kind and text). Entries of one kind with the same text are one entry, as before."""
    plain = [fingerprint_id(b, "mark", m.value) for m, _ in entries]
    holder: dict[str, int] = {}
    for i, (m, vocabulary) in enumerate(entries):
        if plain[i] not in holder or vocabulary is not None and entries[holder[plain[i]]][1] is not None:
            holder[plain[i]] = i
    return [p if holder[p] == i or entries[holder[p]][1] == vocabulary
            else fingerprint_id(b, "mark", vocabulary_value(vocabulary, m.value)) if vocabulary is not None else p
            for i, (p, (m, vocabulary)) in enumerate(zip(plain, entries))]


def _fingerprints(entry: BrandEntry) -> list[Fingerprint]:
    b = entry.id
    out: list[Fingerprint] = []
    marks: list[tuple[MarkEntry, str | None]] = []
    for mark in entry.marks:
        marks.append((MarkEntry(value=mark) if isinstance(mark, str) else mark, None))
    for alias in entry.aliases:
        marks.append((MarkEntry(value=alias) if isinstance(alias, str) else alias, None))
    for name, vocabulary in VOCABULARY_LISTS.items():
        for word in getattr(entry, name):
            marks.append((MarkEntry(value=word) if isinstance(word, str) else word, vocabulary))
    for (m, vocabulary), fp_id in zip(marks, _mark_ids(b, marks)):
        if vocabulary is None:
            out.append(MarkFingerprint(id=fp_id, brand_id=b, **m.model_dump()))
        else:
            out.append(MarkFingerprint(id=fp_id, brand_id=b, vocabulary=vocabulary, **m.model_dump()))
    for model in entry.models:
        m = ModelEntry(value=model) if isinstance(model, str) else model
        out.append(ModelFingerprint(id=fingerprint_id(b, "model", m.value), brand_id=b, **m.model_dump()))
    for pf in entry.price_floors:
        out.append(
            PriceFloorFingerprint(
                id=fingerprint_id(b, "price_floor", pf.category or "*"), brand_id=b, **pf.model_dump()
            )
        )
    for s in entry.authorized_sellers:
        out.append(
            AuthorizedSellerFingerprint(
                id=fingerprint_id(b, "authorized_seller", f"{s.marketplace}/{s.seller_id}"), brand_id=b, **s.model_dump()
            )
        )
    for img in entry.images:
        value = img.hash if img.algorithm == "phash" else f"{img.algorithm}:{img.hash}"  # as portal identity()
        out.append(ImageFingerprint(id=fingerprint_id(b, "image", value), brand_id=b, **img.model_dump()))
    return out


def parse_registry(data: dict[str, Any]) -> Registry:
    """Validate a registry document (the parsed YAML/JSON) into a Registry."""
    doc = RegistryFile.model_validate(data)
    reg = Registry(working_groups={g.id: g for g in doc.working_groups})
    for entry in doc.brands:
        if reg.working_groups and entry.iwg not in reg.working_groups:
            raise ValueError(f"brand {entry.id!r}: unknown working group {entry.iwg!r}")
        if entry.id in reg.brands:
            raise ValueError(f"brand {entry.id!r} is listed twice")
        reg.brands[entry.id] = Brand(
            id=entry.id,
            name=entry.name,
            iwg=entry.iwg,
            aliases=[a if isinstance(a, str) else a.value for a in entry.aliases],
            categories=entry.categories,
            alert_threshold=entry.alert_threshold,
            made_in=[c.upper() for c in entry.made_in],
        )
        for fp in _fingerprints(entry):
            reg.fingerprints[fp.id] = fp
    return reg


def load_registry(path: str | Path) -> Registry:
    """Read a registry file (YAML or JSON, same structure)."""
    with open(path, encoding="utf-8") as fh:
        return parse_registry(load_yaml(fh.read()))


def dump_registry(reg: Registry, *, brand_ids: set[str] | None = None) -> str:
    """The registry (or some of its brands) in the registry file format, as YAML."""
    brands = [b for b in reg.brands.values() if brand_ids is None or b.id in brand_ids]
    doc: dict[str, Any] = {
        "working_groups": [g.model_dump() for g in reg.working_groups.values()] if brand_ids is None else [],
        "brands": [],
    }
    for b in brands:
        entry: dict[str, Any] = {
            "id": b.id, "name": b.name, "iwg": b.iwg, "categories": b.categories,
            "alert_threshold": b.alert_threshold, **({"made_in": b.made_in} if b.made_in else {}), "marks": [],
            "aliases": [],
            **{name: [] for name in VOCABULARY_LISTS}, "models": [],
            "price_floors": [], "authorized_sellers": [], "images": [],
        }
        for fp in reg.fingerprints_of(b.id):
            if not fp.active:
                continue
            if isinstance(fp, MarkFingerprint):
                floor = {} if fp.price_floor is None else {"price_floor": fp.price_floor.model_dump(mode="json")}
                if fp.vocabulary is not None:
                    language = {} if fp.language is None else {"language": fp.language}
                    entry[_LIST_OF[fp.vocabulary]].append({"value": fp.value, "everyday_word": fp.everyday_word,
                                                           **language, **floor})
                elif fp.value in b.aliases:
                    entry["aliases"].append({"value": fp.value, "everyday_word": True, **floor}
                                            if fp.everyday_word or floor else fp.value)
                else:
                    entry["marks"].append({"value": fp.value, "everyday_word": fp.everyday_word, **floor})
            elif isinstance(fp, ModelFingerprint):
                entry["models"].append(fp.model_dump(include={"value", "name", "price_floor"}, exclude_none=True))
            elif isinstance(fp, PriceFloorFingerprint):
                entry["price_floors"].append(fp.model_dump(include={"category", "floor"}))
            elif isinstance(fp, AuthorizedSellerFingerprint):
                entry["authorized_sellers"].append(fp.model_dump(include={"marketplace", "seller_id", "name"}))
            elif isinstance(fp, ImageFingerprint):
                entry["images"].append(fp.model_dump(include={"label", "algorithm", "hash", "max_distance", "features"},
                                                       exclude_defaults=True) | {"hash": fp.hash})
        doc["brands"].append(entry)
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)


_LIST_OF = {v: k for k, v in VOCABULARY_LISTS.items()}
_record = TypeAdapter(RegistryRecord)


def decode_record(value: bytes | None) -> RegistryRecord | None:
    return None if value is None else _record.validate_json(value)


def change_of(key: str, record: RegistryRecord | None, *, by: str, at: datetime) -> RegistryChange:
    """The registry-changes record of a fingerprints-topic record written outside the portal (a registry file,
    an operator's tombstone): "imported", or "deleted" for a tombstone (None)."""
    kind, _, rest = key.partition(":")
    brand_id = rest if kind == "brand" else rest.partition(":")[0] if kind == "fp" else None
    fp = record.fingerprint if record is not None else None
    return RegistryChange(key=key, brand_id=brand_id, fingerprint_id=rest.partition(":")[2] if kind == "fp" else None,
                          action="deleted" if record is None else "imported", version=fp.version if fp else 1,
                          by=by, at=at, fingerprint=fp)


MAX_YAML_DEPTH = 20
# libyaml's parser under PyYAML's safe constructor when PyYAML was built with it (its wheels are): the same events and
# objects as the pure-Python SafeLoader, about 8x faster (the demo registry: 0.80 -> 0.09 CPU s, read twice here)
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlRefused(ValueError):
    """A registry file that is not plain YAML or JSON within the limits (depth, no anchors/aliases, one document)."""


def load_yaml(text: str | bytes, *, max_depth: int = MAX_YAML_DEPTH) -> Any:
    """Parse a registry file (YAML or JSON) from an untrusted source.

    Refused with YamlRefused before anything is built: nesting deeper than `max_depth` lists or mappings (a
    registry file needs 4; deep nesting makes PyYAML's constructor recurse without bound), anchors and aliases
    (each alias repeats a subtree: a small file expands exponentially), and more than one document.
    """
    depth, documents = 0, 0
    try:
        for event in yaml.parse(text, Loader=_SAFE_LOADER):
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > max_depth:
                    raise YamlRefused(f"nested deeper than {max_depth} levels")
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
            elif isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise YamlRefused("anchors and aliases (&, *) are not accepted")
            elif isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise YamlRefused("one document per file")
        return yaml.load(text, Loader=_SAFE_LOADER)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as exc:
        raise YamlRefused(f"not YAML or JSON: {str(exc)[:300]}") from exc
