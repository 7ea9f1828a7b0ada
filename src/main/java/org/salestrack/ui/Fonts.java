package org.salestrack.ui;

import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.text.Font;

/**
 * Picks a font that has Chinese glyphs, for JavaFX text and for JFreeChart (which draws with AWT and
 * shows boxes for CJK data in a Latin-only font). Falls back to the platform default when none is found.
 */
public final class Fonts {
    private static final List<String> CJK = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
            "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimHei", "Droid Sans Fallback");
    private static String fx;
    private static String awt;

    private Fonts() {}

    /** The JavaFX family to use, or "System". */
    public static synchronized String fxFamily() {
        if (fx == null) fx = first(new HashSet<>(Font.getFamilies()), "System");
        return fx;
    }

    /** The AWT family for charts, or "SansSerif". */
    public static synchronized String awtFamily() {
        if (awt == null) {
            Set<String> names = new HashSet<>();
            try {
                names.addAll(Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
            } catch (RuntimeException | Error e) {
                // headless without fontconfig: the logical font still renders Latin text
            }
            awt = first(names, "SansSerif");
        }
        return awt;
    }

    private static String first(Set<String> available, String fallback) {
        for (String f : CJK) if (available.contains(f)) return f;
        return fallback;
    }
}
