package org.salestrack.model;

import java.util.Locale;

public enum ChannelType {
    ONLINE, OFFLINE;

    public String id() { return name().toLowerCase(Locale.ROOT); }

    /** Reads "online"/"offline" and the Chinese 线上/线下. */
    public static ChannelType parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("online") || t.equals("线上") || t.equals("电商")) return ONLINE;
        if (t.equals("offline") || t.equals("线下") || t.equals("门店")) return OFFLINE;
        throw new IllegalArgumentException("channel type must be online or offline, not '" + text + "'");
    }
}
