package org.alliancegraph.graph;

/**
 * A start-up step that failed, named as a person would look for it, with what to do about it: the
 * launcher prints this one line before the process ends (the cause's details are in the log).
 */
public class StartupStepFailed extends RuntimeException {

    private final String step;
    private final String action;

    /**
     * @param step   what was being done ("the schema migrations")
     * @param action what the person can do ("restore the cypher/schema files of this version")
     */
    public StartupStepFailed(String step, String action, Throwable cause) {
        super(step + " failed: " + cause.getMessage(), cause);
        this.step = step;
        this.action = action;
    }

    public String step() {
        return step;
    }

    public String action() {
        return action;
    }
}
