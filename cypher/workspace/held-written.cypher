// An upload written: it waits no more (run in the writing's transaction).
MATCH (u:HeldUpload {id: $id})
DELETE u
