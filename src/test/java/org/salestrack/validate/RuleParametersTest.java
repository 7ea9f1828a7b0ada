package org.salestrack.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleParametersTest {
    private final List<RuleParameter> specs = List.of(
            RuleParameter.integer("windowDays", 28, 1, 366, "days"),
            RuleParameter.decimal("maxRatio", 3.0, 1, 1000, "ratio"),
            RuleParameter.text("by", "store", "grouping"));

    @Test
    void defaultsComeInDeclarationOrder() {
        assertThat(RuleParameters.defaults(specs).asMap()).containsExactly(
                Map.entry("windowDays", 28L), Map.entry("maxRatio", 3.0), Map.entry("by", "store"));
    }

    @Test
    void valuesAreCoercedFromWhatJsonGives() {
        RuleParameters p = RuleParameters.of(specs, Map.of("windowDays", 14.0, "maxRatio", 2, "by", "sku"));

        assertThat(p.integer("windowDays")).isEqualTo(14L);
        assertThat(p.decimal("maxRatio")).isEqualTo(2.0);
        assertThat(p.text("by")).isEqualTo("sku");
        assertThat(RuleParameters.of(specs, p.asMap())).isEqualTo(p);
    }

    @Test
    void badValuesAreRefusedWithTheirName() {
        assertThatThrownBy(() -> RuleParameters.of(specs, Map.of("windowDays", 2.5)))
                .hasMessage("parameter 'windowDays' must be a whole number, not '2.5'");
        assertThatThrownBy(() -> RuleParameters.of(specs, Map.of("windowDays", 0)))
                .hasMessage("parameter 'windowDays' must lie between 1 and 366, not 0");
        assertThatThrownBy(() -> RuleParameters.of(specs, Map.of("maxRatio", 0.5)))
                .hasMessage("parameter 'maxRatio' must lie between 1 and 1000, not 0.5");
        assertThatThrownBy(() -> RuleParameters.of(specs, Map.of("ratio", 2)))
                .hasMessage("unknown parameter 'ratio'; this rule takes [windowDays, maxRatio, by]");
    }

    @Test
    void everyStandardRuleHasValidDefaults() {
        for (Rule rule : RuleEngine.standard().rules()) {
            RuleParameters defaults = RuleParameters.defaults(rule.parameters());
            assertThat(RuleParameters.of(rule.parameters(), defaults.asMap())).isEqualTo(defaults);
        }
    }
}
