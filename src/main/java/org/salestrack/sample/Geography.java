package org.salestrack.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.salestrack.model.Counties;
import org.salestrack.model.County;
import org.salestrack.model.Province;
import org.salestrack.model.Provinces;

/**
 * Where demand comes from: each of the 34 provinces weighted by half its population share and half its
 * GDP share (2023 figures), scaled by the brand's presence (small in Taiwan, Hong Kong and Macao), and
 * the cities within each province.
 */
public final class Geography {
    private final List<Province> provinces;
    private final Map<String, Double> weight;
    private final Map<String, List<City>> cities;
    private final WeightedPicker<Province> provincePicker;

    private Geography(List<Province> provinces, Map<String, Double> weight, Map<String, List<City>> cities) {
        this.provinces = provinces;
        this.weight = weight;
        this.cities = cities;
        this.provincePicker = new WeightedPicker<>(provinces, p -> weight.get(p.code()));
    }

    public static Geography load() {
        Map<String, double[]> raw = new LinkedHashMap<>();
        read("/sample/province-weights.csv", c -> raw.put(c[0],
                new double[] {Double.parseDouble(c[1]), Double.parseDouble(c[2]), Double.parseDouble(c[3])}));
        double pop = raw.values().stream().mapToDouble(r -> r[0]).sum();
        double gdp = raw.values().stream().mapToDouble(r -> r[1]).sum();
        Map<String, Double> weight = new LinkedHashMap<>();
        raw.forEach((code, r) -> weight.put(code, (0.5 * r[0] / pop + 0.5 * r[1] / gdp) * r[2]));
        Map<String, List<City>> cities = new LinkedHashMap<>();
        read("/sample/cities.csv", c -> cities.computeIfAbsent(c[0], k -> new ArrayList<>()).add(
                new City(c[0], c[1], Double.parseDouble(c[2]), Double.parseDouble(c[3]), Double.parseDouble(c[4]))));
        List<Province> provinces = Provinces.get().all();
        for (Province p : provinces) {
            if (!weight.containsKey(p.code()) || !cities.containsKey(p.code())) {
                throw new IllegalStateException("sample geography lacks province " + p.code());
            }
        }
        return new Geography(provinces, weight, cities);
    }

    public List<Province> provinces() { return provinces; }

    public Province province(String code) {
        return Provinces.get().byCode(code).orElseThrow();
    }

    /** The province's share of national demand; the shares sum to a little under 1. */
    public double weight(String provinceCode) { return weight.get(provinceCode); }

    public List<City> cities(String provinceCode) { return cities.get(provinceCode); }

    /** The counties of a sample city (all of a municipality's for 北京, 上海, 天津, 重庆); none outside the mainland. */
    public List<County> counties(City city) { return Counties.get().ofCity(city.provinceCode(), city.name()); }

    public Province pickProvince(SplittableRandom rng) { return provincePicker.pick(rng); }

    public City pickCity(String provinceCode, SplittableRandom rng) {
        List<City> list = cities.get(provinceCode);
        double total = list.stream().mapToDouble(City::weight).sum();
        double u = rng.nextDouble() * total;
        for (City c : list) {
            u -= c.weight();
            if (u < 0) return c;
        }
        return list.get(list.size() - 1);
    }

    private static void read(String resource, Consumer<String[]> row) {
        try (InputStream in = Geography.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) row.accept(line.split(",", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
