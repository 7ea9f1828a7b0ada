package org.salestrack.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.salestrack.model.ImportReject;
import org.salestrack.model.RuleHit;
import org.salestrack.model.Severity;

class RequiredRuleTest {
    @Test
    void eachRowTheImporterCouldNotStoreIsListedWithItsReason() {
        ValidationInput input = new ValidationInput(List.of(), List.of(), List.of(), List.of(),
                List.of(new ImportReject(4, "pos.csv", 118, "column sold_at: '2025-13-40' is not a date")), RuleRunner.TODAY);

        assertThat(RuleRunner.run(new RequiredRule(), input, Map.of())).usingRecursiveFieldByFieldElementComparatorIgnoringFields("message").containsExactly(new RuleHit("required", Severity.ERROR,
                "import", null, 4, "pos.csv", 118, "Not stored: column sold_at: '2025-13-40' is not a date.", false));
    }
}
