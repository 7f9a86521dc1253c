// Agreements signed between countries: the parties, the document, count and date.
// Params: none.
MATCH (a:Country)-[s:SIGNED]-(b:Country)
WHERE a.name < b.name
RETURN a.name AS party, b.name AS other_party, s.document AS document, s.count AS count,
       s.date AS date, s.article AS article
ORDER BY party, other_party, date;
