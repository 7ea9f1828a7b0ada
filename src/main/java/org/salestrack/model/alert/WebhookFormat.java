package org.salestrack.model.alert;

import java.util.Arrays;
import java.util.Locale;

/** The group robots an alert can be posted to: WeCom (企业微信) and DingTalk (钉钉), both as markdown. */
public enum WebhookFormat {
    WECOM, DINGTALK;

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static WebhookFormat of(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a webhook format is wecom or dingtalk, not " + id));
    }
}
