package org.alliancegraph.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.alliancegraph.matching.Candidate.Reason;
import org.alliancegraph.organisation.Organisation;
import org.alliancegraph.territory.TerritoryPlaces.Place;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Scores one organisation against one query, from 0 to 100, with its reasons. Identifiers decide when
 * both sides have one. Names compare as sets of words (order does not count), each word weighed
 * ({@link NameForms#weight}), a word with a typo counting for most of a word; an acronym written
 * alone counts when it is the organisation's acronym or its name's initials. The place adds or takes
 * away: the same commune or département is evidence, another département is evidence against.
 */
final class Scorer {

    /** What a word with one typo counts for: enough for a long name, not for a one-word name alone. */
    static final double TYPO = 0.85;
    /** The points of being in the very territory the query gives: a namesake elsewhere in the département is {@link Matcher#MARGIN} behind. */
    static final double SAME_PLACE = 12;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(2);

    /** A query read once: its words, and its forms as an acronym. */
    record Asked(MatchQuery query, List<String> words, String acronym, String initials, String placeId, Place place) {

        static Asked of(MatchQuery query, String placeId, Place place) {
            List<String> words = NameForms.words(query.name());
            String acronym = query.name() != null && NameForms.mayBeAcronym(query.name(), words) ? words.getFirst() : null;
            String initials = words.size() >= 2 ? NameForms.initials(words) : null;
            return new Asked(query, words, acronym, initials, placeId, place);
        }
    }

    /** An organisation as the candidates' statement returns it. */
    record Found(Organisation organisation, String territory, String territoryName) {

        String name() {
            return organisation.name();
        }

        String acronym() {
            return organisation.acronym();
        }

        String siren() {
            return organisation.siren();
        }

        String rna() {
            return organisation.rna();
        }
    }

    /** The score before it is capped at 100 (the margin between candidates is read on it), and the candidate. */
    record Scored(double raw, Candidate candidate) {
    }

    private Scorer() {
    }

    /**
     * {@code placeName}: whether a word (as {@link NameForms#words} gives it) is a territory's name;
     * two such words are two places, never one written with a typo (Millau, Millay).
     */
    static Scored score(Asked asked, Found found, Place foundPlace, Predicate<String> placeName) {
        List<Reason> reasons = new ArrayList<>();
        double raw = 0;
        MatchQuery q = asked.query();
        boolean sameSiren = q.siren() != null && q.siren().equals(found.siren());
        boolean sameRna = q.rna() != null && q.rna().equalsIgnoreCase(found.rna());
        if (sameSiren || sameRna) {
            reasons.add(new Reason("IDENTIFIER", sameSiren ? "SIREN " + q.siren() : "RNA " + q.rna(), 100));
            raw = 100;
        } else {
            double name = nameScore(asked, found, reasons, placeName);
            raw = name;
            if (q.siren() != null && found.siren() != null || q.rna() != null && found.rna() != null) {
                reasons.add(new Reason("IDENTIFIER", "another " + (q.siren() != null && found.siren() != null
                        ? "SIREN (" + found.siren() + ")" : "RNA number (" + found.rna() + ")"), -60));
                raw -= 60;
            }
        }
        double place = placePoints(asked, found, foundPlace, reasons);
        raw += place;
        Candidate c = new Candidate(found.organisation(), found.territory(), found.territoryName(), Math.max(0, Math.min(100, Math.round(raw * 10) / 10.0)), false,
                List.copyOf(reasons));
        return new Scored(raw, c);
    }

    private static double nameScore(Asked asked, Found found, List<Reason> reasons, Predicate<String> placeName) {
        if (asked.words().isEmpty()) {
            return 0;
        }
        List<String> theirs = NameForms.words(found.name());
        String theirAcronym = NameForms.acronym(found.acronym());
        double best = 0;
        String why = null;
        if (asked.acronym() != null) {
            if (asked.acronym().equals(theirAcronym)) {
                best = 90;
                why = "acronym " + found.acronym();
            } else if (theirs.size() >= 2 && asked.acronym().equals(NameForms.initials(theirs))) {
                best = 80;
                why = "initials of " + found.name();
            }
        }
        if (asked.initials() != null && theirAcronym != null && asked.initials().equals(theirAcronym)) {
            if (86 > best) {
                best = 86;
                why = "the name's initials are its acronym, " + found.acronym();
            }
        }
        double words = 100 * wordsInCommon(asked.words(), theirs, placeName);
        if (words >= best) {
            best = words;
            why = words >= 99.95 ? "same name" : "name, " + Math.round(words) + " % of the words";
        }
        reasons.add(new Reason(why != null && why.startsWith("acronym") || why != null && why.contains("initials") ? "ACRONYM" : "NAME",
                why, Math.round(best * 10) / 10.0));
        return best;
    }

    /** The weighed share of words the two names have in common, each side counted (a Dice coefficient). */
    static double wordsInCommon(List<String> ours, List<String> theirs, Predicate<String> placeName) {
        if (ours.isEmpty() || theirs.isEmpty()) {
            return 0;
        }
        double total = 0;
        double common = 0;
        for (String w : ours) {
            total += NameForms.weight(w);
            common += NameForms.weight(w) * bestLikeness(w, theirs, placeName);
        }
        for (String w : theirs) {
            total += NameForms.weight(w);
            common += NameForms.weight(w) * bestLikeness(w, ours, placeName);
        }
        return common / total;
    }

    private static double bestLikeness(String word, List<String> among, Predicate<String> placeName) {
        double best = 0;
        for (String other : among) {
            best = Math.max(best, likeness(word, other, placeName));
            if (best == 1) {
                break;
            }
        }
        return best;
    }

    /**
     * 1 for the same word; {@link #TYPO} for a word of five letters or more with one letter off (two
     * from ten), unless both are places' names; else 0.
     */
    static double likeness(String a, String b, Predicate<String> placeName) {
        if (a.equals(b)) {
            return 1;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 5 || Math.abs(a.length() - b.length()) > 2) {
            return 0;
        }
        int edits = ONE_EDIT.apply(a, b);
        int allowed = shorter >= 10 ? 2 : 1;
        boolean close = edits >= 0 && edits <= allowed || JARO_WINKLER.apply(a, b) >= 0.97;
        return close && !(placeName.test(a) && placeName.test(b)) ? TYPO : 0;
    }

    private static double placePoints(Asked asked, Found found, Place theirs, List<Reason> reasons) {
        if (asked.place() == null || theirs == null) {
            return 0;
        }
        if (asked.placeId().equals(found.territory())) {
            reasons.add(new Reason("PLACE", "in " + asked.place().name(), SAME_PLACE));
            return SAME_PLACE;
        }
        boolean sameDepartement = asked.place().departements().stream().anyMatch(theirs.departements()::contains);
        if (sameDepartement) {
            reasons.add(new Reason("PLACE", "in the same département as " + asked.place().name(), 4));
            return 4;
        }
        boolean bothDepartements = !asked.place().departements().isEmpty() && !theirs.departements().isEmpty();
        boolean sameRegion = asked.place().regions().stream().anyMatch(theirs.regions()::contains);
        if (sameRegion && !bothDepartements) {
            reasons.add(new Reason("PLACE", "in the same région as " + asked.place().name(), 2));
            return 2;
        }
        if (bothDepartements || !asked.place().regions().isEmpty() && !theirs.regions().isEmpty() && !sameRegion) {
            reasons.add(new Reason("PLACE", "elsewhere (" + theirs.name() + ")", -25));
            return -25;
        }
        return 0;
    }
}
