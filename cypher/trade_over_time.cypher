// Trade figures between two countries over time, stated and projected, with evidence.
// Params: $a, $b (country names or ISO3 codes).
MATCH (x:Country), (y:Country)
WHERE (x.name = $a OR x.iso3 = $a) AND (y.name = $b OR y.iso3 = $b)
MATCH (x)-[t:TRADES_WITH]-(y)
RETURN t.year AS year, t.value_usd AS value_usd, coalesce(t.projected, false) AS projected,
       t.article AS article, t.evidence AS evidence
ORDER BY year, value_usd;
