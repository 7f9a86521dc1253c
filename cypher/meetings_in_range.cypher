// Meetings and calls in a date range (the relation's date, else its article's date).
// Params: $since, $until (ISO dates, e.g. "2021-01-01" and "2021-12-31").
MATCH (a:Person)-[r:MET_WITH|SPOKE_WITH]-(b:Person)
WHERE a.name < b.name
OPTIONAL MATCH (art:Article {id: r.article})
WITH a, b, r, coalesce(r.date, art.date) AS day
WHERE day >= $since AND day <= $until
RETURN day AS date, type(r) AS relation, a.name AS person, b.name AS other, r.place AS place
ORDER BY date, person;
