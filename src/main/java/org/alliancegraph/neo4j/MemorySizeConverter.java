package org.alliancegraph.neo4j;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Sizes in settings as Spring writes them ({@code 128MB}) and as Neo4j does ({@code 128m},
 * {@code 2g}): operators copy Neo4j's memory recommendations, and the page cache was given that way
 * before it became a {@link DataSize}.
 */
@Component
@ConfigurationPropertiesBinding
class MemorySizeConverter implements Converter<String, DataSize> {

    private static final Pattern NEO4J = Pattern.compile("(\\d+)\\s*([kmgt])");

    @Override
    public DataSize convert(String source) {
        return parse(source);
    }

    static DataSize parse(String text) {
        String value = text.strip();
        Matcher neo4j = NEO4J.matcher(value.toLowerCase(Locale.ROOT));
        if (neo4j.matches()) {
            long amount = Long.parseLong(neo4j.group(1));
            return switch (neo4j.group(2)) {
                case "k" -> DataSize.ofKilobytes(amount);
                case "m" -> DataSize.ofMegabytes(amount);
                case "g" -> DataSize.ofGigabytes(amount);
                default -> DataSize.ofTerabytes(amount);
            };
        }
        return DataSize.parse(value);
    }
}
