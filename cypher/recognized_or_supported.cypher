// The countries and people that recognized or support a country.
// Params: $country (name or ISO3 code, e.g. "Azerbaijan" or "AZE").
MATCH (c:Country)
WHERE c.name = $country OR c.iso3 = $country OR $country IN c.aliases
MATCH (who)-[r:RECOGNIZED|SUPPORTS]->(c)
RETURN type(r) AS relation, labels(who)[0] AS kind, who.name AS who, r.article AS article,
       r.evidence AS evidence
ORDER BY relation, who;
