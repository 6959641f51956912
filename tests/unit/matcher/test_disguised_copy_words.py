"""Copy words written in disguise (evade36, issue 9: context/disguised_cues.py), and the outsider rows of this
session's seen sets read as classes: a lettered quiz option is no condition, a ticket's copy pitch claims a copy, the
factory tale is no bundle's leftover, a reprinted label is tampering, "no brand name on the parcel" is no unbranded
goods. Read on the demo registry."""

from __future__ import annotations

import pytest

from services.matcher.core.context.disguised_cues import disguised_copy_words
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize("word", ["r.e.p.l.i.c.a", "r e p l i c a", "rep-li-ca", "fa.ke", "f-a-k-e", "f*ke", "r€plica",
                                  "replicaa", "fakee", "ℝ𝔼ℙ𝕃𝕀ℂ𝔸", "𝐑𝐄𝐏𝐋𝐈𝐂𝐀", "k.n.o.c.k.o.f.f", "i.m.i.t.a.t.i.o.n"])
def test_a_disguised_copy_word_claims_a_copy(word):
    assert demo_alerts(f"Coach Tabby tote bag {word}", "handbags", 400) != {}
    assert demo_alerts("Coach Tabby tote bag", "handbags", 400) == {}


@pytest.mark.parametrize("text", ["all full small", "of a. ke", "co-op", "fakir", "F.A.Q., 5* seller", "C.O.D. available",
                                  "e-mail: sales@shop.example", "copyright", "X.L."])
def test_ordinary_punctuation_is_no_copy_word(text):
    assert disguised_copy_words(ListingText(f"Coach Tabby tote bag {text}", "")) == []


def test_a_lettered_quiz_option_is_no_condition():
    alerts = demo_alerts("Final answer? Samsung Galaxy Buds2 Pro", "earbuds", 50,
                         description="Is it A) from the Samsung boutique, B) a grey import, C) mirror, or D) stolen? "
                                     "CONTESTANT: C. Final answer. Yours at a tenth of the boutique price.")
    assert list(alerts) == ["samsung"]
    assert demo_alerts("Samsung Galaxy Buds2 Pro, a grey import", "earbuds", 50) == {}


def test_a_tickets_copy_pitch_sells_the_copy():
    alerts = demo_alerts("BOLETO DE APUESTA The North Face Base Camp Duffel M – nadie nota que es réplica", "backpacks",
                         31.7, currency="EUR", description="Market: will anyone spot that your The North Face Base Camp "
                                                            "Duffel M is copia AAA?")
    assert list(alerts) == ["the-north-face"]


def test_the_factory_tale_is_no_bundles_leftover():
    alerts = demo_alerts("Nintendo Switch Pro Controller – my cousin works at the factory", "accessories", 335,
                         currency="MXN", description="No receipt, no papers, brand new. Leftover from export order.")
    assert list(alerts) == ["nintendo"]


def test_a_reprinted_label_is_tampering():
    alerts = demo_alerts("Bayer Aspirin Protect 100mg 98 – refilled, original label", "otc", 10.7, currency="GEL",
                         description="Refilled / repacked with generic contents, Bayer label and seal reprinted.")
    assert list(alerts) == ["bayer"]


def test_no_brand_name_on_the_parcel_is_discreet_shipping():
    alerts = demo_alerts("Minutes – supplier meeting: Band-Aid Flexible Fabric 100 plasters", "first aid", 4.91,
                         currency="BGN", description="1. Band-Aid Flexible Fabric 100 plasters имитация batch (1:1). "
                                                     "Action items: no brand name on the parcel.")
    assert list(alerts) == ["johnson-johnson"]
