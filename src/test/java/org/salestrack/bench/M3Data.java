package org.salestrack.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The M3 benchmark files (train.csv, test.csv: series_id,period,value,frequency) loaded into memory. */
public record M3Data(List<Series> series) {

    /** One M3 series; type is yearly/quarterly/monthly/other, derived from the period format. */
    public record Series(String id, String type, int frequency, double[] train, double[] test) {}

    public static M3Data load(Path dir) throws IOException {
        Map<String, List<Double>> train = new LinkedHashMap<>();
        Map<String, List<Double>> test = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, Integer> freqs = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(dir.resolve("series.csv"))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                types.put(f[0], f[2].toLowerCase(java.util.Locale.ROOT));
            }
        }
        read(dir.resolve("train.csv"), train, types, freqs);
        read(dir.resolve("test.csv"), test, types, freqs);
        List<Series> out = new ArrayList<>();
        for (Map.Entry<String, List<Double>> e : train.entrySet()) {
            String id = e.getKey();
            out.add(new Series(id, types.get(id), freqs.get(id), toArray(e.getValue()), toArray(test.get(id))));
        }
        return new M3Data(out);
    }

    private static void read(Path file, Map<String, List<Double>> into, Map<String, String> types,
            Map<String, Integer> freqs) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file)) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                into.computeIfAbsent(f[0], k -> new ArrayList<>()).add(Double.parseDouble(f[2]));
                int freq = Integer.parseInt(f[3]);
                freqs.putIfAbsent(f[0], freq);
            }
        }
    }

    private static double[] toArray(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
