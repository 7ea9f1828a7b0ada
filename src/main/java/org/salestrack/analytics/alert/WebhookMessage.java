package org.salestrack.analytics.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.function.Function;
import org.salestrack.model.Alert;
import org.salestrack.model.alert.WebhookFormat;

/**
 * An alert as a group robot's markdown message: WeCom (企业微信) takes {@code {"msgtype":"markdown","markdown":{"content":...}}},
 * DingTalk (钉钉) {@code {"msgtype":"markdown","markdown":{"title":...,"text":...}}}. The text carries the rule, the subject,
 * the period and the figures, then the explanation, in the language of {@code text} (key to pattern).
 */
public final class WebhookMessage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookMessage() {}

    public static String body(WebhookFormat format, Alert a, Function<String, String> text) {
        String title = "SalesTrack · " + text.apply("alerts.rule." + a.kind().replace('-', '_')) + " · " + a.shownSubject();
        String markdown = markdown(a, text, title);
        ObjectNode root = JSON.createObjectNode();
        root.put("msgtype", "markdown");
        ObjectNode md = root.putObject("markdown");
        if (format == WebhookFormat.WECOM) {
            md.put("content", markdown);
        } else {
            md.put("title", title);
            md.put("text", markdown);
        }
        return root.toString();
    }

    static String markdown(Alert a, Function<String, String> text, String title) {
        StringBuilder sb = new StringBuilder("### ").append(title).append('\n');
        line(sb, text.apply("alerts.col.severity"), text.apply("alerts.severity." + a.severity()));
        line(sb, text.apply("alerts.col.period"), a.period() == null ? "-" : a.period());
        if (a.value() != null) line(sb, text.apply("alerts.col.value"), number(a.value()));
        if (a.reference() != null) line(sb, text.apply("alerts.col.reference"), number(a.reference()));
        if (a.change() != null) line(sb, text.apply("alerts.col.change"), String.format(Locale.ROOT, "%+.1f%%", a.change() * 100));
        if (a.owner() != null) line(sb, text.apply("alerts.col.owner"), a.owner());
        String why = a.why() == null ? a.message() : a.why().format(text, Locale.ROOT);
        return sb.append('\n').append(why).toString();
    }

    private static void line(StringBuilder sb, String name, String value) { sb.append("> ").append(name).append(": ").append(value).append('\n'); }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%,.2f", v);
    }
}
