package org.salestrack.analytics.alert;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts a JSON body to a group robot, retrying what may pass (no answer, a 5xx, a 429) with doubling waits.
 * A robot answers 200 with {@code "errcode": N}; only errcode 0 (or none) counts as delivered.
 */
public final class WebhookPoster {
    private static final Pattern ERRCODE = Pattern.compile("\"errcode\"\\s*:\\s*(-?\\d+)");

    private final HttpClient client;
    private final int attempts;
    private final Duration firstWait;
    private final Duration timeout;

    /** The result of one post: how many attempts, the last HTTP status (null: never answered), whether it was delivered. */
    public record Delivery(int attempts, Integer status, boolean ok) {}

    public WebhookPoster(int attempts, Duration firstWait, Duration timeout) {
        if (attempts < 1) throw new IllegalArgumentException("at least one attempt");
        this.attempts = attempts;
        this.firstWait = firstWait;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** Three attempts, waiting 1 s then 2 s, 10 s per attempt. */
    public static WebhookPoster standard() { return new WebhookPoster(3, Duration.ofSeconds(1), Duration.ofSeconds(10)); }

    public Delivery post(String url, String json) {
        Integer status = null;
        long wait = firstWait.toMillis();
        for (int i = 1; i <= attempts; i++) {
            boolean retry;
            try {
                HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
                HttpResponse<String> res = client.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                status = res.statusCode();
                if (status / 100 == 2) return new Delivery(i, status, errcode(res.body()) == 0);
                retry = status >= 500 || status == 429;
            } catch (IOException e) {
                retry = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Delivery(i, status, false);
            }
            if (!retry || i == attempts) return new Delivery(i, status, false);
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Delivery(i, status, false);
            }
            wait *= 2;
        }
        return new Delivery(attempts, status, false);
    }

    static int errcode(String body) {
        Matcher m = ERRCODE.matcher(body == null ? "" : body);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
