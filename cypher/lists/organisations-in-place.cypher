// A page of a département's or région's organisations by name, and their total when asked, in one
// statement, from the place keys each organisation carries (o.departement, o.region: the ids of the
// département and région it lies in, schema V004): the (key, name) index read in name order, stopping
// at the page's end. The few organisations that lie in several départements or régions (an EPCI
// across them: no single key, o.manyPlaces) are found by the walk up the tree (/*located*/, the
// territory criterion of ../filters/organisation.cypher, with $territory = $place).
// Slots: /*key*/ the key (departement or region), true /*start*/ the cursor's range on the name
// (o.name >= $afterKey: the index seek starts there), true /*where*/ the other criteria, /*total*/
// one of the two fragments [total] and [noTotal]. Parameters: $place, $territory, $limit, $afterKey,
// $afterId, and the criteria's own.

// [page] the total first (or -1), then the page: the keyed rows in index order, the spread ones,
// merged by name; rows streamed, not collected, so only the page is held in memory
/*total*/
OPTIONAL CALL () {
  MATCH (o:Organisation)
  WHERE o./*key*/ = $place AND o.name IS NOT NULL AND true /*start*/ AND true /*where*/
    AND ($afterId IS NULL OR o.name > $afterKey OR o.id > $afterId)
  WITH o ORDER BY o./*key*/, o.name, o.id LIMIT $limit
  RETURN o
  UNION ALL
  MATCH (o:Organisation)
  WHERE o.manyPlaces = true AND o./*key*/ IS NULL AND /*located*/ AND true /*start*/ AND true /*where*/
    AND ($afterId IS NULL OR o.name > $afterKey OR o.id > $afterId)
  RETURN o
}
WITH o, total ORDER BY o.name, o.id LIMIT $limit
RETURN o {.*} AS o, total

// [total] the total: an index count of the keyed ones, and the spread ones
CALL () {
  MATCH (o:Organisation) WHERE o./*key*/ = $place AND o.name IS NOT NULL AND true /*where*/
  RETURN count(o) AS keyedTotal
}
CALL () {
  MATCH (o:Organisation) WHERE o.manyPlaces = true AND o./*key*/ IS NULL AND /*located*/ AND true /*where*/
  RETURN count(o) AS spreadTotal
}
WITH keyedTotal + spreadTotal AS total

// [noTotal]
WITH -1 AS total
