package org.salestrack.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.salestrack.model.SaleFact;
import org.salestrack.model.Severity;

class RuleEngineTest {
    private final RuleEngine engine = RuleEngine.standard();

    private static ValidationInput input() {
        List<SaleFact> sales = List.of(
                Sales.sale().imei("123").build(),
                Sales.sale().imei("490154203237519").build(),
                Sales.sale().order("X").build(),
                Sales.sale().order("X").build(),
                Sales.sale().listPrice(10_000_000).unitPrice(1_000_000).build());
        return ValidationInput.ofSales(sales, RuleRunner.TODAY);
    }

    @Test
    void theRuleIdsAreTheCliContract() {
        assertThat(engine.rules()).extracting(Rule::id).containsExactly("required", "duplicate-line", "store-spike",
                "night-burst", "diversion", "store-province", "imei-invalid", "imei-duplicate", "imei-waybill", "channel-stuffing",
                "price-outlier", "impossible", "anomaly-iforest", "anomaly-stl");
    }

    @Test
    void defaultSeveritiesPutOnlyPlantedProblemKindsAtError() {
        assertThat(engine.rules()).filteredOn(r -> r.defaultSeverity() == Severity.ERROR).extracting(Rule::id)
                .containsExactly("required", "duplicate-line", "store-spike", "diversion", "imei-invalid",
                        "imei-duplicate", "imei-waybill", "channel-stuffing", "impossible");
    }

    @Test
    void countsAreByRuleThenSeverity() {
        ValidationReport report = engine.run(input(), Map.of());

        assertThat(report.counts()).containsExactly(
                new RuleCount("duplicate-line", Severity.ERROR, 1),
                new RuleCount("imei-invalid", Severity.ERROR, 2),
                new RuleCount("price-outlier", Severity.WARNING, 1));
        assertThat(report.ruleOrder()).hasSize(14);
        assertThat(report.millisByRule()).containsOnlyKeys(report.ruleOrder());
    }

    @Test
    void aSettingChangesSeverityOrTurnsARuleOff() {
        ValidationReport report = engine.run(input(), Map.of(
                "imei-invalid", new RuleSetting(true, Severity.WARNING, Map.of()),
                "duplicate-line", new RuleSetting(false, null, Map.of()),
                "price-outlier", new RuleSetting(true, null, Map.of("minShareOfList", 0.1))));

        assertThat(report.counts()).containsExactly(new RuleCount("imei-invalid", Severity.WARNING, 2));
        assertThat(report.hits()).extracting(h -> h.hold()).containsOnly(false);
        assertThat(report.ruleOrder()).doesNotContain("duplicate-line");
    }

    @Test
    void anUnknownRuleOrParameterFailsBeforeAnythingRuns() {
        assertThatThrownBy(() -> engine.run(input(), Map.of("imei-bogus", RuleSetting.defaults())))
                .hasMessageStartingWith("unknown rule 'imei-bogus'; the rules are [required, duplicate-line,");
        assertThatThrownBy(() -> engine.run(input(), Map.of("store-spike",
                new RuleSetting(true, null, Map.of("maxRatio", "lots")))))
                .hasMessage("rule 'store-spike': parameter 'maxRatio' must be a number, not 'lots'");
    }
}
