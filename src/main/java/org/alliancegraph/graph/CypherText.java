package org.alliancegraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/**
 * Cypher kept as files in {@code cypher/} (where a reader opens it, and the jar carries it): whole
 * statements, and files of named fragments (a filter's criteria). A statement varies with a request
 * only in its slots, {@code true /*name(variables)*&#47;}: a plain {@code true} to Cypher, so a file
 * as written runs as the unfiltered statement. The variables a fragment applies to are written in the
 * slot, in the file, never made up in code.
 */
public final class CypherText {

    private static final Pattern FRAGMENT = Pattern.compile("^// \\[(\\w+)]", Pattern.MULTILINE);

    private CypherText() {
    }

    /** The text of {@code cypher/<path>} from the classpath. */
    public static String read(String path) {
        try (InputStream in = new ClassPathResource("cypher/" + path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cypher/" + path + " is missing from the classpath", e);
        }
    }

    /**
     * The fragments of {@code cypher/<path>}, by name: each starts at a line {@code // [name] what it
     * means} and runs to the next; its other comment lines are notes and its lines are joined by
     * line breaks. Lines before the first fragment are the file's notes.
     */
    public static Fragments fragments(String path) {
        String text = read(path);
        Matcher m = FRAGMENT.matcher(text);
        Map<String, String> fragments = new LinkedHashMap<>();
        String name = null;
        int start = 0;
        while (true) {
            boolean found = m.find();
            if (name != null) {
                String body = text.substring(start, found ? m.start() : text.length()).lines()
                        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("//"))
                        .reduce((a, b) -> a + "\n" + b).orElseThrow(() -> new IllegalStateException("empty fragment " + path));
                fragments.put(name, body);
            }
            if (!found) {
                return new Fragments(path, Map.copyOf(fragments));
            }
            name = m.group(1);
            start = text.indexOf('\n', m.end()) + 1;
        }
    }

    private static final Pattern SLOT = Pattern.compile("(true )?/\\*(\\w+)\\*/");

    /**
     * The statement with its slots written: {@code /*name*&#47;} (with the {@code true} before it, if
     * any) becomes {@code slots.get(name)}. A slot with a {@code true} before it may stay unfilled and
     * stays {@code true}; one without must be filled, and every slot given must be in the statement.
     * Comment lines go (they may name slots).
     */
    public static String fill(String statement, Map<String, String> slots) {
        Set<String> unused = new HashSet<>(slots.keySet());
        String code = statement.lines().filter(l -> !l.strip().startsWith("//")).collect(Collectors.joining("\n"));
        String filled = SLOT.matcher(code).replaceAll(slot -> {
            String value = slots.get(slot.group(2));
            unused.remove(slot.group(2));
            if (value == null && slot.group(1) == null) {
                throw new IllegalArgumentException("slot /*" + slot.group(2) + "*/ left empty");
            }
            return Matcher.quoteReplacement(value == null ? "true" : value);
        });
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException("no slot " + unused + " in the statement");
        }
        return filled;
    }

    /** The fragments of one file, by name. */
    public record Fragments(String path, Map<String, String> byName) {

        /** The fragment, or an error naming the file: a name missing is a mistake in the code or the file. */
        public String get(String name) {
            String fragment = byName.get(name);
            if (fragment == null) {
                throw new IllegalArgumentException("no fragment [" + name + "] in cypher/" + path);
            }
            return fragment;
        }

        /** The same fragments but {@code name}, which reads as the fragment {@code by} (a variant of one statement). */
        public Fragments replacing(String name, String by) {
            get(name); // both must be in the file
            Map<String, String> copy = new LinkedHashMap<>(byName);
            copy.put(name, get(by));
            return new Fragments(path, Map.copyOf(copy));
        }
    }

    /**
     * The fragment with variable {@code from} written {@code to}: whole identifiers only, so neither a
     * property ({@code x.a}), a parameter ({@code $a...}), a label nor a longer name changes.
     */
    public static String rename(String fragment, String from, String to) {
        return fragment.replaceAll("(?<![\\w$.:`'])" + Pattern.quote(from) + "(?![\\w`'])", Matcher.quoteReplacement(to));
    }
}
