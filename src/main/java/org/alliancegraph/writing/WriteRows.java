package org.alliancegraph.writing;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.alliancegraph.vocabulary.AllianceMode;
import org.alliancegraph.vocabulary.AllianceStatus;
import org.alliancegraph.vocabulary.EvidenceBasis;
import org.alliancegraph.vocabulary.InnovationPhase;
import org.alliancegraph.vocabulary.OrganisationKind;
import org.alliancegraph.vocabulary.PartnerRole;

/**
 * The rows the write statements of {@link GraphWrites} take, one record per kind: the importer
 * builds them from CSV rows, the mutations from their inputs. Each says what is wrong with its own
 * values ({@code problems}: formats, identifiers, dates in order, an SDG target's basis), so both
 * paths apply the same rules; references to other nodes are checked by each path against what it
 * knows (the files and the database, or the database). {@code parameters()} is the map the
 * statement reads as {@code row}: absent values are left out (each is one value less to send, and
 * the content hash is then the same whichever path wrote the row).
 */
public final class WriteRows {

    private WriteRows() {
    }

    /**
     * A value that breaks a rule: {@code field} is the record component's name; the message names
     * fields through the caller's naming (the CSV's {@code start_date}, the input's {@code startDate}).
     */
    public record Problem(String field, String message) {
    }

    /** How a caller names a record's fields: the CSV columns are the components in snake case. */
    public static final UnaryOperator<String> CSV_COLUMNS = name -> name.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);

    public record SourceRow(String id, String title, String publisher, String date, String url, String kind, String file) {

        public List<Problem> problems(UnaryOperator<String> naming) {
            List<Problem> problems = new ArrayList<>();
            checkUrl(problems, "url", url);
            if (date != null && !isPartialDate(date)) {
                problems.add(new Problem("date", "'" + date + "' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"));
            }
            return problems;
        }

        public Map<String, Object> parameters() {
            return map("id", id, "title", title, "publisher", publisher, "date", date, "url", url, "kind", kind, "file", file);
        }
    }

    public record ProgrammeRow(String id, String name, String acronym, String description, LocalDate startDate,
            LocalDate endDate, List<String> runBy, String source, String quote, String page) {

        public List<Problem> problems(UnaryOperator<String> naming) {
            List<Problem> problems = new ArrayList<>();
            order(problems, naming, startDate, endDate, "startDate", "endDate");
            return problems;
        }

        public Map<String, Object> parameters() {
            return map("id", id, "name", name, "acronym", acronym, "description", description, "startDate", startDate,
                    "endDate", endDate, "runBy", runBy, "source", source, "quote", quote, "page", page);
        }
    }

    /** {@code siren} as written or normalised ({@link Identifiers#normaliseSiren}): it is checked normalised. */
    public record OrganisationRow(String id, String name, OrganisationKind kind, String acronym, String territory,
            String siren, String rna, String size, String sector, String website, List<String> inferred, String source,
            String quote, String page) {

        public OrganisationRow {
            siren = Identifiers.normaliseSiren(siren);
        }

        public List<Problem> problems(UnaryOperator<String> naming) {
            List<Problem> problems = new ArrayList<>();
            if (siren != null) {
                Identifiers.sirenProblem(siren).ifPresent(p -> problems.add(new Problem("siren", p)));
            }
            if (rna != null) {
                Identifiers.rnaProblem(rna).ifPresent(p -> problems.add(new Problem("rna", p)));
            }
            checkUrl(problems, "website", website);
            return problems;
        }

        public Map<String, Object> parameters() {
            return map("id", id, "name", name, "kind", enumName(kind), "acronym", acronym, "territory", territory, "siren", siren,
                    "rna", rna, "size", size, "sector", sector, "website", website, "inferred", nonEmpty(inferred),
                    "source", source, "quote", quote, "page", page);
        }
    }

    /** {@code status} null is written as {@link AllianceStatus#INCONNU}. */
    public record AllianceRow(String id, String name, AllianceMode mode, AllianceStatus status, InnovationPhase phase,
            LocalDate phaseSince, LocalDate startDate, LocalDate endDate, String objectives, List<String> territories,
            List<String> sdgTargets, EvidenceBasis sdgBasis, String sdgNote, List<String> fragilityDomains,
            List<String> impacts, List<String> programmes, List<String> inferred, String source, String quote, String page) {

        public List<Problem> problems(UnaryOperator<String> naming) {
            List<Problem> problems = new ArrayList<>();
            order(problems, naming, startDate, endDate, "startDate", "endDate");
            sdgBasisProblem(sdgTargets, sdgBasis).ifPresent(problems::add);
            return problems;
        }

        public Map<String, Object> parameters() {
            return map("id", id, "name", name, "mode", enumName(mode), "status", (status == null ? AllianceStatus.INCONNU : status).name(),
                    "phase", enumName(phase), "phaseSince", phaseSince, "startDate", startDate, "endDate", endDate,
                    "objectives", objectives, "territories", territories, "sdgTargets", sdgTargets, "sdgBasis", enumName(sdgBasis),
                    "sdgNote", sdgNote, "fragilityDomains", fragilityDomains, "impacts", impacts, "programmes", programmes,
                    "inferred", nonEmpty(inferred), "source", source, "quote", quote, "page", page);
        }
    }

    public record PhaseRow(String alliance, InnovationPhase phase, LocalDate since, LocalDate until, String source,
            String quote, String page) {

        public List<Problem> problems(UnaryOperator<String> naming) {
            List<Problem> problems = new ArrayList<>();
            order(problems, naming, since, until, "since", "until");
            return problems;
        }

        public Map<String, Object> parameters() {
            return map("alliance", alliance, "phase", enumName(phase), "since", since, "until", until, "source", source,
                    "quote", quote, "page", page);
        }
    }

    /** {@code speaker}: the organisation whose own words the quote reports (« nous »), when it names no one. */
    public record MembershipRow(String alliance, String organisation, PartnerRole role, LocalDate since, LocalDate until,
            List<String> inferred, String source, String quote, String page, String speaker) {

        public List<Problem> problems(UnaryOperator<String> naming) {
            List<Problem> problems = new ArrayList<>();
            order(problems, naming, since, until, "since", "until");
            return problems;
        }

        public Map<String, Object> parameters() {
            return map("alliance", alliance, "organisation", organisation, "role", enumName(role), "since", since, "until", until,
                    "inferred", nonEmpty(inferred), "source", source, "quote", quote, "page", page, "speaker", speaker);
        }
    }

    /** A further source of a node: {@code kind} is ORGANISATION, ALLIANCE or PROGRAMME. */
    public record CitationRow(String kind, String id, String source, String quote, String page) {

        public Map<String, Object> parameters() {
            return map("kind", kind, "id", id, "source", source, "quote", quote, "page", page);
        }
    }

    public record SdgContributionRow(String alliance, String target, EvidenceBasis basis, String note) {

        public Map<String, Object> parameters() {
            return map("alliance", alliance, "target", target, "basis", enumName(basis), "note", note);
        }
    }

    /** SDG targets given without the reason they are claimed (an alliance row, or targets added to one). */
    public static Optional<Problem> sdgBasisProblem(List<String> sdgTargets, EvidenceBasis sdgBasis) {
        return sdgTargets != null && !sdgTargets.isEmpty() && sdgBasis == null
                ? Optional.of(new Problem("sdgBasis", "say why the alliance contributes to " + sdgTargets
                        + ": SOURCE (a source states it) or PURPOSE (inferred from its purpose)"))
                : Optional.empty();
    }

    /** A year, a month of a year or a day that exists: a source's date is often no more precise. */
    private static boolean isPartialDate(String date) {
        try {
            switch (date.length()) {
                case 4 -> Year.parse(date);
                case 7 -> YearMonth.parse(date);
                case 10 -> LocalDate.parse(date);
                default -> {
                    return false;
                }
            }
            return date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void checkUrl(List<Problem> problems, String field, String url) {
        Identifiers.urlProblem(url).ifPresent(problem -> problems.add(new Problem(field, problem)));
    }

    /** The later date must not come before the earlier; the problem is the later field's. */
    private static void order(List<Problem> problems, UnaryOperator<String> naming, LocalDate from, LocalDate to,
            String fromField, String toField) {
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new Problem(toField, "'" + naming.apply(toField) + "' (" + to + ") is before '"
                    + naming.apply(fromField) + "' (" + from + ")"));
        }
    }

    private static String enumName(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** No list rather than an empty one, so that no empty array property is stored. */
    private static List<String> nonEmpty(List<String> values) {
        return values == null || values.isEmpty() ? null : values;
    }

    /**
     * A row's parameters without its absent values: {@code row.x} reads null either way, and every
     * absent key is one value less to encode, send and decode. Mutable: the importer adds the line, the writers the hash.
     */
    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = HashMap.newHashMap(keyValues.length / 2 + 2);
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                map.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return map;
    }
}
