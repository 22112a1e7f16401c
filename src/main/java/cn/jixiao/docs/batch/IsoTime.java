package cn.jixiao.docs.batch;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Timestamps as ISO-8601 strings with offset ("2025-03-01T02:00:00+08:00"): what a person reading the report wants,
 * and plain strings need no Jackson time module wherever the status is serialised.
 */
final class IsoTime {

    private IsoTime() {}

    static String format(Instant instant, ZoneId zone) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), zone).toString();
    }
}
