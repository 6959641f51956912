"""The copy words of under-served languages and their honest twins (words56, issue 9): a copy word of Kazakh, Uzbek,
Azerbaijani, Mongolian, Hinglish, Malay, Tagalog, Swahili, Zulu, Kurdish, Polish, Slovak, Bulgarian, Serbian,
Ukrainian, Latvian or Estonian beside the brand's goods is a cue (config.REGIONAL_COPY_WORDS); the same word denied
after it as those languages deny ("Copy nahi hai", "көшірме емес", "soxta emas", "saxta deyil": phrasebook.NEGATION_AFTER)
is none, and genuine goods with the shop's receipt in those languages ("with bill", "кепілдік", "risiti":
retail._STANDING) stay quiet; a model kit's "réplica AAA" or a replica the listing denies is original is a copy, the
maker's own scale replica is not; a price's grouped digits ("1.390,00 TL") are no LEGO, Thai ครบ ("complete") no CR-V,
Latvian "oriģināls" and Estonian "originaal" no adidas Originals. Listings written for this file, not taken from a
held-out set."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.context.admitted import denies_originality
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


def _cues(match) -> list[str]:
    return [s.term for s in match.signals if s.rule is Rule.cue and s.weight > 0]


@pytest.mark.parametrize("title, category, price, description, copy_word", [
    ("LEGO Technic Bugatti 42083 көшірме", "building sets", 320.0, "Түпнұсқа емес. LEGO логотипі бар.", "көшірме"),
    ("Nike Air Force 1 '07 soxta", "sneakers", 110.0, "Original emas, yetkazib berish bor.", "soxta"),
    ("Gucci GG Marmont bag saxta", "handbags", 2400.0, "Orijinal deyil, keyfiyyəti yaxşıdır.", "saxta"),
    ("Rolex Submariner хуурамч", "watches", 9000.0, "Жинхэнэ биш.", "хуурамч"),
    ("Dyson Airwrap nakli", "hair care", 500.0, "Original nahi hai, achhi quality.", "nakli"),
    ("Samsung Galaxy Buds3 Pro barang ciplak", "earbuds", 230.0, "Bukan original.", "barang ciplak"),
    ("Apple AirPods Pro 2 pekeng", "earbuds", 250.0, "Hindi original pero maganda.", "pekeng"),
    ("Canon EOS R6 bidhaa ghushi", "cameras", 2400.0, "Sio original.", "bidhaa ghushi"),
    ("Puma Suede Classic umgunyathi", "sneakers", 75.0, "Ikhwalithi enhle.", "umgunyathi"),
    ("adidas Samba OG sexte", "sneakers", 100.0, "Ne orîjînal e.", "sexte"),
    ("Levi's 501 jeans podrabiane", "jeans", 80.0, "Nie oryginał.", "podrabiane"),
    ("Michael Kors Jet Set tote falošná", "handbags", 250.0, "Dobrá kvalita.", "falošná"),
    ("Burberry scarf фалшив", "scarves", 450.0, "Добро качество.", "фалшив"),
    ("Pandora bracelet лажњак", "jewelry", 90.0, "Квалитет одличан.", "лажњак"),
    ("Canada Goose parka підроблена", "parkas", 1100.0, "Якість добра.", "підроблена"),
    ("Omega Speedmaster viltota", "watches", 7000.0, "Nav oriģināls.", "viltota"),
    ("Bose QuietComfort Ultra võltsitud", "headphones", 430.0, "Ei ole originaal.", "võltsitud"),
])
def test_a_copy_word_of_an_under_served_language_is_a_cue_and_the_brand_alone_is_alerted(
        title, category, price, description, copy_word):
    alerts = demo_alerts(title, category, price, description)
    assert len(alerts) == 1, sorted(alerts)  # no wrong brand: "oriģināls", "originaal" are no adidas Originals
    assert copy_word in _cues(next(iter(alerts.values())))


@pytest.mark.parametrize("title, category, price, description", [
    ("Nike Air Force 1 '07 sneakers 100% original with bill", "sneakers", 115.0,
     "Original hai, company ka bill aur warranty card ke saath. Copy nahi hai."),
    ("Danone Aptamil Pronutra stage 1 800g 100% original with bill", "infant formula", 40.0,
     "Pakka original, GST bill ke saath. Nakli nahi hai."),
    ("Dyson Airwrap түпнұсқа, чегі бар", "hair care", 620.0, "Түпнұсқа, кепілдік талоны бар. Көшірме емес."),
    ("Gucci zip around wallet original, chek bilan", "wallets", 700.0, "Original, chek va kafolat bor. Soxta emas."),
    ("Samsung Galaxy Buds3 Pro orijinal", "earbuds", 260.0, "Orijinal, qəbz və zəmanət var. Saxta deyil."),
    ("Canon EOS R6 Mark II original na risiti", "cameras", 2600.0, "Bidhaa halisi, na risiti na dhamana. Sio feki."),
])
def test_genuine_goods_with_the_receipt_and_the_copy_word_denied_stay_quiet(title, category, price, description):
    assert demo_alerts(title, category, price, description) == {}


def test_a_denied_copy_word_is_kept_at_weight_0_and_says_why():
    match = demo_evaluated("Nike Air Force 1 '07 sneakers", "sneakers", 115.0, "Original. Soxta emas.")["nike"]
    denied = [s for s in match.signals if s.rule is Rule.cue and s.term == "soxta"]
    assert denied and denied[0].weight == 0 and "denied by 'emas'" in denied[0].detail


def test_a_model_kits_graded_or_denied_replica_is_a_copy_and_its_own_scale_replica_is_not():
    graded = demo_alerts("Bandai Gundam MG 1/100 model kit importado", "model kits", 12.5,
                         "Produto réplica AAA importado, acabamento premium.")
    assert "replica" in _cues(graded["bandai"])
    denied = demo_alerts("Bandai Gundam MG 1/100 model kit", "model kits", 12.5,
                         "Réplica do kit, não original da marca Bandai.")
    assert "bandai" in denied
    assert demo_alerts("Bandai Gundam MG 1/100 model kit", "model kits", 14.0,
                       "Genuine Bandai 1/100 scale replica of the mobile suit, sealed, receipt included.") == {}


def test_denies_originality_reads_the_goods_not_their_box():
    assert denies_originality("Réplica AAA, não original da marca.") == "não original"
    assert denies_originality("Түпнұсқа емес, сапалы.") == "Түпнұсқа емес"
    assert denies_originality("Watch is genuine, not original box.") is None


def test_a_prices_grouped_digits_and_thai_everyday_words_name_no_other_brand():
    turkish = demo_alerts("adidas Samba OG sneakers muadil", "sneakers", 1390.0,
                          "Orijinal değil, birebir kopya. 1.390,00 TL", currency="TRY")
    assert sorted(turkish) == ["adidas"]  # "1.390" is no L-E-G-O
    thai = demo_alerts("Toyota oil filter 04152-YZZA1 งานก๊อป", "auto parts", 4.0,
                       "สินค้างานก๊อป ไม่ใช่ของแท้ โลโก้ Toyota ครบ", currency="USD")
    assert sorted(thai) == ["toyota"]  # ครบ ("complete") is no CR-V
