// The alliances of each programme of $ids.
// Used by AllianceLinksController.programmeAlliances.
UNWIND $ids AS key
MATCH (:Programme {id: key})<-[:IN_PROGRAMME]-(a:Alliance)
RETURN key, a {.*} AS a ORDER BY a.startDate, a.name
