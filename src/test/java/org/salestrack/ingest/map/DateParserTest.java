package org.salestrack.ingest.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2024-03-05 14:07:09|2024-03-05T14:07:09",
        "2024-03-05T14:07:09|2024-03-05T14:07:09",
        "2024-03-05|2024-03-05T00:00",
        "2024/3/5 9:07|2024-03-05T09:07",
        "2024.03.05|2024-03-05T00:00",
        "20240305|2024-03-05T00:00",
        "2024年3月5日|2024-03-05T00:00",
        "2024年3月5日 14:07|2024-03-05T14:07",
        "45356|2024-03-05T00:00",
        "45356.5|2024-03-05T12:00",
    })
    void readsTheShapesExportsUse(String text, String expected) {
        assertThat(DateParser.parseDateTime(text, null)).isEqualTo(LocalDateTime.parse(expected));
    }

    @Test
    void usesTheProfileFormat() {
        assertThat(DateParser.parseDateTime("05/03/2024 14:07", DateParser.compile("dd/MM/yyyy HH:mm")))
                .isEqualTo(LocalDateTime.of(2024, 3, 5, 14, 7));
    }

    @Test
    void refusesImpossibleDates() {
        assertThatThrownBy(() -> DateParser.parseDateTime("2024-13-45 10:00:00", null)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> DateParser.parseDateTime("2023-02-29", null)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"2024/1/1 11:25", "2024/12/31 23:59:59", "2024-1-5", "2024.10.5 7:05", "2024/01/05 07:05",
        "2023/2/29 10:00", "2024/2/29", "2024/4/31", "2024/1/1 24:00", "0024/1/1", "2024/1/1  11:25", "2024/1/1 11:5",
        "2024/001/1", "2024/1/1 11:25:61", "2024-1-1T10:00", "12024/1/1"})
    void readsYearMonthDayByHandAsTheFormattersWould(String text) {
        // the bracketed patterns are not taken for year-month-day shapes, so these go through DateTimeFormatter
        assertThat(outcome(() -> DateParser.parseDateTime(text, null)))
                .isEqualTo(outcome(() -> DateParser.parseDateTime(text, DateParser.compile("yyyy/M/d[ H:mm[:ss]]"), false)));
        java.time.format.DateTimeFormatter profile = DateParser.compile("yyyy/M/d H:mm");
        assertThat(DateParser.isYmdPattern("yyyy/M/d H:mm")).isTrue();
        assertThat(outcome(() -> DateParser.parseDateTime(text, profile, true)))
                .isEqualTo(outcome(() -> DateParser.parseDateTime(text, profile, false)));
    }

    @Test
    void onlyYearMonthDayPatternsAreReadByHand() {
        assertThat(DateParser.isYmdPattern("yyyy-MM-dd HH:mm:ss")).isTrue();
        assertThat(DateParser.isYmdPattern("yyyy/d/M")).isFalse();
        assertThat(DateParser.isYmdPattern("dd/MM/yyyy HH:mm")).isFalse();
        assertThat(DateParser.isYmdPattern("yyyy/M/d h:mm")).isFalse();
        assertThat(DateParser.isYmdPattern("yyyy-M/d")).isFalse();
    }

    private static String outcome(java.util.function.Supplier<LocalDateTime> parse) {
        try {
            return parse.get().toString();
        } catch (DateTimeException e) {
            return "refused";
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2024-03|2024-03", "2024/3|2024-03", "202403|2024-03", "2024年3月|2024-03", "2024-03-17|2024-03"})
    void readsMonths(String text, String expected) {
        assertThat(DateParser.parsePeriod(text)).isEqualTo(expected);
    }
}
