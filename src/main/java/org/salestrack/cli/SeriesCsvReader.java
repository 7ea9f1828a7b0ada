package org.salestrack.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.salestrack.forecast.series.PeriodKind;
import org.salestrack.forecast.series.SeriesDrivers;
import org.salestrack.forecast.series.TimeSeries;

/**
 * Reads {@code series_id,period,value[,frequency]} (any column order, UTF-8 with or without BOM) into
 * regular series. Rows of a series may come in any order; a duplicate or missing period is an error,
 * because silently filling a gap would change the forecast. Any further column is a numeric driver (price,
 * a promotion flag); rows after a series' last value with {@code value} empty give the drivers' known future.
 */
public final class SeriesCsvReader {

    private record Point(long row, long ordinal, double value, double[] drivers) {}

    /** The series of a file and, when it has driver columns, each series' drivers (history then future). */
    public record SeriesFile(List<TimeSeries> series, Map<String, SeriesDrivers> drivers, List<String> driverNames) {}

    private static final class Builder {
        PeriodKind kind;
        Integer frequency;
        final TreeMap<Long, Point> points = new TreeMap<>();
        final TreeMap<Long, Point> future = new TreeMap<>();
    }

    public List<TimeSeries> read(Path file) throws IOException, SeriesFileException {
        return readWithDrivers(file).series();
    }

    public SeriesFile readWithDrivers(Path file) throws IOException, SeriesFileException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new SeriesFileException(name, 0, null, null, "file not found");
        }
        Map<String, Builder> series = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null) {
                throw new SeriesFileException(name, 1, null, null, "empty file; expected header series_id,period,value[,frequency]");
            }
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            List<String> columns = split(header).stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList();
            int idCol = index(columns, "series_id", name);
            int periodCol = index(columns, "period", name);
            int valueCol = index(columns, "value", name);
            int freqCol = columns.indexOf("frequency");
            List<Integer> driverCols = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                if (c != idCol && c != periodCol && c != valueCol && c != freqCol && !columns.get(c).isEmpty()) driverCols.add(c);
            }
            driverNames.clear();
            for (int c : driverCols) driverNames.add(columns.get(c));
            long row = 1;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                row++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = split(line);
                int needed = Math.max(Math.max(idCol, periodCol), Math.max(valueCol, freqCol)) + 1;
                if (f.size() < needed) {
                    throw new SeriesFileException(name, row, null, line, "expected " + columns.size() + " columns, found " + f.size());
                }
                String id = f.get(idCol).trim();
                if (id.isEmpty()) {
                    throw new SeriesFileException(name, row, "series_id", "", "empty series id");
                }
                Builder b = series.computeIfAbsent(id, k -> new Builder());
                String period = f.get(periodCol).trim();
                PeriodKind kind;
                long ordinal;
                try {
                    kind = b.kind != null ? b.kind : PeriodKind.detect(period);
                    ordinal = kind.ordinal(period);
                } catch (IllegalArgumentException ex) {
                    throw new SeriesFileException(name, row, "period", period, ex.getMessage()
                            + (b.kind != null ? " (series " + id + " uses " + b.kind.name().toLowerCase() + " periods)" : ""));
                }
                b.kind = kind;
                String raw = f.get(valueCol).trim();
                double[] drivers = new double[driverCols.size()];
                for (int k = 0; k < drivers.length; k++) {
                    String d = driverCols.get(k) < f.size() ? f.get(driverCols.get(k)).trim() : "";
                    try {
                        drivers[k] = d.isEmpty() ? Double.NaN : Double.parseDouble(d);
                    } catch (NumberFormatException ex) {
                        throw new SeriesFileException(name, row, driverNames.get(k), d, "not a number (a column beside series_id, period, value and frequency is a numeric driver)");
                    }
                }
                if (raw.isEmpty() && !driverCols.isEmpty()) {
                    Point previous = b.future.put(ordinal, new Point(row, ordinal, Double.NaN, drivers));
                    if (previous != null) {
                        throw new SeriesFileException(name, row, "period", period, "duplicate period for series " + id + " (first at row " + previous.row() + ")");
                    }
                    continue;
                }
                double value;
                try {
                    value = Double.parseDouble(raw);
                } catch (NumberFormatException ex) {
                    throw new SeriesFileException(name, row, "value", raw, raw.isEmpty() ? "missing value" : "not a number");
                }
                if (!Double.isFinite(value)) {
                    throw new SeriesFileException(name, row, "value", raw, "not a finite number");
                }
                if (freqCol >= 0 && !f.get(freqCol).isBlank()) {
                    String fr = f.get(freqCol).trim();
                    int freq;
                    try {
                        freq = Integer.parseInt(fr);
                    } catch (NumberFormatException ex) {
                        throw new SeriesFileException(name, row, "frequency", fr, "not a whole number");
                    }
                    if (freq < 1) {
                        throw new SeriesFileException(name, row, "frequency", fr, "must be at least 1");
                    }
                    if (b.frequency != null && b.frequency != freq) {
                        throw new SeriesFileException(name, row, "frequency", fr, "series " + id + " already has frequency " + b.frequency);
                    }
                    b.frequency = freq;
                }
                Point previous = b.points.put(ordinal, new Point(row, ordinal, value, drivers));
                if (previous != null) {
                    throw new SeriesFileException(name, row, "period", period, "duplicate period for series " + id + " (first at row " + previous.row() + ")");
                }
            }
        }
        if (series.isEmpty()) {
            throw new SeriesFileException(name, 2, null, null, "no data rows");
        }
        List<TimeSeries> out = new ArrayList<>();
        Map<String, SeriesDrivers> drivers = new LinkedHashMap<>();
        for (Map.Entry<String, Builder> e : series.entrySet()) {
            if (e.getValue().points.isEmpty()) {
                Point p = e.getValue().future.firstEntry().getValue();
                throw new SeriesFileException(name, p.row(), "value", "", "series " + e.getKey() + " has no value, only future drivers");
            }
            TimeSeries ts = toSeries(name, e.getKey(), e.getValue());
            out.add(ts);
            if (!driverNames.isEmpty()) drivers.put(ts.id(), drivers(name, ts, e.getValue()));
        }
        return new SeriesFile(out, drivers, List.copyOf(driverNames));
    }

    private final List<String> driverNames = new ArrayList<>();

    /** History rows' drivers, then the future rows', which must follow the last value without a gap. */
    private SeriesDrivers drivers(String file, TimeSeries s, Builder b) throws SeriesFileException {
        long last = b.points.lastKey();
        long expected = last + 1;
        for (Point p : b.future.values()) {
            if (p.ordinal() <= last) {
                throw new SeriesFileException(file, p.row(), "value", "", "series " + s.id() + " has an empty value before its last value ("
                        + b.kind.label(last) + "); only rows after it may leave value empty");
            }
            if (p.ordinal() != expected) {
                throw new SeriesFileException(file, p.row(), "period", b.kind.label(p.ordinal()),
                        "series " + s.id() + " has no driver row for " + b.kind.label(expected) + " (future periods must be consecutive)");
            }
            expected++;
        }
        int n = s.length() + b.future.size();
        double[][] v = new double[driverNames.size()][n];
        int t = 0;
        for (Point p : b.points.values()) {
            for (int k = 0; k < v.length; k++) v[k][t] = p.drivers()[k];
            t++;
        }
        for (Point p : b.future.values()) {
            for (int k = 0; k < v.length; k++) v[k][t] = p.drivers()[k];
            t++;
        }
        return new SeriesDrivers(driverNames, v);
    }

    private static TimeSeries toSeries(String file, String id, Builder b) throws SeriesFileException {
        long first = b.points.firstKey();
        double[] values = new double[b.points.size()];
        int i = 0;
        long expected = first;
        for (Point p : b.points.values()) {
            if (p.ordinal() != expected) {
                throw new SeriesFileException(file, p.row(), "period", b.kind.label(p.ordinal()),
                        "series " + id + " has no value for " + b.kind.label(expected) + " (periods must be consecutive)");
            }
            values[i++] = p.value();
            expected++;
        }
        int season = b.frequency != null ? b.frequency : b.kind.defaultSeasonLength();
        return new TimeSeries(id, b.kind, first, values, season);
    }

    private static int index(List<String> columns, String column, String file) throws SeriesFileException {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new SeriesFileException(file, 1, column, null, "missing column; header must have series_id,period,value[,frequency]");
        }
        return i;
    }

    /** Splits one CSV line; double quotes protect commas and "" is a quote. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().trim());
        return out;
    }
}
