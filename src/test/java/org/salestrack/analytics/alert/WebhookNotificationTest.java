package org.salestrack.analytics.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.ingest.IngestFixture;
import org.salestrack.model.Alert;
import org.salestrack.model.alert.AlertRule;
import org.salestrack.model.alert.AlertRuleSetting;
import org.salestrack.model.alert.SentNotification;
import org.salestrack.model.alert.WebhookFormat;
import org.salestrack.task.Cancellation;

/**
 * Issue 18 #6: new alerts go to the WeCom and DingTalk robots configured for their rule or owner, as those
 * robots' markdown messages with the figures and the period; a 500 is retried; every post is logged; with no
 * webhook configured nothing is sent. The robots are a local server on 127.0.0.1 started here.
 */
class WebhookNotificationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> wecom = Collections.synchronizedList(new ArrayList<>());
    private final List<String> dingtalk = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger wecomCalls = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/wecom", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            // the robot fails its very first request, then takes everything
            boolean fail = wecomCalls.getAndIncrement() == 0;
            if (!fail) wecom.add(body);
            byte[] answer = (fail ? "busy" : "{\"errcode\":0,\"errmsg\":\"ok\"}").getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(fail ? 500 : 200, answer.length);
            ex.getResponseBody().write(answer);
            ex.close();
        });
        server.createContext("/dingtalk", ex -> {
            dingtalk.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, answer.length);
            ex.getResponseBody().write(answer);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() { server.stop(0); }

    private String url(String path) { return "http://127.0.0.1:" + server.getAddress().getPort() + path; }

    private AlertService planted(IngestFixture fx) throws Exception {
        fx.importFile(PlantedAlerts.plant(dir), IngestFixture.profile("pos-profile.json"));
        new ExploreService(fx.workspace).refresh(Cancellation.none());
        return new AlertService(fx.workspace, new WebhookPoster(3, Duration.ofMillis(20), Duration.ofSeconds(5)));
    }

    @Test
    void nothingIsSentWhenNoWebhookIsConfigured() throws Exception {
        AlertService alerts = planted(new IngestFixture(dir));

        AlertService.Outcome o = alerts.afterImport(List.of(), Set.of("sales"), 0);

        assertThat(o.raised()).isPositive();
        assertThat(o.posted()).isZero();
        assertThat(wecomCalls.get()).isZero();
        assertThat(dingtalk).isEmpty();
        assertThat(alerts.sent()).isEmpty();
    }

    @Test
    void newAlertsArePostedPerRuleAndPerOwnerInTheRobotsFormatsRetryingA500() throws Exception {
        IngestFixture fx = new IngestFixture(dir);
        AlertService alerts = planted(fx);
        alerts.addWebhook("rule", "change-previous", WebhookFormat.WECOM, url("/wecom"));
        alerts.addWebhook("owner", "王芳", WebhookFormat.DINGTALK, url("/dingtalk"));
        alerts.saveRule(new AlertRuleSetting(AlertRule.CHANGE_YEAR, true, 0.15, 100, "warning", "王芳"));

        AlertService.Outcome o = alerts.afterImport(List.of(), Set.of("sales"), 0);

        List<Alert> previous = alerts.list(null).stream().filter(a -> a.kind().equals("change-previous")).toList();
        List<Alert> year = alerts.list(null).stream().filter(a -> a.kind().equals("change-year")).toList();
        assertThat(wecom).hasSize(previous.size());
        assertThat(wecomCalls.get()).isEqualTo(previous.size() + 1);
        assertThat(dingtalk).hasSize(year.size());
        assertThat(o.posted()).isEqualTo(previous.size() + year.size());
        assertThat(o.failedPosts()).isZero();

        JsonNode gd = wecom.stream().map(WebhookNotificationTest::read).filter(b -> b.at("/markdown/content").asText().contains("province 广东"))
                .findFirst().orElseThrow();
        assertThat(gd.get("msgtype").asText()).isEqualTo("markdown");
        assertThat(gd.get("markdown").size()).isEqualTo(1);
        assertThat(gd.at("/markdown/content").asText()).isEqualTo("""
                ### SalesTrack · 环比变化 · province 广东
                > 级别: 警告
                > 期间: 2025-11
                > 数值: 120
                > 参照: 100
                > 变化: +20.0%

                省份 广东：2025-11 销量 120 台，对比 2025-10 的 100 台（+20.0%）""");

        JsonNode ding = read(dingtalk.stream().filter(b -> b.contains("province 广东")).findFirst().orElseThrow());
        assertThat(ding.get("msgtype").asText()).isEqualTo("markdown");
        assertThat(ding.at("/markdown/title").asText()).isEqualTo("SalesTrack · 同比变化 · province 广东");
        assertThat(ding.at("/markdown/text").asText()).contains("> 期间: 2025-11", "> 数值: 120", "> 参照: 80", "> 变化: +50.0%", "> 负责人: 王芳",
                "对比 2024-11 的 80 台（+50.0%）");

        List<SentNotification> log = alerts.sent();
        assertThat(log).hasSize(previous.size() + year.size()).allSatisfy(n -> assertThat(n.ok()).isTrue());
        SentNotification first = log.get(log.size() - 1);
        assertThat(first.format()).isEqualTo(WebhookFormat.WECOM);
        assertThat(first.attempts()).isEqualTo(2);
        assertThat(first.status()).isEqualTo(200);
        assertThat(log).filteredOn(n -> n.attempts() == 1).hasSize(log.size() - 1);
    }

    @Test
    void aRobotThatKeepsFailingIsTriedThreeTimesAndLoggedAsNotDelivered() throws Exception {
        server.createContext("/down", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(503, -1);
            ex.close();
        });
        IngestFixture fx = new IngestFixture(dir);
        AlertService alerts = planted(fx);
        alerts.addWebhook("rule", "change-year", WebhookFormat.DINGTALK, url("/down"));

        AlertService.Outcome o = alerts.afterImport(List.of(), Set.of("sales"), 0);

        long year = alerts.list(null).stream().filter(a -> a.kind().equals("change-year")).count();
        assertThat(o.failedPosts()).isEqualTo((int) year);
        assertThat(alerts.sent()).hasSize((int) year).allSatisfy(n -> {
            assertThat(n.ok()).isFalse();
            assertThat(n.attempts()).isEqualTo(3);
            assertThat(n.status()).isEqualTo(503);
        });
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
