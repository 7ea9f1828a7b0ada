package org.salestrack.analytics.feedback;

import java.util.List;

/** One thing reviews talk about (battery life, overheating, the camera) and the words that name it. */
public record Aspect(String id, String nameZh, String nameEn, List<String> terms) {
    public Aspect {
        terms = List.copyOf(terms);
    }
}
