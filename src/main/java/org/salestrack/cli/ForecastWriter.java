package org.salestrack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.salestrack.forecast.SeriesForecast;
import org.salestrack.forecast.accuracy.BacktestResult;
import org.salestrack.forecast.accuracy.VersusSeasonalNaive;

/** Writes forecast results in the formats of DESIGN.md "Command line": forecast CSV, accuracy CSV, JSON. */
final class ForecastWriter {

    void writeForecasts(Path out, List<SeriesForecast> results) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("series_id,model,step,period,mean,p10,p50,p90\n");
            for (SeriesForecast r : results) {
                for (SeriesForecast.Step s : r.steps()) {
                    w.write(String.join(",", csv(r.seriesId()), csv(r.modelName()), Integer.toString(s.step()), s.period(),
                            num(s.mean()), num(s.p10()), num(s.p50()), num(s.p90())));
                    w.write('\n');
                }
            }
        }
    }

    void writeAccuracy(Path out, List<SeriesForecast> results) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("series_id,model,mape,smape,rmse,mase,coverage80\n");
            for (SeriesForecast r : results) {
                BacktestResult a = r.accuracy();
                if (a == null) {
                    continue;
                }
                w.write(String.join(",", csv(r.seriesId()), csv(a.model()), num(a.mape()), num(a.smape()), num(a.rmse()),
                        num(a.mase()), num(a.coverage80())));
                w.write('\n');
            }
        }
    }

    void writeJson(PrintWriter out, List<SeriesForecast> results) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("series");
        for (SeriesForecast r : results) {
            ObjectNode o = list.addObject();
            o.put("series_id", r.seriesId());
            o.put("model_key", r.modelKey());
            o.put("model", r.modelName());
            ObjectNode params = o.putObject("parameters");
            r.parameters().forEach((k, v) -> putNumber(params, k, v));
            ArrayNode steps = o.putArray("forecast");
            for (SeriesForecast.Step s : r.steps()) {
                ObjectNode st = steps.addObject();
                st.put("step", s.step());
                st.put("period", s.period());
                putNumber(st, "mean", s.mean());
                putNumber(st, "p10", s.p10());
                putNumber(st, "p50", s.p50());
                putNumber(st, "p90", s.p90());
            }
            BacktestResult a = r.accuracy();
            if (a != null) {
                ObjectNode acc = o.putObject("accuracy");
                acc.put("holdout", a.horizon());
                putNumber(acc, "mape", a.mape());
                putNumber(acc, "smape", a.smape());
                putNumber(acc, "wape", a.wape());
                putNumber(acc, "rmse", a.rmse());
                putNumber(acc, "mase", a.mase());
                putNumber(acc, "coverage80", a.coverage80());
            }
            VersusSeasonalNaive v = r.versusNaive();
            if (v != null) {
                ObjectNode vs = o.putObject("versus_seasonal_naive");
                vs.put("holdout", v.horizon());
                vs.put("origins", v.origins());
                putNumber(vs, "mase", v.mase());
                putNumber(vs, "naive_mase", v.naiveMase());
                putNumber(vs, "wape", v.wape());
                putNumber(vs, "naive_wape", v.naiveWape());
                vs.put("worse", v.worse());
            }
            if (r.warning() != null) {
                o.put("warning", r.warning());
            }
        }
        out.println(mapper.writeValueAsString(root));
        out.flush();
    }

    /** JSON has no NaN or infinity: undefined measures (MAPE with a zero actual) become null. */
    private static void putNumber(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    private static String num(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : (v > 0 ? "Inf" : "-Inf");
        }
        // six significant digits, no trailing zeros, never scientific notation: easy to read in Excel
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static String csv(String raw) {
        String s = org.salestrack.report.FormulaInjection.neutralise(raw);
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
