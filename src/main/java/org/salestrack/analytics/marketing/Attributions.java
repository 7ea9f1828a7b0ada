package org.salestrack.analytics.marketing;

import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.marketing.Attribution;
import org.salestrack.model.marketing.AttributionModel;
import org.salestrack.model.marketing.Journeys;

/** Runs one attribution model, or all of them for the side-by-side table. */
public final class Attributions {
    private Attributions() {}

    public static Attribution run(Journeys data, AttributionModel model) {
        return switch (model) {
            case MARKOV -> MarkovAttribution.attribute(data);
            case SHAPLEY -> ShapleyAttribution.attribute(data);
            default -> RuleAttribution.attribute(data, model);
        };
    }

    public static List<Attribution> run(Journeys data, List<AttributionModel> models) {
        List<Attribution> out = new ArrayList<>();
        for (AttributionModel m : models) out.add(run(data, m));
        return out;
    }
}
