// An upload read and planned, kept for its sender until written or $keep unused, in the database so
// that the preview and the writing may land on different instances of the service. Expired ones go.
CALL () {
  MATCH (old:HeldUpload) WHERE old.expires < datetime()
  WITH old LIMIT 1000
  DELETE old
}
CREATE (:HeldUpload {id: $id, owner: $owner, names: $names, sheets: $sheets, source: $source, sourceTitle: $sourceTitle,
                     sourceDate: $sourceDate, sourceUrl: $sourceUrl, programme: $programme,
                     expires: datetime() + duration($keep)})
