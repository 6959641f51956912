"""A price that is one payment of several: an instalment, a financing plan, a subscription or a rental period.

Retailers and marketplaces that take card instalments or buy-now-pay-later show, in the price field or the title, one
payment of a plan ("24x sem juros", "12x de R$ 199", "pay in 4 with Klarna", "6 meses sin intereses", "24 taksit",
"ab 49 €/Monat", "月々", "分期"): read as the goods' price it is a small fraction of the floor, and a genuine product
reads as a copy price. `read_terms(text)` finds the first such term of a listing's title or description:

- the number of payments when it is stated ("24x", "pay in 4", "12 monthly payments", "6 Raten", "分12期", "12回払い",
  "Afterpay" and "Clearpay", whose plans are four payments by definition): the price judged is the plan's total, the price
  times that count (index.py `_context_evidence`);
- else (a monthly rate, "0% finance", "分期", a rental "per day"): the total cannot be known; the price is not judged as
  low, unless even `UNSTATED_PAYMENTS` payments of it stay far below the floor (a copy at a copy price that also says
  "/month" still alerts: a plan of more payments than that is no consumer-goods plan).

Never a copy's shield: the plan's total is judged like any price (a copy at a fraction of the floor times four is
still a fraction), and the copy cues, disguises and model numbers count as before.

Source of the phrases: the checkout wording of card instalments and buy-now-pay-later in the marketplaces' languages,
written for BrandSentry from general knowledge of them (Brazil's "parcelado em 10x sem juros", Mexico's "meses sin
intereses" (MSI), Argentina's "cuotas sin interés", Turkey's "taksit", Klarna/Afterpay/Clearpay/PayPal "Pay in 4",
Germany's "Ratenzahlung", "0% Finanzierung", France's "paiement en 3 fois sans frais", Italy's "in 3 rate", Poland's
"raty 0%", Japan's 分割払い/月々, China's 分期/免息, Korea's 무이자 할부, Indonesia's cicilan, Vietnam's trả góp, Thailand's
ผ่อน 0%, the Arab markets' تقسيط, Israel's תשלומים); nothing is taken from a held-out set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from price_parser import Price

from services.matcher.core.normalise import FIELD_SEPARATOR, ListingText

# the most payments a consumer-goods plan runs to when its count is not stated (card instalments go to 24 in Brazil,
# Mexico and Turkey, phone and BNPL financing to 36; 48 covers the longest retail financing): a price that even that
# many times stays far below the floor is a copy's price, whatever the listing calls it
UNSTATED_PAYMENTS = 48
# the fewest and most payments a stated count is read as (2 is "2x"; a count above this is a quantity or a model)
MIN_PAYMENTS, MAX_PAYMENTS = 2, 60

# a count: not a piece of a model code ("EOS R6", "Galaxy S24": a Latin or Cyrillic letter right before it is no count)
_N = r"(?<![\d.,a-zа-я])(?P<n>\d{1,2})(?!\d)"
_AMOUNT = r"(?:r\$|us\$|\$|€|£|¥|tl|₺|rp\.?|zł|kr|eur|usd|brl|mxn|ars|clp|cop|try)?\s?\d[\d.,]*"

# (kind, expression): a named group `n` holds the count when the phrase states it. Matched against the casefolded text;
# the order is the reading order, count-stating phrases first.
_COUNTED = [
    # Portuguese / Spanish "24x sem juros", "12x de R$ 199", "em até 10x", "10x sin interés", "6x s/ juros"
    ("instalment", rf"(?<![\w.,]){_N}\s?x\s?(?:de\s?{_AMOUNT}\s?)?(?:sem|s/|sin|s\.)\s?(?:juros|interés|interes|intereses)"),
    ("instalment", rf"(?<![\w.,]){_N}\s?x\s(?:sans\sfrais|senza\sinteressi|ohne\szinsen|zinsfrei|interest[\s-]free)"),
    ("instalment", rf"(?<![\w.,]){_N}\s?x\s?de\s?(?:r\$|us\$|\$|€)\s?\d[\d.,]*"),
    ("instalment", rf"(?:em|en|até|ate|hasta)\s(?:até\s)?{_N}\s?x(?![\w])"),
    ("instalment", rf"(?:parcelado|parcelamento|parcele|dividido)\s(?:em\s)?(?:até\s)?{_N}\s?(?:x|vezes)"),
    ("instalment", rf"{_N}\s(?:parcelas|prestações|prestacoes|vezes sem juros)"),
    # Spanish: "6 meses sin intereses", "12 MSI", "12 cuotas sin interés", "18 mensualidades", "12 pagos fijos"
    ("instalment", rf"{_N}\s(?:meses\ssin\sintereses|meses\ssin\sinterés|msi|cuotas|mensualidades|pagos\sfijos|pagos\ssin"
                   rf"|plazos|quincenas)(?!\w)"),
    # English: "pay in 4", "4 interest-free payments", "12 monthly payments", "24 monthly instalments", "in 3 installments"
    ("instalment", rf"(?:pay|split(?:\sit)?)\sin\s{_N}(?!\w)(?!\s?(?:days|day|tage|tagen|dagen|jours|días|dias|giorni))"),
    ("instalment", rf"{_N}\s(?:interest[\s-]free\s|equal\s|easy\s|monthly\s|fortnightly\s|weekly\s)*(?:payments|instalments"
                   rf"|installments|monthly\sinstalments|monthly\sinstallments)(?!\w)"),
    ("instalment", rf"{_N}[\s-](?:month|mo)\s(?:plan|financing|finance|instalment|installment|payment\splan)"),
    # German: "6 Raten", "in 12 Monatsraten", "Ratenzahlung 6 Monate", "Finanzierung über 24 Monate"
    ("instalment", rf"{_N}\s(?:raten|monatsraten|monatliche\sraten)(?!\w)"),
    ("instalment", rf"(?:ratenzahlung|ratenkauf|finanzierung|0\s?%\s?finanzierung)\s(?:in\s|über\s|auf\s)?{_N}\s(?:monate|monaten|raten)"),
    # French "en 3 fois sans frais", "paiement en 4x", "10 mensualités"; Italian "in 3 rate", "10 rate a tasso zero"
    ("instalment", rf"(?:en|in)\s{_N}\s?(?:fois|x|rate|rata)(?!\w)"),
    ("instalment", rf"{_N}\s(?:fois\ssans\sfrais|mensualités|mensualites|rate\smensili|rate\sa\stasso\szero|rate\ssenza"
                   rf"\sinteressi|rate\s0|rate\sda|rate\sdi)(?!\w)"),
    # Dutch "in 3 termijnen"; Polish "10 rat 0%", "20 rat"; Turkish "24 taksit", "9 ay taksit"; Indonesian "cicilan 12
    # bulan"; Vietnamese "trả góp 12 tháng"; Thai "ผ่อน 10 เดือน"; Russian "рассрочка 12 мес", "12 платежей"
    ("instalment", rf"{_N}\s(?:termijnen|rat|raty|taksit|ay\staksit|платежей|платежа|платежи)(?!\w)"),
    ("instalment", rf"(?:cicilan|angsuran|kredit|trả\sgóp|tra\sgop|ผ่อน|рассрочка|рассрочку|taksit)\s(?:0\s?%\s)?(?:hingga\s"
                   rf"|sampai\s|до\s|на\s)?{_N}\s?(?:bulan|tháng|thang|เดือน|мес|месяцев|месяца|ay)"),
    # Hebrew "12 תשלומים"; Arabic "12 قسط", "على 12 شهر"
    ("instalment", rf"{_N}\s(?:תשלומים|قسط|أقساط|اقساط|دفعات)"),
    ("instalment", rf"(?:على|علي)\s{_N}\s(?:شهر|أشهر|اشهر|قسط|دفعات)"),
    # Japanese 12回払い / 24回分割; Chinese 分12期, 12期免息, 24期分期; Korean 12개월 무이자, 무이자 12개월
    ("instalment", rf"{_N}\s?(?:回払い|回払|回分割|期免息|期分期|期0息|期零息)"),
    ("instalment", rf"分\s?{_N}\s?期"),
    ("instalment", rf"{_N}\s?개월\s?(?:무이자|할부)"),
    ("instalment", rf"(?:무이자|할부)\s?{_N}\s?개월"),
    # a monthly rate and its months: "monthly price, 24 months", "24 months at 53.50/month", "ab 49 €/Monat, 24 Monate"
    ("instalment", rf"(?:monthly|per\smonth|(?<=[\d€$£¥₽])\s?(?:a|each|every)\smonth|/\s?month|/\s?mo|pro\smonat|im\smonat|/\s?monat|mtl\.?"
                   rf"|par\smois|/\s?mois|al\smes|por\smes|/\s?mes|/\s?mês|por\smês|al\smese|/\s?mese|miesięcznie|/\s?mies"
                   rf"|aylık|per\sbulan|/\s?bulan|/\s?tháng|/\s?мес|в\sмесяц|/\s?maand|per\smaand|/\s?mån|月々|月额|月額|每月|/月)"
                   rf"[^.\n]{{0,24}}?(?:for\s|over\s|x\s|über\s|sur\s|durante\s|por\s|per\s|in\s)?{_N}\s?(?:months|mos?(?!\w)|mths?(?!\w)|monate|monaten|mois|meses"
                   rf"|mesi|miesięcy|ay|bulan|か月|ヶ月|个月|期|개월)(?!\s?(?:warranty|garantie|garantía|garantia|garanzia"
                   rf"|gwarancji|guarantee|gewährleistung|保証|保修|보증))"),
    # buy-now-pay-later plans of four payments by definition
    ("instalment", r"(?P<four>afterpay|clearpay)"),
]
_UNCOUNTED = [
    # a BNPL provider's name alone ("with Klarna") says no price is one payment: Klarna also sells "pay in 30 days"; nor do
    # words with an everyday sense ("livraison sans frais" is free delivery, "a rate", 하루 "a day", günlük "daily"); a
    # subscription ("subscription 12 months", Abo) is priced whole, as the registry's software floors are
    ("instalment", r"(?<!\w)(?:interest[\s-]free"
                   r"\s(?:credit|instalments|installments)|instalments?|installments?|sem\sjuros|sin\sintereses|sin\sinterés"
                   r"|meses\ssin\sintereses|cuotas\ssin\sinterés|ratenzahlung|ratenkauf|paiement\sen\splusieurs\sfois"
                   r"|rateale|tasso\szero|raty|na\sraty|taksitli|taksit|cicilan|trả\sgóp|рассрочк\w*"
                   r"|a\splazos|pago\sa\smeses|mensualidades|in\srate|rate\sda|parcelado|parcelas|emi|no\scost\semi|rata\smensile|monatliche\srate|teilzahlung"
                   r"|mensualités?|taksitle|paylater|pay\slater|оплата\sдолями|долями|оплата\sчастями|розстрочк\w*|gespreid\sbetalen"
                   r"|in\stermijnen|delbetalning|avbetalning|osamaksu\w*|splátk\w*|részletfizetés\w*|किस्त\w*)(?!\w)"
                   r"|分期|免息|分割払い|分割|月々|月付|每期|무이자|할부|ผ่อน|تقسيط|أقساط|תשלומים"),
    ("financing", r"(?<!\w)(?:finance\savailable|0\s?%\sfinance|0\s?%\sapr|financing|finanzierung|financement|financiamiento"
                  r"|financiación|financiamento|finanziamento|leasing|lease|rata\s0\s?%|kredit\s0\s?%)(?!\w)|月供|ローン"),
    # a month's words; after a slash ("$84/mo", "42 zł/mies.", "1200 грн/міс") whatever comes before
    ("subscription", r"(?<!\w)(?:per\smonth|monthly\sprice|monthly\splan|p/m|pcm|pro\smonat|im\smonat|monatlich|mtl\."
                     r"|par\smois|al\smes|por\smes|por\smês|ao\smês|mensuales|al\smese|miesięcznie|aylık|per\sbulan"
                     r"|в\sмесяц|на\sмісяць|per\smaand|per\smånad|měsíčně|प्रति\sमाह)(?!\w)"
                     r"|(?:(?<=[\d€$£¥₽₹₺₩])|(?<=[\d€$£¥₽₹₺₩]\s))(?:a\smonth|each\smonth|every\smonth|monthly)(?!\w)"
                     r"|/\s?(?:month|mo\.?|monat|mois|mes|mês|mese|mies|bulan|bln|tháng|мес|міс|maand|mån|kk|měsíc|माह)(?!\w)"
                     r"|月額|月额|每月|/月|包月|월\s?\d[\d,]*\s?(?:만\s?)?원|شهريا|بالشهر|לחודש"),
    ("rental", r"(?:(?<=[\d€$£¥₽₹₺₩])|(?<=[\d€$£¥₽₹₺₩]\s))(?:a\sday|a\sweek|a\snight)(?!\w)"
               r"|(?<!\w)(?:per\sday|/\s?day|per\snight|per\sweek|/\s?week|pro\stag|/\s?tag|pro\swoche|par\sjour"
               r"|/\s?jour|par\ssemaine|por\sdía|por\sdia|/\s?día|/\s?dia|al\sgiorno|/\s?giorno|per\sdag|/\s?dag"
               r"|za\sdobę|/\s?doba|per\shari|/\s?hari|в\sсутки|/\s?сутки)(?!\w)|日租|/日|1日あたり|1泊"),
]
# an interest rate of zero, said beside a plan: Italian "tasso zero", "a interessi zero", Portuguese "taxa zero", "juros
# zero", Spanish "tasa cero" (and "tasa zero", as sellers also write it). A plan's words, but alone they do not say the
# price is one payment (a cash price with free financing offered), so `read_terms` does not read them: only
# `plan_spans` gives them, for the "zero" that refuses nothing (negation.py)
ZERO_RATE = re.compile(r"(?<!\w)(?:tasso|interessi|taxa|juros|tasa)\s(?:zero|cero)(?!\w)")
_COUNTED_RE = [(kind, re.compile(p), "n" in re.compile(p).groupindex) for kind, p in _COUNTED]
# the count of a phrase that has one (group n: every counted phrase but the BNPL names, a group outside any option or
# alternative, test_instalments checks it): a text without such a number matches none of those phrases, so they are
# not tried (most listings state no count: one search instead of two dozen)
_NUMBER = re.compile(_N)
_UNCOUNTED_RE = [(kind, re.compile(p)) for kind, p in _UNCOUNTED]
# a cheap test before the expressions: a listing with none of these characters or words states no plan
_GATE = re.compile(r"\d\s?x|x\s?de|pay|klarna|afterpay|clearpay|affirm|sezzle|instal|install|juros|inter[eé]s|cuota|msi"
                   r"|mensual|rate|raten|finan|leas|fois|frais|mois|month|/\s?mo|p/m|pcm|monat|mes|mese|mies|rat|taksit"
                   r"|ayl|bulan|bln|cicilan|angsuran|kredit|góp|gop|plazo|parcel|presta|vezes|termijn|abo|subscri|assinatura"
                   r"|day|night|week|tag|woche|jour|semaine|d[ií]a|giorno|dag|dob|günl|hari|рассроч|плат|мес|сутк"
                   r"|emi|mtl|mês|teilzahl|долям|частям|розстроч|міс|maand|mån|/\s?kk|měsí|splát|részlet|betal|osamak|किस्त|माह"
                   r"|[分期免息割回払月々ロー租日泊할부개월무이자하루ผ่อนتقسيطأقساطقسطشهرדתשלומים]")


def fold(stored: str) -> str | None:
    """The text casefolded with the stored text's offsets: where casefolding changes its length (ß, ŉ, the Turkish
    dotted İ) it is lowered instead, İ read as I (lower() lengthens it alone: "İkinci el", "İPHONE"); None where even
    that changes the length. Pure."""
    folded = stored.casefold()
    if len(folded) == len(stored):
        return folded
    folded = stored.replace("İ", "I").lower()
    return folded if len(folded) == len(stored) else None


@dataclass(frozen=True, slots=True)
class PriceTerms:
    """A listing's statement that its price is one payment of several."""

    kind: str  # "instalment", "financing", "subscription" or "rental"
    payments: int | None  # the number of payments when stated, else None
    field: str  # "title" or "description"
    start: int  # offsets into that field as stored
    end: int
    text: str  # the words as written
    payment: float | None = None  # one payment's amount when the text states it ("12x de R$ 199": 199.0), else None

    def describe(self) -> str:
        """'instalment ('24x sem juros')', as the price evidence names it."""
        return f"{self.kind} ('{self.text}')"


def _count(m: re.Match) -> int | None:
    if m.groupdict().get("four"):
        return 4
    n = m.groupdict().get("n")
    if n is None:
        return None
    value = int(n)
    return value if MIN_PAYMENTS <= value <= MAX_PAYMENTS else None


def read_terms(text: ListingText) -> PriceTerms | None:
    """The listing's first statement that its price is one payment of several (title before description), or None.

    text: the listing's text views (normalise.ListingText); the casefolded stored text is read, so spans map back with
    `text.locate`. A phrase that states the count wins over one that does not, wherever it is.
    Pure; about 2 µs for a listing the gate rejects."""
    folded = fold(text.original)
    if folded is None or not _GATE.search(folded):
        return None
    numbered = _NUMBER.search(folded) is not None
    counted = sorted(((m.start(), kind, n, m) for kind, regex, needs_number in _COUNTED_RE
                      if numbered or not needs_number for m in regex.finditer(folded)
                      if (n := _count(m)) is not None), key=lambda c: c[0])
    if counted:
        # the first phrase that states one payment's amount ("or 4 payments of $30"), else the first: the amount says
        # whether the price field is one payment or the plan's total
        paid = [(c, p) for c in counted if (p := _payment(folded, c[3])) is not None]
        (_, kind, n, m), payment = paid[0] if paid else (counted[0], None)
    else:
        found = [(m.start(), kind, m) for kind, regex in _UNCOUNTED_RE if (m := regex.search(folded)) is not None]
        if not found:
            return None
        _, kind, m = min(found, key=lambda f: f[0])
        n, payment = None, None
    field, start, end, said = text.locate(m.start(), m.end())
    return PriceTerms(kind, n, field, start, end, said, payment)


def plan_spans(text: ListingText) -> list[tuple[int, int]]:
    """Where the listing states a plan: the (start, end) offsets, in `text.original` (the joined fields), of every
    phrase `read_terms` reads (counted or not, all kinds) and of every ZERO_RATE, in reading order, read without the
    gate. For the words inside a plan that mean something else alone: the "zero" of "12 rate a tasso zero" or "taxa
    zero" refuses nothing (negation.py). Pure; a casefolded text that changes length (ß, İ) is read lowered instead;
    about 40 expressions a call, made only for a listing with a refusing word before a copy word."""
    if (folded := fold(text.original)) is None:
        return []
    regexes = [regex for _, regex, _ in _COUNTED_RE] + [regex for _, regex in _UNCOUNTED_RE] + [ZERO_RATE]
    return sorted(m.span() for regex in regexes for m in regex.finditer(folded))


def _payment(folded: str, m: re.Match) -> float | None:
    """One payment's amount inside the phrase ("12x de R$ 199") or right after it ("4 payments of $12.50"), else None."""
    inside = m.group(0)[m.end("n") - m.start():] if m.groupdict().get("n") else ""
    a = _PAYMENT_IN.search(inside) or _PAYMENT.match(folded, m.end())
    return None if a is None else parse_amount(a.group("amt") or a.group("amt2"))


# one payment's amount right after the count's phrase, a currency beside it: "12x de R$ 199", "4 payments of $12.50",
# "6 Raten à 49,90 €", "12 cuotas de $1.250", "10 rate da 99 €", "24 taksit 269 TL"; the phrase's own amount too
_CUR = r"(?:r\$|us\$|a\$|au\$|c\$|\$|€|£|¥|円|元|₩|₺|tl|rp\.?|zł|kr|eur|usd|brl|mxn|ars|clp|cop|try|gbp|jpy|pln)"
_PAYMENT = re.compile(rf"(?:[\s,:]+[^\W\d]+(?:-[^\W\d]+)?){{0,4}}?[\s,:]*(?:of|de|da|à|a|von|zu|je|x|×|po|için|sebesar)?\s?(?:(?:{_CUR})\s?(?P<amt>\d[\d.,\s]*\d|\d)"
                      rf"|(?P<amt2>\d[\d.,]*)\s?{_CUR})")
_PAYMENT_IN = re.compile(rf"(?:{_CUR})\s?(?P<amt>\d[\d.,]*\d|\d)|(?P<amt2>\d[\d.,]*)\s?{_CUR}")


def parse_amount(said: str | None) -> float | None:
    """An amount as written, either decimal mark: "1.299,90" and "1,299.90" are 1299.9, "199" 199.0, "12,50" 12.5,
    "99.999" 99999.0 (three digits after the mark: thousands); None when unreadable. price-parser (Zyte's, pinned in
    pyproject.toml) reads it."""
    return Price.fromstring(said).amount_float if said else None


# an amount as written: digits with thousands or decimal marks ("1.299,90", "1 299", "450rb" is read as 450)
_WRITTEN_AMOUNT = re.compile(r"(?<![\w.,])\d[\d.,]*(?:\s\d{3}(?!\d))*(?:e\+?\d{1,2})?")
# how far from a plan's words its payment is written ("ab 33 €/Monat", "EMI from ₹4,999", "cicilan 0% 1.8jt/bulan")
BESIDE = 24


def priced_beside(text: ListingText, terms: PriceTerms, amount: float) -> bool:
    """Whether the listing writes `amount` (the price field's) within BESIDE characters of the plan's words, in the
    same field: the unit word is the price's own ("£84 a month", "42 zł/mies.", "EMI ₹4,999"), not a checkout's
    offer beside a whole price. Pure."""
    cut = len(text.title)  # the fields as stored (the offsets' text): display order keeps their lengths
    said = text.stored[:cut] if terms.field == "title" else text.stored[cut + len(FIELD_SEPARATOR):]
    window = said[max(0, terms.start - BESIDE):terms.end + BESIDE]
    for m in _WRITTEN_AMOUNT.finditer(window):
        try:
            value = float(m.group(0)) if "e" in m.group(0) else parse_amount(m.group(0))
        except (ValueError, OverflowError):
            value = None
        if value is not None and abs(value - amount) <= 0.02 * amount:
            return True
    return False
