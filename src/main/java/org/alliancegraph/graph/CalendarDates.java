package org.alliancegraph.graph;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** Why a day that looks like a date is none, in words a person can act on ("February 2023 has 28 days"). */
public final class CalendarDates {

    private CalendarDates() {
    }

    /** The problem with year-month-day, or empty when it is a real date. */
    public static Optional<String> problem(int year, int month, int day) {
        if (month < 1 || month > 12) {
            return Optional.of("there is no month " + month + " (months go from 1 to 12)");
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            return Optional.of(name + " " + year + " has " + length + " days"
                    + (month == 2 ? " (February has 28 or 29)" : ""));
        }
        return Optional.empty();
    }
}
