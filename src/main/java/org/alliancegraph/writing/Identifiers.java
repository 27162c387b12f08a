package org.alliancegraph.writing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks of the French legal identifiers an organisation may carry. */
public final class Identifiers {

    private static final Pattern SIREN = Pattern.compile("\\d{9}");
    private static final Pattern RNA = Pattern.compile("W\\d[0-9A-Z]\\d{7}");
    private static final Pattern TYPED_SEPARATORS = Pattern.compile("[\\s.]");

    private Identifiers() {
    }

    /** Strips the spaces people type ("552 100 554") and returns the 9 digits. */
    public static String normaliseSiren(String value) {
        return value == null ? null : TYPED_SEPARATORS.matcher(value).replaceAll("");
    }

    /** Empty when valid, else what is wrong, in words a person can act on. */
    public static Optional<String> sirenProblem(String siren) {
        if (!SIREN.matcher(siren).matches()) {
            return Optional.of("SIREN must be 9 digits, got '" + siren + "'");
        }
        if (!luhn(siren)) {
            return Optional.of("SIREN '" + siren + "' fails its check digit (Luhn); check for a typing error");
        }
        return Optional.empty();
    }

    /** RNA (Répertoire national des associations): 'W' then 9 characters, e.g. W751234567 or W2A1000123. */
    public static Optional<String> rnaProblem(String rna) {
        return RNA.matcher(rna).matches() ? Optional.empty()
                : Optional.of("RNA number must be 'W' followed by 9 characters (e.g. W751234567), got '" + rna + "'");
    }

    /** Empty for a null or valid http(s) address, else what is wrong. */
    public static Optional<String> urlProblem(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                return Optional.of("'" + url + "' is not an http(s) address");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("'" + url + "' is not a valid address: " + e.getReason());
        }
    }

    /** Whether a string of digits passes the Luhn check (SIREN, SIRET). */
    public static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
