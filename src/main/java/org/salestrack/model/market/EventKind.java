package org.salestrack.model.market;

import java.util.Locale;
import java.util.Map;

/** What a competitor did: the kinds a competitor-event file names, in any of the spellings research firms use. */
public enum EventKind {
    LAUNCH("launch"), PRICE_CUT("price_cut"), PROMOTION("promotion");

    private static final Map<String, EventKind> SPELLINGS = Map.ofEntries(
            Map.entry("launch", LAUNCH), Map.entry("new launch", LAUNCH), Map.entry("发布", LAUNCH), Map.entry("新品发布", LAUNCH),
            Map.entry("上市", LAUNCH), Map.entry("新品上市", LAUNCH),
            Map.entry("price_cut", PRICE_CUT), Map.entry("price cut", PRICE_CUT), Map.entry("price-cut", PRICE_CUT),
            Map.entry("降价", PRICE_CUT), Map.entry("调价", PRICE_CUT),
            Map.entry("promotion", PROMOTION), Map.entry("promo", PROMOTION), Map.entry("促销", PROMOTION), Map.entry("大促", PROMOTION));

    private final String id;

    EventKind(String id) { this.id = id; }

    /** The text the workspace keeps and the CLI prints. */
    public String id() { return id; }

    /** The kind a file's text names, or null when it names none of them. */
    public static EventKind parse(String text) {
        if (text == null) return null;
        return SPELLINGS.get(text.trim().toLowerCase(Locale.ROOT));
    }
}
