// Organizations and the countries that take part in them.
// Params: none.
MATCH (c:Country)-[:MEMBER_OF]->(o:Organization)
RETURN o.name AS organization, coalesce(o.acronym, '') AS acronym,
       collect(DISTINCT c.name) AS members, count(DISTINCT c) AS n
ORDER BY n DESC, organization;
