package org.salestrack.model.watch;

import java.util.Locale;

/** How an API source's answers continue (table api_source, column paging). */
public enum ApiPaging {
    /** page=1, 2, ... until a page comes back without records */
    PAGE,
    /** cursor=the previous answer's next cursor, until it has none */
    CURSOR;

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static ApiPaging of(String id) {
        for (ApiPaging p : values()) if (p.id().equals(id)) return p;
        throw new IllegalArgumentException("unknown paging '" + id + "': page or cursor");
    }
}
