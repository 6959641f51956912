"""The brand named through its family: a brand it owns or a sister mark, in a phrase that says the relation (rule
exact, vocabulary "subsidiary" or "sister").

A copy seller who will not write the brand names it through a brand everyone knows it by: "Diver 41 from Tudor's big
brother - copy", "Beats' parent company earbuds Pro 2 - 1:1", "the Kinder makers' hazelnut pralines", "Converse's
owner - high-top rep", "la maison mère de Tudor", "Kate Spade's sister house Tabby 26 - mirror". The registry declares
the brands each demo brand owns (`subsidiaries`, kind "subsidiary": Tudor for Rolex, Beats for Apple, Converse for Nike,
Lexus for Toyota ...) and the marks its owner holds beside it (`sisters`, kind "sister": Kate Spade for Coach, Vans for
The North Face), each list with its source (the groups' own lists of their brands) beside it in
deploy/seed/registry.yaml, and this detector alone reads them (vocabulary.offered), only in a relation phrase:

- after the sub-brand, with or without a possessive: "'s parent (company/brand/group)", "'s owner", "'s maker(s)",
  "'s big/older brother/sister", "'s mother company/brand/house", "the Beats people/folks/guys/makers" (`PARENT_AFTER`);
- before it: "the makers of", "from the people behind", "the company behind", "parent (company) of", "owner of", "big
  brother of", French "la maison mère de", "le grand frère de", "des créateurs de", Spanish "la empresa matriz de",
  "el hermano mayor de", "de los creadores de", Italian "la casa madre di", "il fratello maggiore di", "dai creatori di",
  German "Mutterkonzern von", "der große Bruder von", "von den Machern von" (`PARENT_BEFORE`);
- a sister mark only as a sister: "'s sister brand/house/label", "'s sibling", "sister brand of", "marque sœur de",
  "marca hermana de", "Schwestermarke von" (`SISTER_AFTER`, `SISTER_BEFORE`); a sub-brand is read in those too ("Tudor's
  sister brand": Rolex).

The sub-brand's own name alone names nobody here: a Beats listing, a Tudor watch, a Lexus part, at any price and with
any cue, is that brand's and never the owner's alert. The reading is a vocabulary word like a nickname
(vocabulary.NEEDS_CUE): the brand's category with a counterfeit cue or a copy's price, the bare "copy" or "rep" beside it
counting as a cue (context/associations.py); the evidence spans the phrase and the sub-brand, so a group's other house
named inside it ("Kate Spade" of Tapestry) is no other house beside it. Source of the phrases: the grammar of "X's
parent / the makers of X" in each language (the same languages as context/phrasebook.py); the held-out set outsider20
named the class (c_subsidiary_hint20), none of its titles is a key here.

Gate: the first word of a sub-brand or sister mark among the listing's latin words (VocabularyDetector).
"""

from __future__ import annotations

import re

from schemas import Listing, Rule
from services.matcher.core.detectors.base import VocabularyDetector
from services.matcher.core.normalise import FIELD_SEPARATOR, ListingText
from services.matcher.core.scoring import IDENTITY_RULES, Evidence

_POSSESSIVE = r"(?:['\u2019]s|s?['\u2019])?"
# (lore28) a spin-off's or a club's former or present owner, founder or works company, and a list of spin-offs written
# together ("Signify/NXP/ASML ex-parent", "the Werkself's company", "ASM Clermont founder", "Gamba Osaka's owner")
_ALSO = r"(?:\s*[/&,]\s*[a-z0-9][a-z0-9.&-]*){0,3}"
_FORMER = r"(?:(?:former|ex|old|one[\s-]?time|previous|erstwhile|original)[\s-]*)?"
PARENT_AFTER = re.compile(
    rf"^{_ALSO}{_POSSESSIVE}[\s-]+{_FORMER}(?:parent(?:[\s-]+(?:company|brand|group|house|firm|corp|corporation))?|"
    r"owners?|founders?|founding[\s-]+(?:company|firm|group)|works[\s-]+(?:company|team|sponsor)|works[\s-]+club[\s-]+(?:company|owner|firm|maker)|"
    r"owning[\s-]+company|makers?|manufacturers?|(?:big|older|elder|bigger)[\s-]+(?:brother|sister|bro|sibling)|"
    r"mother[\s-]+(?:company|brand|house|ship)|people|folks|guys)(?![a-z0-9])"
    # the possessive alone before a word for a company ("the Werkself's company", "the Jaunards' firm")
    r"|^(?:['\u2019]s|s?['\u2019])[\s-]+(?:company|firm|corporation|group|konzern)(?![a-z0-9])")
PARENT_BEFORE = re.compile(
    r"(?<![a-z0-9])(?:(?:the|from the|by the|from|by)\s+)?(?:"
    r"(?:makers?|people|folks|guys|company|brand|house|team|firm|group|owners?)\s+(?:behind|of|that\s+(?:owns?|makes?))|"
    r"(?:(?:former|ex|old|previous|one[\s-]?time)[\s-]*)?(?:parent(?:\s+(?:company|brand|group|house))?|owners?|founders?)\s+of|"
    r"(?:big|older|elder)\s+(?:brother|sister)\s+of|"
    # (lore28) the company that spun off, sold or founded it ("the company that sold off Nokia phones", "the group that
    # founded PSV"), and the owner, founder or former parent in French, Spanish, Italian, German, Portuguese
    r"(?:company|group|firm|maker|conglomerate)\s+(?:that|which|who)\s+(?:spun\s+off|spun\s+out|sold\s+off|sold|divested|"
    r"founded|owns|owned|created|set\s+up)|"
    r"(?:l'?\s*)?(?:ancienne\s+)?maison[\s-]+mere\s+(?:de|d')|(?:le\s+)?(?:proprietaire|fondateur)\s+(?:de|d'|du)|"
    r"(?:el\s+)?(?:dueno|propietario|fundador)\s+(?:de|del)|(?:la\s+)?(?:antigua\s+)?(?:empresa|casa)\s+matriz\s+de|"
    r"(?:il\s+)?(?:proprietario|fondatore)\s+(?:di|del)|(?:ehemaliger?\s+)?(?:mutterkonzern|eigentumer|besitzer|grunder)\s+(?:von|des)|"
    r"(?:o\s+)?(?:dono|fundador)\s+(?:de|do|da)|(?:a\s+)?(?:antiga\s+)?(?:empresa|casa)[\s-]+mae\s+(?:de|do|da)|"
    r"(?:la\s+)?maison[\s-]+mere\s+(?:de|d')|(?:le\s+)?grand[\s-]+frere\s+(?:de|d')|(?:des|par\s+les)\s+createurs\s+(?:de|d')|"
    r"(?:la\s+)?(?:empresa|casa)\s+matriz\s+de|(?:el\s+)?hermano\s+mayor\s+de|(?:de\s+)?los\s+creadores\s+de|"
    r"(?:la\s+)?casa\s+madre\s+(?:di|de)|(?:il\s+)?fratello\s+maggiore\s+di|dai\s+creatori\s+di|"
    r"mutterkonzern\s+von|(?:der\s+)?grosse\s+bruder\s+von|von\s+den\s+machern\s+von|die\s+macher\s+von)\s*$")
SISTER_AFTER = re.compile(
    rf"^{_POSSESSIVE}[\s-]+(?:sister(?:[\s-]+(?:brand|house|label|company|maison|line|marque))?|sibling(?:[\s-]+brand)?|"
    r"stable[\s-]?mate)(?![a-z0-9])")
SISTER_BEFORE = re.compile(
    r"(?<![a-z0-9])(?:(?:the|a)\s+)?(?:sister\s+(?:brand|house|label|company)\s+(?:of|to)|sibling\s+of|"
    r"(?:la\s+)?marque\s+soeur\s+(?:de|d')|(?:la\s+)?maison\s+soeur\s+(?:de|d')|(?:la\s+)?marca\s+hermana\s+de|"
    r"(?:il\s+)?marchio\s+gemello\s+di|schwestermarke\s+von)\s*$")
_WINDOW = 40
_WHAT = {"subsidiary": "its sub-brand", "spin_off": "a company it spun off", "club": "a club it owns or founded"}
# the owner named in the relation the other way round, in the sub-brand's own listing: "Tudor Black Bay 58, Rolex's
# little brother", "Kate Spade bag (Coach's sister house)", "owned by Rolex", "from the makers of Rolex" (original text,
# case-folded, around the owner's mark)
OWNER_AFTER = re.compile(
    r"^(?:['\u2019]s|s?['\u2019])?[\s-]+(?:(?:little|younger|baby|small|kid)[\s-]+(?:brother|sister|bro|sibling)|"
    r"sister(?:[\s-]+(?:brand|house|label|company|maison|marque))?|sibling(?:[\s-]+brand)?|"
    r"(?:own[\s-]+)?(?:sub-?brand|second[\s-]+(?:brand|line)|diffusion[\s-]+(?:brand|line))|"
    # (lore28) a spin-off's or club's own listing naming its former owner: "Covestro sheet, Bayer's former division"
    r"(?:(?:former|ex|old|one[\s-]?time)[\s-]*)?(?:division|unit|business|subsidiary|arm|spin[\s-]?off|works[\s-]+club))"
    r"(?![^\W_])|^-?owned(?![^\W_])")
OWNER_BEFORE = re.compile(
    r"(?<![^\W_])(?:(?:owned|made|backed|founded|created)\s+by|(?:from|by)\s+the\s+(?:makers|people|house|company)\s+"
    r"(?:of|behind)|(?:little|younger|baby)\s+(?:brother|sister)\s+of|sister\s+(?:brand|house|label|company)\s+(?:of|to)|"
    r"sibling\s+of|part\s+of|(?:petite\s+)?(?:marque|maison)\s+s(?:oe|\u0153)ur\s+de|marca\s+hermana\s+de|"
    r"spun\s+(?:off|out)\s+(?:from|by)|(?:sold|divested)\s+by|(?:former|ex-?|old)\s*(?:division|unit|subsidiary)\s+of|"
    r"(?:formerly|once)\s+(?:a\s+)?(?:division|unit|subsidiary)\s+of)"
    r"(?:\s+the)?\s*$")


class RelationDetector(VocabularyDetector):
    name = "relations"
    kinds = frozenset({"subsidiary", "sister", "spin_off", "club"})

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        latin = text.latin
        tokens, words = self.latin_words(text)
        out: list[Evidence] = []
        for k in self.openings(words):
            for entry, i in self.starting(words, k):
                start, end = tokens[k][1], tokens[k + len(entry) - 1][2]
                span = self._relation(latin, start, end, self.fingerprints[i].vocabulary != "sister")
                if span is None:
                    continue
                a, b = span
                if FIELD_SEPARATOR in latin[a:b]:
                    continue
                field, s, e, matched = text.locate(*text.original_span("latin", a, b))
                fp = self.fingerprints[i]
                out.append(Evidence(Rule.exact, self.weights.exact, i, field, s, e, matched, matched,  # as written: no disguise (retail.py)
                                    detail=f"the brand named through {_WHAT.get(fp.vocabulary, 'its sister mark')} "
                                           f"'{fp.value}' ('{matched}'); needs the brand's category and a cue or a "
                                           "copy's price",
                                    needs_corroboration=True, needs_cue=True))
        return self.in_category(out, text, listing) if out else out

    def owner_beside(self, text: ListingText, by_brand: dict[int, list[Evidence]]) -> list[int]:
        """The brands named only as the owner or sister of a sub-brand the listing names plainly: "Tudor Black Bay 58,
        Rolex's little brother, full set" is a Tudor listing, and Rolex's mark there names Tudor's family, not the goods
        (MatcherIndex.score_listing drops those brands). Every identity reading of the brand must stand in such a
        phrase (OWNER_AFTER, OWNER_BEFORE) and one of its own sub-brands or sister marks must be written outside a
        relation phrase of its own. Gate: a sub-brand's first word among the listing's latin words."""
        if not self._by_first or not (text.latin_words & self._by_first.keys()):
            return []
        latin = text.latin
        tokens, words = self.latin_words(text)
        named: set[int] = set()  # the owners whose sub-brand or sister the listing names plainly
        plain: dict[int, list[tuple[str, int, int]]] = {}  # (lore28) where: the owner's mark inside a club's or
        # spin-off's own name ("Samsung Lions cap", "Suwon Samsung Bluewings shirt", "Bayer 04 Leverkusen scarf") names
        # the club, not the owner's goods
        brand_of = self.catalogue.fingerprint_brand
        for k in range(len(words)):
            for entry, i in self.starting(words, k) if words[k] in self._by_first else ():
                start, end = tokens[k][1], tokens[k + len(entry) - 1][2]
                if self._relation(latin, start, end, True) is None:
                    named.add(brand_of[i])
                    if self.fingerprints[i].vocabulary in ("club", "spin_off"):
                        field, s, e, _ = text.locate(*text.original_span("latin", start, end))
                        plain.setdefault(brand_of[i], []).append((field, s, e))
        out = []
        for b in named & by_brand.keys():
            found = [e for e in by_brand[b] if e.rule in IDENTITY_RULES and e.weight > 0]
            if found and all(self._owner_phrase(text, e) or self._inside(e, plain.get(b, ())) for e in found):
                out.append(b)
        return out

    @staticmethod
    def _inside(e: Evidence, spans) -> bool:
        return e.start is not None and e.end is not None and any(
            e.field == f and s is not None and s <= e.start and e.end <= t for f, s, t in spans)

    @staticmethod
    def _owner_phrase(text: ListingText, e: Evidence) -> bool:
        """Whether the reading `e` stands in a phrase that names it as a sub-brand's owner or sister."""
        if e.start is None or e.end is None or e.field not in ("title", "description"):
            return False
        field = text.title if e.field == "title" else text.description
        return bool(OWNER_AFTER.match(field[e.end:e.end + _WINDOW].casefold())
                    or OWNER_BEFORE.search(field[max(0, e.start - _WINDOW):e.start].casefold()))

    @staticmethod
    def _relation(latin: str, start: int, end: int, owned: bool) -> tuple[int, int] | None:
        """The span (latin offsets) of the sub-brand at start:end with its relation phrase, None without one: a
        sub-brand (`owned`) in a parent's or a sister's phrase, a sister mark in a sister's only."""
        after, before = latin[end:end + _WINDOW], latin[max(0, start - _WINDOW):start]
        for pattern in ((PARENT_AFTER, SISTER_AFTER) if owned else (SISTER_AFTER,)):
            if m := pattern.match(after):
                return start, end + m.end()
        for pattern in ((PARENT_BEFORE, SISTER_BEFORE) if owned else (SISTER_BEFORE,)):
            if m := pattern.search(before):
                return start - len(before) + m.start(), end
        return None

    def stats(self) -> dict[str, int]:
        return {"sub_brands": sum(map(len, self._by_first.values()))}
