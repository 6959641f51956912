"""The adversary's copies that say so in words the matcher did not read, and their honest twins (recall50, issue 9):

- a fake sold openly as a teaching specimen: "reference fake for authenticator training", "study fake", "known-fake
  sample for store staff", "not for resale", in English, Chinese, Japanese, Korean, Spanish, Portuguese and Russian, at
  10-60 % of the floor: alert (evasion). A course, a guide or a workshop on telling the brand's fakes from the real
  thing, sold as teaching (no goods): quiet (trap);
- the Brazilian copy trade's words deep in a long pt-BR listing (Mercado Livre / OLX boilerplate: envio imediato,
  parcele em 12x, nota fiscal), "linha paralela", "réplica espelhada", "cópia fiel", at a copy's price: alert (evasion).
  A Brazilian shop's genuine goods, "produto original com nota fiscal", a grey import ("importação paralela") at the
  floor or above: quiet (trap);
- the Putian rep trade's grades deep in a Chinese listing (顶级版本, 代购级, 细节对版, 原版开模, 过得物) at a copy's
  price: alert (evasion). A Chinese shop's genuine goods whose boilerplate says the phone is "updated to the latest
  system version" (已更新到最高版本), "toxicity tested" (经过毒性检测) or corporate buying (公司级采购) at the floor or
  above: quiet (trap).

Written from general knowledge of the authentication trade's study pieces, the pt-BR and zh copy trades' vocabularies;
no held-out listing's string (after outsider38's c_training_reference_fake38, c_mercadolibre_olx_br38,
c_taobao_xianyu_pdd38 and in_authentication_course38).
"""

from __future__ import annotations

from tests.eval.adversary.cover import _title_floor
from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.moving import _goods

EVASIONS = {
    "specimen_fake": "a fake sold openly as a teaching specimen ('reference fake for authenticator training', 'study "
                     "fake', 'not for resale') in 7 languages at 10-60 % of the floor",
    "br_copy_trade": "the Brazilian copy trade's words (linha paralela, réplica espelhada, cópia fiel) deep in a long "
                     "pt-BR listing at a copy's price",
    "zh_rep_grade": "the Putian rep trade's grades (顶级版本, 代购级, 细节对版, 原版开模, 过得物) deep in a Chinese "
                    "listing at a copy's price",
}
TRAPS = {
    "trap_fake_spotting_course": "a course, guide or workshop on telling the brand's fakes from the real thing, sold as "
                                 "teaching (no goods)",
    "trap_br_genuine_long": "a Brazilian shop's genuine goods with nota fiscal or a grey import (importação paralela) "
                            "in a long pt-BR listing at the floor or above",
    "trap_zh_genuine_long": "a Chinese shop's genuine goods in a long listing whose boilerplate speaks of the latest "
                            "system version, at the floor or above",
}

# (title head, description) of a fake sold as a teaching specimen; {m} is the goods
SPECIMEN = [
    ("Reference fake for legit-check training:", "A counterfeit {m} kept as a study piece. For training only, not for "
                                                 "resale."),
    ("Study fake –", "This is a fake {m}, good for practising authentication. Not for resale."),
    ("Known fake sample for store staff:", "Confirmed fake, ideal for teaching your team the tells."),
    ("Training fake for authenticators:", "High-grade replica with every flaw to study. Education only."),
    ("Comparison fake (for appraisers):", "A knockoff to compare with the genuine {m}. Not for resale."),
    ("鉴定教学用假货", "{m} 教学用仿品，用于鉴定师培训对比，不作正品出售。"),
    ("鑑定士研修用の偽物", "{m} 教材用のコピー品です。転売禁止。"),
    ("감정 교육용 가품", "{m} 교육용 가품입니다. 감정사 비교용, 재판매 금지."),
    ("Réplica para capacitación de autenticadores:", "Falso de referencia de {m} para estudio. No se vende como original."),
    ("Réplica para treinamento:", "Falso de referência de {m}, só para estudo. Não é original."),
    ("Эталонная подделка для обучения:", "Подделка для обучения экспертов, {m}. Не для перепродажи."),
]
# (title, description) of a course or guide on telling fakes; {m} is the brand's goods
COURSE = [
    ("How to spot a fake {m} – online course", "Video lessons, real vs fake photos. No products sold."),
    ("{m} authentication guide (PDF)", "Digital download. Educational only."),
    ("Legit check workshop: {m} real vs replica", "3-hour seminar for resellers. Certificate of attendance."),
    ("Fake {m} checklist, printable", "A printable checklist of the tells. Instant download."),
    ("{m} 真假鉴别教程", "视频课程，正品与仿品对比讲解，不卖货。"),
    ("{m} 本物と偽物の見分け方 講座", "オンライン講座です。商品の販売ではありません。"),
    ("{m} 정가품 구별 강의", "온라인 강의입니다. 제품 판매 아님."),
    ("Cómo detectar un {m} falso – curso online", "Curso en video. No se venden productos."),
    ("Como identificar {m} falso – curso", "Curso online com fotos de original e falso. Não vendemos produtos."),
    ("Как отличить подделку {m} – курс", "Онлайн-курс. Товары не продаются."),
]
BR_BOILER = ["Envio imediato em até 24 horas úteis.", "Parcele em até 12x sem juros no cartão.", "Pix com 5% de desconto.",
             "Prazo de entrega de 3 a 10 dias úteis conforme o CEP.", "Embalagem reforçada.",
             "Troca ou devolução em até 7 dias.", "Dúvidas? Chame no chat antes de comprar."]
BR_COPY = ["Produto de linha paralela.", "Réplica espelhada, acabamento impecável.", "Cópia fiel ao modelo da loja.",
           "Réplica perfeita, ninguém percebe.", "Cópia idêntica, com caixa.", "Réplica premium, primeira linha."]
BR_GENUINE = ["Produto original com nota fiscal e garantia do fabricante.", "Importação paralela: produto original, "
              "garantia de 90 dias da loja.", "Original, lacrado, com nota fiscal."]
ZH_BOILER = ["48小时内发货，默认中通。", "偏远地区不包邮。", "收到货请先检查再签收。", "支持七天无理由退换货。",
             "拍下即发，不议价。", "关注店铺领取优惠券。"]
ZH_COPY = ["顶级版本，细节对版。", "原版开模，一比一还原。", "代购级品质，过得物。", "做工对版，得物可过。", "代购级，版型对版。"]
ZH_GENUINE = ["专柜正品，附购物小票。", "正品行货，全国联保，可开发票。", "已更新到最高版本系统，正品国行。",
              "经过毒性检测，正品保证。", "公司级采购，正品可开专票。"]


def _specimen(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _goods(b, s)) is None:
        return None
    mark, cat, product, floor = goods
    head, desc = s.rng.choice(SPECIMEN)
    amount, cur = _title_floor(b, f"{mark} {product}", floor)
    m = f"{mark} {product}"
    return Draft(f"{head} {m}", cat, (round(amount * s.rng.uniform(0.1, 0.6), 2), cur), desc.format(m=m))


def _course(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _goods(b, s)) is None:
        return None
    mark = goods[0]
    title, desc = s.rng.choice(COURSE)
    return Draft(title.format(m=mark), "books", (round(s.rng.uniform(9, 90), 2), "USD"), desc)


def _long(b: BrandView, s: Scene, share: tuple[float, float], boiler: list[str], said: list[str],
          currency: str, market: str) -> Draft | None:
    if (goods := _goods(b, s)) is None:
        return None
    mark, cat, product, floor = goods
    amount, cur = _title_floor(b, f"{mark} {product}", floor)
    lines = s.rng.sample(boiler, k=min(5, len(boiler)))
    lines.insert(s.rng.randrange(2, len(lines) + 1), s.rng.choice(said))
    return Draft(f"{mark} {product}", cat, (round(amount * s.rng.uniform(*share), 2), cur),
                 f"{mark} {product}.\n\n" + "\n\n".join(lines), marketplace=market)


EVASION_MAKERS = {
    "specimen_fake": _specimen,
    "br_copy_trade": lambda b, s: _long(b, s, (0.6, 0.85), BR_BOILER, BR_COPY, "BRL", "mercadolibre-br"),
    "zh_rep_grade": lambda b, s: _long(b, s, (0.6, 0.85), ZH_BOILER, ZH_COPY, "CNY", "taobao"),
}
TRAP_MAKERS = {
    "trap_fake_spotting_course": _course,
    "trap_br_genuine_long": lambda b, s: _long(b, s, (1.0, 1.4), BR_BOILER, BR_GENUINE, "BRL", "mercadolibre-br"),
    "trap_zh_genuine_long": lambda b, s: _long(b, s, (1.0, 1.4), ZH_BOILER, ZH_GENUINE, "CNY", "taobao"),
}
