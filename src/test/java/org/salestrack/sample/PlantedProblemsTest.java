package org.salestrack.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.salestrack.sample.SampleLines.Line;

/** Each planted problem, recounted from the written files by the rule's definition, has its documented count. */
class PlantedProblemsTest {
    private final PlantedProblems planted = SampleFixture.set().planted();
    private final SampleLines files = SampleFixture.lines();

    @Test
    void seed42PlantsWhatTheConstantAndTheReadmeSay() throws Exception {
        assertThat(planted).isEqualTo(PlantedProblems.SEED_42);
        String readme = java.nio.file.Files.readString(SampleFixture.dir().resolve("README.md"));
        assertThat(readme).contains("| `duplicate-line` | " + planted.duplicateLines() + " lines",
                "| `night-burst` | " + planted.nightOrders() + " orders", "| `imei-invalid` | " + planted.imeiInvalid() + " IMEIs");
    }

    @Test
    void duplicateLinesAreExactlyTheTmallOverlap() {
        Map<String, Integer> seen = new HashMap<>();
        for (Line l : files.lines()) if (l.key() != null) seen.merge(l.key(), 1, Integer::sum);
        assertThat(seen.values().stream().filter(n -> n > 1).count()).isEqualTo(planted.duplicateLines());
        assertThat(seen.values()).allMatch(n -> n <= 2);
        Set<String> first = files.byFile().get("tmall-1").stream().map(Line::key).collect(Collectors.toSet());
        List<Line> again = files.byFile().get("tmall-2").stream().filter(l -> first.contains(l.key())).toList();
        assertThat(again).hasSize(planted.duplicateLines());
        assertThat(again.stream().map(Line::orderId).distinct().count()).isEqualTo(planted.duplicateOrders());
    }

    @Test
    void exactlyOneStoreDayIsASpikeForAnyMinimumVolumeFromTenToForty() {
        Map<String, TreeMap<LocalDate, Long>> daily = new TreeMap<>();
        for (Line l : files.byFile().get("pos")) {
            daily.computeIfAbsent(l.store(), k -> new TreeMap<>()).merge(l.soldAt().toLocalDate(), l.qty(), Long::sum);
        }
        for (int minimum : new int[] {10, 20, 40}) {
            List<String> spikes = new java.util.ArrayList<>();
            daily.forEach((store, days) -> days.forEach((day, units) -> {
                long before = days.subMap(day.minusDays(28), true, day, false).values().stream().mapToLong(Long::longValue).sum();
                if (units >= minimum && units > 3.0 * before / 28.0) spikes.add(store + " " + day + " " + units);
            }));
            assertThat(spikes).as("minimum volume %d", minimum)
                    .containsExactly(planted.spikeStore() + " " + planted.spikeDay() + " " + planted.spikeUnits());
        }
    }

    @Test
    void theNightBurstIsTheOnlyOnlineActivityBetweenTwoAndFive() {
        List<Line> night = files.lines().stream()
                .filter(l -> Set.of("天猫", "京东", "官方商城", "抖音").contains(l.channel()))
                .filter(l -> !l.soldAt().toLocalTime().isBefore(LocalTime.of(2, 0)) && l.soldAt().toLocalTime().isBefore(LocalTime.of(5, 0)))
                .toList();
        assertThat(night.stream().map(Line::orderId).distinct().count()).isEqualTo(planted.nightOrders());
        assertThat(night).allMatch(l -> l.soldAt().toLocalDate().equals(planted.nightDay()));
        Map<String, Long> byBuyer = night.stream().collect(Collectors.groupingBy(Line::buyer, Collectors.counting()));
        assertThat(byBuyer.values().stream().mapToLong(Long::longValue).max().orElse(0)).isEqualTo(planted.nightOrdersByOneBuyer());
    }

    @Test
    void diversionIsTheOnlyDealerSaleOutsideTheRegisteredProvince() throws Exception {
        Map<String, String> registered = new HashMap<>();
        for (String[] r : masterRows("master/dealers.csv")) registered.put(r[0], SampleLines.province(r[4]));
        Map<String, String> storeDealer = new HashMap<>();
        for (String[] r : masterRows("master/stores.csv")) storeDealer.put(r[0], r[2]);
        List<Line> diverted = files.byFile().get("dealers").stream()
                .filter(l -> !l.province().equals(registered.get(l.dealer()))).toList();
        assertThat(diverted).hasSize(planted.diversionRows());
        assertThat(diverted.stream().mapToLong(Line::qty).sum()).isEqualTo(planted.diversionUnits());
        assertThat(diverted).allMatch(l -> l.dealer().equals(planted.diversionDealer()));
        assertThat(files.byFile().get("pos")).allMatch(l -> storeDealer.get(l.store()).isEmpty()
                || l.province().equals(registered.get(storeDealer.get(l.store()))));
    }

    @Test
    void imeiProblemsHaveTheirCountsAndEveryOtherImeiIsValidAndUnique() {
        List<Line> withImei = files.lines().stream().filter(l -> l.imei() != null).toList();
        assertThat(withImei.stream().filter(l -> !Imeis.valid(l.imei())).count()).isEqualTo(planted.imeiInvalid());
        Map<String, Set<String>> orders = new HashMap<>();
        Map<String, Set<String>> waybills = new HashMap<>();
        for (Line l : withImei) {
            orders.computeIfAbsent(l.imei(), k -> new HashSet<>()).add(l.channel() + l.orderId());
            if (l.waybill() != null) waybills.computeIfAbsent(l.imei(), k -> new HashSet<>()).add(l.waybill());
        }
        assertThat(orders.values().stream().filter(s -> s.size() > 1).count()).isEqualTo(planted.imeiDuplicates());
        assertThat(waybills.values().stream().filter(s -> s.size() > 1).count()).isEqualTo(planted.imeiTwoWaybills());
        long lines = withImei.size();
        long distinct = withImei.stream().map(Line::imei).distinct().count();
        assertThat(lines - distinct).isEqualTo(planted.imeiDuplicates() + planted.imeiTwoWaybills());
    }

    private List<String[]> masterRows(String name) throws Exception {
        List<String[]> rows = Csv.parse(java.nio.file.Files.readString(SampleFixture.dir().resolve(name)), ',');
        return rows.subList(1, rows.size());
    }
}
