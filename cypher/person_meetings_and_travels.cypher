// One person's meetings, calls and visits.
// Params: $name (the person's name or one of its aliases, e.g. "Rahmon").
MATCH (p:Person)
WHERE p.name = $name OR $name IN p.aliases
MATCH (p)-[r:MET_WITH|SPOKE_WITH|VISITED]-(other)
RETURN p.name AS person, type(r) AS relation, other.name AS with_or_to,
       coalesce(r.date, '') AS date, coalesce(r.place, r.city, '') AS place, r.article AS article
ORDER BY date, relation, with_or_to;
