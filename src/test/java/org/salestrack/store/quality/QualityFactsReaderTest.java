package org.salestrack.store.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.salestrack.model.Province;
import org.salestrack.model.Provinces;

class QualityFactsReaderTest {
    @Test
    void aNationalCampaignCoversEveryProvince() {
        assertThat(QualityFactsReader.provinces("全国")).isEmpty();
        assertThat(QualityFactsReader.provinces("")).isEmpty();
        assertThat(QualityFactsReader.provinces(null)).isEmpty();
    }

    @Test
    void aSalesRegionIsItsProvinces() {
        Set<String> east = QualityFactsReader.provinces("华东");

        assertThat(east).containsExactlyInAnyOrderElementsOf(Provinces.get().all().stream()
                .filter(p -> p.salesRegion().equals("华东")).map(Province::code).toList());
        assertThat(east).contains("31", "32", "33");
    }

    @Test
    void aListOfProvinceSpellingsIsNormalised() {
        assertThat(QualityFactsReader.provinces("广东省;Beijing、湘")).containsExactlyInAnyOrder("44", "11", "43");
    }

    @Test
    void theImportersDateTimeIsReadExactly() {
        assertThat(QualityFactsReader.dateTime("2025-03-12T02:07:59")).isEqualTo(LocalDateTime.of(2025, 3, 12, 2, 7, 59));
        assertThat(QualityFactsReader.dateTime("2025-03-12")).isEqualTo(LocalDateTime.of(2025, 3, 12, 0, 0));
    }
}
