package org.salestrack.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvincesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"粤,44", "广东,44", "广东省,44", "Guangdong,44", "guangdong province,44", "GD,44", "440000,44",
            "内蒙古自治区,15", "内蒙,15", "Inner Mongolia,15", "新疆维吾尔自治区,65", "Xinjiang,65", "Tibet,54",
            "西藏,54", "香港特别行政区,81", "Macau,82", "澳门,82", "陕西,61", "Shaanxi,61", "山西,14", "Shanxi,14",
            "北京市,11", "京,11", "重庆,50", "黔,52", "贵州省,52", "'  广 东 ',44"})
    void everyCommonSpellingNormalisesToTheGbCode(String spelling, String code) {
        assertThat(Provinces.get().normalise(spelling)).contains(code);
    }

    @Test
    void unknownTextIsNotAProvince() {
        assertThat(Provinces.get().normalise("Bayern")).isEmpty();
        assertThat(Provinces.get().normalise("")).isEmpty();
    }

    @Test
    void all34DivisionsWithDistinctTilesAndSevenSalesRegions() {
        assertThat(Provinces.get().all()).hasSize(34);
        Set<String> tiles = new HashSet<>();
        Set<String> regions = new HashSet<>();
        for (Province p : Provinces.get().all()) {
            tiles.add(p.tileCol() + "," + p.tileRow());
            regions.add(p.salesRegion());
        }
        assertThat(tiles).hasSize(34);
        assertThat(regions).containsExactlyInAnyOrder("华北", "东北", "华东", "华中", "华南", "西南", "西北");
    }
}
