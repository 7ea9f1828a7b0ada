package org.salestrack.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.salestrack.model.ImportReject;
import org.salestrack.model.Message;
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

    @Test
    void theReasonsMessageIsNestedSoTheExplanationHasOneLanguage() {
        Message reason = Message.of("import.reason.row_error", Message.of("import.reason.at_row", 118), "", "",
                Message.of("import.reason.not_a_month", "13"));
        ValidationInput input = new ValidationInput(List.of(), List.of(), List.of(), List.of(),
                List.of(new ImportReject(4, "pos.csv", 118, "row 118: not a month (13)", reason)), RuleRunner.TODAY);

        RuleHit hit = RuleRunner.run(new RequiredRule(), input, Map.of()).get(0);

        assertThat(hit.message()).isEqualTo(Message.of("rule.required", reason));
        assertThat(hit.why()).isEqualTo("Not stored: row 118: not a month (13).").isEqualTo(hit.message().english());
    }

    @Test
    void aReasonWithoutAKeyIsShownAsItIs() {
        ImportReject old = new ImportReject(4, "pos.csv", 118, "column sold_at: '2025-13-40' is not a date");

        assertThat(old.why()).isEqualTo(Message.of("import.reason.verbatim", "column sold_at: '2025-13-40' is not a date"));
    }
}
