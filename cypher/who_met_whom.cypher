// Who met whom, when and where: every in-person meeting, newest first.
// Params: none.
MATCH (a:Person)-[r:MET_WITH]-(b:Person)
WHERE a.name < b.name
RETURN a.name AS person, b.name AS met, r.date AS date, r.place AS place, r.article AS article
ORDER BY date DESC, person, met;
