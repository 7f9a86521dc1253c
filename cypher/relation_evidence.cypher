// The evidence behind the relations between two entities: sentence, article, confidence.
// Params: $a, $b (names or aliases of two entities).
MATCH (x), (y)
WHERE (x.name = $a OR $a IN x.aliases) AND (y.name = $b OR $b IN y.aliases)
MATCH (x)-[r]-(y)
WHERE type(r) <> 'MENTIONED_IN'
RETURN type(r) AS relation, startNode(r).name AS source, endNode(r).name AS target,
       r.article AS article, r.confidence AS confidence, r.evidence AS evidence
ORDER BY relation, article;
