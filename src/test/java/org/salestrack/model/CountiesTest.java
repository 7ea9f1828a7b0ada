package org.salestrack.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The vendored GB/T 2260 counties (reference/counties.csv): counts published for 2023, names and codes resolved. */
class CountiesTest {
    private final Counties counties = Counties.get();

    @Test
    void theProvincesHoldTheirPublishedNumbersOfCountyLevelDivisions() {
        assertThat(counties.ofProvince("11")).hasSize(16);
        assertThat(counties.ofProvince("50")).hasSize(38);
        assertThat(counties.ofProvince("44")).hasSize(124);
        assertThat(counties.ofProvince("71")).isEmpty();
        long all = Provinces.get().all().stream().mapToLong(p -> counties.ofProvince(p.code()).size()).sum();
        assertThat(all).isEqualTo(2978);
    }

    @Test
    void aCityIsFoundAsSourcesWriteItAndAMunicipalityHoldsAllItsCounties() {
        assertThat(counties.ofCity("44", "广州")).hasSize(11).extracting(County::city).containsOnly("广州市");
        assertThat(counties.ofCity("44", "广州市")).hasSize(11);
        assertThat(counties.ofCity("11", "北京")).hasSize(16);
        assertThat(counties.ofCity("50", "重庆")).hasSize(38);
        assertThat(counties.ofCity("44", "北京")).isEmpty();
        assertThat(counties.ofCity("44", null)).isEmpty();
    }

    @Test
    void aCountyResolvesByCodeOrByNameAndARepeatedNameByItsCity() {
        assertThat(counties.resolve("44", "广州", "天河区")).contains("440106");
        assertThat(counties.resolve("44", "广州", "440106")).contains("440106");
        assertThat(counties.resolve("广东省", null, "天河区")).contains("440106");
        // 桥西区 is a district of both 石家庄 and 张家口
        assertThat(counties.resolve("13", null, "桥西区")).isEmpty();
        assertThat(counties.resolve("13", "张家口", "桥西区")).contains("130703");
        assertThat(counties.resolve("11", "北京", "天河区")).isEmpty();
        assertThat(counties.resolve("11", "北京", "440106")).isEmpty();
        assertThat(counties.resolve("44", "广州", " ")).isEmpty();
    }
}
