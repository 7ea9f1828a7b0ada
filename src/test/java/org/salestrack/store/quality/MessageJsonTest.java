package org.salestrack.store.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.salestrack.model.Message;

class MessageJsonTest {

    @Test
    void aMessageWithANestedClauseSurvivesTheColumnsRoundTrip() {
        Message why = Message.of("rule.channel_stuffing", "D1", "300", "2025-03", "100", "50", "100",
                Message.of("rule.channel_stuffing.unexplained", "150", "100%", "150"), "50%");

        String args = MessageJson.args(why);

        assertThat(args).isEqualTo("[\"D1\",\"300\",\"2025-03\",\"100\",\"50\",\"100\","
                + "{\"key\":\"rule.channel_stuffing.unexplained\",\"args\":[\"150\",\"100%\",\"150\"]},\"50%\"]");
        assertThat(MessageJson.read("rule.channel_stuffing", args)).isEqualTo(why);
    }

    @Test
    void anIssueStoredBeforeKeysOrWithUnreadableArgumentsHasNoMessage() {
        assertThat(MessageJson.read(null, null)).isNull();
        assertThat(MessageJson.read("rule.required", "not json")).isNull();
        assertThat(MessageJson.read("rule.required", "{\"a\":1}")).isNull();
    }
}
