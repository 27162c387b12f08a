package org.alliancegraph.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.api.ConflictException;
import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.neo4j.RunningEmbedded;
import org.alliancegraph.neo4j.StoreLock;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code account add|set|list}: people's accounts from the command line, on the embedded database
 * (through the running service's Bolt connector when a service holds it: no restart) or the server
 * {@code --spring.neo4j.uri} names. A password is read from
 * {@code ALLIANCE_GRAPH_ACCOUNT_PASSWORD}, else from the first line of the standard input, never from
 * the arguments (they show in the process list). Exit codes: 0 done, 2 usage or refused, 3 database in use.
 */
public final class AccountCommand {

    static final String USAGE = """
            usage: account add <email> --role READER|EDITOR|ADMIN [--name "..."] [--programmes id,id] [--territories id,id]
                   account set <email> [--role R] [--name "..."] [--programmes id,id] [--territories id,id]
                                       [--disable | --enable] [--password]
                   account list
              The password (add, set --password) comes from ALLIANCE_GRAPH_ACCOUNT_PASSWORD or the first line of
              the standard input; at least 12 characters. --programmes and --territories limit an EDITOR
              ("" lifts the limits). Spring options (--spring.neo4j.uri=...) pass through.""";

    private AccountCommand() {
    }

    public static int run(Class<?> application, String[] args, InputStream in, PrintStream out, PrintStream err) {
        List<String> springArgs = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        List<String> all = Arrays.asList(args);
        for (int i = 0; i < all.size(); i++) {
            String arg = all.get(i);
            if (arg.startsWith("--spring.") || arg.startsWith("--alliance-graph.") || arg.startsWith("--logging.")) {
                springArgs.add(arg);
            } else if (arg.equals("--disable") || arg.equals("--enable") || arg.equals("--password")) {
                options.put(arg.substring(2), "true");
            } else if (arg.startsWith("--") && i + 1 < all.size()) {
                options.put(arg.substring(2), all.get(++i));
            } else if (arg.startsWith("--")) {
                err.println("account: " + arg + " needs a value\n" + USAGE);
                return 2;
            } else {
                words.add(arg);
            }
        }
        String action = words.isEmpty() ? "" : words.getFirst();
        boolean needsEmail = action.equals("add") || action.equals("set");
        if (!(needsEmail && words.size() == 2 || action.equals("list") && words.size() == 1)) {
            err.println(USAGE);
            return 2;
        }
        List<String> target = new ArrayList<>(springArgs);
        String inUse = StoreLock.embeddedInUse(springArgs);
        if (inUse != null) {
            // A running service holds the folder: its database is reached through the service's own Bolt connector.
            List<String> running = RunningEmbedded.connection(springArgs);
            if (running.isEmpty()) {
                err.println("account: " + inUse + "; while it runs, an administrator manages accounts in the page");
                return 3;
            }
            target.addAll(running);
        }
        String password = null;
        if (action.equals("add") || options.containsKey("password")) {
            password = password(in);
            if (password == null) {
                err.println("account: no password: set ALLIANCE_GRAPH_ACCOUNT_PASSWORD or write it on the standard input");
                return 2;
            }
        }
        List<String> effective = new ArrayList<>(target);
        if (effective.stream().noneMatch(a -> a.startsWith("--alliance-graph.demo-data.enabled="))) {
            effective.addFirst("--alliance-graph.demo-data.enabled=false");
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
                .logStartupInfo(false).run(effective.toArray(String[]::new))) {
            Accounts accounts = context.getBean(Accounts.class);
            switch (action) {
                case "list" -> accounts.list().forEach(a -> out.println(line(a)));
                case "add" -> out.println("made " + line(accounts.create(new Accounts.NewAccount(words.get(1), options.get("name"),
                        role(options.get("role")), password, list(options.get("programmes")), list(options.get("territories"))),
                        "command line")));
                default -> out.println("changed " + line(accounts.update(new Accounts.AccountChanges(words.get(1), options.get("name"),
                        options.containsKey("role") ? role(options.get("role")) : null, password, list(options.get("programmes")),
                        list(options.get("territories")), options.containsKey("disable") ? Boolean.TRUE
                                : options.containsKey("enable") ? Boolean.FALSE : null), "command line")));
            }
            return 0;
        } catch (InvalidInputException | ConflictException refused) {
            String field = refused instanceof InvalidInputException i ? i.field() : ((ConflictException) refused).field();
            err.println("account: --" + field.substring("input.".length()) + ": " + refused.getMessage());
            return 2;
        }
    }

    private static Role role(String value) {
        Role role = Role.parse(value);
        if (role == null) {
            throw new InvalidInputException("input.role", "'" + (value == null ? "" : value) + "' is no role: READER, EDITOR or ADMIN");
        }
        return role;
    }

    private static List<String> list(String value) {
        return value == null ? null : Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static String password(InputStream in) {
        String fromEnvironment = System.getenv("ALLIANCE_GRAPH_ACCOUNT_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return line == null || line.isEmpty() ? null : line;
        } catch (IOException e) {
            return null;
        }
    }

    static String line(Account a) {
        return a.email() + " " + a.role() + (a.disabled() ? " (disabled)" : "")
                + (a.scope().limited() ? ", limited to " + a.scope().describe() : "")
                + (a.name() == null ? "" : ", " + a.name());
    }
}
