package org.salestrack.ingest.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A platform's order API for tests, on 127.0.0.1 only: it answers each GET with what {@code answer} makes of the
 * request's query, and remembers every request (query and Authorization header).
 */
public final class ApiServer implements AutoCloseable {
    /** What the server answers: a status and a JSON body; {@code delayMillis} before answering. */
    public record Answer(int status, String body, long delayMillis) {
        public static Answer ok(String body) { return new Answer(200, body, 0); }
    }

    /** One request the server got. */
    public record Request(Map<String, String> query, String authorization) {}

    private final HttpServer server;
    public final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    public volatile Function<Map<String, String>, Answer> answer;

    public ApiServer(Function<Map<String, String>, Answer> answer) throws IOException {
        this.answer = answer;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/orders", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    public String url() { return "http://127.0.0.1:" + server.getAddress().getPort() + "/orders"; }

    private void handle(HttpExchange ex) throws IOException {
        Map<String, String> query = query(ex.getRequestURI().getRawQuery());
        requests.add(new Request(query, ex.getRequestHeaders().getFirst("Authorization")));
        Answer a = answer.apply(query);
        try {
            if (a.delayMillis() > 0) Thread.sleep(a.delayMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        try {
            ex.sendResponseHeaders(a.status(), body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException gone) {
            // the client gave up waiting (the timeout test)
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> m = new LinkedHashMap<>();
        if (raw == null) return m;
        for (String kv : raw.split("&")) {
            int eq = kv.indexOf('=');
            m.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return m;
    }

    /** Orders as a mall API gives them: {@code n} orders from {@code first}, changed at 2025-04-01T10:MM:00+08:00. */
    public static String orders(int first, int n) {
        StringBuilder b = new StringBuilder("[");
        for (int i = first; i < first + n; i++) {
            if (i > first) b.append(',');
            b.append(String.format(Locale.ROOT, "{\"order_no\":\"API%05d\",\"paid_at\":\"2025-04-01T09:%02d:00+08:00\",\"updated_at\":\"2025-04-01T10:%02d:00+08:00\","
                    + "\"sku\":\"P50-128-BK\",\"name\":\"星耀 P50 128G 黑\",\"model\":\"P50\",\"series\":\"星耀\",\"category\":\"手机\","
                    + "\"qty\":1,\"amount\":\"2999.00\",\"province\":\"广东\",\"city\":\"深圳\"}", i, i % 60, i % 60));
        }
        return b.append(']').toString();
    }

    /** Writes {@code api-orders}, the mapping profile of {@link #orders}' records, into a workspace's profiles folder. */
    public static void writeProfile(java.nio.file.Path profiles) throws IOException {
        java.nio.file.Files.writeString(profiles.resolve("api-orders.json"), """
                {"name": "api-orders", "kind": "sales",
                 "format": {"type": "json", "encoding": "auto", "delimiter": "auto", "decimal": ".", "headerRow": "auto", "sheet": null},
                 "fields": {"order_id": "order_no", "sold_at": {"column": "paid_at", "format": "yyyy-MM-dd'T'HH:mm:ssXXX"},
                   "sku": "sku", "product_name": "name", "model": "model", "series": "series", "category": "category",
                   "qty": "qty", "amount": "amount", "province": "province", "city": "city",
                   "channel": {"const": "官方商城"}, "channel_type": {"const": "online"}, "country": {"const": "CN"}, "currency": {"const": "CNY"}}}
                """);
    }

    @Override
    public void close() { server.stop(0); }
}
