"""Takedown notices rendered from an alert: the evidence receipt as JSON and as text. Pure functions."""

from __future__ import annotations

import re
from datetime import datetime

from schemas import Alert
from schemas.portal import EvidenceItem, TakedownNotice
from services.portal.triage import marks_of

STATEMENT = (
    "{holder} is the owner of the trademarks named below. The listing identified in this notice offers goods that "
    "we have good-faith reason to believe infringe those trademarks. The evidence below was recorded automatically "
    "when the listing was observed. We request that the listing be removed. The information in this notice is "
    "accurate to the best of our knowledge."
)


def render_notice(alert: Alert, *, requested_by: str, now: datetime) -> TakedownNotice:
    m = alert.match
    listing = m.listing
    positive = [s for s in m.signals if s.weight > 0]
    return TakedownNotice(
        alert_id=alert.alert_id,
        rights_holder=m.brand_name,
        brand_id=alert.brand_id,
        marketplace=listing.marketplace,
        listing_id=listing.listing_id,
        listing_key=alert.listing_key,
        listing_url=listing.url,
        listing_title=listing.title,
        price=f"{listing.price.amount:.2f} {listing.price.currency}" if listing.price else None,
        seller_id=listing.seller.id,
        seller_name=listing.seller.name,
        seller_country=listing.seller.country,
        seller_prior_alerts=alert.seller_prior_alerts,
        marks_matched=marks_of(alert),
        rules=sorted({s.rule.value for s in positive}),
        score=round(m.score, 4),
        threshold=m.threshold,
        severity=alert.severity,
        status=alert.status,
        evidence=[EvidenceItem(**s.model_dump(include=set(EvidenceItem.model_fields))) for s in m.signals],
        listing_observed_at=listing.observed_at,
        matched_at=m.matched_at,
        alert_created_at=alert.created_at,
        matcher_version=m.matcher_version,
        rendered_at=now,
        requested_by=requested_by,
        statement=STATEMENT.format(holder=m.brand_name),
    )


def _at(item: EvidenceItem) -> str:
    if item.start is None:
        return item.field
    return f"{item.field}[{item.start}:{item.end}]"


# Rules that weigh the context of a mention and can only lower a score (accessory and comparisons, negation,
# category_distance, foreign_word, everyday_word: a mark that is an everyday word, or a Chinese alias read
# across ordinary words, needs corroboration): a reviewer sees that they were checked, and why they did not clear it.
CONTEXT_RULES = ("accessory", "negation", "category_distance", "foreign_word", "everyday_word", "authorized_seller",
                 "subject",  # subject: a book, course or service about the brand's goods (matcher context/subject.py)
                 "condition",  # condition: used, refurbished, grey import, vintage, sample (matcher context/condition.py)
                 "fair_price",  # fair_price: a plain mark at or above the floor, a retailer's listing (context/retail.py)
                 "sale_format",  # sale_format: an auction's bid, a giveaway's 0, a swap's missing price (context/formats.py)
                 "marked")  # marked: the brand's name with its logo or pattern on the goods, no frame lowers it (context/marked.py)


def _context(n: TakedownNotice) -> list[str]:
    return [r for r in CONTEXT_RULES if any(e.rule == r for e in n.evidence)]


# How a listing disguised the mark, per identity rule (the matcher's detectors, issue 9), in the words a
# marketplace reviewer reads: a notice says not only that the mark matched but how it was hidden.
DISGUISE_RULES = {
    "confusable": "look-alike, accented or leetspeak characters, letters spelled apart, or text stored reversed "
                  "and shown as the mark by a right-to-left override",
    "fuzzy": "a misspelling of the mark, also an ordinary word one letter from it used in its place next to a "
             "counterfeit cue (the number of edits is given)",
    "skeleton": "letter sequences drawn like a letter of the mark: rn for m, cl for d, vv for w (Unicode UTS #39)",
    "intrusion": "symbols, punctuation or spaces inside the mark, or a symbol in place of one of its letters",
    "glued": "the mark glued to other words, in a hashtag, by a change of case or inside a run of common words",
    "variant": "the Chinese mark written in the other script (Traditional for Simplified, or back)",
    "components": "the Chinese mark with characters written as their components side by side (古马也 for 古驰, 拆字)",
    "homophone": "the Chinese mark written with other characters of the same pronunciation (pinyin)",
    "transliteration": "the mark written in another script by its sound (katakana, Cyrillic, Arabic, Hangul ...)",
    "phonetic": "the mark respelt the way it sounds (ph for f, ck or q for c, ks for x ...), said aloud in other words "
                "(Row Lex) or its Korean name romanised (Rollekseu)",
    "vowel_drop": "the mark written without its vowels, its consonants kept",
    "doubled": "the mark with letters repeated inside it (Guuccii for Gucci), which a reader skips",
    "initialism": "the initials of the mark (LV, TNF) next to the replica trade's words (UA, super clone, 1:1)",
    "scattered": "the words of the mark in another order or spread over the title, next to a counterfeit cue or price",
    "translated": "the words of the mark translated into another language, next to a counterfeit cue or price",
    "markup": "HTML markup inside the mark (character references such as &#x47;, tags such as <b>), which a page "
              "that renders the listing shows as the mark",
    "upside_down": "the mark written upside down with turned letters (xǝloɹ)",
    "reversed": "the mark spelt backwards (xelor)",
    "fancy_letters": "the mark written with look-alike characters of other scripts (几丨Ҝ乇 for NIKE)",
    "pinyin": "the Chinese mark written in Latin letters by its pronunciation (pinyin: nai ke for 耐克)",
    "line_break": "the mark cut by a line break, hyphenated or not, or begun at the end of the title and finished at "
                  "the start of the description",
    "house_code": "the Chinese trade's code for the house, its first syllable or letter and 家 (劳家, G家), next to "
                  "a counterfeit cue or price",
    "initial_consonants": "the initial consonants of the brand's Korean name (ㄹㄹㅅ for 롤렉스), next to a "
                          "counterfeit cue or price",
    "imprint": "the code the brand imprints on its tablets (VGR100, PD 156), in a listing of tablets offered without "
               "a prescription or far below the price floor",
    "spec": "a calibre, chip or feature only the brand's goods have (calibre 3235, H2 chip, Coanda), next to a "
            "counterfeit cue or price",
    "street_name": "the street's short name for the brand or its goods (Carti, Pods, Forces; initials RLX), next to a "
                   "counterfeit cue or price",
    "kana_abbreviation": "the brand's Japanese katakana name cut short (ロレ for ロレックス, ヴィトン), next to a "
                         "counterfeit cue or price",
    "riddle": "the brand named by a riddle, its logo or origin described beside the word 'brand' (the fruit brand, "
              "marca de la corona, 水果牌), next to a counterfeit cue or price",
    "clue": "the brand named by a crossword clue, the letters of its name counted and its first or last letter given "
            "(brand: 5 letters, starts with R, ends with X), next to a counterfeit cue or price",
    "spelt_model": "a registered model number spelt out in words, digit by digit and letter by letter (one two six six "
                   "one zero L N for 126610LN)",
    "model_base": "a registered model number cut to its base or given another suffix (DD1391 or DD1391-101 for "
                  "DD1391-100, SM-S928 for SM-S928B), next to a counterfeit cue or price",
    "item_id": "the goods named only by the id a marketplace gives the brand's own listing of them (same as Amazon ASIN "
               "B0BDHWDR12), next to a counterfeit cue or price",
    "list_price": "the goods named only by the list price the brand publishes for them, quoted as the anchor of the offer "
                  "(boutique RRP USD 10,250), next to a counterfeit cue or price",
    "ingredients": "the goods named only by the ingredient, active-ingredient or fragrance-note list the brand publishes "
                   "for them, several items in the label's order, next to a cue that claims a copy",
    "dimensions": "the goods named only by the exact size the brand publishes for them (162.3 x 79.0 x 8.6 mm, 31 x 28 x "
                  "14 cm), next to a counterfeit cue or price",
    "appearance": "a medicine or device named only by its look as the brand's label describes it (blue diamond 100 mg "
                  "tablets, white elliptical 20 mg tablets), with no generic name, next to a counterfeit cue or a sale "
                  "without prescription",
    "identifier": "the brand named only by a register's code for it: its (or its parent's) ISIN securities code, its "
                  "Wikidata item id, a VIN's world manufacturer identifier, an FDA labeler code (NDC) or its products' "
                  "interface glyphs, next to a counterfeit cue",
    "grantee_code": "the goods named only by the radio regulator's id printed on the brand's devices: an FCC ID under the "
                    "brand's grantee code (FCC ID BCG-A3047) or an ISED number under its company number, next to a "
                    "counterfeit cue or price",
    "barcode": "the goods named only by the barcode printed on the brand's genuine pack: an EAN-13, UPC-A or GTIN-14 under "
               "the brand's GS1 company prefix (EAN 5449000000996), next to a counterfeit cue or price",
    "keyboard_layout": "the mark typed with the wrong keyboard layout switched on (hjktrc for Ролекс on the Latin keys, "
                       "Кщдуч for Rolex with the Russian layout on, fhffprtm for 롤렉스 with the Korean IME off)",
    "acrostic": "the mark spelt by the first letters of the description's lines, one line for each letter (an acrostic)",
    "puzzle": "the mark as the answer of a word puzzle the listing sets: the Nth letters of words ('take the 2nd letter of "
              "each word'), a word-search letter grid, a rebus of everyday words (Roll + Ex), an edit of another word "
              "('Bolex', B→R) or the capitals of bracketed names (R(ay-Ban) O(akley) ...)",
    "drawn": "the mark drawn with characters: a banner of ASCII art over several lines (# or █ blocks, FIGlet fonts) "
             "or its letters stacked one a line, read back as the letters it draws",
    "decoded": "the mark written in a code the buyer decodes: Braille cells, Morse code, a spelling alphabet (Romeo "
               "Oscar Lima Echo X-ray), its pronunciation in IPA (/ˈroʊlɛks/) or its letters scrambled with a hint (XLEOR)",
}


def _disguises(n: TakedownNotice) -> list[str]:
    return [f"  - {r}: {DISGUISE_RULES[r]}" for r in DISGUISE_RULES if r in n.rules]


#: what may not stand as it is in a line of the text notice: C0/C1 controls (CR, LF, VT, FF, NEL ...), the Unicode line
#: and paragraph separators, and the bidirectional embeddings, overrides and isolates (and marks) that reorder what a
#: reader sees (Unicode TR #9; CVE-2021-42574's "Trojan Source")
_NOT_IN_A_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def one_line(value: str) -> str:
    """A field of the listing (the seller's words) as one line of the text notice: line breaks of every kind and bidi
    controls shown as escapes (\\n, \\u2028), so a title cannot forge a line of the notice (tenant57: 'BOSE 1:1⏎  url:
    <a rival's listing>' put a second url line in the notice a marketplace acts on)."""
    return _NOT_IN_A_LINE.sub(lambda m: _ESCAPES.get(m.group(), f"\\u{ord(m.group()):04x}"), value)


def notice_text(n: TakedownNotice) -> str:
    n = n.model_copy(update={name: one_line(value) for name, value in n if type(value) is str}
                     | {"marks_matched": [one_line(m) for m in n.marks_matched]})
    lines = [
        f"TAKEDOWN NOTICE — {n.marketplace}",
        "",
        f"Rights holder:   {n.rights_holder} ({n.brand_id})",
        f"Reference:       BrandSentry alert {n.alert_id}",
        "",
        "Listing",
        f"  id:            {n.listing_id}",
        f"  url:           {n.listing_url or '(not given)'}",
        f"  title:         {n.listing_title}",
        f"  price:         {n.price or '(not given)'}",
        f"  seller:        {n.seller_id}" + (f" — {n.seller_name}" if n.seller_name else "")
        + (f" ({n.seller_country})" if n.seller_country else ""),
        f"  seller's earlier alerts for {n.rights_holder}: {n.seller_prior_alerts}",
        f"  observed at:   {n.listing_observed_at.isoformat()}",
        "",
        f"Marks matched:   {', '.join(n.marks_matched) or '(none: see evidence)'}",
        f"Rules:           {', '.join(n.rules)}",
        f"Context checked: {', '.join(_context(n)) or '(nothing lowered the score)'}",
        f"Score:           {n.score:.3f} (alert threshold {n.threshold:.2f}), severity {n.severity.value}",
    ]
    if disguises := _disguises(n):
        lines += ["", "How the mark was disguised", *disguises]
    lines += [
        "",
        "Evidence (rule, where, listing text → registered term, weight)",
    ]
    for e in n.evidence:
        what = f"{e.text!r} → {e.term!r}" if e.text and e.term else repr(e.text or e.term) if e.text or e.term else ""
        extra = []
        if e.distance is not None:
            extra.append(f"distance {e.distance}")
        if e.ratio is not None:
            extra.append(f"price ratio {e.ratio:.2f}")
        if e.detail:
            extra.append(one_line(e.detail))
        lines.append(f"  - {e.rule:<17} {_at(e):<22} {what} weight {e.weight:+.2f}"
                     + (f" ({'; '.join(extra)})" if extra else ""))
    lines += [
        "",
        f"Matched at {n.matched_at.isoformat()} by matcher {n.matcher_version}; alert raised {n.alert_created_at.isoformat()}.",
        "",
        n.statement,
        "",
        f"Requested by {n.requested_by}, {n.rendered_at.isoformat()}.",
    ]
    return "\n".join(lines) + "\n"
