package org.salestrack.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.salestrack.sample.SampleLines.Line;

/** Apart from the planted problems nothing in the sales files looks like an error. */
class SampleCleanlinessTest {
    private final List<Line> lines = SampleFixture.lines().lines();

    @Test
    void noSaleIsInTheFutureOrBeforeItsLaunchAndEveryQuantityIsPositive() throws Exception {
        Map<String, LocalDate> launch = new HashMap<>();
        List<String[]> products = Csv.parse(Files.readString(SampleFixture.dir().resolve("master/products.csv")), ',');
        for (String[] r : products.subList(1, products.size())) launch.put(r[0], LocalDate.parse(r[5]));
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.soldAt().toLocalDate()).isBetween(Seasonality.FIRST_DAY, Seasonality.LAST_DAY);
            assertThat(l.soldAt().toLocalDate()).as(l.sku()).isAfterOrEqualTo(launch.get(l.sku()));
            assertThat(l.qty()).isPositive();
        });
    }

    @Test
    void everyUnitPriceIsWithinTheBandAroundListPrice() throws Exception {
        Map<String, Long> list = new HashMap<>();
        List<String[]> products = Csv.parse(Files.readString(SampleFixture.dir().resolve("master/products.csv")), ',');
        for (String[] r : products.subList(1, products.size())) list.put(r[0], new BigDecimal(r[6]).movePointRight(4).longValueExact());
        assertThat(lines).allSatisfy(l -> {
            double ratio = l.amountE4() / (double) l.qty() / list.get(l.sku());
            assertThat(ratio).as("%s %s", l.file(), l.orderId()).isBetween(Demand.LOWEST_PRICE_SHARE, 1.0);
        });
    }

    @Test
    void devicesWithAnImeiCarryOnePerLineInPosAndMall() {
        assertThat(lines).filteredOn(l -> l.imei() != null).allMatch(l -> l.qty() == 1);
    }
}
