"""The contract between BrandSentry's services.

Every message on a BrandSentry topic is one of these models serialised as JSON.
`python -m schemas.export` writes their JSON Schema next to this file, for
consumers in other languages.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timezone
from enum import StrEnum
from typing import Annotated, Any, Literal, Union

from pydantic import AllowInfNan, AwareDatetime, BaseModel, ConfigDict, Field, PrivateAttr, field_validator

SCHEMA_VERSION = 1

Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9._-]{0,63}$", description="lower-case identifier")]
#: The one definition of a brand or working-group id (TenantId, the portal's path parameters, brandsentry.acl's
#: principals). TENANT_ID_PATTERN is for pydantic and OpenAPI, where "$" is the end of the text; in Python's `re`
#: "$" also matches before a trailing newline ("bose\n"), so Python code checks with `is_tenant_id` (fullmatch).
TENANT_ID_RULE = "lower-case letters, digits, '_' and '-', starting with a letter or digit, up to 64"
_TENANT_ID_BODY = r"[a-z0-9][a-z0-9_-]{0,63}"
TENANT_ID_PATTERN = rf"^{_TENANT_ID_BODY}$"
_TENANT_ID = re.compile(_TENANT_ID_BODY)


def is_tenant_id(value: object) -> bool:
    """Whether `value` is a TenantId: the whole string, no trailing newline, no upper case, at most 64."""
    return isinstance(value, str) and _TENANT_ID.fullmatch(value) is not None


TenantId = Annotated[str, Field(pattern=TENANT_ID_PATTERN, description=(
    "lower-case id of a brand or working group, without '.': it names Kafka topics (alerts.brand.<id>) and "
    "principals, and Kafka takes '.' and '_' in topic names as the same, so 'a.b' would collide with 'a_b'"))]
CurrencyCode = Annotated[str, Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code, e.g. USD")]
CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 code, e.g. CN")]
HexHash = Annotated[str, Field(pattern=r"^[0-9a-f]{16,128}$", description="perceptual hash as lower-case hex")]
#: Every number of the contract. NaN, Infinity and overflowing literals (1e400 parses as infinity) are refused
#: with "Input should be a finite number" (pydantic's `finite_number` error): JSON has no such numbers, and an
#: infinite price or floor would be written as null and silently ignored downstream.
FiniteFloat = Annotated[float, AllowInfNan(False)]


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, str_strip_whitespace=True)


# --------------------------------------------------------------------------- listings


class Money(_Model):
    amount: FiniteFloat = Field(ge=0, description="price in the currency's main unit")
    currency: CurrencyCode


class Seller(_Model):
    id: str = Field(min_length=1, max_length=200)
    name: str = Field(default="", max_length=300)
    country: CountryCode | None = None


class ListingImage(_Model):
    url: str | None = Field(default=None, max_length=2000)
    phash: HexHash | None = Field(default=None, description="64-bit pHash (imagehash) as 16 hex digits, if precomputed")
    pdq: HexHash | None = Field(default=None, description="256-bit PDQ hash as 64 hex digits (filled by the matcher's image fetch)")
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the fetched image bytes")
    fetch_error: str | None = Field(default=None, max_length=300, description="why the image at url could not be used")
    _features: Any = PrivateAttr(default=None)  # the fetched photo's local features (matcher only; never serialised)


class Listing(_Model):
    """One marketplace listing, as pushed by an integrator."""

    marketplace: Slug
    listing_id: str = Field(min_length=1, max_length=200)
    url: str | None = Field(default=None, max_length=2000)
    title: str = Field(min_length=1, max_length=1000)
    description: str = Field(default="", max_length=20000)
    price: Money | None = None
    seller: Seller
    category: str | None = Field(default=None, max_length=200)
    images: list[ListingImage] = Field(default_factory=list, max_length=50)
    ship_from: CountryCode | None = None
    observed_at: AwareDatetime
    attributes: dict[str, str] = Field(default_factory=dict)

    @property
    def key(self) -> str:
        """The Kafka key of this listing: marketplace and listing id."""
        return listing_key(self.marketplace, self.listing_id)


def listing_key(marketplace: str, listing_id: str) -> str:
    return f"{marketplace}:{listing_id}"


# --------------------------------------------------------------------------- registry


class IndustryWorkingGroup(_Model):
    id: TenantId
    name: str = Field(min_length=1, max_length=200)


class Brand(_Model):
    id: TenantId
    name: str = Field(min_length=1, max_length=200)
    iwg: TenantId = Field(description="id of the brand's industry working group")
    aliases: list[str] = Field(default_factory=list, description="the brand's name in other scripts or spellings, e.g. 博士")
    categories: list[str] = Field(default_factory=list, description="product categories the brand sells in")
    alert_threshold: FiniteFloat = Field(default=0.6, ge=0, le=1, description="a match at or above this score alerts")
    made_in: list[str] = Field(default_factory=list, description=(
        "where the brand makes all its goods (ISO 3166-1 alpha-2 codes, e.g. CH); empty when it makes them in many "
        "countries. New goods declared made elsewhere ('Country of origin: China' on a Rolex) are no goods of the brand"))
    active: bool = True


class FingerprintKind(StrEnum):
    mark = "mark"
    model = "model"
    image = "image"
    price_floor = "price_floor"
    seller = "authorized_seller"


class _FingerprintBase(_Model):
    id: str = Field(min_length=1, max_length=100)
    brand_id: TenantId
    version: int = Field(default=1, ge=1)
    active: bool = True
    updated_at: AwareDatetime = Field(default_factory=utcnow)
    updated_by: str = "registry"


# how a market names a brand besides its marks (MarkFingerprint.vocabulary)
Vocabulary = Literal["line", "logo", "nickname", "abbreviation", "local_name", "imprint", "spec", "street_name", "hint",
                     "colourway", "silhouette", "reference", "kit", "former_name", "founder", "slogan", "parent", "designer",
                     "gtin_prefix", "ticker", "handle", "hometown", "inscription", "signature", "subsidiary", "sister",
                     "codename", "mascot", "event", "address", "moment", "founding_year",
                     "campaign", "sonic_logo", "meaning",
                     "contract_maker",
                     "defect",  # lore26: famous defects and controversies of the goods
                     "first", "spin_off", "club",  # lore28: a world first, a former subsidiary, a club it owns or founded
                     "ranking", "debut",  # lore29: a ranking it holds; a model's debut year and shape
                     "grantee_code", "appearance", "dimensions", "list_price", "item_id",  # codes25: the goods' regulatory ids (detectors/grantee_codes.py)
                     "colour", "ingredients",  # look26: official colour names; ingredient lists (detectors/ingredients.py)
                     "dealer_tool", "hotline",  # tools26
                     "identifier"]  # codes27: a register's code for the brand: ISIN, Wikidata, WMI, NDC, glyph (detectors/identifiers.py)  # tools26: the maker's workshop tools and support numbers (detectors/goods_codes.py)


class MarkFingerprint(_FingerprintBase):
    kind: Literal["mark"] = "mark"
    value: str = Field(min_length=1, max_length=200, description="trademark word or alias, any script")
    everyday_word: bool = Field(
        default=False,
        description="the mark is also an everyday word (Mars, adobe, goose): alone it does not alert",
    )
    vocabulary: Vocabulary | None = Field(
        default=None,
        description="None: a trademark or alias the brand writes on its goods. Otherwise the words a market names the "
        "brand by: 'line' a product line (GMT-Master, Pochette Métis: scored as a mark), 'logo' a logo's nickname "
        "(swoosh, trefoil; also the logo described in a language's words: Krone, corona, 皇冠), 'nickname' a community "
        "nickname (水鬼 for the Submariner, Rollie), 'abbreviation' (W11, ACAD, Sub), 'former_name' a legal, founding or former company or brand name (Bayerische "
        "Motoren Werke, Blue Ribbon Sports, Toyoda, National: scored as a mark, an everyday-word one as a nickname), 'founder' a founder's name, a person (Adi Dassler, Akio Morita, 山内房治郎: always as a nickname, "
        "needing the brand's category with a cue or a price far below the floor), 'slogan' an advertising slogan or tagline (Just Do It, Parce que je le vaux bien), 'parent' a group or holding company that owns the brand (LVMH, Kering, Capri Holdings: not beside a sister brand of the group), 'designer' a designer, creative director, chief executive, owner or signature name (Tom Ford era, Jony Ive, Tinker Hatfield, Tim Cook): each always as a nickname, 'local_name' the name as a "
        "market writes it in its own script (롤렉스, ロレックス), read only through the shorthand derived from it "
        "(initial consonants ㄹㄹㅅ, a kana abbreviation ロレ), 'hint' the brand's logo or origin in the words of a riddle "
        "(fruit, Greek letter, half dome, bladeless), read only beside a word for 'brand' (the fruit brand, marca de la "
        "corona, 水果牌: rule riddle), 'colourway' a colourway's community nickname (Panda, Bred, Lost & Found, Zebra) and "
        "'silhouette' the trade's shorthand of a silhouette (1s, 11s, lows, 350s), read only together, side by side "
        "(Panda lows, Bred 11s, Zebra 350s: rule colourway), 'reference' a pattern of the brand's public reference "
        "numbering (a Python regular expression: Rolex 6-digit references 126710BLRO, Louis Vuitton M45985, Samsung "
        "SM-S918B), read only by the references detector in the brand's categories (rule reference), 'kit' a club or "
        "national team whose kits the brand makes now (a third party's name, no mark of the brand's), read only with a "
        "season of the listing's time and a word for the shirt (Real Madrid 24/25 home shirt: rule kit), 'gtin_prefix' a GS1 "
        "company prefix of the brand's barcodes in GTIN-13 form (5449000 Coca-Cola, 8000500 Ferrero; a UPC prefix with a "
        "leading 0: 0049000), read only by the barcodes detector on an EAN-13/UPC-A/GTIN-14 with a valid check digit (rule "
        "barcode), 'grantee_code' the brand's FCC grantee code (BCG Apple, A3L Samsung, AK8 Sony, C3K Microsoft; 47 CFR 2.926) "
        "or ISED company number (579C Apple), read only by the grantee-codes detector in the regulator's frame (FCC ID "
        "BCG-A3047, IC: 579C-A3047; rule grantee_code), 'identifier' a register's code for the brand, the scheme's word and the code (ISIN US0378331005, Wikidata Q312, WMI WBA, NDC 0069, glyph ⌘), read only by the identifiers detector (rule identifier), 'appearance' a medicine's or device's look as its label describes it "
        "(blue diamond 100 mg tablet for Viagra, white elliptical 20 mg tablet for Lipitor), read only by the appearances "
        "detector, all its words near one another, with a counterfeit cue and no generic name (rule appearance), 'dimensions' the exact size the brand publishes for one of its lines (162.3 x 79.0 "
        "x 8.6 mm, 31 x 28 x 14 cm), read only by the dimensions detector, any order, within the last written digit "
        "(rule dimensions), 'list_price' the recommended retail price the brand publishes for a line (USD 10,250, EUR 1,449), "
        "read only by the list-prices detector right after a list-price word (RRP, MSRP, UVP, boutique price, 公价), within "
        "12 %, one brand in the listing's category (rule list_price), 'item_id' the id a marketplace gives the brand's own listing "
        "of a product (an Amazon ASIN, B0BDHWDR12; a JD or Tmall item number), read as written by the goods-codes detector "
        "(rule item_id), 'dealer_tool' the maker's own dealer diagnostic or service software or interface (Techstream, ISTA, "
        "ICOM Next, i-HDS, KTS 590, ESItronic), read as written by the goods-codes detector, in the brand's category or a listing of "
        "diagnostic tools, with a cue or a copy's price (rule spec), 'hotline' the brand's published customer-service number "
        "(+1 800 275 2273), read by its digits, country code or trunk 0 optional, vanity letters as keypad digits, in the brand's "
        "category with a cue or a copy's price (rule spec), 'ticker' the brand's or its parent's stock ticker (NKE, BRBY, 7974.T, MC.PA: as a nickname, in "
        "capitals), 'handle' an official account or store name of the brand on a social or shopping platform, or its "
        "domain (louisvuitton, adidasoriginals, jumpman23, gucci.com: as a nickname), 'hometown' the town the brand is from, its headquarters or founding place, as the market writes it "
        "(Beaverton, Cupertino, Malmesbury, Genfer, 수원, 京都: as a nickname, and only beside a cue that claims a copy), 'inscription' the text printed, engraved or stamped on the goods or their papers, quoted instead of the brand (SUPERLATIVE CHRONOMETER OFFICIALLY CERTIFIED on a dial, FLIGHT-QUALIFIED BY NASA on a caseback, Two Horse Brand on a patch, controllato on a card: as a nickname), 'signature' an athlete's signature line, named before its model number (Kobe, LeBron, KD, Harden Vol., MB.: read only with the number after it, Kobe 6, LeBron 21, by detectors/signatures.py, as a nickname), 'subsidiary' a brand the brand owns (Tudor for Rolex, Beats for Apple, Converse for Nike) and 'sister' a sister mark of the same owner (Kate Spade for Coach): read only in a relation phrase that names the brand through it (Tudor's big brother, the Beats people, from the makers of Kinder; a sister only as a sister: Kate Spade's sister house) by detectors/relations.py, as a nickname; the sub-brand's own name alone never names the brand. What the world knows of the brand (issue 9, lore): 'codename' an internal or press codename of a product (Scarlett, Lockhart for the Xbox Series X and S; Prospero for the PS5; NX for the Switch; B698 for the AirPods Pro 2) and 'mascot' its mascot or character (Bibendum, Clippy, Mr. Monopoly): each as a nickname; 'event' its own launch event or an event it is the official timekeeper, ball or partner of (WWDC, Galaxy Unpacked, State of Play; the Olympic Games for Omega, Roland-Garros for Wilson), 'address' its headquarters' or flagship's street address (1 Infinite Loop, Petuelring 130, One Bowerman Drive) and 'moment' a film, TV or historic moment its goods are known from (Apollo 11 for the Speedmaster, Back to the Future for the self-lacing Nike Mag): each as a hometown, only beside a cue that claims a copy; 'founding_year' the year the brand was founded (1905 for Rolex, 1856 for Burberry), read only in a founding frame (since 1856, Est. 1905, Geneva 1905) by detectors/founding.py, as a hometown; 'campaign' a famous advertisement or campaign of the brand ('Get a Mac', 'Holidays Are Coming', the 1985 launderette ad), 'sonic_logo' its sonic identity (Over the Horizon, the Mac startup chime, the 'tada' sound) and 'meaning' what its name means or comes from (goddess of victory, 'leg godt', little nest): each as a hometown, only beside a cue that claims a copy; 'contract_maker' a contract manufacturer that makes the brand's goods (Foxconn, Luxshare, Pou Chen, Feng Tay, VS Industry), read only beside a factory-overrun story in the brand's category when no other brand of that category declares it (detectors/makers.py). The goods' own identifiers, read by the goods-codes detector "
        "only (services/matcher/core/detectors/goods_codes.py): 'imprint' a tablet's imprint code (VGR100, PD 156, "
        "'894 5'), 'spec' a calibre, chip or feature only the brand's goods have (3235, H2 chip, Coanda, hesalite), "
        "'street_name' the street's short name for the brand or its goods (Carti, Pods, Forces, CG, RLX). A logo, "
        "nickname, abbreviation, hint or goods identifier alone names the brand only in its category with a counterfeit cue "
        "or a price far below the floor; the evidence says which word it was (brandsentry/registry.py). "
        "'colour' an official colour name of the brand's goods (Cosmic Orange, Titanium Silverblue, Strawberry Bronze): "
        "as a nickname, the whole phrase only (look26, issue 9). 'ingredients' the goods' published ingredient, "
        "active or fragrance-note list, items in order separated by ';' (read by detectors/ingredients.py: several "
        "items in that order, among the brand's goods with a cue that claims a copy)",
    )
    language: str | None = Field(
        default=None, max_length=35,
        description="the language of a vocabulary word (BCP 47: de, zh, pt-BR), when the brand declared it: a logo "
        "described in that language's words (Krone, corona, 皇冠 for a crown), a nickname of that market (Rollie)",
    )
    price_floor: Money | None = Field(
        default=None,
        description="lowest price of genuine NEW goods sold under this mark or product line (Airwrap, Galaxy S24 "
        "Ultra, Submariner) through ordinary channels; a listing that names it is judged against this floor rather "
        "than the brand's floor for the category, as for a model number. None: the category floor applies",
    )


class ModelFingerprint(_FingerprintBase):
    kind: Literal["model"] = "model"
    value: str = Field(min_length=1, max_length=100, description="model number or SKU, e.g. WH-1000XM5")
    name: str = ""
    price_floor: Money | None = Field(default=None, description="lowest genuine price of this model")


class ImageFingerprint(_FingerprintBase):
    kind: Literal["image"] = "image"
    label: str = Field(default="", max_length=200, description="e.g. logo, product photo")
    algorithm: Literal["phash", "pdq", "logo"] = Field(
        default="phash", description="phash: 64-bit pHash; pdq: 256-bit PDQ hash; logo: a logo found inside photos "
        "by its ORB features (hash is then the logo image's PDQ hash, features its keypoints)")
    hash: HexHash
    max_distance: int = Field(default=10, ge=0, le=256, description="largest Hamming distance that counts as a hit "
                              "(phash ≤ 64, pdq ≤ 256, typically 31); for logo: unused")
    features: str | None = Field(default=None, max_length=120_000,
                                 description="logo only: base64 of its ORB keypoints and descriptors (photos.pack_features)")


class PriceFloorFingerprint(_FingerprintBase):
    kind: Literal["price_floor"] = "price_floor"
    category: str | None = Field(default=None, description="None: the floor for any product of the brand")
    floor: Money


class AuthorizedSellerFingerprint(_FingerprintBase):
    kind: Literal["authorized_seller"] = "authorized_seller"
    marketplace: Slug
    seller_id: str = Field(min_length=1, max_length=200)
    name: str = ""


Fingerprint = Annotated[
    Union[MarkFingerprint, ModelFingerprint, ImageFingerprint, PriceFloorFingerprint, AuthorizedSellerFingerprint],
    Field(discriminator="kind"),
]


def fingerprint_id(brand_id: str, kind: str, value: str) -> str:
    """Deterministic id, so importing the same registry twice changes nothing."""
    digest = hashlib.sha256(f"{brand_id}\x1f{kind}\x1f{value.casefold()}".encode()).hexdigest()[:16]
    return f"{brand_id}.{kind}.{digest}"


class RegistryRecord(_Model):
    """One record on the compacted fingerprints topic.

    Keys: `iwg:<id>`, `brand:<id>`, `fp:<brand>:<fingerprint id>`. A deletion is a
    tombstone (null value) on the same key; deactivation is `active: false`.
    """

    type: Literal["iwg", "brand", "fingerprint"]
    iwg: IndustryWorkingGroup | None = None
    brand: Brand | None = None
    fingerprint: Fingerprint | None = None

    def key(self) -> str:
        if self.type == "iwg":
            return f"iwg:{self.iwg.id}"
        if self.type == "brand":
            return f"brand:{self.brand.id}"
        return f"fp:{self.fingerprint.brand_id}:{self.fingerprint.id}"


# --------------------------------------------------------------------------- matches


class Rule(StrEnum):
    exact = "exact"
    confusable = "confusable"
    fuzzy = "fuzzy"
    alias = "alias"
    model = "model"
    cue = "cue"
    price = "price"
    image = "image"
    category = "category"
    accessory = "accessory"
    authorized_seller = "authorized_seller"
    everyday_word = "everyday_word"
    suppressed = "suppressed"
    skeleton = "skeleton"  # UTS #39 look-alike letter sequences: rn for m, cl for d, vv for w
    intrusion = "intrusion"  # non-letters inside a mark (s-amsung, Gu✨cci, 耐 克) or a masked letter (G*cci)
    glued = "glued"  # a mark glued to other words, cut by a hashtag or a case change (#guccibelt, GucciBelt)
    homophone = "homophone"  # a Chinese alias written with other characters of the same pinyin
    variant = "variant"  # a Chinese alias in the other script: Traditional for Simplified or back (古馳 = 古驰)
    negation = "negation"  # a mention the listing denies: "(not Danone)", "non-Bose", "not affiliated with Apple"
    category_distance = "category_distance"  # the listing's category and words are far from all the brand sells (also a
    # bare model number on goods far from the brand's or of another kind than the model's: context/numbers.py)
    foreign_word = "foreign_word"  # a word of another language, not a disguise: "Böse" (German), "boxe" (French)
    pdq = "pdq"  # a listing photo within the PDQ Hamming bound of a registered photo (any of its 8 mirror/rotations)
    logo = "logo"  # a registered logo found inside a listing photo (ORB features + homography)
    transliteration = "transliteration"  # a Latin mark written in another script by its sound (ナイキ, Найк for Nike)
    phonetic = "phonetic"  # a Latin respelling that sounds like the mark (Filips, Rolecks): same sound key
    vowel_drop = "vowel_drop"  # the mark with its vowels left out, consonants kept (Smsng, Rlx, Addds)
    doubled = "doubled"  # a mark stuffed with repeated letters: Guuccii, iiPPhone, Snniickers
    initialism = "initialism"  # the initials of a multi-word mark, in capitals, next to a counterfeit cue: LV, TNF, AJ1
    markup = "markup"  # HTML inside a mark, shown as the mark when rendered: &#x47;ucci, G<b>u</b>cci
    upside_down = "upside_down"  # the mark written upside down: xǝloɹ
    reversed = "reversed"  # the mark spelt backwards: xelor
    fancy_letters = "fancy_letters"  # the mark in look-alike CJK "fancy font" letters: 几丨Ҝ乇
    pinyin = "pinyin"  # a Chinese alias in toneless pinyin: nai ke, luyiweideng
    subject = "subject"  # the listing sells a work or a service about the brand's goods (a book, a repair), not the goods
    scattered = "scattered"  # the words of a multi-word mark in another order or apart: "Face North", "Louis … Vuitton"
    translated = "translated"  # a multi-word mark translated word for word: "La Cara Norte", "Heiße Räder"
    condition = "condition"  # genuine goods in a stated condition (used, refurbished, grey import ...) at a price it explains
    house_code = "house_code"  # the Chinese trade's '<letter or syllable>家' for a house: G家 Gucci, 劳家 Rolex
    initial_consonants = "initial_consonants"  # the Korean 초성 shorthand of the brand's Hangul name: ㄹㄹㅅ (롤렉스)
    kana_abbreviation = "kana_abbreviation"  # a katakana name cut short: ロレ (ロレックス), スワロ, ヴィトン
    line_break = "line_break"  # a mark cut by a line break (Ro-⏎lex, hyphenated or not) or between title and description
    imprint = "imprint"  # a tablet's imprint code declared by the brand (VGR100, PD 156, "894 5"), beside a dose form
    spec = "spec"  # a calibre, chip or feature only the brand's goods have (calibre 3235, H2 chip, Coanda, hesalite)
    street_name = "street_name"  # the street's short name for the brand or its goods (Carti, Pods, Forces; CG, RLX)
    fair_price = "fair_price"  # the brand's goods named plainly at or above the floor, nothing claiming a copy: genuine-priced
    riddle = "riddle"  # the brand named by its logo or origin in words beside "brand": "the fruit brand", "marca de la corona"
    clue = "clue"  # the brand's name as a crossword clue: "brand: 5 letters, starts with R, ends with X", "7글자 S로 시작"
    colourway = "colourway"  # a colourway nickname beside the silhouette's shorthand: "Panda lows", "Bred 11s", "Zebra 350s"
    # an auction, giveaway, swap or wanted ad; a contract's upfront payment, a deposit, a buying service's fee, a trade-in's
    # net price, a month of software, a price in a coin: the price field is no price of one new unit (context/formats.py)
    sale_format = "sale_format"
    reference = "reference"  # a code in the brand's reference numbering the registry does not list: 126710BLRO, M45985
    model_base = "model_base"  # a registered model number cut to its base or with another suffix: DD1391 for DD1391-100
    item_id = "item_id"  # the id a marketplace gives the brand's own listing of the goods: "same as ASIN B0BDHWDR12"
    list_price = "list_price"  # the brand's own list price quoted as an anchor: "boutique RRP USD 10,250"
    dimensions = "dimensions"  # the exact size the brand publishes for a line: "31 x 28 x 14 cm" (Neverfull MM)
    appearance = "appearance"  # a medicine's look as its label describes it: "blue diamond 100 mg" tablets (Viagra)
    identifier = "identifier"  # a register's code for the brand: ISIN US0378331005, Wikidata Q312, VIN WMI WBA, NDC 0069, △○✕□
    grantee_code = "grantee_code"  # an FCC ID (or ISED number) under the brand's grantee code: FCC ID BCG-A3047
    barcode = "barcode"  # an EAN-13/UPC-A/GTIN-14 with a valid check digit under the brand's GS1 company prefix: 5449000000996
    kit = "kit"  # a current-season shirt of a club whose kits the brand makes, the maker unnamed: "Real Madrid 24/25 home shirt"
    acrostic = "acrostic"  # the first letters of the description's lines spell the mark (Sealed / One / New / Yours)
    spelt_model = "spelt_model"  # a registered model number spelt out in words: "one two six six one zero L N" (126610LN)
    keyboard_layout = "keyboard_layout"  # the mark typed with the wrong keyboard layout on: hjktrc (Ролекс), Кщдуч (Rolex)
    marked = "marked"  # the brand's name with its logo or pattern on the goods sold: "Nike swoosh case", "Burberry check covers"
    components = "components"  # a Chinese alias with characters written as their components side by side: 古马也 for 古驰 (拆字)
    decoded = "decoded"  # the mark in a code the buyer decodes: Braille ⠗⠕⠇⠑⠭, Morse .-. ---, Romeo Oscar ..., /ˈroʊlɛks/, XLEOR
    puzzle = "puzzle"  # the mark as the answer of a word puzzle the listing sets: Nth letters of words, a word-search grid, a rebus (Roll + Ex), an edit (Bolex, B→R), capitals of bracketed names
    drawn = "drawn"  # the mark drawn with characters: a FIGlet banner of # or █ over several lines, R / O / L / E / X one a line
    ingredients = "ingredients"  # the goods' published ingredient or note list, several items in order (look26)


class Signal(_Model):
    """One piece of evidence behind a match: what matched, where, by which rule, with what weight."""

    rule: Rule
    fingerprint_id: str | None = None
    field: Literal["title", "description", "price", "image", "seller", "category", "attributes", "url"] = "title"
    start: int | None = Field(default=None, description="character offset in the field's original text")
    end: int | None = None
    text: str | None = Field(default=None, description="the listing's text that matched")
    term: str | None = Field(default=None, description="the registered term it matched")
    distance: int | None = Field(default=None, description="edit or Hamming distance, for fuzzy and image rules")
    ratio: FiniteFloat | None = Field(default=None, description="price / floor, for the price rule")
    weight: FiniteFloat = Field(description="contribution to the score; negative weights lower it")
    detail: str = ""
    url: str | None = Field(default=None, description="image rules: the photo's URL")
    content_hash: str | None = Field(default=None, description="image rules: SHA-256 of the photo's bytes")
    inliers: int | None = Field(default=None, description="logo rule: features that agree with the homography")
    box: list[int] | None = Field(default=None, min_length=4, max_length=4,
                                  description="logo rule: where in the photo, [x0, y0, x1, y1] in pixels")


class ListingSource(_Model):
    """Where the matcher read the listing: its record on the listings topic (the chain of custody's first link)."""

    topic: str
    partition: int = Field(ge=0)
    offset: int = Field(ge=0)


class Match(_Model):
    """What the matcher found in one listing for one brand: score and evidence (signals), with the listing.

    On `matches` and inside an Alert a field whose value is null may be left out: every nullable field of a Match,
    its listing and its signals has the default null (the matcher writes `topic_json()`; matches written with the
    nulls, as before issue 16, read the same)."""

    listing_key: str
    listing: Listing
    brand_id: TenantId
    brand_name: str
    iwg: TenantId
    score: FiniteFloat = Field(ge=0, le=1)
    threshold: FiniteFloat = Field(ge=0, le=1)
    signals: list[Signal]
    matcher_version: str
    index_version: int = Field(description="offset-based version of the fingerprint index that produced this match")
    matched_at: AwareDatetime = Field(default_factory=utcnow)
    ingested_at: AwareDatetime | None = Field(default=None, description="when ingest accepted the listing")
    timings_ms: dict[str, FiniteFloat] = Field(default_factory=dict)
    source: ListingSource | None = Field(default=None, description="the listing's Kafka record (topic, partition, "
                                         "offset) as the matcher read it; null for matches made before it was kept")
    found_by: Literal["stream", "rescan"] = Field(default="stream", description="stream: the live matcher; rescan: "
                                                  "a brand's rescan of the listings Kafka still holds")
    rescan_id: str | None = Field(default=None, description="the rescan that found it")
    fingerprint_versions: dict[str, int] = Field(default_factory=dict, description="rescans: fingerprint id → the "
                                                 "version that matched")

    def topic_json(self) -> bytes:
        """The Match as the matcher writes it on `matches`: JSON without its null fields (a quarter of a demo Match's
        bytes, written three times by the alerts service; issue 16)."""
        return self.model_dump_json(exclude_none=True).encode()


# --------------------------------------------------------------------------- alerts


class AlertStatus(StrEnum):
    open = "open"
    confirmed = "confirmed"
    takedown_requested = "takedown_requested"
    test_buy = "test_buy"
    dismissed = "dismissed"
    resolved = "resolved"


class Severity(StrEnum):
    low = "low"
    medium = "medium"
    high = "high"
    critical = "critical"


class StatusChange(_Model):
    status: AlertStatus
    at: AwareDatetime = Field(default_factory=utcnow)
    by: str = "system"
    reason: str | None = None
    note: str | None = None


def alert_id(brand_id: str, listing_key_: str) -> str:
    """An alert is one brand and one listing: a replay or a crash never makes a second one."""
    return hashlib.sha256(f"{brand_id}\x1f{listing_key_}".encode()).hexdigest()[:24]


class Alert(_Model):
    alert_id: str
    brand_id: TenantId
    iwg: TenantId
    listing_key: str
    severity: Severity
    status: AlertStatus = AlertStatus.open
    history: list[StatusChange] = Field(default_factory=list)
    routed_to: list[str] = Field(default_factory=list, description="topics the alert was published on")
    seller_prior_alerts: int = Field(default=0, description="earlier alerts for this brand on the same seller")
    created_at: AwareDatetime = Field(default_factory=utcnow)
    updated_at: AwareDatetime = Field(default_factory=utcnow)
    relist_of: str | None = Field(default=None, description="the alert, resolved by a takedown, this listing relists")
    relist_reason: Literal["same_seller", "near_duplicate_text", "near_duplicate_image"] | None = None
    relist_similarity: FiniteFloat | None = Field(default=None, ge=0, le=1, description="estimated Jaccard "
                                                  "similarity of the two listings' text (MinHash, 4-gram shingles); "
                                                  "near_duplicate_image: 1 - pHash Hamming distance / 64")
    match: Match

    @field_validator("alert_id")
    @classmethod
    def _hex(cls, v: str) -> str:
        if len(v) != 24 or any(c not in "0123456789abcdef" for c in v):
            raise ValueError("alert_id is 24 lower-case hex digits")
        return v


EXPORTED = {
    "listing": Listing,
    "brand": Brand,
    "industry_working_group": IndustryWorkingGroup,
    "registry_record": RegistryRecord,
    "match": Match,
    "alert": Alert,
}
