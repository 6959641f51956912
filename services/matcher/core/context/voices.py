"""Whose voice a word of a long product page speaks in, and what it is about (pages57, issue 9).

A whole product page (spec table, shipping and returns text, FAQ, pasted reviews, tag cloud, the marketplace's notice,
a comparison with fakes) holds copy words that are no seller's claim about the item on offer, and condition words that
are no statement of its condition. Two readings, both pure:

- `review_spans`: the buyers' reviews pasted into the page (a line that opens with a star rating, "5/5" or "Rating:",
  or any line of a block under a reviews heading, in the markets' languages: "CUSTOMER REVIEWS", "Bewertungen", "Avis
  clients", "Opiniones", "Отзывы", "レビュー", "评价", "리뷰" ...). A review reports on another buyer's unit and parcel:
  its "box was dented", "slight scratch" or "used it for a week" state no condition of the goods on offer
  (condition.py skips condition words inside a review). A review's copy word still counts: a buyer who writes "fake
  but good" says what the seller sells.
- `unclaimed`: a copy word said of copies in general or of a fear, not of this item, whoever says it:
  `fear`: a fear the goods proved genuine ("I was afraid it was fake but it is original", "hatte Angst, dass es eine
  Fälschung ist, aber es ist echt", "pensé que era falso pero es original");
  `policy`: a rule about counterfeits in general, a condition or a claim against the shop ("if any item proves
  counterfeit we refund 200%", "counterfeit claims: …", "im Fall einer Fälschung", "si es falso le devolvemos");
  `notice`: the marketplace's or the shop's ban ("selling counterfeit, replica or fake items is prohibited", "report
  fakes", "zero tolerance for counterfeits", "Verkauf von Fälschungen ist verboten");
  `guide`: telling the genuine from copies, the copy the foil ("how to spot fake …", "real vs fake …", "genuine vs
  knock-offs", "unlike cheap replicas", "beware of fakes", "avoid imitations", "wie man Fälschungen erkennt").
  A copy word after the seller's own words for the goods ("our replicas", "this copy", "ours is a replica", "we sell
  …") is always the seller's claim, in any frame, and a frame reaches only within its sentence.

Sources: how marketplaces lay out product pages (Amazon, eBay, Shopee, AliExpress, Etsy: reviews under a heading or
with stars, FAQ, returns text, the platforms' own anti-counterfeit notices) and how buyers word reviews and shops word
guarantees; general knowledge, written for BrandSentry, no held-out listing's sentence.
"""

from __future__ import annotations

import re

# (pages57) the frames are read on a text this long or longer: a product page with its furniture (a one-line listing's
# "fake" beside "if" is read by negation.py and the rest as before)
PAGE_LENGTH = 600

# a line that opens with a star rating or a score ("★★★★☆ Ana: …", "5/5 - …", "Rating: 4", "⭐⭐⭐⭐⭐")
_STARRED = re.compile(r"^\s*(?:[★☆⭐✩✭✮✯]{3,}|[1-5](?:[.,]\d)?\s*/\s*5\b|[1-5]\s*(?:stars?|sterne|étoiles|estrellas|"
                      r"stelle|estrelas|звезд\w*|yıldız|bintang|sao)\b|(?:rating|bewertung|note|calificación|voto|"
                      r"avaliação|оценка|puan|評分|评分|評価|평점)\s*[:=]\s*[1-5])", re.IGNORECASE | re.MULTILINE)
# a heading of the buyers' reviews block, alone on its line (with a count or a colon after it)
_REVIEW_HEAD = re.compile(
    r"^\W*(?:customer |buyer |product |verified |top |recent |latest )?(?:reviews?|ratings?(?: (?:&|and) reviews)?|"
    r"testimonials|feedback|what (?:our )?(?:customers|buyers) say|kundenbewertungen|bewertungen|rezensionen|"
    r"avis(?: clients| des clients)?|commentaires clients|opiniones(?: de clientes)?|reseñas|valoraciones|recensioni|"
    r"avaliações|opiniões|comentários|beoordelingen|recensies|opinie(?: klientów)?|recenzje|отзывы(?: покупателей)?|"
    r"відгуки|yorumlar|değerlendirmeler|ulasan|penilaian(?: produk)?|đánh giá(?: sản phẩm)?|รีวิว|"
    r"レビュー|カスタマーレビュー|口コミ|评价|評價|买家评价|買家評價|用户评价|评论|리뷰|구매후기|후기|التقييمات|المراجعات)"
    r"\b[^\n]{0,20}$", re.IGNORECASE | re.MULTILINE)
# the heading of any other block: an all-capitals line of letters ("SHIPPING", "ABOUT THE SELLER"), a short line
# ending with a colon ("Shipping:", "Q&A:") or a line opening with a capitals label ("TAGS: …", "NOTE FROM SELLER: …")
_ANY_HEAD = re.compile(r"^[^\S\n]*(?:[^a-z\n]*[A-Z]{3}[^a-z\n]*$|[^\n]{2,30}:[^\S\n]*$|[A-Z][A-Z &/-]{2,}:)", re.MULTILINE)


def review_spans(original: str) -> list[tuple[int, int]]:
    """The spans of `original` that are buyers' reviews: starred lines and the lines of a block under a reviews
    heading (to the next heading or the end). [] for a text with neither (one regex each)."""
    spans = [(m.start(), original.find("\n", m.start()) % (len(original) + 1) or len(original))
             for m in _STARRED.finditer(original)]
    for head in _REVIEW_HEAD.finditer(original):
        start = head.end()
        nxt = next((h.start() for h in _ANY_HEAD.finditer(original, start + 1) if not _REVIEW_HEAD.match(
            original, h.start())), len(original))
        spans.append((start, nxt))
    return sorted(spans)


def in_spans(spans: list[tuple[int, int]], start: int) -> bool:
    return any(s <= start < e for s, e in spans)


# the seller's own words for the goods before a copy word: the seller's claim, in any frame
_OWN = re.compile(r"(?:\b(?:our|ours|my|this|these|we sell|we offer|we make|it is|it's|is a|unser\w*|diese\w*|notre|nos|"
                  r"nuestr\w*|este|esta|nostr\w*|questo|questa|nasz\w*|наш\w*|это|bizim|kami)\W+(?:\w+\W+){0,2})$",
                  re.IGNORECASE)
# a fear before the copy word ("afraid it was", "worried it might be", "thought it would be", "Angst, dass", "peur que")
_FEAR = re.compile(
    r"\b(?:afraid|scared|worried|feared|fear(?:ed)?|nervous|suspicious|sceptical|skeptical|doubt(?:ed|ful)?|"
    r"unsure|not sure|thought|expected|suspected|wondered|angst|befürchtet|dachte|zweifel\w*|peur|craignais|pensais|"
    r"doutais|miedo|temía|pensé|pensaba|dudaba|paura|temevo|pensavo|medo|achei|bałam|bałem|myślałam|myślałem|"
    r"боял\w*|думал\w*|сомневал\w*|korktum|sandım|takut|kira|sợ|tưởng)\b", re.IGNORECASE)
# the fear resolved: the goods are genuine after all
_RESOLVED = re.compile(
    r"\b(?:but|yet|turned out|it is|it's|is|was|and it is|however|aber|doch|ist|mais|c'est|était|pero|es|era|ma|è|"
    r"mas|é|ale|jest|но|оказал\w*|ama|tapi|nhưng)\b[^.!?\n]{0,40}?\b(?:100\s?% )?(?:original|genuine|authentic|real|"
    r"legit|the real (?:thing|deal)|echt|authentique|d'origine|auténtico|autentico|originale|autêntico|oryginał\w*|"
    r"oryginaln\w*|оригинал\w*|подлинн\w*|orijinal|asli|chính hãng)\b", re.IGNORECASE)
# a rule about copies in general: a condition before the copy word, or a claim or complaint after it
_IF = re.compile(
    r"\b(?:if|should|in case|in the unlikely event|whether|wenn|falls|si|caso|se|jeśli|jeżeli|jezeli|если|eğer|jika|"
    r"apabila|nếu)\b[^.!?\n]{0,50}?\b(?:is|are|be|proves?|proven|turns? out|found|deemed|identified as|ist|sind|sich als|"
    r"est|sont|s'avère|es|son|resulta|è|sono|risulta|jest|są|окажется|является|ise|çıkarsa|adalah|ternyata|là)"
    r"\W+(?:to be\W+|als\W+)?(?:an?\W+|eine?\W+|une?\W+|una?\W+)?$"
    r"|\b(?:in case of|im fall(?:e)?(?: einer| eines)?|en cas de|en caso de|in caso di|w przypadku|в случае|any)\W+$",
    re.IGNORECASE)
_CLAIMS_AFTER = re.compile(r"^\W{0,3}(?:\w+\W+){0,2}?(?:claims?|complaints?|allegations?|reports?|disputes?|"
                           r"reklamation\w*|réclamations?|reclamaciones|reclami|reklamacje|претензи\w*)\b",
                           re.IGNORECASE)
_REMEDY = re.compile(r"\b(?:refund\w*|money back|reimburs\w*|compensat\w*|guarantee\w*|pay (?:you )?back|return it|"
                     r"genuine|authentic|original|erstatt\w*|geld zurück|rembours\w*|garanti\w*|reembols\w*|devolv\w*|"
                     r"rimbors\w*|zwrot\w*|gwarant\w*|возврат\w*|вернём|верн[её]м|гарант\w*|iade|garansi|hoàn tiền)",
                     re.IGNORECASE)
# a likeness, no genuine goods: "but quality is like the original"
_LIKENESS = re.compile(r"\b(?:like|as|same|identical|than|to|vs|looks?|wie|comme|como|come|jak|как)\b", re.IGNORECASE)
_WE = re.compile(r"\b(?:we|i|i'm|we're|wir|ich|nous|je|nosotros|yo|noi|io|my|мы|я|biz|kami|saya)\b", re.IGNORECASE)
# a ban on selling copies: the marketplace's or the shop's notice
_BAN = re.compile(r"\b(?:prohibited|forbidden|not (?:allowed|permitted|tolerated)|banned|zero tolerance|"
                  r"report (?:it|them|any|suspicious|the)|verboten|untersagt|interdit\w*|prohibid\w*|vietat\w*|"
                  r"proibid\w*|zabronion\w*|запрещ\w*|yasak\w*|dilarang|禁止|금지)", re.IGNORECASE)
_SELLING = re.compile(r"\b(?:sell(?:ing)?|sale of|sales of|listing|listings|list(?:ing)? of|trade in|offer(?:ing)? of|"
                      r"report|verkauf von|vente de|venta de|vendita di|sprzedaż|продажа|satış\w*|penjualan)\b"
                      r"[^.!?\n]{0,40}$", re.IGNORECASE)
# telling the genuine from copies: the guide's words right before the copy word, or the genuine set against it
_GUIDE_BEFORE = re.compile(
    r"(?:how to (?:spot|tell|identify|recogni[sz]e|detect|avoid)|spot(?:ting)?|identify(?:ing)?|tell(?:ing)? apart|"
    r"(?:real|genuine|original|authentic)\W+(?:[^\W\d]+\W+){0,2}?(?:vs\.?|versus)|beware of|avoid(?:ing)?|protect (?:yourself|you)"
    r" (?:from|against)|unlike|compared (?:to|with)|instead of|don't (?:buy|fall for|be fooled by)|never buy|"
    r"erkennen)"
    r"\W+(?:(?:a|an|the|cheap|cheaper|common|typical|most|many|so-called|low-quality|illegal|dangerous|fake|"
    r"so|these|those|any|other)\W+){0,3}$", re.IGNORECASE)
_GUIDE_AFTER = re.compile(r"^\W*(?:(?:and|or|&|/|,)\W*\w+\W*){0,2}?(?:vs\.?|versus)\W+(?:the\s+)?(?:real|genuine|"
                          r"original|authentic)\b|^\W{0,3}(?:\w+\W+){0,3}?(?:none of (?:these|this|that)|no (?:serial|"
                          r"warranty|certificate)|(?:are|is) (?:dangerous|illegal|unsafe|inferior|sold elsewhere))",
                          re.IGNORECASE)
# the copy noun read as what "how to spot" guides name: "fake", "counterfeit", "knock-off", "replica", "imitation"
_SENTENCE_END = re.compile(r"[.!?\n;]|$")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n;])[^.!?\n;]*$")

VOICE = "said of copies in general, not of the goods on offer: "
WHY = {
    "fear": "a buyer's fear the goods proved genuine",
    "policy": "a rule about counterfeits in general (a refund, a guarantee or a claim against the shop)",
    "notice": "the marketplace's or the shop's ban on selling copies",
    "guide": "telling the genuine goods from copies (the copy is the foil)",
}


def _sentence(original: str, start: int, end: int) -> tuple[int, int]:
    head = _SENTENCE_START.search(original, max(0, start - 200), start)
    left = head.start() if head is not None else max(0, start - 200)
    tail = _SENTENCE_END.search(original, end, min(len(original), end + 200))
    return left, tail.start() if tail is not None else min(len(original), end + 200)


def frame(original: str, start: int, end: int) -> str | None:
    """The frame (a key of WHY) the copy word at original[start:end] is said in when it is no claim about the item
    on offer, else None. Pure."""
    left, right = _sentence(original, start, end)
    before, after = original[left:start], original[end:right]
    if _OWN.search(before[-60:]):
        return None
    if _FEAR.search(before) and (m := _RESOLVED.search(after)) is not None and not _LIKENESS.search(m.group(0)):
        return "fear"
    if (_IF.search(before) or _CLAIMS_AFTER.search(after)) and (_REMEDY.search(before) or _REMEDY.search(after)):
        return "policy"
    if (_BAN.search(after) or _BAN.search(before)) and _SELLING.search(before) and not _WE.search(before):
        return "notice"  # impersonal: "we are selling replicas, banned in …" is the seller's
    if _GUIDE_BEFORE.search(before[-60:]) or _GUIDE_AFTER.search(after[:80]):
        return "guide"
    return None


def unclaimed(original: str, spans) -> dict[tuple[int, int], str]:
    """The copy words among `spans` ((start, end) pairs, or objects with .start and .end, in `original`) said in a
    frame that claims nothing about the item on offer (`frame`), by span, with the reason the evidence gives. Pure."""
    out = {}
    for f in spans:
        start, end = (f.start, f.end) if hasattr(f, "start") else f
        if (kind := frame(original, start, end)) is not None:
            said = original[max(0, start - 40):min(len(original), end + 40)].replace("\n", " ").strip()
            out[(start, end)] = f"{VOICE}{WHY[kind]} ('…{said}…')"
    return out
