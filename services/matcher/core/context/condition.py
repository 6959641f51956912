"""The goods' stated condition and quantity: what the price of genuine goods sold by a third party is judged against.

A brand's price floor (registry `price_floors`, a model's `price_floor`) is the least a NEW, FULL-SIZE unit sells for
through ordinary channels. Genuine goods sold by others often say why they cost less: used or pre-owned ("gebraucht",
"d'occasion", 中古, 二手, 중고), refurbished or open box, a grey import ("parallel import", "international version",
並行輸入), vintage ("1990s", ヴィンテージ), the empty packaging only, a sample or travel size, one unit out of a pack.
`ConditionReader.read(listing, text)` finds those words in the title, the description and the item specifics
that state a condition (eBay's "Condition: Pre-owned", "Zustand", "成色", "商品の状態"), and returns a `Condition`:

- `scale`: the condition that explains the lowest price (the kind with the smallest factor of `SCALES`), or None;
  the price signal is then judged against `floor x factor` and names the condition and the scaled floor
  (index.py `_context_evidence`), so an "authentic, used" Rolex at USD 80 is still 5 % of the used floor;
- `new_claim`: a claim of new, sealed goods ("brand new", "sealed", "BNIB", 全新未拆, 新品未開封). It overrides
  used, refurbished, open box, for-parts and vintage (a listing that says both is judged as new, at the full floor;
  "vintage" beside "factory sealed" is a style); a grey import, a sample and one unit of a pack may be sealed too;
- `lot`: wholesale or a lot of several units ("wholesale", "lot of 20", "MOQ", 批发, оптом): a trade lot is no
  private resale and is judged per unit at the full floor (`scale` None).

Generic flaws ("defective", "small flaw", "B-grade") are left out: a counterfeit's tale of factory seconds uses them;
a named defect of used goods ("smoke smell", "water damage", "sole split", "3 pieces missing") is read (SCALES
"damaged"), and a damaged box at an open box's scale.
Software is never in a condition (`LICENCE` in the title or the category's last level; index.py also asks sectors.py):
a licence key is not used or
refurbished, and "keys from refurbished PCs", "global version" are the grey-key trade's stories.

A term right after a negation ("not used", "never worn", "no grey import", "non-refurbished") does not count.
States of goods that new goods share ("good condition", "excellent condition", "mint") are no condition: they say
nothing about a second hand. Bare "used" counts in the title and the item specifics only, and not as a verb ("can be used for", "used to",
"widely used by"): descriptions say "used for running". "Vintage" and decades count unless they name a style
("vintage style", "90s look", "vintage wash") or a kind of new merchandise sold in that style ("vintage tin sign",
"vintage tee", "vintage poster": mostly reproductions).

What the condition then does to the score is scoring.py's (`condition_factor`): it lowers a listing whose
condition explains its price (no counterfeit cue, no disguised mark, no price signal left against the scaled floor).

Source of the words: written for BrandSentry from marketplace condition vocabularies (eBay's item conditions and
their translations on ebay.de/.fr/.es/.it, Amazon Renewed and Warehouse, Mercari/Yahoo!オークション 商品の状態,
Xianyu 闲置/成新 grades, Danggeun 중고, Avito б/у, Kleinanzeigen), grey-market terms of the electronics and
cosmetics trade (parallel import, 水货, 港版, 並行輸入品, 병행수입, 해외직구) and sample sizes of beauty retail (travel
size, 小样, 試供品); a bare "sample" is left out, since the replica trade sells "factory samples". Nothing is taken from
a held-out set. Operators can extend them like the other lexicons.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from schemas import Listing
from services.matcher.core.context.voices import PAGE_LENGTH, in_spans, review_spans
from services.matcher.core.memo import Memo
from services.matcher.core.context.lexicon import Found, Lexicon
from services.matcher.core.context.quantity import NONE as NONE_QUANTITY
from services.matcher.core.context.quantity import CONTENT_NOUNS, read_quantity, small_kind
from services.matcher.core.normalise import ListingText, is_wide, latin_text
from services.matcher.core.prices import category_leaf


@dataclass(frozen=True, slots=True)
class Scale:
    """One row of the table: the share of the new, full-size floor below which even genuine goods in this condition
    are suspicious is `factor` x MatcherConfig.price_ratio_threshold (0.5)."""

    kind: str
    factor: float
    says: str  # how the evidence names it
    why: str  # the rationale / source of the factor


# THE scale table (one place; index.py and the README quote it). Factor = the lowest share of the new floor that a
# genuine item in this condition plausibly sells for; the price signal applies its usual threshold (0.5) to the scaled
# floor, so the "suspicious" line is half of it (used: below 20 % of the new floor).
SCALES: dict[str, Scale] = {s.kind: s for s in (
    Scale("grey_import", 0.8, "grey import",
          "parallel imports undercut local retail by currency, tax and warranty differences, typically 10-30 % "
          "(EU Commission, 'Parallel imports' guidance; price-comparison sites' import offers)"),
    Scale("open_box", 0.7, "open box / display model",
          "open-box, ex-display and customer-return units are new goods sold 10-30 % below new (Best Buy Open-Box "
          "and Amazon Warehouse grading: 'like new' to 'acceptable')"),
    Scale("refurbished", 0.6, "refurbished",
          "manufacturer and seller refurbished goods sell 15-40 % below new (Apple Certified Refurbished ~15 %, "
          "Amazon Renewed and Back Market 20-40 %)"),
    Scale("used", 0.4, "used",
          "second-hand goods in working order resell for 40-90 % of new for watches, bags and electronics and "
          "20-50 % for clothing and shoes (resale-platform price guides); 0.4 keeps the suspicious line at 20 % of "
          "the new floor, where the genuine used market thins out and counterfeits' 2-20 % begins"),
    Scale("tester", 1.0, "perfumery tester",
          "a tester is the full product in plain packaging (a white box or none, often no cap), sold on by perfumeries and "
          "discounters 15-35 % below the boxed unit's list price (perfume discounters' tester offers beside their boxed "
          "price of the same item: FragranceNet, FragranceX, Notino); a floor is already the least a genuine boxed unit "
          "sells for, about two thirds of list price for the registry's lines (README), which is where a tester's "
          "discount lands: the floor is not scaled further, so the suspicious line stays half of it and a 'tester' at a "
          "third of retail is still a copy's price; the condition lifts only the fair-price reading's 'tester is the "
          "copy trade's cover' (retail.py) for an item whose own floor (a model's or a line's) prices it; read only for "
          "fragrance and cosmetics (ConditionReader.read `testers`): a 'battery tester' is a product"),
    Scale("short_dated", 0.7, "short-dated / near expiry",
          "food, drink, infant formula, cosmetics and OTC goods near their best-before or expiry date are cleared by "
          "supermarkets, pharmacies, perfumeries and short-dated resellers at 30-60 % off list (reduced-to-clear labels, "
          "MHD-Ware, date courte, 临期, 賞味期限間近, 유통기한 임박); a floor is about two thirds of list, so 0.7 keeps the "
          "suspicious line at 35 % of the new floor (about 75 % off list), where the copy trade's 80-95 % off begins; "
          "a stated discount deeper than CLEARED_MOST_OFF is no clearance's (index.py) (genuine, session 18)"),
    Scale("outlet", 0.7, "outlet store",
          "a brand's own outlet or factory store and the outlet villages sell its goods (past seasons and made-for-"
          "outlet lines) 30-60 % below the boutique's list price (brands' outlet pricing); 0.7 keeps the suspicious "
          "line at 35 % of the new floor; a third party calling itself the brand's 'official' outlet, or a stated "
          "discount deeper than CLEARED_MOST_OFF, is no outlet's (genuine, session 18)"),
    Scale("closing_down", 0.7, "a retailer's closing-down sale",
          "a shop closing for good sells its remaining genuine stock 20-50 % below list (closing-down and "
          "liquidation sales of electronics, department and sports retailers, general knowledge; the legal notices "
          "Räumungsverkauf, opheffingsuitverkoop, liquidation avant fermeture); 0.7 keeps the suspicious line at 35 % "
          "of the new floor, as an outlet's; read only where the retailer states its standing (an invoice, the maker's "
          "warranty, an authorised reseller: index.HONEST_CHANNELS), and a stated discount deeper than "
          "CLEARED_MOST_OFF ('everything must go, up to 85 % off') is no closing-down sale's (honest50, issue 9)"),
    Scale("pawned", 0.4, "a licensed pawnbroker's forfeited pledge",
          "a pawnbroker lends 30-60 % of an item's resale value and sells the pledges not redeemed at second-hand "
          "prices, after its appraiser has checked them (pawnbrokers' and their trade bodies' descriptions of "
          "forfeited-pledge sales, general knowledge): goods of the used factor; read only where the pawnbroker states "
          "its licence, appraisal, certificate or receipt (index.HONEST_CHANNELS): the copy trade's 'pawn shop "
          "clearance, no papers' at a copy's price is judged as new goods (honest50, issue 9)"),
    Scale("unboxed", 0.6, "genuine goods without their retail box (loose)",
          "goods sold out of their retail packaging (a loose figure or minifigure, a kit built and complete, a watch "
          "or a perfume without its box, 'new without box') sell 20-50 % below the same item boxed (collectors' price "
          "guides: BrickLink's new vs used/loose minifigure prices, action-figure loose vs MIB/MOC guides; eBay's "
          "'new without box' condition); a floor is about two thirds of list, so 0.6 keeps the suspicious line at 30 % "
          "of the new floor, where the copy trade's prices sit; read by `unboxed` (genuine55, issue 9)"),
    Scale("vintage", 0.3, "vintage / collectible",
          "old stock, vintage and memorabilia are priced by rarity, from above new to a small share of it; 0.3 "
          "keeps the line at 15 % of the new floor"),
    Scale("single_unit", 0.25, "single unit of a pack",
          "floors of consumables (chocolate, blades, batteries, ink, drinks) are set on the usual retail pack of "
          "4-24 units; one unit of a four-pack is a quarter of it"),
    Scale("personalised", 0.5, "personalised by a previous owner",
          "genuine goods carrying a previous owner's engraving, monogram or hot-stamped initials resell for 30-60 % of "
          "list, below unmarked used goods, since the next owner must live with someone else's name (watch and jewellery "
          "dealers' and resale platforms' price notes on engraved casebacks and monogrammed bags, general knowledge); "
          "a floor is about two thirds of list, so 0.5 keeps the suspicious line at 25 % of the new floor, a little above "
          "the used line: a copy 'with engraving' at a copy's price still alerts (genuine23, issue 9)"),
    Scale("modified", 0.5, "genuine goods with a disclosed modification",
          "genuine goods a third party or the owner has changed (custom paint, a re-dye, an aftermarket bezel, strap or "
          "shell, a third-party battery, a sensor converted to infrared, a hem cut) resell below unmodified used goods: "
          "the brand will not service them or the next owner must like the change (watch dealers' notes on aftermarket "
          "bezels and dials, sneaker customisers' resale, camera converters' prices; general knowledge); 0.5 keeps the "
          "suspicious line at 25 % of the new floor, as for a previous owner's engraving (honest24, issue 9)"),
    Scale("sample_sale", 0.5, "bought at the brand's own sample or archive sale",
          "brands and their PR agencies sell samples, press and archive pieces at their own sample sales (often stamped "
          "or punched 'sample' inside) at 40-80 % off list (fashion houses' and organisers' announced sample sales, "
          "general knowledge); a floor is about two thirds of list, so 0.5 keeps the suspicious line at 25 % of the new "
          "floor, where the copy trade's 80-95 % off begins; the replica trade's 'factory sample' is no such sale "
          "(honest24, issue 9)"),
    Scale("bundle_part", 0.03, "a leftover of a bundle",
          "an unused part or code left over from a bundle or a gift set (the download code or subscription card of a "
          "console bundle, the charger and cable from a phone's box, a spare attachment of a gift set, a free polybag) "
          "is worth a few per cent of the flagship whose name it carries (retailers' bundle contents and the codes' own "
          "list prices: a USD 20-70 game or a USD 10-30 charger beside a USD 400-1,200 console or phone), so its price "
          "is judged against 3 % of the floor; read only when the title names such a part or code (genuine23, issue 9)"),
    Scale("part_only", 0.1, "one part or one of a pair, sold alone",
          "one piece of goods sold as a set or a pair (one earbud or the charging case of a pair of earbuds, one shoe "
          "of a pair, a razor's handle, a remote, a lid or strap) is what owners who lost or broke the rest buy, and "
          "resells for 10-40 % of the set's price (the brands' own replacement-part prices: a single AirPods or Galaxy "
          "Buds bud or case at USD 60-90 beside USD 180-250 for the set; amputee and odd-shoe exchanges; general "
          "knowledge); 0.1 keeps the suspicious line at 5 % of the set's floor, where the copy trade's prices sit; "
          "read only when the title says the piece is alone (retail27, issue 9)"),
    Scale("child_size", 0.5, "a baby's or child's size",
          "the brands' baby, toddler and kids' sizes of a shoe or a garment list at 40-60 % of the adult item (Nike Air "
          "Force 1 Crib / TD at USD 50-60 beside USD 115 for the adult shoe, adidas Superstar Crib / Kids at USD 45-65 "
          "beside USD 100, a brand's baby blanket or onesie beside its adult scarf or shirt: the brands' own stores, "
          "general knowledge); a line's or category's floor is the adult item's at about two thirds of list, so 0.5 "
          "keeps the suspicious line at 25 % of the adult floor, where the copy trade's prices sit; read only for a "
          "wearable or nursery noun in the title beside the child word, never for food, toys or the brand's baby goods "
          "(genuine34, issue 9)"),
    Scale("damaged", 0.3, "a stated defect of used goods",
          "genuine goods with a named defect their owner discloses (smoke or pet smell, water damage, a cracked screen or "
          "glass, a split sole, missing pieces or charger, stains, a broken strap or zip) resell below sound used goods, "
          "typically 15-45 % of list (resale platforms' 'fair' and 'for repair' grades; general knowledge); 0.3 keeps the "
          "suspicious line at 15 % of the new floor, below the used line; a vague flaw ('small flaw', 'minor defect', "
          "'B-grade') names none and is not read, and a claim of new goods overrides it (reason39, issue 9)"),
    Scale("for_parts", 0.15, "for parts / not working",
          "faulty or for-parts goods sell for their parts, typically 10-30 % of new (eBay 'for parts or not working')"),
    Scale("sample", 0.1, "sample / travel size",
          "samples, minis and travel sizes hold 5-15 % of a full-size unit's contents (5-15 ml of a 50-100 ml bottle)"),
    Scale("amenity", 0.1, "hotel or airline amenity size",
          "the guest sizes and single units hotels and airlines buy from the brands' amenity programmes hold 5-15 % of a "
          "retail unit (a 30-50 ml bottle of a 250-400 ml shampoo, one razor of a pack of cartridges, one travel brush "
          "head) and sell in lots: each unit is judged against this share of the floor, and a lot's count multiplies it "
          "at a multipack's share (index._units), so a lot of hundreds at a few cents each still alerts (honest25, issue 9)"),
    Scale("packaging", 0.03, "empty packaging only",
          "an empty box, bottle or tin sold as a collectible is worth a few per cent of the goods it held "
          "(a watch box: USD 100-300 against a USD 5,000 floor)"),
)}
# kinds of genuine goods cleared at a stated reason (a short date, an outlet store), and the most off their list price
# such a clearance states: "-80 %", "85% off", "up to 90% off" beside them are the copy trade's made-up anchor
# (index.py drops the condition then; discounts.py reads the share)
CLEARED = frozenset({"short_dated", "outlet", "closing_down"})
# (honest50, issue 9) kinds read only where the seller states its standing (index.py: retail.retail_standing or
# condition.channel_papers): a retailer's closing-down sale and a licensed pawnbroker's forfeited pledges
HONEST_CHANNELS = frozenset({"closing_down", "pawned"})
CLEARED_MOST_OFF = 0.6
# kinds a claim of new, sealed goods contradicts ("vintage tin sign, factory sealed": a style, not an age)
# conditions a lot is sold in unit by unit: hotel and airline amenity stock comes in lots of guest sizes ("lot of 24"),
# each unit judged at the amenity share and the lot's count multiplying it (index._units) (honest25, issue 9)
SOLD_IN_LOTS = frozenset({"amenity"})
CONTRADICTED_BY_NEW = frozenset({"used", "refurbished", "open_box", "for_parts", "vintage", "personalised", "damaged"})

def _forms(stem: str, endings: str) -> list[str]:
    """The forms of an inflected condition adjective: its stem with each ending ("-" for none)."""
    return [stem + ("" if e == "-" else e) for e in endings.split()]


# "used" / "second hand" of the languages TERMS["used"] lacked, each adjective in its gender, number and case forms (a
# participle that is also the language's verb form "to use" left out: Lithuanian "naudoti", Latvian "lietot", Finnish
# "käytetään"). Source: the languages' grammar and the marketplaces' condition names (general knowledge), no held-out
# listing
USED_FORMS: list[str] = [
    *_forms("naudot", "as a os ą ų us"), *_forms("dėvėt", "as a os i"), "antrų rankų", "mažai naudotas",  # lt
    *_forms("lietot", "s a i as u ie"), *_forms("mazlietot", "s a i"), *_forms("valkāt", "s a i"),  # lv
    "kasutatud", "kasutatult", "vähekasutatud", "pruugitud",  # et
    *_forms("käytet", "ty tyä tynä tyt tyn tyjä"), "vähän käytetty",  # fi
    *_forms("begagnad", "- e"), "begagnat", "sparsamt använd", "lite använd",  # sv
    "brugt", "brugte", "let brugt", "næsten ny",  # da
    "brukt", "brukte", "lite brukt", "pent brukt",  # nb, nn
    *_forms("notað", "ur - ir ar"), "notuð", "lítið notaður",  # is
    *_forms("korišten", "- a o e i u"), *_forms("korišćen", "- a o e i u"), *_forms("rabljen", "- a o e i u"),
    *_forms("polovn", "a o e i u"), "polovan", *_forms("uporabljen", "- a o e i"),  # hr, bs, sr, sl, me
    *_forms("коришћен", "- а о е и"), *_forms("половн", "а о е и"), "полован", *_forms("користен", "- а о и"),
    *_forms("половен", "-"), *_forms("употребуван", "- а о и"),  # sr, mk (Cyrillic)
    *_forms("употребяван", "- а о и"), *_forms("употребен", "- а о и"), "втора употреба", "втора ръка",  # bg
    *_forms("folosit", "- ă e ",), "folosiți", "folosita",  # ro
    "használt", "keveset használt", "alig használt",  # hu
    *_forms("použit", "ý á é ou ého"), *_forms("používan", "ý á é ou"), *_forms("nosen", "ý á é"), "bazarový",  # cs, sk
    "używane", "używanej", "używanego", *_forms("użytkowan", "y a e"), *_forms("noszon", "y a e"),  # pl
    *_forms("μεταχειρισμέν", "ο η ος α ες οι"), *_forms("χρησιμοποιημέν", "ο η ος α ες οι"), "από δεύτερο χέρι",  # el
    *_forms("вживан", "ий а е і"), *_forms("уживан", "ий а е і"), "б/в",  # uk
    *_forms("подержанн", "ый ая ое ые"), "бывший в употреблении", "бывшие в употреблении",  # ru
    "ужываны", "ужываная",  # be
    "kullanılmış", "ikinci əl", *_forms("işlənmiş", "-"),  # tr, az
    "қолданылған", "колдонулган", "ishlatilgan",  # kk, ky, uz
    "მეორადი", "ნახმარი", "օգտագործված", "երկրորդ ձեռքի",  # ka, hy
    "e përdorur", "i përdorur", "użat", "użata", "de segona mà", "usat", "usada", "erabilia",  # sq, mt, ca, eu
    "دست دوم", "کارکرده", "استعمال شدہ", "mtumba", "iliyotumika", "terpakai", "gamit na",  # fa, ur, sw, ms, tl
    # "like new" (English "like new" is above) and the Polish post-lease laptops' word
    "som ny", "som nytt", "kuin uusi", "nagu uus", *_forms("kaip nauj", "as a i"), "kā jauns", "kā jauna",
    *_forms("kao nov", "- a o i"), "kot nov", "kot novo", *_forms("като нов", "- а о и"), "σαν καινούργιο",
    "σαν καινούριο", *_forms("як нов", "ий а е і"), *_forms("jako nov", "ý á é"), *_forms("ako nov", "ý á é"),
    "újszerű", "ca nou", "ca noua", "sıfır ayarında", "sifir ayarinda", *_forms("poleasingow", "y a e"),
]
# "refurbished" of the languages TERMS["refurbished"] lacked, in their forms (Swedish renoverad/-e/-t, Finnish
# kunnostettu, Danish istandsat, Ukrainian відновлений, Greek ανακατασκευασμένο, Bulgarian рефърбишд, Lithuanian
# atnaujintas, Croatian obnovljen ...), the same sources
REFURBISHED_FORMS: list[str] = [
    *_forms("renover", "ad ade at et ede t te"), *_forms("istandsat", "- te"), "fabriksrenoveret",  # sv, da, nb
    *_forms("kunnostet", "tu tuna tua tut tun tuja"), "tehdaskunnostettu", "tehdasuusittu",  # fi
    *_forms("endurnýj", "aður uð að"), "yfirfarinn",  # is
    *_forms("repasovan", "ý á é ou ých"), *_forms("obnoven", "ý á é"),  # cs, sk
    "odnowionego", "odnowionej", "regenerowane", "odświeżony fabrycznie",  # pl
    "felújított", "felújítva", *_forms("recondiționat", "ă e i"), *_forms("recondiţionat", "- ă e i"),
    "reconditionata", "reconditionate",  # hu, ro
    "рефърбишд", "рефърбиш", *_forms("обновен", "- а о и"), *_forms("възстановен", "- а о и"),  # bg
    *_forms("ανακατασκευασμέν", "ο η ος α ες οι"), *_forms("επισκευασμέν", "ο η ος α"),  # el
    *_forms("відновлен", "ий а е і их"), *_forms("восстановленн", "ый ая ое ые"), "восстановлен",  # uk, ru
    *_forms("obnovljen", "- a o e i"), *_forms("обновљен", "- а о и"), *_forms("rekondicioniran", "- a o i"),  # hr sr sl
    *_forms("atnaujint", "as a os i ą"), *_forms("atjaunot", "s a i"), "taastatud", "ümbertöötatud",  # lt, lv, et
    "yenilenmis", "yenilənmiş", *_forms("aufbereitet", "- e er es"), "wiederaufbereitet", "refurbished-ware",  # tr az de
    "opgeknapt", "renovado", "renovada", "reacondicionat", "recondicionat", "rinnovato", "ricondizionate",  # nl es ca it
    "აღდგენილი", "վերականգնված", "қалпына келтірілген", "بازسازی شده", "ریفربیش",  # ka hy kk fa
    "diperbaharui", "rekondisi resmi", "hàng tân trang",  # ms, vi
]

# (issue 9, precision30) a moving, relocation or emigration sale: a private seller clearing the household before leaving
# ("Moving sale (leaving the country): Coach Tabby", "Umzugsverkauf", "vente cause déménagement", 搬家甩卖, 帰国のため)
# sells the household's own belongings, used, so the words read as "used" (the price judged against the used floor).
# A copy seller tells the same life story for NEW goods at a copy's price ("brand new, moving abroad, everything must
# go", "neuf, je déménage à l'étranger", "bought duty free, moving abroad so selling cheap", a diplomat's "tax-free, no
# receipt"): `_moving_for_new` drops the reading when the listing calls its goods new in any form or tells a tax-free,
# duty-free or no-receipt story, and the goods are then judged as new, as before. Written for BrandSentry from how
# classified boards word household sales (Craigslist/Facebook Marketplace "moving sale", Kleinanzeigen "wegen Umzug",
# leboncoin "cause déménagement", Wallapop "por mudanza", Subito "per trasloco", OLX "przeprowadzka", Avito "в связи с
# переездом", Xianyu 搬家/回国, Mercari 引越し/帰国, Danggeun 이사; general knowledge), no held-out listing.
MOVING_SALE: list[str] = [
    # en
    "moving sale", "moving-out sale", "moving out sale", "moving house sale", "moving abroad", "moving overseas",
    "moving away sale", "relocation sale", "relocating abroad", "relocating overseas", "leaving the country",
    "leaving the uk", "leaving the us", "expat sale", "expat moving sale", "emigrating", "emigration sale",
    "household clearance", "house clearance",
    # (gifted33) a private room, shed or hobby space cleared of its owner's own gear: a radio amateur's "shack
    # clearance", a "garage clearance", a "loft clearance" (how UK/US classified ads word a private clear-out; general
    # knowledge); a shop's "stock clearance" or "warehouse clearance" stays a cover story (stories.py)
    "shack clearance", "garage clearance", "loft clearance", "attic clearance", "studio clearance",
    "workshop clearance", "shed clearance", "basement clearance", "cellar clearance", "hobby room clearance",
    "dachbodenräumung", "kellerräumung", "garagenräumung",
    # de, nl, sv, da, nb, fi
    "umzugsverkauf", "wegen umzug", "umzug ins ausland", "wegen auswanderung", "auswanderung", "haushaltsauflösung",
    "verhuisverkoop", "wegens verhuizing", "ivm verhuizing", "i.v.m. verhuizing", "wegens emigratie",
    "flyttförsäljning", "pga flytt", "på grund av flytt", "flyttesalg", "pga flytning", "pga flytting",
    "muuttomyynti", "muuton vuoksi",
    # fr, es, it, pt, ro
    "cause déménagement", "pour cause de déménagement", "vente déménagement", "départ à l'étranger",
    "cause départ", "por mudanza", "venta por mudanza", "me mudo al extranjero", "me voy del país",
    "per trasloco", "vendita per trasloco", "causa trasloco", "trasferimento all'estero", "por mudança",
    "venda por mudança", "mudança de país", "din cauza mutării", "plecare din țară", "plec din țară",
    # pl, cs, sk, hu, el, ru, uk, tr
    "z powodu przeprowadzki", "wyprzedaż z powodu przeprowadzki", "wyjazd za granicę", "kvůli stěhování",
    "kvôli sťahovaniu", "költözés miatt", "λόγω μετακόμισης", "в связи с переездом", "переезд", "уезжаю из страны",
    "у зв'язку з переїздом", "переїзд", "taşınma nedeniyle", "taşındığım için", "yurt dışına taşınıyorum",
    # ar, he, id, ms, vi, th
    "بسبب السفر", "لدواعي السفر", "بداعي السفر", "עקב מעבר דירה", "עקב עזיבת הארץ",
    "pindahan", "pindah rumah", "pindah negara", "chuyển nhà", "về nước", "ย้ายบ้าน", "ย้ายประเทศ",
    # zh, ja, ko
    "搬家甩卖", "搬家出", "搬家清", "回国甩卖", "回国出", "出国甩卖", "移民甩卖", "搬家處理", "回國出",
    "引越しのため", "引っ越しのため", "引越しセール", "帰国のため", "帰国セール", "이사로 인해", "이사 정리", "이민 정리",
    "귀국 정리",
]
# (resale55, issue 9) the marks of use an owner discloses on genuine goods sold second hand ("with flaws: scratches and
# wear, see photos", "light scuffs on the corners", "leichte Gebrauchsspuren", "quelques rayures", "キズあり", "생활기스"):
# the goods were used, and the price is judged against the used floor (SCALES "used"), as "signs of wear" already was.
# Only wear affirmed and qualified: a bare "scratches" is also a protector's "against scratches" and the copy trade's
# "scratch-resistant crystal"; a vague flaw ("small flaw", "B-grade") stays unread (the factory seconds' cover); a
# negation just before ("no scratches", "keine Kratzer", "без царапин") reads nothing (_negated); a heavy defect is
# "damaged" (TERMS below). Source: how owners word wear on eBay, Vinted, Depop, Poshmark, Kleinanzeigen, leboncoin,
# Wallapop, Subito, OLX, Avito, Mercari, Xianyu and Danggeun (general knowledge); no held-out listing's string.
WEAR_MARKS: list[str] = [
    # en
    "scratches and wear", "scratches and scuffs", "scuffs and scratches", "wear and scratches", "scratches and marks",
    "marks and scratches", "light scratches", "minor scratches", "small scratches", "some scratches", "a few scratches",
    "visible scratches", "surface scratches", "hairline scratches", "fine scratches", "has scratches",
    "has some scratches", "with scratches", "scratches on the", "scratch marks", "scuffs", "scuffed", "scuff marks",
    "scuffing", "light scuffing", "minor scuffs", "corner wear", "wear on the corners", "wear to the corners",
    "worn corners", "edge wear", "worn edges", "handle wear", "wear on the handles", "wear to the handles",
    "flaws shown", "flaws shown in photos", "flaws pictured", "see photos for flaws", "see pics for flaws",
    "flaws in photos", "flaws in pics", "flaws see photos", "see photos for wear", "wear shown in photos",
    # de, fr, es, it, pt, nl, pl
    "leichte kratzer", "kleine kratzer", "minimale kratzer", "mit kratzern", "kratzer am", "kratzer an der",
    "kratzspuren", "leichte gebrauchsspuren", "normale gebrauchsspuren", "deutliche gebrauchsspuren",
    "geringe gebrauchsspuren", "minimale gebrauchsspuren", "gebrauchsspuren vorhanden", "leichte macken",
    "légères rayures", "petites rayures", "quelques rayures", "rayures sur", "traces d'usure", "signes d'usure",
    "éraflures", "quelques éraflures", "pequeños arañazos", "algunos arañazos", "leves arañazos", "algunos rayones",
    "pequeños rayones", "marcas de uso", "señales de uso", "rozaduras", "piccoli graffi", "qualche graffio",
    "leggeri graffi", "graffietti", "segni di usura", "segni d'uso", "pequenos arranhões", "alguns arranhões",
    "riscos leves", "sinais de uso", "lichte krassen", "kleine krassen", "lichte gebruikssporen", "wat gebruikssporen",
    "drobne rysy", "lekkie rysy", "ślady użytkowania", "drobne otarcia", "zarysowania",
    # ru, uk, tr, id, vi
    "царапины", "мелкие царапины", "потертости", "потёртости", "следы использования", "следы носки", "подряпини",
    "потертості", "сліди використання", "çizikler", "ufak çizikler", "kullanım izleri", "lecet pemakaian", "ada lecet",
    "baret halus", "trầy xước", "có vết xước",
    # ja, zh, ko
    "キズあり", "スレあり", "使用感あり", "小傷あり", "擦れあり", "有划痕", "轻微划痕", "有磨损", "轻微磨损", "使用痕迹",
    "생활기스", "기스 있음", "스크래치 있음", "사용감 있음",
]
# what makes a moving sale's goods new, or tells the copy seller's tax-free story: the listing is then read as new
_NEW_WORD = re.compile(
    r"(?<![a-z0-9])(?:new|brand ?new|unused|never used|unworn|never worn|sealed|unopened|bnib|bnwt|nib|nwt|tags|neu|neue|"
    r"neuer|neues|neuf|neuve|nuevo|nueva|nuevos|nuovo|nuova|nuovi|novo|nova|nowy|nowa|nowe|nieuw|nieuwe|ny|nytt|nye|"
    r"uusi|yeni|baru|novy|nova|noviy|novyy|novaya|novoe|novye|jadid|chadash|"
    r"duty[ -]?free|tax[ -]?free|tax exempt|duty exempt|no receipt|without receipt|no papers|diplomat\w*|embassy|"
    r"consulate)(?![a-z0-9])")
_NEW_WIDE = ("全新", "新品", "未使用", "未開封", "未开封", "未拆", "免税", "免稅", "没有小票", "无小票", "새상품", "미개봉",
             "새제품", "новый", "новая", "новое", "новые", "нов ", "новий", "нова", "جديد", "חדש", "ใหม่", "mới")


TERMS: dict[str, list[str]] = {
    "used": [
        # en (bare "used": _BARE_USED, title and item specifics only)
        "pre-owned", "pre owned", "preowned", "pre-loved", "preloved", "second hand", "second-hand", "secondhand",
        "2nd hand", "previously owned", "gently used", "lightly used", "barely used", "hardly used", "rarely used",
        "used once", "used twice", "used a few times", "used condition", "in used condition", "worn once",
        "worn twice", "worn a few times", "lightly worn", "gently worn", "barely worn", "signs of wear",
        "light wear", "minor wear", "normal wear", "some wear", "wear and tear", "like new", "as new", "near mint",
        "heavily worn", "well worn", "well-worn", "very worn", "worn out", "much worn", "heavy wear", "heavily used",
        "stark getragen", "stark abgenutzt", "très usé", "très usée", "muy usado", "muy usada", "molto usato",
        "molto usata", "bem usado", "bem usada", "mocno używany", "mocno używane", "сильно ношен", "сильно изношен",
        "çok kullanılmış", "pemakaian berat", "dùng nhiều",
        "one owner", "1 owner",
        # (quiet21) worn for a stated time, as private sellers of coats, shoes and bags word it ("worn two winters",
        # "worn one season", "worn for a year")
        "worn one season", "worn 1 season", "worn two seasons", "worn 2 seasons", "worn three seasons", "worn one winter",
        "worn 1 winter", "worn two winters", "worn 2 winters", "worn three winters", "worn one summer", "worn two summers",
        "worn for a season", "worn for one season", "worn for a winter", "worn for a year", "worn for one year",
        "worn for two years", "worn a season", "worn a winter", "worn last winter", "worn last season",
        # (quiet, session 17) a part taken off a vehicle or a machine, as breakers, dismantlers and private sellers word
        # it (eBay Motors "removed from a 2019", "taken off my car", "from the breaker"; Kleinanzeigen "ausgebaut";
        # leboncoin "démonté"; Wallapop "desmontado"; Subito "smontato"; Allegro "zdemontowane", "z demontażu";
        # Sahibinden "çıkma"; Avito "с разборки", "снято с"; 拆车件, 取り外し, 탈거)
        "removed at", "removed from", "taken off", "taken from my", "pulled from", "pulled off", "off my car",
        "from my car", "from the breaker", "from a breaker", "from breakers", "breaking for parts", "breaking for spares",
        "salvaged", "salvage yard", "dismantled", "from a wrecked", "ausgebaut", "ausbau aus", "demonte", "démonté",
        "démontée", "desmontado", "desmontada", "desmontados", "smontato", "smontata", "smontati", "zdemontowany",
        "zdemontowane", "zdemontowana", "z demontażu", "z demontazu", "cikma", "çıkma", "orijinal çıkma",
        "с разборки", "снято с", "снят с", "снятые с", "拆车件", "拆车", "拆机", "取り外し", "外し品", "탈거",
        # de, fr, es, pt, it, nl, pl, tr, id, vi, ru
        "gebraucht", "getragen", "wie neu", "neuwertig", "d'occasion", "en occasion", "porté", "comme neuf", "usado", "usada", "usados", "seminuevo", "seminueva", "de segunda mano",
        "segunda mano", "como nuevo", "seminovo", "seminova", "como novo", "usato", "usata",
        "di seconda mano", "come nuovo", "gebruikt", "tweedehands", "als nieuw", "używany", "używana", "jak nowy",
        "ikinci el", "az kullanılmış", "bekas", "đã qua sử dụng", "б/у", "бу", "подержанный", "ношеный",
        "поношенный",
        # (mend40) worn or used a few times in the past tense, as private sellers of clothes, bags and jewellery word it
        # (Subito "indossato due volte", Marktplaats "twee keer gedragen", Sahibinden "iki kez kullanıldı", Avito
        # "носила пару раз")
        "indossato", "indossata", "indossati", "gedragen", "kullanıldı", "носила пару раз", "носил пару раз",
        # (gifted33) the seller's own use for a time or in a place, in the markets' languages ("benutzt im Studio",
        # "utilisé pendant deux ans", "usado en mi taller" is "usado" above, "использовался два года", 使用了两年); general
        # knowledge of how private sellers word it, no held-out listing
        "wenig benutzt", "kaum benutzt", "selten benutzt", "benutzt im", "benutzt in meinem", "benutzt in unserem",
        "utilisé pendant", "utilisée pendant", "utilisé dans mon", "utilisée dans mon", "peu utilisé", "peu utilisée",
        "utilizzato per", "usato per", "использовался", "использовалась", "использовалось", "пользовался",
        "用了一年", "用了两年", "用了三年", "用了半年", "用了几个月", "使用了一年", "使用了两年", "使用了三年", "使用了半年",
        "使用了几个月", "数回使用", "使用期間",
        # the Nordic, Baltic, Central and South-East European and Greek words for a used item, as their marketplaces
        # (Blocket, Finn, DBA, Tori, Skelbiu, Osta, Njuškalo, OLX, Bazar, Jófogás, Vinted) title it
        "begagnad", "begagnat", "begagnade", "brugt", "brukt", "käytetty", "käytettyä", "naudotas", "naudota",
        "naudoti", "naudotos", "kasutatud", "lietots", "lietota", "korišten", "korištena", "korišteno", "korišteni",
        "rabljen", "rabljena", "rabljeno", "polovan", "polovna", "polovno", "употребяван", "употребявана",
        "употребявано", "употребявани", "używane", "używanych", "használt", "folosit", "folosită", "folosite",
        "použitý", "použitá", "použité", "používaný", "používané", "вживаний", "вживана", "вживане", "вживані",
        "μεταχειρισμένο", "μεταχειρισμένη", "μεταχειρισμένα",
        # ar, he, th, hi
        "مستعمل", "مستعملة", "משומש", "יד שנייה", "มือสอง", "सेकंड हैंड",
        # zh, ja, ko
        "二手", "闲置", "自用闲置", "九成新", "八成新", "七成新", "9成新", "8成新", "95新", "99新", "98新", "中古", "中古品",
        "美品", "ユーズド", "古着", "USED", "중고", "사용감", "실착", "착용감",  # 실착: worn (honest50)
        # (fresh53a, issue 9) the used word of the African and South Asian markets, as their classifieds word a private
        # resale: Swahili (Jiji KE/TZ, Kilimall) "imetumika (kidogo)", "mtumba"; Nigerian "tokunbo" (foreign used) and
        # "fairly used"; Hausa "an yi amfani da shi"; Amharic (Jiji ET) ያገለገለ; Hindi "इस्तेमाल किया"; Bengali (Daraz BD)
        # "অল্প ব্যবহৃত", "ব্যবহার করা"; Tamil "பயன்படுத்திய"; Urdu (Daraz PK) "استعمال شدہ". Not a bare Bengali ব্যবহৃত
        # (inside অব্যবহৃত, unused) nor a Hindi "इस्तेमाल" (inside "इस्तेमाल नहीं किया", never used). General knowledge
        # of those markets' condition words, no held-out listing's string.
        "imetumika", "iliyotumika", "imetumiwa", "zilizotumika", "mtumba", "tokunbo", "tokumbo", "fairly used",
        "foreign used", "london used", "uk used", "an yi amfani da shi", "an yi amfani da ita", "aka yi amfani da",
        "ያገለገለ", "ያገለገለች", "ያገለገሉ", "ሁለተኛ እጅ", "इस्तेमाल किया", "इस्तेमाल की", "इस्तेमाल किया हुआ",
        "इस्तेमाल किए", "यूज़्ड", "অল্প ব্যবহৃত", "ব্যবহৃত পণ্য", "ব্যবহার করা", "সেকেন্ড হ্যান্ড",
        "பயன்படுத்திய", "பயன்படுத்தியது", "பயன்படுத்தப்பட்ட", "செகண்ட் ஹேண்ட்", "استعمال شدہ", "استعمال شده",
        "استعمال کیا", "استعمال کی", "سیکنڈ ہینڈ",

        # the condition word of the other EU/EEA, Balkan, Caucasus and Turkic markets, in the forms its adjective takes
        # (gender, number, case: marketplaces' own condition names, Skelbiu "naudotas", SS.lv "lietots", Osta
        # "kasutatud", Tori "käytetty", Blocket "begagnad", DBA "brugt", Finn "brukt", Bland "notaður", Njuškalo
        # "korišten/rabljen", Bazar.bg "употребяван", OLX.ro "folosit", Jófogás "használt", Bazoš "použitý", OLX.ua
        # "вживаний", myhome.ge "მეორადი", list.am "օգտագործված", tap.az "işlənmiş"): _forms below
        *USED_FORMS,
        *MOVING_SALE,
        *WEAR_MARKS,
    ],
    "refurbished": [
        "refurbished", "refurb", "renewed", "reconditioned", "remanufactured", "certified refurbished", "b-stock",
        "b stock", "b-ware", "generalüberholt", "reacondicionado", "reacondicionada", "recondicionado",
        "reconditionné", "ricondizionato", "odnowiony",
        # (parts55) a remanufactured part exchanged against the old one (a core): the parts trade's short word and
        # German and French names of the exchange part (eBay Motors "reman", "Austauschteil", "échange standard")
        "reman", "austauschteil", "échange standard", "echange standard",
        # the gendered and plural forms and the languages the first list lacked (marketplaces' own condition names:
        # Allegro "odnowiony/odnowiona", Alza "repasovaný", Trendyol "yenilenmiş", Noon "مجدد")
        "odnowiona", "odnowione", "regenerowany", "regenerowana", "repasovaný", "repasovaná", "repasované",
        "reacondicionados", "reacondicionadas", "reconditionnée", "reconditionnés", "ricondizionata", "ricondizionati",
        "rigenerato", "rigenerata", "recondicionada", "recondicionados", "generalüberholte", "generalüberholter",
        "gereviseerd", "renoverad", "renoveret", "felújított", "recondiționat", "yenilenmiş", "rekondisi",
        "tân trang", "مجدد", "مجددة", "מחודש", "восстановленная", "восстановленные", "відновлений", "відновлена",
        "восстановленный", "翻新", "官翻", "整备品", "整備済",
        "整備済み", "整備済製品", "リファービッシュ", "리퍼", "리퍼비시", "리퍼브",
        *REFURBISHED_FORMS,
    ],
    "open_box": [
        "open box", "open-box", "opened box", "box opened", "display model",
        "display unit", "ex-display", "ex display", "floor model", "demo unit", "demo model", "ex-demo",
        # (reason39) new goods in a damaged box, sold a little below new (shops' "damaged packaging" offers)
        "damaged box", "box damaged", "dented box", "box dented", "crushed box", "box crushed", "damaged packaging",
        "packaging damaged", "box has damage", "box slightly damaged", "caja dañada", "caja golpeada", "boîte abîmée",
        "emballage abîmé", "emballage endommagé", "verpackung beschädigt", "beschädigte verpackung", "karton beschädigt",
        "scatola danneggiata", "confezione danneggiata", "caixa danificada", "embalagem danificada",
        "uszkodzone opakowanie", "uszkodzony karton", "повреждена упаковка", "мятая коробка", "kutu hasarlı",
        "hasarlı kutu", "dus penyok", "kotak rusak", "hộp móp", "móp hộp", "外盒破损", "盒子破损", "包装破损", "箱潰れ",
        "箱ダメージ", "外箱ダメージ", "박스 손상", "박스훼손", "박스 훼손",
        # (fresh53a, issue 9) a liquidation lot of the retailer's customer returns, shelf pulls and overstock sold with
        # its manifest (B-Stock, Liquidation.com, Direct Liquidation, eBay "returns pallet"; Retourenware, palettes de
        # retours, devoluciones): the returned units are open-box goods; general knowledge, no held-out string
        "customer returns", "retailer returns", "store returns", "returns pallet", "return pallet", "returns lot",
        "returns lots", "shelf pulls", "shelf-pulls", "retourenware", "retourware", "kundenretouren", "retouren palette",
        "retourenpalette", "palette de retours", "retours clients", "devoluciones de clientes", "palé de devoluciones",
        "palet de devoluciones", "resi clienti", "zwroty konsumenckie", "palety zwrotów",
        "showroom model", "customer return", "returned item", "ausstellungsstück", "vorführgerät", "vorführmodell",
        "caja abierta", "de exposición", "modelo de exposición", "déballé", "modèle d'exposition", "da esposizione",
        "展示品", "展示機", "展示机", "样机", "已拆封", "拆封", "开箱", "開封済み", "開封品", "전시상품", "단순개봉", "개봉품",
        # (quiet21) ex-display in the languages the list lacked, as shops title it (Hepsiburada/Trendyol "teşhir ürünü",
        # Coolblue/Bol "showroommodel", Allegro "egzemplarz ekspozycyjny/powystawowy", Alza "vystavený kus",
        # Zoom/Magalu "produto de mostruário", Eldorado/DNS "витринный образец", Elgiganten "demoexemplar")
        "teşhir ürünü", "teşhir ürün", "teşhir", "açık kutu", "showroommodel", "showmodel", "demomodel", "toonzaalmodel",
        "ex-showroom", "egzemplarz ekspozycyjny", "egzemplarz powystawowy", "powystawowy", "powystawowa",
        "vystavený kus", "vystavený model", "mostruário", "de mostruário", "produto de mostruário", "витринный образец",
        "с витрины", "з вітрини", "вітринний зразок", "demoexemplar", "utställningsexemplar", "utstillingsmodell",
        "esposizione", "ex esposizione", "modello da esposizione",
    ],
    "grey_import": [
        "parallel import", "parallel imported", "grey import", "gray import", "grey market", "gray market",
        "import version", "imported version", "international version", "global version", "overseas version",
        "asian version", "asia version", "eu version", "us version", "uk version", "hk version", "japan version",
        "japanese version", "no local warranty", "without local warranty", "no uk warranty", "no us warranty",
        "no eu warranty", "international warranty only", "no official warranty", "reimport", "re-import", "eu-import",
        "eu import", "japan import", "japanese import", "us import", "uk import", "imported from", "import from japan",
        "import from korea", "asian edition", "asia edition", "non-eu version", "daigou", "duty free", "duty-free",
        "JDM", "importware", "import aus", "importé du", "importado de", "importada de",
        "importación paralela", "importation parallèle", "import parallèle",
        "importazione parallela", "import równoległy", "параллельный импорт", "параллельный ввоз",
        "平行进口", "并行进口", "平行進口", "水货", "港版", "美版", "日版", "欧版", "海外版", "国际版", "國際版",
        "並行輸入", "並行輸入品", "海外並行", "병행수입", "해외직구", "직구", "구매대행", "해외구매대행", "代购", "海外代购", "海淘", "免税店",
        "海外買い付け", "海外買付", "現地買い付け", "現地買付", "買い付け品", "personal shopper", "jastip", "pasabuy",
        "日本直邮", "海外正規品",
        # "international / global version" in more languages (نسخة also means "copy": the phrase is the version)
        "نسخة دولية", "النسخة الدولية", "نسخة عالمية", "النسخة العالمية", "نسخه بین‌المللی", "نسخه بین المللی",
        "uluslararası versiyon", "global versiyon", "גרסה בינלאומית", "יבוא מקביל", "versi internasional",
        "versi global", "bản quốc tế", "hàng xách tay", "เครื่องนอก", "международная версия", "глобальная версия",
        "wersja międzynarodowa", "wersja globalna", "versión internacional", "versión global", "versão internacional",
        "versão global", "versione internazionale", "versione globale", "version internationale", "internationale version",
        "해외판", "글로벌 버전", "グローバル版",
        # (quiet21) "parallel import" in the languages the list lacked (Ukrainian, Czech, Slovak, Romanian, Hungarian,
        # Turkish, Dutch, Swedish, Portuguese, Spanish in its other word order)
        "паралельний імпорт", "паралельного імпорту", "паралельний ввіз", "paralelní dovoz", "paralelný dovoz",
        "import paralel", "párhuzamos import", "paralel ithalat", "parallelimport", "parallellimport",
        "importação paralela", "importacion paralela",
    ],
    "vintage": [
        "vintage", "antique", "collector's item", "collectors item", "memorabilia", "new old stock", "NOS",
        "sixties", "seventies", "eighties", "nineties", "estate sale",
        "discontinued", "rare vintage", "antik", "sammlerstück", "coleccionable",
        "de colección", "antiguo", "antigua", "d'époque", "objet de collection", "da collezione", "винтаж",
        "винтажный", "винтажная", "раритет", "ヴィンテージ", "ビンテージ", "昭和レトロ", "古董", "绝版", "絕版", "老物件",
        "60年代", "70年代", "80年代", "90年代", "昭和", "빈티지", "단종",
        # the same in more of the markets' languages: antiga / antigo (pt), d'epoca, da collezionismo (it), de coleção
        # (pt), sammlerobjekt (de), verzamelobject (nl), kolekcjonerski / PRL (pl), ретро / СССР (ru), 当時物 / 年代物 /
        # 初代 (ja: of the time, of age, the first generation), 레트로 (ko)
        "antiga", "antigo", "antigas", "antigos", "d'epoca", "d'epoque", "de coleção", "de colecao", "coleccionismo",
        "colecionismo", "collezionismo", "sammlerobjekt", "verzamelobject", "kolekcjonerski", "kolekcjonerska",
        "ссср", "времён ссср", "当時物", "年代物", "初代", "레트로",
    ],
    "packaging": [
        "empty box", "box only, no", "empty bottle", "empty … box", "empty … bottle", "empty … tin", "empty … case",
        "box only", "presentation box only", "box, empty", "box empty", "boxes, empty", "empty tin", "empty can", "empty case", "packaging only",
        "empty packaging", "box and papers only", "no watch included", "no contents", "contents not included",
        "item not included", "watch not included", "kein inhalt", "leere schachtel", "leerer karton",
        "nur verpackung", "caja vacía", "boîte vide", "scatola vuota",
        # (quiet21) the box and the bag named with the brand between them and "empty" after it, as Spanish, French,
        # Italian and Portuguese word it ("Caja y bolsa de Gucci vacías", "boîte … vide", "caixa … vazia")
        "caja … vacía", "cajas … vacías", "caja y bolsa … vacías", "bolsa … vacía", "boîte … vide", "boîtes … vides",
        "scatola … vuota", "scatole … vuote", "caixa … vazia", "caixas … vazias", "leere … box", "空箱", "空き箱", "空盒", "空瓶", "空罐",
        "빈 박스", "빈박스", "공병",
        # (fresh53b, issue 9) a collector's original box or booklets of an item sold apart ("no item, no cards",
        # "sold the item separately", "box and booklets only"), in the languages of context/phrasebook.py
        "no item", "no item included", "item sold separately", "sold the item separately", "item sold apart",
        "without the item", "without the watch", "box and booklets only", "booklets only", "papers only, no",
        "sin el artículo", "sin artículo", "artículo no incluido", "sin el reloj", "sem o artigo", "artigo não incluído",
        "sem o relógio", "sans l'article", "article non inclus", "sans la montre", "senza articolo",
        "articolo non incluso", "senza orologio", "ohne artikel", "artikel nicht enthalten", "ohne uhr",
        "bez zawartości", "bez zawartosci", "bez zegarka", "przedmiot nie jest dołączony", "без содержимого",
        "только коробка", "товар не входит", "без часов", "tanpa barang", "barang tidak termasuk", "kutu sadece",
        "ürün dahil değil",
    ],
    "sample": [
        "sample size", "travel size", "travel-size", "mini size", "trial size", "deluxe sample", "decant",
        "sample vial", "probegröße", "reisegröße", "tamaño viaje", "muestra de perfume", "format voyage",
        "échantillon de parfum", "formato viaggio", "пробник", "小样", "试用装", "旅行装", "中样", "体验装", "試供品",
        "ミニサイズ", "トラベルサイズ", "미니어처", "샘플 사이즈",
    ],
    "amenity": [
        # (honest25, issue 9) hotel and airline amenity stock: the guest-size bottles, single razors and travel brush heads
        # hotels and airlines buy from the brands' amenity programmes (L'Oréal, Molton Brown, Gillette, Philips supply
        # hotel and airline amenity kits in 30-50 ml guest sizes and single units), resold in lots "as supplied to
        # hotels"; a guest size holds 5-15 % of a retail unit (a 40 ml bottle of a 400 ml shampoo), as a sample does.
        # Source: hotel-supply catalogues' guest-amenity ranges and airline amenity-kit contents (general knowledge)
        "travel sizes", "hotel amenity", "hotel amenities", "hotel amenity stock", "amenity stock", "amenity kit",
        "amenity kits", "airline amenity", "airline amenity kit", "guest size", "guest sizes", "guest amenities",
        "hotel size", "hotel sizes", "hotel mini", "hotel minis", "travel minis", "travel brush head",
        "travel brush heads", "supplied to hotels", "hotel-size", "hotelgröße", "taille hôtel", "produits d'accueil",
        "amenidades de hotel", "amenities de hotel", "酒店用品", "酒店装", "アメニティ", "호텔 어메니티",
    ],
    "tester": [
        "tester", "testers", "testeur", "probador", "teszter", "тестер", "тестер без коробки", "テスター", "테스터",
        "تستر", "เทสเตอร์", "demo tester", "tester box", "tester version",
    ],
    "single_unit": [
        "single unit", "single bar", "single can", "single bottle", "single cartridge", "single blade", "single piece",
        "single pod", "single capsule", "single tube", "single battery", "single ball", "sold individually",
        "1 count", "1 ct", "1-count", "single serve", "single-serve",
        "sold singly", "from a multipack", "from multipack", "taken from a multipack",
        "from a pack of", "split from a pack", "einzeln", "einzelstück", "unidad suelta", "suelto",
        "à l'unité", "单个", "单支", "单瓶", "单罐", "单块", "单只", "一支装", "バラ売り", "単品", "낱개",
    ],
    # (genuine, session 18) goods near their best-before or expiry date, said in words; a best-before or expiry label
    # with a date within SHORT_DATED_MONTHS of the listing's own date is read too (_short_date). Source: the words
    # supermarkets, pharmacies and short-dated resellers of the markets print on reduced goods and title marketplace
    # offers with (general knowledge; no held-out listing): MHD-Ware, date courte / DLUO courte, caducidad próxima,
    # scadenza ravvicinata, validade curta, korte houdbaarheid, krótka data, krátká trvanlivost, kort datum, lyhyt
    # päiväys, expiră curând, lejárat közeli, miadı yakın, ED dekat, cận date, короткий срок, قريب الانتهاء, 临期,
    # 賞味期限間近, 유통기한 임박, ใกล้หมดอายุ
    "short_dated": [
        "short dated", "short-dated", "short date", "short expiry", "short expiration", "near expiry", "near expiration",
        "near expiry date", "close to expiry", "close to expiration", "nearing expiry", "nearing expiration",
        "expiring soon", "expires soon", "expiry soon", "near best before", "close to best before", "short bbe",
        "short best before", "reduced to clear", "yellow sticker",
        # (reason39) a best-before soon or just past, said in words
        # (genuine55) a best-before or expiry date just passed, said as passed: clearance stock of shops and
        # short-dated resellers ("best before passed", "BBD passed", "just expired", "MHD abgelaufen")
        "best before passed", "best-before passed", "best before date passed", "best-before date passed", "bb passed",
        "bbd passed", "bbe passed", "expiry passed", "expiry date passed", "just expired", "recently expired",
        "past its date", "expired stock", "abgelaufenes mhd", "mhd ist abgelaufen", "date de péremption dépassée",
        "dluo dépassée", "recién caducado", "fecha de consumo preferente pasada", "appena scaduto", "tht verstreken",
        "net over datum", "przeterminowane", "просроченный", "просрочка", "期限切れ", "刚过期", "剛過期",
        "best before next month", "best before end of month", "best before this month", "bb next month",
        "expires next month", "expiring next month", "expires this month", "past best before", "past best-before",
        "past its best before", "past the best before", "past best before date", "out of date", "just out of date",
        "mhd abgelaufen", "mhd überschritten", "mhd nächsten monat", "date dépassée", "ddm dépassée",
        "dlc dépassée", "caduca el mes que viene", "consumo preferente pasado", "scade il mese prossimo",
        "vence mês que vem", "vence no próximo mês", "data ważności w przyszłym miesiącu", "po terminie",
        "истекает в следующем месяце", "срок годности истёк", "срок истек", "miadı geçmiş", "exp bulan depan",
        "lewat tanggal", "hết date", "sắp hết hạn", "快过期", "快過期", "下个月过期", "已过期", "賞味期限切れ",
        "유통기한 지남", "유통기한 지난",
        "mhd kurz", "kurzes mhd", "kurzem mhd", "kurz vor mhd", "mhd-ware", "mhd ware", "kurze haltbarkeit",
        "bald ablaufend", "läuft bald ab", "date courte", "dlc courte", "dluo courte", "ddm courte", "date proche",
        "date limite proche", "bientôt périmé", "caducidad próxima", "caducidad corta", "fecha corta",
        "próximo a caducar", "proximo a caducar", "próxima caducidad", "consumo preferente próximo", "a punto de caducar",
        "scadenza breve", "scadenza ravvicinata", "scadenza vicina", "in scadenza", "prossima scadenza",
        "validade curta", "validade próxima", "perto do vencimento", "próximo ao vencimento", "vencimento próximo",
        "vencimento curto", "korte houdbaarheid", "tht kort", "korte tht", "bijna over datum", "krótka data",
        "krótki termin", "krótka data ważności", "krótki termin ważności", "kończąca się data", "blízké datum",
        "krátká trvanlivost", "krátké datum", "krátka trvanlivosť", "kort datum", "kort holdbarhed", "kort holdbarhet",
        "kort bäst före", "kort bäst före-datum", "lyhyt päiväys", "lähellä päiväystä", "expiră curând", "expira curând",
        "termen scurt", "valabilitate scurtă", "lejárat közeli", "rövid lejárat", "rövid lejáratú", "miadı yakın",
        "miadi yakin", "skt yakın", "skt yakin", "son kullanma tarihi yakın", "ed dekat", "exp dekat", "expired dekat",
        "kadaluarsa dekat", "mendekati kadaluarsa", "cận date", "can date", "cận hạn", "hàng cận date",
        "короткий срок", "короткий срок годности", "истекает срок", "срок годности истекает", "короткий термін",
        "термін придатності спливає", "κοντινή λήξη", "σύντομη λήξη", "תוקף קצר", "قريب الانتهاء", "قرب انتهاء الصلاحية",
        "قريبة الانتهاء", "صلاحية قصيرة", "تاريخ قريب", "نزدیک به انقضا", "临期", "临近保质期", "近效期", "短效期",
        "效期短", "臨期", "臨近保質期", "賞味期限間近", "期限間近", "賞味期限切れ間近", "期限迫る", "유통기한 임박",
        "임박상품", "임박 상품", "유통기한 짧은", "소비기한 임박", "ใกล้หมดอายุ", "ใกล้ หมดอายุ",
    ],
    # (genuine, session 18) bought at or sold as the brand's own outlet or factory store, or an outlet village; not
    # the copy trade's "factory outlet" or "outlet price" (_outlet). Source: the names brands and outlet centres give
    # their stores in the markets' languages (factory store, magasin d'usine, Fabrikverkauf, アウトレット, 아울렛, 奥莱)
    # (honest50, issue 9) a retailer's closing-down sale, as the shop's own notice words it (the legal names of a
    # closing-down sale: Räumungsverkauf wegen Geschäftsaufgabe, opheffingsuitverkoop, liquidation avant fermeture,
    # liquidación por cierre, svendita per cessata attività, wyprzedaż likwidacyjna, 閉店セール, 폐업 정리 세일); a
    # cover story of stories.py too ("closing down sale"), read as this condition where the shop states its standing
    # (index.HONEST_CHANNELS). Source: general knowledge of shop notices in these languages, written for BrandSentry
    "closing_down": [
        "closing down sale", "closing-down sale", "closing down", "store closing sale", "store closing", "shop closing",
        "closing sale", "retirement sale", "closing our doors", "final closing sale", "business closure",
        "räumungsverkauf", "raeumungsverkauf", "geschäftsaufgabe", "geschaeftsaufgabe", "wegen geschäftsaufgabe",
        "totalausverkauf", "ladenschließung", "opheffingsuitverkoop", "opheffing", "totale uitverkoop",
        "sluiting winkel", "winkelsluiting", "liquidation avant fermeture", "fermeture définitive", "cessation d'activité",
        "liquidation totale avant fermeture", "liquidación por cierre", "liquidacion por cierre", "cierre definitivo",
        "cierre del negocio", "cierre de tienda", "svendita per cessata attività", "cessata attività",
        "chiusura attività", "svendita per chiusura", "liquidação por encerramento", "encerramento de atividades",
        "fechamento da loja", "wyprzedaż likwidacyjna", "likwidacja sklepu", "zamknięcie sklepu", "utförsäljning",
        "stängningsrea", "распродажа в связи с закрытием", "закрытие магазина", "dükkan kapanıyor", "kapanış indirimi",
        "mağaza kapanışı", "cuci gudang tutup toko", "tutup toko", "đóng cửa cửa hàng", "ปิดร้าน", "閉店セール",
        "閉店売り尽くし", "閉店のため", "闭店清仓", "关店清仓", "结业清货", "폐업 정리", "폐점 세일", "폐업세일",
        # (fresh54a, issue 9) a failed retailer's stock sold off at a fixed price by its receiver, liquidator or
        # administrator, or in the insolvency's own sale (an officer's auction is formats.py's): the notices of
        # insolvency practitioners and of the liquidation firms that run such sales (a court-ordered liquidation, a
        # going-out-of-business sale, Insolvenzverkauf, vente après faillite, liquidación por quiebra, liquidazione
        # per fallimento, faillissementsuitverkoop, wyprzedaż upadłościowa, распродажа в связи с банкротством, iflas
        # satışı, 倒産品, 破产清仓, 부도 정리). Source: general knowledge of how receivers and liquidators word them
        "court-ordered liquidation", "court ordered liquidation", "liquidation by court order", "insolvency sale",
        "insolvency liquidation", "bankruptcy sale", "bankruptcy liquidation", "administration sale",
        "in administration", "went into administration", "entered administration", "in receivership",
        "sold by the receiver", "sold by the receivers", "sold by the liquidator", "sold by the liquidators",
        "sold by the administrator", "sold by the administrators", "sold by the trustee",
        "on behalf of the receiver", "on behalf of the receivers", "on behalf of the liquidator",
        "on behalf of the liquidators", "on behalf of the administrators", "going out of business",
        "going-out-of-business", "out of business sale", "chapter 7 liquidation", "insolvenzverkauf",
        "insolvenzausverkauf", "räumungsverkauf wegen insolvenz", "ausverkauf wegen insolvenz", "vente après faillite",
        "liquidation après faillite", "liquidation pour faillite", "liquidación por quiebra", "venta por quiebra",
        "liquidación judicial", "liquidazione per fallimento", "liquidazione giudiziale", "liquidação por falência",
        "liquidação judicial", "faillissementsuitverkoop", "faillissementsverkoop", "uitverkoop wegens faillissement",
        "wyprzedaż upadłościowa", "wyprzedaż z upadłości", "распродажа в связи с банкротством",
        "ликвидация в связи с банкротством", "iflas satışı", "iflas nedeniyle", "倒産品", "倒産処分", "破産処分",
        "破产清仓", "破產清倉", "倒闭清仓", "倒閉清倉", "부도 정리", "파산 정리",
    ],
    # (honest50, issue 9) a pawnbroker's forfeited (unredeemed) pledge, as pawnbrokers and pawn-shop marketplaces word
    # it; read as this condition where the pawnbroker states its licence, appraisal, certificate or receipt
    # (index.HONEST_CHANNELS). Source: general knowledge of the trade's names (Pfandleihhaus, mont-de-piété, casa de
    # empeño, banco dei pegni, casa de penhores, lombard, ломбард, rehinci, 典当行, 绝当品, 質流れ品, 전당포, pegadaian)
    "pawned": [
        "pawnbroker", "pawnbrokers", "pawn shop", "pawnshop", "pawned", "forfeited pledge", "unredeemed pledge",
        "unredeemed", "forfeited item", "pfandhaus", "pfandleihhaus", "pfandleihe", "leihhaus", "verfallenes pfand",
        "pandjeshuis", "bank van lening", "mont-de-piété", "prêt sur gage", "crédit municipal", "gage non retiré",
        "casa de empeño", "casa de empeno", "monte de piedad", "prenda no recuperada", "empeño", "banco dei pegni",
        "monte dei pegni", "pegno non riscattato", "casa de penhores", "penhor", "lombard", "z lombardu", "ломбард",
        "из ломбарда", "rehinci", "rehin", "pegadaian", "barang gadai", "tiệm cầm đồ", "โรงรับจำนำ", "หลุดจำนำ",
        "典当行", "典當行", "绝当", "絕當", "绝当品", "死当", "質屋", "質流れ", "質流れ品", "전당포",
    ],
    "outlet": [
        "outlet", "outlet store", "factory store", "outlet mall", "outlet village", "outlet centre", "outlet center",
        "magasin d'usine", "magasins d'usine", "fabrikverkauf", "werksverkauf", "outletu", "outletem", "z outletu",
        "аутлет", "аутлета", "аутлете", "outlet mağazası", "outletten", "アウトレット", "アウトレット品", "奥莱",
        "奥特莱斯", "奧特萊斯", "아울렛", "팩토리 스토어", "팩토리스토어",
        # (closet37) counter stock withdrawn from a department store's brand counter (专柜撤柜货: past seasons taken
        # off the counter, their labels cut so they cannot be returned to it) and Japan's tag-cut outlet goods
        # (タグカット品: outlet or department-store event stock sold with the tag cut), sold 30-60 % off like an
        # outlet's. Source: how Chinese and Japanese resellers describe counter and outlet stock, general knowledge;
        # not the copy trade's "剪标 1:1 专柜同款" (same style as the counter's), which names no withdrawn stock
        "撤柜", "撤櫃", "撤柜货", "撤櫃貨", "专柜撤柜", "專櫃撤櫃", "商场撤柜", "商場撤櫃", "タグカット品", "催事流れ",
        # (quiet21) the outlet villages and centres by name, as a buyer says where the goods were bought (Value
        # Retail's villages, Simon's Premium Outlets, McArthurGlen, Neinver's The Style Outlets: the operators' own names)
        "bicester village", "la vallée village", "la vallee village", "las rozas village", "la roca village",
        "kildare village", "wertheim village", "ingolstadt village", "maasmechelen village", "fidenza village",
        "premium outlets", "premium outlet", "woodbury common", "designer outlet", "mcarthurglen", "the mall luxury outlet",
        "serravalle designer outlet", "roermond designer outlet", "the style outlets", "gotemba premium outlets",
    ],
    # (reason39, issue 9) a named defect of used goods, disclosed by the owner as the price's reason (SCALES "damaged"):
    # a smell, water or fire damage, a crack, a split sole, missing pieces or charger, stains, a broken part. Named
    # defects only: "small flaw", "minor defect", "B-grade" name none (the copy trade's cover). Source: how owners word
    # defects on eBay ("for repair", "as is"), Vinted, Kleinanzeigen ("Mängel"), Leboncoin ("défaut"), Wallapop
    # ("tara"), Subito ("difetto"), OLX ("defeito", "wada"), Avito ("дефект"), Sahibinden ("kusurlu"), Tokopedia
    # ("minus"), Chợ Tốt ("lỗi"), Xianyu (进水, 缺件), Mercari (傷あり), Danggeun (하자); general knowledge, no held-out listing
    "damaged": [
        "smoke smell", "smells of smoke", "smells like smoke", "smoke damage", "smoke damaged", "house fire",
        "from a house fire", "fire damage", "fire damaged", "pet smell", "dog smell", "cat smell", "musty smell",
        "mildew smell", "water damage", "water damaged", "water-damaged", "liquid damage", "flood damaged",
        "cracked screen", "screen cracked", "cracked glass", "glass cracked", "cracked back", "back glass cracked",
        "cracked lens", "cracked display", "cracked crystal", "cracked case", "cracked sole", "sole split", "split sole",
        "sole separating", "sole coming off", "heel worn down", "broken strap", "strap broken", "broken clasp",
        "clasp broken", "broken zip", "broken zipper", "zip broken", "zipper broken", "broken hinge", "broken buckle",
        "broken handle", "handle broken", "broken button", "broken port", "needs repair", "needs repairing",
        "needs fixing", "for repair", "pieces missing", "missing pieces", "parts missing", "missing parts",
        "incomplete set", "incomplete", "missing charger", "charger missing", "no charger", "without charger",
        "charger not included", "missing remote", "missing lid", "missing cap", "stains on", "stain on", "has stains",
        "some stains", "small stain", "small stains", "visible stains", "stained lining", "torn lining", "lining torn",
        "peeling leather", "leather peeling", "cracked leather", "heavy scratches", "deep scratches",
        "dead pixels", "dead pixel", "screen burn", "burn-in", "battery dead", "dead battery",
        "battery needs replacing", "won't charge", "doesn't charge", "does not charge", "not charging",
        "dented", "bent frame", "sun faded",
        # de, fr, es, it, pt, nl, pl, ru, uk, tr, id, vi
        "rauchgeruch", "raucherhaushalt", "wasserschaden", "displaybruch", "display gebrochen", "riss im display",
        "sohle gelöst", "sohle löst sich", "teile fehlen", "fehlende teile", "unvollständig", "ohne ladegerät",
        "ladegerät fehlt", "flecken", "reparaturbedürftig", "brandschaden",
        "odeur de tabac", "odeur de fumée", "sent la fumée", "dégât des eaux", "dégâts des eaux", "écran fissuré",
        "écran cassé", "vitre fissurée", "semelle décollée", "pièces manquantes", "incomplet", "incomplète",
        "sans chargeur", "chargeur manquant", "taches", "tache", "à réparer", "fermeture cassée",
        "olor a tabaco", "olor a humo", "daños por agua", "dañado por agua", "pantalla rota", "pantalla rajada",
        "cristal roto", "suela despegada", "faltan piezas", "piezas faltantes", "incompleto", "incompleta",
        "sin cargador", "manchas", "mancha", "para reparar", "cremallera rota",
        "odore di fumo", "puzza di fumo", "danni da acqua", "schermo rotto", "vetro rotto", "schermo crepato",
        "suola scollata", "pezzi mancanti", "incompleto", "senza caricatore", "macchie", "macchia", "da riparare",
        "cheiro de cigarro", "cheiro de fumaça", "dano por água", "tela quebrada", "tela trincada", "vidro trincado",
        "sola descolando", "sola descolada", "faltando peças", "peças faltando", "sem carregador", "manchas",
        "para conserto", "precisa de conserto",
        "rooklucht", "waterschade", "scherm gebarsten", "gebarsten scherm", "onderdelen ontbreken", "onvolledig",
        "zonder lader", "vlekken",
        "zapach dymu", "zalany", "zalana", "pęknięty ekran", "pęknięta szybka", "zbita szybka", "odklejona podeszwa",
        "brak części", "niekompletny", "niekompletna", "bez ładowarki", "plamy", "plama", "do naprawy",
        "запах дыма", "запах табака", "после залития", "залит", "был залит", "разбит экран", "разбитый экран",
        "треснул экран", "трещина на экране", "отклеилась подошва", "не хватает деталей", "некомплект",
        "без зарядки", "пятна", "пятно", "требует ремонта", "под ремонт",
        "запах диму", "розбитий екран", "тріснутий екран", "без зарядного", "плями", "потребує ремонту",
        "sigara kokusu", "duman kokusu", "sıvı teması", "su hasarı", "ekran kırık", "kırık ekran", "cam kırık",
        "taban açılmış", "eksik parça", "parçalar eksik", "şarj aleti yok", "şarjsız", "lekeli", "leke var",
        "tamir gerektirir",
        "bau asap", "bau rokok", "kena air", "bekas kena air", "lcd retak", "layar retak", "kaca retak", "sol lepas",
        "kurang lengkap", "tidak lengkap", "tanpa charger", "ada noda", "noda", "minus pemakaian",
        "mùi khói", "mùi thuốc lá", "vào nước", "bị vào nước", "màn hình nứt", "nứt màn", "vỡ màn", "bong đế",
        "thiếu chi tiết", "không kèm sạc", "không có sạc", "bị ố", "vết ố",
        # zh, ja, ko
        "烟味", "煙味", "进水", "進水", "泡水", "碎屏", "屏幕碎", "屏幕裂", "开胶", "開膠", "缺件", "少零件", "不全",
        "无充电器", "沒有充電器", "有污渍", "有污漬", "污渍", "待修", "需维修",
        "タバコ臭", "たばこ臭", "煙草臭", "水没", "画面割れ", "液晶割れ", "ガラス割れ", "ソール剥がれ", "パーツ欠品",
        "欠品あり", "欠品", "充電器なし", "シミあり", "汚れあり", "要修理", "ジャンク扱い",
        "담배 냄새", "담배냄새", "침수", "액정 깨짐", "화면 깨짐", "액정파손", "밑창 분리", "부품 누락", "구성품 누락",
        "충전기 없음", "얼룩", "오염 있음", "수리 필요",
    ],
    "for_parts": [
        "for parts", "for parts or not working", "parts only", "not working", "spares or repair", "spares/repair",
        "spares repair", "defekt", "für bastler", "para piezas", "no funciona", "pour pièces", "hors service",
        "per ricambi", "ジャンク", "부품용",
    ],
}
# (closet37) the counter stock's own words (TERMS "outlet" above): read as an outlet's goods, they are the price's stated
# reason, no cover story (stories.py "counter clearance"; and 剪标, the labels cut so the goods cannot go back to the
# counter, its "factory overrun"): the price is judged at the outlet's scale, and below its line stays a copy's
COUNTER_STOCK = frozenset({"撤柜", "撤櫃", "撤柜货", "撤櫃貨", "专柜撤柜", "專櫃撤櫃", "商场撤柜", "商場撤櫃", "タグカット品",
                           "催事流れ"})
COUNTER_STOCK_STORIES = frozenset({"剪标", "剪標", "撤柜", "撤櫃", "撤柜货", "撤櫃貨", "专柜撤柜", "專櫃撤櫃", "商场撤柜",
                                   "商場撤櫃", "撤柜处理", "撤柜清仓", "专柜撤场", "百货撤场", "催事品"})


def counter_stock_story(condition: "Condition", term: str) -> bool:
    """Whether a cover story's term is counter stock's own word in a listing read as counter stock (COUNTER_STOCK)."""
    why = condition.why
    return why is not None and why.kind == "outlet" and why.term in COUNTER_STOCK and term in COUNTER_STOCK_STORIES


# a claim of new, sealed goods
NEW_CLAIMS = ["brand new", "brand-new", "new in box", "new with tags", "new with box", "new in package", "NIB", "NWT",
              "BNIB", "BNWT", "NWB", "sealed", "factory sealed", "still sealed", "unopened", "never opened",
              "deadstock", "neu ovp", "OVP", "originalverpackt", "nuevo a estrenar", "nuevo sellado",
              "neuf sous blister", "neuf scellé", "nuovo sigillato", "novo lacrado", "lacrado", "новый в упаковке",
              "запечатанный", "全新", "全新未拆", "未拆封", "未拆", "未开封", "未開封", "新品未開封", "新品未使用", "새상품",
              "미개봉", "새제품"]
LOT_TERMS = ["wholesale", "bulk", "bulk lot", "job lot", "joblot", "resale lot", "MOQ", "min order", "minimum order",
             "pcs/lot", "per lot", "dropshipping", "dropship", "großhandel", "restposten", "al por mayor", "mayoreo",
             "en gros", "ingrosso", "оптом", "grosir", "toptan", "批发", "起批", "一件代发", "拿货", "卸売", "まとめ売り",
             "도매"]
# (quiet) "bulk" or "wholesale" as an offer to take more orders ("Bulk orders for company events", "wholesale enquiries
# welcome", "bulk pricing available"): the price shown is still one unit's, the listing no lot (outsider27's
# in_corporate_gift_genuine27, after it was scored). A lot counted in units ("bulk 100 pcs") stays a lot.
_LOT_OFFER = re.compile(r"[\s-]*(?:orders?|ordering|enquir(?:y|ies)|inquir(?:y|ies)|purchases?|purchasing|buyers?|pricing|"
                        r"discounts?|quotes?|quotations?|requests?)(?![a-z0-9])")
_LOT_OFFERED = frozenset({"bulk", "wholesale"})


def lot_offer(folded: str, term: str, end: int) -> bool:
    """Whether a lot word ending at `end` of the casefolded text is an offer of more ("bulk orders", "wholesale
    enquiries"), not a lot the price is for (the comment above). Pure."""
    return term.casefold() in _LOT_OFFERED and _LOT_OFFER.match(folded, end) is not None


# item specifics that state the condition (eBay, Amazon, Mercari, Xianyu, Avito ...)
CONDITION_KEYS = ("condition", "item condition", "zustand", "artikelzustand", "état", "etat", "estado", "condizione",
                  "condição", "stan", "staat", "состояние", "durum", "kondisi", "tình trạng", "成色", "新旧程度", "状态",
                  "商品の状態", "状態", "상태", "상품상태")

# "never" in the markets' languages too (edge57: "incluso nel bundle, mai usato", "jamais utilisé", "nunca usado",
# "niemals benutzt", "nooit gebruikt", "nigdy nie używany": never used, no used goods); general knowledge
_NEGATED = re.compile(r"(?:^|[^a-z0-9])(?:not|no|never|non|without|nicht|kein\w*|sin|sans|senza|nie|geen|ne|bez|"
                      r"mai|jamais|nunca|niemals|nooit|nigdy|"
                      r"not a|no sign of|no signs of|no be|e no be|sio|siyo)[^a-z0-9]{1,3}$")  # pcm, sw (fresh53a)
_NEGATED_WIDE = ("不是", "非", "没有", "無", "无", "未", "아닌", "없는")
# (quiet) bare "used" in a description as an item of a list of the goods' states, between punctuation or "and": "All
# genuine, used, working perfectly.", "Used, boxed.", "Genuine and used"; not "used for running", "used it twice"
_USED_ITEM = re.compile(r"(?:^|.*(?:[,;:.!(\n]|(?<![a-z0-9])(?:and|genuine|original|authentic|lightly|gently)))\s*(?=used)")
_USED_ITEM_END = re.compile(r"\s*(?:[,;.!)\n]|$|(?:and|but|condition|state)(?![a-z0-9]))")
# bare "used": not as a verb ("can be used for", "used to", "widely used by")
_BARE_USED = re.compile(r"(?<![a-z0-9])used(?![a-z0-9])")
_USED_VERB_BEFORE = re.compile(r"(?:^|[^a-z0-9])(?:be|is|are|was|were|been|being|can|commonly|widely|often|frequently|"
                               r"mostly|popularly|not|never|i|we|you|they|he|she|have|has|had)[^a-z0-9]+$")
_USED_VERB_AFTER = re.compile(r"^[^a-z0-9]+(?:for|to|in|with|by|as|on|at|daily|widely|when|during|under|inside|outside|"
                              r"throughout|across|mainly|mostly|primarily|everywhere|indoors|outdoors|together|it|them)"
                              r"(?![a-z0-9])")
# a decade or a vintage word naming a style, not an age ("vintage style", "90s look"); a bare "90s" only as a decade
# ("the 90s", "'90s", "1990s", "90s era": "Air Max 90s" are shoes); the German "20er" before a pack's word is a count
# ("20er Karton", "30er Pack": of twenty, of thirty; packs32)
_DECADE = re.compile(r"(?<![a-z0-9/.-])(?:19[2-9]0'?s|(?:(?:the|late|early|mid|from|of|in) )?'[5-9]0s|"
                     r"(?:the|late|early|mid|from|of|in) [5-9]0'?s|[5-9]0'?s(?= (?:era|vintage|original|collection))|"
                     r"(?:19)?[2-9]0er(?![ -]?(?:pack|packung|karton|kiste|kasten|box|set|tray|dose|dosen|flaschen|riegel|"
                     r"stuck|stk|beutel|rolle|rollen|kapseln)(?![a-z]))|[2-9]0er jahre|(?:annees|anos|anni|jaren|z lat|lata|lat) '?[2-9]0|"
                     r"(?:circa|ca|c|made in|from|year|rok|ano|anno|annee|jahrgang|baujahr) ?19[2-9][0-9])"
                     r"(?![a-z0-9/.-])")
_STYLE_AFTER = re.compile(r"^[^a-z0-9]{0,3}(?:style|styled|look|inspired|design|designed|print|wash|washed|effect|finish|"
                          r"feel|vibe|aesthetic|pattern|logo|retro|theme|themed|fashion|reissue|re-issue|remake|"
                          r"reproduction|repro|(?:metal |tin )?signs?|posters?|tee|t-shirt|tshirt|decals?|stickers?|"
                          r"plaques?)(?![a-z0-9])")
_LOT_COUNT = re.compile(r"(?<![a-z0-9])(?:lot of (\d{1,4})|(\d{1,4}) ?(?:pcs|pieces|pairs|units) ?(?:/|per) ?lot)(?![a-z0-9])")
_SINGLE = re.compile(r"(?<![a-z0-9.])(?:(?:1|one) ?(?:x ?)?(?:bar|can|bottle|tube|cartridge|blade|unit|pod|capsule|"
                     r"sachet|jar|tin|stick|roll|battery|ball)|(?<=[,(|\[-] )single(?= *(?:$|[),;|\]]))|(?<=\()single(?=\))|x ?1(?![0-9a-z.,]))(?![a-z0-9])")


# software licences: no condition applies ("Windows 11 Pro key", "Office 2021 licence", "software licenses")
LICENCE = re.compile(r"(?<![a-z0-9])(?:(?:product|licen[cs]e|activation|retail|oem|cd|steam|windows|office|digital|serial|"
                     r"software|game) ?keys?|licen[cs]es?|lizenz|licencia|licenza|licenca|litsenziya|activation|subscription|"
                     r"software|serial number|download code|digital code|(?:pre-?)?activated|full version|"
                     r"lifetime (?:activation|access|version|use))(?![a-z0-9])")


# a word each pattern needs, so that most listings skip it (decades also by _DECADE_WORD)
_GATES = {_BARE_USED: frozenset({"used"}), _SINGLE: frozenset({"1", "one", "x1", "single", "x"}),
          _DECADE: frozenset({"circa", "ca", "c", "made", "from", "year", "annees", "anos", "anni", "jaren", "lat", "lata",
                              "rok", "ano", "anno", "annee", "jahrgang", "baujahr"}),
          _LOT_COUNT: frozenset({"lot"})}
_DECADE_WORD = re.compile(r"[2-9]0(?:'?s|er)(?![a-z0-9])")


@dataclass(frozen=True, slots=True)
class Said:
    """One condition term as the listing says it."""

    kind: str  # a key of SCALES, "new" or "lot"
    term: str
    field: str  # title, description or attributes
    start: int | None
    end: int | None
    text: str
    scale: Scale | None = None  # the share the words themselves state (one unit of a pack of 10, 5 ml of a bottle)


@dataclass(frozen=True, slots=True)
class Condition:
    """What the listing says about its goods' condition and quantity."""

    said: tuple[Said, ...]
    scale: Scale | None  # the condition the price is judged by, None: new and full size (or a lot)
    why: Said | None  # the words that say it
    new_claim: Said | None
    lot: Said | None

    def describe(self) -> str:
        """How the evidence names the condition: "used ('pre-owned')"."""
        if self.scale is None or self.why is None:
            return ""
        return f"{self.scale.says} ('{self.why.text}')"

    def unscaled(self) -> str:
        """Why a stated lower condition does not scale the floor, else "": a lot, or a claim of new goods."""
        if self.lot is not None and any(s.kind in SCALES for s in self.said):
            return f"a lot or wholesale ('{self.lot.text}'), whatever its condition"
        if self.new_claim is not None and any(s.kind in CONTRADICTED_BY_NEW for s in self.said):
            return f"it claims new goods ('{self.new_claim.text}') as well as a used condition"
        return ""


NO_CONDITION = Condition((), None, None, None, None)


def chosen(said: list[Said] | tuple[Said, ...]) -> Condition:
    """The condition the said terms state: the kind with the smallest factor, unless a claim of new goods contradicts
    it or a lot's words say the price is for many units."""
    new_claim = next((s for s in said if s.kind == "new"), None)
    lot = next((s for s in said if s.kind == "lot"), None)
    scale, why = None, None
    for s in said:
        if s.kind not in SCALES or (new_claim is not None and s.kind in CONTRADICTED_BY_NEW):
            continue
        if lot is not None and s.kind not in SOLD_IN_LOTS:
            continue  # a lot's words say the price is for many units (index._units), not what one is worth
        own = s.scale or SCALES[s.kind]
        if scale is None or own.factor < scale.factor:
            scale, why = own, s
    return Condition(tuple(said), scale, why, new_claim, lot)


class ConditionReader:
    """The condition lexicons compiled once per index (Judge-like); `read` per listing that names a brand."""

    def __init__(self, terms: dict[str, list[str]] | None = None, new_claims: list[str] | None = None,
                 lot_terms: list[str] | None = None) -> None:
        terms = terms if terms is not None else TERMS
        self._kind: dict[str, str] = {}
        everything: list[str] = []
        for kind, words in terms.items():
            for w in words:
                self._kind.setdefault(_key(w), kind)
                everything.append(w)
        for w in new_claims if new_claims is not None else NEW_CLAIMS:
            self._kind.setdefault(_key(w), "new")
            everything.append(w)
        for w in lot_terms if lot_terms is not None else LOT_TERMS:
            self._kind.setdefault(_key(w), "lot")
            everything.append(w)
        # one small lexicon per anchor word (the longest word of a Latin term, as Lexicon picks it): a listing runs only
        # those of its words, each compiled once; one lexicon holding them all compiles a regular expression for every
        # new combination of common anchors ("new", "box", "from") a listing has, most of the reader's cost
        by_anchor: dict[str, list[str]] = {}
        for w in everything:
            if not any(is_wide(c) for c in w):
                by_anchor.setdefault(max(re.split(r"[^a-z0-9]+", latin_text(w)), key=len), []).append(w)
        self._by_anchor = {anchor: Lexicon(words) for anchor, words in by_anchor.items()}
        self._anchors = frozenset(self._by_anchor)  # a set: intersected with a listing's words, the smaller is walked
        self._wide = Lexicon([w for w in everything if any(is_wide(c) for c in w)])
        self._values: Memo = Memo(_VALUES)  # a condition attribute's value -> (kind, term) said

    def read(self, listing: Listing, text: ListingText, *, consumable: bool = False, testers: bool = False) -> Condition:
        """The listing's condition and quantity. `consumable`: the goods are food, drink or baby food, whose floors are
        set on a retail pack: a small quantity in the title (quantity.py: "1 Stück", "monodose 2g", "45g", "2 caplets")
        is then a single unit or a sample; pharmacy units (caplets, tablets, strips) are read whatever the goods.
        `testers`: the goods are fragrance or cosmetics (sectors.py health_beauty), where "tester" is a perfumery's
        tester (SCALES "tester"); elsewhere the word is a product ("battery tester") and is not read."""
        said = self._said(text)
        if said and len(text.original) > PAGE_LENGTH and (reviews := review_spans(text.original)):
            # (pages57) a buyer's review pasted into the page reports another unit and parcel ("box was dented"):
            # no condition of the goods on offer (context/voices.py)
            said = [s for s in said if s.field != "description" or s.start is None
                    or not in_spans(reviews, s.start + text.field_offset(s.field))]
        if any(_key(s.term) in _MOVING_KEYS for s in said):
            said = ([s for s in said if _key(s.term) not in _MOVING_KEYS] if _moving_for_new(text) else
                    [dataclasses.replace(s, scale=MOVING_SCALE) if _key(s.term) in _MOVING_KEYS else s for s in said])
        if not testers:
            said = [s for s in said if s.kind != "tester"]
        if (consumable or not _PHARMACY_UNITS.isdisjoint(text.latin_words)) and (
                small := _small(listing.title, consumable)) is not None:
            said.append(small)
        if testers and (m := _SIZED_SAMPLE.search(listing.title)) is not None and float(
                (m["a"] or m["b"]).replace(",", ".")) <= MAX_SAMPLE_ML:
            said.append(_said(text, "sample", Found(m.start(), m.end(), "sample by its size")))
        if (piece := per_piece(text, consumable, category_leaf(listing.category))) is not None:
            said.append(piece)
        if testers and (decant := _decant(listing.title, text)) is not None:
            said.append(decant)
        elif testers and not any(s.kind == "sample" for s in said) and (mini := _mini(listing.title, text)) is not None:
            said.append(mini)
        if listing.attributes:
            said += self._attributes(listing.attributes)
        if not any(s.kind == "vintage" for s in said) and (year := _collected_year(listing, text)) is not None:
            said.append(year)
        if not any(s.kind == "short_dated" for s in said) and (date := _short_date(listing, text)) is not None:
            said.append(date)
        if (mark := personalised(text)) is not None:
            said.append(mark)
        if (left := bundle_part(listing.title, text, category_leaf(listing.category))) is not None:
            said.append(left)
        if (piece := part_only(listing.title, text, category_leaf(listing.category))) is not None:
            said.append(piece)
        if not any(s.kind == "sample" for s in said) and (gift := gift_mini(text)) is not None:
            said.append(gift)
        if (changed := modified(text)) is not None:
            said.append(changed)
        if (sale := sample_sale(text)) is not None:
            said.append(sale)
        if (small_size := child_size(listing.title, text)) is not None:
            said.append(small_size)
        if (resale := private_resale(text) or proven_resale(text)) is not None:
            said.append(resale)
        if (owned := owner_resale(text)) is not None:
            said.append(owned)
        if (vouched := authenticated_resale(text)) is not None:
            said.append(vouched)
        if boxed_goods(listing, text) and not any(s.kind in ("tester", "sample", "packaging") for s in said) and (
                loose := unboxed(text)) is not None:
            said.append(loose)  # a tester, a sample or an empty box out of its box is judged as what it is
        if (market := resale_market(text)) is not None:
            said.append(market)
        if not any(s.kind == "used" for s in said) and (occasion := occasion_title(listing.title, text)) is not None:
            said.append(occasion)
        if not said:
            return NO_CONDITION
        if any(s.kind == "grey_import" for s in said) and (_FACTORY_SOURCE.search(text.latin) is not None or (
                not text.is_ascii and any(w in text.original for w in _FACTORY_SOURCE_WIDE))):
            # (fresh54b) goods said to come from a factory are no other market's genuine stock: no grey import
            said = [s for s in said if s.kind != "grey_import"]
            if not said:
                return NO_CONDITION
        licence = LICENCE.search(text.latin[:len(text.title)]) or LICENCE.search(latin_text(category_leaf(listing.category)))
        if licence is not None:
            return bundle_code(said, licence.group(0))
        return chosen(said)

    def _said(self, text: ListingText) -> list[Said]:
        out: list[Said] = []
        original = text.original
        folded = original.casefold()
        found = [f for anchor in self._anchors.intersection(text.latin_words) for f in self._by_anchor[anchor].find(text)]
        if not text.is_ascii:
            found += self._wide.find(text)
        found.sort(key=lambda f: (f.start, -f.end, f.term))  # the text's order, whatever the hash seed
        for f in found:
            kind = self._kind.get(_key(f.term))
            if kind is None or _negated(folded, f.start) or _an_option(folded, f.start):
                continue
            if _NON_LATIN_LETTER.search(f.term) and not _NON_LATIN_LETTER.search(original[f.start:f.end]):
                continue  # a Cyrillic or Greek term read in the latin view: "бу" is "by" there ("fabric by the metre"),
                # and so is an Arabic "بيع" ("sale", precision30)
            if kind == "vintage" and _STYLE_AFTER.match(latin_text(folded[f.end:f.end + 16])):
                continue
            if kind == "outlet" and not _outlet_store(folded, f):
                continue
            if kind == "lot" and lot_offer(folded, f.term, f.end):
                continue
            out.append(_said(text, kind, f))
        title_end = len(text.title)
        latin, words = text.latin, text.latin_words
        for pattern, kind, term, where in ((_BARE_USED, "used", "used", title_end), (_SINGLE, "single_unit", "one unit", title_end),
                                           (_DECADE, "vintage", "decade", None), (_LOT_COUNT, "lot", "lot of several", None)):
            if words.isdisjoint(_GATES[pattern]) and not (pattern is _DECADE and _DECADE_WORD.search(latin)):
                continue  # none of the words the pattern needs: most listings skip all four
            for m in pattern.finditer(latin):
                start, end = text.original_span("latin", m.start(), m.end())
                if where is not None and start >= where and not (pattern is _BARE_USED and (_USED_ITEM.match(
                        latin, max(0, m.start() - 6)) is not None and _USED_ITEM_END.match(latin, m.end()) is not None
                        or _PAST_USE.match(latin, m.end()) is not None)):
                    continue  # (quiet) in the description only as an item of a list: "All genuine, used, working"
                if pattern is _BARE_USED and (_verb(latin, m.start(), m.end(), start < title_end)
                                              or _negated(latin, m.start())):
                    continue
                if pattern is _DECADE and _STYLE_AFTER.match(latin[m.end():m.end() + 16]):
                    continue
                if pattern is _LOT_COUNT and int(next(g for g in m.groups() if g)) < 3:
                    continue
                out.append(_said(text, kind, Found(start, end, term)))
        return out

    def _attributes(self, attributes: dict[str, str]) -> list[Said]:
        out: list[Said] = []
        for key, value in attributes.items():
            if not isinstance(value, str) or not any(k == key.casefold().strip() for k in CONDITION_KEYS):
                continue
            said = self._values.get(value)
            if said is None:  # attribute values repeat ("New", "Used - like new"): each is read once
                said = self._values.remember(value, tuple((s.kind, s.term) for s in self._said(ListingText(value, ""))))
            for kind, term in said:
                out.append(Said(kind, term, "attributes", None, None, f"{key}: {value}"[:80]))
        return out


_NON_LATIN_LETTER = re.compile(r"[\u0370-\u052f]")  # Greek and Cyrillic
# (fresh54b, issue 9) a grey import is the brand's genuine goods bought in another market; goods said to come from a
# factory ("parallel import from Asia factory", "same factory as the official one", "factory direct", "identical
# quality") are a factory's, outside the brand's channel: the story of a copy's price, not a grey import's (latin view;
# "factory sealed" says nothing of where the goods come from). Written for BrandSentry from general knowledge of grey
# importers' wording ("import version, no local warranty") against the copy trade's (同厂, "same factory").
_FACTORY_SOURCE = re.compile(r"(?<![a-z])(?:same factory|same factories|identical quality|factory direct|"
                             r"direct from (?:the |our |an? )?factory|import(?:ed)? (?:directly )?from (?:the |our |an? )?"
                             r"(?:[a-z]+ ){0,2}factory|mismo fabricante|misma fabrica|mesma fabrica|meme usine|gleiche fabrik|"
                             r"stessa fabbrica)(?![a-z])")
_FACTORY_SOURCE_WIDE = ("同厂", "同工厂", "工厂直", "工廠直", "同廠", "工場直送", "같은 공장")
_VALUES = 10_000  # condition attribute values ConditionReader remembers (forgotten all at once past this many)


# a beauty sample named by its size: a few millilitres beside "mini", "sample", "travel" or "vial" ("12ml mini", "sample
# 7ml", "4 ml mini", "travel 15ml"): 5-15 % of a full-size bottle's contents (SCALES "sample", judged against the floor
# so scaled); read for fragrance and cosmetics only (`testers`), at most MAX_SAMPLE_ML (a "50ml mini" is no sample).
# A bare "sample" stays unread (the replica trade's "factory samples"): the size is what says the unit is small. Source:
# beauty retail's deluxe samples and minis (1-15 ml) beside 30-100 ml full sizes, general knowledge
_SIZED_SAMPLE = re.compile(r"(?<![\w.,])(?P<a>\d{1,2}(?:[.,]\d)?)\s?ml\.?\s(?:mini|minis|sample|samples|travel|vial)(?!\w)"
                           r"|(?<!\w)(?:mini|sample|travel|vial)\s(?P<b>\d{1,2}(?:[.,]\d)?)\s?ml(?!\w)", re.IGNORECASE)
MAX_SAMPLE_ML = 15

# loose units of a pharmacy pack: a few of them are a part of the retail box whatever the category says
_PHARMACY_UNITS = frozenset({"caplet", "caplets", "tablet", "tablets", "capsule", "capsules", "pill", "pills", "softgel",
                             "softgels", "strip", "strips", "plaster", "plasters", "tabletten", "kapseln", "таблеток",
                             "капсул"})


def _small(title: str, consumable: bool) -> Said | None:
    """A small quantity of a consumable as a condition (quantity.small_kind), else None."""
    q = read_quantity(title)
    if q is NONE_QUANTITY or not consumable and not (q.count is not None and any(
            w in _PHARMACY_UNITS for w in q.text.split(", ")[0].split())):
        return None
    kind = small_kind(q)
    if kind is None:
        return None
    return Said(kind, q.text, "title", None, None, q.text)


# ---- a price per piece (genuine, 2026-12-03). A shop that sells a pack's units one by one says so beside the price:
# "price per can", "per blade", "Preis pro Riegel", "prix du comprimé", "harga per sachet", "harga sebiji", "cena za
# sztukę", "за штуку", 单价, 1本あたり, 개당, سعر الحبة. The floor is a pack's (SCALES "single_unit"); when the listing
# also names the pack the unit comes from ("from an 8 pack", "aus 10er-Packung", "boîte de 20", "dari tiub 12", "cases
# of 24") the unit is judged as that pack's share, 1/N of the floor (PACK_OF), else as SCALES "single_unit". Only for
# goods sold by the unit (food and drink, or a title naming such a unit: a blade, a ball, a cartridge, a tablet, a
# figure): "Gucci belt, price per piece" is no unit of a pack. A copy sold so is still judged: at 5 % of its unit's
# share it alerts. Source: the unit-price wording of retail and marketplace listings in the markets' languages
# (general knowledge), written for BrandSentry, no held-out listing.
_UNIT_NOUNS = (r"can|cans|tin|bottle|bar|bars|blade|blades|cartridge|cartridges|refill|capsule|capsules|pod|pods|sachet|"
               r"sachets|stick|ball|balls|shuttle|shuttlecock|battery|cell|car|cars|figure|minifigure|figurine|tablet|"
               r"tablets|caplet|pill|piece|pc|pcs|unit|item|riegel|dose|flasche|klinge|kapsel|stuck|tablette|"
               r"canette|bouteille|barre|lame|capsule|dosette|comprime|gelule|piece|unite|lata|botella|barra|cuchilla|"
               r"capsula|pastilla|unidad|pieza|lattina|bottiglia|barretta|lametta|capsula|compressa|pezzo|blikje|fles|"
               r"reep|mesje|stuk|puszka|butelka|baton|ostrze|kapsulka|tabletka|sztuke|sztuka|kus|ks|plechovka|tyčinka|"
               r"bucata|buc|darab|db|st|stk|kpl|kappale|tane|adet|kutu|biji|sebiji|batang|botol|tin|bungkus|keping|pcs|"
               r"piraso|cai|chiec|lon|chai|vien|goi")
_PER_PIECE = re.compile(
    r"(?<![a-z0-9])(?:(?:unit|single|individual) price|price (?:per|for) (?:one |1 |a |each |single )?(?:%(n)s)|"
    r"priced (?:per|by the) (?:%(n)s)|price each|priced each|sold each|each price|per (?:%(n)s)(?![a-z])|"
    r"(?:price|\d+(?:[.,]\d+)?) ?/ ?(?:pc|pcs|ea|unit|piece)|\d each$|"
    r"(?:by|sold by) the (?:piece|unit|can|bottle|bar|blade)|"
    r"(?:preis|kosten) (?:pro|je|fur) (?:%(n)s)|pro stuck|je stuck|stuckpreis|einzelpreis|"
    r"prix (?:du|de la|de l'|de l |d'une|d'un|par|pour (?:une|un|1)) ?(?:%(n)s)|prix (?:a l'unite|unitaire)|"
    r"par (?:piece|unite)|vendu a l'unite|"
    r"precio (?:por|de la|del|por cada) (?:%(n)s)|por unidad|precio unitario|c/u|cada un[oa]|"
    r"preco (?:por|da|do) (?:%(n)s)|preco unitario|por unidade|"
    r"prezzo (?:al|per|a) (?:%(n)s)|prezzo unitario|al pezzo|cadauno|"
    r"(?:prijs )?per stuk|stuksprijs|"
    r"(?:cena|koszt) za (?:1 )?(?:%(n)s)|za sztuke|za 1 szt|za kus|za 1 ks|cena za ks|"
    r"darabar|darabonkent|ar ?/ ?db|ft ?/ ?db|pret (?:pe|per|/) ?(?:bucata|buc)|la bucata|"
    r"styckpris|pris per st|per st(?:yck)?\b|stykpris|pr\.? stk|per stk|kappalehinta|hinta per kpl|/kpl|"
    r"tane fiyati|adet fiyati|birim fiyat|tanesi|"
    r"harga (?:per|se) ?(?:%(n)s)|harga satuan|harga sebiji|harga ecer|per biji|eceran|"
    r"per piraso|gia (?:moi|1|mot) (?:%(n)s)|gia le)"
    r"(?![a-z0-9])" % {"n": _UNIT_NOUNS})
_PER_PIECE_WIDE = re.compile(r"цена за (?:1 )?(?:шт|штуку|брой|бр)|за (?:1 )?(?:шт|штуку|брой)(?![а-я])|поштучно|штучно|"
                             r"ціна за (?:1 )?(?:шт|штуку)|τιμή (?:τεμαχίου|ανά τεμάχιο)|το τεμάχιο|"
                             r"单价|单个价|1个价|一个的价格|每个|每支|每罐|每瓶|每块|每条|拆售|散卖|零卖|拆卖|"
                             r"1本あたり|1個あたり|1本の価格|1個の価格|単価|ばら売り|1個売り|개당|1개 가격|한 개 가격|개별 판매|"
                             r"سعر الحبة|للحبة|سعر القطعة|للقطعة|بالحبة|מחיר ליחידה|ליחידה|ราคาต่อชิ้น|ขายแยก")
# the pack a unit comes from: "from an 8 pack", "aus 10er-Packung", "boîte de 20", "(dari tiub 12)", "cases of 24",
# "pack of 12", "a dozen"
_PACK_OF = re.compile(
    r"(?<![a-z0-9])(?:(?:pack|packs|packung|packet|box|boxes|boite|caja|caixa|tube|tubes|tiub|tub|tin|case|cases|carton|"
    r"sleeve|blister|bag|bolsa|confezione|scatola|doos|opakowanie|opak|baleni|balenie|pakke|pakkaus|paket|kutu|kotak|hop|"
    r"tray|crate|karton|koli|fardo|zgrzewka|opakowania|balenia|baleni|kutusu)(?: of| de| da| di| van| z| mit| with| com| "
    r"con| isi| po)? (\d{1,3})|"
    r"(\d{1,3}) ?(?:er|-er|'li|'lu|'lik|'luk|li|lu)?[- ]?(?:pack|packung|pak|pk|pakke|pakning|packs|count|ct|"
    r"stuck-packung|kutu|kutudan|paket|paketten)|"
    r"(?:a |one )?(dozen))(?![0-9a-z])")
# the goods a shop sells by the unit, named in the title (a generic "piece" or "unit" names none)
_UNIT_GOODS = re.compile(r"(?<![a-z0-9])(?:cans?|bottles?|bars?|blades?|cartridges?|refills?|capsules?|pods?|sachets?|"
                         r"sticks?|balls?|shuttles?|shuttlecocks?|batter(?:y|ies)|cells?|cars?|figures?|minifigures?|"
                         r"figurines?|tablets?|caplets?|pills?|plasters?|bandages?|riegel|dosen?|flaschen?|klingen?|kapseln?|tabletten?|"
                         r"canettes?|bouteilles?|barres?|lames?|dosettes?|comprimes?|gelules?|latas?|botellas?|barras?|"
                         r"cuchillas?|capsulas?|pastillas?|lattin[ae]|bottigli[ae]|barrett[ae]|lamett[ae]|compress[ae]|"
                         r"blikjes?|flessen|fles|repen|reep|mesjes?|puszk[ai]|butelk[ai]|baton(?:y|ik)?|ostrz[ae]|"
                         r"kapsulk[ai]|tabletk[ai]|plechovk[ay]|bucata|biji|batang|botol|bungkus|lon|chai|vien|goi|"
                         r"golf|shuttlecock|razor|gum|candy|chocolate|drink|soda|coffee|tea|water|juice|beer|"
                         r"aspirin[e]?|ibuprofen|paracetamol)(?![a-z0-9])")


def per_piece(text: ListingText, consumable: bool, category: str = "") -> Said | None:
    """A price per piece of a pack's goods (the title says so) as a condition: one unit, of the pack the title or
    the description names (SCALES "single_unit" with the factor 1/N), else of SCALES "single_unit"'s pack; None when
    the title says no price per piece or the goods are not sold by the unit."""
    title = text.latin[:len(text.title)]
    m = _PER_PIECE.search(title)
    wide = None
    if m is None and not text.is_ascii:
        wide = _PER_PIECE_WIDE.search(text.title.casefold())
    if m is None and wide is None:
        return None
    if not consumable and _UNIT_GOODS.search(title) is None and _UNIT_GOODS.search(latin_text(category)) is None and not any(
            is_wide(c) for c in text.title):
        return None  # "Gucci belt, price per piece": no unit of a pack
    q = read_quantity(text.title)
    said_piece = {w.rstrip("s") for w in re.findall(r"[a-z]+", m.group(0))} if m is not None else set()
    if q.size is not None and q.size >= (FULL_UNIT_G if q.unit == "g" else FULL_UNIT_ML) or (
            said_piece.isdisjoint(_CONTENT_PIECES) and _CONTENT_COUNT.search(title) is not None):
        # "900g … stock 40 tins, price per tin", "100 caplets … 30 bottles, per bottle": each unit is a full retail
        # unit (a tin, a bottle of caplets) its own floor prices; the count is a stock's, no pack split into pieces
        return None
    if m is not None:
        start, end = text.original_span("latin", m.start(), m.end())
    else:
        start, end = wide.start(), wide.end()
    field, start, end, said = text.locate(start, end)
    pack = _PACK_OF.search(text.latin)
    n = None
    if pack is not None:
        n = 12 if pack.group(3) else int(pack.group(1) or pack.group(2))
    if n is None or not 2 <= n <= MAX_PACK:
        return Said("single_unit", "price per piece", field, start, end, said)
    return Said("single_unit", "price per piece", field, start, end, said,
                Scale("single_unit", 1 / n, f"one unit of a pack of {n}",
                      f"the listing prices one unit and names its pack of {n}: the unit's share of a pack's floor"))


MAX_PACK = 100  # a larger count is a lot or a case, no pack a shop splits
# a count of a pack's contents ("100 caplets", "30 tablets"): the unit priced is the pack (a bottle, a box), unless the
# price is said per one of those contents ("prix du comprimé", "per tablet")
_CONTENT_PIECES = frozenset({w.rstrip("s") for w in CONTENT_NOUNS} | {"comprime", "gelule", "tablette", "pastilla",
                                                                        "compressa", "tabletka", "capsula", "kapsel"})
_CONTENT_COUNT = re.compile(r"(?<![a-z0-9.,])\d{2,4} ?(?:caplets?|tablets?|capsules?|pills?|softgels?|comprimes?|"
                            r"gelules?|tabletten|kapseln|pastillas|compresse|tabletek|tabletki)(?![a-z])")
# a unit of at least this net size is a full retail unit, not a piece of a pack (a 900 g tin of formula, a 1 l bottle;
# a 330 ml can or a 500 ml bottle of a drink is the piece a case is split into)
FULL_UNIT_G = 100.0
FULL_UNIT_ML = 600.0

# ---- a decant (genuine, 2026-12-03): a few millilitres of a perfume or serum filled from the seller's own full-size
# bottle into a small atomiser, sold at the bottle's price pro rata plus a margin ("10 ml decant", "Abfüllung",
# "odlewka", "odstřik", "travasato", "распив", "отливант", 分装, 小分け, 소분). The floor is a full-size bottle's
# (DECANT_OF_ML); the decant is judged as its share, ml / DECANT_OF_ML, so a genuine decant at a pro-rata price is
# explained and a fake "decant" at 5 % of that share still alerts. Only for fragrance and cosmetics (ConditionReader
# `testers`), a size of at most MAX_DECANT_ML in the title. Source: the decanting trade's wording on marketplaces
# and fragrance forums (general knowledge), written for BrandSentry.
DECANT_OF_ML = 100.0
MAX_DECANT_ML = 30.0
_DECANT = re.compile(r"(?<![a-z])(?:decants?|decanted|decant(?:e|ee|es|ado|ada|ati|ato)|abfullung|abgefullt|"
                     r"abfuellung|odlewka|odlewki|odlewek|odstrik|odstreky|travasat[oa]|travaso|dekant|dekantti|"
                     r"odstrek|splits?(?= of| from)|(?<=ml )splits?|rozlewka)(?![a-z])")
_DECANT_WIDE = re.compile(r"распив|отливант|отливанты|розпив|分装|分裝|小分け|소분|디캔트|تقسيم عطر")
_ML = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d)?)\s?(?:ml|мл|毫升|ミリ)(?![a-z])", re.IGNORECASE)


def _decant(title: str, text: ListingText) -> Said | None:
    latin = text.latin[:len(text.title)]
    m = _DECANT.search(latin)
    if m is not None:
        start, end = text.original_span("latin", m.start(), m.end())
    elif not text.is_ascii and (w := _DECANT_WIDE.search(title.casefold())) is not None:
        start, end = w.start(), w.end()
    else:
        return None
    sizes = [float(x.replace(",", ".")) for x in _ML.findall(title)]
    if not sizes or not 0 < min(sizes) <= MAX_DECANT_ML:
        return None
    ml = min(sizes)
    field, start, end, said = text.locate(start, end)
    return Said("sample", "decant", field, start, end, said,
                Scale("sample", max(ml / DECANT_OF_ML, 0.01), f"a decant of {ml:g} ml",
                      f"{ml:g} ml of a {DECANT_OF_ML:g} ml bottle, its pro-rata share of the full-size floor"))


# ---- a mini by its size alone (quiet, session 17): fragrance and skin care whose title names a size of at most
# MAX_SAMPLE_ML and no larger one ("Clinique Moisture Surge 15ml", "Lancôme Génifique 7 ml", "Dior Sauvage 10ml"): the
# travel sizes, deluxe samples and gift-with-purchase minis beauty brands hand out and resellers list, judged as their
# pro-rata share of a full-size unit of MINI_OF_ML (a copy at 5 % of that share still alerts). Source: beauty retail's
# minis (5-15 ml) beside 30-75 ml skin-care full sizes, general knowledge; no held-out listing.
MINI_OF_ML = 50.0


def _mini(title: str, text: ListingText) -> Said | None:
    found = list(_ML.finditer(title))
    sizes = [float(m.group(1).replace(",", ".")) for m in found]
    if not sizes or not 0 < max(sizes) <= MAX_SAMPLE_ML:
        return None
    m = found[0]
    ml = max(sizes)
    field, start, end, said = text.locate(m.start(), m.end())
    return Said("sample", "a mini by its size", field, start, end, said,
                Scale("sample", max(ml / MINI_OF_ML, 0.02), f"{ml:g} ml mini",
                      f"{ml:g} ml of a {MINI_OF_ML:g} ml full size, its pro-rata share of the full-size floor"))


# (fresh53a, issue 9) "new" said of the owner's purchase, not of the goods sold: "bought new", "purchased brand new in
# 2023", "got it new", "neu gekauft", "acheté neuf", "comprado nuevo/novo", "comprato nuovo", "kupiony nowy", "nieuw
# gekocht": the goods have been used since (general knowledge of how private sellers word a resale)
_BOUGHT_NEW = re.compile(r"(?<![a-z0-9])(?:(?:bought|purchased|got|ordered)(?: (?:it|them|this|these|mine))? (?:brand )?"
                         r"new|neu gekauft|neu erworben|achete(?:e|s)? neu(?:f|ve)s?|comprad[oa]s? (?:nuev|nov)[oa]s?|"
                         r"comprat[oa] nuov[oa]|kupion[ya] now[ya]|kupil(?:em|am) now[ya]|nieuw gekocht)(?![a-z0-9])")


def _moving_for_new(text: ListingText) -> bool:
    """Whether a listing that tells of a moving sale calls its goods new or tells a tax-free / no-receipt story (the
    copy seller's life story, MOVING_SALE's comment); the owner's purchase new (_BOUGHT_NEW) calls nothing new. Pure;
    read only when a moving-sale term is found."""
    folded = text.original.casefold()
    latin = text.latin
    if "new" in latin and not text.is_ascii and _ETHIOPIC.search(text.original) is not None:
        latin = latin_text(_ETHIOPIC.sub(" ", text.original))
    if "new" in latin or "neu" in latin or "nuov" in latin or "now" in latin or "nov" in latin:
        latin = _BOUGHT_NEW.sub(" ", latin)
    return _NEW_WORD.search(latin) is not None or any(w in folded for w in _NEW_WIDE)


def _key(term: str) -> str:
    return term if term.isupper() else term.casefold()


_MOVING_KEYS = frozenset(_key(w) for w in MOVING_SALE)
# a moving sale's household goods are used but priced to go quickly by one who cannot take them, not worn out: the used
# kind at a higher factor than SCALES["used"], so the suspicious line sits at 30 % of the new floor (a mover's 40-65 % of
# list, about 60-100 % of a floor, stays well above it; the copy trade's "moving abroad, quick sale" at 10-25 % of the
# floor does not). A listing that also says "used" in words is judged by the used scale (the smaller factor wins)
MOVING_SCALE = Scale("used", 0.6, "used (a moving sale)",
                     "a household's belongings sold before a move: used goods priced to go (classified boards' moving "
                     "sales at about half of list), 0.6 keeps the suspicious line at 30 % of the new floor (precision30)")


# the sections of a marketplace that hold collectibles and antiques, in the markets' languages (the category path's
# words, casefolded): there a year of the last century in the title is the item's own (`_collected_year`)
COLLECTIBLE_SECTIONS = re.compile(
    r"collectibles|collectables|antiques|memorabilia|sammeln|sammlerstücke|antiquitäten|coleccionismo|antigüedades|"
    r"colecionáveis|colecionaveis|antiguidades|collezionismo|antiquariato|verzamelen|antiek|kolekcje|antyki|"
    r"коллекционирование|антиквариат|коллекции|コレクション|アンティーク|收藏|古董|수집|골동품")
_OLD_YEAR = re.compile(r"(?<![0-9.,/:-])19[2-9][0-9](?![0-9/:]|[.,][0-9])")


def _collected_year(listing: Listing, text: ListingText) -> Said | None:
    """A year of the last century in the title of a listing filed among collectibles ("Barbie 1972 Malibu original
    doll", "初代 たまごっち 1997年" under Collectibles): the item's age, read as vintage; elsewhere a bare year says
    nothing (model names, anniversaries, "since 1972")."""
    if not listing.category or COLLECTIBLE_SECTIONS.search(listing.category.casefold()) is None:
        return None
    if (m := _OLD_YEAR.search(text.original, 0, len(text.title))) is None:
        return None
    return _said(text, "vintage", Found(m.start(), m.end(), "a year of the last century, filed among collectibles"))


# ---- short-dated goods by their date (genuine, session 18). A best-before, use-by or expiry label followed by a month
# ("MHD 01/2027", "best before Feb 2027", "exp. 03/27", "THT 02-2027", "caduca 01/2027", "parasta ennen 01/2027",
# "годен до 02.2027", "賞味期限 2027.01", "유통기한 2027.02", "EXP 2027-01") that falls within SHORT_DATED_MONTHS after the
# listing's own date (observed_at), or at most PAST_DATE_MONTHS before it, says the goods are short-dated (SCALES
# "short_dated"); a later date is a shelf life like any other, a bare year says nothing. Source: the date labels printed
# on packs in the markets' languages (EU Regulation 1169/2011's "best before" / "use by" in its translations, US
# "EXP", Japan's 賞味期限 / 消費期限, Korea's 유통기한 / 소비기한, China's 保质期 / 有效期), general knowledge.
SHORT_DATED_MONTHS = 6
PAST_DATE_MONTHS = 2
_DATE_LABELS = (
    r"best before(?: end)?|bbe|bbd|bb|exp\.?|expiry(?: date)?|expires|expiring|expiration(?: date)?|"
    r"mhd|haltbar bis|mindestens haltbar bis|ablaufdatum|dlc|dluo|ddm|date de péremption|péremption|"
    r"à consommer de préférence avant|cad\.?|caduca|caducidad|consumir antes de|consumo preferente|vence|vencimiento|"
    r"scadenza|scad\.?|da consumarsi entro|validade|val\.?|venc\.?|vencimento|tht|houdbaar tot|ten minste houdbaar tot|"
    r"data ważności|ważne do|najlepiej spożyć przed|spotřebujte do|minimální trvanlivost do|datum spotřeby|bäst före|"
    r"best före|bedst før|best før|parasta ennen|käytettävä ennen|expiră|expira|data expirării|lejárat|minőségét megőrzi|"
    r"skt|son kullanma tarihi|son kullanma|ed|hsd|hạn sử dụng|hạn dùng|срок годности до|срок годности|годен до|"
    r"придатний до|ημερομηνία λήξης|λήξη|בתוקף עד|תוקף|تاريخ الانتهاء|انتهاء الصلاحية|الصلاحية|賞味期限|消費期限|"
    r"使用期限|有効期限|有效期至|有效期|保质期至|保質期至|到期|유통기한|소비기한|사용기한|วันหมดอายุ|หมดอายุ|bb:|exp:")
_MONTHS = {m: i + 1 for i, names in enumerate((
    "jan janv janeiro ene enero gen gennaio januar janvier januari stycz leden tammi ian", "feb febr fev févr fevereiro febrero febbraio februar février februari luty únor helmi",
    "mar mär mrz mars marzo março maart marz marca březen maalis", "apr abr avr aprile april avril abril kwiec duben huhti",
    "may mai mag maggio mayo maio mei maj květen touko", "jun juin giu giugno junio junho juni czerw červen kesä",
    "jul juil lug luglio julio julho juli lip červenec heinä", "aug ago août agosto augustus sierp srpen elo",
    "sep sept set settembre septiembre setembro september septembre wrzes září syys",
    "oct okt ott out octobre ottobre octubre outubro oktober paźdz říjen loka", "nov novembre noviembre novembro november listop listopad marras",
    "dec dez dic déc décembre dicembre diciembre dezembro december dezember grudz prosinec joulu"))
    for m in names.split()}
_DATE_AFTER = re.compile(
    r"[\s:.\-–/()]*(?:until|bis|avant|antes|entro|tot|do|до|before|fino al|:)?[\s:.]*"
    r"(?:(?P<m1>0?[1-9]|1[0-2])[./\-](?P<y1>20\d\d|\d\d)(?![\d./])"
    r"|(?P<d2>[0-3]?\d)[./\-](?P<m2>0?[1-9]|1[0-2])[./\-](?P<y2>20\d\d|\d\d)(?![\d])"
    r"|(?P<y3>20\d\d)\s?[./\-年]\s?(?P<m3>0?[1-9]|1[0-2])(?!\d)"
    r"|(?:[0-3]?\d\.?\s)?(?P<mn>[a-zà-ÿčěřšžł]{3,9})\.?\s(?P<y4>20\d\d|'?\d\d)(?!\d))", re.IGNORECASE)
_DATE_LABEL = re.compile(r"(?<![a-zà-ÿа-яё])(?:" + _DATE_LABELS + r")(?![a-zà-ÿ])", re.IGNORECASE)


def _label_gate() -> tuple[frozenset[str], tuple[str, ...]]:
    """The gate of _short_date: each label's longest word as the latin view reads it, and the labels of scripts the
    latin view does not read (CJK, Hangul, Thai, Arabic, Hebrew) as substrings."""
    words, wide = set(), []
    for label in _DATE_LABELS.split("|"):
        label = re.sub(r"\\\.\?|\(\?:[^)]*\)\?|\\|\?|:", "", label).strip()
        found = re.findall(r"[a-z0-9]+", latin_text(label))
        if found and not any(is_wide(c) or "\u0590" <= c <= "\u06ff" or "\u0e00" <= c <= "\u0e7f" for c in label):
            words.add(max(found, key=len))  # its longest word: "before" of "best before", not "a" of "à consommer"
        elif label:
            wide.append(label)
    return frozenset(words), tuple(wide)


_LABEL_WORDS, _LABEL_WIDE = _label_gate()


def _short_date(listing: Listing, text: ListingText) -> Said | None:
    """A best-before or expiry date within SHORT_DATED_MONTHS of the listing's date (see above), else None."""
    original = text.original
    if text.latin_words.isdisjoint(_LABEL_WORDS) and (text.is_ascii or not any(w in original for w in _LABEL_WIDE)):
        return None  # no label's word: most listings (a set test, and a few substring tests for other scripts)
    if not any(ch.isdigit() for ch in original):
        return None
    seen = listing.observed_at
    now = seen.year * 12 + seen.month
    for label in _DATE_LABEL.finditer(original):
        m = _DATE_AFTER.match(original, label.end())
        if m is None or m.end() - label.end() > 24:
            continue
        if m["y1"]:
            year, month = m["y1"], int(m["m1"])
        elif m["y2"]:
            year, month = m["y2"], int(m["m2"])
        elif m["y3"]:
            year, month = m["y3"], int(m["m3"])
        else:
            month = _MONTHS.get(m["mn"].casefold()) or _MONTHS.get(m["mn"].casefold()[:3])
            if month is None:
                continue
            year = m["y4"].lstrip("'")
        y = int(year) + (2000 if len(year) == 2 else 0)
        if -PAST_DATE_MONTHS <= y * 12 + month - now <= SHORT_DATED_MONTHS:
            return _said(text, "short_dated", Found(label.start(), m.end(), "a best-before or expiry date near the listing's"))
    return None


# the copy trade's "factory outlet" and "outlet price" and the electrician's outlet are no outlet store (genuine,
# session 18)
_NOT_OUTLET_BEFORE = re.compile(r"(?:factory|direct|power|wall|electrical|electric|usb|ac|smart|air|vent|gas|water|"
                                r"drain|media|news|retail|sales)[\s-]*$")
# a third party calling its shop the brand's official outlet or store impersonates it (official, offiziell, oficial,
# officiel, ufficiale, oficjalny, официальный, 官方, 公式, 공식)
_OFFICIAL = re.compile(r"(?<![a-z])(?:official|offiziell\w*|oficial\w*|officiel\w*|ufficial\w*|oficjaln\w*|"
                       r"officieel\w*|officiell\w*|официальн\w*|resmi)(?![a-z])|官方|官网|公式|공식", re.IGNORECASE)
_NOT_OUTLET_AFTER = re.compile(r"^[\s-]*(?:price|prices|preis|preise|prix|precio|precios|prezzo|prezzi|preço|cover|covers|"
                               r"plug|plugs|adapter|adaptor|extender|box|strip|timer|socket|valve|pipe|hose)(?![a-z])")


_HANDLE_AFTER = re.compile(r"[_@/]|\.\w")


def _outlet_store(folded: str, f: Found) -> bool:
    """Whether an outlet word names a store (SCALES "outlet"), not the copy trade's or an electrician's outlet, nor a
    third party's 'official' outlet."""
    if f.term not in COUNTER_STOCK and _OFFICIAL.search(folded):
        return False  # (counter stock names no store, so no third party's "official" one: "official size 7" is a ball's)
    if f.start > 0 and folded[f.start - 1] in "._@/" or _HANDLE_AFTER.match(folded, f.end):
        return False  # a word of a handle, a domain or a link ("IG: sony.outlet.ph"), no store the goods came from
    if not f.term.isascii() or f.term.casefold() not in ("outlet", "outlet store", "outlet mall", "outlet centre",
                                                          "outlet center", "outlet village"):
        return True
    before, after = latin_text(folded[max(0, f.start - 16):f.start]), latin_text(folded[f.end:f.end + 12])
    return _NOT_OUTLET_BEFORE.search(before) is None and _NOT_OUTLET_AFTER.match(after) is None


# (honest50, issue 9) a pawnbroker's or a retailer's papers beside its sale (HONEST_CHANNELS), besides the retail
# standing of retail.retail_standing: a licence, an appraiser's check, a certificate, a Dutch invoice or factory warranty
_CHANNEL_PAPERS = re.compile(
    r"(?<![a-z])(?:licen[cs]ed|licen[cs]e|appraiser|appraised|certificate|certified|checked by our|factuur|"
    r"fabrieksgarantie|tasador|tasada|tasado|certificado|certificat|zertifikat|gutachten|geprüft|periziato|perizia|"
    r"certificato|avaliado|avaliador|lisansli|ekspertiz|rzeczoznawca|certyfikat|licencjonowany)(?![a-z])")
_CHANNEL_PAPERS_WIDE = re.compile(r"鉴定|鑑定|证书|證書|許可|감정|лиценз|оценщик|сертификат")


def channel_papers(text: ListingText) -> str | None:
    """The first word of a pawnbroker's or retailer's papers the listing states (_CHANNEL_PAPERS), not denied just
    before ("no papers", "without certificate"), else None. Pure."""
    folded = text.original.casefold()
    for pattern in (_CHANNEL_PAPERS, _CHANNEL_PAPERS_WIDE):
        for m in pattern.finditer(folded):
            if not _negated(folded, m.start()):
                return m.group(0)
    return None


def _said(text: ListingText, kind: str, f: Found) -> Said:
    field, start, end, matched = text.locate(f.start, f.end)
    return Said(kind, f.term, field, start, end, matched)


# (evade36) one lettered option of a multiple-choice question ("is it A) from the boutique, B) a grey import, C) a mirror
# copy, or D) stolen?"): a quiz's or a poll's alternative, no condition the seller states; only where three options or
# more are lettered in the text (outsider32's c_quiz_show32)
_OPTION_BEFORE = re.compile(r"(?:^|[\s,;:(\[])[a-d]\)\s*(?:an?\s+|the\s+)?$")
_OPTIONS = re.compile(r"(?:^|[\s,;:(\[])([a-d])\)\s")


def _an_option(folded: str, start: int) -> bool:
    return (_OPTION_BEFORE.search(folded[max(0, start - 10):start]) is not None
            and len({m.group(1) for m in _OPTIONS.finditer(folded)}) >= 3)


def _negated(folded: str, start: int) -> bool:
    before = folded[max(0, start - 16):start]
    return bool(_NEGATED.search(latin_text(before))) or before.rstrip().endswith(_NEGATED_WIDE)


def _verb(latin: str, start: int, end: int, in_title: bool = False) -> bool:
    if _USED_VERB_BEFORE.search(latin[max(0, start - 14):start]):
        return True
    if _PAST_USE.match(latin, end) is not None:
        return False  # (gifted33) "used in my radio shack", "used for two seasons": the seller's own use, a condition
    if (in_title and _TITLE_USED_FOR.match(latin, end) is not None
            and _TITLE_AFTER_BREAK.search(latin[max(0, start - 4):start])):
        return False  # (gifted33) a title's "…, used for contests": the goods' state, after a break of the title
    return bool(_USED_VERB_AFTER.match(latin[end:end + 16]))


# (gifted33, issue 9) "used" naming the seller's own past use, not what the goods are for: beside the seller's place or
# people ("used in my radio shack", "used at our home", "used by my son", "used on my boat") or a stated time ("used for
# two seasons", "used for 3 months", "used over a year"). "Can be used in my car" stays a verb (_USED_VERB_BEFORE). In
# a title, "used for <something>" right after a break of the title (", used for contests", "– used for one tour") is
# the goods' state too (a title names the goods, not their purpose). Source: how private sellers word it (general
# knowledge), no held-out listing.
_PAST_USE = re.compile(
    r"\s+(?:(?:in|at|on|by|around|inside)\s+(?:my|our|the family'?s?|my own|our own|his|her)(?![a-z0-9])|"
    r"(?:for|over|during)\s+(?:about\s+|around\s+|approx\.?\s+|roughly\s+|nearly\s+|just\s+|only\s+|under\s+|"
    r"less than\s+|the (?:last|past)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|"
    r"couple of|several|half a|\d{1,2})\s+(?:days?|weeks?|months?|years?|yrs?|seasons?|summers?|winters?|terms?|"
    r"semesters?|contests?|events?|gigs?|tours?|trips?|shows?|sessions?|holidays?)(?![a-z0-9]))")
_TITLE_USED_FOR = re.compile(r"\s+for\s+[a-z]")
_TITLE_AFTER_BREAK = re.compile(r"(?:[,;:(|/]|\s[-–—])\s*$")


# (genuine23, issue 9) genuine goods a previous owner had engraved, monogrammed or hot-stamped, sold cheaper for it
# ("caseback engraved 'For 25 years service'", "monogrammed initials, hence the price", "Gravur auf dem Boden",
# "initiales gravées", 刻印あり, 각인 있음): SCALES "personalised". The personalisation must be the item's own state,
# not an offer: a listing that offers to personalise ("engraved with your name", "custom engraving", "free engraving",
# "any initials", "on request", "personalizado con tu nombre": `_OFFERED`) is a shop's or a copy seller's pitch on new
# goods (outsider14's c_personalised_engraving_cheap) and is not read; nor is the brand's own marking engraved on the
# goods ("engraved logo", "laser-engraved serial", "engraved crown and rehaut": `_BRAND_MARKING`), which the copy
# trade advertises. A bare "personalised"/"monogram" is no personalisation ("Monogram" is a Louis Vuitton canvas).
# Source: how private sellers and pre-owned dealers word engraved and monogrammed goods in the markets' languages
# (eBay, Chrono24, Vestiaire, Kleinanzeigen, leboncoin, Wallapop, Mercari/メルカリ, 당근; general knowledge), no
# held-out listing's string.
_PERSONALISED = re.compile(
    r"(?<![\w-])(?:engrav(?:ed|ing|ings)|monogram(?:m)?ed|hot[- ]?stamp(?:ed|ing)|inscribed|inscription|"
    r"graviert\w*|gravur(?:en)?|grav[ée]e?s?|gravure|gravad[oa]s?|grava[çc][ãa]o|grabad[oa]s?|grabaci[óo]n|"
    r"incis[oa]|incisione|gegraveerd|gravering|graverad|graveret|grawer\w*|gravírovan\w*|гравировк\w*|"
    r"выгравирован\w*)(?![\w-])|刻印|刻字|名入れ|名前入り|각인|イニシャル入り|イニシャル刻印", re.IGNORECASE)
# an offer to personalise, anywhere in the listing, or a variant menu ("plain or with engraving", "logo optional"): the
# goods are not yet anyone's
_OFFERED = re.compile(
    r"(?<![\w])(?:your|yours|custom|customi[sz](?:ed|able|ation)|any (?:name|text|initials|word|date)|free|"
    r"available|on request|upon request|can be|of (?:your )?choice|optional|options?|plain or|with or without|"
    r"sin o con|con o sin|mit oder ohne|avec ou sans|we (?:engrave|personali[sz]e|monogram)|"
    r"add (?:a |your )?(?:name|initials|engraving)|ihre[mn]?|deine[mn]?|wunsch\w*|gratis|gratuit\w*|votre|vos|"
    r"personnalisable|sur demande|tu nombre|a elecci[óo]n|personalizable|su richiesta|o seu nome|"
    r"お好きな|ご希望|원하는)(?![\w])", re.IGNORECASE)
# the brand's own marking engraved on the goods (a copy's selling point), within a few words of the engraving word
_BRAND_MARKING = re.compile(
    r"(?:logos?|serials?|serial numbers?|crown|coronet|rehaut|brand|branding|marks?|hallmarks?|trademark|"
    r"model|reference|ref|numbers?|lettering|letters|engravings? (?:correct|perfect|accurate))\b", re.IGNORECASE)
_LASER = re.compile(r"laser[- ]?$", re.IGNORECASE)
# the stems _PERSONALISED needs, in the listing's latin reading (lower case), and its wide words
_PERSONAL_STEMS = ("engrav", "monogram", "stamp", "inscri", "grav", "grab", "incis", "grawer")
_PERSONAL_WIDE = ("刻印", "刻字", "名入れ", "名前入り", "각인", "イニシャル", "гравир", "Гравир")
# what makes an engraving word a personalisation (monogrammed, hot-stamped and initials always are): what is engraved is a
# text in quotes, a name, initials, a date or a dedication, a previous owner is named, the engraving is said to explain
# the price, or it is placed where owners have theirs (the caseback, the back, the inside, the clasp, the case, the lid);
# not the goods' own design ("engraved screws", "engraved bezel", "engraved pattern": the brand's, which a copy names)
_PERSONAL = re.compile(
    r"['\"«»„“”‘’]|(?<![\w])(?:initials?|names?|dates?|dedication|message|monogram\w*|previous|"
    r"first owner|former owner|owner'?s?|hence|why it'?s|priced|caseback|case back|case|back|inside|clasp|lid|buckle|"
    r"plate|reverse|rear|datum|namen?|widmung|vorbesitzer\w*|r[üu]ckseite|initiales?|nom|date|d[ée]dicace|dos|"
    r"propri[ée]taire|iniciales?|nombre|fecha|dedicatoria|due[ñn]o|iniziali|nome|data|dedica|proprietario|retro|"
    r"naam|eigenaar|achterkant|namn|ägare|imi[eę]|inicja[łl]y|w[łl]a[śs]ciciel\w*|имя|инициал\w*|дата|владел\w*|"
    r"прежн\w*)(?![\w])|hot[- ]?stamp|monogram(?:m)?ed|名前|イニシャル|日付|前の持ち主|持ち主|이니셜|이름|날짜|이전 주인|前任|"
    r"名字|日期|名入れ", re.IGNORECASE)  # not 刻印あり / 각인 있음 alone: "stamped: yes", the logo a copy seller shows


def personalised(text: ListingText) -> Said | None:
    """The goods' own engraving, monogram or hot-stamped initials, put there by a previous owner (the comment above),
    else None. Gated by one regular expression over the listing's text (most listings: no match, ~2 µs)."""
    if not any(stem in text.latin for stem in _PERSONAL_STEMS) and (
            text.is_ascii or not any(w in text.original for w in _PERSONAL_WIDE)):
        return None  # the cheap gate: no stem of an engraving word (~0.5 µs)
    original = text.original
    m = _PERSONALISED.search(original)
    if m is None or _OFFERED.search(original):
        return None
    for m in _PERSONALISED.finditer(original):
        before, after = original[max(0, m.start() - 24):m.start()], original[m.end():m.end() + 24]
        if _LASER.search(before) or _BRAND_MARKING.search(after.split(",")[0]) or _BRAND_MARKING.search(
                before.split(",")[-1].split("–")[-1]):
            continue
        if _negated(original.casefold(), m.start()):
            continue  # "no engraving", "not engraved"
        if not _PERSONAL.search(original[max(0, m.start() - 24):m.end() + 30]) and not _PERSONAL.search(
                m.group(0)):
            continue  # "engraved screws", "engraved bezel": the goods' own design
        return _said(text, "personalised", Found(m.start(), m.end(), "personalised by a previous owner"))
    return None


# (genuine23, issue 9) an unused part or code left over from a bundle, a kit or a gift set ("PS5 game code – from the
# console bundle, unused", "Galaxy S24 charger & cable – unused from box", "Airwrap spare attachments – duplicate from gift
# set", "LEGO polybag – free with purchase", "kit lens split from kit"): SCALES "bundle_part". Both must be said: the
# leftover's story (_LEFTOVER) and, in the title, a part or code (_PART) that is not the flagship; the licence-key
# trade's words (key, lifetime, activation) are left out (LICENCE above, and software has no condition: index.py).
# Source: how buyers of bundles resell what came with them (eBay, Kleinanzeigen, Vinted, Mercari; general knowledge),
# no held-out listing's string.
_LEFTOVER = re.compile(
    r"(?<![\w])(?:came (?:free )?with|comes from|free with (?:purchase|my|the|a)|from (?:the |my |a )?(?:\w+ ){0,2}"
    r"(?:bundle|kit|gift set|gift box|box|set|starter set|trade-in kit)|spare from|duplicate from|split from (?:the |a )?kit|"
    r"unused from (?:the )?box|left ?over from|bundle code|included with my|aus (?:dem |einem )?(?:bundle|set|geschenkset)|"
    r"issu d'un (?:pack|coffret)|del pack|de regalo con|incluso nel bundle|バンドル版の|セット品の|번들)(?![\w])", re.IGNORECASE)
_PART = re.compile(
    r"(?<![\w])(?:codes?|download codes?|voucher|subscription card|gift card|dlc|season pass|game pass|chargers?|"
    r"cables?|adapters?|power adapter|plug|carrying case|pouch|attachments?|brush heads?|nozzles?|comb|kit lens|"
    r"polybag|strap|remote|stylus|dock|earbuds|earphones|controller|minifigures?|handle|case|"
    r"code de t[ée]l[ée]chargement|c[óo]digo|ladeger[äa]t|kabel|"
    r"コード|ダウンロード版|충전기|코드)(?![\w])", re.IGNORECASE)
# a copy word anywhere: the leftover's story on a copy ("charger – from the bundle, AAA", "polybag from a set, clone"); and
# (evade36) the factory tale of the copy trade ("leftover from export order", "factory overrun", "cancelled order": the
# cover story of outsider32's c_cover_story32), no bundle's leftover
_COPY_NEAR = re.compile(r"(?<![\w])(?:clon(?:es?)?|cop(?:y|ies)|replicas?|fakes?|1:1|aaa\+?|knock[- ]?offs?|dupes?|reps?|"
                        r"super ?copy|mirror|kopie|copia|r[ée]plica|nachbau|高仿|export orders?|overruns?|"
                        r"cancell?ed (?:export )?orders?|factory (?:surplus|leftovers?|seconds))(?![\w])", re.IGNORECASE)


# (retail27, issue 9) one piece of goods sold as a set or a pair, sold alone because its owner lost or broke the rest
# ("Galaxy Buds – case only", "AirPods Pro 2 – left earbud only", "Air Force 1 – single left shoe", "Fusion5 handle
# only", "nur Ladecase", "écouteur gauche seul", "solo estuche de carga", 左耳单只, 片耳のみ, 케이스 단품): SCALES
# "part_only". Read in the title only, and never beside a copy word (_COPY_NEAR); "<part> only" is not read when the
# part is the goods the listing is filed under ("iPhone case only" among phone cases: the goods themselves).
# Source: how owners and replacement-part sellers title single buds, cases and odd shoes on eBay, Kleinanzeigen,
# Leboncoin, Wallapop, Xianyu, Mercari and Danggeun (general knowledge), no held-out listing's string.
_PIECE = (r"(?:charging case|charge case|case|earbud|ear ?bud|bud|earphone|ear ?piece|airpod|pod|handle|lid|cap|strap|"
          r"band|remote|remote control|charger|cable|dock|charging dock|base|stand|shoe|sneaker|trainer|boot|slide|sandal|"
          r"glove|earring|insoles?|laces|attachment|nozzle|brush head|cover|battery|controller|joy-?con|cushions?|"
          r"ear ?pads?|ear ?tips|unit|side)")
_PAIR_PIECE = r"(?:earbud|ear ?bud|bud|earphone|ear ?piece|airpod|pod|shoe|sneaker|trainer|boot|glove|earring|joy-?con|unit|side)"
_PART_ONLY = re.compile(
    rf"(?<![\w])(?:(?P<only>{_PIECE})(?: \(?(?:left|right|l|r)\)?)? only|only (?:the |a |one )?{_PIECE}|"
    r"(?:only )?(?:one|1) of (?:a|the) pair(?: only)?|half (?:of )?(?:a|the) pair|"
    r"(?:un|uno|una) (?:solo |sola )?(?:del|de la) par(?:eja)?|(?:un|une) seule? de la paire|einer von zwei|"
    r"jeden z pary|один из пары|uno della coppia|um do par|"
    rf"(?:single|one|1) (?:(?:left|right) )?{_PAIR_PIECE}|(?:left|right) {_PAIR_PIECE}(?: only)?|"
    rf"replacement (?:(?:left|right) )?(?:earbud|ear ?bud|bud|airpod|pod|case|charging case|earphone|joy-?con)|"
    r"(?:buds?|earbuds|airpods|shoes?) not included|without (?:the )?(?:buds|earbuds|airpods)|"
    r"nur (?:das |die |der |den )?(?:lade ?case|case|ladeschale|ladeetui|griff|deckel|armband|fernbedienung|ladeger[aä]t|"
    r"linke[rns]?|rechte[rns]?)|(?:linke[rns]?|rechte[rns]?|einzelne[rns]?) (?:ohrh[oö]rer|schuh|airpod|kopfh[oö]rer)|"
    r"(?:[ée]couteur|chaussure|basket) (?:gauche|droit|droite)(?: seule?)?|bo[iî]tier (?:de charge )?seul|"
    r"seul(?:ement)? (?:le|la) (?:bo[iî]tier|[ée]couteur|chaussure)|"
    r"solo (?:el |la )?(?:estuche|auricular|caja de carga|mando|zapatilla|zapato|custodia|auricolare|scarpa|cuffia)|"
    r"(?:auricular|zapatilla|zapato|auricolare|scarpa|fone|t[eê]nis) (?:izquierd[oa]|derech[oa]|sinistr[oa]|destr[oa]|"
    r"esquerd[oa]|direit[oa])|s[oó] (?:o )?estojo|estuche de carga solo|custodia di ricarica sola)(?![\w])")
_PART_ONLY_WIDE = ("单只", "一只装", "只有一只", "片方のみ", "한 짝", "左耳", "右耳", "仅充电仓", "只有充电仓", "充电仓单卖", "单耳", "片耳", "左耳のみ", "右耳のみ",
                   "ケースのみ", "充電ケースのみ", "片足", "한쪽", "왼쪽 유닛", "오른쪽 유닛", "케이스 단품", "유닛 단품",
                   "충전 케이스만", "케이스만")


def part_only(title: str, text: ListingText, category: str = "") -> Said | None:
    """One piece of goods sold as a set or a pair, sold alone (the comment above), else None. Pure; most titles fail
    the regex."""
    latin = latin_text(title).lower() if not title.isascii() else title.lower()
    m = _PART_ONLY.search(latin)
    if m is not None and m.group("only") is not None and category and m.group("only").replace(" ", "") in \
            category.casefold().replace(" ", ""):
        return None  # the part is the goods the listing is filed under ("iPhone case only" among phone cases)
    word = m.group(0) if m is not None else next((w for w in _PART_ONLY_WIDE if w in title), None)
    if word is None or _COPY_NEAR.search(text.original) or m is not None and _negated(latin, m.start()):
        return None
    start = text.original.casefold().find(word) if m is None else -1
    if m is not None:  # the title's span in the joined text: the title opens it
        start = m.start() if latin == title.lower() else max(text.original.casefold().find(word), 0)
    return _said(text, "part_only", Found(max(start, 0), max(start, 0) + len(word), "one part or one of a pair"))


# (recall52, issue 9) the codes and cards a bundle leaves over that LICENCE reads as software: a console's download code,
# a subscription card. Their leftover's story (bundle_part) still says where the unit comes from; the licence-key trade's
# own words (key, lifetime, activation, OEM) do not count here.
BUNDLE_CODES = frozenset({"download code", "digital code", "subscription"})


def bundle_code(said: list[Said] | tuple[Said, ...], licence: str) -> Condition:
    """The condition of software goods: none, unless the licence's word is a bundle's code or card (BUNDLE_CODES) that
    a bundle's leftover story (bundle_part) stands beside: then that leftover alone. Pure."""
    left = [s for s in said if s.kind == "bundle_part"]
    return chosen(left) if left and licence in BUNDLE_CODES else NO_CONDITION


def bundle_part(title: str, text: ListingText, category: str = "") -> Said | None:
    """An unused part or code left over from a bundle (the comment above), else None. Pure."""
    m = _LEFTOVER.search(text.original)
    part = _PART.search(title) if m is not None else None
    if part is not None and category and part.group(0).casefold().rstrip("s") in category.casefold():
        return None  # the part is the goods the listing is filed under ("earbuds" among earbuds): the flagship itself
    if m is None or part is None or _negated(text.original.casefold(), m.start()) or _COPY_NEAR.search(
            text.original):
        return None
    return _said(text, "bundle_part", Found(m.start(), m.end(), "a leftover of a bundle"))


# (genuine23, issue 9) a gift-with-purchase mini or a travel edition, as resellers title them ("Gillette Fusion5 travel
# razor", "Listerine 95ml travel x6", "ANR 15ml GWP", "deluxe mini", "regalo por compra", "ノベルティ", "사은품"): SCALES
# "sample", read unless a copy word is in the listing (_COPY_NEAR: "travel razor … clone"). Source: beauty and personal-
# care retail's gift-with-purchase and travel ranges (general knowledge), no held-out listing's string.
_GIFT_MINI = re.compile(
    r"(?<![\w])(?:gift[- ]with[- ]purchase|gwp|deluxe minis?|mini size|trial (?:size|pack)|travel (?:edition|razor|"
    r"bottles?|tubes?|pack|kit|set)|\d{1,3} ?ml travel|regalo por compra|cadeau offert|omaggio|geschenk zum kauf|"
    r"reiseformat)(?![\w])|试用装|非卖品|ノベルティ|사은품", re.IGNORECASE)


def gift_mini(text: ListingText) -> Said | None:
    """A gift-with-purchase mini or travel edition (the comment above), else None. Pure."""
    m = _GIFT_MINI.search(text.original)
    if m is None or _COPY_NEAR.search(text.original) or _negated(text.original.casefold(), m.start()):
        return None
    return _said(text, "sample", Found(m.start(), m.end(), "gift with purchase / travel edition"))


# (honest24, issue 9) genuine goods with a disclosed modification, priced down for it ("Nike Air Force 1 – genuine,
# hand-painted custom", "Datejust – genuine, aftermarket diamond bezel (not Rolex)", "PS5 – genuine, custom shell
# (third-party)", "501 – genuine, cropped and distressed by me", "EOS R6 – genuine, infrared-converted"): SCALES
# "modified". The honest form says the goods are genuine (in the title) and what was changed; "custom" is also a copy
# seller's word ("custom made AAA"), so a copy word anywhere (_COPY_NEAR), an offer to customise to order (_MADE_TO_ORDER:
# "custom made", "any design", "your name") or the brand's own marking put on the goods ("custom logo") is no such
# modification. Source: how sneaker customisers, watch dealers (aftermarket bezels, dials, straps), console modders and
# camera converters word genuine goods they changed (eBay, Chrono24, Grailed, Kleinanzeigen; general knowledge), no
# held-out listing's string.
_GENUINE_CLAIM = re.compile(r"(?<![\w])(?:genuine|authentic|100% (?:original|real)|real|echt|original(?:e|es)?|"
                            r"authentique|aut[ée]ntic[oa]|autentic[oa]|origineel|oryginaln\w*|подлинн\w*|"
                            r"оригинал\w*)(?![\w])|正品|正規品|정품", re.IGNORECASE)
_MODIFIED = re.compile(
    r"(?<![\w])(?:custom(?:i[sz]ed)?|hand[- ]?painted|(?:re-?)?dyed|re-?dye|custom paint(?:ed)?|repainted|painted|"
    r"modded|modified|converted|aftermarket|after-market|third[- ]party|non[- ](?:original|oem|genuine) \w+|shortened|"
    r"cropped|distressed|hemmed|taken off|removed|swapped|replaced|refinished|relaced|resoled|"
    r"retrofitted|fitted with|umgebaut|umlackiert|customis[ée]e?s?|modifi[ée]e?s?|repeint\w*|personalizad[oa]s?|"
    r"modificad[oa]s?|modificat[oa]|カスタム|改造|リペイント|커스텀|개조|改装|定制涂装)(?![\w])", re.IGNORECASE)
_MADE_TO_ORDER = re.compile(
    r"(?<![\w])(?:custom[- ]made|made to order|made-to-order|to order|your (?:name|design|logo|choice)|any (?:design|"
    r"colou?rs?|name|logo)|on request|upon request|we (?:custom\w*|paint|modify|make)|custom (?:logo|print|order)s?|"
    r"logo|logos|badge|badges|nach wunsch|sur demande|a pedido|su richiesta|受注|接单|定做)(?![\w])", re.IGNORECASE)
_MODIFIED_STEMS = ("custom", "paint", "dye", "mod", "convert", "aftermarket", "after market", "third", "non ", "shorten",
                   "crop", "distress", "hemm", "taken off", "remov", "swap", "replac", "refinish", "relac", "resol",
                   "retrofit", "fitted with", "umgebaut", "umlack", "repeint", "personaliz")
_MODIFIED_WIDE = ("カスタム", "改造", "リペイント", "커스텀", "개조", "改装", "定制涂装")


def modified(text: ListingText) -> Said | None:
    """A disclosed modification of goods the title calls genuine (the comment above), else None. The cheap gate: a
    stem of a modification word in the latin view. Pure."""
    if not any(stem in text.latin for stem in _MODIFIED_STEMS) and (
            text.is_ascii or not any(w in text.original for w in _MODIFIED_WIDE)):
        return None
    original = text.original
    if _GENUINE_CLAIM.search(text.title) is None or _COPY_NEAR.search(original) or _MADE_TO_ORDER.search(original):
        return None
    folded = original.casefold()
    for m in _MODIFIED.finditer(original):
        if not _negated(folded, m.start()):
            return _said(text, "modified", Found(m.start(), m.end(), "genuine goods with a disclosed modification"))
    return None


# (honest24, issue 9) genuine goods bought at the brand's own sample, press or archive sale, stamped 'sample' inside
# ("from the official sample sale, 'sample' stamp inside", "archive sale piece", "Sample Sale Kauf", サンプルセール):
# SCALES "sample_sale". Not the replica trade's "factory sample(s)" (a copy factory's pre-production piece), nor a
# listing with a copy word (_COPY_NEAR). Source: how buyers of fashion houses' sample and archive sales resell (eBay,
# Vinted, Vestiaire, Grailed; the sales' own announcements), general knowledge, no held-out listing's string.
_SAMPLE_SALE = re.compile(
    r"(?<![\w])(?:sample[- ]sales?|archive[- ]sales?|press[- ]sales?|showroom[- ]sales?|"
    r"(?:['\"‘’“”]sample['\"‘’“”]|sample)[- ](?:stamp(?:ed)?|punch(?:ed)?|tag|label)|stamped (?:as )?['\"‘’“”]?sample|"
    r"vente presse|vente d'archives|venta de muestras|vendita campionari|campionario)(?![\w])|"
    r"サンプルセール|사원 샘플 ?세일|샘플 ?세일|样品特卖", re.IGNORECASE)
_FACTORY_SAMPLE = re.compile(r"(?<![\w])(?:factory|fabrik|usine|f[áa]brica|工厂|工場)\W{0,3}samples?(?![\w])", re.IGNORECASE)


def sample_sale(text: ListingText) -> Said | None:
    """Goods from the brand's own sample or archive sale (the comment above), else None. The cheap gate: "sample",
    "archive", "press" or "showroom" in the latin view, or a wide term. Pure."""
    latin = text.latin
    if "sample" not in latin and "archive" not in latin and "press" not in latin and "showroom" not in latin and \
            "campionar" not in latin and "muestras" not in latin and (text.is_ascii or not any(
                w in text.original for w in ("サンプル", "샘플", "样品"))):
        return None
    original = text.original
    m = _SAMPLE_SALE.search(original)
    if m is None or _COPY_NEAR.search(original) or _FACTORY_SAMPLE.search(original) or _negated(original.casefold(),
                                                                                                 m.start()):
        return None
    return _said(text, "sample_sale", Found(m.start(), m.end(), "bought at the brand's own sample or archive sale"))


# (genuine34, issue 9) a baby's, toddler's or child's size of the brand's shoes, clothes or nursery textiles, in the
# title ("Air Force 1 Crib baby booties", "Superstar crib shoes", "check baby blanket", "Kinder Sneaker", "chaussures
# bébé", "zapatillas niño", "детские кроссовки", "童鞋", "ベビーシューズ", "아기 신발"): SCALES "child_size". Both a child
# word and a wearable or nursery noun must stand in the title, so "LEGO for kids", "Baby-G", a baby formula or a
# children's book is none; the copy trade's words block the condition's lowering as any (scoring._unexplained). Source:
# the brands' own size ranges (Crib, TD, PS, GS; Baby, Kids, Junior), general knowledge, no held-out listing's string.
_CHILD_WORD = re.compile(
    r"(?<![\w-])(?:bab(?:y|ies)(?!-g)|infants?|toddlers?|newborns?|crib|cot|kids?'?s?|child(?:ren)?'?s?|"
    r"b[ée]b[ée]s?|enfants?|kinder|kleinkind(?:er)?|ni[ñn][oa]s?|infantil(?:es)?|bambin[oaie]|neonat[oaie]|"
    r"crian[çc]as?|beb[êe]s?|dzieci[eę]c[aey]|niemowl[ęe]c[aey]|детск\w*|малыш\w*|младенч\w*|bayi|anak|"
    r"tr[ẻe] em|em b[ée]|bebek|[çc]ocuk|\((?:td|ps|gs)\))(?![\w])|儿童|兒童|童装|童裝|童鞋|婴儿|嬰兒|宝宝|寶寶|"
    r"ベビー|キッズ|子供|子ども|아기|아동|유아|키즈|เด็ก|طفل|أطفال|ילדים|תינוק", re.IGNORECASE)
_CHILD_GOODS = re.compile(
    r"(?<![\w])(?:shoes?|booties|bootie|sneakers?|trainers?|sandals?|boots?|slippers?|blankets?|onesies?|bodysuits?|"
    r"rompers?|jackets?|coats?|parkas?|hoodies?|sweatshirts?|t-shirts?|tees?|shirts?|dress(?:es)?|caps?|hats?|"
    r"beanies?|bibs?|socks|tracksuits?|jerseys?|leggings|pants|trousers|jeans|denim|overalls|dungarees|shorts|"
    r"jumpsuits?|snowsuits?|swaddles?|"
    r"scarf|scarves|gloves|mittens|outfit|clothes|clothing|wear|sweaters?|cardigans?|polo|"
    r"schuhe|sneaker|decke|jacke|chaussures|baskets|couverture|veste|zapat(?:os|illas)|manta|chaqueta|scarpe|"
    r"coperta|giacca|sapatos|t[êe]nis|cobertor|jaqueta|buty|koc|kurtka|кроссовки|обувь|одеяло|куртка|джинсы|sepatu|"
    r"selimut|jaket|gi[àa]y|[áa]o|ayakkab[ıi]|battaniye|ceket)(?![\w])|"
    r"鞋|靴|衣|毯|シューズ|スニーカー|ブランケット|ジャケット|服|신발|운동화|담요|재킷|옷|รองเท้า|ผ้าห่ม|حذاء|بطانية|נעליים|שמיכה",
    re.IGNORECASE)


def child_size(title: str, text: ListingText) -> Said | None:
    """A baby's or child's size of wearable or nursery goods named in the title (the comment above), else None. The
    cheap gate: one regular-expression search of the title for a child word. Pure."""
    if (m := _CHILD_WORD.search(title)) is None or _CHILD_GOODS.search(title) is None:
        return None
    return _said(text, "child_size", Found(m.start(), m.end(), "a baby's or child's size"))


# (privat35, issue 9) a private owner's resale of goods bought at a shop: the private seller's own conventions (the legal
# private-sale disclaimer of the EU's classified boards, a consumer-to-consumer parcel point, the local pickup and
# haggling of North American and Australian boards) beside a proof of purchase that is not denied (a receipt, an
# invoice: Rechnung, Kassenbon, Quittung, facture, factura, fattura, scontrino, paragon, kassabon, účtenka, чек, 發票,
# レシート, 영수증). Such a seller sells what it bought and used, at a second-hand price: read as "used" at
# PRIVATE_SCALE. A private seller's words alone are none (copy sellers write "Privatverkauf, keine Rücknahme" and ship
# by Paczkomat too), and the reading is dropped when the listing calls its goods new in any form or tells a tax-free
# or no-receipt story (_moving_for_new), or has a copy word that is not denied (_COPY_NEAR: "Privatverkauf, 1:1 Replik,
# keine Rücknahme", "OBO, rep, porch pickup"). Source: the private-sale disclaimers private sellers use under the EU Sale
# of Goods Directive 2019/771 (which binds traders only) as worded on Kleinanzeigen, willhaben, ricardo, Marktplaats,
# Leboncoin, OLX.pl, Subito, Wallapop; the boards' parcel-point services (InPost Paczkomat, Mondial Relay, Zásilkovna /
# Packeta, DHL Packstation, СДЭК, Boxberry, 7-ELEVEN 店到店); Facebook Marketplace / Craigslist / Gumtree local-sale
# conventions (OBO, porch pickup, Zelle/Venmo/e-transfer/PayID, "no lowballers"); general knowledge, no held-out
# listing's string.
_PRIVATE_SALE = re.compile(
    r"(?<![\w])(?:"
    # de, at, ch
    r"privatverkauf|privatkauf|privater verkauf|verkauf von privat|von privat|privatperson|privatanbieter|"
    r"keine garantie|keine r[üu]e?cknahme|keine r[üu]e?ckgabe|kein umtausch|keine gew[äa]e?hrleistung|"
    r"ohne gew[äa]e?hrleistung|gew[äa]e?hrleistung ausgeschlossen|unter ausschluss (?:jeglicher|der) gew[äa]e?hrleistung|"
    r"keine sachmangelhaftung|"
    # nl
    r"particuliere verkoop|particulier verkocht|verkoop door particulier|particulier|geen garantie|geen retour\w*|"
    r"niet retour|geen ruil\w*|"
    # fr
    r"vente entre particuliers|vente de particulier|vente par un particulier|particulier [àa] particulier|"
    r"ni repris,? ni [ée]chang[ée]s?|ni reprise,? ni [ée]change|sans garantie|pas de retours?|aucun retour|"
    # pl, cs
    r"sprzeda[żz] prywatn[ay]|osoba prywatna|od osoby prywatnej|nie przyjmuj[ęe] zwrot[óo]w|brak zwrot[óo]w|"
    r"bez zwrot[óo]w|bez mo[żz]liwo[śs]ci zwrotu|soukrom[ýy] prodej|bez z[áa]ruky|bez mo[žz]nosti vr[áa]cen[íi]|"
    # it
    r"vendita tra privati|vendita privata|da privato|privato vende|no resi|non si accettano resi|niente resi|"
    r"senza garanzia|nessun reso|"
    # es
    r"venta entre particulares|venta particular|particular vende|de particular|sin devoluci[óo]n(?:es)?|"
    r"no se admiten devoluciones|no acepto devoluciones|sin garant[íi]a|"
    # en
    r"private sale|private seller|sold as is|sold as seen|no returns|no refunds|"
    # consumer-to-consumer parcel points
    r"paczkomat\w*|inpost|orlen paczk\w*|mondial relay|relais colis|point relais|shop2shop|z[áa]silkovn\w*|packeta|"
    r"packstation|dhl paketshop|hermes paketshop|vinted go|boxberry|cdek|сдэк|почтомат\w*|постамат\w*|"
    # local pickup and haggling (US, CA, AU)
    r"obo|or best offer|or near(?:est)? offer|porch pick[- ]?up|local pick[- ]?up|pick[- ]?up only|"
    r"collection only|zelle|venmo|cash ?app|e-?transfer|payid|no low ?ball(?:er)?s|no lowball|"
    # (closet37) the Nordic boards' (Blocket, Tori, Finn, DBA) meeting, pickup and phone-payment conventions: Swish,
    # Vipps, MobilePay (the countries' person-to-person payments), "kan mötas", "kan hämtas", "kan hentes", "afhentes",
    # "noudettavissa", "köparen betalar frakt". Source: the boards' usual wording, general knowledge
    r"swish|vipps|mobile ?pay|kan m[öo]tas|m[öo]tas upp|kan h[äa]mtas|h[äa]mtas i|k[öo]paren (?:betalar|st[åa]r f[öo]r) frakt|"
    r"kan hentes|hentes i|kan afhentes|afhentes i|kj[øo]per betaler frakt|k[øo]ber betaler fragt|noudettavissa|"
    r"inga returer|ingen retur|ingen returrett|ingen returret"
    r")(?![\w])|店到店|超商取貨|超商取货|7-11取貨|全家取貨|面交|ゆうパケット|らくらくメルカリ便|택배거래|직거래", re.IGNORECASE)
_PROOF_OF_PURCHASE = re.compile(
    r"(?<![\w])(?:receipts?|invoices?|proof of purchase|rechnung|kaufbeleg|kassenbon|kassenzettel|quittung|"
    r"factures?|ticket de caisse|preuve d'achat|facturas?|ticket de compra|fatturas?|scontrino|ricevuta|paragon\w*|"
    r"faktur[aąy]|dow[óo]d zakupu|kassabon|aankoopbon|aankoopbewijs|met bon|bon erbij|bon aanwezig|bon fiscal|"
    r"[úu][čc]tenk\w*|doklad o koupi|nota fiscal|cupom fiscal|чек|чеки|чека|чеком|квитанци\w*|fatura\w*|nyugta|sz[áa]mla|kvitto|"
    r"kvittering|risiti|rasit|rasiti)(?![\w])|發票|发票|小票|收據|收据|購買證明|购物凭证|領収書|領収証|レシート|영수증|"
    # (fresh53a) the receipt or shop bill of the South Asian and Ethiopian markets (Hindi रसीद, "बिल के साथ"; Bengali
    # রশিদ/রসিদ; Tamil ரசீது, "பில் உடன்"; Urdu رسید; Amharic ደረሰኝ), read anywhere: a suffix follows ("রশিদসহ")
    r"रसीद|बिल के साथ|बिल सहित|पक्का बिल|রশিদ|রসিদ|ரசீது|பில் உடன்|பில்லுடன்|رسید|ደረሰኝ", re.IGNORECASE)
_NO_PROOF = re.compile(r"(?:^|[^\w])(?:no|without|not|ohne|kein\w*|sans|pas de|sin|senza|bez|brak|без|нет|geen|"
                       r"utan|inget|ingen|ej|uden|ikke|uten)"
                       r"(?:\W+\w+){0,2}\W*$|(?:无|沒有|没有|無|不附|没|沒)\W*$", re.IGNORECASE)
# the cheap gate: a stem of every _PROOF_OF_PURCHASE word, tested as substrings of the casefolded text
_PROOF_STEMS = ("receipt", "invoice", "proof of purchase", "rechnung", "kaufbeleg", "kassen", "quittung", "factur",
                "ticket de", "preuve", "fattur", "scontrino", "ricevuta", "paragon", "faktur", "zakupu", "bon", "aankoop",
                "čtenk", "ctenk", "doklad", "fiscal", "чек", "квитанц", "fatura", "nyugta", "szaml", "száml", "kvitt",
                "發票", "发票", "小票", "收據", "收据", "購買證明", "购物凭证", "領収", "レシート", "영수증", "risiti", "rasit",
                "रसीद", "बिल", "রশিদ", "রসিদ", "ரசீது", "பில்", "رسید", "ደረሰኝ")
_CLAUSE = re.compile(r"[,;.!?()\[\]|\n，。；！？、]")
PRIVATE_SCALE = Scale("used", 0.7, "used (a private owner's resale with a proof of purchase)",
                      "a private owner reselling goods bought at a shop (a receipt or invoice beside the private seller's "
                      "disclaimer, parcel point or local pickup) sells them second hand, typically at 40-85 % of a floor; "
                      "0.7 keeps the suspicious line at 35 % of the new floor, where the copy trade's prices sit (privat35)")


def _copy_said(original: str, folded: str, words: re.Pattern[str] | None = None) -> bool:
    """A copy word near the goods (_COPY_NEAR, and `words` when given: _COPY_NEAR_MORE's other languages) that is not
    denied: no owner's resale of genuine goods is read then."""
    return any(not _negated(folded, m.start()) for pattern in (_COPY_NEAR, words) if pattern is not None
               for m in pattern.finditer(original))


def _used_at(text: ListingText, found: Found, scale: Scale) -> Said:
    """The goods read as "used" at `scale` (an owner's resale: PRIVATE_SCALE, TRAVEL_SCALE, RESALE_SCALE)."""
    return dataclasses.replace(_said(text, "used", found), scale=scale)


def private_resale(text: ListingText) -> Said | None:
    """A private owner's resale with a proof of purchase (the comment above), else None. The cheap gate: a private
    seller's word (_PRIVATE_SALE) and a proof of purchase (_PROOF_OF_PURCHASE) both found. Pure."""
    original = text.original
    folded = original.casefold()
    if not any(stem in folded for stem in _PROOF_STEMS):
        return None
    sale = _PRIVATE_SALE.search(original)
    if sale is None:
        return None
    proof = next((m for m in _PROOF_OF_PURCHASE.finditer(original)
                  if _NO_PROOF.search(_CLAUSE.split(original[max(0, m.start() - 24):m.start()])[-1]) is None), None)
    if proof is None:
        return None
    if _copy_said(original, folded, _COPY_NEAR_MORE):
        return None
    # the private seller's new goods ("neu und originalverpackt, Privatverkauf") are judged as new; the words read
    # with the parcel points and payment names taken out ("Nova Poshta", "ono" are no claims of new goods)
    rest = _PRIVATE_SALE.sub(" ", original)
    if _NEW_WORD.search(latin_text(rest)) is not None or any(w in rest.casefold() for w in _NEW_WIDE):
        return None
    return _used_at(text, Found(sale.start(), sale.end(), "a private owner's resale"), PRIVATE_SCALE)


# (reason39, issue 9) genuine goods whose owner answers the question of authenticity with the shop's proof of purchase
# ("Original? Yes – receipt in the photos", "100% authentic, NOT a replica: original receipt from the authorised
# dealer", "Original? Sim, nota fiscal nas fotos", "Original? Ja, Rechnung vom Fachhändler", "正品 有小票"): the owner
# resells what it bought, read as "used" at PROVEN_SCALE. Not read when the proof is denied ("no receipt"), beside a
# copy word that is not denied (_copy_said: "NOT a replica" is denied, "receipt copy, AAA" is not), nor when the listing
# calls its goods new or tells a tax-free or no-receipt story (_owner_new), nor beside the trade's grade talk or
# cheapness (_PROVEN_TRADE_TALK: "100% genuine, top quality, receipt included"); a price below the scale's line stays a
# copy's. Source: how private sellers answer "is it real?" on Vinted, eBay, OLX, Wallapop, Kleinanzeigen, Xianyu and
# Mercari (general knowledge); no held-out listing's string.
# the claim of authenticity the proof answers: not a bare "Original" (a product's name: Levi's "501 Original", adidas
# Originals), but "original?" answered, "100% original", or genuine, authentic, echt ... in the markets' languages
_PROVEN_CLAIM = re.compile(r"(?<![\w])(?:genuine|authentic|authenticated|legit|100\s?% orig\w*|"
                           r"orig[ií]nal[eai]?\s?\?|orijinal mi\s?\?|ori\s?\?|oryginał\s?\?|echt\s?\?|echte[nrs]?|echt|authentique|aut[ée]ntic[oa]|autentic[oa]|genuin[oa]|oryginaln\w*|"
                           r"oryginał|подлинн\w*|оригинал\s?\?|orijinal|asli|chính hãng|original kabisa|halisi|"
                           r"na asali|na original)(?![\w])|正品|本物|正規品|정품|"
                           # (fresh53a) "original" in the scripts of the markets whose receipts _PROOF_OF_PURCHASE reads
                           r"असली|ओरिजिनल|অরিজিনাল|আসল|ஒரிஜினல்|அசல்|اصلی|اوریجنل|ኦሪጅናል|"
                           # (resale55) Persian اصل ("original", as Divar and Sheypoor sellers write it), not denied
                           r"(?<![\w])اصل(?![\w])(?!\s*(?:نیست|نمی|نبود))",
                           re.IGNORECASE)


def genuine_claim(original: str) -> str | None:
    """(resale55) The listing's claim of genuine goods (_PROVEN_CLAIM: "genuine", "authentic", "100% original", اصل,
    正品; not a bare "Original", a product's name), when no copy word stands beside it undenied (_copy_said), else
    None. Pure; index._unpriced_provenance reads it for a listing whose price is not judged."""
    claim = _PROVEN_CLAIM.search(original)
    if claim is None or _copy_said(original, original.casefold(), _COPY_NEAR_MORE):
        return None
    return claim.group(0)


# the copy trade's grade talk and cheapness beside the claim: no owner's answer (retail.py's COPY_TRADE_TALK, in short)
_PROVEN_TRADE_TALK = re.compile(r"(?<![\w])(?:(?:top|high|best|premium|highest|aaa|mirror) (?:quality|grade)|quality|"
                                r"qualit[äàéy]t?|calidad|qualidade|jako[śs][ćc]|качеств\w*|kalite\w*|kualitas|"
                                r"ch[ấa]t l[ượ]+ng|cheap\w*|billig\w*|barat\w*|pas cher|economic\w*|tani\w*|"
                                r"дешев\w*|ucuz\w*|murah\w*)(?![\w])|品质|品質|质量|質量|품질|便宜|安い|싸게", re.IGNORECASE)
# the proof sold as an add-on ("with box, dust bag & receipt: +43 EUR"): the copy trade's paid packaging, no answer
_PROOF_SOLD = re.compile(r"[^.;\n]{0,12}?(?:\+\s?\d|extra|add-on|aufpreis|suppl[ée]ment|adicional|sovrapprezzo|"
                         r"dop[łl]ata|доплата|加价|加钱|추가금)", re.IGNORECASE)
PROVEN_SCALE = Scale("used", 0.7, "used (resold with the shop's proof of purchase)",
                     "an owner reselling goods it bought, with the shop's receipt or invoice as the answer to 'is it "
                     "real?', sells them second hand, typically at 50-100 % of a floor; 0.7 keeps the suspicious line at "
                     "35 % of the new floor, where the copy trade's prices sit (reason39)")


def _proof(original: str) -> re.Match[str] | None:
    """The first proof of purchase (_PROOF_OF_PURCHASE) not denied in its clause ("no receipt") nor sold as an add-on
    (_PROOF_SOLD), else None. Pure."""
    return next((m for m in _PROOF_OF_PURCHASE.finditer(original)
                 if _NO_PROOF.search(_CLAUSE.split(original[max(0, m.start() - 24):m.start()])[-1]) is None
                 and _PROOF_SOLD.match(original, m.end()) is None), None)


def proven_resale(text: ListingText) -> Said | None:
    """Genuine goods resold with the shop's proof of purchase (the comment above), else None. The cheap gate: a stem of
    a proof-of-purchase word (_PROOF_STEMS) as a substring of the casefolded text. Pure."""
    original = text.original
    folded = original.casefold()
    if not any(stem in folded for stem in _PROOF_STEMS) or _PROVEN_CLAIM.search(original) is None:
        return None
    proof = _proof(original)
    if proof is None or _copy_said(original, folded, _COPY_NEAR_MORE) or _owner_new(text) or \
            _PROVEN_TRADE_TALK.search(original):
        return None
    return _used_at(text, Found(proof.start(), proof.end(), "resold with the shop's proof of purchase"), PROVEN_SCALE)


# (resale55, issue 9) NEW goods resold by their owner with the shop's proof of purchase: "NWT, 100% authentic, receipt
# available", "BNWT, receipt in photos", "unwanted present, still sealed, receipt included", "neu mit Etikett, Rechnung
# vorhanden", "neuf avec étiquette, facture", "全新吊牌 有小票", "新品未使用 タグ付き レシートあり", "새상품 택 있음 영수증":
# the owner bought them new and sells them unused on a resale platform, below the shop's price (resold new-with-tags
# goods go for 55-95 % of their list price on Poshmark, Vinted, eBay and Mercari: the platforms' sold listings, general
# knowledge). proven_resale reads the owner's used goods at PROVEN_SCALE and leaves the new ones (_owner_new) to this
# reader, whose proof makes the price a genuine unit's resale price at stories.GIFT_RECEIPT_FLOOR of the floor or more
# (index.py: GIFT_PRICE, fair_price); below that line the price is judged as any new unit's, and the copy trade's
# "NWT, receipt included" at a copy's price still alerts. The owner answers "is it real?" (_PROVEN_CLAIM: "100%
# authentic", "genuine", 正品, 正規品, 정품; not a bare "original"): a shop's "sealed with receipt, free shipping, hot
# trending" is no owner's resale. Not read when the proof is denied ("no receipt") or sold as an add-on, beside a copy
# word not denied, or beside the trade's grade talk or cheapness (_PROVEN_TRADE_TALK). Source:
# how resellers of unused goods word them on those platforms (NWT/BNWT/NWOT, "tags attached", "mit Etikett", "avec
# étiquette", "con etiqueta", 吊牌, タグ付き, 택 있음), general knowledge; no held-out listing's string.
_RESALE_NEW = re.compile(
    r"(?<![\w])(?:nwt|bnwt|bnib|nib|nwb|new with tags?|new with (?:the )?(?:original )?(?:tags?|box|packaging)|"
    r"brand new with tags?|tags? (?:still )?(?:attached|on)|with (?:the )?tags? (?:still )?(?:attached|on)|"
    r"never worn,? (?:with )?tags?|unworn,? (?:with )?tags?|still sealed|factory sealed|sealed|unopened|never opened|"
    r"unwanted (?:gift|present|christmas present|birthday present)|"
    r"neu mit etikett(?:en)?|neu mit preisschild|ungetragen mit etikett|originalverpackt|neu ovp|"
    r"neuf avec (?:[ée]tiquettes?|bo[iî]te)|jamais port[ée]e? avec [ée]tiquettes?|"
    r"nuevo con etiquetas?|nueva con etiquetas?|nuevo sin usar|precintado|nuovo con (?:etichett[ae]|cartellino)|"
    r"novo com etiquetas?|nov[oa] com etiqueta|lacrado|nieuw met labels?|nowy z metk[aą]|nowa z metk[aą]|"
    r"новый с бирк(?:ой|ами)|новая с бирк(?:ой|ами)|новое с бирк(?:ой|ами)|etiketli s[ıi]f[ıi]r)(?![\w])|"
    r"全新吊牌|全新带吊牌|全新帶吊牌|吊牌在|全新未拆|未拆封|新品未使用|新品未開封|タグ付き|タグ付|未使用品|새상품|택 있음|"
    r"택있음|미개봉", re.IGNORECASE)
_RESALE_NEW_STEMS = ("nwt", "bnwt", "bnib", "nib", "nwb", "new", "tag", "seal", "unopened", "opened", "unwanted", "neu",
                     "originalverpackt", "neuf", "nuev", "precintado", "nuovo", "novo", "nova", "lacrado", "nieuw",
                     "now", "нов", "etiketli", "全新", "吊牌", "未拆", "新品", "タグ", "未使用", "새상품", "택", "미개봉")


def new_resale(title: str, description: str | None) -> str | None:
    """The proof of purchase of new goods resold by their owner (the comment above), else None. The cheap gates: a stem
    of a proof-of-purchase word (_PROOF_STEMS) and of a resale-new word (_RESALE_NEW_STEMS) as substrings of the
    casefolded text. Pure."""
    original = f"{title}\n{description or ''}"
    folded = original.casefold()
    if not any(stem in folded for stem in _PROOF_STEMS) or not any(stem in folded for stem in _RESALE_NEW_STEMS):
        return None
    if _RESALE_NEW.search(original) is None or _PROVEN_CLAIM.search(original) is None:
        return None
    proof = _proof(original)
    if proof is None or _copy_said(original, folded, _COPY_NEAR_MORE) or _PROVEN_TRADE_TALK.search(original):
        return None
    return proof.group(0)


# (privat35, issue 9) French "occasion" standing alone in the title as the goods' condition ("Omega Seamaster occasion
# authentique", "Sac Longchamp occasion, très bon état", "Occasion : iPhone 13"): what leboncoin, Vinted France and
# the French retailers' second-hand sections call used goods (TERMS "used" has only "d'occasion", "en occasion"). Not
# the English "occasion" of gifts and dresses: the word before it is none of _OCCASION_EN_BEFORE ("any occasion",
# "special occasion", "for every occasion") and the word after it none of _OCCASION_EN_AFTER ("occasion dress",
# "occasion wear", "occasion card"). Source: French marketplaces' condition wording, general knowledge.
_OCCASION = re.compile(r"(?<![\w'’])occasion(?![\w])", re.IGNORECASE)
_OCCASION_EN_BEFORE = re.compile(r"(?:^|\W)(?:any|every|each|special|this|that|the|an?|all|formal|party|big|perfect|"
                                 r"other|one|no|for|of|great|memorable|festive|happy|rare|important|such|same|"
                                 r"d|en|une?|cette|grande?|belle|bonne|toute|chaque|pas|sans)\W*$", re.IGNORECASE)
_OCCASION_EN_AFTER = re.compile(r"^\W*(?:dress\w*|wear|gift\w*|cards?|cakes?|shoes?|outfits?|use|sets?|box\w*|bags?|"
                                r"clothing|clothes|suits?|hats?|jewel\w*|to|for|and|or|in|of|de|pour)(?!\w)", re.IGNORECASE)


def occasion_title(title: str, text: ListingText) -> Said | None:
    """French "occasion" alone as the title's condition word (the comment above), else None. The cheap gate: the
    substring "occasion" in the title. Pure."""
    if "ccasion" not in title.casefold():
        return None
    for m in _OCCASION.finditer(title):
        if _OCCASION_EN_BEFORE.search(title[max(0, m.start() - 16):m.start()]) is None and \
                _OCCASION_EN_AFTER.match(title[m.end():m.end() + 16]) is None:
            return _said(text, "used", Found(m.start(), m.end(), "occasion"))
    return None


# (genuine36, issue 9) an owner's own travel gear sold after the trip it was taken on ("After the trip: Canon EOS R6
# (from my packing list) … back home, selling it", "nach dem Urlaub abzugeben", "después del viaje", "после поездки",
# "旅行で使用", "여행 후 판매"): the goods went on a trip with their owner and are sold second hand, read as "used" at
# TRAVEL_SCALE. Not read beside a copy word that is not denied (_COPY_NEAR: the copy trade's packing list ticks "1:1,
# customs never checks"), nor when the listing calls its goods new or tells a tax-free or no-receipt story
# (_moving_for_new), nor when it sells more than its owner's one (_TRAVEL_STOCK: "extras for sale", "bought 5",
# "more to sell": a suitcase trader's stock). Source: how travellers word the resale of gear after a trip on classified
# boards (Kleinanzeigen, Leboncoin, Wallapop, Avito, Mercari, Danggeun, Xianyu), general knowledge; no held-out
# listing's string.
_TRAVEL_PLACE = r"(?:the|my|our|a|one|this|that|last|recent)\s+(?:\w+\s+)?"
_TRAVEL_NOUN = r"(?:trips?|travels?|holidays?|vacations?|journeys?|tours?|hikes?|treks?|expedition|safari|backpacking trip)"
_TRAVEL_RESALE = re.compile(
    r"(?<![\w])(?:"
    rf"after\s+{_TRAVEL_PLACE}{_TRAVEL_NOUN}|back\s+(?:home\s+)?from\s+{_TRAVEL_PLACE}{_TRAVEL_NOUN}|"
    rf"(?:took|taken|used|carried|packed|brought|wore|worn)\s+(?:it\s+|them\s+|this\s+)?(?:once\s+|twice\s+|only\s+)?"
    rf"(?:on|for|during|in)\s+{_TRAVEL_PLACE}{_TRAVEL_NOUN}|"
    r"(?:from|off|on)\s+(?:my|our)\s+packing\s+list|travell?ed\s+with\s+(?:it|them|me)|"
    # de, nl, fr, es, pt, it, pl, cs, sv, da, no, fi, tr, id, ms, vi
    r"nach\s+(?:der|dem|meiner|meinem|unserer|unserem)\s+(?:reise|urlaub|tour|trip)|"
    r"(?:im|auf\s+der|auf\s+meiner)\s+(?:urlaub|reise)\s+(?:benutzt|genutzt|getragen|dabei)|"
    r"na\s+(?:de|onze|mijn)\s+(?:reis|vakantie|trip)|"
    r"apr[èe]s\s+(?:le|mon|notre|les|mes|nos)\s+(?:voyages?|vacances|s[ée]jour|trip)|au\s+retour\s+(?:de|du)\s+(?:mon\s+|notre\s+)?voyage|"
    r"(?:despu[ée]s|tras)\s+(?:del|de\s+mi|de\s+nuestro|de\s+las|de\s+mis)\s+(?:viajes?|vacaciones)|de\s+vuelta\s+(?:del|de\s+mi)\s+viaje|"
    r"usad[oa]s?\s+(?:en|durante)\s+(?:el|un|mi)\s+viaje|"
    r"depois\s+d[ao]s?\s+(?:minha\s+|nossa\s+)?(?:viagem|viagens|f[ée]rias)|usad[oa]s?\s+(?:na|numa|em\s+uma)\s+viagem|"
    r"dopo\s+(?:il|la|le|il\s+mio|la\s+mia)\s+(?:viaggio|vacanza|vacanze)|usat[oaie]\s+in\s+viaggio|"
    r"po\s+(?:podr[óo][żz]y|wakacjach|wyje[żz]dzie|urlopie|cest[ěe]|dovolen[ée])|"
    r"efter\s+(?:resan|semestern|turen|rejsen|ferien)|etter\s+(?:turen|ferien|reisen)|matkan\s+j[äa]lkeen|"
    r"(?:seyahat|tatil)(?:ten|den)\s+sonra|setelah\s+(?:perjalanan|liburan)|selepas\s+(?:percutian|perjalanan)|"
    r"sau\s+chuy[ếe]n\s+(?:đi|du\s+l[ịi]ch)|"
    # ru, uk, el, ja, zh, ko
    r"после\s+(?:поездки|путешествия|отпуска|похода)|брал[аи]?\s+в\s+(?:поездку|отпуск|поход)|"
    r"після\s+(?:подорожі|поїздки|відпустки)|μετά\s+το\s+ταξίδι"
    r")(?![\w])|旅行で使用|旅行で使った|旅行後|旅行帰り|旅行に持って|旅行用过|旅行后|旅游回来|旅行回来|旅行帶過|旅行带过|"
    r"여행\s?후|여행에서\s?사용|여행\s?때\s?사용", re.IGNORECASE)
_TRAVEL_STEMS = ("trip", "travel", "holiday", "vacation", "journey", "tour", "hike", "trek", "expedition", "safari",
                 "packing list", "reise", "urlaub", "reis", "vakantie", "voyage", "vacances", "séjour", "sejour",
                 "viaje", "vacaciones", "viagem", "férias", "ferias", "viaggio", "vacanz", "podróż", "podroz",
                 "wakacj", "wyjeźdz", "wyjezdz", "urlop", "cest", "dovolen", "resan", "semester", "turen", "rejsen",
                 "ferien", "reisen", "matkan", "seyahat", "tatil", "perjalanan", "liburan", "percutian", "chuyến",
                 "chuyen", "поездк", "путешеств", "отпуск", "поход", "подорож", "поїздк", "відпуст", "ταξίδι", "旅行",
                 "旅游", "여행")
_TRAVEL_STOCK = re.compile(r"(?<![\w])(?:extras?|extra ones|more to sell|to resell|for resale|resell\w*|wholesale|bulk|"
                           r"stock|pcs|pieces|units|bought\s+(?:\d+|two|three|four|five|several|a few|many|some)|"
                           r"brought\s+back\s+(?:\d+|several|a few|many|some|more))(?![\w])", re.IGNORECASE)
TRAVEL_SCALE = Scale("used", 0.7, "used (an owner's travel gear sold after the trip)",
                     "goods their owner took on a trip and sells on coming back are second hand, typically at 60-95 % of "
                     "a floor; 0.7 keeps the suspicious line at 35 % of the new floor, where the copy trade's prices sit "
                     "(genuine36)")


# (closet37, issue 9) an owner's wardrobe clear-out ("Closet clean-out: <goods> (authentic)", "clearing out my
# closet", "wardrobe clear-out", "vide dressing", "Kleiderschrank ausmisten", "ich miste aus", "limpieza de armario",
# "desapego", "svuoto l'armadio", "kast opruimen", "czyszczenie szafy", "разбираю шкаф", 断舍离, 清衣柜, 断捨離, 衣替え,
# クローゼット整理, 옷장 정리): a private owner sells the clothes, bags and watches it wore, second hand, read as "used" at
# CLOSET_SCALE by the same reader and the same checks as the travel gear above (owner_resale): not beside a copy word
# that is not denied (_COPY_NEAR, _COPY_NEAR_MORE: "some pieces are legit, this one is a rep"), nor when the listing
# calls its goods new or tells a tax-free or no-receipt story (_moving_for_new), nor when it sells a trader's stock
# (_OWNER_STOCK: "bought 5", "all sizes", "sizes 36-44", "in stock"; not the closet's own "other pieces", "bundle
# 3+ items"). A price below CLOSET_SCALE's line stays a copy's price. Source: how owners word wardrobe clear-outs on
# Vinted, Depop, Poshmark, eBay, Kleinanzeigen, Leboncoin, Wallapop, Enjoei, Avito, Xianyu, Mercari and Danggeun
# (general knowledge); no held-out listing's string.
_CLOSET_RESALE = re.compile(
    r"(?<![\w])(?:"
    r"(?:closet|wardrobe)\s*(?:clean[- ]?out|clear[- ]?out|clean[- ]?up|purge|sale|declutter\w*|edit)|"
    r"(?:clearing|cleaning|clean|clear|emptying|sorting|decluttering|purging)\s+(?:out\s+)?(?:my|our|the)\s+"
    r"(?:closet|wardrobe|closets|wardrobes)|"
    r"vide[- ]dressing|(?:je\s+)?vide\s+mon\s+(?:dressing|armoire|placard)|"
    r"(?:kleider)?schrank\s*ausmisten|ich\s+miste\s+(?:\w+\s+){0,3}aus|kleiderschrank\s*(?:aufl[öo]sung|leeren|entr[üu]mpeln)|"
    r"(?:limpieza|limpiando|vaciando|vac[íi]o)\s+(?:de\s+|mi\s+|el\s+)?(?:armario|cl[óo]set|ropero)|"
    r"desapego|limpando\s+(?:o\s+|meu\s+)?(?:guarda[- ]roupa|arm[áa]rio)|"
    r"svuot(?:o|a|ando)\s+(?:l'|il\s+mio\s+)?armadio|(?:pulizia|sgombero)\s+(?:dell'|dell\s+)?armadio|"
    r"(?:kleding)?kast\s+(?:opruimen|leeg(?:maken)?|uitmesten)|czyszczenie\s+szafy|czyszcz[ęe]\s+szaf[ęe]|porz[ąa]dki\s+w\s+szafie|"
    r"rensar\s+(?:min\s+)?garderob(?:en)?|garderobsrensning|"
    r"разбираю\s+(?:свой\s+)?(?:шкаф|гардероб)|разбор\s+гардероба|расхламлени\w*|чистка\s+гардероба"
    r")(?![\w])|断舍离|斷捨離|清衣柜|清衣櫃|清理衣柜|清理衣櫃|衣柜清理|衣櫃清理|断捨離|衣替え|クローゼット整理|"
    r"クローゼットの整理|옷장\s?정리", re.IGNORECASE)
_CLOSET_STEMS = ("closet", "wardrobe", "dressing", "armoire", "placard", "schrank", "miste", "armario", "clóset",
                 "ropero", "desapego", "guarda", "armadio", "kast", "szaf", "garderob", "шкаф", "гардероб", "расхлам",
                 "断舍离", "斷捨離", "衣柜", "衣櫃", "断捨離", "衣替え", "クローゼット", "옷장")
# copy words _COPY_NEAR does not hold, in the languages the clear-out is worded in (not "kopia", "копия": a copy of the
# receipt)
_COPY_NEAR_MORE = re.compile(r"(?<![\w])(?:r[ée]pliques?|replik[ae]?|реплик\w*|подделк\w*|fejk|namaak|"
                             r"imitaci[óo]n|imitazione)(?![\w])|高仿|精仿|仿品|A货|复刻|復刻|原单|原單|スーパーコピー|コピー品|レプリカ|"
                             r"레플\w*|짝퉁|미러급", re.IGNORECASE)
# a trader's stock, not an owner's one piece: counts bought, sizes on offer, stock words (the closet's "other pieces"
# and "bundle 3+ items" are an owner's)
_OWNER_STOCK = re.compile(r"(?<![\w])(?:extras?|extra ones|more to sell|to resell|for resale|resell\w*|wholesale|bulk|"
                          r"stock|in stock|restock\w*|\d+\s?pcs|bought\s+(?:\d+|two|three|four|five|several|a few|many|some)|"
                          r"all sizes|several sizes|multiple sizes|sizes available|sizes? \d{1,2}\s?[-–~]\s?\d{1,2}|"
                          r"toutes (?:les )?tailles|alle gr[öo](?:ß|ss)en|todas las tallas|tutte le taglie|"
                          r"brought\s+back\s+(?:\d+|several|a few|many|some|more))(?![\w])|各尺码|全尺码|尺码齐全|"
                          r"サイズ各種|全サイズ|사이즈\s?다", re.IGNORECASE)
CLOSET_SCALE = Scale("used", 0.7, "used (an owner's wardrobe clear-out)",
                     "clothes, bags and watches a private owner clears out of its wardrobe are second hand, typically "
                     "at 30-80 % of a floor; 0.7 keeps the suspicious line at 35 % of the new floor, where the copy "
                     "trade's prices sit (closet37)")


def owner_resale(text: ListingText) -> Said | None:
    """An owner's own goods sold second hand: travel gear after the trip or a wardrobe clear-out (the comments above),
    else None. The cheap gate: a travel or closet word's stem (_TRAVEL_STEMS, _CLOSET_STEMS) as a substring of the
    casefolded text. Pure."""
    original = text.original
    folded = original.casefold()
    said = None
    if any(stem in folded for stem in _TRAVEL_STEMS) and (trip := _TRAVEL_RESALE.search(original)) is not None:
        if _TRAVEL_STOCK.search(original) is not None:
            return None
        said = (trip, "an owner's travel gear after the trip", TRAVEL_SCALE)
    elif any(stem in folded for stem in _CLOSET_STEMS) and (closet := _CLOSET_RESALE.search(original)) is not None:
        if _OWNER_STOCK.search(original) is not None or _copy_said(original, folded, _COPY_NEAR_MORE):
            return None
        said = (closet, "an owner's wardrobe clear-out", CLOSET_SCALE)
    if said is None:
        return None
    if _copy_said(original, folded) or _owner_new(text):
        return None
    m, term, scale = said
    return _used_at(text, Found(m.start(), m.end(), term), scale)


# names with "new" in them that call no goods new (Coach New York, New Balance, New Era)
_NEW_IN_NAME = re.compile(r"(?<![a-z0-9])new (?:york|balance|era|zealand|jersey|look|orleans|delhi|england)(?![a-z0-9])")


# (fresh53a) Ethiopic script, whose latin reading spells the Amharic copula ነው ("is") "new"
_ETHIOPIC = re.compile("[\u1200-\u139f\u2d80-\u2ddf]+")


def _owner_new(text: ListingText) -> bool:
    """_moving_for_new, with "new" in a name (_NEW_IN_NAME) not read as a claim of new goods, nor the Amharic ነው."""
    latin = text.latin
    if "new" in latin and not text.is_ascii and _ETHIOPIC.search(text.original) is not None:
        latin = latin_text(_ETHIOPIC.sub(" ", text.original))
    if "new " in latin:
        latin = _BOUGHT_NEW.sub(" ", _NEW_IN_NAME.sub(" ", latin))
    return _NEW_WORD.search(latin) is not None or any(w in text.original.casefold() for w in _NEW_WIDE)


# (genuine36, issue 9) genuine goods priced at the resale market's going rate, the seller's note saying so beside a
# claim of authenticity ("Nuptse 1996 – market price today, authentic", "resale index up 4%, selling mine (genuine)",
# "priced at today's market, authenticated", "StockX price", "aktueller Marktwert, original", "cote actuelle,
# authentique"): the goods are resold, second hand or deadstock, at what the resale market pays, read as "used" at
# RESALE_SCALE. Not a bare "market price", which the copy trade sets against its own ("market price 5000, ours 500"),
# nor beside a copy word that is not denied (_COPY_NEAR), nor without a claim of authenticity (_AUTHENTIC). Source:
# how resellers word listings by StockX, GOAT, KREAM, Chrono24 and WatchCharts prices and market indices, general
# knowledge; no held-out listing's string.
_RESALE_MARKET = re.compile(
    r"(?<![\w])(?:resale (?:index|price|value|market|market price)|(?:today'?s|current|this week'?s) (?:market|"
    r"market price|market value|resale price|resale value)|market (?:price|value) today|priced at (?:the |today'?s )?"
    r"(?:current )?market|(?:stockx|goat|kream|chrono24|watchcharts|restocks|klekt|laced) (?:price|index|value|"
    r"market price|last sale)|aktueller (?:marktpreis|marktwert|wiederverkaufswert)|marktpreis heute|"
    r"wiederverkaufswert|cote actuelle|prix du march[ée] actuel|prix de revente|precio de reventa|precio de mercado "
    r"actual|pre[çc]o de revenda|pre[çc]o de mercado atual|prezzo di rivendita|prezzo di mercato attuale|"
    r"aktualna cena rynkowa|cena odsprzeda[żz]y|текущая рыночная цена|цена перепродажи|g[üu]ncel piyasa fiyat[ıi]|"
    r"actuele marktwaarde|actuele marktprijs)(?![\w])|二手市场价|转卖价|相場価格|現在の相場|リセール価格|리셀가|시세", re.IGNORECASE)
_RESALE_STEMS = ("resale", "market", "stockx", "goat", "kream", "chrono24", "watchcharts", "restocks", "klekt", "laced",
                 "marktpreis", "marktwert", "wiederverkauf", "cote", "prix", "precio", "preço", "preco", "prezzo",
                 "cena", "цена", "piyasa", "marktwaarde", "marktprijs", "二手市场", "转卖", "相場", "リセール", "리셀",
                 "시세")
_AUTHENTIC = re.compile(r"(?<![\w])(?:authentic|authenticated|genuine|legit|100% original|original|echt|"
                        r"authentique|aut[ée]ntic[oa]|genuin[oa]|originale|oryginaln\w*|подлинн\w*|оригинал\w*|"
                        r"orijinal|origineel)(?![\w])|正品|本物|정품", re.IGNORECASE)
RESALE_SCALE = Scale("used", 0.85, "resold at the resale market's price",
                     "genuine goods resold at the resale market's going rate (StockX, GOAT, Chrono24 and their indices) "
                     "trade from about half of list to above it; 0.85 keeps the suspicious line at 42 % of the new floor, "
                     "above the copy trade's third (genuine36)")


def resale_market(text: ListingText) -> Said | None:
    """Genuine goods priced at the resale market's going rate (the comment above), else None. The cheap gate: a stem
    of _RESALE_STEMS as a substring of the casefolded text. Pure."""
    original = text.original
    folded = original.casefold()
    if not any(stem in folded for stem in _RESALE_STEMS):
        return None
    note = _RESALE_MARKET.search(original)
    if note is None or _AUTHENTIC.search(original) is None:
        return None
    if _copy_said(original, folded):
        return None
    return _used_at(text, Found(note.start(), note.end(), "the resale market's price"), RESALE_SCALE)


# (genuine55, issue 9) genuine goods resold with a named third-party authenticator's verdict: "Authenticated by Entrupy
# (certificate attached)", "Real Authentication certificate #RA-20931", "LegitGrails certificate", "CheckCheck verified",
# "eBay Authenticity Guarantee", "Vestiaire Collective expert-checked", "KREAM 검수 완료", "得物鉴定": a check the buyer can
# repeat with the service (a certificate number, the service's own report), given to preloved goods that are worth the
# fee. Read as "used" at AUTHENTICATED_SCALE. Not read when the service is what a copy is said to beat ("passes Entrupy",
# "Entrupy-proof", "LegitGrails ready", "can pass any legit check": _BEATS_CHECK), beside a copy word that is not denied
# (_copy_said), beside the trade's grade talk or cheapness (_PROVEN_TRADE_TALK), nor when the listing calls its goods new
# (_owner_new: judged as new). Source: the authentication services' own names and their certificates' wording
# (Entrupy, Real Authentication, LegitGrails, Legit Check by Ch, CheckCheck, Authenticate First, Bababebi, Lollipuff,
# Certilogo, eBay Authenticity Guarantee, Vestiaire Collective, The RealReal, Fashionphile, Rebag, StockX, GOAT, KREAM,
# 得物/Poizon, AACD 日本流通自主管理協会), general knowledge; no held-out listing's string.
_AUTHENTICATOR = (r"(?:entrupy|real ?authentication|legit ?grails|legit ?check(?: by ch| app)?|check ?check(?: app)?|"
                  r"authenticate ?first|bababebi|lollipuff|certilogo|ebay(?:'s)? authenticity guarantee|"
                  r"authenticity guarantee|vestiaire(?: collective)?(?:'s)?(?: experts?)?|the ?real ?real|fashionphile|"
                  r"rebag|stockx|goat|kream|poizon|dewu|aacd)")
_AUTHENTICATED = re.compile(
    r"(?<![\w])(?:(?:authenticated|authentication|verified|certified|checked|inspected|approved|expert[- ]checked|"
    r"authentifiziert|geprüft|authentifié|authentifiée|vérifié|vérifiée|autenticad[oa]|verificad[oa]|autenticat[oa]|"
    r"verificat[oa]|gecontroleerd|zweryfikowan[aey]|проверен[аоы]?)(?: and \w+)? (?:by|via|through|durch|par|por|da|"
    r"door|przez|через) (?:the )?" + _AUTHENTICATOR + r"|(?:certificate|cert|report)s? (?:from|by|of|von|de|"
    r"di) (?:the )?" + _AUTHENTICATOR + r"|" + _AUTHENTICATOR + r"(?:'s)? (?:authentication |authenticity )?(?:certificates?|"
    r"certs?|certified|verified|authenticated|report|zertifikat|certificat|certificado|certificato|certyfikat|"
    r"сертификат)|" + _AUTHENTICATOR + r" (?:authentication|check) (?:passed|done|complete[d]?|included|attached))"
    r"(?![\w])", re.IGNORECASE)
# a platform's authentication papers in the Chinese, Japanese and Korean trades ("得物鉴定证书", "鑑定済みタグ", "KREAM
# 검수"): tags and cards the copy trade prints too ("附得物鉴定证书" on a copy at a copy's price), read only beside the
# certificate's number, which the platform looks up (_CERT_NUMBER)
_AUTHENTICATED_WIDE = re.compile(r"(?:得物|毒)(?:app)?\s?(?:鉴定|鑑定)|鉴定证书|鑑定書|鑑定済み?|kream ?검수|검수 ?완료|"
                                 r"정품 ?인증서", re.IGNORECASE)
_CERT_NUMBER = re.compile(r"(?:编号|編號|番号|번호|no\.|nr\.|n°|#)\s?[A-Z]{0,3}-?\d{4,}", re.IGNORECASE)
# the service named as what a copy beats: "passes Entrupy", "Entrupy-proof", "LegitGrails ready/level/safe", "fools"
_BEATS_CHECK = re.compile(
    r"(?<![\w])(?:pass(?:es|ed|ing)?|beats?|beating|fools?|fooling|bypass\w*|cheat\w*|survives?|defeats?|"
    r"besteht|passe|pasa|passa)\W+(?:\w+\W+){0,3}?" + _AUTHENTICATOR + r"|" + _AUTHENTICATOR +
    r"[- ]?(?:proof|ready|level|safe|grade|quality|tier|standard|approved quality)(?![\w])|"
    r"(?:pass|passes|passing) (?:any|all|every) (?:legit ?checks?|authentication|authenticators?|checks?)",
    re.IGNORECASE)
AUTHENTICATED_SCALE = Scale("used", 0.6, "used (resold with a third-party authenticator's certificate)",
                            "preloved goods resold with a named authentication service's certificate or verdict: the "
                            "service's fee is paid for goods worth it, and authenticated preloved bags, watches and "
                            "sneakers resell at 40-90 % of list (the resale platforms' and authenticators' price guides: "
                            "Fashionphile, Rebag, The RealReal, Vestiaire Collective); 0.6 keeps the suspicious line at "
                            "30 % of the new floor, where superfakes' prices sit (genuine55)")


def authenticated_resale(text: ListingText) -> Said | None:
    """Genuine goods resold with a named third-party authenticator's certificate or verdict (the comment above), else
    None. The cheap gate: the substrings of the services' verdict words. Pure."""
    original = text.original
    folded = original.casefold()
    if not any(stem in folded for stem in _AUTHENTICATED_STEMS):
        return None
    m = _AUTHENTICATED.search(original)
    if m is None and not text.is_ascii and _CERT_NUMBER.search(original) is not None:
        m = _AUTHENTICATED_WIDE.search(original)
    if m is None or _BEATS_CHECK.search(original) is not None or _copy_said(original, folded, _COPY_NEAR_MORE) \
            or _PROVEN_TRADE_TALK.search(original) or _owner_new(text) or _OWNER_STOCK.search(original):
        return None
    return _used_at(text, Found(m.start(), m.end(), "resold with a third-party authenticator's certificate"),
                    AUTHENTICATED_SCALE)


_AUTHENTICATED_STEMS = ("entrupy", "authentica", "grails", "legit", "checkcheck", "check check", "bababebi", "lollipuff",
                        "certilogo", "vestiaire", "realreal", "real real", "fashionphile", "rebag", "stockx", "goat",
                        "kream", "poizon", "dewu", "aacd", "得物", "毒", "鉴定", "鑑定", "검수", "인증서")


# (genuine55, issue 9) genuine goods sold out of their retail box: a loose figure or minifigure, a built kit, a watch or
# a perfume without its box ("loose, no box", "no packaging", "new without box", "ohne OVP", "sans boîte", "sin caja",
# "箱なし", "本体のみ", "裸装", "박스 없음"): SCALES "unboxed". "Loose" alone only where it says the goods are out of
# their box ("loose, complete", "loose figure", "loose minifigs"), not a loose fit, loose powder, loose tea or loose
# stones. Read only where the seller calls the goods genuine (_GENUINE_CLAIM: "genuine, loose", "Original, ohne OVP",
# 正規品, 箱なし), of goods sold boxed (boxed_goods), and not beside a copy word that is not denied (_copy_said), a
# trader's stock or a count of pieces: the copy trade ships "new, no box" too, at a copy's price. Source: collectors' and marketplaces' condition words (eBay "new without box"/NWOB, BrickLink
# "used/loose", action-figure "loose complete", Kleinanzeigen "ohne OVP", Mercari "箱なし"), general knowledge; no
# held-out listing's string.
_UNBOXED = re.compile(
    r"(?<![\w])(?:no (?:original |retail |outer )?(?:box|boxes|packaging|package)(?! damage| dents?| wear| issues?)|"
    r"without (?:the |its |original |retail )?(?:box|boxes|packaging|package)|(?:box|packaging) not included|"
    r"unboxed|new without box|nwob|ohne (?:ovp|originalverpackung|verpackung|karton|box)|sans (?:boîte|boite|emballage)|"
    r"sin (?:caja|embalaje|empaque)|senza (?:scatola|confezione|box)|sem (?:caixa|embalagem)|zonder (?:doos|verpakking)|"
    r"bez (?:pude[łl]ka|opakowania|kartonu)|без (?:коробки|упаковки)|kutusuz|tanpa (?:box|kotak|dus)|"
    r"loose(?=\s*(?:[,;.)(/–—-]|$|figures?\b|minifig\w*|dolls?\b|complete\b|with\b|and\b|no\b|without\b|"
    r"condition\b|mint\b|item\b|pieces?\b|set\b|in\b)))|"
    r"箱なし|箱無し|本体のみ|无盒|無盒|无包装|無包裝|裸装|裸裝|박스 ?없음|박스 ?없이", re.IGNORECASE)
_UNBOXED_STEMS = ("box", "pack", "nwob", "ovp", "verpack", "karton", "boîte", "boite", "emballage", "caja", "embala",
                  "empaque", "scatola", "confezione", "caixa", "doos", "pude", "opakow", "короб", "упаков", "kutusuz",
                  "kotak", "dus", "loose", "箱", "本体のみ", "无", "無", "裸", "박스")


def unboxed(text: ListingText) -> Said | None:
    """Genuine goods without their retail box (the comment above), else None. The cheap gate: a stem of the words as a
    substring of the casefolded text. Pure."""
    original = text.original
    folded = original.casefold()
    if not any(stem in folded for stem in _UNBOXED_STEMS):
        return None
    m = next((m for m in _UNBOXED.finditer(original)
              if not m.group(0).casefold().startswith(("no ", "without ")) or not _negated(folded, m.start())), None)
    if m is None or (_GENUINE_CLAIM.search(original) or _PROVEN_CLAIM.search(original)) is None \
            or _copy_said(original, folded, _COPY_NEAR_MORE) or _OWNER_STOCK.search(original) or _PIECES.search(original):
        return None  # a trader's stock of unboxed goods ("30 new pieces in stock, no box") is no owner's loose item
    return _said(text, "unboxed", Found(m.start(), m.end(), "without its retail box"))


# goods sold in a retail box that may be sold out of it (the title's or the category's words, latin view): figures, kits,
# toys, games and consoles, electronics, cameras, watches, jewellery, shoes, small appliances and tools; not clothes,
# food, consumables or vehicles, whose "no box" explains nothing
_BOXED_GOODS = re.compile(
    r"(?<![a-z])(?:figures?|figurines?|minifig\w*|dolls?|toys?|kits?|gunpla|gundam|bricks?|lego|games?|"
    r"consoles?|controllers?|gamepads?|cameras?|lens(?:es)?|phones?|smartphones?|tablets?|laptops?|headphones?|earbuds?|"
    r"speakers?|watch(?:es)?|jewel\w*|bracelets?|necklaces?|rings?|earrings?|charms?|pendants?|shoes?|sneakers?|"
    r"trainers?|boots?|sandals?|appliances?|drills?|drivers?|tools?|shavers?|toothbrush\w*|hair ?dryers?|stylers?|"
    r"vacuums?|collectibles?|action figures?|plush\w*|electronics?)(?![a-z])")


def boxed_goods(listing: Listing, text: ListingText) -> bool:
    """Whether the listing's goods are sold in a retail box (_BOXED_GOODS in its category or title). Pure."""
    category = latin_text(category_leaf(listing.category)).lower()
    return _BOXED_GOODS.search(f"{category} {text.latin[:len(text.title)]}") is not None


_PIECES = re.compile(r"(?<![\w.,])\d{1,5}\s+(?:new\s+)?(?:pieces|units|pairs|sets)(?![\w])", re.IGNORECASE)


# (genuine55, issue 9) what a buyer can check of a perfumery's tester, where only a category's floor prices it: the
# batch or lot code stated ("batch code matches", "batch code shown", "Chargennummer", "numéro de lot", "código de
# lote", "批号", "製造番号"), the shop it came from ("from a perfumery", "counter tester", "from the Douglas counter") or
# the retailer's proof (retail.retail_standing, asked by index.py). Beside the copy trade's "factory tester", "A-grade
# tester" (_TRADE_TESTER), a copy word ("tester original 1:1") or grade talk nothing is vouched. Source: how
# perfumeries, discounters and owners word their testers (Notino, FragranceNet, eBay, Vinted, Kleinanzeigen),
# general knowledge; no held-out listing's string.
_TESTER_VOUCHED = re.compile(
    r"(?<![\w])(?:batch (?:code|number|no\.?)|lot (?:code|number|no\.?)|chargen ?(?:nummer|code)|charge ?nr\.?|"
    r"num[ée]ro de lot|code de lot|c[óo]digo de lote|n[úu]mero de lote|codice (?:di )?lotto|numero di lotto|"
    r"partijnummer|numer partii|номер партии|(?:from|of) (?:a|the|our) (?:perfumery|perfumer(?:y|ies)|department store|"
    r"beauty counter|counter)|(?:perfumery|counter|boutique|department store|retail) testers?|aus (?:der|einer) "
    r"parf[üu]merie|de (?:la |une )?parfumerie|de (?:la |una )?perfumer[íi]a|z perfumerii)(?![\w])|批号|批號|製造番号|"
    r"ロット番号|제조번호|专柜(?:小样|试用)|專櫃", re.IGNORECASE)


# the copy trade's testers: a factory's, a grade's ("A-grade tester", "tester version"), beside which no batch code or
# shop vouches for anything
_TRADE_TESTER = re.compile(r"(?<![\w])(?:factory[- ]testers?|oem testers?|tester version|(?:a{1,3}|b)[- ]?grade|"
                           r"grade[- ]?(?:a{1,3}|b)|replica grade|original quality)(?![\w])", re.IGNORECASE)


def vouched_tester(text: ListingText, standing: str | None = None) -> str | None:
    """The words by which a tester's seller lets a buyer check it (the comment above; `standing`: the retailer's proof
    retail.retail_standing read), else None: none beside a copy word that is not denied (_copy_said), the trade's grade
    talk or a factory's tester. Pure."""
    original = text.original
    m = _TESTER_VOUCHED.search(original)
    said = m.group(0) if m is not None else standing
    if said is None or _TRADE_TESTER.search(original) or _PROVEN_TRADE_TALK.search(original) or _copy_said(
            original, original.casefold(), _COPY_NEAR_MORE):
        return None
    return said
