package org.salestrack.pipeline.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.api.ApiServer;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.watch.ApiPaging;
import org.salestrack.model.watch.ApiSource;
import org.salestrack.model.watch.WatchEvent;
import org.salestrack.model.watch.WatchOutcome;
import org.salestrack.store.watch.ApiSources;
import org.salestrack.store.watch.WatchJournal;
import org.salestrack.ui.TestWorkspace;

/**
 * Issue 18 #2: each poll of an API source is one batch through the import pipeline; a poll that fails in the middle
 * stores nothing and leaves the watermark, so the next poll asks again from the same point and stores it all.
 */
class ApiSourcePollTest {
    /** The orders the test API holds, each with its updated_at; answers pages of 2 changed after updated_since. */
    static final int PAGE = 2;

    @TempDir
    Path dir;
    TestWorkspace ws;
    ApiSources sources;

    @BeforeEach
    void setUp() throws Exception {
        ws = TestWorkspace.create(Files.createDirectories(dir.resolve("ws")), false);
        org.salestrack.ingest.api.ApiServer.writeProfile(ImportService.profilesDir(ws.workspace));
        sources = new ApiSources(ws.workspace);
    }

    /** The API's orders 0..held-1 changed after {@code since}, page {@code page} of them. */
    static ApiServer.Answer answer(Map<String, String> q, int held) {
        String since = q.get("updated_since");
        int first = since == null ? 0 : Integer.parseInt(since.substring(14, 16)) + 1; // updated_at minute = order number
        int from = first + (Integer.parseInt(q.get("page")) - 1) * PAGE;
        int n = Math.max(0, Math.min(PAGE, held - from));
        return ApiServer.Answer.ok("{\"data\":" + (n == 0 ? "[]" : ApiServer.orders(from, n)) + "}");
    }

    private ApiSource save(String url) {
        return sources.save(new ApiSource(0, "mall", url, "api-orders", null, ApiPaging.PAGE, "page", "updated_since", "data", "next_cursor",
                "updated_at", null, 15, true));
    }

    @Test
    void aFailedPollStoresNothingAndTheNextAsksAgainFromTheSameWatermark() throws Exception {
        int[] held = {5};
        AtomicBoolean broken = new AtomicBoolean();
        try (ApiServer api = new ApiServer(q -> broken.get() && q.get("page").equals("2") ? new ApiServer.Answer(500, "{}", 0) : answer(q, held[0]))) {
            ApiSource s = save(api.url());
            ApiSourcePoll poll = new ApiSourcePoll(ws.pipeline, Duration.ofSeconds(5));

            WatchEvent first = poll.poll(s);
            assertThat(first.outcome()).isEqualTo(WatchOutcome.STORED);
            assertThat(first.source()).isEqualTo("api:mall");
            assertThat(first.file()).startsWith("mall-").endsWith(".jsonl");
            SummaryRow t = WatchFixture.totals(ws.workspace);
            assertThat(t.rows()).isEqualTo(5);
            assertThat(t.amount()).isEqualByComparingTo(new BigDecimal("14995.00"));
            String mark = sources.find("mall").orElseThrow().watermark();
            assertThat(mark).isEqualTo("2025-04-01T10:04:00+08:00");

            held[0] = 9;
            broken.set(true);
            api.requests.clear();
            WatchEvent failed = poll.poll(sources.find("mall").orElseThrow());
            assertThat(failed.outcome()).isEqualTo(WatchOutcome.FAILED);
            assertThat(failed.batch()).isNull();
            assertThat(failed.reason()).contains("page 2 answered HTTP 500");
            assertThat(WatchFixture.totals(ws.workspace).rows()).isEqualTo(5);
            assertThat(sources.find("mall").orElseThrow().watermark()).isEqualTo(mark);

            broken.set(false);
            api.requests.clear();
            WatchEvent retried = poll.poll(sources.find("mall").orElseThrow());
            assertThat(retried.outcome()).isEqualTo(WatchOutcome.STORED);
            assertThat(api.requests).allSatisfy(r -> assertThat(r.query().get("updated_since")).isEqualTo(mark));
            assertThat(api.requests).extracting(r -> r.query().get("page")).containsExactly("1", "2", "3");
            assertThat(WatchFixture.totals(ws.workspace).rows()).isEqualTo(9);
            assertThat(sources.find("mall").orElseThrow().watermark()).isEqualTo("2025-04-01T10:08:00+08:00");

            // nothing new: no batch, nothing journalled
            assertThat(poll.poll(sources.find("mall").orElseThrow())).isNull();
            assertThat(new WatchJournal(ws.workspace).recent(10)).extracting(WatchEvent::outcome)
                    .containsExactly(WatchOutcome.STORED, WatchOutcome.FAILED, WatchOutcome.STORED);
        }
    }

    @Test
    void theWatcherPollsASourceWhenDueAndNotAgainBeforeItsInterval() throws Exception {
        try (ApiServer api = new ApiServer(q -> answer(q, 3))) {
            save(api.url());
            List<WatchEvent> told = new ArrayList<>();
            FolderWatcher w = new FolderWatcher(ws.pipeline, told::add);
            assertThat(w.pass(0)).singleElement().satisfies(e -> assertThat(e.outcome()).isEqualTo(WatchOutcome.STORED));
            assertThat(told).hasSize(1);
            int asked = api.requests.size();
            assertThat(w.pass(60_000)).isEmpty();
            assertThat(api.requests).hasSize(asked);
            assertThat(w.pass(15 * 60_000)).isEmpty(); // due again: asked, nothing new
            assertThat(api.requests.size()).isGreaterThan(asked);
            assertThat(WatchFixture.totals(ws.workspace).rows()).isEqualTo(3);
        }
    }
}
