package org.salestrack.ingest.api;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.salestrack.model.watch.ApiPaging;
import org.salestrack.model.watch.ApiSource;
import org.salestrack.task.Cancellation;

/**
 * One poll of an API source: asks for the records changed since the source's watermark, page after page, and
 * writes them as JSON lines to a file, which the import pipeline then reads with the source's profile like any
 * export. All or nothing: an error answer, a timeout or an answer that is not JSON on any page fails the whole
 * poll with its reason, and nothing is imported; the watermark moves only once the file is stored.
 */
public final class ApiFetch {
    /** A cursor that never ends, or a server that pages forever, stops here. */
    static final int MAX_PAGES = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final Duration timeout;

    /** @param timeout how long one page may take to answer */
    public ApiFetch(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** What a poll brought: the file of its records, how many, and the latest watermark among them (null without). */
    public record Fetched(Path file, long records, String watermark) {}

    /** Fetches the records of {@code source} after its watermark into {@code file}, with {@code token} (null: none). */
    public Fetched fetch(ApiSource source, String token, Path file, Cancellation cancel) throws IOException {
        long records = 0;
        String latest = source.watermark();
        Set<String> cursors = new HashSet<>();
        String cursor = null;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int page = 1; ; page++) {
                if (cancel.isCancelled()) throw new java.util.concurrent.CancellationException("the poll was cancelled");
                if (page > MAX_PAGES) throw new IOException("more than " + MAX_PAGES + " pages: the answers never end");
                String pageValue = source.paging() == ApiPaging.PAGE ? Integer.toString(page) : cursor;
                JsonNode answer = get(uri(source, pageValue), token, page);
                JsonNode items = items(answer, source.items());
                if (items == null || !items.isArray()) {
                    throw new IOException("page " + page + " has no list of records at '" + source.items() + "'");
                }
                for (JsonNode item : items) {
                    out.write(JSON.writeValueAsString(item));
                    out.newLine();
                    records++;
                    JsonNode w = item.get(source.watermarkField());
                    if (w != null && w.isValueNode() && !w.asText().isEmpty() && (latest == null || w.asText().compareTo(latest) > 0)) {
                        latest = w.asText();
                    }
                }
                if (source.paging() == ApiPaging.PAGE) {
                    if (items.isEmpty()) break;
                } else {
                    JsonNode next = answer.isObject() ? answer.get(source.nextCursor()) : null;
                    if (next == null || next.isNull() || next.asText().isEmpty()) break;
                    cursor = next.asText();
                    if (!cursors.add(cursor)) throw new IOException("page " + page + " gives the cursor " + cursor + " a second time: the answers never end");
                }
            }
        }
        return new Fetched(file, records, latest);
    }

    static URI uri(ApiSource source, String pageValue) {
        StringBuilder u = new StringBuilder(source.url());
        char sep = source.url().contains("?") ? '&' : '?';
        if (source.watermark() != null) {
            u.append(sep).append(enc(source.sinceParam())).append('=').append(enc(source.watermark()));
            sep = '&';
        }
        if (pageValue != null) u.append(sep).append(enc(source.pageParam())).append('=').append(enc(pageValue));
        return URI.create(u.toString());
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private JsonNode get(URI uri, String token, int page) throws IOException {
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET();
        if (token != null) req.header("Authorization", "Bearer " + token);
        HttpResponse<byte[]> r;
        try {
            r = client.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new IOException("page " + page + " did not answer within " + timeout.toSeconds() + " s", e);
        } catch (ConnectException e) {
            throw new IOException("cannot reach " + uri.getHost() + ":" + uri.getPort() + " for page " + page, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("the poll was interrupted");
        }
        if (r.statusCode() != 200) {
            throw new IOException("page " + page + " answered HTTP " + r.statusCode() + (r.statusCode() == 401 || r.statusCode() == 403 ? " (is the token right?)" : ""));
        }
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IOException("page " + page + " is not JSON: " + e.getMessage(), e);
        }
    }

    /** The records of an answer: the answer itself when it is a list, else the field or JSON pointer {@code at}. */
    static JsonNode items(JsonNode answer, String at) {
        if (answer.isArray()) return answer;
        if (at.startsWith("/")) {
            JsonNode n = answer.at(JsonPointer.compile(at));
            return n.isMissingNode() ? null : n;
        }
        return answer.get(at);
    }
}
