"""recall50 (issue 9): fakes sold as teaching specimens, and the pt-BR and zh copy grades (context/specimens.py, config.py)."""

import pytest

from services.matcher.core.config import BRAZIL_COPY_TRADE, CHINESE_REP_GRADES, DEFAULT_COPY_CUES, DEFAULT_CUE_TERMS
from services.matcher.core.context.specimens import fake_specimen
from services.matcher.core.context.subject import subject_of


@pytest.mark.parametrize("title,description", [
    ("Reference fake for legit-check training: Omega Seamaster", ""),
    ("Study fake – Prada Re-Edition bag", "Good for practising."),
    ("Teaching sample (fake) for staff: Hermès Birkin", None),
    ("Known-fake study piece: Nike Dunk Low", ""),
    ("Omega Seamaster", "This is a counterfeit kept for the team. For training purposes only, not for resale."),
    ("Falso de referência para treinamento: Rolex Datejust", ""),
    ("Réplica para capacitación de tasadores: Cartier Tank", ""),
    ("Эталонная подделка: Rolex Datejust", ""),
    ("鉴定教学用假货 LV Speedy", ""),
    ("鑑定士研修用の偽物 エルメス", ""),
    ("감정 교육용 가품 샤넬 클래식", ""),
])
def test_fake_specimen_reads_the_trade(title, description):
    assert fake_specimen(title, description) is not None


@pytest.mark.parametrize("title,description", [
    ("How to spot a fake Rolex – online course", "Real vs fake photos side by side. No products sold."),
    ("Louis Vuitton authentication guide (PDF)", "Educational only."),
    ("Legit check workshop: Nike Dunk real vs replica", "3-hour seminar."),
    ("Nike training shoes", "Genuine, with receipt. Not for resale outside the EU."),
    ("Case study: fake Rolex listings (book)", ""),
    ("Sony WH-1000XM5 reference headphones", "Studio reference sound."),
    ("Rolex Datejust", "正品，专柜购买，附小票。"),
    ("Rolex Submariner strap", "Includes a reference copy of the sizing chart."),
    ("Rolex guide: 50 confirmed fakes compared", "Printed book."),
])
def test_fake_specimen_leaves_teaching_and_goods(title, description):
    assert fake_specimen(title, description) is None


def test_a_specimen_is_goods_not_a_guide():
    title = "Reference fake for authenticator training: Rolex Submariner"
    assert subject_of(title, description="High-grade counterfeit to study.") is None
    assert subject_of("Authenticator training: spot a fake Rolex Submariner", description="Online course.") is not None


def test_copy_grades_are_cues_and_copy_claims():
    for word in ("linha paralela", "réplica espelhada", "cópia fiel", "细节对版", "原版开模", "过得物"):
        assert word in DEFAULT_CUE_TERMS and word in DEFAULT_COPY_CUES
    # not the words honest listings write: a grey import, a higher software version, any mould
    for honest in ("importação paralela", "paralelo", "高版本", "最高版本", "开模", "原厂开模", "公司级", "过毒"):
        assert honest not in BRAZIL_COPY_TRADE and honest not in CHINESE_REP_GRADES
