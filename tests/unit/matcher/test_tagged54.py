"""fresh54b (issue 9): search tags written into the description, the shops' pledge against fakes, a grey import from a
factory, the copy trade's machine-translated slang, a shop's Turkish and Indonesian standing, cp1251 mojibake of a Latin
accent.

- a brand named only in a description's tag line ("tags: …", "Keywords: …", "#… #… #…") counts with the brand's
  category and a cue or a price far below the floor; of goods said to carry no brand ("no logo", "sin marca", "без
  логотипа") only with a cue that claims a copy; in a list naming three registered brands or more, not at all; a list
  holding a copy tag ("replica", "1:1") leaves the marks as they are (context/tag_lines.py, judge._tag_line);
- "fake one pay ten", "fake 1 đền 10", "가품 시 10배 보상" deny the fake they pledge against (negation._PENALTY_AFTER);
- a grey import said to come from a factory is none (condition._FACTORY_SOURCE);
- "original single", "mirror work", "premium grade" leave a fair price unexplained (retail.COPY_TRADE_TALK);
- "faturalı", "distribütör garantili", "garansi resmi" are a shop's standing (retail._STANDING);
- "NescafГ©" (UTF-8 é read as Windows-1251) is repaired (mojibake._CP1251_PAIR).
(outsider42's in_seo_tags_plain_item42, in_mt_genuine_zh42, in_mt_genuine_ko_tr_id42, in_mojibake_cp1251_genuine42 and
c_fake_parallel_import42, c_mt_vi_th_like_auth42 on base54; adversary tagged54.py)"""

from __future__ import annotations

import pytest

from services.matcher.core.context.tag_lines import copy_tag, tag_spans, unbranded_said
from services.matcher.core.mojibake import repair
from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize("description, listed", [
    ("Plain bag.\ntags: bag, purse, gift, coach", "tags: bag, purse, gift, coach"),
    ("Nice jacket.\n  • Keywords – parka, winter, canada goose", "Keywords – parka, winter, canada goose"),
    ("Schöne Tasche.\nSchlagwörter: tasche, gucci, geschenk", "Schlagwörter: tasche, gucci, geschenk"),
    ("好包包\n标签：女包, 礼物, coach", "标签：女包, 礼物, coach"),
    ("Cute!\n#vintage #y2k #nike", "#vintage #y2k #nike"),
])
def test_a_tag_line_is_found_with_its_key(description, listed):
    assert [description[s:e] for s, e in tag_spans(description)] == [listed]


@pytest.mark.parametrize("description", ["Tags attached, never worn.", "Nike #1 seller", "Condition: new\nSize: M",
                                         "#nike #shoes", None])
def test_no_tag_line(description):
    assert tag_spans(description) == []


def test_a_copy_tag_is_found_in_its_list():
    text = "x\ntags: samsung, galaxy, rep, cheap"
    assert copy_tag(text, tag_spans(text)[0]) == "rep"
    text = "x\ntags: samsung, galaxy, gift"
    assert copy_tag(text, tag_spans(text)[0]) is None


@pytest.mark.parametrize("tags, found", [("nintendo switch joy-con pair replica, gift", "nintendo switch joy-con pair replica"),
                                         ("gift, hac-015 copy", "hac-015 copy"), ("clone airpods pro, case", "clone airpods pro"),
                                         ("耐克, 高仿耐克", "高仿耐克"), ("bag, 1:1 replica", "1:1 replica")])
def test_a_copy_word_at_a_tags_end_is_a_copy_tag(tags, found):
    text = f"Plain item\nKeywords: {tags}"
    assert copy_tag(text, tag_spans(text)[0]) == found


@pytest.mark.parametrize("tags", ["sales rep, office", "ua running shoes, gym", "wall mirror, bathroom", "copy paper a4, office",
                                  "aaa batteries, remote", "air jordan 1 复刻, sneakers", "ko boxing gloves"])
def test_a_word_other_tags_use_is_no_copy_tag(tags):
    text = f"Plain item\nKeywords: {tags}"
    assert copy_tag(text, tag_spans(text)[0]) is None


@pytest.mark.parametrize("text, said", [("Plain gold bangle, no logo, our own workshop.", "no logo"),
                                        ("Unbranded parka", "unbranded"), ("Bolso sin marca", "sin marca"),
                                        ("Парка без логотипа", "без логотипа"), ("无品牌 女包", "无品牌"),
                                        ("Tas tanpa logo", "tanpa logo")])
def test_goods_said_to_carry_no_brand(text, said):
    assert unbranded_said(text) == said


@pytest.mark.parametrize("text", ["No logo outside, logo sent separately", "Coach bag with logo", "logo can be added, no logo"])
def test_the_debranded_trade_or_a_logo_is_no_unbranded_goods(text):
    assert unbranded_said(text) is None


@pytest.mark.parametrize("title, description, category, price", [
    ("gold screw bangle - plain, no logo", "Plain gold screw bangle, no logo, our own workshop.\ntags: gift, cheap, "
     "prada, cartier, women, bangle", "jewelry", 45),
    ("down parka with fur hood", "Plain down parka, sin marca.\nEtiquetas: parka, canada goose, invierno", "parkas", 45),
    ("straight-leg denim jeans", "Plain denim jeans.\ntags: gift, levi's, jeans", "jeans", 25),
])
def test_a_plain_item_named_in_its_tags_is_quiet(title, description, category, price):
    assert not demo_alerts(title, category, price, description)


@pytest.mark.parametrize("title, description, category, price, brand", [
    ("gold screw bangle", "Gold screw bangle, no logo.\ntags: cartier, love, replica", "jewelry", 45, "cartier"),
    ("6.8-inch smartphone 256GB new", "Top quality.\ntags: hermes, rep, samsung, galaxy", "phones", 227, "samsung"),
    ("down parka with fur hood", "Down parka, warm.\n#canadagoose #parka #winter", "parkas", 45, "canada-goose"),
])
def test_a_tag_line_with_a_copy_word_or_a_copys_price_alerts(title, description, category, price, brand):
    assert set(demo_alerts(title, category, price, description)) == {brand}


@pytest.mark.parametrize("description", ["Nice tote.\nKeywords: coach, gucci, michael kors, tote",
                                         "Nice filter.\n#apple #sale #coach #samsung #bmw"])
def test_keyword_stuffing_names_no_brand(description):
    assert not demo_alerts("women's leather tote", "handbags", 30, description)


@pytest.mark.parametrize("description", [
    "Counter genuine, with small ticket (receipt). Genuine, fake one pay ten.",
    "Genuine guaranteed, fake 1 compensate 10.", "Cam kết chính hãng, fake 1 đền 10.",
    "Jaminan original, jika palsu uang kembali 10x lipat.", "정품 보장, 가품 시 10배 보상.",
])
def test_a_pledge_against_fakes_denies_the_fake(description):
    assert "coach" not in demo_alerts("Coach Tabby shoulder bag genuine", "handbags", 450, description)


def test_a_copy_claim_beside_the_pledge_still_alerts():
    assert "coach" in demo_alerts("Coach Tabby shoulder bag", "handbags", 40, "High copy, fake one pay ten.")
    assert "coach" in demo_alerts("Coach Tabby shoulder bag", "handbags", 300,
                                  "1:1 mirror quality, fake one pay ten.")


def test_a_grey_import_from_a_factory_is_none():
    said = "Parallel import, no local warranty. Grey import from Asia factory, identical quality."
    assert "nestle" in demo_alerts("Nescafé Gold instant coffee 200g parallel import", "coffee", 5.0, said)
    honest = "Parallel import from Japan, no local warranty; bought from a department store in Tokyo."
    assert "nestle" not in demo_alerts("Nescafé Gold instant coffee 200g parallel import", "coffee", 5.0, honest)


@pytest.mark.parametrize("title, description", [
    ("Nescafé Gold instant coffee 200g mirror work", "Mirror work, premium grade work, same as the shop."),
    ("Nescafé Gold instant coffee 200g original single", "Original single, same as the counter."),
])
def test_machine_translated_copy_slang_leaves_a_fair_price_unexplained(title, description):
    assert "nestle" in demo_alerts(title, "coffee", 6.0, description)


def test_a_turkish_shops_standing_explains_a_street_price():
    assert not demo_alerts("BMW oil filter element 11428575211 original invoiced", "auto parts", 616,
                           "Original invoiced, distributor guaranteed. Zero product.", currency="TRY")


@pytest.mark.parametrize("garbled, fixed", [("NescafГ©", "é"), ("MГјller", "ü"), ("L'OrГ©al", "é")])
def test_a_latin_accent_read_as_windows_1251_is_repaired(garbled, fixed):
    assert [r.text for r in repair(garbled)] == [fixed]


@pytest.mark.parametrize("text", ["Продаю «ВСЕ» вещи", "ВСЕ — новое", "Ёлка"])
def test_russian_text_is_no_mojibake(text):
    assert repair(text) == []
