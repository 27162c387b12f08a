package org.alliancegraph.api;

import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

@Configuration(proxyBeanMethods = false)
class ScalarConfiguration {

    /** The message a person gets for a value that is not a date; the library's names a Java type. */
    static final String NOT_A_DATE = "a Date is written YYYY-MM-DD, as a string (e.g. \"2018-11-05\")";

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(date()).scalar(ExtendedScalars.DateTime);
    }

    /** graphql-java-extended-scalars' Date, with its refusals worded for the person who sent the value. */
    static GraphQLScalarType date() {
        @SuppressWarnings("unchecked")
        Coercing<Object, Object> library = (Coercing<Object, Object>) ExtendedScalars.Date.getCoercing();
        return ExtendedScalars.Date.transform(b -> b.coercing(new Coercing<>() {
            @Override
            public Object serialize(Object value, GraphQLContext context, Locale locale) throws CoercingSerializeException {
                return library.serialize(value, context, locale);
            }

            @Override
            public Object parseValue(Object input, GraphQLContext context, Locale locale) throws CoercingParseValueException {
                try {
                    return library.parseValue(input, context, locale);
                } catch (CoercingParseValueException e) {
                    throw new CoercingParseValueException(NOT_A_DATE + ", got " + shown(input));
                }
            }

            @Override
            public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
                    throws CoercingParseLiteralException {
                try {
                    return library.parseLiteral(input, variables, context, locale);
                } catch (CoercingParseLiteralException e) {
                    throw new CoercingParseLiteralException(NOT_A_DATE);
                }
            }

            @Override
            public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                return library.valueToLiteral(input, context, locale);
            }
        }));
    }

    private static String shown(Object input) {
        String text = input instanceof String s ? "\"" + s + "\"" : String.valueOf(input);
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
