// The most connected people and countries: distinct neighbours over every relation.
// Params: $limit (how many rows, e.g. 10).
MATCH (n)-[r]-(m)
WHERE (n:Person OR n:Country) AND type(r) <> 'MENTIONED_IN'
RETURN labels(n)[0] AS kind, n.name AS name, count(DISTINCT m) AS neighbours, count(r) AS relations
ORDER BY neighbours DESC, relations DESC, name
LIMIT $limit;
