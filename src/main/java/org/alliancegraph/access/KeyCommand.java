package org.alliancegraph.access;

import java.io.PrintStream;
import java.util.Locale;

/**
 * {@code key <READER|EDITOR|ADMIN>}: makes a new API key, prints it once (it is stored nowhere) and
 * the line to configure, which holds only its hash.
 */
public final class KeyCommand {

    private KeyCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Role role = args.length == 1 ? Role.parse(args[0]) : null;
        if (role == null) {
            err.println("usage: key <READER|EDITOR|ADMIN>: a new API key for that role, and the hash to configure");
            return 2;
        }
        String key = ApiKeys.newKey(role);
        String property = "alliance-graph.security." + role.name().toLowerCase(Locale.ROOT) + "-keys";
        out.println("API key (give it to its holder; it is shown once and stored nowhere):");
        out.println("  " + key);
        out.println("Configure its hash (append with a comma to keys already there):");
        out.println("  " + property + "=" + ApiKeys.hash(key));
        out.println("  or: ALLIANCE_GRAPH_SECURITY_" + role.name() + "_KEYS=" + ApiKeys.hash(key));
        return 0;
    }
}
