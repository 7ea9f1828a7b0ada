package org.salestrack.analytics.marketing;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.salestrack.model.marketing.Attribution;
import org.salestrack.model.marketing.AttributionModel;
import org.salestrack.model.marketing.ChannelCredit;
import org.salestrack.model.marketing.Journey;
import org.salestrack.model.marketing.Journeys;

/**
 * First-order Markov attribution by removal effect. The journeys give a chain start -> channels ->
 * conversion or null; the conversion probability from start is the absorption probability, solved
 * exactly from (I - Q) x = r rather than by simulating paths, so the same journeys give the same answer.
 * A channel's removal effect is the share of that probability lost when the channel leads to null;
 * conversions and revenue are shared in proportion to the removal effects.
 */
public final class MarkovAttribution {
    private MarkovAttribution() {}

    public static Attribution attribute(Journeys data) {
        int n = data.channels().size();
        // transient states: 0 = start, 1..n = channels; counts of moves between them and into conversion / null
        double[][] moves = new double[n + 1][n + 1];
        double[] toConversion = new double[n + 1];
        double[] toNull = new double[n + 1];
        for (Journey j : data.journeys()) {
            int from = 0;
            for (int c : j.channels()) {
                moves[from][c + 1]++;
                from = c + 1;
            }
            if (j.converted()) toConversion[from]++;
            else toNull[from]++;
        }
        double base = conversionProbability(moves, toConversion, toNull, -1);
        double[] effect = new double[n];
        double sum = 0;
        for (int c = 0; c < n; c++) {
            effect[c] = base == 0 ? 0 : 1 - conversionProbability(moves, toConversion, toNull, c + 1) / base;
            sum += effect[c];
        }
        double conversions = data.conversions();
        double value = data.value();
        List<ChannelCredit> out = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            double share = sum == 0 ? 0 : effect[c] / sum;
            out.add(new ChannelCredit(data.channels().get(c), conversions * share, value * share, effect[c]));
        }
        return new Attribution(AttributionModel.MARKOV, out);
    }

    /** P(conversion | start) with state {@code removed} (or none when -1) sending everything to null. */
    static double conversionProbability(double[][] moves, double[] toConversion, double[] toNull, int removed) {
        int m = moves.length;
        RealMatrix a = new Array2DRowRealMatrix(m, m);
        double[] r = new double[m];
        for (int s = 0; s < m; s++) {
            a.setEntry(s, s, 1);
            double total = toConversion[s] + toNull[s];
            for (double v : moves[s]) total += v;
            if (s == removed || total == 0) continue; // x_s = 0: a removed channel, or a state no journey leaves
            for (int t = 0; t < m; t++) {
                if (moves[s][t] != 0) a.addToEntry(s, t, -moves[s][t] / total);
            }
            r[s] = toConversion[s] / total;
        }
        return new LUDecomposition(a).getSolver().solve(new ArrayRealVector(r, false)).getEntry(0);
    }
}
