// An import (a job of the running service or the command line): one Change for the whole import, its
// rows being too many to list; $sources are the sources its files define, so that the history of an
// organisation or an alliance citing one of them shows the import (of-subjects.cypher).
CREATE (:Change {at: datetime(), by: $by, operation: $operation, subjectKind: 'Import', subject: $subject,
                 fields: $fields, sources: $sources})
