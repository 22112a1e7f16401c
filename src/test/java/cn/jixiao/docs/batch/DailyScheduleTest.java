package cn.jixiao.docs.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyScheduleTest {

    private static ZonedDateTime at(String isoWithOffsetAndZone) { return ZonedDateTime.parse(isoWithOffsetAndZone); }

    @Test
    void laterTodayOtherwiseTomorrow() {
        LocalTime two = LocalTime.of(2, 0);
        assertEquals(at("2025-03-01T02:00+08:00[Asia/Shanghai]"),
                DailySchedule.nextAfter(at("2025-03-01T01:59:59+08:00[Asia/Shanghai]"), two));
        // Strictly after: the run that just fired at 02:00 is next due tomorrow.
        assertEquals(at("2025-03-02T02:00+08:00[Asia/Shanghai]"),
                DailySchedule.nextAfter(at("2025-03-01T02:00+08:00[Asia/Shanghai]"), two));
        assertEquals(at("2025-03-02T02:00+08:00[Asia/Shanghai]"),
                DailySchedule.nextAfter(at("2025-03-01T13:00+08:00[Asia/Shanghai]"), two));
    }

    @Test
    void acrossMidnightMonthAndYearEnds() {
        LocalTime quarterPast = LocalTime.of(0, 15);
        assertEquals(at("2025-01-01T00:15+08:00[Asia/Shanghai]"),
                DailySchedule.nextAfter(at("2024-12-31T23:30+08:00[Asia/Shanghai]"), quarterPast));
        assertEquals(at("2024-03-01T00:15+08:00[Asia/Shanghai]"),
                DailySchedule.nextAfter(at("2024-02-29T23:59+08:00[Asia/Shanghai]"), quarterPast));
        assertEquals(at("2025-01-01T23:59+08:00[Asia/Shanghai]"),
                DailySchedule.nextAfter(at("2024-12-31T23:59+08:00[Asia/Shanghai]"), LocalTime.of(23, 59)));
    }

    @Test
    void springForwardKeepsTheWallClockTimeAndMovesATimeInTheGap() {
        // Berlin, 2025-03-30: 02:00 CET becomes 03:00 CEST.
        LocalTime four = LocalTime.of(4, 0);
        ZonedDateTime before = at("2025-03-29T04:00+01:00[Europe/Berlin]");
        ZonedDateTime next = DailySchedule.nextAfter(before, four);
        assertEquals(at("2025-03-30T04:00+02:00[Europe/Berlin]"), next);
        assertEquals(Duration.ofHours(23), Duration.between(before, next), "a 23-hour day, still at 04:00");

        LocalTime halfPastTwo = LocalTime.of(2, 30); // does not exist that night
        ZonedDateTime moved = DailySchedule.nextAfter(at("2025-03-29T02:30+01:00[Europe/Berlin]"), halfPastTwo);
        assertEquals(at("2025-03-30T03:30+02:00[Europe/Berlin]"), moved);
        assertEquals(at("2025-03-31T02:30+02:00[Europe/Berlin]"), DailySchedule.nextAfter(moved, halfPastTwo));
    }

    @Test
    void fallBackRunsOnceAtTheFirstOfTheRepeatedTimes() {
        // Berlin, 2025-10-26: 03:00 CEST becomes 02:00 CET, so 02:30 happens twice.
        LocalTime halfPastTwo = LocalTime.of(2, 30);
        ZonedDateTime first = DailySchedule.nextAfter(at("2025-10-26T00:00+02:00[Europe/Berlin]"), halfPastTwo);
        assertEquals(at("2025-10-26T02:30+02:00[Europe/Berlin]"), first);
        ZonedDateTime next = DailySchedule.nextAfter(first, halfPastTwo);
        assertEquals(at("2025-10-27T02:30+01:00[Europe/Berlin]"), next);
        assertEquals(Duration.ofHours(25), Duration.between(first, next));
        // Woken during the repeated hour (after the first 02:30, before the second): still tomorrow.
        assertEquals(next, DailySchedule.nextAfter(at("2025-10-26T02:10+01:00[Europe/Berlin]"), halfPastTwo));
    }

    @Test
    void parsesHoursAndMinutes() {
        assertEquals(LocalTime.of(2, 0), DailySchedule.parse("02:00"));
        assertEquals(LocalTime.of(2, 5), DailySchedule.parse("2:05"));
        assertEquals(LocalTime.of(23, 59), DailySchedule.parse(" 23:59 "));
        for (String bad : List.of("24:00", "12:60", "2:0", "0200", "2.00", "", "aa:bb")) {
            assertThrows(IllegalArgumentException.class, () -> DailySchedule.parse(bad), bad);
        }
    }
}
