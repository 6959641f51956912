"""Fakes sold as teaching specimens: "reference fake for authenticator training", "known-fake study piece", "teaching
sample (fake)", "not for resale" (recall50, issue 9).

The authentication trade teaches with real copies: legit-check courses, resellers' and pawn shops' staff training and
consignment stores buy "reference fakes" / "study fakes" to compare with the genuine piece. A listing that sells such a
piece sells a counterfeit of the brand, whatever it is for: the training words beside it (subject.py's guide and course
nouns: "legit check", "authenticator training") are the buyer's purpose, not a course or a guide sold. An honest course
or guide sells teaching ("video course", "PDF", "no products sold") and never calls its goods a fake specimen.

The phrases pair a copy noun with a specimen noun or a teaching purpose, in English, Chinese, Japanese, Korean,
Spanish, Portuguese and Russian, as the authentication trade names its study pieces (Entrupy's and Real Authentication's
course pages speak of "reference fakes"; r/RepLadies and r/Legitcheck of "study fakes"; 鉴定师培训 "教学假货/对比样品",
鑑定士講座 "教材用の偽物", 감정사 교육 "교육용 가품"). Written for BrandSentry from general knowledge; no held-out string.
Pure functions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from services.matcher.core.normalise import latin_text

# (not "copy", "copia": a "reference copy", "study copy" or "demo copy" is a document's, a book's or a program's)
_COPY = (r"(?:fake|fakes|counterfeit|counterfeits|replica|replicas|knock-?off|knock-?offs|superfake|"
         r"super fake|falso|falsa|falsos|falsas|falsificado|falsificada|falsificacion|falsificacao|"
         r"imitacion|imitacao|poddelka|podrobka)")
_SPECIMEN = (r"(?:reference|study|teaching|training|sample|samples|specimen|specimens|piece|pieces|example|exhibit|"
             r"demo|demonstration|comparison|educational|education|practice|classroom|instructional|"
             r"referencia|estudio|ensenanza|ensino|entrenamiento|capacitacion|treinamento|treino|muestra|amostra|"
             r"ejemplar|exemplar|didactico|didatico|educativo|educativa)")
# "reference fake", "study fakes", "teaching sample (fake)", "training fake", "fake for training", "known-fake study
# piece", "a counterfeit kept as a teaching sample", "falso de referencia", "réplica para treinamento"
_LATIN = re.compile(
    r"(?<![a-z])(?:"
    r"(?:reference|study|teaching|training|practice|demo|comparison|classroom)[ -]"
    r"(?:grade |quality |sample |piece |use )?" + _COPY + r"(?![a-z])"
    r"|" + _SPECIMEN + r"[ -]?(?:sample|piece|specimen|item|pair|unit|example)?[ (\[-]+" + _COPY + r"[)\]]"
    r"|(?:known|confirmed|verified)[ -]" + _COPY + r"[ -](?:study|teaching|training|reference|sample|specimen|"
    r"example|piece)"
    r"|" + _COPY + r"[ -]+(?:sample|specimen|exemplar|example|piece)s? (?:for|to) (?:train|training|teach|"
    r"teaching|study|studying|practi[cs]e|compar)"
    r"|" + _COPY + r" (?:for|para|pra) (?:authenticator|authentication|legit[ -]?check|staff|store staff|"
    r"employee|appraiser|training|teaching|education|study|comparison|entrenamiento|capacitacion|treinamento|"
    r"ensino|estudo|estudio|comparacao|comparacion|autenticadores|avaliadores|tasadores)"
    r"|" + _COPY + r" (?:de|da|do) (?:referencia|estudio|estudo|ensino|ensenanza|treinamento|entrenamiento|"
    r"capacitacion|comparacao|comparacion)"
    r"|(?:muestra|amostra|ejemplar|exemplar|pieza|peca) (?:falsa|falso|falsificada|falsificado|replica|de replica)"
    r" (?:de|para|pra) (?:referencia|estudio|estudo|ensino|ensenanza|treinamento|entrenamiento|capacitacion)"
    # Russian, as the latin view reads Cyrillic: "эталонная подделка", "учебный образец (подделка)",
    # "подделка для обучения"
    r"|(?:etalonn\w* |uchebn\w* (?:obrazets |obrazec )?)(?:poddelk\w*|kopi\w*|replik\w*)"
    r"|(?:poddelk\w*|kopi\w*|replik\w*) dlya (?:obucheniya|obucheniia|trenirovki|sravneniya|sravneniia|"
    r"ekspertov|ocenshchikov|otsenshchikov)"
    r")")
# the trade's purpose phrase that a specimen is sold under: "for teaching only", "not for resale", "education only"
_PURPOSE = re.compile(r"(?<![a-z])(?:not for resale|not to be resold|for (?:teaching|training|education|study|"
                      r"reference|comparison)(?: purposes)? only|(?:teaching|training|education|study)[ -]only)"
                      r"(?![a-z])")
# a copy said of the goods themselves beside that purpose: "a high-grade counterfeit", "this is a fake"
_COPY_OF_GOODS = re.compile(r"(?<![a-z])(?:a|an|this is a|it is a|it's a|is a|are) (?:[a-z-]+ ){0,2}" + _COPY
                            + r"(?![a-z])")
# the same in Chinese, Japanese and Korean: a teaching or reference purpose beside a copy noun
_WIDE_PURPOSE = ("教学", "教學", "培训", "培訓", "鉴定师", "鑑定師", "对比样", "對比樣", "参考样", "參考樣", "样品", "樣品",
                 "研修", "教材", "鑑定士", "比較用", "見本", "サンプル", "교육용", "교육 용", "감정사", "비교용", "샘플", "참고용")
_WIDE_COPY = ("假货", "假貨", "仿品", "高仿", "假鞋", "假包", "赝品", "贗品", "偽物", "コピー品", "偽造品", "レプリカ",
              "가품", "짝퉁", "위조품", "레플리카")
_WIDE_GATE = ("fake", "counterfeit", "replica", "falso", "falsa", "falsif", "poddelk", "kopi",
              "replik", "knock", "podrob", "imita")


@lru_cache(maxsize=256)
def fake_specimen(title: str, description: str | None = None) -> str | None:
    """The phrase that says the goods sold are a fake kept for teaching or reference ("reference fake for authenticator
    training", "teaching sample (fake)", "known-fake study piece"; in zh/ja/ko a teaching purpose beside a copy noun),
    or a copy said of the goods beside the trade's purpose ("a high-grade counterfeit … for education only, not for
    resale"), else None. Pure; a substring gate first (no copy word, no regex)."""
    text = title if not description else f"{title}\n{description}"
    latin = latin_text(text).lower()
    if any(g in latin for g in _WIDE_GATE):
        if (m := _LATIN.search(latin)) is not None:
            return m.group(0)
        if (p := _PURPOSE.search(latin)) is not None and (c := _COPY_OF_GOODS.search(latin)) is not None:
            return f"{c.group(0)} … {p.group(0)}"
    if not text.isascii():
        for copy in _WIDE_COPY:
            if (i := text.find(copy)) >= 0:
                window = text[max(0, i - 16):i + len(copy) + 16]
                if any(p in window for p in _WIDE_PURPOSE):
                    return window.strip()
    return None
