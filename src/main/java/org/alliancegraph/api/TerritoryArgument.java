package org.alliancegraph.api;

import org.alliancegraph.graph.TerritoryIds;

/** A territory id given as an argument or input field: its canonical form, or a BAD_REQUEST naming it. */
public final class TerritoryArgument {

    private TerritoryArgument() {
    }

    /** The canonical id, or a BAD_REQUEST naming {@code argument} when the text is not of a known form. */
    public static String require(String argument, String text) {
        return TerritoryIds.normalise(text).orElseThrow(() -> new InvalidInputException(argument,
                "'" + text + "' is not a territory id; write " + TerritoryIds.FORMS));
    }
}
