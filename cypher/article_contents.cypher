// Everything one article says: the entities it mentions and the relations read from it.
// Params: $article (the article id, e.g. "001_e76ff33dc96d9a90").
MATCH (a:Article {id: $article})
OPTIONAL MATCH (s)-[r]->(t)
WHERE r.article = $article
RETURN a.title AS title, a.date AS date, type(r) AS relation, s.name AS source, t.name AS target,
       r.evidence AS evidence
ORDER BY relation, source, target;
