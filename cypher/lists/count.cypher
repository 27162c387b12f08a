// How many rows a list has: from the label (:Listed), or from an anchor (/*from*/, see
// anchored.cypher), or from a full-text search, with the filter's criteria.
/*from*/
WITH x WHERE true /*where*/
RETURN count(*)
