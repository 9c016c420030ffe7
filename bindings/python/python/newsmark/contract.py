"""The JSON contract (``schema/annotations.schema.json``) as ``TypedDict`` classes.

What ``newsmark.annotate`` returns: the CLI's and the JS module's JSON, as dicts and lists.
Every ``text`` is exactly the substring at ``start:end`` in the unit named by ``offsets``
(code points by default: Python's own string indexing). Absent values are ``None``.
"""

from typing import List, Literal, Optional, TypedDict

__all__ = [
    "Annotations",
    "Block",
    "BlockKind",
    "Cluster",
    "Entity",
    "Label",
    "Lang",
    "OffsetUnit",
    "Quote",
    "QuoteKind",
]

Lang = Literal["tr", "en", "und"]
"""Turkish, English, or undetermined (language-independent parts only)."""

OffsetUnit = Literal["utf16", "codepoint", "byte"]
"""The unit of every offset: UTF-16 code units (JavaScript), code points (Python), UTF-8 bytes."""

Label = Literal["PER", "ORG", "LOC", "MISC", "DATE", "TIME", "MONEY", "PERCENT"]
"""Entity type."""

BlockKind = Literal["title", "paragraph", "duplicate", "source", "byline", "dateline", "boilerplate"]
"""What a block of the page is; ``boilerplate`` (page chrome) is never annotated."""

QuoteKind = Literal["direct", "reported", "term"]
"""``direct``: in quotation marks (the span includes them); ``reported``: speech without
marks (the span is the reported content); ``term``: a short quoted phrase nobody said."""


class Block(TypedDict):
    """A block of the page: blocks are sorted, disjoint, and cover every non-space character."""

    start: int
    end: int
    kind: BlockKind


class Entity(TypedDict):
    """An entity mention."""

    start: int
    end: int
    text: str
    label: Label
    cluster: int
    """The id of its cluster in ``Annotations["clusters"]``."""


class Cluster(TypedDict):
    """Mentions of one entity."""

    id: int
    label: Label
    canonical: str
    """The longest mention's text."""
    mentions: int


class Quote(TypedDict):
    """A quote, its speaker and its speech cue (``dedi``, ``said``, ``according to``)."""

    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: Optional[str]
    speaker_start: Optional[int]
    speaker_end: Optional[int]
    speaker_cluster: Optional[int]
    speaker_name: Optional[str]
    """Who the speaker is: the canonical name of the speaker's cluster (``he`` → ``Maria
    Lopez``), else the speaker's own text, else ``None``."""
    cue: Optional[str]
    cue_start: Optional[int]
    cue_end: Optional[int]


class Annotations(TypedDict):
    """Everything found in one text. Lists are sorted by start, longer first."""

    lang: Lang
    offsets: OffsetUnit
    blocks: List[Block]
    entities: List[Entity]
    clusters: List[Cluster]
    quotes: List[Quote]
