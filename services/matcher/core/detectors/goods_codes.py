"""The goods' own identifiers, declared by the brand: rules `imprint`, `spec`, `street_name` and `item_id`.

A listing that prints none of the brand's words still names it when it gives an identifier that belongs to the
goods (the registry's `imprints`, `specs`, `street_names` and `item_ids`, MarkFingerprint.vocabulary, brandsentry/registry.py):
- `imprint`: the code debossed on a tablet or printed on a capsule. Every solid oral drug sold in the US carries one
  that, with its size, shape and colour, identifies the product and its maker (21 CFR 206, "Imprinting of solid oral
  dosage form drug products for human use"); the NLM/FDA pill identifiers (Pillbox, DailyMed's SPL "imprint" field)
  list it side by side, ";" between the sides: VGR100 (Viagra 100 mg), "PD 156" (Lipitor 20 mg), "894;5" (Eliquis
  5 mg), "Xa;20" (Xarelto 20 mg). The brand declares each as the listing writes it, sides in order ("894 5").
- `spec`: a calibre, chip or feature that only the brand's goods have (calibre 3235, Cerachrom, H2 chip, Coanda,
  hesalite): a copy seller's way of saying what the goods are without the mark.
- `item_id`: the id a marketplace gives the brand's own listing of a product (an Amazon ASIN, B0BDHWDR12; a JD or
  Tmall item number), which the brand knows from its own store (Amazon Brand Registry): "same as ASIN B0BDHWDR12" points
  the buyer at the genuine product's page (codes25).
- `street_name`: the street's short name for the brand's goods (Carti, Pods, Forces, Buffs) and its initialisms
  (CG, RLX, MK): declared in capitals, four letters or fewer, an initialism is found in capitals only. A name of the
  brand itself that its buyers coined (Rollie, Gucc) is a nickname, read like a mark (vocabulary.py): the line between
  the two lists is in brandsentry/registry.py.

How found: as written. The text (latin view) and each identifier are cut into pieces, runs of letters and runs of
digits ("VGR100" -> vgr, 100); an identifier is its pieces in order with at most three separator characters
(spaces, "-", "/", ".", "·", "*", "_") between them, starting and ending at a word's edge: "VGR 100", "VGR-100",
"vgr100" and "894 / 5" are found, "SKU3235X", "1894 51" and "PD1560" are not. A street name of letters is also found
with a plural "s" ("Forces" for "Force", "Carti's"). Never misspelt, glued, disguised or by sound: these are short,
often everyday tokens, and a counterfeiter writes them plainly (they are not the brand's mark).

Gates, because a calibre is a number, "pods", "forces" and "CG" are everyday words (scoring.strongly_corroborated):
- every identifier is a weak candidate (`needs_corroboration`, `needs_cue`): it names the brand only in the brand's
  category with a counterfeit cue or a price far below the floor (FAR_BELOW_FLOOR); vocabulary.mark_vocabulary labels
  it "named by the imprint code 'VGR100'";
- an imprint counts only in a listing of tablets, pills or capsules (DOSE_FORMS, in the markets' languages): there it
  is in the brand's category whatever the listing is filed under (a category evidence says so); a dose form with the
  words of a sale without prescription ("no Rx needed", "no doctor needed", "discreet", "ohne Rezept", "sin receta",
  "без рецепта", 免处方: UNLICENSED) is the cue a prescription medicine needs (a cue evidence says so);
- an initialism (a street name in capitals of four letters or fewer) needs a cue that claims a copy
  (`needs_copy_cue`), never a price alone: "CG" at a low price is a bare initialism and stays quiet.

Gate: one regular expression for the latin view's pieces, one set intersection with each identifier's most distinctive
piece (three characters or more first, letters before digits: "chip" of "H2 chip", "vgr" of "VGR100", "156" of
"PD 156").
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, VocabularyDetector
from services.matcher.core.normalise import ListingText, latin_text, word_wise
from services.matcher.core.scoring import Evidence

KINDS = {"imprint": Rule.imprint, "spec": Rule.spec, "street_name": Rule.street_name, "item_id": Rule.item_id,
         "dealer_tool": Rule.spec, "hotline": Rule.spec}  # tools26: a workshop tool or a support number is a spec's kind
# tools26: a listing of diagnostic tools, in the trade's words (the latin view's words; the SAE J2534 pass-thru and
# OBD-II terms, the makers' VCI for "vehicle communication interface"; eBay/AliExpress "diagnostic tools" category names
# in the markets' languages): there a dealer tool is in its brand's category whatever the listing is filed under
WORKSHOP = frozenset({
    "diagnostic", "diagnostics", "diagnosis", "diagnose", "diagnostico", "diagnostica", "diagnostique", "diagnosztika",
    "diagnostika", "diagnostyka", "diagnostik", "diagnoza", "teshis", "scanner", "scanners", "scantool", "vci", "mvci",
    "obd", "obd2", "obdii", "j2534", "passthru", "tester", "ecu", "multiplexer", "werkstatttester",
})
# tools26: the words of the cracked-software and cloned-interface trade beside a dealer tool (the piracy terms the
# Business Software Alliance's and the makers' own warnings name: crack, keygen, patched, activated offline, unlimited
# or lifetime activation, token generator; "clone" for a copied VCI, as the trade's AliExpress titles write it): there
# they claim a copy of the maker's tool, which "clone" or "copy" alone does not (a cloned drive, a copy of the invoice)
TOOL_COPY = "tool copy: "  # the term of a dealer tool's cue: it claims a copy, as the cue lexicon's copy words do (judge.py)
_TOOL_COPY = re.compile(r"\b(?:clones?|cloned|cracks?|cracked|keygens?|key\s*gen|copy|copies|pirated|"
                        r"(?:unlimited|lifetime|offline)\s+(?:activations?|licen[cs]es?|tokens?)|token\s+generator|"
                        r"activated\s+offline|no\s+subscription(?:\s+needed)?)\b")
# the marketplace categories a dealer tool is filed under besides the brand's own (eBay "Diagnostic Tools & Equipment",
# "Vehicle Electronics", "Software", "Auto Parts"; AliExpress "Automotive > Code Readers & Scan Tools"): read in the category field only
WORKSHOP_CATEGORIES = frozenset({"software", "tools", "tool", "electronics", "automotive", "auto", "car", "vehicle", "scan",
                                 "readers"})
_WORKSHOP_WIDE = re.compile(r"诊断|診断|진단|диагност|تشخيص|אבחון|การวินิจฉัย", re.IGNORECASE)
# tools26: a phone number as written: digits with spaces, dots, dashes, slashes or brackets between them (E.164's
# national and international forms, ITU-T E.123's "(0)" and "+"), and a toll-free vanity number, its letters the
# keypad's (ITU-T E.161: 2 abc, 3 def, 4 ghi, 5 jkl, 6 mno, 7 pqrs, 8 tuv, 9 wxyz): 1-800-MY-APPLE is 1-800-692-7753
_PHONE = re.compile(r"(?<![\w+])\+?\(?[0-9][0-9 ().\-/]{5,20}[0-9](?![0-9])")
_VANITY = re.compile(r"(?<![\w+])(?:\+?1[ .\-]?)?\(?(800|888|877|866|855|844|833)\)?[ .\-]?((?:[0-9a-z]{1,7}[ .\-]?){1,4})",
                     re.IGNORECASE)
_DIGITS = re.compile(r"[0-9]+")
_KEYPAD = str.maketrans("abcdefghijklmnopqrstuvwxyz", "22233344455566677778889999")
_TOLL_FREE = ("800", "888", "877", "866", "855", "844", "833")
_PIECE = re.compile(r"[a-z]+|[0-9]+")
_SEPARATOR = re.compile(r"[ \-/.\u00b7*_]{1,3}")
INITIALISM = 4  # a street name in capitals this long or shorter is an initialism (CG, RLX, TNF, MK)
# tablets, pills and capsules in the markets' words (the latin view's words; other scripts in the original text)
DOSE_FORMS = frozenset({
    "tab", "tabs", "tablet", "tablets", "pill", "pills", "capsule", "capsules", "caps", "caplet", "caplets",
    "comprime", "comprimes", "tablette", "tabletten", "pastilla", "pastillas", "compresse", "compressa", "compresse",
    "comprimido", "comprimidos", "comprimidas", "capsula", "capsulas", "kapsel", "kapseln", "tabletka", "tabletki",
    "tablety", "tabletta", "tabletit", "tabletter", "tabletten", "pil", "tablet", "kapsul", "vien", "thuoc", "hap",
})
_DOSE_FORMS_WIDE = re.compile(r"таблет|капсул|пігулк|片|粒|錠|丸|胶囊|膠囊|알약|정제|캡슐|قرص|أقراص|حبوب|کپسول|गोली|"
                              r"टैबलेट|เม็ด|ยาเม็ด|טבליות|כדור", re.IGNORECASE)
# a prescription medicine offered without one, in the markets' words: the cue of the illicit pharmacy trade (the
# FDA's BeSafeRx and the WHO's warnings about online pharmacies name these very claims: no prescription needed, no
# doctor, discreet packaging)
UNLICENSED = re.compile(
    r"\b(?:no|without|w/o|sin|sans|senza|sem|ohne|bez|zonder|utan|uden|tanpa|khong can|nincs)\s+(?:an?\s+|la\s+|une\s+)?"
    r"(?:rx|prescription|prescriptions|script|doctor|doctors|dr|receta|ordonnance|ricetta|receita|rezept|recepty|"
    r"recepta|recept|resep|don thuoc|vény)\b"
    r"|\b(?:no|without)\s+(?:doctor|dr)'?s?\s+(?:needed|required|visit|note|approval)\b"
    r"|\bno\s+rx\b|\brezeptfrei\b|\bsin\s+receta\b|\bdiscre(?:e)?t(?:e|o|a|ly)?\b|\bdiskret\b"
    r"|\bnon\s+prescription\s+(?:viagra|cialis|lipitor|eliquis|xarelto)\b")
_REFUSED = re.compile(r"\b(?:not|never|don'?t|do not|cannot|can'?t|won'?t|will not|nicht|nie|jamais|nunca|mai)\b[^.;!?]{0,20}$")
_UNLICENSED_WIDE = re.compile(r"без\s+рецепта|без\s+рецепту|анонимно|免处方|免處方|无需处方|無需處方|不用处方|"
                              r"処方箋不要|処方せん不要|처방전\s*없이|بدون\s+وصفة|بدون\s+روشتة|بدون\s+نسخه|"
                              r"बिना\s+पर्चे|ไม่ต้องมีใบสั่งยา|ללא\s+מרשם")
# a medicine dispensed on prescription, in the markets' words: a pharmacy's sale (the words national pharmacy rules put
# on prescription-only medicines: "Rx only" (US), "POM, prescription required" (UK), verschreibungspflichtig /
# rezeptpflichtig (DE), sur ordonnance (FR), con receta (ES), con ricetta (IT), receita obrigatória (BR), op recept
# (NL), na receptę (PL), по рецепту (RU), 処方箋医薬品 (JP), 凭处方 (CN), 전문의약품 (KR)); read only where no word of a
# sale without one stands (UNLICENSED): "no prescription required" is the illicit trade's
ON_PRESCRIPTION = re.compile(
    r"\b(?:prescription\s+(?:required|needed|only|medicine|drug)|requires?\s+(?:an?\s+)?(?:valid\s+)?prescription"
    r"|(?:valid|nhs|doctor'?s?|uploaded)\s+prescription|rx[\s-]+(?:only|required|needed|necessary)|on\s+prescription|with\s+(?:a\s+)?(?:valid\s+)?prescription"
    r"|prescription[\s-]only|rezeptpflichtig\w*|verschreibungspflichtig\w*|(?:nur\s+)?(?:mit|gegen)\s+rezept|rezept\s+erforderlich"
    r"|sur\s+ordonnance|ordonnance\s+(?:obligatoire|requise|necessaire)|avec\s+ordonnance"
    r"|(?:con|bajo)\s+receta|receta\s+(?:medica\s+)?(?:obligatoria|requerida|necesaria)"
    r"|(?:con|dietro)\s+ricetta|ricetta\s+(?:medica\s+)?(?:obbligatoria|richiesta|necessaria)"
    r"|com\s+receita|receita\s+(?:medica\s+)?(?:obrigatoria|necessaria)|sob\s+prescricao"
    r"|(?:alleen\s+)?op\s+recept|receptplichtig|na\s+recepte|z\s+recepta|wymaga\s+recepty|receptbelagd|receptpligtig"
    r"|receteli|recete\s+ile|dengan\s+resep|resep\s+dokter|thuoc\s+ke\s+don)\b")
_ON_PRESCRIPTION_WIDE = re.compile(r"по\s+рецепту|рецептурн|за\s+рецептом|処方箋が必要|要処方箋|処方箋医薬品|凭处方|憑處方|"
                                   r"凭医生处方|憑醫生處方|처방전\s*필요|전문의약품|بوصفة\s+طبية|يتطلب\s+وصفة|במרשם|דורש\s+מרשם")
# "prescription not required": a requirement waived is the illicit trade's, not a pharmacy's
_NOT_NEEDED = re.compile(r"\s*(?:is\s+)?(?:not|never|no\s+longer)\s+(?:required|needed|necessary)|\s*(?:nicht|no|non|pas|nao)\b")


def on_prescription(text: ListingText) -> str | None:
    """The words that say the listing's medicine is dispensed on prescription ("prescription required", "Rx only",
    "rezeptpflichtig", "sur ordonnance", "処方箋医薬品"), as written; None when there are none or when the listing also
    offers it without one (UNLICENSED: "no prescription required", "ohne Rezept", 免处方)."""
    if GoodsCodeDetector._unlicensed(text) is not None:
        return None
    for m in ON_PRESCRIPTION.finditer(text.latin):
        if not _NOT_NEEDED.match(text.latin, m.end()) and not _REFUSED.search(text.latin, max(0, m.start() - 30), m.start()):
            start, end = text.original_span("latin", m.start(), m.end())
            return text.original[start:end]
    if not text.is_ascii and (m := _ON_PRESCRIPTION_WIDE.search(text.original)) is not None:
        return m.group()
    return None


@word_wise()
def goods_pieces(text: ListingText) -> frozenset[str]:
    """The latin view's pieces: runs of letters and runs of digits ("VGR100" -> vgr, 100)."""
    return frozenset(_PIECE.findall(text.latin))


def hotline_forms(value: str) -> list[str]:
    """A support number's digits as a listing may write them (tools26): "+1 800 275 2273" -> 18002752273 and 8002752273
    (the country code left out); "+44 800 048 0408" -> 448000480408, 8000480408 and 08000480408 (the trunk 0 a national
    listing writes). The country code is the digits after "+" up to the first separator."""
    value = value.strip()
    digits = "".join(c for c in value if c.isdigit())
    forms = [digits]
    if value.startswith("+") and (m := re.match(r"\+\s*([0-9]{1,3})[ .\-/(]", value)):
        national = digits[len(m.group(1)):]
        forms.append(national)
        if m.group(1) != "1":
            forms.append("0" + national)
    return forms


def pieces(value: str) -> tuple[str, ...]:
    """An identifier's pieces as the latin view cuts them: "PD 156" -> ("pd", "156"), "894 / 5" -> ("894", "5")."""
    return tuple(_PIECE.findall(latin_text(value)))


class GoodsCodeDetector(VocabularyDetector):
    """The identifiers by their first piece (`_by_first`: first piece -> [(pieces, fingerprint, plural allowed,
    initialism)]), an identifier's words being its pieces (`pieces`)."""

    name = "goods_codes"
    kinds = frozenset(KINDS)
    words = staticmethod(pieces)

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._gate: set[str] = set()  # each identifier's most distinctive piece (a match holds all of its pieces)
        self._hotlines: dict[str, list[int]] = {}  # tools26: a support number's digits, each written form -> fingerprints

    def take(self, i: int, fp: MarkFingerprint, key: tuple[str, ...]) -> None:
        value = fp.value.strip()
        if fp.vocabulary == "hotline":
            for digits in hotline_forms(value):
                self._hotlines.setdefault(digits, []).append(i)
                self._gate.add(digits)
            self._gate.add(key[-1])  # the number's last group as written ("2273" of "+1 800 275 2273")
            self._gate.update(g for g in key if g in _TOLL_FREE)  # and "800": a vanity number's letters are no digits
            return
        initialism = fp.vocabulary == "street_name" and len(value) <= INITIALISM and value.isalpha() and value.isupper()
        plural = fp.vocabulary == "street_name" and key[-1].isalpha() and not key[-1].endswith("s") and not initialism
        self._by_first.setdefault(key[0], []).append((key, i, plural, initialism))
        if plural and len(key) == 1:
            self._by_first.setdefault(key[0] + "s", []).append(((key[0] + "s",), i, False, False))
        rare = max(range(len(key)), key=lambda k: (len(key[k]) >= 3, key[k].isalpha(), len(key[k]) >= 5 or key[k].isdigit(),
                                                  len(key[k])))
        self._gate.add(key[rare])
        if plural and rare == len(key) - 1:
            self._gate.add(key[rare] + "s")

    def gate(self) -> dict:
        # not the first pieces: "h" of "H2 chip" and "s" of "S Pen" are in every "men's"
        return {goods_pieces: frozenset(self._gate)}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._by_first and not self._hotlines:
            return []
        latin = text.latin
        found = [(m.group(), m.start(), m.end()) for m in _PIECE.finditer(latin)]
        out: list[Evidence] = self._hotline_evidence(text) if self._hotlines else []
        dose = workshop = None
        for p, (piece, start, _) in enumerate(found):
            entries = self._by_first.get(piece)
            if not entries or start > 0 and latin[start - 1].isalnum():
                continue
            for key, i, plural, initialism in entries:
                end = self._match(latin, found, p, key, plural)
                if end is None:
                    continue
                fp = self.fingerprints[i]
                field, s, e, matched = text.locate(*text.original_span("latin", start, end))
                if initialism and not matched.isupper():
                    continue
                kind = fp.vocabulary
                extra: list[Evidence] = []
                if kind == "imprint":
                    if dose is None:
                        dose = self._dose_form(text)
                    if not dose:
                        continue
                    extra.append(Evidence(Rule.category, self.weights.category, i, "category", None, None, dose,
                                          term=dose, detail=f"a listing of tablets ('{dose}'): the imprint's goods"))
                    if (sale := self._unlicensed(text)) is not None:
                        extra.append(Evidence(Rule.cue, self.weights.cue, i, *sale, term=f"no prescription: {sale[3]}",
                                              detail="a prescription medicine offered without a prescription, beside "
                                                     "its imprint code"))
                elif kind == "dealer_tool" and not self._in_category(i, text, listing):
                    if workshop is None:
                        workshop = self._workshop(text, listing)
                    if not workshop:
                        continue
                    extra.append(Evidence(Rule.category, self.weights.category, i, "category", None, None, workshop,
                                          term=workshop, detail=f"a listing of diagnostic tools ('{workshop}'): the "
                                                                "dealer tool's goods"))
                if kind == "dealer_tool" and (copied := self._tool_copy(text)) is not None:
                    extra.append(Evidence(Rule.cue, self.weights.cue, i, *copied[:3], copied[3], term=f"{TOOL_COPY}{copied[3]}",
                                          detail="a cloned interface or cracked software, beside the maker's own "
                                                 "dealer tool"))
                why = ("an initialism: needs the brand's category and a cue that claims a copy" if initialism else
                       "needs the brand's category and a counterfeit cue or a price far below the floor")
                out.append(Evidence(KINDS[kind], self.weights.exact, i, field, s, e, matched, fp.value,
                                    detail=f"the goods' own identifier; {why}", everyday=fp.everyday_word,
                                    needs_corroboration=True, needs_cue=True, needs_copy_cue=initialism))
                out.extend(extra)
        if not out:
            return out
        spans = [(e.field, e.start, e.end) for e in out if e.rule in KINDS.values()]
        out = [e for e in out if e.rule not in KINDS.values() or not any(  # "VGR" inside "VGR 50": the longer code
            f == e.field and s <= e.start and e.end <= t and t - s > e.end - e.start for f, s, t in spans)]
        imprinted = {e.fingerprint for e in out if e.rule is Rule.category}  # an imprint's dose form, a tool's workshop
        kept = [e for e in out if e.fingerprint in imprinted or e.rule is not Rule.spec and e.rule is not Rule.street_name]
        return kept + self.in_category([e for e in out if e not in kept], text, listing)

    @staticmethod
    def _match(latin: str, found: list[tuple[str, int, int]], p: int, key: tuple[str, ...], plural: bool) -> int | None:
        """The latin view's end offset of `key` found from piece p, or None."""
        if p + len(key) > len(found):
            return None
        for k, want in enumerate(key):
            piece, start, end = found[p + k]
            last = k == len(key) - 1
            if piece != want and not (last and plural and piece == want + "s"):
                return None
            if k and not (start == found[p + k - 1][2] or _SEPARATOR.fullmatch(latin, found[p + k - 1][2], start)):
                return None
        end = found[p + len(key) - 1][2]
        if end < len(latin) and latin[end].isalnum():
            return None
        return end

    def _hotline_evidence(self, text: ListingText) -> list[Evidence]:
        """The brand's support numbers the listing writes, by their digits (tools26): "1-800-331-4331", "(800) 331 4331",
        "+1 800 331 4331" and "1-800-MY-APPLE" (keypad letters) are each one number; a longer run of digits is no match."""
        latin = text.latin
        out: list[Evidence] = []
        seen: set[int] = set()
        for m in _PHONE.finditer(latin):
            # the groups of digits in order, any run of them ("1 800 982 9337 - 1:1 copy" holds the number and a "1")
            groups = [(g.start(), g.end(), g.group()) for g in _DIGITS.finditer(latin, m.start(), m.end())]
            for a in range(len(groups)):
                for b in range(len(groups), a, -1):
                    digits = "".join(g[2] for g in groups[a:b])
                    if len(digits) >= 7 and digits in self._hotlines:
                        self._hotline_at(text, groups[a][0], groups[b - 1][1], digits, out, seen)
        if any(p in latin for p in _TOLL_FREE):
            for m in _VANITY.finditer(latin):
                letters = "".join(c for c in m.group(2) if c.isalnum())
                if not any(c.isalpha() for c in letters) or len(letters) < 7:
                    continue
                digits = "1" + m.group(1) + letters[:7].casefold().translate(_KEYPAD)
                self._hotline_at(text, m.start(), m.start(2) + len(m.group(2).rstrip(" .-")), digits, out, seen)
        return out

    def _hotline_at(self, text: ListingText, start: int, end: int, digits: str, out: list[Evidence], seen: set[int]) -> None:
        for i in self._hotlines.get(digits, ()):
            if i in seen:
                continue
            seen.add(i)
            fp = self.fingerprints[i]
            field, s, e, matched = text.locate(*text.original_span("latin", start, end))
            out.append(Evidence(Rule.spec, self.weights.exact, i, field, s, e, matched, fp.value,
                                detail="the brand's own support number, which genuine retailers quote too: needs the "
                                       "brand's category and a cue that claims a copy", everyday=fp.everyday_word,
                                needs_corroboration=True, needs_cue=True, needs_copy_cue=True))

    @staticmethod
    def _tool_copy(text: ListingText) -> tuple[str, int, int, str] | None:
        """Where the listing calls a tool cloned or its software cracked (tools26): (field, start, end, text), or None;
        "not a clone", "no crack" are refused."""
        for m in _TOOL_COPY.finditer(text.latin):
            if not _REFUSED.search(text.latin, max(0, m.start() - 30), m.start()):
                return text.locate(*text.original_span("latin", m.start(), m.end()))
        return None

    @staticmethod
    def _workshop(text: ListingText, listing: Listing) -> str:
        """The word that says the listing sells diagnostic tools or their software, or "" (tools26): in its text or
        its category, or the category's own words for such goods."""
        words = text.latin_words & WORKSHOP
        if words:
            return min(words)
        if listing.category and (filed := set(_PIECE.findall(latin_text(listing.category))) & (WORKSHOP | WORKSHOP_CATEGORIES)):
            return listing.category
        if not text.is_ascii and (m := _WORKSHOP_WIDE.search(text.original)):
            return m.group()
        return ""

    @staticmethod
    def _dose_form(text: ListingText) -> str:
        """The word that says the listing sells tablets, pills or capsules, or ""."""
        words = text.latin_words & DOSE_FORMS
        if words:
            return min(words)
        if not text.is_ascii and (m := _DOSE_FORMS_WIDE.search(text.original)):
            return m.group()
        return ""

    @staticmethod
    def _unlicensed(text: ListingText) -> tuple[str, int, int, str] | None:
        """Where the listing offers the medicine without a prescription: (field, start, end, text), or None."""
        for m in UNLICENSED.finditer(text.latin):  # "we never dispense without a prescription" is a pharmacy's rule
            if not _REFUSED.search(text.latin, max(0, m.start() - 30), m.start()):
                return text.locate(*text.original_span("latin", m.start(), m.end()))
        if not text.is_ascii and (m := _UNLICENSED_WIDE.search(text.original)) is not None:
            return text.locate(m.start(), m.end())
        return None

    def stats(self) -> dict[str, int]:
        return {"goods_codes": sum(map(len, self._by_first.values()))}
