package org.salestrack.analytics.marketing;

import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.marketing.Attribution;
import org.salestrack.model.marketing.AttributionModel;
import org.salestrack.model.marketing.ChannelCredit;
import org.salestrack.model.marketing.Journey;
import org.salestrack.model.marketing.Journeys;

/**
 * The position rules: each converting journey hands out one conversion (and its revenue) over its touches
 * by a fixed rule. Journeys that did not convert earn nothing under these rules.
 */
public final class RuleAttribution {
    /** Time decay halves a touch's weight for every week it lies before the conversion (the common default). */
    public static final double HALF_LIFE_DAYS = 7;
    static final double POSITION_ENDS = 0.4;

    private RuleAttribution() {}

    public static Attribution attribute(Journeys data, AttributionModel model) {
        int n = data.channels().size();
        double[] conversions = new double[n];
        double[] value = new double[n];
        double[] w = new double[16];
        for (Journey j : data.journeys()) {
            if (!j.converted()) continue;
            if (w.length < j.length()) w = new double[j.length() * 2];
            weights(j, model, w);
            for (int i = 0; i < j.length(); i++) {
                conversions[j.channels()[i]] += w[i];
                value[j.channels()[i]] += w[i] * j.value();
            }
        }
        List<ChannelCredit> out = new ArrayList<>(n);
        for (int c = 0; c < n; c++) out.add(new ChannelCredit(data.channels().get(c), conversions[c], value[c], null));
        return new Attribution(model, out);
    }

    /** Fills w[0..length) with the touches' shares of one conversion; they sum to 1. */
    static void weights(Journey j, AttributionModel model, double[] w) {
        int k = j.length();
        java.util.Arrays.fill(w, 0, k, 0);
        switch (model) {
            case FIRST -> w[0] = 1;
            case LAST -> w[k - 1] = 1;
            case LINEAR -> java.util.Arrays.fill(w, 0, k, 1.0 / k);
            case POSITION -> position(k, w);
            case TIME_DECAY -> timeDecay(j, w);
            default -> throw new IllegalArgumentException(model.id() + " is not a position rule");
        }
    }

    /** 40% to the first touch, 40% to the last, 20% shared by those between; one or two touches split evenly. */
    private static void position(int k, double[] w) {
        if (k <= 2) {
            java.util.Arrays.fill(w, 0, k, 1.0 / k);
            return;
        }
        w[0] = POSITION_ENDS;
        w[k - 1] = POSITION_ENDS;
        for (int i = 1; i < k - 1; i++) w[i] = (1 - 2 * POSITION_ENDS) / (k - 2);
    }

    private static void timeDecay(Journey j, double[] w) {
        long end = j.times()[j.length() - 1];
        double sum = 0;
        for (int i = 0; i < j.length(); i++) {
            double days = (end - j.times()[i]) / 86_400.0;
            w[i] = Math.pow(0.5, days / HALF_LIFE_DAYS);
            sum += w[i];
        }
        for (int i = 0; i < j.length(); i++) w[i] /= sum;
    }
}
