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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"59x9|unexpected character 'x'", "''|empty", "--|no digits", "1-2|a sign in the middle"})
    void refusesWhatIsNotANumberWithAReason(String text, String reason) {
        assertThatThrownBy(() -> NumberParser.parse(text, '.')).isInstanceOf(NumberFormatException.class).hasMessageContaining(reason);
    }
}
