package org.salestrack.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.watch.ApiPaging;
import org.salestrack.model.watch.ApiSource;
import org.salestrack.task.Cancellation;

/** Issue 18 #2: an API source's poll, page after page, against a local server (127.0.0.1 only). */
class ApiFetchTest {
    @TempDir
    Path dir;

    private ApiSource source(String url, ApiPaging paging, String items, String watermark) {
        return new ApiSource(1, "mall", url, "api-orders", null, paging, paging == ApiPaging.PAGE ? "page" : "cursor", "updated_since", items,
                "next_cursor", "updated_at", watermark, 15, true);
    }

    @Test
    void pagesByNumberUntilAnEmptyPageSendingTheWatermarkAndTheToken() throws Exception {
        try (ApiServer api = new ApiServer(q -> ApiServer.Answer.ok("{\"data\":" + switch (q.get("page")) {
            case "1" -> ApiServer.orders(0, 3);
            case "2" -> ApiServer.orders(3, 3);
            case "3" -> ApiServer.orders(6, 1);
            default -> "[]";
        } + "}"))) {
            ApiFetch.Fetched got = new ApiFetch(Duration.ofSeconds(5)).fetch(source(api.url(), ApiPaging.PAGE, "data", "2025-03-31T23:00:00+08:00"),
                    "s3cret", dir.resolve("poll.jsonl"), Cancellation.none());
            assertThat(got.records()).isEqualTo(7);
            assertThat(got.watermark()).isEqualTo("2025-04-01T10:06:00+08:00");
            assertThat(Files.readAllLines(got.file())).hasSize(7).first().asString().contains("\"order_no\":\"API00000\"");
            assertThat(api.requests).extracting(r -> r.query().get("page")).containsExactly("1", "2", "3", "4");
            assertThat(api.requests).allSatisfy(r -> {
                assertThat(r.query().get("updated_since")).isEqualTo("2025-03-31T23:00:00+08:00");
                assertThat(r.authorization()).isEqualTo("Bearer s3cret");
            });
        }
    }

    @Test
    void followsTheCursorUntilTheAnswerHasNoneAndFindsTheRecordsByPointer() throws Exception {
        try (ApiServer api = new ApiServer(q -> ApiServer.Answer.ok(q.get("cursor") == null
                ? "{\"result\":{\"orders\":" + ApiServer.orders(0, 2) + "},\"next_cursor\":\"c2\"}"
                : q.get("cursor").equals("c2") ? "{\"result\":{\"orders\":" + ApiServer.orders(2, 2) + "},\"next_cursor\":\"c3\"}"
                : "{\"result\":{\"orders\":" + ApiServer.orders(4, 1) + "},\"next_cursor\":null}"))) {
            ApiFetch.Fetched got = new ApiFetch(Duration.ofSeconds(5)).fetch(source(api.url(), ApiPaging.CURSOR, "/result/orders", null),
                    null, dir.resolve("poll.jsonl"), Cancellation.none());
            assertThat(got.records()).isEqualTo(5);
            assertThat(api.requests).extracting(r -> r.query().get("cursor")).containsExactly(null, "c2", "c3");
            assertThat(api.requests).allSatisfy(r -> {
                assertThat(r.query()).doesNotContainKey("updated_since");
                assertThat(r.authorization()).isNull();
            });
        }
    }

    @Test
    void anErrorInTheMiddleATimeoutOrACursorThatComesBackFailTheWholePoll() throws Exception {
        try (ApiServer api = new ApiServer(q -> q.get("page").equals("2") ? new ApiServer.Answer(500, "{\"error\":\"busy\"}", 0)
                : ApiServer.Answer.ok("{\"data\":" + ApiServer.orders(0, 2) + "}"))) {
            assertThatThrownBy(() -> new ApiFetch(Duration.ofSeconds(5)).fetch(source(api.url(), ApiPaging.PAGE, "data", null), null,
                    dir.resolve("a.jsonl"), Cancellation.none())).isInstanceOf(IOException.class).hasMessage("page 2 answered HTTP 500");

            api.answer = q -> new ApiServer.Answer(200, "{\"data\":[]}", 3_000);
            assertThatThrownBy(() -> new ApiFetch(Duration.ofMillis(300)).fetch(source(api.url(), ApiPaging.PAGE, "data", null), null,
                    dir.resolve("b.jsonl"), Cancellation.none())).isInstanceOf(IOException.class).hasMessageContaining("page 1 did not answer within");

            api.answer = q -> ApiServer.Answer.ok("{\"data\":" + ApiServer.orders(0, 1) + ",\"next_cursor\":\"same\"}");
            assertThatThrownBy(() -> new ApiFetch(Duration.ofSeconds(5)).fetch(source(api.url(), ApiPaging.CURSOR, "data", null), null,
                    dir.resolve("c.jsonl"), Cancellation.none())).isInstanceOf(IOException.class).hasMessageContaining("gives the cursor same a second time");

            api.answer = q -> ApiServer.Answer.ok("<html>maintenance</html>");
            assertThatThrownBy(() -> new ApiFetch(Duration.ofSeconds(5)).fetch(source(api.url(), ApiPaging.PAGE, "data", null), null,
                    dir.resolve("d.jsonl"), Cancellation.none())).isInstanceOf(IOException.class).hasMessageStartingWith("page 1 is not JSON");
        }
    }

    @Test
    void aTokenFileOthersCanReadIsRefused() throws Exception {
        Path token = Files.writeString(dir.resolve("token"), "  abc123\n");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> ApiToken.read(token)).isInstanceOf(IOException.class).hasMessageContaining("chmod 600");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
        assertThat(ApiToken.read(token)).isEqualTo("abc123");
        assertThat(ApiToken.read(null)).isNull();
        assertThat(List.of(ApiFetch.uri(source("http://127.0.0.1:1/o?shop=7", ApiPaging.PAGE, "data", "2025-04-01T10:00:00+08:00"), "2").toString()))
                .containsExactly("http://127.0.0.1:1/o?shop=7&updated_since=2025-04-01T10%3A00%3A00%2B08%3A00&page=2");
    }
}
