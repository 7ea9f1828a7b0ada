package org.salestrack.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitiesTest {
    @Test
    void theShiSuffixIsDroppedWhenTwoCharactersRemain() {
        assertThat(Cities.canonical("深圳市")).isEqualTo("深圳");
        assertThat(Cities.canonical(" 乌鲁木齐市 ")).isEqualTo("乌鲁木齐");
        assertThat(Cities.canonical("深圳")).isEqualTo("深圳");
        assertThat(Cities.canonical("沙市")).isEqualTo("沙市");
        assertThat(Cities.canonical("Shenzhen")).isEqualTo("Shenzhen");
        assertThat(Cities.canonical(null)).isNull();
    }
}
