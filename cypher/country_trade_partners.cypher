// A country's trade partners ranked by the largest stated trade value.
// Params: $country (name or ISO3 code, e.g. "Tajikistan" or "TJK").
MATCH (c:Country)
WHERE c.name = $country OR c.iso3 = $country OR $country IN c.aliases
MATCH (c)-[t:TRADES_WITH]-(partner:Country)
WHERE coalesce(t.projected, false) = false
RETURN partner.name AS partner, max(t.value_usd) AS value_usd, collect(DISTINCT t.year) AS years
ORDER BY value_usd DESC;
