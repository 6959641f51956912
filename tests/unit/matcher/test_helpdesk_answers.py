"""(tickets33, issue 9) A help-desk ticket's answer that admits the copy: "Ticket #5521 – ¿es original el …? [RESUELTO:
réplica 1:1]" with "Agente: No, es réplica 1:1". The ticket is a support case by its number, not admission to an
event nor a guide (context/subject.py `_CASE_NUMBER`); the answer's "No," denies the question's originality and the
clause after the copula claims the copy (context/negation.py `_ANSWER_NO`). A surname said alone ("Vuitton",
"Lauder") is a nickname that needs the brand's category with a cue. Honest twins stay quiet: an answer that says
genuine, a guide to telling replicas, a surname without a cue, a denial without the answer's comma."""

from __future__ import annotations

import pytest

from services.matcher.core.context.subject import subject_of
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


@pytest.mark.parametrize("title", [
    "Ticket #5521 – ¿es original el Hasbro Transformers Optimus Prime? [RESUELTO: réplica 1:1]",
    "Ticket #40274 – is this Microsoft Windows 11 Pro OEM original? [RESOLVED: top-grade imitation]",
    "Ticket no. 7781 – is the Rolex Submariner original?", "Ticket 404112: Gucci Marmont bag original?",
])
def test_a_numbered_ticket_is_a_support_case_not_admission(title):
    found = subject_of(title)
    assert found is None or found.kind != "a ticket"


@pytest.mark.parametrize("title", ["2 tickets Red Bull Air Race 2026", "Coca-Cola 600 NASCAR ticket pair",
                                   "Ticket 2026 final Adidas Arena"])
def test_an_event_ticket_stays_a_ticket(title):
    found = subject_of(title)
    assert found is not None and found.kind == "a ticket"


@pytest.mark.parametrize("title,description,category,price,brand", [
    ("Ticket #5521 – ¿es original el Hasbro Transformers Studio Series Optimus Prime? [RESUELTO: réplica 1:1]",
     "Estado: RESUELTO\nCliente: ¿Es original?\nAgente: No, es réplica 1:1, igualito al de Hasbro. Precio MXN 293.",
     "action figures", 15.0, "hasbro"),
    ("Ticket #40274 – is this Microsoft Windows 11 Pro OEM original? [RESOLVED: top-grade imitation]",
     "Ticket #40274\nStatus: RESOLVED\nCustomer: Is the Microsoft Windows 11 Pro OEM original?\nAgent: as the title "
     "says it is a top-grade imitation, not from Microsoft.", "software licenses", 30.7, "microsoft"),
    ("Gucci Marmont bag – is it original?", "Cliente: ¿Es original? Agente: No, es réplica AAA.", "handbags", 60.0, "gucci"),
    ("Rolex Submariner – original?", "Kunde: Ist das original? Antwort: Nein, es ist eine Replik.", "watches", 150.0, "rolex"),
    ("Louis Vuitton Neverfull – original ?", "Client : c'est original ? Réponse : Non, c'est une copie.", "handbags", 80.0,
     "louis-vuitton"),
])
def test_an_answer_no_then_a_copy_word_admits_the_copy(title, description, category, price, brand):
    assert brand in demo_alerts(title, category, price, description)


def test_no_then_a_copula_is_no_denial_but_no_es_is():
    from services.matcher.core.context.negation import _ANSWER_NO
    assert _ANSWER_NO.match("no, es") and _ANSWER_NO.match("não, é") and _ANSWER_NO.match("nein, es ist")
    assert _ANSWER_NO.match("нет, это") and not _ANSWER_NO.match("no es") and not _ANSWER_NO.match("not a")


@pytest.mark.parametrize("title,description,category,price", [
    ("Ticket #5521 – is the Rolex Submariner original? [RESOLVED: genuine]",
     "Customer: Is it original?\nAgent: Yes, 100% genuine, receipt and warranty card included.", "watches", 9500.0),
    ("How to tell if your Rolex Submariner is a replica – guide", "A guide to spotting fakes.", "books", 15.0),
])
def test_honest_twins_stay_quiet(title, description, category, price):
    assert not demo_alerts(title, category, price, description)


@pytest.mark.parametrize("description", ["No es réplica, es original con factura.", "Not a replica, original with receipt.",
                                         "No, not a replica: original with receipt.", "Não é cópia, é original."])
def test_a_denial_without_the_answers_comma_still_denies_the_copy_word(description):
    match = demo_evaluated("Gucci Marmont bag", "handbags", 1900.0, description)["gucci"]
    assert not [s for s in match.signals if s.rule.value == "cue" and s.weight > 0]


@pytest.mark.parametrize("title,category,brand", [("Vuitton canvas tote replica", "handbags", "louis-vuitton"),
                                                  ("Lauder night repair serum replica", "skincare", "estee-lauder")])
def test_a_distinctive_surname_with_a_cue_names_the_brand(title, category, brand):
    assert brand in demo_alerts(title, category, 30.0, "DM for pics")


@pytest.mark.parametrize("title,category,price", [("Lauder night repair serum", "skincare", 80.0),
                                                  ("Harry Lauder songbook vinyl replica sleeve", "records", 12.0),
                                                  ("Goose down parka", "parkas", 300.0)])
def test_a_surname_without_its_category_and_a_cue_stays_quiet(title, category, price):
    assert not demo_alerts(title, category, price, "")
