# Stubs of the extension module (bindings/python/src/lib.rs).
from typing import Iterable, List, Optional

from .contract import Annotations, Lang, OffsetUnit

__version__: str
MAX_INPUT_BYTES: int

class TooLarge(ValueError):
    """The text is larger than ``max_bytes`` (20 MiB by default): split it into articles."""

def annotate(
    text: str,
    lang: Optional[Lang] = None,
    offsets: OffsetUnit = "codepoint",
    max_bytes: Optional[int] = None,
) -> Annotations: ...
def annotate_many(
    texts: Iterable[str],
    lang: Optional[Lang] = None,
    offsets: OffsetUnit = "codepoint",
    max_bytes: Optional[int] = None,
    jobs: Optional[int] = None,
) -> List[Annotations]: ...
