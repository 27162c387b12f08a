package org.alliancegraph.history;

import java.time.ZonedDateTime;
import java.util.List;

/** One write: when, by whom, which operation, the input's fields it was given, the version it left. */
public record Change(ZonedDateTime at, String by, String operation, List<String> fields, Long version) {
}
