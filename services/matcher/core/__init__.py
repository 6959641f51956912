"""The matcher's domain logic: pure functions and classes, no I/O."""

from services.matcher.core import compiled_patterns

# the modules' ~1,500 patterns made from the table cache's compiled code, not parsed again (issue 16)
with compiled_patterns.kept("patterns-import"):
    from services.matcher.core.config import MatcherConfig
    from services.matcher.core.index import MATCHER_VERSION, MatcherIndex
    from services.matcher.core.layers import LayeredIndex

__all__ = ["MATCHER_VERSION", "LayeredIndex", "MatcherConfig", "MatcherIndex"]
