// Embassies between countries and offices of organizations, with cities and dates.
// Params: none.
MATCH (a)-[r:HAS_EMBASSY_IN|HAS_OFFICE_IN]->(c:Country)
RETURN type(r) AS relation, a.name AS of, c.name AS in_country, r.city AS city, r.since AS since
ORDER BY relation, of;
