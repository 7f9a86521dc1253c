// The shortest chain of relations between two people (through people, countries, organizations).
// Params: $a, $b (person names or aliases).
MATCH (x:Person), (y:Person)
WHERE (x.name = $a OR $a IN x.aliases) AND (y.name = $b OR $b IN y.aliases)
MATCH path = shortestPath((x)-[:MET_WITH|SPOKE_WITH|VISITED|HOLDS_OFFICE|INVITED|SIGNED|TRADES_WITH|
  INVESTED_IN|COOPERATES_WITH|MEMBER_OF|HAS_DIPLOMATIC_RELATIONS|HAS_EMBASSY_IN|HAS_OFFICE_IN|
  RECOGNIZED|SUPPORTS*..8]-(y))
RETURN [n IN nodes(path) | n.name] AS chain, [r IN relationships(path) | type(r)] AS relations,
       length(path) AS hops;
