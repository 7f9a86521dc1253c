// Who holds which post for which country or organization.
// Params: none.
MATCH (p:Person)-[h:HOLDS_OFFICE]->(o)
RETURN p.name AS person, h.title AS title, o.name AS for, collect(DISTINCT h.article) AS articles
ORDER BY for, person;
