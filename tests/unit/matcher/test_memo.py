"""Bounded memos (services/matcher/core/memo.py): what a reader remembers across listings, and when it forgets."""
from services.matcher.core.memo import Memo, MemoSet


def test_a_memo_gives_back_what_it_remembers_and_keeps_it():
    memo = Memo(3)
    assert memo.remember("rolex", (1, 2)) == (1, 2)
    assert memo.get("rolex") == (1, 2)
    assert memo.get("gucci") is None


def test_a_full_memo_forgets_everything_at_once_then_holds_the_new_answer():
    memo = Memo(2)
    memo.remember("a", 1)
    memo.remember("b", 2)
    memo.remember("c", 3)
    assert dict(memo) == {"c": 3}
    assert memo.size == 2


def test_a_memo_never_holds_more_than_its_size_over_a_long_stream():
    memo, seen = Memo(100), MemoSet(100)
    for n in range(10_000):
        memo.remember(f"word{n}", n)
        seen.remember(f"word{n}")
        assert len(memo) <= 100 and len(seen) <= 100
    assert memo["word9999"] == 9999 and "word9999" in seen


def test_a_memo_set_remembers_keys_known_to_read_as_nothing():
    seen = MemoSet(2)
    seen.remember("the")
    assert "the" in seen and seen.issuperset(["the"])
    seen.remember("and")
    seen.remember("bag")
    assert set(seen) == {"bag"}
