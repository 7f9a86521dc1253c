"""graphkit: news about diplomacy and trade in, a graph out.

The stages, each a module: ``articles`` (read) -> ``extract`` -> ``resolve`` -> ``model.Graph``
-> ``load`` (Neo4j) | ``analyze`` (NetworkX) | ``render`` (HTML map); ``pipeline`` chains them.

>>> import graphkit
>>> graph = graphkit.extract(["seeds"])          # doctest: +SKIP
>>> graph.write("graph.json")                   # doctest: +SKIP
>>> G = graph.to_networkx()                     # doctest: +SKIP
"""

from .errors import GraphkitError
from .model import Article, Edge, Graph, Node
from .pipeline import extract, run

__version__ = "0.1.0"
__all__ = ["Article", "Edge", "Graph", "GraphkitError", "Node", "extract", "run", "__version__"]
