package org.salestrack.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.salestrack.analytics.alert.AlertService;
import org.salestrack.model.Alert;
import org.salestrack.model.alert.AlertRule;
import org.salestrack.model.alert.AlertRuleSetting;
import org.salestrack.model.alert.AlertStatus;
import org.salestrack.model.alert.SentNotification;
import org.salestrack.model.alert.Webhook;
import org.salestrack.model.alert.WebhookFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code alerts}: the alert list with its figures; acting on one alert (assign, acknowledge, start,
 * resolve, comment); a rule's parameters; the webhooks and what was posted to them.
 */
@Command(name = "alerts", description = "List alerts; assign, acknowledge, resolve or comment one; set a rule's parameters; configure webhooks.")
final class AlertsCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--status", paramLabel = "S", description = "open (not resolved), new, acknowledged, in_progress or resolved; default all.")
    String status;

    @Option(names = "--json", description = "Print machine-readable output.")
    boolean json;

    @Option(names = "--assign", paramLabel = "ID", description = "Assign alert ID to the person named by --to.")
    Long assign;

    @Option(names = "--to", paramLabel = "NAME", description = "Who --assign gives the alert to.")
    String to;

    @Option(names = "--ack", paramLabel = "ID", description = "Mark alert ID acknowledged.")
    Long ack;

    @Option(names = "--start", paramLabel = "ID", description = "Mark alert ID in progress.")
    Long start;

    @Option(names = "--resolve", paramLabel = "ID", description = "Mark alert ID resolved.")
    Long resolve;

    @Option(names = "--comment", paramLabel = "ID", description = "Add --text as a comment to alert ID.")
    Long comment;

    @Option(names = "--text", paramLabel = "TEXT", description = "The comment's text.")
    String text;

    @ArgGroup(exclusive = false)
    RuleChange rule;

    static final class RuleChange {
        @Option(names = "--rule", required = true, paramLabel = "RULE", description = "change-previous, change-year, data-quality, channel-stuffing, "
                + "slow-mover, stock-out, campaign-roi, dealer-grade, forecast, feedback.")
        String id;
        @Option(names = "--threshold", paramLabel = "X", description = "E.g. 0.15 for ±15%.") Double threshold;
        @Option(names = "--min-volume", paramLabel = "N", description = "Least units a subject needs.") Double minVolume;
        @Option(names = "--severity", paramLabel = "S", description = "error, warning or info.") String severity;
        @Option(names = "--owner", paramLabel = "NAME", description = "Who the rule's new alerts go to (empty: nobody).") String owner;
        @Option(names = "--enabled", paramLabel = "BOOL", description = "true or false.") Boolean enabled;
    }

    @Option(names = "--rules", description = "Print every rule's parameters.")
    boolean rules;

    @Option(names = "--add-webhook", paramLabel = "SCOPE:NAME", description = "rule:<id> or owner:<name>; with --format and --url.")
    String addWebhook;

    @Option(names = "--format", paramLabel = "F", description = "wecom or dingtalk.")
    String format;

    @Option(names = "--url", paramLabel = "URL", description = "The group robot's webhook address.")
    String url;

    @Option(names = "--remove-webhook", paramLabel = "ID", description = "Remove webhook ID.")
    Long removeWebhook;

    @Option(names = "--webhooks", description = "Print the webhooks.")
    boolean webhooks;

    @Option(names = "--sent", description = "Print the log of what was posted to webhooks.")
    boolean sent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        AlertService alerts = new AlertService(workspace.open());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (act(alerts, err)) return 0;
        } catch (IllegalArgumentException e) {
            err.println("alerts: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (rules) {
            for (AlertRuleSetting s : alerts.rules().values()) {
                out.printf(Locale.ROOT, "%-17s %-8s threshold %-6s min volume %-6s %-8s owner %s%n", s.rule().id(), s.enabled() ? "on" : "off",
                        s.threshold(), s.minVolume(), s.severity(), s.owner() == null ? "-" : s.owner());
            }
            return 0;
        }
        if (webhooks) {
            for (Webhook w : alerts.webhooks()) out.printf("%d %s:%s %s %s%n", w.id(), w.scope(), w.name(), w.format().id(), w.url());
            return 0;
        }
        if (sent) {
            for (SentNotification n : alerts.sent()) {
                out.printf("%s alert %s %s %s attempts %d status %s %s%n", n.at(), n.alertId(), n.format().id(), n.url(), n.attempts(),
                        n.status() == null ? "-" : n.status(), n.ok() ? "delivered" : "FAILED");
            }
            return 0;
        }
        if (status != null && !"open".equals(status)) AlertStatus.of(status);
        List<Alert> list = alerts.list(status);
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Alert a : list) rows.add(row(a));
            out.println(Json.write(Map.of("alerts", rows)));
            return 0;
        }
        for (Alert a : list) {
            out.printf(Locale.ROOT, "#%-5d %-8s %-12s %-17s %-10s %-24s %s%n", a.id(), a.severity(), a.state().id(), a.kind(),
                    a.period() == null ? "" : a.period(), a.owner() == null ? "-" : a.owner(), a.message());
        }
        return 0;
    }

    /** The actions; true when one was asked for (then nothing is listed). */
    private boolean act(AlertService alerts, PrintWriter err) {
        boolean acted = false;
        if (assign != null) {
            if (to == null) throw new IllegalArgumentException("--assign needs --to NAME");
            alerts.assign(assign, to);
            err.printf("alert %d assigned to %s%n", assign, to);
            acted = true;
        }
        acted |= move(alerts, ack, AlertStatus.ACKNOWLEDGED, err);
        acted |= move(alerts, start, AlertStatus.IN_PROGRESS, err);
        acted |= move(alerts, resolve, AlertStatus.RESOLVED, err);
        if (comment != null) {
            alerts.comment(comment, text);
            err.printf("comment added to alert %d%n", comment);
            acted = true;
        }
        if (rule != null) {
            AlertRule r = AlertRule.of(rule.id).orElseThrow(() -> new IllegalArgumentException("no alert rule " + rule.id));
            AlertRuleSetting s = alerts.rules().get(r);
            AlertRuleSetting changed = new AlertRuleSetting(r, rule.enabled == null ? s.enabled() : rule.enabled,
                    rule.threshold == null ? s.threshold() : rule.threshold, rule.minVolume == null ? s.minVolume() : rule.minVolume,
                    rule.severity == null ? s.severity() : rule.severity, rule.owner == null ? s.owner() : rule.owner);
            alerts.saveRule(changed);
            err.printf("rule %s saved%n", r.id());
            acted = true;
        }
        if (addWebhook != null) {
            int colon = addWebhook.indexOf(':');
            if (colon < 1 || format == null || url == null) throw new IllegalArgumentException("--add-webhook SCOPE:NAME needs --format and --url");
            String scope = addWebhook.substring(0, colon);
            String name = addWebhook.substring(colon + 1);
            if (scope.equals("rule") && AlertRule.of(name).isEmpty()) throw new IllegalArgumentException("no alert rule " + name);
            alerts.addWebhook(scope, name, WebhookFormat.of(format), url);
            err.printf("webhook added for %s%n", addWebhook);
            acted = true;
        }
        if (removeWebhook != null) {
            alerts.removeWebhook(removeWebhook);
            acted = true;
        }
        return acted;
    }

    private static boolean move(AlertService alerts, Long id, AlertStatus s, PrintWriter err) {
        if (id == null) return false;
        alerts.setStatus(id, s);
        err.printf("alert %d is %s%n", id, s.id());
        return true;
    }

    static Map<String, Object> row(Alert a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("rule", a.kind());
        m.put("severity", a.severity());
        m.put("subject", a.shownSubject());
        m.put("period", a.period() == null ? "" : a.period());
        m.put("value", a.value() == null ? null : CampaignsCommand.round(a.value(), 4));
        m.put("reference", a.reference() == null ? null : CampaignsCommand.round(a.reference(), 4));
        m.put("change", a.change() == null ? null : CampaignsCommand.round(a.change(), 4));
        m.put("owner", a.owner());
        m.put("status", a.state().id());
        m.put("why", a.message());
        return m;
    }
}
