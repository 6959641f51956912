"""One regular expression for many literal strings, written as a trie (prefix tree) instead of a flat alternation.

`trie_pattern(words)` matches what `"|".join(map(re.escape, sorted(words, key=len, reverse=True)))` matches, at the
same places (issue 16): at a position the words the text holds there are prefixes of one another, so a flat
alternation tried longest first and a trie that tries the longer branch first (`(?:...)?` is greedy) try the same
words in the same order, and a look-ahead after the alternation backtracks to the next shorter word in both. With
re.IGNORECASE the words must be lower-case ASCII letters and spaces (a character of the text then matches at most one
branch of a node, so the trie tries no branch a flat alternation would not). Python's `re` compiles the trie of 9,363
uwu forms of the copy cues (codes/uwu.py) in 0.14 s instead of 0.33 s for the flat alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def longest_first(word: str) -> tuple[int, str]:
    """The sort key of a flat alternation's words, `sorted(words, key=longest_first)`: the longer first, as
    `key=len, reverse=True`, and words of one length in their own order rather than a set's, which follows the process's
    string hashing: the pattern's text would change from process to process, and the table cache could not keep it
    compiled (compiled_patterns.py; issue 16). The same matches: words of one length that match at one place are one
    word (as above), or spell one text alike (re.IGNORECASE; a separator class between words), the same span."""
    return -len(word), word


def trie_pattern(words: Iterable[str]) -> str:
    """A non-capturing expression (no groups) for the words, longest first at a position. Pure."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.get(ch) or node.setdefault(ch, {})
        node[""] = None  # a word ends here
    return _node(root) if root else "(?!)"


def _node(node: dict) -> str:
    keys = sorted(k for k in node if k)
    if not keys:
        return ""
    if len(keys) == 1:
        body = _escape(keys[0]) + _node(node[keys[0]])
        return f"(?:{body})?" if "" in node else body
    body = "(?:" + "|".join(_escape(k) + _node(node[k]) for k in keys) + ")"
    return body + "?" if "" in node else body


def _escape(ch: str) -> str:
    return ch if ch.isascii() and ch.isalnum() else re.escape(ch)
