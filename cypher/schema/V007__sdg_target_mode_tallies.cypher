// alliance-graph schema, version 7.
// One node per SDG target and alliance mode, (:SdgTargetMode {target, mode}), to which every alliance of
// the mode contributing to the target is linked (TALLIED_IN, kept by the write statements of
// GraphWrites): the total of a list of the alliances of one mode contributing to one target is then
// that node's degree, read in constant time, where counting the (target, mode, name) index of V006
// took 18-21 ms for the 60,419 alliances of 17.17 and MECENAT at L. The start-up links the alliances
// stored before this version (ReferenceDataLoader, marker derived:sdg-tallies), a batch per transaction.
CREATE CONSTRAINT sdg_target_mode_key IF NOT EXISTS FOR (m:SdgTargetMode) REQUIRE (m.target, m.mode) IS UNIQUE;
