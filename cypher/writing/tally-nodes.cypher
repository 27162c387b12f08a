// The tally of every SDG target for every mode ($modes: #tallyModes), made with the
// targets so that the writes find them: an import's node count stays its rows'. The writes still
// merge them, should a mode or target come before its tally.
// Used by GraphWrites.TALLY_NODES.
UNWIND $modes AS mode
MATCH (t:SdgTarget)
MERGE (:SdgTargetMode {target: t.code, mode: mode})
