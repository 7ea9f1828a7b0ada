package org.salestrack.model.watch;

import org.salestrack.model.InvalidInput;
import java.net.URI;

/**
 * An HTTP endpoint answering JSON whose records are imported like a file (table api_source): polled every
 * {@code pollMinutes}, each poll asking for the records changed since {@code watermark} (null: all of them),
 * page after page, and mapped by the profile {@code profile}. {@code tokenFile} holds the bearer token.
 */
public record ApiSource(long id, String name, String url, String profile, String tokenFile, ApiPaging paging, String pageParam,
                        String sinceParam, String items, String nextCursor, String watermarkField, String watermark,
                        int pollMinutes, boolean enabled) {
    public ApiSource {
        if (name == null || name.isBlank()) throw InvalidInput.of("input.api.name");
        URI u;
        try {
            u = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("input.api.url", url);
        }
        if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null) {
            throw InvalidInput.of("input.api.http", url);
        }
        if (profile == null || profile.isBlank()) throw InvalidInput.of("input.api.profile");
        if (pollMinutes < 1) throw InvalidInput.of("input.api.every", pollMinutes);
    }

    /** What the watch journal calls this source. */
    public String source() { return "api:" + name; }

    public ApiSource withWatermark(String next) {
        return new ApiSource(id, name, url, profile, tokenFile, paging, pageParam, sinceParam, items, nextCursor, watermarkField, next,
                pollMinutes, enabled);
    }
}
