"""The adversary's lore classes (lore24, 2026-12-04): the brand named through what the world knows of it (a product's
codename, its mascot, its launch or sponsored event, its street address, a film or historic moment of its goods)
instead of its name; and the same words where nobody sells the brand's goods.

Written from first principles (how a copy seller who will not write the brand still tells the buyer which brand it is:
the console by the codename the press used before launch, "Scarlett 1TB console"; the brand by its mascot, "Clippy's
office suite"; the watch by the event it times, "Wimbledon timekeeper diver"; the house by its address, "from 1
Infinite Loop"; the shoe by the film it was in, "Back to the Future self-lacers"), not from a held-out set. The
registry's `codenames`, `mascots` (as a nickname: the brand's category with a cue or a copy's price), `events`,
`addresses` and `moments` (as a home town: only beside a cue that claims a copy, a copy's grade AAA or 1:1 among them),
each list with its source beside it in deploy/seed/registry.yaml.

- codename_named / mascot_named: a codename or mascot before or after the goods, in the brand's category with a cue or
  a price far below the floor; the cue in the title or only in the description.
- event_named / address_named / moment_named: an event ("official timekeeper of <event>", "<event> edition"), an address
  ("from <address>", "<address> house") or a moment ("as seen in <moment>", "the <moment> watch") beside the goods, in
  the brand's category with a cue that claims a copy.
- founding_year_named: the founding year in a founding frame ("since 1856", "Est. 1905", "Maison fondée en 1854",
  "seit 1886", "<city> 1905 house") before the goods, in the brand's category with a cue that claims a copy.
- trap_lore_collectible: the mascot's own merchandise at a collector's price with no cue (a vintage figure, a plush, a
  dispenser, an enamel pin), and a codename as an everyday word or a person's name far from the brand's goods ("Scarlett
  girls' party dress", "Revolution: a history of France").
- trap_founding_year_history: the same year and city in a history book, a postcard, a coin or a print; a year that is
  no founding frame among the brand's goods ("Vintage 1964 runners", "1905 pocket watch, antique"); the genuine
  heritage piece "since 1856" at a shop's price with no cue.
- trap_lore_event_place: the event itself (a ticket, a programme, a poster, a volunteer's lanyard), the address as a
  place (an office to let, a hotel nearby, a postcard), the moment as a film or history (a DVD, a poster, a book, a
  coin), and any of them among the brand's goods at a shop's price with no cue.
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, registry_doc

EVASIONS = {
    "codename_named": "a product's internal or press codename instead of the brand (Scarlett, Lockhart, Prospero, NX, "
                      "B698, Q6), in the brand's category with a cue or a copy's price",
    "mascot_named": "the brand's mascot or character instead of the brand (Clippy, Mr. Monopoly, Mametchi, the polar "
                    "bears, Quicky), in the brand's category with a cue or a copy's price",
    "event_named": "the brand's launch event or an event it times or supplies (WWDC, Galaxy Unpacked, State of Play, "
                   "Wimbledon for Rolex, the NFL for Wilson), in the brand's category with a cue that claims a copy",
    "address_named": "the brand's headquarters' or flagship's street address (1 Infinite Loop, Petuelring 130, One "
                     "Bowerman Drive), in the brand's category with a cue that claims a copy",
    "founding_year_named": "the brand's founding year in a founding frame (since 1856, Est. 1905, seit 1886, Geneva 1905 "
                           "house), in the brand's category with a cue that claims a copy",
    "moment_named": "a film, TV or historic moment the brand's goods are known from (Apollo 11, Back to the Future, "
                    "Cast Away), in the brand's category with a cue that claims a copy",
    # lore25: outsider22's c_ad_campaign22, c_sonic_logo22, c_etymology22 named the families; none of its titles is used
    "campaign_named": "a famous advertisement or campaign of the brand ('1984' Super Bowl ad, Get a Mac, Holidays Are "
                      "Coming, the launderette ad), in the brand's category with a cue that claims a copy",
    "sonic_logo_named": "the brand's sonic identity (Over the Horizon, the Mac startup chime, the 'tada' sound), in the "
                        "brand's category with a cue that claims a copy",
    "meaning_named": "what the brand's name means or comes from (goddess of victory, leg godt, little nest, all-gifted), "
                     "in the brand's category with a cue that claims a copy",
    # lore26: outsider23's c_famous_defect23 and c_famous_lawsuit23 named the family; none of its titles is used
    "defect_named": "a famous defect, controversy or lawsuit of the brand's goods (the red ring of death, antennagate, "
                    "the Note 7 fires, sticky pedals, Err 99), often as the copy's freedom from it ('no more ...'), in "
                    "the brand's category with a cue that claims a copy",
    "contract_maker_named": "the brand named by its contract manufacturer (Luxshare, Pegatron, Feng Tay, VS Industry, "
                            "Flextronics) beside a factory-overrun story (extra-run units, line surplus, tail goods, "
                            "尾单), where no other brand of the category declares the maker",
}
TRAPS = {
    "trap_founding_year_history": "the founding year and city in a history book, a postcard or a print, a year in no "
                                  "founding frame among the goods, the genuine heritage piece at a shop's price",
    "trap_lore_collectible": "the mascot's own merchandise at a collector's price with no cue, and a codename as an "
                             "everyday word or a name far from the brand's goods",
    "trap_lore_event_place": "the event's ticket or poster, the address as a place, the moment as a film or a book, or "
                             "any of them among the brand's goods at a shop's price with no cue",
    "trap_ad_sound_memorabilia": "the campaign as an original advert, a poster or a reprint, the sonic identity as sheet "
                                 "music, a cover or a sound pack, and either among the brand's goods at a shop's price "
                                 "with no cue",
    "trap_meaning_senses": "the things a brand is named after, sold for themselves (a goddess's statue, a Danish "
                           "phrasebook, a nest box, a Greek-alphabet print), and the meaning among the brand's goods at a "
                           "shop's price with no cue",
    "trap_defect_repair": "repair kits, services, guides and histories naming the defect, and the genuine goods said to "
                          "be free of it at a shop's price with no cue",
    "trap_contract_maker_own": "a contract manufacturer's job adverts, reports, books and staff goods, the brand's genuine "
                               "goods 'assembled by' the maker at a shop's price with no overrun story, and an overrun "
                               "story beside a maker that several brands of the category share (it names none)",
}

# cues that claim a copy (config.DEFAULT_COPY_CUES and the bare words context/associations.py reads beside a name the
# brand is known by), and a copy's grades, which claim a copy beside an event, address or moment (scoring.COPY_GRADES)
COPY_CUES = ["replica", "super copy", "high copy", "fake", "knockoff", "mirror copy", "copy", "clone", "rep", "1:1",
             "AAA", "top replica", "réplica", "Kopie", "factory copy", "master copy"]
NAMED_FRAMES = {
    "codename": ["{word} {product}", "{product} '{word}'", "{word} edition {product}", "{product} ({word})",
                 "the {word} {product}", "{word} {product}, 1TB"],
    "mascot": ["{word} {product}", "{word}'s {product}", "{product} with {word}", "{word} edition {product}",
               "{product} - {word} design"],
    "event": ["official timekeeper of {word} - {product}", "{word} edition {product}", "{word} official {product}",
              "{product} as launched at {word}", "{word} {product}", "{product}, {word} special"],
    "address": ["from {word} - {product}", "{word} house - {product}", "{product} ({word})", "{word}: {product}",
                "the {word} {product}"],
    "moment": ["{word} {product}", "{product} as seen in {word}", "the {word} {product}", "{product} from {word}",
               "{word} edition {product}"],
    "campaign": ["'{word}' company - {product}", "the '{word}' brand {product}", "{product} of the {word} ad",
                 "{product} from the '{word}' people", "{word} brand {product}"],
    "sonic_logo": ["{product} that plays '{word}'", "{product} with the {word}", "the {word} {product}",
                   "{product} ({word} on boot)", "'{word}' {product}"],
    "defect": ["{product}, no more {word}", "{word}-free {product}", "{product} from the {word} maker",
               "{product} without the {word}", "the {word} brand {product}", "{product} ({word} fixed)"],
    "meaning": ["'{word}' brand {product}", "the {word} company - {product}", "{product} by the brand named '{word}'",
                "{word} brand {product}", "{product} of the '{word}' house"],
}


def _words(b: BrandView, kind: str) -> list[str]:
    return [m.value for m in b.declared(kind) if m.value.isascii()]


def _unmarked(b: BrandView, words: list[str]) -> list[str]:
    """The words with none of the brand's marks inside ("One Microsoft Way" names Microsoft plainly: no trap of these)."""
    marks = [m.value.casefold() for m in b.latin_marks if len(m.value) >= 3]
    return [w for w in words if not any(m in w.casefold() for m in marks)]


def _named(kind: str):
    def make(b: BrandView, s: Scene) -> Draft | None:
        words = _words(b, kind)
        if not words:
            return None
        r = s.rng
        low = kind in ("codename", "mascot") and r.random() < 0.3  # a nickname: a copy's price alone will do
        cat = s.category(with_floor=low)
        named = r.choice(NAMED_FRAMES[kind]).format(word=r.choice(words), product=s.product(cat))
        cue = r.choice(COPY_CUES)
        if low:
            return Draft(_cap(named), cat, s.price(cat, low=True), r.choice(context.DESCRIPTIONS))
        if r.random() < 0.3:
            return Draft(_cap(named), cat, s.price(cat), f"{r.choice(context.DESCRIPTIONS)} {cue}".strip())
        title = f"{_cap(named)} - {cue}" if r.random() < 0.7 else f"{cue} {named}"
        return Draft(title, cat, s.price(cat), r.choice(context.DESCRIPTIONS))
    return make


# the mascot's own merchandise, at a collector's price (title frame, category, USD price)
COLLECTIBLE = [("Vintage {word} figure, 1970s, original paint", "collectibles", 180),
               ("{word} plush toy 30cm, official merchandise", "collectibles", 25),
               ("{word} enamel pin, fan club 1998", "collectibles", 12),
               ("{word} advertising sign, tin, 1960s", "antiques", 240),
               ("{word} costume for adults, size L", "costumes", 45),
               ("{word} keyring, promotional, unused", "collectibles", 9)]
# a codename as an everyday word or a name, far from the brand's goods
EVERYDAY = [("{word} girls' party dress, size 8", "kids clothing", 30), ("{word}: a novel, paperback", "books", 11),
            ("{word} throw pillow 45x45", "home decor", 20), ("Baby name sign '{word}', wooden", "home decor", 18)]
EVENT = [("{word} 2026 ticket, day 3, two seats", "tickets", 240), ("{word} official programme 1998", "collectibles", 15),
         ("{word} poster, framed, 50x70", "art", 60), ("{word} volunteer lanyard and badge", "collectibles", 20),
         ("Hotel near {word}, 2 nights for two", "travel", 320)]
ADDRESS = [("Office space to let at {word}, 120 m²", "real estate", 4200), ("Postcard of {word}, 1990s", "collectibles", 4),
           ("Hotel 5 minutes from {word}, 2 nights", "travel", 280), ("{word} street sign replica, metal, 40x10", "home decor", 25)]
MOMENT = [("{word} DVD, special edition", "movies", 8), ("{word} poster, A2, framed", "art", 35),
          ("{word}: the inside story, hardcover", "books", 22), ("{word} commemorative coin, silver proof", "coins", 60)]


def make_trap_lore_collectible(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    mascots = _unmarked(b, _words(b, "mascot"))
    codenames = _unmarked(b, [w for w in _words(b, "codename") if w.isalpha() and len(w) > 4])
    if not mascots and not codenames:
        return None
    if mascots and (not codenames or r.random() < 0.6):
        frame, cat, amount = r.choice(COLLECTIBLE)
        word = r.choice(mascots)
    else:
        frame, cat, amount = r.choice(EVERYDAY)
        word = r.choice(codenames)
    return Draft(_cap(frame.format(word=word)), cat, (round(amount * r.uniform(0.8, 1.3), 2), "USD"),
                 r.choice(context.DESCRIPTIONS))


def make_trap_lore_event_place(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    kinds = [(k, t) for k, t in (("event", EVENT), ("address", ADDRESS), ("moment", MOMENT)) if _unmarked(b, _words(b, k))]
    if not kinds:
        return None
    kind, table = r.choice(kinds)
    word = r.choice(_unmarked(b, _words(b, kind)))
    if r.random() < 0.25:
        # among the brand's goods at a shop's price, no cue: a gift bought there, the goods said to be of that edition
        cat = s.category()
        title = r.choice(["{product} bought at {word}, with receipt", "{word} {product}, sealed, boxed",
                          "{product} - {word} edition, new"]).format(word=word, product=s.product(cat))
        return Draft(_cap(title), cat, s.price(cat), r.choice(context.DESCRIPTIONS))
    frame, cat, amount = r.choice(table)
    return Draft(_cap(frame.format(word=word)), cat, (round(amount * r.uniform(0.8, 1.3), 2), "USD"),
                 r.choice(context.DESCRIPTIONS))


# founding frames by language ({year}; {town} the brand's registered home town, when it has a Latin one)
FOUNDING_FRAMES = ["since {year}", "Since {year}", "Est. {year}", "EST {year}", "established {year}", "founded in {year}",
                   "seit {year}", "depuis {year}", "desde {year}", "dal {year}", "sinds {year}"]
TOWN_FRAMES = ["{town} {year} house", "{town} {year}", "{year} {town}", "the {town} {year} maison"]


def _year(b: BrandView) -> str | None:
    years = [m.value for m in b.declared("founding_year")]
    return years[0] if years else None


def make_founding_year_named(b: BrandView, s: Scene) -> Draft | None:
    year = _year(b)
    if year is None:
        return None
    r = s.rng
    towns = [t for t in _words(b, "hometown") if t[:1].isupper() and " " not in t]
    frame = r.choice(TOWN_FRAMES) if towns and r.random() < 0.4 else r.choice(FOUNDING_FRAMES)
    named = frame.format(year=year, town=r.choice(towns) if towns else "")
    cat = s.category()
    product = s.product(cat)
    cue = r.choice(COPY_CUES)
    title = r.choice([f"{_cap(named)} - {product}, {cue}", f"{_cap(named)} {product} {cue}", f"{_cap(product)} ({named}) - {cue}"])
    return Draft(title, cat, s.price(cat), r.choice(context.DESCRIPTIONS))


HISTORY = [("{town} {year}: a history, paperback", "books", 15), ("Postcard of {town}, {year} view, reprint", "collectibles", 4),
           ("{year} silver coin, {town} mint", "coins", 80), ("Map of {town}, {year}, framed print", "art", 45),
           ("{town} since {year}: the city archive photos, hardcover", "books", 30)]


def make_trap_founding_year_history(b: BrandView, s: Scene) -> Draft | None:
    year = _year(b)
    if year is None:
        return None
    r = s.rng
    towns = [t for t in _words(b, "hometown") if t[:1].isupper() and " " not in t] or ["London", "Paris", "Chicago"]
    roll = r.random()
    if roll < 0.2:
        cat = s.category()
        title = r.choice(["Vintage {year} {product}", "{product}, {year} model, antique", "{product} circa {year}"])
        return Draft(_cap(title.format(year=year, product=s.product(cat))), cat, s.price(cat), r.choice(context.DESCRIPTIONS))
    if roll < 0.35:
        cat = s.category()
        return Draft(_cap(f"{s.product(cat)}, heritage since {year}, sealed, boxed"), cat, s.price(cat),
                     r.choice(context.DESCRIPTIONS))
    frame, cat, amount = r.choice(HISTORY)
    return Draft(_cap(frame.format(year=year, town=r.choice(towns))), cat, (round(amount * r.uniform(0.8, 1.3), 2), "USD"),
                 r.choice(context.DESCRIPTIONS))


# lore25: the campaign as an original advert or a reprint, the sonic identity as music or a sound pack (title frame,
# category, USD price), the name's source sold for itself
ADVERT = [("'{word}' original magazine advert, 1990s, framed", "collectibles", 45), ("{word} ad poster, A2 reprint", "art", 18),
          ("{word}: the making of the campaign, hardcover", "books", 24), ("{word} shop display card, vintage", "antiques", 90),
          # lore26: an executive's quote or an agency's name as merchandise and books (outsider23's in_exec_quote_merch23)
          ("'{word}' meme T-shirt, unisex, cotton", "t-shirts", 18), ("'{word}' coffee mug 11oz", "mugs", 12),
          ("{word}: the story behind the words, paperback", "books", 15)]
SOUND = [("'{word}' - piano sheet music, intermediate, PDF", "sheet music", 5), ("{word} ringtone remix, MP3 download", "music", 2),
         ("{word} - cover for string quartet, score and parts", "sheet music", 14), ("{word} sound pack for producers, WAV", "software", 9)]
SOURCE = [("'{word}' - a history of the word, paperback", "books", 14), ("{word}: poster print, A3, typographic", "art", 16),
          ("{word} wall art, handmade", "home decor", 35), ("{word} - museum shop statuette, resin 20 cm", "collectibles", 40),
          # lore26: the origin story's goods sold for themselves (outsider23's in_origin_goods23)
          ("{word} - antique original, 1920s, museum replica stand", "antiques", 120), ("The {word} story: company history, hardcover", "books", 28)]


def _unlined(b: BrandView, words: list[str]) -> list[str]:
    """The words with neither a mark nor a product line of the brand inside as a word ("Windows startup sound", "Get a
    Mac" name the brand by the line itself: no trap of these)."""
    import re
    lines = [m.value.casefold() for m in b.declared("line") if len(m.value) >= 3]
    return [w for w in _unmarked(b, words) if not any(re.search(rf"(?<![a-z0-9]){re.escape(x)}(?![a-z0-9])", w.casefold())
                                                      for x in lines)]


def make_trap_ad_sound(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    kinds = [(k, t) for k, t in (("campaign", ADVERT), ("sonic_logo", SOUND)) if _unlined(b, _words(b, k))]
    if not kinds:
        return None
    kind, table = r.choice(kinds)
    word = r.choice(_unlined(b, _words(b, kind)))
    if r.random() < 0.25:  # among the brand's goods at a shop's price, no cue
        cat = s.category()
        title = r.choice(["{product}, sealed, boxed - remember the {word}?", "{product} - new, boxed ({word})"])
        return Draft(_cap(title.format(word=word, product=s.product(cat))), cat, s.price(cat), r.choice(context.DESCRIPTIONS))
    frame, cat, amount = r.choice(table)
    return Draft(_cap(frame.format(word=word)), cat, (round(amount * r.uniform(0.8, 1.3), 2), "USD"),
                 r.choice(context.DESCRIPTIONS))


def make_trap_meaning(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    words = _unlined(b, _words(b, "meaning"))
    if not words:
        return None
    word = r.choice(words)
    if r.random() < 0.25:
        cat = s.category()
        title = r.choice(["{product}, sealed, boxed - the {word} brand", "{product} - new, boxed ({word})"])
        return Draft(_cap(title.format(word=word, product=s.product(cat))), cat, s.price(cat), r.choice(context.DESCRIPTIONS))
    frame, cat, amount = r.choice(SOURCE)
    return Draft(_cap(frame.format(word=word)), cat, (round(amount * r.uniform(0.8, 1.3), 2), "USD"),
                 r.choice(context.DESCRIPTIONS))


# lore25: contract manufacturers. A maker names the brand only when no other brand of the listing's category declares
# it (detectors/makers.py): Pou Chen and Yue Yuen make Nike's, adidas' and Puma's shoes; Foxconn Sony's, Nintendo's and
# Microsoft's consoles (and Apple's goods)
_MAKERS: dict[str, list[tuple[str, frozenset[str]]]] = {}  # maker -> [(brand, its categories)]


def _makers_of(b: BrandView) -> list[str]:
    return [m.value for m in b.declared("contract_maker") if m.value.isascii()]


# categories the matcher reads as one another's (a listing of headphones is among earbuds' goods; a handheld console's
# game or accessory names consoles): a maker two brands of such categories declare is shared
_RELATED = [frozenset({"headphones", "earbuds"}), frozenset({"consoles", "video games", "accessories"})]


def _sharing(maker: str, category: str, brand: str, related: bool = True) -> bool:
    """Whether another brand with `category` (or, `related`, a related one) among its categories declares the maker."""
    near = next((g for g in _RELATED if category in g), frozenset({category})) if related else frozenset({category})
    if not _MAKERS:
        for entry in registry_doc()["brands"]:
            for m in entry.get("contract_makers", []):
                _MAKERS.setdefault(str(m["value"] if isinstance(m, dict) else m), []).append(
                    (entry["id"], frozenset(entry.get("categories", []))))
    return any(other != brand and near & cats for other, cats in _MAKERS.get(maker, ()))


STORIES = ["extra-run units", "off-line units, white box", "line surplus, no box", "factory surplus", "tail goods, no logo box",
           "surplus from the OEM line", "overrun stock", "factory seconds", "same factory, extra run", "尾单", "excess production"]
MAKER_FRAMES = ["{maker}-line {product} - {story}", "{maker} factory {product} - {story}", "{product} from the {maker} line, {story}",
                "{maker}-built {product}, {story}", "{maker} {product}"]


def make_contract_maker_named(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    pairs = [(m, c) for m in _makers_of(b) for c in b.categories if not _sharing(m, c, b.id)]
    if not pairs:
        return None
    maker, cat = r.choice(pairs)
    frame = r.choice(MAKER_FRAMES)
    story = r.choice(STORIES)
    title = frame.format(maker=maker, product=s.product(cat), story=story)
    description = r.choice(context.DESCRIPTIONS)
    if "{story}" not in frame:
        description = f"{description} {_cap(story)}.".strip()
    return Draft(_cap(title), cat, s.price(cat, low=r.random() < 0.5), description)


MAKER_OWN = [("{maker} hiring assembly line workers, day and night shifts", "jobs", 1),
             ("{maker} annual report 2024, printed shareholders' edition", "books", 15),
             ("{maker}: inside the factory that builds the world's gadgets, paperback", "books", 18),
             ("{maker} staff polo shirt, company uniform, size L", "clothing", 12),
             ("{maker} share certificate, framed", "collectibles", 40)]


def make_trap_contract_maker_own(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    makers = _makers_of(b)
    if not makers:
        return None
    maker = r.choice(makers)
    roll = r.random()
    if roll < 0.5:
        frame, cat, amount = r.choice(MAKER_OWN)
        return Draft(frame.format(maker=maker), cat, (round(amount * r.uniform(0.8, 1.3), 2), "USD"), "")
    shared = [(m, c) for m in makers for c in b.categories if _sharing(m, c, b.id, related=False)]
    if roll < 0.8 and shared:
        # an overrun story beside a maker several brands of the category share, a generic product: it names none
        maker, cat = r.choice(shared)
        title = f"{maker} factory {s.product(cat)} - {r.choice(STORIES)}"
        return Draft(_cap(title), cat, s.price(cat), "")
    cat = s.category()
    title = r.choice(["{product}, assembled by {maker}, sealed, receipt", "{product} - made at {maker}, new, boxed"])
    return Draft(_cap(title.format(product=s.product(cat), maker=maker)), cat, s.price(cat), "Bought at the brand's store.")


# lore26: the defect as a repair kit, a service, a guide or a history (title frame, category, USD price)
REPAIR = [("{word} repair kit with tools and guide", "repair parts", 15), ("{word} fix - mail-in repair service", "repair services", 45),
          ("How to fix the {word}: a repair guide, PDF", "books", 6), ("{word}: the inside story, paperback", "books", 16),
          ("Replacement part for the {word} problem, aftermarket", "repair parts", 12)]


def make_trap_defect_repair(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    marks = ["".join(filter(str.isalnum, m.value.casefold())) for m in b.latin_marks if len(m.value) >= 3]
    words = [w for w in _unlined(b, _words(b, "defect"))  # "JoyCon drift" names the brand by its mark Joy-Con too
             if not any(m in "".join(filter(str.isalnum, w.casefold())) for m in marks)]
    if not words:
        return None
    word = r.choice(words)
    if r.random() < 0.25:  # the genuine goods said to be free of it, at a shop's price, no cue
        cat = s.category()
        title = r.choice(["{product}, no more {word}, sealed, boxed", "{product} - new, boxed, never had the {word}"])
        return Draft(_cap(title.format(word=word, product=s.product(cat))), cat, s.price(cat), r.choice(context.DESCRIPTIONS))
    frame, cat, amount = r.choice(REPAIR)
    return Draft(_cap(frame.format(word=word)), cat, (round(amount * r.uniform(0.8, 1.3), 2), "USD"),
                 r.choice(context.DESCRIPTIONS))


EVASION_MAKERS = {**{f"{kind}_named": _named(kind) for kind in ("codename", "mascot", "event", "address", "moment",
                                                                 "campaign", "sonic_logo", "meaning", "defect")},
                  "founding_year_named": make_founding_year_named, "contract_maker_named": make_contract_maker_named}
TRAP_MAKERS = {"trap_lore_collectible": make_trap_lore_collectible, "trap_lore_event_place": make_trap_lore_event_place,
               "trap_founding_year_history": make_trap_founding_year_history,
               "trap_ad_sound_memorabilia": make_trap_ad_sound, "trap_meaning_senses": make_trap_meaning,
               "trap_contract_maker_own": make_trap_contract_maker_own, "trap_defect_repair": make_trap_defect_repair}
