"""Mangled text, genuine and copy (text57, issue 9; outsider46's in_cms_softhyphen_genuine46, in_emoji_seller_genuine46,
in_machine_translation_genuine46, c_split_fields46): typesetting is no hidden character (an emoji's presentation
selector, a CMS's soft hyphens spread over ordinary words: normalise.ListingText.hidden_characters, read by
retail.not_retail), bare quality praise beside a claim of genuine goods and its papers is a retailer's
(retail.QUALITY_TALK), and a mark cut across the title and the description with an ellipsis on each side is read
(split_marks._continued). Demo registry; the sentences are this test's own."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts, demo_evaluated

SHY, ZWSP = "\u00ad", "\u200b"


def _fair(title, category, price, currency, description, brand):
    match = demo_evaluated(title, category, price, description, currency)[brand]
    return match, next(s for s in match.signals if s.rule is Rule.fair_price)


GENUINE = [  # (title, category, price, currency, description, brand)
    (f"So{SHY}ny WH-1000XM5 head{SHY}phones | Autho{SHY}rized Retailer", "headphones", 437.99, "EUR",
     f"Autho{SHY}rized So{SHY}ny re{ZWSP}tailer. Manu{SHY}facturer warranty, in{SHY}voice included.", "sony"),
    ("\u2728 Rolex Submariner Date \u2714\ufe0f brand new \U0001f44d\U0001f3fd", "watches", 11500, "EUR",
     "\u2705 genuine Rolex \u2705 receipt included \u2764\ufe0f\u2764\ufe0f \U0001f468\u200d\U0001f469\u200d\U0001f467 "
     "family shop", "rolex"),
    ("Canon EOS R6 Mark II original genuine new with invoice", "cameras", 3248.31, "CAD",
     "It is genuine product of Canon, we are give the invoice and warranty of manufacturer. Quality is very good.", "canon"),
]


@pytest.mark.parametrize("title, category, price, currency, description, brand", GENUINE)
def test_genuine_goods_in_mangled_text_are_a_retailers(title, category, price, currency, description, brand):
    assert brand not in demo_alerts(title, category, price, description, currency)
    match, fair = _fair(title, category, price, currency, description, brand)
    assert fair.weight < 0 and "lowered" in fair.detail and match.score < match.threshold


COPIES_AT_A_FAIR_PRICE = [  # (title, description, what the fair_price evidence says)
    # invisible characters only inside the mark: a disguise, not a page's hyphenation
    (f"So{SHY}ny WH-1000XM5 headphones", f"So{ZWSP}ny, new in box.", "invisible or direction-changing characters in the text (U+00AD)"),
    # a direction override is never typesetting
    ("Sony WH-1000XM5 headphones \u202e", "New in box, \u2764\ufe0f", "invisible or direction-changing characters"),
    # quality praise with no papers, or beside a copy word, is the trade's still
    ("Sony WH-1000XM5 headphones, genuine", "Very good quality, ships fast.", "the copy trade's words ('quality')"),
    # a grade said of the quality is the trade's boast however it is proved
    ("Sony WH-1000XM5 headphones, genuine", "Top quality, invoice included.", "the copy trade's words ('Top quality')"),
]


@pytest.mark.parametrize("title, description, said", COPIES_AT_A_FAIR_PRICE)
def test_a_disguise_or_the_trades_talk_at_a_fair_price_is_not_lowered(title, description, said):
    assert "sony" in demo_alerts(title, "headphones", 437.99, description, "EUR")
    _, fair = _fair(title, "headphones", 437.99, "EUR", description, "sony")
    assert fair.weight == 0 and said in fair.detail and "not lowered" in fair.detail


def test_hidden_characters_tells_typesetting_from_a_disguise():
    assert ListingText("\u2764\ufe0f Sony \U0001f468\u200d\U0001f469", "").hidden_characters() is None
    page = ListingText(f"Sony head{SHY}phones", f"Manu{SHY}facturer warranty")
    assert page.hidden_characters([(0, 4)]) is None  # breaks in ordinary words: a hyphenated page
    assert ListingText(f"So{SHY}ny headphones", "").hidden_characters([(0, 5)]) == "U+00AD"  # only the mark's
    assert ListingText("Sony \u202eheadphones", "").hidden_characters() == "U+202E"


@pytest.mark.parametrize("title, description, category, price, brand", [
    ("Shaver replica 1:1 Pana…", "…sonic, not original, logo on the goods.", "shavers", 12, "panasonic"),
    ("Down parka super copy CanadaGo..", "..ose, same as the original.", "jackets", 60, "canada-goose"),
    ("Tennis racket réplica AAA Wil...", "...Son con logo", "tennis rackets", 9, "wilson"),
])
def test_a_mark_cut_across_the_fields_with_an_ellipsis_alerts(title, description, category, price, brand):
    found = {m.brand_id: m for m in demo_evaluated(title, category, price, description).values() if m.score >= m.threshold}
    assert brand in found
    assert any(s.rule is Rule.line_break and s.weight > 0 and "across the fields" in (s.detail or "")
               for s in found[brand].signals)


def test_an_ellipsis_across_the_fields_at_a_genuine_price_with_no_cue_stays_quiet():
    assert "rolex" not in demo_alerts("Men's automatic steel watch Ro…", "watches", 9000, "…lex with box and papers")


def test_a_scanned_sheets_misreadings_are_no_disguise_beside_the_same_in_ordinary_words():
    # the mark misread by OCR ("H0nda") beside ordinary words misread the same way ("oi1", "fi1ter"): a scanned sheet
    title, description = "Honda Civic oil filter, authorized dealer", "Scanned sheet: H0nda Civic oi1 fi1ter, invoice included."
    assert "honda" not in demo_alerts(title, "auto parts", 60, description, "EUR")
    match, fair = _fair(title, "auto parts", 60, "EUR", description, "honda")
    assert fair.weight < 0 and any("misreading (OCR)" in (s.detail or "") for s in match.signals)
    # misread only in the mark: a disguise, not lowered
    plain = "Scanned sheet: H0nda Civic oil filter, invoice included."
    assert "honda" in demo_alerts(title, "auto parts", 60, plain, "EUR")
