"""Raffles that sell their prize: the price field is one ticket, and the tickets together are the prize's price.

A charity raffle or a school tombola names its prize and sells tickets, and says nothing of how many: the listing
sells no goods (subject.py, "a post"). A private raffle of goods states its count of tickets, slots or spots ("Rolex
Submariner raffle - 100 tickets", "Rifa iPhone 15 - 100 números", "Verlosung ... 60 Lose"): it is a sale of the prize
for all the tickets together, drawn among the buyers, and a copy sold so is priced like a copy's sale. `read_raffle`
returns the count and where it is said; index.py then judges the price field times that count (instalments.PriceTerms
of kind "raffle"), and subject.py no longer reads the title as a post that sells nothing.

Source of the words: written for BrandSentry from how raffle sellers title their listings on classifieds and social
marketplaces (raffle, rifa, sorteo, sorteio, Verlosung, tombola, lotteria, riffa, loterie, loteria, розыгрыш, çekiliş,
undian) and count their tickets (tickets, slots, spots, entries, números, boletos, cupos, cotas, Lose, biglietti,
numeri, billets, bilhetes, losy, билетов, mest). Nothing is taken from a held-out set.
"""

from __future__ import annotations

import re

from services.matcher.core.normalise import latin_text

RAFFLE_WORDS = ("raffle", "raffles", "rifa", "rifas", "rifo", "sorteo", "sorteio", "verlosung", "tombola", "tombole",
                "lotteria", "riffa", "loterie", "loteria", "loting", "verloting", "rozyhrys", "rozygrysh", "rozygrysz",
                "cekilis", "undian", "raffle draw")
# Cyrillic and other scripts, read on the case-folded text
RAFFLE_WIDE = ("розыгрыш", "розіграш", "лотерея", "抽奖", "抽獎", "추첨", "抽選")
TICKET_WORDS = ("tickets", "ticket", "slots", "slot", "spots", "spot", "entries", "entry", "numeros", "numbers", "boletos",
                "boletas", "cupos", "cotas", "lose", "biglietti", "numeri", "billets", "bilhetes", "losy", "losow",
                "kupon", "nomor", "bilet")
TICKET_WIDE = ("билетов", "билета", "билеты", "квитків", "номеров", "мест", "张券")

_RAFFLE = re.compile(r"(?<![a-z0-9])(?:" + "|".join(sorted(RAFFLE_WORDS, key=len, reverse=True)) + r")(?![a-z0-9])")
# a count of tickets: "100 tickets", "50 slots only", "60 Lose"; not "1 ticket" (a charity's one ticket) nor a
# price ("5 € / ticket")
_COUNT = re.compile(r"(?<![0-9.,$€£/])(?P<n>[1-9][0-9]{0,3})\s?(?:" + "|".join(sorted(TICKET_WORDS, key=len, reverse=True))
                    + r")(?![a-z0-9])")
_COUNT_WIDE = re.compile(r"(?<![0-9])(?P<n>[1-9][0-9]{0,3})\s?(?:" + "|".join(TICKET_WIDE) + r")")
# fewer tickets than this is no raffle of a prize (a ticket or two for one person)
MIN_TICKETS = 5


def raffle_word(text: str) -> bool:
    """Whether a text says raffle in one of RAFFLE_WORDS / RAFFLE_WIDE."""
    return _RAFFLE.search(latin_text(text).lower()) is not None or any(w in text.casefold() for w in RAFFLE_WIDE)


def ticket_count(text: str) -> tuple[int, str] | None:
    """(the count of tickets, the words) a text states, at least MIN_TICKETS, else None."""
    for regex, view in ((_COUNT, latin_text(text).lower()), (_COUNT_WIDE, text.casefold())):
        for m in regex.finditer(view):
            if int(m.group("n")) >= MIN_TICKETS:
                return int(m.group("n")), m.group(0)
    return None


# the words of RAFFLE_WORDS as one-word keys of the listing's latin words, and the wide words without a first letter
# that has a case ("озыгрыш" is in Розыгрыш and розыгрыш): a set test and a few substring tests gate read_raffle
_KEYS = frozenset(w.split()[0] for w in RAFFLE_WORDS)
_WIDE_CORES = tuple(w[1:] if w[0].upper() != w[0] else w for w in RAFFLE_WIDE)


def maybe_raffle(latin_words: frozenset[str], original: str) -> bool:
    """A cheap gate: the listing's latin words (normalise.ListingText.latin_words) hold a raffle word's first word, or
    its text a raffle word of another script (about 1 µs a listing)."""
    return not _KEYS.isdisjoint(latin_words) or (not original.isascii() and any(w in original for w in _WIDE_CORES))


def read_raffle(title: str, description: str) -> tuple[int, str] | None:
    """(count of tickets, the words that state it) of a raffle that sells its prize for its tickets together: a raffle
    word anywhere in the listing and a count of tickets in the title or the description; else None. Pure; a listing
    without a raffle word costs one regular-expression search of its title and description."""
    joined = f"{title}\n{description or ''}"
    if not raffle_word(joined):
        return None
    return ticket_count(title) or ticket_count(description or "")
