package org.salestrack.sample;

import org.salestrack.model.ChannelType;

/**
 * The brand's sales channels. {@code id} is the Chinese name every source and shipped profile uses for
 * the channel field (the POS file names its store type the same way), so the channel dimension is
 * consistent across sources; {@code nameEn} is for documentation.
 */
public enum Channel {
    MALL("官方商城", "Official online mall", ChannelType.ONLINE),
    TMALL("天猫", "Tmall", ChannelType.ONLINE),
    JD("京东", "JD", ChannelType.ONLINE),
    DOUYIN("抖音", "Douyin live-streaming", ChannelType.ONLINE),
    DIRECT("直营店", "Direct store", ChannelType.OFFLINE),
    AUTHORISED("授权店", "Authorised store", ChannelType.OFFLINE),
    CARRIER("运营商厅", "Carrier shop", ChannelType.OFFLINE),
    DEALER("经销商分销", "Dealer sell-through", ChannelType.OFFLINE);

    private final String id;
    private final String nameEn;
    private final ChannelType type;

    Channel(String id, String nameEn, ChannelType type) {
        this.id = id;
        this.nameEn = nameEn;
        this.type = type;
    }

    public String id() { return id; }

    public String nameEn() { return nameEn; }

    public ChannelType type() { return type; }

    public boolean online() { return type == ChannelType.ONLINE; }

    public boolean store() { return this == DIRECT || this == AUTHORISED || this == CARRIER; }
}
