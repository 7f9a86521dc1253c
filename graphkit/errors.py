"""The exceptions graphkit raises: one hierarchy, messages that quote the bad value."""

__all__ = [
    "GraphkitError",
    "ArticleError",
    "GraphFileError",
    "SchemaError",
    "Neo4jError",
    "GoldError",
]


class GraphkitError(Exception):
    """Base class of every error graphkit raises on purpose."""


class ArticleError(GraphkitError):
    """An input article cannot be read (empty, binary, undecodable, unreadable), or the
    extractor failed on it."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self):  # sent back from a worker process
        return ArticleError, (self.path, self.reason)


class GraphFileError(GraphkitError):
    """A graph file is missing, malformed or of an unknown format."""


class SchemaError(GraphkitError):
    """A label or relation type outside the fixed schema of graphkit."""


class Neo4jError(GraphkitError):
    """Neo4j cannot be reached, refuses the credentials, or fails a query."""


class GoldError(GraphkitError):
    """A gold annotation folder or file cannot be used for evaluation."""
