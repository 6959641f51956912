"""alternation.trie_pattern: the same matches as the flat alternation of the words, longest first (issue 16)."""

import random
import re

from services.matcher.core.alternation import trie_pattern

WORD = r"(?<![^\W\d_])(?:%s)(?![^\W\d_])"


def _flat(words):
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def test_same_matches_as_the_flat_alternation_longest_first():
    rng = random.Random(5)
    for _ in range(300):
        words = list({"".join(rng.choice("ab ") for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 10))})
        flat, trie = re.compile(WORD % _flat(words), re.I), re.compile(WORD % trie_pattern(words), re.I)
        for _ in range(50):
            text = "".join(rng.choice("abAB  c1ſ") for _ in range(rng.randint(0, 14)))
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)], (words, text)


def test_backs_off_to_a_shorter_word_and_escapes():
    assert re.compile(WORD % trie_pattern(["wepwica", "wepwicas", "fa.ke"]), re.I).findall(
        "Wepwicas wepwicax wepwica fa.ke fake") == ["Wepwicas", "wepwica", "fa.ke"]
    assert re.compile(trie_pattern(["高仿", "高仿品", "コピー"])).findall("高仿品 高仿 コピ") == ["高仿品", "高仿"]
    assert re.compile(trie_pattern([])).search("anything") is None
