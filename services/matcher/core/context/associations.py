"""What a brand is known by besides its name (issue 9, identity): the registry's `slogans` ("Just Do It", "Parce que je
le vaux bien"), `parents` (the groups that own it: LVMH, Kering, Capri Holdings) and `designers` (its designers,
creative directors and signature names: Tom Ford era, Jony Ive, Tinker Hatfield), read by the marks detectors as
vocabulary words that always need the brand's category with a cue or a price far below the floor (vocabulary.py).
Two things of their own, both read only when such a word was found (no cost on other listings):

- `copy_words`: the bare English "copy" (and French "copie", Spanish and Italian "copia", the trade's "rep" and "clone",
  German "Nachbau", "imitation" but imitation leather or pearls) is no cue
  on its own (a copy of a book, copy paper, a sales rep), but beside a slogan, a parent group or a designer's name among the brand's goods ("'Think
  Different' earbuds with logo, copy", "Capri Holdings tote copy") it says what the goods are. Not "copy of ...",
  "copy paper", a hard or signed copy.
- `other_houses`: a group owns sister houses and a designer works for several: beside another house's name ("Kering
  Balenciaga bag replica", "Alessandro Michele Valentino bag", "Swatch Group Longines watch", "Capri Versace") the
  group's or the designer's name names that house, not the registry's brand. The houses listed are those of the
  registry's groups and designers that the demo registry does not hold itself (public knowledge: the groups' own
  lists of their houses, lvmh.com, kering.com, richemont.com, swatchgroup.com, tapestry.com, capriholdings.com,
  us.pg.com, vfc.com, elcompanies.com, amersports.com, bsh-group.com).
"""

from __future__ import annotations

import re

from schemas import Rule
from services.matcher.core.context.admitted import rep_not_goods
from services.matcher.core.context.negation import Negations
from services.matcher.core.normalise import ListingText
from services.matcher.core.scoring import Evidence, join_detail

# vocabulary kinds read here (registry `slogans`, `parents`, `designers`)
KINDS = frozenset({"slogan", "parent", "designer", "inscription",  # and the text printed on the goods (registry `inscriptions`)
                   # an athlete's signature line with its number, a sub-brand or sister mark in a relation phrase
                   "signature", "subsidiary", "sister",
                   # what the world knows of the brand: a codename, mascot, event, address or moment (vocabulary.LORE)
                   "codename", "mascot", "event", "address", "moment", "founding_year",
                   "campaign", "sonic_logo", "meaning",  # and its campaigns, sonic identity, name's meaning (lore25)
                   "defect",  # and its goods' famous defects and controversies (lore26)
                   "first", "spin_off", "club",  # its world first, spin-offs and owned clubs (lore28)
                   "ranking", "debut"})  # a ranking it holds, a model's debut year and shape (lore29)

_COPY = re.compile(r"(?<![a-z0-9])(?:copy|copies|copie|copia|copias|rep|clone|clones|nachbau|imitation|imitazione|"
                   r"imitacion|imitacao|kopie|kopia|kopya|kopiya|kopiia)(?![a-z0-9])")  # (hiding55) de, pl/sv, tr, ru/uk
# an honest copy: of a book, a document or a file ("copy of the receipt", "copy paper", "hard copy", "signed copy")
_NOT_AFTER = re.compile(r"^\s*(?:leather|pearl|pearls|fur|suede|wood|marble|gold|silver|crab|"  # imitation leather
                        r"of|paper|papers|book|books|edition|editor|editing|writer|writing|right|rights|machine|"
                        r"machines|printer|shop|centre|center|service|services|holder|stand|protect|protection|del|de|di|"
                        r"d|for|from|at|in)(?![a-z0-9])")
_NOT_BEFORE = re.compile(r"(?<![a-z0-9])(?:hard|soft|digital|signed|review|reading|spare|backup|back-up|carbon|file|"
                         r"exam|first edition|library|advance|author's|authors|paper|print|my|your|a|one|the|sales|customer|company|"
                         r"brand|service|field|area|sales|trade|union|student|class|house|"
                         # (trade56) a denial just before: "Not copies.", "no copies", "never copies", "keine Kopie"
                         r"not|no|never|nor|without|zero|ohne|kein|keine|sans|pas de|sin|sem|senza|nie|bez|geen|niet)\s*$")


def copy_words(text: ListingText) -> list[tuple[int, int]]:
    """Spans (original offsets) of a bare copy word that is no copy of a document or a book."""
    latin = text.latin
    if "cop" not in latin and "rep" not in latin and "clon" not in latin and "nachbau" not in latin and "imita" not in latin \
            and "kopi" not in latin and "kopy" not in latin:
        return []
    out = []
    for m in _COPY.finditer(latin):
        if _NOT_AFTER.match(latin[m.end():m.end() + 20]) or _NOT_BEFORE.search(latin[max(0, m.start() - 20):m.start()]):
            continue
        span = text.original_span("latin", m.start(), m.end())
        if m.group(0).lower() in ("rep", "reps") and rep_not_goods(text.original, *span):
            continue  # (scripts56) "12 reps", "rep your team", "sales rep": no copy (admitted.py)
        out.append(span)
    return out


# the houses of the registry's groups and designers that are not demo brands (lower case, as the latin view writes
# them): LVMH, Kering, Richemont, the Swatch Group, Tapestry, Capri, P&G, VF, ELC, Amer Sports, BSH; and the
# designers' own or other houses (Off-White, Valentino, Givenchy, Balenciaga, Bottega Veneta, Fenty, Yeezy is adidas')
OTHER_HOUSES = (
    # LVMH (YSL Beauty is L'Oréal's licence: the registry's; Kering's house is written out)
    "dior", "christian dior", "fendi", "celine", "loewe", "givenchy", "kenzo", "bulgari", "bvlgari", "tag heuer",
    "hublot", "tiffany", "marc jacobs", "berluti", "rimowa", "loro piana", "pucci", "sephora", "guerlain",
    "moet", "hennessy", "dom perignon", "fenty",
    # Kering
    "saint laurent", "yves saint laurent", "balenciaga", "bottega veneta", "bottega", "alexander mcqueen",
    "mcqueen", "brioni", "boucheron", "pomellato", "qeelin",
    # Richemont
    "van cleef", "van cleef & arpels", "vca", "iwc", "jaeger-lecoultre", "jaeger lecoultre", "panerai", "piaget",
    "vacheron constantin", "vacheron", "montblanc", "chloe", "dunhill", "buccellati", "roger dubuis",
    "baume & mercier", "a. lange", "lange & sohne",
    # the Swatch Group
    "swatch", "longines", "tissot", "breguet", "blancpain", "rado", "certina", "mido", "harry winston",
    "glashutte", "jaquet droz",
    # Tapestry, Capri Holdings
    "kate spade", "stuart weitzman", "versace", "jimmy choo",
    # P&G
    "oral-b", "oral b", "braun", "pampers", "pantene", "head & shoulders", "olay", "sk-ii",
    "old spice",
    # VF
    "vans", "timberland", "dickies", "jansport", "eastpak", "kipling", "smartwool", "icebreaker",
    # ELC (its M·A·C, Bobbi Brown, La Mer, Jo Malone, Aveda, Tom Ford Beauty are lines of the registry's Estée Lauder)
    "too faced", "smashbox", "le labo",
    # Amer Sports, BSH
    "salomon", "arc'teryx", "arcteryx", "peak performance", "siemens", "neff", "gaggenau",
    # the designers' other houses and own labels
    "off-white", "off white", "valentino", "billionaire boys club", "humanrace", "y-3", "stella mccartney",
    "raf simons", "yohji yamamoto", "cactus jack", "uniqlo", "on running", "li-ning", "li ning",
)
_HOUSES = re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(h) for h in sorted(OTHER_HOUSES, key=len, reverse=True))
                     + r")(?![a-z0-9])")


def other_houses(text: ListingText) -> list[tuple[int, int, str]]:
    """(start, end, name) of the other houses the listing names (original offsets)."""
    return [(*text.original_span("latin", m.start(), m.end()), m.group(0)) for m in _HOUSES.finditer(text.latin)]


def denial_in(name: str):
    """A test of a cue's detail "denied by '<words>': ..." (index._cue_evidence): whether the denying words are words of
    the name (a slogan's "Nothing" of "Impossible Is Nothing", "Never" of "Never Stop Exploring")."""
    words = set(re.findall(r"[^\W\d_]+", name.casefold()))

    def test(detail: str) -> bool:
        denying = detail[len("denied by '"):].partition("'")[0].casefold()
        found = re.findall(r"[^\W\d_]+", denying)
        return bool(found) and all(w in words for w in found)
    return test


def settle(by_brand: dict[int, list[Evidence]], text: ListingText, cues: list[Evidence],
           cue_weight: float) -> tuple[list[Evidence], set[int]]:
    """A slogan, parent group or designer named beside another house of the group or the designer's ("Kering
    Balenciaga bag", "Alessandro Michele Valentino bag") names that house: the reading counts nothing (in place); a
    slogan's own word denies nothing (a cue it seemed to deny counts again, in place). Returns the bare copy word's
    cues beside a reading that stands ("... tote copy", weight `cue_weight`) and the brands such a reading names."""
    houses = other_houses(text)
    standing = set()
    for brand_index, found in by_brand.items():
        for e in found:
            if e.vocabulary not in KINDS or e.weight <= 0:
                continue
            beside = None
            if houses and e.start is not None and e.field in ("title", "description"):
                shift = text.field_offset(e.field)
                beside = next((h for s, t, h in houses if t <= e.start + shift or e.end + shift <= s), None)
            if beside:
                e.weight = 0.0
                e.detail = join_detail(e.detail, f"beside '{beside}', another house of the {e.vocabulary}: names that "
                                                 f"house, not this brand")
            else:
                standing.add(brand_index)
                # a slogan's own word is no denial: "'Impossible Is Nothing' trainers réplique"
                phrase_of = denial_in(e.text or "")
                for c in cues:
                    if c.weight == 0 and c.detail.startswith("denied by '") and phrase_of(c.detail):
                        c.weight = cue_weight
                        c.detail = f"not denied: the denying word is the {e.vocabulary}'s ('{e.text}')"
    if not standing:
        return [], standing
    return bare_copy(text, cues, cue_weight, "the copy word beside a name the brand is known by (slogan, group, "
                                             "designer)"), standing


def bare_copy(text: ListingText, cues: list[Evidence], cue_weight: float, detail: str) -> list[Evidence]:
    """The bare copy words of the listing (`copy_words`) that no cue covers, as cues of weight `cue_weight`: for the
    brands named by a reading beside which the word says what the goods are (a slogan, group or designer: `settle`;
    a word game's reading, Evidence.game: index.py)."""
    covered = [(c.field, c.start, c.end) for c in cues if c.start is not None]
    out = []
    negations = None
    for start, end in copy_words(text):
        field, s, t, word = text.locate(start, end)
        if any(f == field and a <= s and t <= b for f, a, b in covered):
            continue
        negations = negations or Negations(text)
        if negations.after(end) is not None or negations.before(start) is not None:
            continue  # (words56) "Copy nahi hai", "копия емес", "not copy": the word denied, as a cue's (negation.py)
        out.append(Evidence(Rule.cue, cue_weight, None, field, s, t, word, term="copy", detail=detail))
    return out
