package cn.jixiao.docs.batch;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** When a daily run at a local wall-clock time is next due. */
public final class DailySchedule {

    private DailySchedule() {}

    /**
     * The first time strictly after {@code after} whose local time is {@code at}, in {@code after}'s zone. Days are
     * counted on the calendar, not as 24 hours, so the run stays at HH:MM across a DST change. On the day the clocks
     * spring forward past HH:MM, the run is moved forward by the gap (02:30 becomes 03:30); on the day they fall
     * back through HH:MM, it runs once, at the first of the two.
     */
    public static ZonedDateTime nextAfter(ZonedDateTime after, LocalTime at) {
        ZonedDateTime today = ZonedDateTime.of(after.toLocalDate(), at, after.getZone());
        if (today.isAfter(after)) {
            return today;
        }
        return ZonedDateTime.of(after.toLocalDate().plusDays(1), at, after.getZone());
    }

    /** Parses "HH:MM" (24-hour, "02:00", "2:00"); IllegalArgumentException otherwise. */
    public static LocalTime parse(String text) {
        String t = text == null ? "" : text.trim();
        if (!t.matches("\\d{1,2}:\\d{2}")) {
            throw new IllegalArgumentException(text);
        }
        try {
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
