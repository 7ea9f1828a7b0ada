package org.salestrack.ingest.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberParserTest {
    @ParameterizedTest(name = "{0} reads {2}")
    @CsvSource(delimiter = '|', value = {
        "5,999.00|.|5999.00",
        "¥5,999|.|5999",
        "￥ 1 299.50|.|1299.50",
        "RMB 88|.|88",
        "1.234,56|,|1234.56",
        "€ 12,5|,|12.5",
        "15%|.|0.15",
        "12.5 %|.|0.125",
        "1.2万|.|12000.0",
        "3亿|.|300000000",
        "2.5万元|.|25000.0",
        "(12.50)|.|-12.50",
        "-7|.|-7",
        "１２３|.|123",
        "1e3|.|1E+3",
    })
    void readsNumbersAsPeopleWriteThem(String text, char decimal, String expected) {
        assertThat(NumberParser.parse(text, decimal)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"5499.00|.", "-0.50|.", "007|.", "0|.", "-0|.", "12,5|,", "99999999999999999|.",
        "1234567.891|.", "5.|.", ".5|.", "1.2.3|."})
    void plainNumbersKeepTheirValueAndScale(String text, char decimal) {
        String general = text.replace(decimal, '.');
        java.math.BigDecimal expected;
        try {
            expected = new java.math.BigDecimal(general);
        } catch (NumberFormatException e) {
            assertThatThrownBy(() -> NumberParser.parse(text, decimal)).isInstanceOf(NumberFormatException.class);
            return;
        }
        // equals, not compareTo: the scale is part of the value (whole() and e4() look at it)
        assertThat(NumberParser.parse(text, decimal)).isEqualTo(expected.signum() == 0 ? expected.abs() : expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"59x9|unexpected character 'x'", "''|empty", "--|no digits", "1-2|a sign in the middle"})
    void refusesWhatIsNotANumberWithAReason(String text, String reason) {
        assertThatThrownBy(() -> NumberParser.parse(text, '.')).isInstanceOf(NumberFormatException.class).hasMessageContaining(reason);
    }
}
