"""A Latin mark drawn in faux Cyrillic, and a listing garbled by a wrong encoding (issue 9; senses): what a brand sees is
the alert, the rule and the view named in the evidence; innocent text written or garbled the same way stays quiet.
"""

from __future__ import annotations

import pytest

from schemas import Listing
from services.matcher.core.detectors.text_views import faux_views
from services.matcher.core.mojibake import Words, repaired
from tests.unit.matcher.demo import demo_index, demo_listing


def matches(item: Listing) -> dict:
    return {m.brand_id: m for m in demo_index().match(item)}


@pytest.mark.parametrize("title, category, price, brand", [
    ("ЯOLEX automatic watch", "watches", 900, "rolex"),
    ("SДMSЦИG smartphone 256GB", "phones", 220, "samsung"),
    ("THЁ ИOЯTH FДCЁ puffer jacket", "jackets", 26, "the-north-face"),
    ("BЦЯBЁЯЯY check scarf", "scarves", 60, "burberry"),
    ("PДИDOЯД gold tone bangle bracelet", "jewelry", 16, "pandora"),
])
def test_a_mark_in_faux_cyrillic_alerts_and_names_the_view(title, category, price, brand):
    found = matches(demo_listing(title, category, price))
    assert brand in found, title
    assert any("faux Cyrillic" in s.detail for s in found[brand].signals if s.rule == "confusable"), title


@pytest.mark.parametrize("title, category", [
    ("HДPPУ BIЯTHDДУ banner, gold letters", "toys"),
    ("Cумка кожаная, новая", "handbags"),                 # a Latin C typed in a Russian word
    ("Кроссовки беговые, размер 42", "sneakers"),          # Russian, no mark
    ("ЯUSSIДN STУLЁ tea glass holder", "jewelry"),
])
def test_everyday_words_in_faux_cyrillic_stay_quiet(title, category):
    assert matches(demo_listing(title, category, 40)) == {}, title


def test_the_faux_view_reads_only_mixed_or_capital_words():
    assert [v[0] for v in faux_views("ИIKE Air Max")] == ["NIKE Air Max"]
    assert list(faux_views("Кроссовки Nike Air Max, размер 42")) == []


@pytest.mark.parametrize("title, category, price, currency, brand, how", [
    ("Р РѕР»РµРєСЃ automatic watch", "watches", 520000, "KZT", "rolex", "Windows-1251"),
    ("鑰愬厠 sneakers", "sneakers", 29, "CAD", "nike", "GBK"),
    ("鍔冲姏澹� automatic watch", "watches", 920, "GBP", "rolex", "GBK"),    # a byte lost: completed to 劳力士
    ("璺�鏄撳▉鐧� handbag", "handbags", 150, "SGD", "louis-vuitton", "GBK"),
    ("NestlÃ© infant formula", "infant formula", 7, "USD", "nestle", "Latin-1"),
])
def test_a_garbled_mark_alerts_through_the_mojibake_view(title, category, price, currency, brand, how):
    found = matches(demo_listing(title, category, price, currency=currency))
    assert brand in found, title
    assert any(f"UTF-8 shown as {how} (view: mojibake)" in s.detail for s in found[brand].signals), title
    first = next(s for s in found[brand].signals if "view: mojibake" in s.detail)
    assert first.text in title  # the span points at the stored, garbled characters


@pytest.mark.parametrize("title, category", [
    ("TrÃ¨s belle veste, Ã©tat neuf, Ã\xa0 rÃ©cupÃ©rer", "jackets"),     # French garbled: "neuf" is no Nerf
    ("Р СџРЎР‚Р С•Р Т‘Р В°РЎР‹ РЎвЂЎР В°РЎРѓРЎвЂ№", "watches"),
    ("鍏ㄦ柊 姝ｅ搧 鍖呴偖", "handbags"),
])
def test_innocent_garbled_text_stays_quiet(title, category):
    assert matches(demo_listing(title, category, 60)) == {}, title


def test_repair_reads_each_code_page_and_leaves_clean_text_alone():
    assert repaired("Р”Р°Р№СЃРѕРЅ hair styler")[0] == "Дайсон hair styler"
    assert repaired("褰�椹�杩愬姩闉�", Words(["彪马"]))[0] == "彪马运动鞋"   # both characters lost a byte: the alias fits
    for clean in ("Кроссовки Nike Air Max", "耐克 男子跑步鞋 正品", "Crème brûlée, Zürich", "ロレックス 腕時計"):
        assert repaired(clean) is None, clean


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("鑰愬悏鍟嗗搧鏂版��", "athletic shoes", 344.92, "CNY", "nike"),   # the adversary's fake_mojibake, seed 9
    ("鐑�鍗栬�愬厠杩愬姩闉�", "sneakers", 327.39, "CNY", "nike"),
    ("椹寸墝琛屾潕绠辩敺濂冲悓娆�", "luggage", 6981.55, "CNY", "louis-vuitton"),
    ("OEM version tote bag large РљРћРђР§", "Handbags", 104.79, "USD", "coach"),
])
def test_a_garbled_title_whose_repair_is_shorter_is_matched_without_an_error(title, category, price, currency, brand):
    # d3b6fcb located evidence in stored offsets while the accessory reader reads the repaired text: these raised
    # IndexError (accessory.suffix, an offset past the repaired text), a listing the matcher could not answer
    found = matches(demo_listing(title, category, price, currency=currency))
    assert brand in found, title
