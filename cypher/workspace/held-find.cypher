// A waiting upload of this sender, its deadline moved on as it is used.
MATCH (u:HeldUpload {id: $id, owner: $owner})
WHERE u.expires > datetime()
SET u.expires = datetime() + duration($keep)
RETURN u.names AS names, u.sheets AS sheets, u.source AS source, u.sourceTitle AS sourceTitle,
       u.sourceDate AS sourceDate, u.sourceUrl AS sourceUrl, u.programme AS programme
