"""The adversary's help-desk classes (issue 9, tickets33). A copy sold as a help-desk ticket or Q&A whose answer to "is
it original?" admits the copy: "Ticket #5521 – ¿es original el <goods>? [RESUELTO: réplica 1:1]" with "Agente: No, es
réplica 1:1", "Kunde: Ist das original? – Nein, es ist eine Replik", "Client : c'est original ? – Non, c'est une
copie", "Q: is it original? A: No, it's a mirror copy" (evasion, every brand): a numbered ticket is a support case, not
admission to an event, and "No, <copula> <copy word>" claims the copy. The honest twins stay quiet (trap): a ticket
whose agent answers "Yes, 100% genuine, receipt", and a guide to telling replicas.

Written from general knowledge of marketplace Q&A threads and help-desk transcripts pasted into listings; found by
outsider31's c_helpdesk_ticket31 after it was scored; none of its titles is a template here.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark

TRAPS = {
    "trap_helpdesk_genuine": "a help-desk ticket or Q&A whose agent answers that the goods are genuine, at a shop's price, "
                             "or a guide to telling replicas",
}
EVASIONS = {
    "helpdesk_copy_admitted": "a numbered help-desk ticket or Q&A on the brand's goods whose answer to 'is it original?' "
                              "is 'No, it is a <copy word>', in six languages, at a copy's price",
}

COPY = {"en": ["replica", "1:1 replica", "mirror copy", "super clone", "first copy", "knockoff", "top-grade imitation"],
        "es": ["réplica 1:1", "copia AAA", "réplica", "imitación"], "pt": ["cópia AAA", "réplica", "primeira linha"],
        "de": ["Replik", "Kopie 1:1", "Nachbau"], "fr": ["copie", "réplique", "copie 1:1"], "ru": ["реплика", "копия 1:1"]}
FRAMES = {
    "en": ("Ticket #{n} – is this {m} {p} original? [RESOLVED: {c}]", "Customer: Is it original?\nAgent: No, it's a {c}, "
           "same look as {m}. Price {price}."),
    "es": ("Ticket #{n} – ¿es original el {m} {p}? [RESUELTO: {c}]", "Estado: RESUELTO\nCliente: ¿Es original?\nAgente: "
           "No, es {c}, igualito al de {m}."),
    "pt": ("Chamado #{n} – o {m} {p} é original? [RESOLVIDO: {c}]", "Status: RESOLVIDO\nCliente: é original?\n"
           "Atendente: não, é {c} do {m}, idêntico."),
    "de": ("Ticket Nr. {n}: {m} {p} – original? [GELÖST: {c}]", "Kunde: Ist das original?\nSupport: Nein, es ist eine "
           "{c}, wie {m}."),
    "fr": ("Ticket #{n} – le {m} {p} est-il original ? [RÉSOLU : {c}]", "Client : c'est original ?\nAgent : Non, c'est "
           "une {c}, comme {m}."),
    "ru": ("Тикет #{n} – {m} {p} оригинал? [РЕШЕНО: {c}]", "Клиент: это оригинал?\nАгент: Нет, это {c}, как {m}."),
}


def make_copy(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category(with_floor=True)
    m, p = _plain_mark(b, s), s.product(cat)
    lang = r.choice(list(FRAMES))
    c = r.choice(COPY[lang])
    title, description = FRAMES[lang]
    price = s.price(cat, low=True)
    n = r.randrange(1000, 99999)
    return Draft(_cap(" ".join(title.format(n=n, m=m, p=p, c=c).split())), cat, price,
                 description.format(m=m, c=c, price=f"{price[1]} {price[0]}"))


def make_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    m = b.name
    if r.random() < 0.3:
        title = r.choice([f"How to tell if your {m} is a replica – guide", f"{m}: real vs replica, a buyer's guide "
                          "(ebook)", f"Guide: spotting a fake {m} – ticket Q&A edition"])
        return Draft(title, "books", (round(r.uniform(5, 25), 2), "USD"), "A guide to spotting fakes.")
    cat = s.category(with_floor=True)
    if cat not in b.floors or "prescription" in cat:
        return None
    p = s.product(cat)
    n = r.randrange(1000, 99999)
    title = r.choice([f"Ticket #{n} – is this {m} {p} original? [RESOLVED: genuine]",
                      f"Q&A: is the {m} {p} original? Answer: yes, authentic"])
    return Draft(_cap(title), cat, s.price(cat), "Customer: Is it original?\nAgent: Yes, 100% genuine, bought at the "
                 "brand's store, receipt and warranty card included.")


TRAP_MAKERS = {"trap_helpdesk_genuine": make_trap}
EVASION_MAKERS = {"helpdesk_copy_admitted": make_copy}
