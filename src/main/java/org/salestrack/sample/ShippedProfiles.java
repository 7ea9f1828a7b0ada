package org.salestrack.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The mapping profiles shipped in src/main/resources/profiles/, one per sample file shape. */
public final class ShippedProfiles {
    public static final List<String> NAMES = List.of("tmall-orders", "jd-orders", "mall-orders", "douyin-orders",
            "pos-sales", "dealer-sellthrough", "dealer-stock", "sell-in", "store-stock", "products", "dealers", "stores",
            "campaigns", "spend", "touchpoints", "targets", "dealer-service", "market-panel", "competitor-events", "policies",
            "tmall-reviews", "jd-reviews", "service-tickets");

    private ShippedProfiles() {}

    /** The classpath resource of a profile, e.g. /profiles/tmall-orders.json. */
    public static String resource(String name) { return "/profiles/" + name + ".json"; }

    static void copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : NAMES) {
            try (InputStream in = ShippedProfiles.class.getResourceAsStream(resource(name))) {
                if (in == null) throw new IllegalStateException("profile " + resource(name) + " missing from the classpath");
                Files.copy(in, dir.resolve(name + ".json"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
