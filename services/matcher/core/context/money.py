"""Money as a listing writes it: an amount with its currency, and the payment terms of a forum sale.

Identity readers see letters and digits, not money: "1,390 CNY" holds the capitals CNY (the initials of Coach New
York) and the digits 1-3-9-0 (LEGO in leetspeak), "47,000 ARS" the capitals ARS (an edit from NARS), "PayPal F&F"
Nike's "F&F" (its Friends & Family pairs) where the trade means PayPal's friends-and-family payment. `money_spans`
gives the spans of the original text that are money or payment terms; index._outside_money drops the identity
evidence that lies wholly inside one (issue 9, mend31: a class of wrong-brand alerts, not its rows).

What counts as an amount with its currency: digits (with the thousands and decimal separators markets write: 1,390;
47.000; 1 390; 83.3) right before or after (a space at most between) an ISO 4217 code written in capitals (pycountry's
copy of ISO 4217, the list the portal checks money against) or a currency sign (of Unicode's category Sc: $ € £ ¥ ₹ ₽ …).
A code or sign with no digits beside it is not read as money (CNY in "CNY festival"). Payment terms: "PayPal" or "PP"
followed by F&F, FnF, G&S, "friends and family", "goods and services" (the r/FashionReps and r/Watchexchange sale
posts' way of naming how the buyer pays).

Pure: no I/O; the ISO list is loaded once at import.
"""

from __future__ import annotations

import re

import pycountry

# ISO 4217 alphabetic codes (pycountry: Debian's iso-codes data), less the codes that are no money a listing is priced in
ISO_4217 = frozenset(c.alpha_3 for c in pycountry.currencies) - {"XXX", "XTS"}
_NUMBER = r"\d(?:[\d.,'’]*\d)?(?:[  ]\d{3}(?!\d))*"
_CODE = r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])"
_SIGN = "[$€£¥₹₽₩₺₫฿₱₪₴₦₲₵₡₸₮₭₼₾]"  # currency signs of Unicode's category Sc that markets write
_AMOUNT = re.compile(rf"(?:({_CODE})|{_SIGN})[  ]?{_NUMBER}|{_NUMBER}[  ]?(?:({_CODE})|{_SIGN})")
# (price51) an amount with a multiplier only prices take, as markets write them without a currency: Indonesian "105rb",
# "1,5jt", Vietnamese "3tr8", "12tr5", Indian "8.5 lakh", "2 crore", Chinese and Japanese "4.7万円", "380元"
# (context/stated_price.py reads their value): a price, no model's code ("105rb" is no "R8")
_SHORTHAND = re.compile(r"(?<![\w.,])\d(?:[\d.,]*\d)?\s?(?:(?:rb|ribu|jt|juta|tr|triệu|trieu|lakhs?|lacs?|crores?)\d{0,3}"
                        r"(?![^\W\d_])|[万萬千][円元]?|[円元])")
# (quiet53) the Vietnamese dong as Vietnamese markets write it after an amount: the letter đ (or "vnđ", "vnd", "đồng",
# "dong"), not only the sign ₫ of Unicode's category Sc ("35.150đ", "1.250.000 VNĐ"): a price, no "150đ" read in
# leetspeak one edit from iPod (Vietnamese orthography: đồng, abbreviated đ; Shopee VN and Lazada VN price displays)
_DONG = re.compile(rf"(?<![\w.,]){_NUMBER}[  ]?(?:đ|vnđ|vnd|đồng|dong)(?![^\W\d_])", re.IGNORECASE)
_PAYMENT = re.compile(r"(?i)(?<![a-z])(?:paypal|pp)[\s:]*(?:f&f|fnf|f\+f|g&s|friends\s*(?:&|and)\s*family"
                      r"|goods\s*(?:&|and)\s*services)(?![a-z])")
_GATE = re.compile(r"\d|pp|paypal", re.IGNORECASE)


def money_spans(original: str) -> list[tuple[int, int]]:
    """The (start, end) spans of `original` that are an amount with its currency or a payment term (module docstring);
    [] when there is none. An amount's code must be an ISO 4217 code ("1,390 CNY"; not "1,390 PCS")."""
    if _GATE.search(original) is None:
        return []
    out = [m.span() for m in _AMOUNT.finditer(original)
           if (code := m.group(1) or m.group(2)) is None or code in ISO_4217]
    out.extend(m.span() for m in _PAYMENT.finditer(original))
    out.extend(m.span() for m in _SHORTHAND.finditer(original))
    out.extend(m.span() for m in _DONG.finditer(original))
    return out
